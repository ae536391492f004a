//! Readings of a cue that report nothing, or report it from nobody the
//! sentence names: a reporting verb with a plain noun phrase as its object
//! ("added 10 points", "claimed a first win"), and a speech verb in the passive,
//! whose subject is the one spoken to ("users are warned never to open …").

use super::*;
use crate::lexicon::{AUXILIARIES, BE_FORMS, PAST_FORMS, POSSESSIVES};
use crate::phrases::adverb_ly;

/// Verbs whose plain noun-phrase object is a thing gained or kept, not words
/// said ("added 10 points", "claimed a first win", "maintains a wide lead";
/// "maintains that …" and "maintained the plan was legal" report).
const GAIN_VERBS: &[&str] = &[
    "add", "adds", "added", "adding", "claim", "claims", "claimed", "claiming",
    "maintain", "maintains", "maintained", "maintaining",
];

/// What a side concedes in a game: a score against it, not a point granted in
/// argument ("conceded two goals", "conceded a penalty"; "conceded defeat" is
/// a stance, and so is "conceded the point": "points" only in the plural).
const SCORE_NOUNS: &[&str] = &[
    "goal", "goals", "penalty", "penalties", "try", "tries", "run", "runs", "wicket",
    "wickets", "corner", "corners", "free-kick", "free-kicks", "set", "sets", "points",
    "frame", "frames", "touchdown", "touchdowns", "basket", "baskets",
];

/// What a firm posts when it posts its results: figures, not words ("posted a
/// record loss", "posted profits of $12.5m"; "posted a photo" is a post).
const RESULT_NOUNS: &[&str] = &[
    "profit", "profits", "loss", "losses", "revenue", "revenues", "sales", "earnings",
    "deficit", "surplus", "turnover", "result", "results", "income", "margin", "margins",
];

/// Words that name a day or a stretch of time ("Thursday", "this week",
/// "just today", "last night").
const WHEN_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "tonight", "yesterday", "week", "weekend", "month", "year", "morning",
    "afternoon", "evening", "night",
];

/// What may stand before them ("on Monday", "earlier this week").
const WHEN_LEADS: &[&str] = &[
    "on", "this", "last", "next", "just", "earlier", "later", "early", "late", "that",
];

/// Speech verbs whose passive subject is the listener ("was told", "were
/// warned", "had been asked").
const ADDRESSEE_PARTICIPLES: &[&str] = &[
    "told",
    "warned",
    "asked",
    "urged",
    "advised",
    "informed",
    "reminded",
    "instructed",
    "assured",
    "promised",
    "ordered",
    "begged",
];

/// Verbs whose passive subject is the one spoken about ("is described as",
/// "was branded", "is said to be", "is believed to have").
const TOPIC_PARTICIPLES: &[&str] = &[
    "described",
    "branded",
    "dubbed",
    "labelled",
    "labeled",
    "hailed",
    "criticised",
    "criticized",
    "accused",
    "blamed",
    "praised",
    "said",
    "believed",
    "thought",
    "reported",
    "alleged",
    "rumoured",
    "rumored",
    "expected",
    "understood",
    "tipped",
];

/// Participles of expectation ("is expected to", "is tipped to", "is understood
/// to"): a "by" after their content is a deadline ("expected to pass through the
/// doors by closing time"); their agent stands right after them ("is expected by
/// analysts to …").
const FORECAST_PARTICIPLES: &[&str] = &["expected", "understood", "tipped"];

/// Reflexive pronouns ("found herself", "found themselves").
const REFLEXIVES: &[&str] = &[
    "myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves",
    "themselves",
];

/// Subject pronouns: one after the first word opens a clause ("every time
/// she went …").
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "you", "it"];

impl Doc<'_> {
    /// The last word of a cue: its verb ("has been told", "went on to claim").
    fn last_word(&self, (x, y): (usize, usize)) -> Option<usize> {
        (x..y).rev().find(|&k| self.is_word(k))
    }

    /// "Federer added the Dubai trophy to his list", "the home side claimed
    /// only their second win", "adding 10 points", "the party maintains a
    /// firm grip on the council": "add" and "claim" with a noun phrase and no
    /// clause after them mean "gain", "maintain" means "keep", not "say". The content
    /// counts as a clause when it holds a quotation mark, a complementizer, a
    /// subject pronoun, an auxiliary, a past form, or a word in -s before what
    /// opens an object ("the firm expects the market to grow", "owes more").
    pub(crate) fn gain_not_speech(&self, (x, y): (usize, usize), (a, b): (usize, usize)) -> bool {
        let Some(v) = self.last_word((x, y)) else {
            return false;
        };
        if !GAIN_VERBS.contains(&self.lw(v)) || a >= b || !self.is_word(a) {
            return false;
        }
        let first = self.lw(a);
        let opens_np = self.is_det(a)
            || POSSESSIVES.contains(&first)
            || matches!(first, "only" | "another")
            || first.starts_with(|c: char| c.is_ascii_digit());
        if !opens_np {
            return false;
        }
        let clause = (a..b).any(|k| {
            if self.quote_of(k).is_some() {
                return true;
            }
            if !self.is_word(k) || k == a {
                return false;
            }
            let w = self.lw(k);
            // a word in -s before what opens an object or a comparison: a verb
            let verb_s = w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("'s")
                && !w.ends_with("’s")
                && is_lower_start(self.tx(k))
                && k + 1 < b
                && self.is_word(k + 1)
                && (self.is_det(k + 1)
                    || self.is_pron(k + 1)
                    || adverb_ly(self.lw(k + 1))
                    || matches!(self.lw(k + 1), "that" | "more" | "less")
                    || self.lw(k + 1).starts_with(|c: char| c.is_ascii_digit()));
            matches!(w, "that" | "whether" | "if" | "because" | "went")
                || SUBJECT_PRONOUNS.contains(&w)
                || AUXILIARIES.contains(&w)
                || BE_FORMS.contains(&w)
                || PAST_FORMS.contains(&w)
                || (w.len() >= 4 && w.ends_with("ed"))
                || verb_s
        });
        !clause
    }

    /// Whether the cue's verb passes `verb` and its object, in the few words right
    /// after the cue (words, hyphens and figures), holds one of `nouns`.
    fn object_among(
        &self,
        (x, y): (usize, usize),
        verb: impl Fn(&str) -> bool,
        nouns: &[&str],
        window: usize,
    ) -> bool {
        let Some(v) = self.last_word((x, y)) else {
            return false;
        };
        verb(self.lw(v))
            && (y..(y + window).min(self.toks.len()))
                .take_while(|&k| self.is_word(k) || self.is_p(k, "-$£€%.,"))
                .any(|k| self.is_word(k) && nouns.contains(&self.lw(k)))
    }

    /// "They conceded six goals", "he conceded a penalty at the breakdown": a
    /// cue "concede" whose object, right after it, is a score in a game (a
    /// few words at most, up to a score noun) reports nothing.
    pub(crate) fn score_conceded(&self, cue: (usize, usize)) -> bool {
        self.object_among(cue, |w| w.starts_with("conced"), SCORE_NOUNS, 4)
    }

    /// "The bank posted a record loss", "posted profits of $12.5m": a cue "post"
    /// whose object, right after it, is a financial result (within five words)
    /// reports nothing; it is the result.
    pub(crate) fn result_posted(&self, cue: (usize, usize)) -> bool {
        let post = |w: &str| matches!(w, "post" | "posts" | "posted" | "posting");
        self.object_among(cue, post, RESULT_NOUNS, 5)
    }

    /// "She found herself in the spotlight", "the party found itself playing
    /// host", "he found a way to win": "find" with a reflexive object or a
    /// way is where someone ends up or what they manage, not a finding.
    pub(crate) fn found_oneself(&self, (x, y): (usize, usize)) -> bool {
        let Some(v) = self.last_word((x, y)) else {
            return false;
        };
        if !matches!(self.lw(v), "find" | "finds" | "found" | "finding") {
            return false;
        }
        let word = |k: usize| (k < self.toks.len() && self.is_word(k)).then(|| self.lw(k));
        match word(y) {
            Some(w) if REFLEXIVES.contains(&w) || matches!(w, "ways" | "time") => true,
            Some("a" | "another" | "no" | "new" | "other") => {
                matches!(word(y + 1), Some("way" | "ways"))
            }
            _ => false,
        }
    }

    /// "That said, …", "Having said that, …", "Needless to say, …", "Suffice
    /// it to say …": a speech verb in a set phrase that opens the sentence is
    /// a discourse marker of the writer's; nobody says what follows.
    pub(crate) fn discourse_marker(&self, (x, y): (usize, usize)) -> bool {
        let Some(v) = self.last_word((x, y)) else {
            return false;
        };
        let st = self.sstart.get(v).copied().unwrap_or(v);
        let word = |k: usize| (k < self.toks.len() && self.is_word(k)).then(|| self.lw(k));
        let lead: Vec<&str> = (st..v).filter_map(word).collect();
        let comma_after = v + 1 < self.toks.len() && self.is_p(v + 1, ",");
        match self.lw(v) {
            "said" => match lead.as_slice() {
                ["that" | "this"] => comma_after,
                ["having"] => matches!(word(v + 1), Some("that" | "this")),
                _ => false,
            },
            "say" => matches!(
                lead.as_slice(),
                ["needless", "to"] | ["suffice", "to"] | ["suffice", "it", "to"]
            ),
            _ => false,
        }
    }

    /// A content that opens, right after its cue, with only when (or where)
    /// it happened: "what he said this week", "the group she denounced
    /// Thursday", "signs she had found online", "according to the schedule
    /// published Thursday, Thiel will …". The token just after the time
    /// words, when there is one. A fronted "On Sunday, he said, …" is left
    /// alone, and so is a clause the time words open as its subject ("noted
    /// that Saturday would have been …").
    fn when_lead(&self, cue: (usize, usize), (a, b): (usize, usize)) -> Option<usize> {
        if a < cue.1 || a >= b || b > self.toks.len() {
            return None;
        }
        let word = |k: usize| (k < b && self.is_word(k)).then(|| self.lw(k));
        let mut k = a;
        while k < b && k < a + 2 && word(k).is_some_and(|w| WHEN_LEADS.contains(&w)) {
            k += 1;
        }
        let when = word(k).is_some_and(|w| WHEN_WORDS.contains(&w))
            || k == a && word(k).is_some_and(|w| matches!(w, "online" | "offline"));
        (when && (k + 1 >= b || self.is_p(k + 1, ",;"))).then_some(k + 1)
    }

    /// Nothing is reported when the time words are all there is, or when the
    /// sentence goes on after them with a verb ("the movement she denounced
    /// Thursday, is building …").
    pub(crate) fn only_when(&self, cue: (usize, usize), (a, b): (usize, usize)) -> bool {
        self.when_lead(cue, (a, b)).is_some_and(|k| {
            k >= b
                || (k + 1 < b && self.is_word(k + 1))
                    .then(|| self.lw(k + 1))
                    .is_some_and(|w| BE_FORMS.contains(&w) || AUXILIARIES.contains(&w))
        })
    }

    /// Where a reported clause starts after time words and a comma
    /// ("according to the schedule published Thursday, Thiel will …": from
    /// "Thiel").
    pub(crate) fn after_when(&self, cue: (usize, usize), (a, b): (usize, usize)) -> usize {
        match self.when_lead(cue, (a, b)) {
            Some(k) if k + 1 < b => k + 1,
            _ => a,
        }
    }

    /// "Users are warned never to open …", "a man had been told he could …",
    /// "Kevin Donnellon was asked: …", "he is described as …", "he is said to
    /// be furious": the subject of a passive speech verb is the one spoken to
    /// or about; the speaker is whoever comes after "by", or nobody the
    /// sentence names. The form of "be" may stand in the cue or just before it
    /// ("was asked", "has been asked", "was also asked"). "Was quoted as
    /// saying" keeps its subject.
    pub(crate) fn passive_addressee(&self, (x, y): (usize, usize)) -> bool {
        let Some(v) = self.last_word((x, y)) else {
            return false;
        };
        let w = self.lw(v);
        if !ADDRESSEE_PARTICIPLES.contains(&w) && !TOPIC_PARTICIPLES.contains(&w) {
            return false;
        }
        let be = |k: usize| {
            self.is_word(k)
                && (BE_FORMS.contains(&self.lw(k)) || matches!(self.lw(k), "get" | "gets" | "got"))
        };
        let inside = (x..v).any(be);
        // just before the cue, with only adverbs between ("was also asked")
        let before = {
            let mut k = x;
            let mut found = false;
            while k > 0 && x - k < 4 && self.is_word(k - 1) {
                k -= 1;
                if be(k) {
                    found = true;
                    break;
                }
                let w = self.lw(k);
                if !(adverb_ly(w)
                    || matches!(w, "also" | "not" | "never" | "once" | "then" | "being"))
                {
                    break;
                }
            }
            found
        };
        let as_saying = y + 1 < self.toks.len()
            && self.is_word(y)
            && (self.lw(y) == "saying" || self.lw(y) == "as" && self.lw(y + 1) == "saying");
        // "Yukos accused of lying", "a film accused of being …": a verb that
        // takes its object before "of"/"for" has none, so it is a passive
        // without "be" (a headline, a reduced relative); not where the object
        // moved before the subject ("banks it had accused of …", "which
        // hardliners accused of …")
        // (a perfect "had accused" is active too)
        let moved_object = (x.saturating_sub(5)..x).any(|k| {
            self.is_word(k) && matches!(self.lw(k), "which" | "that" | "who" | "whom" | "whose")
        }) || (x.saturating_sub(1)..v)
            .any(|k| self.is_word(k) && matches!(self.lw(k), "has" | "have" | "had"));
        let bare = matches!(
            w,
            "accused" | "criticised" | "criticized" | "blamed" | "praised"
        ) && v + 1 == y
            && y < self.toks.len()
            && self.is_word(y)
            && matches!(self.lw(y), "of" | "for" | "over")
            && !moved_object;
        (inside || before || bare) && !as_saying
    }

    /// The agent of a passive reporting verb, its source: the noun phrase
    /// after "by" just after the cue, just after the content, or ending the
    /// content ("was branded \"a disgrace\" by MPs", "was asked by reporters
    /// whether …", "was branded inadequate by a think-tank"), when it can
    /// speak; with where the content ends (before "by" when it held the agent).
    pub(crate) fn passive_agent(
        &self,
        (x, y): (usize, usize),
        (a, b): (usize, usize),
    ) -> Option<((usize, usize), usize)> {
        let (_, hi) = self.sentence_at(x);
        let by = |k: usize| k < hi && self.is_word(k) && self.lw(k) == "by";
        let can_speak = |r: (usize, usize)| self.speakerish(r).then_some(r);
        let mut after = b;
        while after < hi && self.is_p(after, "\"”’'") {
            after += 1;
        }
        // the phrase stops before a participle that modifies it ("campaigners
        // opposed to …")
        let participle = |k: usize| {
            let w = self.lw(k);
            self.is_word(k)
                && is_lower_start(self.tx(k))
                && (w.ends_with("ed") || w.ends_with("ing"))
        };
        let forecast = self
            .last_word((x, y))
            .is_some_and(|v| FORECAST_PARTICIPLES.contains(&self.lw(v)));
        let outside = [y, after]
            .into_iter()
            .filter(|&k| by(k) && (k == y || !forecast))
            .find_map(|k| {
                let (s, e) = self.np_after(k + 1, hi)?;
                let e = (s + 1..e).find(|&k| participle(k)).unwrap_or(e);
                can_speak((s, e))
            })
            .map(|r| (r, b));
        outside.or_else(|| {
            if forecast {
                return None;
            }
            // not the agent of a verb inside the content ("… without being
            // accompanied by a security firm")
            let verb_before = |k: usize| {
                let w = self.lw(k - 1);
                self.is_word(k - 1)
                    && (w.ends_with("ed")
                        || w.ends_with("en")
                        || w.ends_with("ing")
                        || PAST_FORMS.contains(&w))
            };
            (a + 1..b)
                .rev()
                .filter(|&k| by(k) && !verb_before(k))
                .find_map(|k| {
                    let (s, mut e) = self.np_after(k + 1, hi)?;
                    // a hyphenated head ("think-tank") is one word
                    while e + 1 < hi
                        && self.is_p(e, "-")
                        && self.toks[e].s == self.toks[e - 1].e
                        && self.is_word(e + 1)
                    {
                        e += 2;
                    }
                    (e >= b).then_some((can_speak((s, e))?, k))
                })
        })
    }
}
