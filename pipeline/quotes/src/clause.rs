//! Where a reported clause starts and ends, and what follows a postposed
//! attribution: the boundaries of what was said.

use super::*;

impl Doc<'_> {
    /// Where the reported clause starts after verb `v`: past an object for
    /// tell-verbs, past short adverbials before "that", past "that".
    pub(crate) fn clause_start(&self, v: usize, hi: usize) -> Option<usize> {
        let mut j = v + 1;
        // "that" within a few tokens (said on Tuesday that, told reporters that),
        // or past a place adverbial with commas ("said at a rally in Toledo,
        // Ohio, that")
        let place = j < hi && matches!(self.lw(j), "at" | "in" | "on" | "during");
        let reach = if place { 16 } else { 8 };
        let that = (j..hi.min(j + reach))
            .take_while(|&k| {
                (self.is_word(k) || (place && self.is_p(k, ",")))
                    && !self.lex.cue.contains(self.lw(k))
            })
            .find(|&k| self.lw(k) == "that");
        if let Some(t) = that {
            return (t + 1 < hi).then_some(t + 1);
        }
        if self.lex.object.contains(self.lw(v)) {
            // skip the listener: "told reporters", "told The Associated Press"
            let np = self.np_after(j, hi)?;
            j = np.1;
            if j < hi && self.is_p(j, ",") {
                j += 1;
            }
        }
        // "said Friday the plan …", "told voters this weekend he …"; not before an
        // auxiliary: "jobs added in October were …" is a participle, not a cue
        if let Some(e) = self
            .time_after(j, hi)
            .filter(|&e| {
                e < hi
                    && self.is_word(e)
                    && !AUX_OPEN.contains(&self.lw(e))
                    && !self.possessive((e - 1, e))
                    && !self.possessive((e, e + 1))
            })
        {
            j = e;
        }
        if j < hi && self.lw(j) == "of" {
            return None; // "spoke of", "said of the plan"
        }
        if j < hi && self.is_p(j, ",") {
            return None;
        }
        (j < hi).then_some(j)
    }

    /// Whether `a..b` reads as a clause rather than a noun phrase or adjunct
    /// ("head of the center at …", "compared with $2,700 …"): it opens with a
    /// conjunction, holds a quotation, or has a word only a clause has (an
    /// auxiliary or copula, a past-tense form that no determiner or preposition
    /// governs, a reporting verb).
    pub(crate) fn reads_as_clause(&self, a: usize, b: usize) -> bool {
        let prep = |k: usize| self.is_word(k) && PREPOSITIONS.contains(&self.lw(k));
        if self.is_word(a) && CLAUSE_OPENERS.contains(&self.lw(a)) {
            return true;
        }
        (a..b).any(|k| {
            if self.quote_of(k).is_some() {
                return true;
            }
            if !self.is_word(k) || !is_lower_start(self.tx(k)) {
                return false;
            }
            let w = self.lw(k);
            let past = crate::lexicon::regular_past(w) || IRREGULAR_PAST.contains(&w);
            matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "am")
                || (self.lex.between.contains(w) && self.lex.stop.contains(w))
                || (past
                    && if k == a {
                        !(k + 1 < b && prep(k + 1))
                    } else {
                        !(self.is_det(k - 1) || prep(k - 1))
                    })
                || self.is_cue(k)
        })
    }

    /// What follows a postposed attribution: the sentence end (after at most a
    /// few adverbials: "on Tuesday", "in a statement", "who asked not to be named",
    /// ", adding …"), or a comma and the rest of a medial attribution.
    pub(crate) fn tail(&self, j: usize, en: usize) -> Tail {
        let mut n = 0;
        if j < en && self.is_word(j) && matches!(self.lw(j), "who" | "whose" | "which") {
            return Tail::End;
        }
        // a clause after the verb makes it a preposed attribution, not a tail
        if j < en && self.is_word(j) {
            let w = self.lw(j);
            let adverbial = TAIL_WORDS.contains(&w)
                || (w.ends_with("ly") && is_lower_start(self.tx(j)))
                || self.lex.agents.contains(w)
                || w.ends_with("day")
                || (j > 0 && self.lex.object.contains(self.lw(j - 1)));
            if !adverbial {
                return Tail::Bad;
            }
        }
        for k in j..en {
            if self.is_p(k, ".?!…") && k + 1 == en {
                return Tail::End;
            }
            if self.is_p(k, ",;—–") {
                if k + 1 == en
                    || (k + 1 < en
                        && self.is_word(k + 1)
                        && (self.lw(k + 1).ends_with("ing")
                            || matches!(self.lw(k + 1), "who" | "whose" | "which" | "according")))
                {
                    return Tail::End;
                }
                if k + 1 < en
                    && self.is_word(k + 1)
                    && is_upper_start(self.tx(k + 1))
                    && self.lex.cap_function.contains(self.lw(k + 1))
                    && !self.lex.det.contains(self.lw(k + 1))
                    && !self.is_pron(k + 1)
                {
                    return Tail::End; // ", as she left", ", but …"
                }
                if k + 1 < en && self.quote_of(k + 1).is_some() {
                    return Tail::Bad; // ", he replied, "…"": a direct quote follows
                }
                if k + 1 < en && self.is_word(k + 1) && matches!(self.lw(k + 1), "a" | "an") {
                    return Tail::End; // ", a professor at …": an appositive
                }
                return if n <= 4 { Tail::Medial(k) } else { Tail::Bad };
            }
            if self.quote_of(k).is_some() {
                return Tail::Bad;
            }
            n += 1;
            if n > 10 || (self.is_word(k) && self.lw(k) == "that") {
                return Tail::Bad;
            }
        }
        Tail::End
    }

    /// Reported clauses don't open with a preposition or conjunction ("joked
    /// with", "asked them to").
    pub(crate) fn content_start_ok(&self, cs: usize) -> bool {
        !(self.is_word(cs)
            && matches!(
                self.lw(cs),
                "with"
                    | "on"
                    | "about"
                    | "to"
                    | "for"
                    | "in"
                    | "at"
                    | "by"
                    | "from"
                    | "of"
                    | "into"
                    | "over"
                    | "against"
                    | "as"
                    | "and"
                    | "or"
                    | "but"
                    | "up"
                    | "out"
                    | "off"
                    | "back"
                    | "so"
            ))
    }

    /// Whether a content ending before token `b` stops inside its clause,
    /// on a word no clause ends with ("sailed to", "the", "would").
    pub(crate) fn ends_open(&self, b: usize) -> bool {
        b > 0 && self.is_word(b - 1) && is_lower_start(self.tx(b - 1)) && {
            let w = self.lw(b - 1);
            (PREPOSITIONS.contains(&w) && !matches!(w, "as" | "than" | "after" | "before"))
                || self.lex.det.contains(w)
                || AUX_OPEN.contains(&w)
        }
    }

    /// A content `(a, b)` cut inside its clause runs on to the clause's end
    /// within the sentence; one that ends on a conjunction ("… should be
    /// released but") ends before it, where its clause did.
    pub(crate) fn complete(&self, (a, mut b): (usize, usize)) -> (usize, usize) {
        let mut trimmed = false;
        while b > a + 1
            && (self.is_p(b - 1, ",;—–-")
                || (self.is_word(b - 1) && CLAUSE_OPENERS.contains(&self.lw(b - 1))))
        {
            b -= 1;
            trimmed = true;
        }
        if trimmed || !self.ends_open(b) {
            return (a, b);
        }
        let (_, mut ce) = self.sentence_at(b - 1);
        while ce > b && self.is_p(ce - 1, ".?!…;") {
            ce -= 1;
        }
        (a, self.clause_end(b - 1, ce).max(b))
    }

    /// Sentence (token range) holding token `t`.
    pub(crate) fn sentence_at(&self, t: usize) -> (usize, usize) {
        let i = self.sents.partition_point(|&(_, e)| e <= t);
        self.sents.get(i).copied().unwrap_or((t, t + 1))
    }

    /// Whether the words from `j` are a speaker and its "-ing" cue ("…,
    /// with analysts saying …", "with his spokesman telling reporters …"):
    /// an attribution of its own, which ends the clause before it.
    fn with_speaker_saying(&self, j: usize, ce: usize) -> bool {
        (j..ce.min(j + 8))
            .take_while(|&k| self.is_word(k) || self.is_p(k, "%"))
            .any(|k| k > j && self.lw(k).ends_with("ing") && self.is_cue(k))
    }

    /// Where a reported clause ends: the sentence end, or before a new clause
    /// (", but …", "; …", ", he appears …", ", said X", "and added …").
    pub(crate) fn clause_end(&self, cs: usize, ce: usize) -> usize {
        let mut paren = self.is_p(cs, "(");
        // a reported clause longer than a few hundred tokens is not one
        let ce = ce.min(cs + 400);
        let fronted = self.in_fronted_adjunct(cs);
        for k in cs + 1..ce {
            paren |= self.is_p(k, "(");
            if self.is_p(k, ";") || (self.is_p(k, ")") && !paren) {
                return k;
            }
            let nx = k + 1;
            // a comma, or a quoted fragment that closes on one ("“peanuts,”
            // adding …"): the clause ends before the comma, or after the
            // fragment
            let comma = if self.is_p(k, ",") {
                Some(k)
            } else if self
                .quote_of(k)
                .is_some_and(|q| self.seg_text(q).trim_end().ends_with(','))
            {
                Some(nx)
            } else {
                None
            };
            if let Some(cut) = comma.filter(|_| nx < ce && self.is_word(nx)) {
                let w = self.lw(nx);
                if self.is_cue(nx)
                    || (w.ends_with("ing")
                        && is_lower_start(self.tx(nx))
                        && !matches!(
                            w,
                            "including"
                                | "according"
                                | "regarding"
                                | "concerning"
                                | "following"
                                | "during"
                        ))
                    || matches!(
                        w,
                        "but"
                            | "though"
                            | "although"
                            | "while"
                            | "whereas"
                            | "yet"
                            | "who"
                            | "whose"
                    )
                    || w == "with" && self.with_speaker_saying(nx + 1, ce)
                {
                    return cut;
                }
                // "Although she opposes the plan, the mayor …": the comma that
                // closes a fronted adjunct holding the cue ends its clause,
                // where the main clause's subject begins
                if fronted
                    && cut == k
                    && (self.is_pron(nx) || self.is_det(nx) || is_upper_start(self.tx(nx)))
                {
                    return cut;
                }
                // ", according to the report": a trailing attribution of its
                // own, which the reported clause does not take in
                if self.is_according(nx, ce) {
                    return cut;
                }
                // (not after a quoted fragment: "called it “rushed,” and the
                // rollout “chaotic”" goes on with the same clause)
                if w == "and"
                    && cut == k
                    && nx + 1 < ce
                    && self.is_word(nx + 1)
                    && (self.is_pron(nx + 1)
                        || self.is_det(nx + 1)
                        || is_upper_start(self.tx(nx + 1)))
                {
                    return cut;
                }
                if self.is_pron(nx)
                    && nx + 1 < ce
                    && self.is_word(nx + 1)
                    && is_lower_start(self.tx(nx + 1))
                    && !self.lex.stop.contains(w)
                {
                    return cut;
                }
                // ", he implied that …", ", they later said": a pronoun opens
                // an attribution of its own
                if self.is_pron(nx) {
                    let mut x = nx + 1;
                    while x < ce && self.is_word(x) && self.lex.between.contains(self.lw(x)) {
                        x += 1;
                    }
                    if x < ce && self.is_cue(x) && !self.lw(x).ends_with("ing") {
                        return cut;
                    }
                }
                if is_upper_start(self.tx(nx))
                    && (nx + 1..ce.min(nx + 6))
                        .take_while(|&x| self.is_word(x))
                        .any(|x| self.is_cue(x))
                {
                    return cut;
                }
                // ", observers said they thought …", ", the firm says": a
                // common noun phrase and its cue open an attribution of its own
                if (self.is_det(nx) || self.np_word(nx))
                    && (nx + 1..ce.min(nx + 5))
                        .take_while(|&x| self.is_word(x))
                        .find(|&x| self.is_cue(x) && !self.lw(x).ends_with("ing"))
                        .is_some_and(|x| self.np_before(x, nx).is_some_and(|np| np.0 == nx))
                {
                    return cut;
                }
            }
            // "— and thinks …", "but has withheld …": the reporter's own clause
            if self.is_word(k)
                && nx < ce
                && self.is_word(nx)
                && ((matches!(self.lw(k), "and" | "but") && self.is_p(k - 1, "—–-"))
                    || (self.lw(k) == "but"
                        && (matches!(
                            self.lw(nx),
                            "has"
                                | "have"
                                | "had"
                                | "is"
                                | "was"
                                | "were"
                                | "will"
                                | "would"
                                | "did"
                                | "does"
                        ) || self.lw(nx).ends_with("ed"))))
            {
                return k;
            }
            if self.is_word(k) && matches!(self.lw(k), "and" | "but") && nx < ce {
                let mut x = nx;
                while x < ce && self.is_word(x) && self.lex.between.contains(self.lw(x)) {
                    x += 1;
                }
                if x < ce && self.is_cue(x) && !self.lw(x).ends_with("ing") {
                    return k;
                }
            }
            if self.contrast_attribution(k, ce) {
                return k;
            }
        }
        ce
    }

    /// Whether the clause starting at `cs` sits in a fronted adjunct: its
    /// sentence opens with a subordinator ("Although", "While", "Because",
    /// "If", "When", "After", "Even though" …) and no comma comes before `cs`.
    fn in_fronted_adjunct(&self, cs: usize) -> bool {
        let (st, _) = self.sentence_at(cs);
        st < cs
            && self.is_word(st)
            && is_upper_start(self.tx(st))
            && (FRONTED_OPENERS.contains(&self.lw(st))
                || (self.lw(st) == "even"
                    && st + 1 < cs
                    && matches!(self.lw(st + 1), "though" | "if" | "as" | "when")))
            && !(st + 1..cs).any(|k| self.is_p(k, ",;:—–"))
    }

    /// "… was theft but Russian authorities argued …", "… while the Lib Dems
    /// say …": a contrasting conjunction at `k` whose subject has a cue of its
    /// own (before `ce`) opens another attribution, where a reported clause
    /// ends.
    pub(crate) fn contrast_attribution(&self, k: usize, ce: usize) -> bool {
        let nx = k + 1;
        if !(self.is_word(k) && matches!(self.lw(k), "but" | "while" | "whereas" | "although"))
            || nx >= ce
            || !self.is_word(nx)
            || !(self.is_det(nx) || self.np_word(nx) || self.is_pron(nx))
        {
            return false;
        }
        (nx + 1..ce.min(nx + 7))
            .take_while(|&x| self.is_word(x))
            .find(|&x| self.is_cue(x) && !self.lw(x).ends_with("ing"))
            .is_some_and(|x| self.np_before(x, nx).is_some_and(|np| np.0 == nx))
    }

    /// A tagged content cut before another attribution inside it (see
    /// [`Doc::contrast_attribution`]), and before a trailing ", according to …".
    pub(crate) fn cut_at_contrast(&self, (a, b): (usize, usize)) -> (usize, usize) {
        let end = (a + 2..b)
            .find(|&k| {
                self.contrast_attribution(k, b) || (self.is_p(k, ",") && self.is_according(k + 1, b))
            })
            .unwrap_or(b);
        (a, end)
    }
}

/// Words that open a clause, not a noun phrase.
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "or", "nor", "yet", "so", "until", "because", "while", "when", "if", "although",
    "though", "since", "unless", "whether",
];

/// Subordinators that open an adjunct before the main clause.
const FRONTED_OPENERS: &[&str] = &[
    "although", "though", "while", "whereas", "because", "since", "if", "unless", "when",
    "whenever", "after", "before", "once", "as", "with", "despite", "amid",
];

/// Prepositions that govern a participle ("of", "with") or follow one ("compared with").
const PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "at", "by", "with", "for", "from", "to", "as", "into", "about", "over",
    "under", "than", "after", "before",
];

/// Common irregular past-tense forms (the regular ones end in "-ed").
const IRREGULAR_PAST: &[&str] = &[
    "went", "paid", "made", "took", "gave", "came", "got", "found", "told", "thought", "knew",
    "saw", "became", "began", "felt", "left", "kept", "held", "brought", "built", "bought", "sent",
    "spent", "lost", "won", "ran", "met", "led", "grew", "fell", "rose", "wrote", "spoke", "chose",
    "drove", "broke", "stood", "sold", "meant", "heard",
];

/// Auxiliaries and the like that a clause cannot end with.
const AUX_OPEN: &[&str] = &[
    "that", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "should", "may", "might", "must", "not",
];
