//! Noun phrases: the subject before a reporting verb and the phrase after it.
//!
//! Speakers are noun phrases found by walking tokens from the verb, not by a
//! parser: news attributions are short and regular ("Kirby, the spokesman,
//! said", "said Defense Secretary Lloyd Austin"), and a bounded walk keeps the
//! work linear.

use super::*;
use crate::lexicon::PAST_FORMS;

pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

impl Doc<'_> {
    /// A word that may sit inside a speaker noun phrase.
    pub(crate) fn np_word(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.lw(i);
        if is_upper_start(self.tx(i)) {
            let t = self.tx(i);
            if t.len() >= 2
                && t.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
                && !matches!(w, "i" | "a")
            {
                return true; // acronym: "IT firm", "NATO"
            }
            let name_next =
                i + 1 < self.toks.len() && self.is_word(i + 1) && is_upper_start(self.tx(i + 1));
            if name_next && matches!(w, "will" | "may" | "june" | "april" | "august" | "mark") {
                return true;
            }
            return !self.lex.cap_function.contains(w)
                || self.lex.det.contains(w)
                || self.lex.titles.contains(w);
        }
        if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            return true;
        }
        !self.lex.stop.contains(w) && !self.lex.cue.contains(w) && !adverb_ly(w)
    }

    pub(crate) fn is_det(&self, i: usize) -> bool {
        self.is_word(i) && self.lex.det.contains(self.lw(i))
    }

    pub(crate) fn is_pron(&self, i: usize) -> bool {
        self.is_word(i) && self.lex.pron.contains(self.lw(i))
    }

    /// The subject noun phrase ending just before the verb at `v` (after any
    /// auxiliaries and adverbs), not reaching below `lo`. Allows an appositive
    /// ("Kirby, the spokesman, said").
    pub(crate) fn np_before(&self, v: usize, lo: usize) -> Option<(usize, usize)> {
        // "Sanders on Tuesday said"; but "a survey released on Friday shows"
        // keeps its adverbial: tried again without skipping it, only when one
        // was skipped
        let past_time = self.subject_end(v, lo, true);
        self.np_ending_at(v, past_time, lo).or_else(|| {
            let plain = self.subject_end(v, lo, false);
            (plain != past_time)
                .then(|| self.np_ending_at(v, plain, lo))
                .flatten()
        })
    }

    /// Where the subject of verb `v` ends: before the auxiliaries and adverbs
    /// between them, and (with `skip_time`) time adverbials.
    fn subject_end(&self, v: usize, lo: usize, skip_time: bool) -> usize {
        let mut i = self.before_parenthetical(v, lo);
        loop {
            while i > lo && self.is_word(i - 1) && {
                let w = self.lw(i - 1);
                // "didn't", "has not yet", "cannot": negated auxiliaries
                self.lex.between.contains(w)
                    || w.ends_with("n't")
                    || matches!(w, "cannot" | "yet" | "ever")
                    || (adverb_ly(w) && is_lower_start(self.tx(i - 1)) && w.len() > 4)
            } {
                i -= 1;
            }
            // "Sanders on Tuesday said", "Trump last week told"
            // not after a participle: "released on Friday" describes the subject
            let after_participle = |t: usize| {
                t > lo && is_lower_start(self.tx(t - 1)) && self.lw(t - 1).ends_with("ed")
            };
            match self.time_before(i, lo).filter(|_| skip_time) {
                Some(t) if t < i && !after_participle(t) => i = t,
                _ => return i,
            }
        }
    }

    /// The subject noun phrase of verb `v` ending at token `i`.
    fn np_ending_at(&self, v: usize, i: usize, lo: usize) -> Option<(usize, usize)> {
        // "… and said", ", saying": the subject of the clause
        let gerund = self.lw(v).ends_with("ing");
        if i > lo
            && (self.lw(i - 1) == "and"
                || (gerund
                    && (self.is_p(i - 1, ",")
                        || matches!(
                            self.lw(i - 1),
                            "before" | "after" | "while" | "by" | "when" | "in"
                        ))))
        {
            // "…, the mayor said, adding": the speaker of the attribution
            // right before the participle, not the subject of what was said
            let cue = i - 1 > lo + 1 && self.is_p(i - 1, ",") && {
                let c = i - 2;
                self.is_cue(c) && !self.lw(c).ends_with("ing")
            };
            if let Some(np) = cue.then(|| self.np_before(i - 2, lo)).flatten() {
                return Some(np);
            }
            return self
                .subject(lo, i - 1)
                .or_else(|| self.subject(self.sstart[v].min(lo), i - 1));
        }
        // relative clause: "a video that said", "officials who said"
        // the relative pronoun is the mention; its antecedent gives the name
        if i > lo && self.is_word(i - 1) && matches!(self.lw(i - 1), "who" | "which" | "that") {
            return self.antecedent(i - 1, lo).map(|_| (i - 1, i));
        }
        // "who in 2010 said", "who on Tuesday said"
        if let Some(r) = (i.saturating_sub(5).max(lo)..i)
            .rev()
            .find(|&k| self.is_word(k) && self.lw(k) == "who")
        {
            let pp = r + 1 < i
                && matches!(
                    self.lw(r + 1),
                    "in" | "on"
                        | "at"
                        | "during"
                        | "last"
                        | "earlier"
                        | "this"
                        | "after"
                        | "before"
                );
            if pp && (r + 1..i).all(|k| self.is_word(k) && !self.is_cue(k)) {
                return self.antecedent(r, lo).map(|_| (r, r + 1));
            }
        }
        // "a source close to him said": the source, not "him"
        if i > lo + 2
            && matches!(self.lw(i - 1), "him" | "her" | "them" | "us" | "me" | "it")
        {
            if let Some(h) = self.near_head(i - 2, lo) {
                return Some((h, i));
            }
        }
        if i > lo && self.is_pron(i - 1) {
            if i - 1 > lo && self.is_det(i - 2) {
                return None; // "the one"
            }
            return Some((i - 1, i));
        }
        if let Some(np) = self.np_walk_back(i, lo) {
            return self.phrase_subject(np, lo);
        }
        // appositive: NAME , description , VERB
        if i > lo + 2 && self.is_p(i - 1, ",") {
            let mut k = i - 1;
            let floor = lo.max((i - 1).saturating_sub(30));
            while k > floor {
                k -= 1;
                if self.is_p(k, ",") {
                    let np = self.np_walk_back(self.before_parenthetical(k, lo), lo)?;
                    // the appositive should describe, not be a clause
                    let relative = matches!(self.lw(k + 1), "who" | "whose" | "which");
                    let inside = !relative && (k + 1..i - 1).any(|x| self.is_cue(x));
                    if inside {
                        return None;
                    }
                    // "The president of the republic, Tomas Varga, said": the
                    // name in the appositive is the speaker, the phrase before
                    // it only describes them
                    let name = k + 1 < i - 1
                        && (k + 1..i - 1).all(|x| {
                            self.is_word(x)
                                && is_upper_start(self.tx(x))
                                && !self.lex.cap_function.contains(self.lw(x))
                                && !self.lex.org.contains(self.lw(x))
                        })
                        && i - 1 - (k + 1) <= 4;
                    let described = self.is_det(np.0)
                        || !(np.0..np.1).any(|x| {
                            is_upper_start(self.tx(x))
                                && !self.lex.titles.contains(self.lw(x))
                                && !self.lex.cap_function.contains(self.lw(x))
                        });
                    if name && described {
                        return Some((k + 1, i - 1));
                    }
                    return Some(np);
                }
                if self.toks[k].k != K::Word && !self.is_p(k, "-’'.") {
                    return None;
                }
            }
        }
        None
    }

    /// Start of a time adverbial ending just before `i` ("on Tuesday", "on Monday
    /// night", "last week", "earlier this month", "in 2015", "in March"), which
    /// can sit between a subject and its verb.
    pub(crate) fn time_before(&self, i: usize, lo: usize) -> Option<usize> {
        let word = |k: usize| (k >= lo && k < i && self.is_word(k)).then(|| self.lw(k));
        let last = word(i.checked_sub(1)?)?;
        let day = |w: &str| WEEKDAYS.contains(&w);
        // on Tuesday (night)
        let mut k = i - 1;
        if part_of_day(last) && word(k.checked_sub(1)?).is_some_and(day) {
            k -= 1;
        }
        if word(k).is_some_and(day) {
            return Some(if k > lo && word(k - 1) == Some("on") {
                k - 1
            } else {
                k
            });
        }
        // last week, this month, earlier this year, late last night
        let period = |w: &str| {
            day(w)
                || part_of_day(w)
                || MONTHS.contains(&w)
                || matches!(
                    w,
                    "week"
                        | "month"
                        | "year"
                        | "weekend"
                        | "spring"
                        | "summer"
                        | "fall"
                        | "autumn"
                        | "winter"
                )
        };
        if period(last) {
            let k = i - 1;
            if word(k.wrapping_sub(1)).is_some_and(|w| matches!(w, "last" | "this" | "next")) {
                let mut s = k - 1;
                if s > lo && word(s - 1).is_some_and(|w| matches!(w, "earlier" | "late" | "later"))
                {
                    s -= 1;
                }
                return Some(s);
            }
        }
        // in March, in 2015
        let in_time = MONTHS.contains(&last)
            || (last.len() == 4
                && last.starts_with(['1', '2'])
                && last.bytes().all(|b| b.is_ascii_digit()));
        if in_time && i >= 2 && word(i - 2) == Some("in") {
            return Some(i - 2);
        }
        None
    }

    /// End of a time adverbial starting at `j` ("Friday", "on Monday night", "this
    /// weekend", "earlier this month", "yesterday", "in March"), which can sit between a
    /// cue (or its listener) and the reported clause: "told voters this weekend he …".
    pub(crate) fn time_after(&self, j: usize, hi: usize) -> Option<usize> {
        let word = |k: usize| (k < hi && self.is_word(k)).then(|| self.lw(k));
        let day = |w: &str| WEEKDAYS.contains(&w);
        let period = |w: &str| {
            day(w)
                || MONTHS.contains(&w)
                || matches!(w, "week" | "weekend" | "month" | "year")
        };
        let with_part = |k: usize| if word(k).is_some_and(part_of_day) { k + 1 } else { k };
        let mut k = j;
        if word(k) == Some("on") && word(k + 1).is_some_and(day) {
            k += 1;
        }
        // "today" in lower case: "BBC Radio 4's Today programme" is a name
        let adverb = |k: usize| {
            word(k).is_some_and(|w| matches!(w, "yesterday" | "today" | "tonight"))
                && is_lower_start(self.tx(k))
        };
        if word(k).is_some_and(day) || adverb(k) {
            return Some(with_part(k + 1));
        }
        if word(k).is_some_and(|w| matches!(w, "earlier" | "later" | "late")) {
            k += 1;
        }
        if word(k).is_some_and(|w| matches!(w, "last" | "this" | "next"))
            && word(k + 1).is_some_and(period)
        {
            return Some(with_part(k + 2));
        }
        // in March, in 2015, in November 2003
        let month = |k: usize| word(k).is_some_and(|w| MONTHS.contains(&w));
        let year = |k: usize| {
            k < hi && {
                let w = self.tx(k);
                w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit())
            }
        };
        if word(j) != Some("in") {
            return None;
        }
        match (month(j + 1), year(j + 1)) {
            (true, _) if year(j + 2) => Some(j + 3),
            (true, _) | (_, true) => Some(j + 2),
            _ => None,
        }
    }

    /// The noun phrase a relative pronoun at `r` refers to ("officials who").
    pub(crate) fn antecedent(&self, r: usize, lo: usize) -> Option<(usize, usize)> {
        self.np_walk_back(r, lo).or_else(|| {
            (r > lo && self.is_p(r - 1, ","))
                .then(|| self.np_walk_back(r - 1, lo))
                .flatten()
        })
    }

    /// The subject of the clause starting at `lo` (after an introductory phrase
    /// closed by a comma): a name, title or pronoun followed by a lowercase verb.
    pub(crate) fn subject(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        let mut s = lo;
        if s < hi
            && self.is_word(s)
            && self.lex.cap_function.contains(self.lw(s))
            && !self.lex.det.contains(self.lw(s))
            && !self.is_pron(s)
        {
            let comma = (s..hi.min(s + 14)).find(|&k| self.is_p(k, ","))?;
            s = comma + 1;
        } else if self.introductory(s, hi) {
            if let Some(comma) = (s..hi.min(s + 14)).find(|&k| self.is_p(k, ",")) {
                s = comma + 1;
            }
        }
        let mut np = self.np_after(s, hi)?;
        // "Warren appeared": the name, not the verb after it; but "South
        // Korean intelligence previously raised": the lowercase words are the
        // head noun when a verb or adverb follows them
        let headed = np.1 < hi
            && self.is_word(np.1)
            && is_lower_start(self.tx(np.1))
            && {
                let nx = self.lw(np.1);
                self.lex.between.contains(nx)
                    || adverb_ly(nx)
                    || self.lex.cue.contains(nx)
                    || self.lex.mind.contains(nx)
                    || self.lex.stance.contains(nx)
                    || nx.ends_with("ed")
            }
            && (np.0..np.1).all(|k| !self.lw(k).ends_with("ed") && !self.is_cue(k));
        if let Some(lc) = (np.0..np.1)
            .rev()
            .find(|&k| is_upper_start(self.tx(k)))
            .filter(|_| !headed)
        {
            let keep = if self.lw(lc).ends_with("'s") {
                lc + 2
            } else {
                lc + 1
            };
            np.1 = np.1.min(keep);
        }
        let named = (np.0..np.1)
            .any(|k| is_upper_start(self.tx(k)) && !self.lex.cap_function.contains(self.lw(k)))
            || (np.1 - np.0 == 1 && self.is_pron(np.0))
            || (np.1 > np.0 + 1 && self.is_det(np.0));
        if !named || np.1 >= hi {
            return None;
        }
        let mut after = np.1;
        if self.is_p(after, ",") {
            // "Huma Abedin, vice chairwoman for the campaign, emailed"
            after = (after + 1..hi.min(after + 16)).find(|&k| self.is_p(k, ","))? + 1;
        }
        (after < hi && self.is_word(after) && is_lower_start(self.tx(after))).then_some(np)
    }

    /// Whether the words at `s` open an introductory phrase that a comma
    /// closes before the subject: a preposition or adverb that is no name
    /// ("Amid …,", "Besides …,", "Absent …,", "Back in 2009,"), a participle
    /// ("Walking to the car,"), or a span of time before "later", "ago",
    /// "after" or "before" ("Hours later,", "Two weeks after the vote,").
    fn introductory(&self, s: usize, hi: usize) -> bool {
        if s + 1 >= hi || !self.is_word(s) || !is_upper_start(self.tx(s)) {
            return false;
        }
        let w = self.lw(s);
        if INTRO_OPENERS.contains(&w) {
            return true;
        }
        let lower_next = self.is_word(s + 1) && is_lower_start(self.tx(s + 1));
        if w.ends_with("ing") && w.len() > 5 && lower_next && !self.lex.cue.contains(w) {
            return true;
        }
        (s + 1..hi.min(s + 5)).any(|k| {
            self.is_word(k)
                && matches!(self.lw(k), "later" | "ago" | "after" | "before" | "earlier")
                && TIME_UNITS.contains(&self.lw(k - 1))
                && (s + 1..k).all(|x| self.is_word(x) && is_lower_start(self.tx(x)))
        })
    }

    /// A phrase right after a preposition is the preposition's object, not
    /// the subject: "an official from North Korea would not confirm" is said by
    /// the official, and in "the links between Russia and North Korea
    /// threaten" nobody speaks. The subject is then the whole phrase when the
    /// noun it modifies can be a source (a person, a group, a quantity of
    /// them: "most of the analysts"), and there is none when it cannot. "By"
    /// (a passive's agent), "with" ("…, with Smith saying") and "to" are left
    /// out: they introduce sources.
    ///
    /// A place after a participle belongs to the noun before it, the subject: "The
    /// company named in the lawsuit denied …" is said by the company, "The lawsuit, filed
    /// in Los Angeles, alleges …" by the lawsuit.
    ///
    /// A phrase that itself opens on a preposition ("of the voters", "from
    /// the club of £3m", "by the panel") is a postmodifier cut off its noun:
    /// after "of" and "from" its object is weighed as above, with the
    /// preposition before it, unless the noun before is a verb's object
    /// ("interviewed Tom Reyes for the film"); after "by" the source is the
    /// author or agent it names; after any other preposition there is no
    /// subject.
    pub(crate) fn phrase_subject(&self, np: (usize, usize), lo: usize) -> Option<(usize, usize)> {
        let word_before = |k: usize| k.checked_sub(1).filter(|&p| p > lo && self.is_word(p));
        let preposition = |p: &usize| PREPOSITIONS_BEFORE_OBJECT.contains(&self.lw(*p));
        if self.is_word(np.0) && is_lower_start(self.tx(np.0)) && self.opens_on_preposition(np.0) {
            // only a noun's own "of" or "from" ("one of the members", "staff
            // from the agency") hands the phrase back to its noun; a place
            // or a time ("in May", "into law") follows a verb as often
            if np.0 > lo && np.1 > np.0 + 1 && matches!(self.lw(np.0), "of" | "from") {
                return self
                    .phrase_subject((np.0 + 1, np.1), lo)
                    .filter(|r| r.0 >= np.0 || !self.reads_as_clause(r.0, np.0));
            }
            // "by" names an author or an agent: the source after it
            if self.lw(np.0) == "by" && np.1 > np.0 + 1 {
                return Some((np.0 + 1, np.1));
            }
            return None;
        }
        // "people close to the minister", "a source familiar with the talks"
        if let Some(h) = word_before(np.0).and_then(|p| self.near_head(p, lo)) {
            return Some((h, np.1));
        }
        if let Some(p) = word_before(np.0).filter(preposition) {
            let head = self.np_walk_back(p, lo)?;
            let quantity = |k: usize| {
                let w = self.lw(k);
                QUANTITY_HEADS.contains(&w) || w.starts_with(|c: char| c.is_ascii_digit())
            };
            if (head.1 - head.0 == 1 || self.is_det(head.0)) && quantity(head.1 - 1)
                || self.speakerish(head)
            {
                return Some((head.0, np.1));
            }
            return self.before_participle(p, lo);
        }
        // "named in the lawsuit" when the phrase came without its article
        match word_before(np.0).filter(|&d| self.is_det(d)).and_then(word_before) {
            Some(p) if preposition(&p) => self.before_participle(p, lo).or(Some(np)),
            _ => Some(np),
        }
    }

    /// Whether the word at `k` is a preposition that opens a postmodifier
    /// or an adjunct ("of", "from", "by", "during"), not an approximator
    /// ("about half of voters", "over 300 residents").
    fn opens_on_preposition(&self, k: usize) -> bool {
        let w = self.lw(k);
        let number_next = k + 1 < self.toks.len()
            && self.tx(k + 1).starts_with(|c: char| c.is_ascii_digit());
        if matches!(w, "about" | "around") || number_next && matches!(w, "over" | "under") {
            return false;
        }
        PREPOSITIONS_BEFORE_OBJECT.contains(&w) || SOURCE_NEVER_OPENS.contains(&w)
    }

    /// The subject before a participle and its place: "The company named in [the
    /// lawsuit]", "The lawsuit, filed in [Los Angeles],", with `p` the preposition.
    fn before_participle(&self, p: usize, lo: usize) -> Option<(usize, usize)> {
        let participle = p.checked_sub(1).filter(|&k| k > lo && self.is_word(k))?;
        let w = self.lw(participle);
        if !(is_lower_start(self.tx(participle))
            && matches!(self.lw(p), "in" | "at" | "on" | "into" | "from")
            && (w.ends_with("ed") || PAST_FORMS.contains(&w)))
        {
            return None;
        }
        let comma = participle > lo + 1 && self.is_p(participle - 1, ",");
        let head = self.np_walk_back(if comma { participle - 1 } else { participle }, lo)?;
        self.speakerish(head).then_some(head)
    }

    /// Where a short parenthetical that ends just before `i` starts ("Rep. Ann Cole
    /// (D-N.Y.) said", "Ms Varga (pictured), the chair, said"): a party and state, an
    /// age or a note beside a name, no part of the phrase; `i` itself when there is none.
    pub(crate) fn before_parenthetical(&self, i: usize, lo: usize) -> usize {
        if i <= lo + 1 || !self.is_p(i - 1, ")") {
            return i;
        }
        let floor = lo.max(i.saturating_sub(10));
        (floor..i - 1)
            .rev()
            .take_while(|&k| !self.is_p(k, ")") && !self.is_cue(k))
            .find(|&k| self.is_p(k, "("))
            .filter(|&k| k > lo)
            .unwrap_or(i)
    }

    pub(crate) fn np_walk_back(&self, end: usize, lo: usize) -> Option<(usize, usize)> {
        let mut s = end;
        let mut n = 0;
        while s > lo && n < 12 {
            let t = s - 1;
            if self.is_det(t) {
                // "the American Enterprise Institute" inside "X of the …"
                if s < end
                    && t > lo + 1
                    && self.lw(t - 1) == "of"
                    && is_upper_start(self.tx(s))
                    && self.is_word(t - 2)
                    && is_upper_start(self.tx(t - 2))
                {
                    s = t - 1;
                    continue;
                }
                if s == end {
                    // "Another tweeted", "Some said"
                    if matches!(
                        self.lw(t),
                        "another"
                            | "one"
                            | "some"
                            | "many"
                            | "several"
                            | "others"
                            | "both"
                            | "most"
                            | "few"
                    ) {
                        return Some((t, end));
                    }
                    return None;
                }
                // "… that Trump argues": a complementizer before a name, not
                // a determiner of it
                if self.lw(t) != "that" || !is_upper_start(self.tx(s)) {
                    s = t;
                }
                // "the two firms", "these three men": a number after an article
                // (not after "that", which opens a clause: "feel that few …")
                if s == t
                    && t > lo
                    && self.is_det(t - 1)
                    && self.lw(t - 1) != "that"
                    && matches!(self.lw(t), "two" | "three" | "several" | "many" | "few" | "other")
                {
                    s = t - 1;
                }
                break;
            }
            // a parenthesis inside the phrase: "Harry M. Reid (D-Nev.)"
            if self.is_p(t, ")") && s == end {
                if let Some(o) = (t.saturating_sub(8).max(lo)..t)
                    .rev()
                    .find(|&k| self.is_p(k, "("))
                {
                    if o > lo {
                        let inner = self.np_walk_back(o, lo)?;
                        return Some((inner.0, end));
                    }
                }
                return None;
            }
            if self.is_p(t, "$") && s < end && t > lo && self.is_word(t - 1) {
                s = t;
                continue;
            }
            // "58% said": a percent sign after its number
            if t > lo && self.percent_after_number(t) {
                s = t;
                continue;
            }
            if self.np_word(t) {
                s = t;
                n += 1;
                continue;
            }
            // "Secretary of State", "Burton and Nick", "Commission on
            // Presidential Debates", "Center for Public Integrity"
            let org_joint = matches!(self.lw(t), "on" | "for")
                && t > lo
                && self.lex.org.contains(self.lw(t - 1));
            if (self.lw(t) == "of" || self.lw(t) == "and" || org_joint)
                && t > lo
                && s < end
                && is_upper_start(self.tx(s))
                && self.is_word(t - 1)
                && is_upper_start(self.tx(t - 1))
            {
                s = t;
                continue;
            }
            break;
        }
        // don't start with a joining word
        while s < end && matches!(self.lw(s), "of" | "and") {
            s += 1;
        }
        (s < end).then_some((s, end))
    }

    /// The noun phrase starting at `j` (inverted subject: `said Defense Secretary
    /// Lloyd Austin`), not reaching `hi`.
    pub(crate) fn np_after(&self, j: usize, hi: usize) -> Option<(usize, usize)> {
        if j >= hi || !self.is_word(j) {
            return None;
        }
        if self.is_pron(j) {
            return Some((j, j + 1));
        }
        let mut k = j;
        if self.is_det(k) {
            k += 1;
        }
        let body = k;
        let mut n = 0;
        while k < hi && n < 8 {
            if self.np_word(k) && !self.is_det(k) {
                k += 1;
                n += 1;
                continue;
            }
            if (self.lw(k) == "of" || self.lw(k) == "and")
                && k > body
                && k + 1 < hi
                && self.is_word(k + 1)
                && is_upper_start(self.tx(k + 1))
                && is_upper_start(self.tx(k - 1))
            {
                k += 1;
                continue;
            }
            // "calculations by Amy Glasmeier", "X of the Y Institute"
            if matches!(self.lw(k), "by" | "from" | "of")
                && k > body
                && k + 2 < hi
                && ((self.is_word(k + 1)
                    && is_upper_start(self.tx(k + 1))
                    && !self.lex.cap_function.contains(self.lw(k + 1)))
                    || (self.lw(k + 1) == "the"
                        && self.is_word(k + 2)
                        && is_upper_start(self.tx(k + 2))))
            {
                k += if self.lw(k + 1) == "the" { 2 } else { 1 };
                continue;
            }
            // "two people familiar with the talks"
            if k > body && k + 2 < hi && crate::near::near_pair(self.lw(k - 1), self.lw(k)) {
                let d = usize::from(self.is_det(k + 1));
                if k + 1 + d < hi && self.np_word(k + 1 + d) && !self.is_det(k + 1 + d) {
                    k += 1 + d;
                    continue;
                }
            }
            // possessive split by the tokenizer never happens ('s is joined)
            break;
        }
        while k > body + 1
            && self.is_word(k - 1)
            && matches!(self.lw(k - 1), "of" | "and" | "by" | "from" | "the")
        {
            k -= 1;
        }
        (k > body).then_some((j, k))
    }
}

/// Nouns ending in "-ly" that head a subject ("his family said", "an ally
/// warned"); other "-ly" words are taken for adverbs.
const LY_NOUNS: &[&str] = &[
    "family", "ally", "assembly", "rally", "supply", "monopoly", "anomaly", "bully", "elderly",
];

/// An "-ly" word that is an adverb, not one of [`LY_NOUNS`].
pub(crate) fn adverb_ly(w: &str) -> bool {
    w.ends_with("ly") && !LY_NOUNS.contains(&w)
}

/// A part of a day that can follow a weekday in a time adverbial ("Monday night").
fn part_of_day(w: &str) -> bool {
    matches!(w, "morning" | "afternoon" | "evening" | "night")
}

/// Other prepositions a source phrase never opens on (see
/// [`Doc::phrase_subject`]).
const SOURCE_NEVER_OPENS: &[&str] = &[
    "by", "with", "to", "during", "after", "before", "through", "via", "per", "behind", "beyond",
    "despite", "since", "until", "upon", "onto", "throughout",
];

/// Prepositions whose object is no subject (see [`Doc::phrase_subject`]).
const PREPOSITIONS_BEFORE_OBJECT: &[&str] = &[
    "of", "from", "between", "among", "against", "about", "for", "at", "in", "on", "into", "over",
    "than", "like", "toward", "towards", "under", "without", "across", "within",
];

/// Nouns and determiners of quantity that head "most of the analysts",
/// "a number of officials", "dozens of protesters": the people are the source.
const QUANTITY_HEADS: &[&str] = &[
    "some",
    "many",
    "most",
    "all",
    "several",
    "few",
    "both",
    "none",
    "each",
    "one",
    "two",
    "three",
    "four",
    "five",
    "half",
    "majority",
    "minority",
    "number",
    "group",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "scores",
    "percent",
    "handful",
    "rest",
    "members",
    "any",
    "either",
    "neither",
];

/// Words that open an introductory phrase, never a subject ("Amid the
/// protests, …", "Back in May, …").
const INTRO_OPENERS: &[&str] = &[
    "amid", "amidst", "besides", "absent", "back", "nearly", "shortly", "upon", "unlike",
    "following", "throughout", "beyond", "against", "toward", "towards", "across", "behind",
    "along", "through", "like", "ahead", "soon",
];

/// Units of a span of time ("two weeks later").
const TIME_UNITS: &[&str] = &[
    "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "months", "month",
    "years", "year", "moments", "decades",
];
