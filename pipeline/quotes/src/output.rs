//! Output: choosing among overlapping candidates, resolving every speaker in
//! text order (pronouns look back at earlier speakers) and building [`Quote`]s
//! with byte spans.

use super::*;
use crate::lexicon::{past_form, POSSESSIVES};
use crate::phrases::adverb_ly;

/// Forms of address written before a name ("Mr Okafor", "Dame Joan"): a speaker span that
/// ends on one has lost its name.
const FORMS_OF_ADDRESS: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "lord",
    "lady", "dame",
];

impl Doc<'_> {
    pub(crate) fn finish(&self, cands: Vec<Cand>, names: &Names, indirect: bool) -> Vec<Quote> {
        // each candidate's content bytes, worked out once
        let ranges: Vec<(usize, usize)> = cands.iter().map(|c| self.byte_range(c)).collect();
        // order by content start; keep direct over overlapping reported frames
        let mut order: Vec<usize> = (0..cands.len()).filter(|&i| cands[i].score > 0.0).collect();
        order.sort_by_key(|&i| (ranges[i].0, cands[i].kind != QuoteKind::Direct));
        let mut keep = vec![false; cands.len()];
        // the direct quotes' contents in start order (they never overlap each other)
        let directs: Vec<(usize, usize)> = order
            .iter()
            .filter(|&&i| cands[i].kind == QuoteKind::Direct)
            .map(|&i| ranges[i])
            .filter(|&(s, e)| s < e)
            .collect();
        for &i in &order {
            let c = &cands[i];
            let (bs, be) = ranges[i];
            if bs >= be {
                continue;
            }
            if c.kind != QuoteKind::Direct {
                // a frame covered by a direct quote that starts no later than it;
                // one that starts at a quote's opening mark is weighed apart
                // (`quotation_and_name`)
                let before = directs.partition_point(|&(s, _)| s <= bs);
                let from = directs[..before].partition_point(|&(_, e)| e <= bs);
                let covered = directs[from..before]
                    .iter()
                    .any(|&(s, e)| (e.min(be) - s.max(bs)) * 2 > (be - bs));
                if covered || self.quotation_and_name(bs, be, &directs) {
                    continue;
                }
            }
            if c.kind == QuoteKind::Indirect && !indirect {
                continue;
            }
            if let Who::Own(a) = &c.who {
                if c.kind != QuoteKind::Direct && self.gain_not_speech(a.cue, c.content)
                    || self.score_conceded(a.cue)
                    || self.result_posted(a.cue)
                    || self.found_oneself(a.cue)
                    || self.discourse_marker(a.cue)
                    || c.kind != QuoteKind::Direct && self.only_when(a.cue, c.content)
                {
                    continue;
                }
            }
            keep[i] = true;
        }
        // resolve speakers in text order (pronouns look back at earlier speakers)
        let mut resolved: Vec<Option<Speaker>> = vec![None; cands.len()];
        // speakers so far (position, paragraph, name), and genders that
        // pronouns resolved to them have shown
        let mut history: Vec<(usize, u32, String)> = Vec::new();
        let mut learned: HashMap<String, Gender> = HashMap::new();
        let mut all: Vec<usize> = (0..cands.len()).collect();
        all.sort_by_key(|&i| ranges[i].0);
        for &i in &all {
            if let Who::Label(lab, _) = cands[i].who {
                let raw = &self.text[lab.0..lab.1];
                let title: Vec<String> = raw
                    .split_whitespace()
                    .filter(|w| !self.lex.titles.contains(w.to_lowercase().as_str()))
                    .map(|w| {
                        let mut c = w.chars();
                        c.next().map_or(String::new(), |f| {
                            f.to_string() + &c.as_str().to_lowercase()
                        })
                    })
                    .collect();
                let name = match title.as_slice() {
                    [one] => names.expand(one).unwrap_or_else(|| one.clone()),
                    [] => raw.to_string(),
                    more => more.join(" "),
                };
                if let Some(span) = Span::new(self.text, lab.0, lab.1) {
                    let k = self
                        .toks
                        .partition_point(|t| t.e <= lab.0)
                        .min(self.toks.len().saturating_sub(1));
                    let para = self.toks.get(k).map_or(0, |t| t.para);
                    history.push((span.start(), para, name.clone()));
                    resolved[i] = Some(Speaker { span, name });
                }
            }
            if let Who::Own(a) = &cands[i].who {
                // the subject of a passive speech verb is its listener
                let listener =
                    |sp: &(usize, usize)| sp.1 <= a.cue.0 && self.passive_addressee(a.cue);
                // … and its agent after "by" the source
                let agent = || {
                    self.passive_addressee(a.cue)
                        .then(|| self.passive_agent(a.cue, self.content_tokens(&cands[i])?))
                        .flatten()
                        .map(|(r, _)| r)
                };
                if let Some(sp) = a
                    .speaker
                    .filter(|sp| !listener(sp))
                    .or_else(agent)
                    .filter(|_| self.asked_before(&cands[i]).is_none())
                    .map(|sp| self.issuer_of_text(sp, a.cue))
                    .map(|sp| self.closed_relative(sp, a.cue))
                    .map(|sp| self.cover_entities(self.trim_speaker_edges(sp), names))
                    .map(|sp| self.joined_name_before(sp, names))
                {
                    // "Ms Jowell's deputy, Richard Caborn, said": the name in
                    // apposition is who speaks; the span holds both
                    let named = self.appositive_name(sp, a.cue, names);
                    // "Maria Kovac, an analyst at Daiwa, said": the name the
                    // description follows
                    let leading = named
                        .is_none()
                        .then(|| self.name_before_description(sp, names))
                        .flatten();
                    let sp = match (named, leading) {
                        (Some(n), _) => (sp.0, n.1),
                        (None, Some(n)) => (n.0, sp.1),
                        (None, None) => sp,
                    };
                    let (name, person) =
                        self.resolve(named.or(leading).unwrap_or(sp), names, &history, &learned);
                    let span = Span::new(self.text, self.toks[sp.0].s, self.toks[sp.1 - 1].e)
                        .expect("token bounds");
                    if person {
                        if sp.1 == sp.0 + 1 && matches!(self.lw(sp.0), "he" | "she") {
                            let g = if self.lw(sp.0) == "he" {
                                Gender::Male
                            } else {
                                Gender::Female
                            };
                            learned.entry(name.clone()).or_insert(g);
                        }
                        history.push((span.start(), self.toks[sp.0].para, name.clone()));
                    }
                    resolved[i] = Some(Speaker { span, name });
                }
            }
        }
        let mut out = Vec::new();
        for &i in &order {
            if !keep[i] {
                continue;
            }
            let c = &cands[i];
            let root = match c.who {
                Who::Like(j) => root_of(&cands, j),
                _ => i,
            };
            // "Asked whether …, Smith said": a question put to the speaker by
            // someone the sentence does not name; "asked" is its cue
            let asked = self.asked_before(&cands[root]);
            let negated = match &cands[root].who {
                Who::Own(a) if asked.is_none() => {
                    self.negated_cue(a.cue) || a.speaker.is_some_and(|sp| self.negated_subject(sp))
                }
                _ => false,
            };
            let (speaker, cue) = match (&cands[root].who, asked) {
                (Who::Label(_, colon), _) => (
                    resolved[root].clone(),
                    Span::new(self.text, colon.0, colon.1),
                ),
                (Who::Own(_), Some(k)) => {
                    (None, Span::new(self.text, self.toks[k].s, self.toks[k].e))
                }
                (Who::Own(a), None) => {
                    let cue = Span::new(self.text, self.toks[a.cue.0].s, self.toks[a.cue.1 - 1].e);
                    (resolved[root].clone(), cue)
                }
                _ => (None, None),
            };
            let (bs, be) = ranges[i];
            // "told BBC News schools had …": the name right after "tell" is the listener
            let listener = match &cands[root].who {
                Who::Own(a)
                    if a.cue.1 > a.cue.0
                        && matches!(self.lw(a.cue.1 - 1), "tell" | "tells" | "telling" | "told") =>
                {
                    self.toks.get(a.cue.1).map(|t| t.s)
                }
                _ => None,
            };
            // a reported clause never cuts a name (entity spans come from another
            // stage: kept only where they make a valid span)
            let widened = (c.kind != QuoteKind::Direct)
                .then(|| names.widen_to_names(self.text, (bs, be), listener))
                .and_then(|(s, e)| Span::new(self.text, s, e))
                .map(|span| span.trim(self.text));
            let Some(content) = widened.or_else(|| Span::new(self.text, bs, be)) else {
                continue;
            };
            let mut score = c.score;
            if speaker.is_none() {
                score = score.min(0.4);
            }
            let fragments = c
                .fragments
                .iter()
                .filter_map(|&(s, e)| Span::new(self.text, s, e))
                .filter(|s| !s.is_empty())
                .collect();
            out.push(Quote {
                content,
                kind: c.kind,
                speaker,
                cue,
                score,
                fragments,
                negated,
            });
        }
        out.sort_by_key(|q| (q.content.start(), q.content.end()));
        out
    }

    /// A speaker phrase without punctuation around it ("Yoon Suk-yeol," in "The
    /// president, Yoon Suk-yeol, showed …"): a span never starts or ends on a
    /// mark that is not part of the name, nor ends on a lower-case article,
    /// preposition or coordinator. A closing parenthesis stays when its
    /// opening one is inside ("Harry Reid (D-Nev.)"), and a period may end an
    /// abbreviation ("Jr.").
    pub(crate) fn trim_speaker_edges(&self, (mut a, mut b): (usize, usize)) -> (usize, usize) {
        while a + 1 < b && self.toks[a].k != K::Word {
            a += 1;
        }
        if self.verb_before_name(a, b) {
            a += 1;
        }
        loop {
            while a + 1 < b
                && self.toks[b - 1].k != K::Word
                && !self.is_p(b - 1, ".")
                && !(self.is_p(b - 1, ")") && (a..b - 1).any(|k| self.is_p(k, "(")))
                // a percent sign after its number ("70% said")
                && !self.percent_after_number(b - 1)
            {
                b -= 1;
            }
            // nor on a word that only leads into more ("Experts studying the")
            if a + 1 < b
                && self.is_word(b - 1)
                && matches!(
                    self.tx(b - 1),
                    "the" | "a" | "an" | "of" | "for" | "to" | "from" | "at" | "in" | "on" | "by"
                        | "with" | "and" | "or"
                )
            {
                b -= 1;
            } else if a + 1 < b && self.verb_after_name(a, b - 1) && !self.respondents((a, b)) {
                // nor on the verb of the clause the name opens ("Lord Ames rejected",
                // "Figures released") or a reflexive after it ("Ms Cole herself")
                b -= 1;
            } else {
                return (a, b);
            }
        }
    }

    /// Whether the span `a..b` opens on the verb of a fronted clause that no
    /// comma closed ("When asked if he would stay Diaz said", "if they
    /// win Ortega replied"): a lower-case word after a modal or a subject
    /// pronoun, before a capitalised name ("will those Labour whips say"
    /// keeps its determiner).
    fn verb_before_name(&self, a: usize, b: usize) -> bool {
        a > 0
            && a + 1 < b
            && self.is_word(a)
            && is_lower_start(self.tx(a))
            && !self.is_det(a)
            && self.is_word(a + 1)
            && is_upper_start(self.tx(a + 1))
            && self.is_word(a - 1)
            && is_lower_start(self.tx(a - 1))
            && matches!(
                self.lw(a - 1),
                "would" | "will" | "could" | "can" | "should" | "might" | "may" | "must" | "he"
                    | "she" | "they" | "we" | "it" | "i" | "you"
            )
    }

    /// Whether the lower-case word at `k`, the last of a speaker span from `a`, is a past
    /// verb or a reflexive pronoun right after a capitalised word (or its comma): the
    /// clause's verb or an intensifier, not part of who speaks. After a lower-case word
    /// the participle describes ("those questioned", "the people interviewed").
    fn verb_after_name(&self, a: usize, k: usize) -> bool {
        let w = self.lw(k);
        let before = match k.checked_sub(1) {
            Some(j) if j > a && self.is_p(j, ",") => j - 1,
            Some(j) if j >= a => j,
            _ => return false,
        };
        self.is_word(k)
            && is_lower_start(self.tx(k))
            && (past_form(w) || matches!(w, "himself" | "herself" | "itself" | "themselves"))
            && self.is_word(before)
            && is_upper_start(self.tx(before))
    }

    /// The one who put out a text that a participle reports ("The council
    /// issued a statement saying …", "she posted a note calling …", "the
    /// campaign sent an email to donors stating …", "Lee wrote in a letter to
    /// staff explaining …"): when the speaker phrase is such a text (or whom
    /// it went to), opened by "a", "an" or a possessive, right before an
    /// "-ing" cue and right after a past-tense verb (with its particle, or
    /// "in"), the subject of that verb speaks. "The statement said" and "a
    /// letter, signed by …, saying" keep the text.
    pub(crate) fn issuer_of_text(
        &self,
        orig: (usize, usize),
        cue: (usize, usize),
    ) -> (usize, usize) {
        let (a, b) = orig;
        const TEXTS: &[&str] = &[
            "statement", "release", "letter", "email", "e-mail", "tweet", "post", "memo", "note",
            "message", "ad", "video",
        ];
        if cue.0 != b || !self.lw(cue.0).ends_with("ing") || a < 2 {
            return orig;
        }
        // "an email to donors stating": the text before the ones it went to
        let (a, b) = match (self.is_word(a - 1) && self.lw(a - 1) == "to")
            .then(|| self.np_walk_back(a - 1, self.sstart[a]))
            .flatten()
        {
            Some(text) if TEXTS.contains(&self.lw(text.1 - 1)) => text,
            _ => (a, b),
        };
        let opener = self.is_word(a)
            && (matches!(self.lw(a), "a" | "an") || POSSESSIVES.contains(&self.lw(a)));
        if !opener || !TEXTS.contains(&self.lw(b - 1)) || a == 0 {
            return orig;
        }
        let mut v = a - 1;
        if v > 0 && self.is_word(v) && (PARTICLES.contains(&self.lw(v)) || self.lw(v) == "in") {
            v -= 1;
        }
        let w = self.lw(v);
        let past = self.is_word(v) && is_lower_start(self.tx(v)) && past_form(w);
        if !past {
            return orig;
        }
        match self.np_before(v, self.sstart[v]) {
            Some(sp) if self.speakerish(sp) => sp,
            _ => orig,
        }
    }

    /// A relative pronoun whose own clause closes before the cue ("Lee, who
    /// had long opposed the plan, said …", "the board - which met twice -
    /// warned …") is not the cue's subject: its antecedent is. The clause
    /// must hold words of its own before the comma or dash ("who, in May,
    /// said" keeps "who").
    fn closed_relative(&self, (a, b): (usize, usize), cue: (usize, usize)) -> (usize, usize) {
        if b != a + 1 || !matches!(self.lw(a), "who" | "which" | "that") || cue.0 <= b {
            return (a, b);
        }
        // the last mark before the cue, with nothing but auxiliaries and
        // adverbs after it ("who …, but has dismissed" goes on with the
        // relative clause)
        let close = (b..cue.0).rev().find(|&k| !self.is_word(k));
        let verb_group = close.is_some_and(|c| {
            self.is_p(c, ",—–-")
                && (c + 1..cue.0).all(|k| {
                    self.lex.between.contains(self.lw(k))
                        || (adverb_ly(self.lw(k)) && is_lower_start(self.tx(k)))
                })
        });
        match close {
            Some(c) if c >= b + 2 && verb_group => {
                // "the board - which …": the phrase before the dash
                let r = if a > 0 && self.is_p(a - 1, "—–-") { a - 1 } else { a };
                self.antecedent(r, self.sstart[a]).unwrap_or((a, b))
            }
            _ => (a, b),
        }
    }

    /// A speaker phrase never opens on "and" or "or": with a name just before
    /// it, that name is part of the speaker ("Moscow and Pyongyang have …"),
    /// else the word goes.
    fn joined_name_before(&self, (a, b): (usize, usize), names: &Names) -> (usize, usize) {
        if b <= a + 1 || !self.is_word(a) || !matches!(self.lw(a), "and" | "or") {
            return (a, b);
        }
        let before = a
            .checked_sub(1)
            .and_then(|p| names.entities.iter().find(|en| en.span.end() == self.toks[p].e));
        match before {
            Some(en) => (self.toks.partition_point(|t| t.s < en.span.start()), b),
            None => (a + 1, b),
        }
    }

    /// A speaker phrase that cuts a name holds all of it ("Korea" of "South Korea
    /// has responded … by threatening …"): a word is never split from the
    /// entity it belongs to. Only words are added, at most three on a side.
    pub(crate) fn cover_entities(
        &self,
        (mut a, mut b): (usize, usize),
        names: &Names,
    ) -> (usize, usize) {
        let (start, end) = (self.toks[a].s, self.toks[b - 1].e);
        for en in &names.entities {
            let (es, ee) = (en.span.start(), en.span.end());
            if es >= end || start >= ee {
                continue;
            }
            let first = self.toks.partition_point(|t| t.e <= es);
            let last = self.toks.partition_point(|t| t.s < ee);
            if first < a && a - first <= 3 && (first..a).all(|k| self.is_word(k)) {
                a = first;
            }
            if last > b && last - b <= 3 && (b..last).all(|k| self.is_word(k)) {
                b = last;
            }
        }
        // A form of address is how a name is written, never the speaker without it: "Mr"
        // tagged alone in "Mr Okafor denied ..." takes the name after it.
        if b < self.toks.len() && FORMS_OF_ADDRESS.contains(&self.lw(b - 1)) {
            if let Some(en) = names
                .entities
                .iter()
                .find(|en| en.label == EntityLabel::Per && en.span.start() == self.toks[b].s)
            {
                b = self.toks.partition_point(|t| t.s < en.span.end());
            }
        }
        (a, b)
    }

    /// The "asked" right before a reported content whose cue comes after it
    /// ("Asked whether he was comfortable …, Mr Howard told the BBC: …",
    /// "When asked about the plan, she said …"): the content is the question
    /// put to the subject, not their words.
    pub(crate) fn asked_before(&self, c: &Cand) -> Option<usize> {
        let Who::Own(a) = &c.who else { return None };
        if c.kind == QuoteKind::Direct || a.cue.0 < c.content.1 || c.content.0 == 0 {
            return None;
        }
        let k = c.content.0 - 1;
        (self.is_word(k)
            && self.lw(k) == "asked"
            && (self.sstart[k] == k || {
                k > 0 && self.is_word(k - 1) && matches!(self.lw(k - 1), "when" | "if" | "once")
            }))
        .then_some(k)
    }

    /// A person's name in apposition between a speaker phrase and its cue
    /// ("Kenteris's lawyer, Gregory Ioannidis, said", "Scottish Finance
    /// Minister, Tom McCabe, said"): capitalised words between two commas, the
    /// second right before the cue, holding a person the entities stage found;
    /// or a person's name that opens the apposition and a phrase of where
    /// they work after it ("One pastor, Dan Whit of Grace Church in Marion,
    /// said"), the name alone.
    fn appositive_name(
        &self,
        (_, b): (usize, usize),
        (cue, _): (usize, usize),
        names: &Names,
    ) -> Option<(usize, usize)> {
        if b + 2 >= cue || !self.is_p(b, ",") || !self.is_p(cue - 1, ",") {
            return None;
        }
        let (s, e) = (b + 1, cue - 1);
        let capitalised =
            (s..e).all(|k| (self.is_word(k) && is_upper_start(self.tx(k))) || self.is_p(k, "."));
        let (bs, be) = (self.toks[s].s, self.toks[e - 1].e);
        let person = names
            .entities
            .iter()
            .any(|en| en.label == EntityLabel::Per && en.span.start() < be && bs < en.span.end());
        if e - s <= 5 && capitalised && person {
            return Some((s, e));
        }
        // the name first, then "of/from/at/with …": at most ten words (no
        // further comma) up to the cue
        let name = names
            .entities
            .iter()
            .find(|en| en.label == EntityLabel::Per && en.span.start() == bs)?;
        let after = (s..e).find(|&k| self.toks[k].s >= name.span.end())?;
        let modifier = matches!(self.lw(after), "of" | "from" | "at" | "with")
            && e - after <= 10
            && (after..e).all(|k| self.is_word(k) || self.is_p(k, ".'’-&"));
        modifier.then_some((s, after))
    }

    /// Whether the frame at bytes `bs..be` is a direct quotation and the name
    /// after it, nothing more ("\"There is a whiff of a sweetener,\" Maria
    /// Kovac"): the quotation's words with its speaker, not a report of its own.
    /// A lead-in before the marks ("she recalled thinking, \"…\"") makes one.
    fn quotation_and_name(&self, bs: usize, be: usize, directs: &[(usize, usize)]) -> bool {
        let marks = |t: &str| t.chars().all(|c| c.is_whitespace() || "\"“”'‘’,".contains(c));
        directs.iter().any(|&(ds, de)| {
            let (Some(lead), Some(tail)) = (self.text.get(bs..ds), self.text.get(de..be)) else {
                return false;
            };
            let words: Vec<&str> = tail
                .split(|c: char| c.is_whitespace() || "\"“”'‘’,".contains(c))
                .filter(|w| !w.is_empty())
                .collect();
            bs <= ds
                && de <= be
                && marks(lead)
                && (1..=4).contains(&words.len())
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
        })
    }

    /// The person a source phrase describes in apposition after their name:
    /// "Maria Kovac, an analyst at Daiwa(,) told", where the phrase opens with an
    /// article, a comma alone parts it from a name tagged PER, and the name opens
    /// the clause (its sentence, or after a quotation's closing mark and comma).
    /// In "… backed by Maria Kovac, the minister said" the name ends another
    /// clause and the minister speaks.
    fn name_before_description(
        &self,
        (a, _): (usize, usize),
        names: &Names,
    ) -> Option<(usize, usize)> {
        if a < 2 || !self.is_p(a - 1, ",") || !matches!(self.lw(a), "a" | "an" | "the") {
            return None;
        }
        let end = self.toks[a - 2].e;
        let name = names
            .entities
            .iter()
            .find(|en| en.label == EntityLabel::Per && en.span.end() == end)?;
        let s = self.toks.partition_point(|t| t.s < name.span.start());
        // a quotation is one token, its closing comma inside or after it
        let quotation = |k: usize| self.quote_of(k).is_some();
        let opens = self.sstart.get(s) == Some(&s)
            || s >= 1 && quotation(s - 1)
            || s >= 2 && self.is_p(s - 1, ",") && quotation(s - 2);
        (s < a - 1 && self.toks[s].s == name.span.start() && opens).then_some((s, a - 1))
    }

    /// Token range of a candidate's content (a direct quote keeps bytes).
    fn content_tokens(&self, c: &Cand) -> Option<(usize, usize)> {
        if c.kind == QuoteKind::Direct {
            self.tokens_in(c.content)
        } else {
            Some(c.content)
        }
    }

    /// Content byte range: direct quotes hold bytes; frames hold token ranges.
    pub(crate) fn byte_range(&self, c: &Cand) -> (usize, usize) {
        if c.kind == QuoteKind::Direct {
            return c.content;
        }
        let (a, b) = c.content;
        if a >= b || b > self.toks.len() {
            return (0, 0);
        }
        // "according to the schedule published Thursday, Thiel will …"
        let a = match &c.who {
            Who::Own(w) => self.after_when(w.cue, (a, b)),
            _ => a,
        };
        // no dangling punctuation at either end of a clause (", the disabled
        // will make up 16%" after a cut)
        const CLAUSE_MARKS: &str = ",;:—–-";
        let mut a = a;
        while a + 1 < b && self.is_p(a, CLAUSE_MARKS) {
            a += 1;
        }
        let mut s = self.toks[a].s;
        let mut b = b;
        while b > a + 1 && self.is_p(b - 1, CLAUSE_MARKS) {
            b -= 1;
        }
        if a + 1 == b && self.is_p(a, CLAUSE_MARKS) {
            return (0, 0);
        }
        let mut e = self.toks[b - 1].e;
        // a clause that is one quote: drop the marks
        if let (Some(q), true) = (self.quote_of(a), a + 1 == b) {
            let sg = &self.segs[q];
            s = sg.cstart;
            e = sg.cend;
        }
        trim_span(self.text, s, e)
    }
}
