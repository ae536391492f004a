//! What can be a reporting cue and what can be its source: reporting verbs
//! that are not plural nouns, headline cues, and phrases that can say
//! something.

use super::*;
use crate::direct::PARTICLES;
use crate::lexicon::{DOCUMENT_NOUNS, FINDING_VERBS};
use crate::lexicon::{
    AUXILIARIES, BE_FORMS, NOT_AGENTS, NOT_REPORTING, PAST_FORMS, PERSON_NOUNS, PLURAL_NOUNS,
    REPORT_NOUNS,
};
use crate::phrases::adverb_ly;

/// Third-person reporting verbs ending in -s that are never plural nouns here
/// ("says", not "claims").
pub(crate) const SPEECH_S_CORE: &[&str] = &[
    "says", "tells", "adds", "warns", "insists", "argues", "writes", "explains",
];

/// Words for a share of a group, as polls report them ("half", "a third",
/// "47 percent", "a majority").
const SHARE_WORDS: &[&str] = &[
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "majority",
    "majorities",
    "plurality",
    "minority",
];

/// Numbers written as words, up to those polls use ("six in 10").
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// A word that negates a verb ("not", "never", "didn't", "cannot").
fn negator(w: &str) -> bool {
    matches!(w, "not" | "never" | "cannot") || w.ends_with("n't")
}

/// The past form of a verb of feeling whose subject is the cause and whose
/// object feels it ("the plan alarmed farmers", "has concerned officials").
/// Only the -ed form: "concerns" and "concern" are far more often nouns
/// ("raised concerns"), and "worry" is left out ("investors worried that …"
/// has the one who feels as its subject).
fn stimulus_verb(w: &str) -> bool {
    const STEMS: [&str; 14] = [
        "concern",
        "alarm",
        "frighten",
        "scare",
        "anger",
        "surprise",
        "shock",
        "disappoint",
        "dismay",
        "rattle",
        "spook",
        "unsettle",
        "reassure",
        "trouble",
    ];
    STEMS.iter().any(|stem| {
        w.strip_prefix(stem)
            .is_some_and(|rest| matches!(rest, "ed" | "d"))
    })
}

/// A word before a participle that makes it an adjective of the subject's
/// state ("are concerned", "grew alarmed", "felt reassured").
fn linking(w: &str) -> bool {
    BE_FORMS.contains(&w)
        || matches!(
            w,
            "'s" | "'re"
                | "get"
                | "gets"
                | "got"
                | "become"
                | "became"
                | "becomes"
                | "grew"
                | "grow"
                | "grows"
                | "felt"
                | "feel"
                | "feels"
                | "remain"
                | "remains"
                | "remained"
                | "seem"
                | "seems"
                | "seemed"
        )
}

impl Doc<'_> {
    /// An `-s` form that is more often a plural noun ("claims", "remarks",
    /// "reports") unless "that" follows.
    pub(crate) fn noun_like_s(&self, v: usize, en: usize) -> bool {
        let w = self.lw(v);
        w.ends_with('s')
            && !w.ends_with("ss")
            && !SPEECH_S_CORE.contains(&w)
            && !matches!(
                w,
                "asks"
                    | "calls"
                    | "urges"
                    | "recalls"
                    | "acknowledges"
                    | "admits"
                    | "suggests"
                    | "predicts"
                    | "confirms"
                    | "announces"
                    | "concedes"
                    | "contends"
                    | "maintains"
                    | "stresses"
                    | "declares"
                    | "notes"
            )
            && (v + 1 >= en || self.lw(v + 1) != "that")
    }

    /// A reporting verb in a Title Case headline ("Trump's Son Says The Battle …").
    pub(crate) fn title_cue(&self, v: usize, st: usize, en: usize) -> bool {
        if v == st || v + 1 >= en || !self.is_word(v) || !is_upper_start(self.tx(v)) {
            return false;
        }
        let w = self.lw(v);
        let cue = matches!(
            w,
            "says"
                | "said"
                | "tells"
                | "told"
                | "warns"
                | "warned"
                | "claims"
                | "admits"
                | "insists"
                | "vows"
                | "denies"
                | "suggests"
                | "predicts"
                | "argues"
                | "reveals"
                | "confirms"
                | "explains"
                | "shows"
                | "finds"
                | "slams"
                | "blasts"
                | "urges"
        );
        cue && self.is_word(v - 1)
            && is_upper_start(self.tx(v - 1))
            && self.is_word(v + 1)
            && is_upper_start(self.tx(v + 1))
            && (v.saturating_sub(8).max(st)..(v + 8).min(en))
                .filter(|&k| self.is_word(k))
                .all(|k| !is_lower_start(self.tx(k)) || self.tx(k).len() <= 4)
    }

    /// A comma, a dash, or a quote ending in a comma (`…," said X`).
    pub(crate) fn comma_like(&self, k: usize) -> bool {
        self.is_p(k, ",—–")
            || self
                .quote_of(k)
                .is_some_and(|q| self.seg_text(q).trim_end().ends_with(','))
    }

    /// A relative pronoun standing for its antecedent ("officials who said").
    pub(crate) fn relative(&self, (a, b): (usize, usize)) -> bool {
        b == a + 1 && matches!(self.lw(a), "who" | "which" | "that")
    }

    /// A phrase that can be an unnamed or named source: a pronoun, a name, or a
    /// head noun for people, roles, groups or documents ("officials", "a
    /// spokesperson", "his wife", "the survey"). Not an abstract noun ("the
    /// number", "the development") and not a contraction that opens a clause
    /// ("It's", "There's").
    pub(crate) fn speakerish(&self, (a, b): (usize, usize)) -> bool {
        if b == a + 1 && self.is_pron(a) {
            return true;
        }
        if self.respondents((a, b)) {
            return true;
        }
        if (a..b).any(|k| {
            self.is_word(k)
                && is_upper_start(self.tx(k))
                && !self.lex.cap_function.contains(self.lw(k))
                && !self.lex.stop.contains(self.lw(k))
        }) {
            return true;
        }
        if let Some(group) = self.share_of_people((a, b)) {
            return group.is_none_or(|g| self.speakerish(g));
        }
        // The head noun comes before a postmodifier: "a memo on the ministry's
        // website", "officials at the agency", "the number of cases".
        let end = self.postmodifier_at((a, b)).unwrap_or(b);
        let head = self.lw(end - 1);
        self.lex.agents.contains(head)
            || self.lex.titles.contains(head)
            || self.lex.org.contains(head)
            || PERSON_NOUNS.contains(&head)
            || person_compound(head)
            || DOCUMENT_NOUNS.contains(&head)
            || (!head.ends_with("ment")
                && !head.ends_with("ments")
                && !NOT_AGENTS.contains(&head)
                && [
                    "ers", "ors", "ists", "ants", "ents", "ians", "ials", "er", "or", "ist", "ian",
                    "ial",
                ]
                .iter()
                .any(|suf| head.ends_with(suf) && head.len() > suf.len() + 3))
            || (b > a + 1
                && self.is_det(a)
                && matches!(
                    self.lw(a),
                    "another" | "one" | "some" | "many" | "several" | "most"
                ))
    }

    /// A share of those asked, the way polls report them ("47 percent", "nearly
    /// half", "4 in 10 voters", "a majority of members"): `Some` with the group
    /// whose share it is, which must be able to speak ("half of the budget"
    /// cannot), `Some(None)` when the phrase names no group ("62% said"). Not
    /// a figure after a preposition ("rates rose to 2.25%") nor a fraction word
    /// that modifies a noun ("a third term").
    pub(crate) fn share_of_people(&self, (a, b): (usize, usize)) -> Option<Option<(usize, usize)>> {
        let number = |k: usize| {
            self.is_word(k)
                && (self.lw(k).starts_with(|c: char| c.is_ascii_digit())
                    || self.lw(k).split('-').all(|w| NUMBER_WORDS.contains(&w)))
        };
        // where the share starts, where it ends, and whether it is a figure
        let (share, mut end, figure) = (a..b).find_map(|k| {
            if !self.is_word(k) {
                return (self.is_p(k, "%") && k > a && number(k - 1)).then_some((k, k + 1, true));
            }
            let w = self.lw(k);
            if (w == "percent" || w == "per-cent")
                || (w == "cent" && k > a && self.lw(k - 1) == "per")
                || (w.ends_with('%') && number(k))
            {
                return Some((k, k + 1, true));
            }
            if SHARE_WORDS.contains(&w) {
                return Some((k, k + 1, false));
            }
            // "4 in 10"
            (number(k) && k + 2 < b && self.lw(k + 1) == "in" && number(k + 2)).then_some((
                k,
                k + 3,
                true,
            ))
        })?;
        // the share is the head: nothing but modifiers of the number before it
        // ("nearly half", "more than 4 in 10", "just 30 percent")
        let lead_ok = (a..share).all(|k| {
            !self.is_word(k)
                || number(k)
                || matches!(
                    self.lw(k),
                    "a" | "an"
                        | "the"
                        | "nearly"
                        | "almost"
                        | "about"
                        | "around"
                        | "roughly"
                        | "some"
                        | "just"
                        | "only"
                        | "more"
                        | "less"
                        | "fewer"
                        | "than"
                        | "over"
                        | "under"
                        | "barely"
                        | "fully"
                        | "exactly"
                        | "slim"
                        | "narrow"
                        | "clear"
                        | "solid"
                        | "bare"
                        | "vast"
                        | "large"
                        | "small"
                        | "another"
                        | "mere"
                        | "per"
                )
        });
        let after_preposition = a > 0
            && self.is_word(a - 1)
            && matches!(
                self.lw(a - 1),
                "to" | "by" | "from" | "at" | "of" | "than" | "on" | "with" | "for" | "in"
            );
        if !lead_ok || after_preposition {
            return None;
        }
        // "half (55%) of the respondents"
        if end < b && self.is_p(end, "(") {
            end = (end..b.min(end + 8)).find(|&k| self.is_p(k, ")"))? + 1;
        }
        if end >= b {
            return Some(None);
        }
        if self.is_word(end) && self.lw(end) == "of" {
            return (end + 1 < b).then_some(Some((end + 1, b)));
        }
        // "4 in 10 voters", "30 percent Republicans"; but "a third term"
        figure.then_some(Some((end, b)))
    }

    /// The first preposition that opens a postmodifier inside phrase `(a, b)`
    /// ("officials at the agency", "an official from North Korea"): the head
    /// noun is the word before it.
    pub(crate) fn postmodifier_at(&self, (a, b): (usize, usize)) -> Option<usize> {
        (a + 1..b).find(|&k| {
            self.is_word(k)
                && (matches!(
                    self.lw(k),
                    "of" | "on" | "at" | "in" | "from" | "for" | "with" | "inside" | "within"
                ) || k + 1 < b && crate::near::near_pair(self.lw(k), self.lw(k + 1)))
        })
    }

    /// Whether the cue's verb group at `cue` is negated: a negator inside the
    /// cue ("has not accepted"), or "not", "never", "n't" or "no longer" before
    /// it, with only auxiliaries and adverbs between ("has not yet confirmed",
    /// "did not say", "never publicly said", "wouldn't confirm").
    pub(crate) fn negated_cue(&self, (c, end): (usize, usize)) -> bool {
        // inside the cue: "has not accepted", "did not say"; but "decided not
        // to", "claimed not to know" negate what follows, and "pleaded not
        // (guilty)" is a plea
        if (c..end.saturating_sub(1)).any(|k| {
            self.is_word(k)
                && negator(self.lw(k))
                && !(self.is_word(k + 1) && self.lw(k + 1) == "to")
        }) {
            return true;
        }
        let lo = self.sstart.get(c).copied().unwrap_or(c);
        let mut k = c;
        while k > lo && c - k < 6 && self.is_word(k - 1) {
            k -= 1;
            let w = self.lw(k);
            if negator(w) || (w == "longer" && k > lo && self.lw(k - 1) == "no") {
                return true;
            }
            let between = self.lex.between.contains(w)
                || matches!(
                    w,
                    "yet" | "ever" | "be" | "been" | "is" | "are" | "was" | "were"
                )
                || (w.ends_with("ly") && is_lower_start(self.tx(k)));
            if !between {
                return false;
            }
        }
        false
    }

    /// Whether the source at `sp` (tokens) is negated: it opens with, or follows, a
    /// negative determiner or pronoun ("No official has confirmed", "Neither the army
    /// nor the ministry said", "None of the ministers said", "Nobody has claimed"). A
    /// "No" set off by a comma is an answer, not a determiner ("No, she said"), and a
    /// capital "No" inside a sentence is part of a name.
    pub(crate) fn negated_subject(&self, (a, b): (usize, usize)) -> bool {
        // Written in lower case, or capitalised only to open the sentence: a capital "No"
        // inside one is a name ("producer No ID", "the No campaign").
        let negative = |k: usize| {
            self.is_word(k)
                && matches!(
                    self.lw(k),
                    "no" | "neither" | "nor" | "none" | "nobody" | "nothing"
                )
                && (is_lower_start(self.tx(k)) || self.sstart.get(k) == Some(&k))
        };
        if b > a && negative(a) && !(b == a + 1 && matches!(self.lw(a), "no" | "neither")) {
            return true;
        }
        let lo = self.sstart.get(a).copied().unwrap_or(a);
        if a > lo && negative(a - 1) {
            return true;
        }
        // "none of the ministers", "neither of them"
        a > lo + 1
            && self.is_word(a - 1)
            && self.lw(a - 1) == "of"
            && matches!(self.lw(a - 2), "none" | "neither")
    }

    /// Whether verb `v` can have `np` as its subject by its form: a base
    /// form ("plan", "seek", "show") right after a singular subject ("a
    /// government plan", "she seek") is a noun or a subjunctive, unless an
    /// auxiliary stands between. Coordinated subjects ("Britain and France
    /// support") and phrases whose head is not their last word ("documents
    /// from his tax return show") are taken as plural.
    pub(crate) fn agrees(&self, (a, b): (usize, usize), v: usize) -> bool {
        if self.respondents((a, b)) {
            return true;
        }
        let w = self.lw(v);
        if (b..v).any(|k| {
            self.is_word(k) && {
                let x = self.lw(k);
                AUXILIARIES.contains(&x) || x.ends_with("n't") || x == "to"
            }
        }) {
            return true;
        }
        if (a..b).any(|k| self.is_word(k) && matches!(self.lw(k), "and" | "of" | "from" | "with")) {
            return true;
        }
        let base = !w.ends_with('s') && !w.ends_with("ed") && !PAST_FORMS.contains(&w);
        if !base {
            return true;
        }
        // "sources close to the club say": the noun before "close to"
        let near = (a + 1..b).find(|&k| {
            k + 1 < b && self.is_word(k) && crate::near::near_pair(self.lw(k), self.lw(k + 1))
        });
        let head = self.lw(near.unwrap_or(b) - 1);
        let singular = if b == a + 1 && self.is_pron(a) {
            matches!(head, "he" | "she" | "it")
        } else {
            !head.ends_with('s') && !PLURAL_NOUNS.contains(&head)
        };
        !singular
    }

    /// Whether the words at `(x, y)` can be the cue of an attribution whose
    /// content is `content`: a reporting, belief or stance predicate ("said",
    /// "believes", "criticized", "according to", "in a statement", ":"), used
    /// as one. Not a verb of another kind ("unveiled a package", "to
    /// discuss"), not an infinitive (nothing was said yet), not a passive
    /// participle opening the sentence ("Asked about …, X said": the source
    /// is the one asked), and not a speech verb whose prepositional object
    /// stands where the content would ("responded to the plan").
    pub(crate) fn cue_ok(&self, (x, y): (usize, usize), content: (usize, usize)) -> bool {
        if y == x + 1 && self.is_p(x, ":") {
            return true;
        }
        // the cue's verb: a reporting word if there is one, else the first
        // word that is not an auxiliary or adverb ("has long argued")
        let lexical = |k: usize| {
            self.is_word(k) && {
                let w = self.lw(k);
                self.lex.cue.contains(w)
                    || self.lex.clause.contains(w)
                    || self.lex.mind.contains(w)
                    || self.lex.stance.contains(w)
                    || self.lex.fragment.contains(w)
                    || FINDING_VERBS.contains(&w)
                    || REPORT_NOUNS.contains(&w)
                    || w == "according"
            }
        };
        let Some(v) = (x..y).find(|&k| lexical(k)).or_else(|| {
            (x..y).find(|&k| {
                self.is_word(k)
                    && !self.lex.between.contains(self.lw(k))
                    && !AUXILIARIES.contains(&self.lw(k))
            })
        }) else {
            return false;
        };
        if NOT_REPORTING.contains(&self.lw(v)) || self.naming_participle(v) {
            return false;
        }
        let w = self.lw(v);
        let st = self.sstart.get(v).copied().unwrap_or(v);
        if v == st && is_upper_start(self.tx(v)) && w.ends_with("ed") {
            return false;
        }
        // "the alliance has concerned officials": a verb of feeling used
        // actively says what its object feels, and its subject is the cause,
        // no source; "officials are concerned that …" is a stance
        let last = y - 1;
        if self.is_word(last)
            && stimulus_verb(self.lw(last))
            && !(x.saturating_sub(1)..last).any(|k| self.is_word(k) && linking(self.lw(k)))
            && !(y < self.toks.len()
                && matches!(
                    self.lw(y),
                    "about" | "over" | "that" | "by" | "at" | "with" | "for" | "to"
                ))
        {
            return false;
        }
        // "responded to these developments", "spoke with the minister": the
        // object of "to" or "with" is a listener or a topic, not what was
        // said ("talked about the plan" is, for PolNeAR)
        let speech_only = self.lex.cue.contains(w)
            && !self.lex.mind.contains(w)
            && !self.lex.stance.contains(w)
            && !self.lex.fragment.contains(w);
        if speech_only && y <= content.0 {
            // the preposition inside the cue ("has responded to") or after it
            let p = if y > v + 1 && self.is_word(y - 1) {
                Some(y - 1)
            } else {
                (y < self.toks.len() && self.is_word(y)).then_some(y)
            };
            if let Some(p) = p.filter(|&p| matches!(self.lw(p), "to" | "with")) {
                let infinitive =
                    p + 1 < self.toks.len() && self.lex.clause.contains(self.lw(p + 1));
                if !infinitive {
                    return false;
                }
            }
        }
        true
    }

    /// Whether a model cue at `(x, y)` governs `content` by its place: just
    /// before it ("said that …", "told reporters …": at most two words
    /// between, or more up to a complementizer that opens the content, "told
    /// the host on Thursday how …") or just after it, with nothing but the
    /// source and punctuation between ("…, the report says"). A cue further
    /// away belongs to another clause ("It did not say which sites would
    /// close, but intends …").
    pub(crate) fn cue_reaches(
        &self,
        (x, y): (usize, usize),
        (a, b): (usize, usize),
        source: Option<(usize, usize)>,
    ) -> bool {
        let words = |r: std::ops::Range<usize>| r.filter(|&k| self.is_word(k)).count();
        if y <= a {
            let gap = words(y..a);
            let opener = a > y
                && self.is_word(a - 1)
                && matches!(
                    self.lw(a - 1),
                    "that" | "whether" | "if" | "how" | "why" | "what" | "when" | "who"
                );
            return gap <= 2 || (opener && gap <= 8);
        }
        if x >= b {
            let outside = |k: usize| source.is_none_or(|(s, e)| k < s || k >= e);
            return (b..x).all(|k| !self.is_word(k) || !outside(k));
        }
        false
    }

    /// A phrase that opens with a complementiser ("that around 3,000 troops
    /// sailed", "whether the talks go on") is a clause, the content of a cue,
    /// never its source.
    pub(crate) fn clause_phrase(&self, (a, b): (usize, usize)) -> bool {
        b > a + 1 && matches!(self.lw(a), "that" | "whether")
    }

    /// A name of up to five capitalised words at `j`, a lowercase past-tense
    /// verb outside the lexicon right after it (with a particle: "shot back",
    /// "went on"), then the end of the sentence, a comma or an adverbial
    /// ("with a laugh", "as the crowd cheered", "and walked out"): the
    /// attribution after a quote. A verb with an object ("Lee signed the
    /// bill") or a title's words ("The Hunger Games") make none.
    pub(crate) fn name_then_verb(&self, j: usize, hi: usize) -> Option<Attr> {
        let capital = |k: usize| {
            self.is_word(k)
                && is_upper_start(self.tx(k))
                && !self.lex.cap_function.contains(self.lw(k))
                && !self.is_det(k)
                && !self.is_pron(k)
        };
        if !capital(j) {
            return None;
        }
        let v = (j..hi.min(j + 6)).find(|&k| !capital(k))?;
        if v >= hi || !self.is_word(v) || !is_lower_start(self.tx(v)) {
            return None;
        }
        let w = self.lw(v);
        let particle = v + 1 < hi && self.is_word(v + 1) && PARTICLES.contains(&self.lw(v + 1));
        let past = crate::lexicon::regular_past(w);
        if self.lex.stop.contains(w) || self.is_cue(v) || !(past || particle) {
            return None;
        }
        let next = if particle { v + 2 } else { v + 1 };
        let tail_ok = next >= hi
            || self.is_p(next, ".,;!?—–")
            || (self.is_word(next)
                && (matches!(
                    self.lw(next),
                    "and" | "with" | "as" | "before" | "after" | "while" | "when"
                ) || adverb_ly(self.lw(next))));
        tail_ok.then_some(Attr {
            speaker: Some((j, v)),
            cue: (v, next),
        })
    }

    /// A cue in its -ing form after its content ("…, saying", "…, adding")
    /// opens a participle clause whose subject is the main clause's: nothing
    /// after it is its source (an opening "Citing …," has its subject after the
    /// comma; the caller checks the order). "According to" is no participle.
    pub(crate) fn participle_cue(&self, (x, _): (usize, usize)) -> bool {
        let w = self.lw(x);
        w.len() > 5 && w.ends_with("ing") && w != "according"
    }

    /// "a website called Borders", "a 40-minute podcast named The Daily Source": a
    /// participle after an indefinite noun phrase that gives the thing its name, no
    /// one's words or stance, before a capitalised name ("The Daily Source") or an
    /// address. A stance has a definite subject and names its object with a lower-case
    /// article or a pronoun ("the union called the plan reckless").
    pub(crate) fn naming_participle(&self, v: usize) -> bool {
        let naming = matches!(
            self.lw(v),
            "called" | "named" | "dubbed" | "titled" | "entitled" | "nicknamed"
        );
        if !naming || v == 0 || v + 1 >= self.toks.len() {
            return false;
        }
        let indefinite = (v.saturating_sub(5)..v)
            .rev()
            .take_while(|&k| self.is_word(k))
            .any(|k| {
                matches!(self.lw(k), "a" | "an")
                    || self.tx(k).starts_with(|c: char| c.is_ascii_digit())
            });
        indefinite
            && self.is_word(v - 1)
            && is_lower_start(self.tx(v - 1))
            && !AUXILIARIES.contains(&self.lw(v - 1))
            && !self.is_pron(v - 1)
            && self.is_word(v + 1)
            && (is_upper_start(self.tx(v + 1)) || {
                // an address: "latinoradio.com"
                let rest = &self.text[self.toks[v + 1].s..];
                let word = rest.split(char::is_whitespace).next().unwrap_or("");
                word.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .contains('.')
            })
    }

    /// A source phrase that ends in a possessive ("Clinton's", "the
    /// senators'"): it modifies the noun after it ("Clinton's strategy of
    /// …"), which is no speaker.
    pub(crate) fn possessive(&self, (_, b): (usize, usize)) -> bool {
        let w = self.lw(b - 1);
        w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
    }

    /// "It" or "there" as the subject of a raising or adjectival predicate
    /// ("It seems that …", "it appears …", "it was unclear whether …"): an
    /// expletive, no source. "It said", "it is considering" and "it refers
    /// to" (a company, a report) keep their subject.
    pub(crate) fn expletive_source(&self, (s, e): (usize, usize), (x, y): (usize, usize)) -> bool {
        if e != s + 1 || !matches!(self.lw(s), "it" | "there") {
            return false;
        }
        let Some(v) = (x..y).find(|&k| self.is_word(k) && !adverb_ly(self.lw(k))) else {
            return false;
        };
        let w = self.lw(v);
        // "it seems", "it appears", and what comes to light: "it emerged that …",
        // "it transpired that …"
        if w.starts_with("seem")
            || w.starts_with("appear")
            || w.starts_with("emerg")
            || w.starts_with("transpir")
        {
            return true;
        }
        // a form of "be" before a word that is not a participle: an adjective
        let next = (v + 1..self.toks.len()).find(|&k| self.is_word(k) && !adverb_ly(self.lw(k)));
        BE_FORMS.contains(&w)
            && next.is_some_and(|n| {
                let a = self.lw(n);
                !a.ends_with("ed")
                    && !a.ends_with("en")
                    && !a.ends_with("ing")
                    && !PAST_FORMS.contains(&a)
            })
    }
}

/// A compound that names a person by "-man", "-woman" or "-person"
/// ("businessman", "congresswomen", "gunman", "salesperson"); not a word
/// that only ends so ("specimen", "regimen", "abdomen", "talisman").
fn person_compound(head: &str) -> bool {
    const NOT_PEOPLE: &[&str] = &["talisman", "ottoman", "doberman", "caiman"];
    ["woman", "women", "man", "men", "person", "persons"]
        .iter()
        .any(|suf| head.len() > suf.len() + 2 && head.ends_with(suf))
        && !(head.ends_with("imen") || head.ends_with("umen") || head.ends_with("domen"))
        && !NOT_PEOPLE.contains(&head)
}
