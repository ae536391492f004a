//! From a candidate to a mention: the dispatcher tried at each token, the filters
//! that drop what is not a quantity (pronoun "one", numbers inside names, model
//! numbers, scores, clock times), the year decision, the counted noun, and the
//! Recognizers-Text compatibility extras. Produces the [`Found`] records.

use super::*;

/// Kinds that can form a range or an approximate "x or y" pair.
pub(super) fn rangeable(k: NumberKind) -> bool {
    matches!(
        k,
        NumberKind::Cardinal
            | NumberKind::Money
            | NumberKind::Percent
            | NumberKind::Measure
            | NumberKind::Duration
    )
}

impl Sc<'_> {
    pub(super) fn try_at(&self, i: usize) -> Option<Step> {
        match self.try_main(i) {
            None if self.compat => self.compat_at(i),
            x => x,
        }
    }

    pub(super) fn try_main(&self, i: usize) -> Option<Step> {
        if let Some(k) = self.idiom_end(i).or_else(|| self.clock_end(i)) {
            return Some(Step::Skip(k));
        }
        if let Some(st) = self.set_phrase_at(i).or_else(|| self.fold_at(i, None)) {
            return Some(st);
        }
        // Decades and runs of years: "the 1990s", "mid-1990s", "2004-05".
        if let Some(st) = self
            .weather_decade_at(i)
            .or_else(|| self.decade_at(i))
            .or_else(|| self.year_span_at(i))
            .or_else(|| self.short_year_at(i))
            .or_else(|| self.age_decade_at(i))
        {
            return Some(st);
        }
        if self.designated(i) {
            if let Some(Ok(a)) = self.amount(i) {
                return Some(Step::Skip(a.e));
            }
        }
        // Vague amounts: "dozens", "tens of thousands", "several hundred".
        if let Some(st) = self.vague_at(i, None, i) {
            return Some(st);
        }
        // "percent of 10", "per cent of twenty-two"
        let pk = match (self.w(i), self.w(i + 1)) {
            ("percent" | "percents" | "percentage", "of") => Some(i + 2),
            ("per", "cent") if self.w(i + 2) == "of" => Some(i + 3),
            _ => None,
        };
        if let Some(k) = pk {
            if let Some(c) = self
                .core(k)
                .filter(|c| c.form != Form::Ord && !self.is_word(c.e))
            {
                let mut a = self.plain_amount(i, c);
                a.kind = NumberKind::Percent;
                let f = self.found_from(i, &a);
                return Some(Step::Emit(Box::new(f), c.e));
            }
        }
        let qual = self.qualifier(i);
        if let Some((q, qe)) = qual {
            if let Some(st) = self
                .vague_at(qe, Some(q), i)
                .or_else(|| self.fold_at(qe, Some((i, q))))
            {
                return Some(st);
            }
            // "an estimated", "some": only with a number after.
            // "between the tenth and the fifteenth"
            // "about half past three": a clock time, passed over.
            if let Some(k) = self.clock_end(qe) {
                return Some(Step::Skip(k));
            }
            let the = self.w(qe) == "the" && self.small(qe + 1).is_some_and(|x| x.2);
            let qe = if the { qe + 1 } else { qe };
            if let Some(Ok(a)) = self.amount(qe) {
                // "over three years" reads as a period, not a bound ("over 30 years old" is a
                // bound, and so is "over" after a word of lasting: "for over a month",
                // "it took over an hour", "we waited over an hour"; alone, "over 2 hours").
                let lasting = i > 0
                    && matches!(
                        self.w(i - 1),
                        "for" | "lasted" | "lasts" | "last" | "lasting" | "took" | "takes" | "take"
                            | "spent" | "waited" | "wait" | "waiting"
                    )
                    || i == 0 && self.only_punctuation_from(a.e);
                let period = q == Qk::Q(Qualifier::MoreThan)
                    && self.w(i) == "over"
                    && a.kind == NumberKind::Duration
                    && !lasting
                    && !matches!(self.w(a.e), "old" | "ago");
                if !period && (a.kind != NumberKind::Ordinal || the) {
                    return Some(self.finish(i, q, a));
                }
            }
        }
        match self.amount(i)? {
            Err(k) => Some(Step::Skip(k)),
            Ok(a) => Some(self.finish_plain(i, a)),
        }
    }

    /// Compatibility extras: relative ordinals and unit names without a number.
    pub(super) fn compat_at(&self, i: usize) -> Option<Step> {
        let w = |k: usize| self.w(i + k);
        let (rel, n): (Option<&'static str>, usize) = match (w(0), w(1), w(2), w(3), w(4), w(5)) {
            ("the", "last", "but", "one", _, _) => (Some("end-1"), 4),
            ("the", "one", "before", "the", "last", "one") => (Some("end-1"), 6),
            ("the", "one", "before", "the", "last", _) => (Some("end-1"), 5),
            ("the", "second", "to", "last", _, _) => (Some("end-1"), 4),
            ("next", "to", "last", _, _, _) => (Some("end-1"), 3),
            ("antepenultimate", ..) => (Some("end-2"), 1),
            ("penultimate", ..) => (Some("end-1"), 1),
            ("previous", "one", ..) => (Some("current-1"), 2),
            ("next", "one", ..) => (Some("current+1"), 2),
            ("current", "one", ..) => (Some("current+0"), 2),
            ("last", ..) => (Some("end+0"), 1),
            ("next", ..) => (Some("current+1"), 1),
            ("previous", ..) => (Some("current-1"), 1),
            ("current", ..) => (Some("current+0"), 1),
            _ => (None, 0),
        };
        let mut f = Found::new(self.toks[i].s, self.toks[i].s, 0, NumberKind::Ordinal);
        f.rel = rel;
        if rel.is_some() {
            f.e = self.toks[i + n - 1].e;
            return Some(Step::Emit(Box::new(f), i + n));
        }
        // Names without a number: "a small percent", "the dollar", "convert to fahrenheit".
        let (kind, n) = match (w(0), w(1)) {
            ("percent" | "percentage" | "%", _) => (NumberKind::Percent, 1),
            ("per", "cent") => (NumberKind::Percent, 2),
            (
                "degrees" | "degree",
                "celsius" | "fahrenheit" | "centigrade" | "farenheit" | "celcius",
            ) => (NumberKind::Measure, 2),
            ("celsius" | "fahrenheit" | "centigrade" | "farenheit" | "celcius", _) => {
                (NumberKind::Measure, 1)
            }
            ("metric", "ton" | "tons" | "tonne" | "tonnes") => (NumberKind::Measure, 2),
            (x, _)
                if x == "mcg"
                    || x.ends_with("gram")
                    || x.ends_with("grams")
                    || x.ends_with("gramme")
                    || x.ends_with("grammes") =>
            {
                (NumberKind::Measure, 1)
            }
            (x, _)
                if lx::currency_word(x).is_some_and(|c| c.1 == 1.0)
                    && !matches!(
                        x,
                        "won" | "rand" | "p" | "pound" | "pounds" | "sterling" | "quid"
                    ) =>
            {
                (NumberKind::Money, 1)
            }
            _ => return None,
        };
        f.kind = kind;
        f.rel = None;
        f.e = self.toks[i + n - 1].e;
        match kind {
            NumberKind::Money => f.currency = lx::currency_word(w(0)).map(|c| c.0),
            NumberKind::Measure => {
                let last = w(n - 1);
                if let Some(u) = lx::measure_unit2(w(0), w(1))
                    .or_else(|| lx::measure_unit(last, self.raw(i + n - 1), false))
                {
                    f.rt_unit = Some(u.rt_name);
                } else {
                    f.temperature = true;
                    f.rt_unit = Some(if matches!(last, "fahrenheit" | "farenheit") {
                        "F"
                    } else {
                        "C"
                    });
                }
            }
            _ => {}
        }
        Some(Step::Emit(Box::new(f), i + n))
    }

    /// Byte range, value and form of a bare number, as `Found::cores` holds it.
    pub(super) fn core_bytes(&self, c: &Core) -> (usize, usize, f64, Form) {
        (self.toks[c.s].s, self.toks[c.e - 1].e, c.v, c.form)
    }

    /// The mention for a single amount starting at token `start`.
    pub(super) fn found_from(&self, start: usize, a: &Amount) -> Found {
        let mut f = Found::new(
            self.toks[start].s,
            self.toks[a.s].s,
            self.toks[a.e - 1].e,
            a.kind,
        );
        if !a.no_core {
            f.cores.push(self.core_bytes(&a.core));
        }
        f.value = Some(a.v);
        f.unit = a.unit.clone();
        f.currency = a.currency;
        f.rt_unit = a.rt_unit;
        f.minor = a.minor;
        f.secs = a.secs;
        f.temperature = a.temperature;
        f
    }

    /// Kind after deciding whether a bare 4-digit number is a year.
    pub(super) fn year_check(&self, a: &mut Amount) {
        let v = a.v;
        // "in nineteen ninety": a year read out in pairs.
        if a.kind == NumberKind::Cardinal
            && a.e == a.core.e
            && self
                .spoken_year(a.core.s)
                .is_some_and(|(y, m)| y == v && m == a.core.e)
        {
            a.kind = NumberKind::Year;
            return;
        }
        // "the year two thousand", "year 2000": a whole number the word "year" names
        // as one, in any form ("Year 10 pupils" are no year: below a thousand).
        if a.kind == NumberKind::Cardinal
            && a.e == a.core.e
            && a.s > 0
            && self.w(a.s - 1) == "year"
            && (1000.0..=2100.0).contains(&v)
            && v.fract() == 0.0
        {
            a.kind = NumberKind::Year;
            return;
        }
        if self.year_in_words(a) {
            a.kind = NumberKind::Year;
            return;
        }
        if a.kind != NumberKind::Cardinal || !self.four_digits(a) || !(1000.0..=2100.0).contains(&v)
        {
            return;
        }
        let prev = if a.s > 0 { self.w(a.s - 1) } else { "" };
        let year_prep = matches!(
            prev,
            "in" | "since"
                | "by"
                | "from"
                | "until"
                | "till"
                | "to"
                | "of"
                | "during"
                | "before"
                | "after"
                | "year"
                | "early"
                | "late"
                | "mid"
                | "circa"
                | "between"
                | "and"
                | "season"
                | "fiscal"
                | "fy"
                | "spring"
                | "summer"
                | "autumn"
                | "winter"
                | "through"
                | "throughout"
                | "s"
                | "the"
        ) || lx::month(prev);
        // "2004's average" is a year.
        if self.possessive(a.e) {
            a.kind = NumberKind::Year;
            return;
        }
        // "2004 profits", "2004 levels": a period, not a count.
        a.kind = if self.counts_after(a.e, v) && !year_prep {
            NumberKind::Cardinal
        } else {
            NumberKind::Year
        };
    }

    /// Four plain digits with nothing attached ("1999", "1200"): a year, a clock time
    /// or a count, decided by the context.
    pub(super) fn four_digits(&self, a: &Amount) -> bool {
        a.core.plain_digits && self.dlen(a.core.s) == 4 && a.e == a.core.e
    }

    /// "'s" follows token `e`.
    pub(super) fn possessive(&self, e: usize) -> bool {
        matches!(self.sym(e), Some('\'' | '’'))
            && self.glued(e)
            && self.w(e + 1) == "s"
            && self.glued(e + 1)
    }

    pub(super) fn finish_plain(&self, i: usize, mut a: Amount) -> Step {
        if let Some(k) = self.label_end(i, &a) {
            return Step::Skip(k);
        }
        // "fifty-fifty", "one-one": a number word doubled is an idiom, not an amount.
        if a.core.e == a.core.s + 1
            && self.is_word(a.core.s)
            && self.hyphen(a.core.e)
            && self.w(a.core.e + 1) == self.w(a.core.s)
        {
            return Step::Skip(a.core.e + 2);
        }
        // A capitalised written number inside a name: after a capitalised word that
        // opens no sentence ("the Guildford Four", "Credit Suisse First Boston"), or
        // after a lower-case word when a capitalised word follows on the same line
        // ("trip to Six Nations leaders", "the Three Lions shirt").
        let s = a.core.s;
        if matches!(a.kind, NumberKind::Cardinal | NumberKind::Ordinal)
            && self.is_word(s)
            && self.capitalised(s)
            && s > 0
            && self.is_word(s - 1)
        {
            // A sentence-opening "The" is read as "the" ("The First World War").
            let opening_the = self.w(s - 1) == "the" && self.sentence_start(s - 1);
            let inside = if self.capitalised(s - 1) && !opening_the {
                !self.sentence_start(s - 1)
            } else {
                a.e == a.core.e
                    && !self.ws_between(s).contains('\n')
                    && self.is_word(a.e)
                    && self.capitalised(a.e)
            };
            if inside {
                return Step::Skip(a.e);
            }
        }
        // Pronoun "one": "the one", "no one", "one of the".
        if let Some(lw) = a.core.lone_word {
            if a.kind == NumberKind::Cardinal || a.kind == NumberKind::Fraction {
                let prev = if i > 0 { self.w(i - 1) } else { "" };
                let next = self.w(a.e);
                // "one-off", "no-one": part of a compound word.
                let hyphened = (self.is_dash(a.e)
                    && self.glued(a.e)
                    && self.is_word(a.e + 1)
                    && self.glued(a.e + 1))
                    || (i >= 2
                        && self.is_dash(i - 1)
                        && self.glued(i)
                        && self.glued(i - 1)
                        && self.is_word(i - 2));
                if (lw == "one" || lw == "half") && hyphened {
                    return Step::Skip(a.e);
                }
                if lw == "one" {
                    let det = lx::determiner(prev)
                        || matches!(
                            prev,
                            "such"
                                | "little"
                                | "big"
                                | "new"
                                | "old"
                                | "right"
                                | "wrong"
                                | "same"
                                | "other"
                                | "last"
                                | "next"
                                | "first"
                                | "second"
                                | "current"
                                | "previous"
                                | "good"
                                | "bad"
                                | "better"
                                | "best"
                                | "worst"
                                | "younger"
                                | "older"
                                | "lucky"
                                | "special"
                                | "loved"
                                | "chosen"
                        )
                        // "the fastest one", "the cheapest one available"
                        || prev.len() > 4 && prev.ends_with("est") && !lx::est_noun(prev);
                    let pron = matches!(
                        next,
                        "of" | "another"
                            | "anyone"
                            | "who"
                            | "thing"
                            | "day"
                            | "way"
                            | "time"
                            | "side"
                            | "hand"
                            | "must"
                            | "can"
                            | "could"
                            | "should"
                            | "would"
                            | "will"
                            | "might"
                            | "may"
                    ) || (self.is_sym(a.e, '\'') && self.w(a.e + 1) == "s")
                        || (self.is_sym(a.e, '’') && self.w(a.e + 1) == "s");
                    // "a lucrative one for", "one that has faltered", "number one", "at one point".
                    let counted_prev = matches!(
                        prev,
                        "only"
                            | "just"
                            | "than"
                            | "to"
                            | "from"
                            | "by"
                            | "between"
                            | "and"
                            | "or"
                            | "least"
                            | "most"
                            | "with"
                            | "about"
                            | "nearly"
                            | "almost"
                            | "exactly"
                    );
                    // At a clause end "one" stands for a noun said before ("if she
                    // requested one."), unless it stands alone ("One." as an answer),
                    // in a list ("one, two, three") or as a label ("round one").
                    let punct_next = !self.is_word(a.e)
                        && (a.e >= self.n()
                            || self.is_digits(a.e)
                            || matches!(
                                self.sym(a.e),
                                Some('.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '”')
                            ));
                    let numberish = |k: usize| {
                        self.is_digits(k)
                            || lx::unit_word(self.w(k)).is_some()
                            || lx::tens_word(self.w(k)).is_some()
                    };
                    let alone = (self.sentence_start(i) || self.short_utterance(i))
                        && (a.e >= self.n() || matches!(self.sym(a.e), Some('.' | '!' | '?')));
                    let listed = (self.is_sym(a.e, ',') && numberish(a.e + 1))
                        || (i > 1 && self.is_sym(i - 1, ',') && numberish(i - 2));
                    let label = matches!(
                        prev,
                        "round"
                            | "seeded"
                            | "day"
                            | "phase"
                            | "stage"
                            | "level"
                            | "page"
                            | "chapter"
                            | "part"
                            | "act"
                            | "season"
                            | "series"
                            | "episode"
                            | "tier"
                            | "division"
                            | "grade"
                            | "category"
                            | "leg"
                            | "game"
                            | "week"
                    );
                    let clause_next = matches!(
                        next,
                        "that" | "which" | "whose" | "for" | "with" | "where" | "when"
                    ) || punct_next && !alone && !listed && !label;
                    // "a lucrative one", "a very dangerous one": a determiner up to three
                    // words back with only modifiers between.
                    // Only where no noun follows: "an original one terabyte file" counts.
                    let no_noun_next = !self.is_word(a.e) || lx::not_a_noun(next);
                    let det_back = no_noun_next
                        && (2..=3).any(|back| {
                            i >= back
                                && lx::determiner(self.w(i - back))
                                && (i - back + 1..i).all(|p| {
                                    self.is_word(p)
                                        && !numberish(p)
                                        && (self.w(p) == "only" || !lx::not_a_noun(self.w(p)))
                                        && !matches!(self.w(p), "least" | "most" | "than")
                                })
                        });
                    let name_like = matches!(prev, "number" | "no")
                        || (prev == "at"
                            && matches!(next, "point" | "stage" | "time" | "moment" | ""))
                        || self.capitalised(a.core.s) && i > 0 && !self.sentence_start(i);
                    if det || det_back || pron || name_like || (clause_next && !counted_prev) {
                        return Step::Skip(a.e);
                    }
                }
                if lw == "half" {
                    let det = matches!(
                        prev,
                        "the"
                            | "a"
                            | "first"
                            | "second"
                            | "this"
                            | "that"
                            | "its"
                            | "his"
                            | "her"
                            | "their"
                            | "our"
                            | "each"
                            | "other"
                            | "next"
                            | "last"
                            | "opening"
                            | "final"
                            | "latter"
                            | "former"
                    );
                    if det || self.is_dash(a.e) && self.glued(a.e) {
                        return Step::Skip(a.e);
                    }
                }
            }
        }
        // "second to last", "third-from-bottom", "second-last": a position counted from
        // the end, not the ordinal number (compatibility mode reports "the second to
        // last" as a relative ordinal).
        if a.kind == NumberKind::Ordinal {
            // The next three words, hyphens between them skipped ("second-to-last").
            let mut next = [""; 3];
            let mut k = a.e;
            let hy = self.hyphen(k);
            for w in next.iter_mut() {
                if self.hyphen(k) {
                    k += 1;
                }
                *w = self.w(k);
                k += 1;
            }
            let from_end = match next {
                ["to" | "from", "last" | "bottom", _] => true,
                ["from", "the", "end" | "bottom"] => true,
                ["last", ..] => hy,
                _ => false,
            };
            if from_end {
                return Step::Skip(a.e);
            }
        }
        // A written "second" after "a": time, not an ordinal, unless a noun it
        // counts follows ("a second term", "a second floor balcony").
        if a.kind == NumberKind::Ordinal
            && self.w(a.core.s) == "second"
            && i > 0
            && matches!(self.w(i - 1), "a" | "per" | "split" | "every")
            && !(self.w(i - 1) == "a" && self.second_counts_noun(a.e))
        {
            return Step::Skip(a.e);
        }
        // Model numbers: "Boeing 737-800", "Airbus A380-800".
        if a.core.plain_digits
            && self.dlen(a.core.s) >= 3
            && a.core.s > 0
            && self.is_word(a.core.s - 1)
            && self.capitalised(a.core.s - 1)
            && !self.sentence_start(a.core.s - 1)
            && self.is_dash(a.e)
            && self.glued(a.e)
            && self.is_digits(a.e + 1)
            && self.glued(a.e + 1)
        {
            return Step::Skip(a.e + 2);
        }
        if let Some(k) = self.score_run_end(i, &a) {
            return Step::Skip(k);
        }
        // Range: "5-10", "5 to 10", "3,000 to 10,000 troops".
        if rangeable(a.kind) {
            // "fell by 21,000 to 1.4 million", "rose 3% to 5%": a change, not a range.
            let prev = if i > 0 { self.w(i - 1) } else { "" };
            let change = matches!(
                prev,
                "by" | "rose"
                    | "rise"
                    | "rises"
                    | "rising"
                    | "fell"
                    | "fall"
                    | "falls"
                    | "falling"
                    | "up"
                    | "down"
                    | "increased"
                    | "increase"
                    | "decreased"
                    | "decrease"
                    | "climbed"
                    | "dropped"
                    | "jumped"
                    | "slipped"
                    | "cut"
                    | "cuts"
                    | "raised"
                    | "lifted"
                    | "grew"
                    | "lowered"
                    | "widened"
                    | "narrowed"
                    | "slumped"
                    | "soared"
                    | "surged"
                    | "declined"
                    | "gained"
                    | "lost"
                    | "added"
                    | "shed"
                    | "plunged"
                    | "tumbled"
                    | "eased"
                    | "edged"
                    | "reduced"
                    | "revised"
            );
            let seps: &[&str] = if change {
                &["through", "thru"]
            } else {
                &["to", "through", "thru"]
            };
            if let Some(b) = self.range_tail(&a, seps) {
                if let Some(st) = self.make_range(i, &a, b, None) {
                    return st;
                }
            }
            if let Some(b) = self.unit_or_count(&a) {
                if let Some(st) = self.make_range(i, &a, b, None) {
                    return st;
                }
            }
            // "two or three times", "5 or 6 people": an approximate range.
            if let Some(b) = self.near_or(&a) {
                if let Some(st) = self.make_range(i, &a, b, None) {
                    return st;
                }
            }
            // Scores and ratios: "won 3-1", "a 2-1 win".
            if a.kind == NumberKind::Cardinal
                && a.core.plain_digits
                && self.is_dash(a.e)
                && self.glued(a.e)
                && self.is_digits(a.e + 1)
                && self.glued(a.e + 1)
            {
                let b = self.digits_val(a.e + 1);
                if b <= a.v && a.v < 1000.0 {
                    return Step::Skip(a.e + 2);
                }
            }
        }
        // Clock times "1200 GMT".
        if self.four_digits(&a)
            && matches!(
                self.raw(a.e),
                "GMT" | "BST" | "UTC" | "CET" | "EST" | "EDT" | "PST" | "PDT" | "GMT." | "hrs"
            )
        {
            return Step::Skip(a.e + 1);
        }
        // Year spans "2019-20": keep the first year, swallow the tail.
        let mut after = a.e;
        self.year_check(&mut a);
        if a.kind == NumberKind::Year
            && self.is_dash(a.e)
            && self.glued(a.e)
            && self.is_digits(a.e + 1)
            && self.glued(a.e + 1)
            && self.dlen(a.e + 1) <= 2
        {
            after = a.e + 2;
        }
        // Suffix bounds: "500 or more", "200 or greater", "60-plus".
        let mut f = self.found_from(i, &a);
        let mut end = if after > a.e { after } else { a.e };
        if a.kind != NumberKind::Year && a.kind != NumberKind::Ordinal {
            if let Some((q, k, closed)) = self.suffix_bound(&a) {
                self.apply_suffix_bound(&mut f, a.v, (q, k, closed));
                end = k;
            }
        }
        self.post(&mut f, &a, end);
        Step::Emit(Box::new(f), end)
    }

    /// A number at `i` that names rather than counts: "No. 10", "No 10 Downing
    /// Street", "Nos 3 and 4", "the number 9 bus", "the world number one", "#1".
    fn designated(&self, i: usize) -> bool {
        let k = if i > 0 && self.is_sym(i - 1, '.') && self.glued(i - 1) {
            i - 1
        } else {
            i
        };
        k > 0
            && match self.raw(k - 1) {
                "No" | "NO" | "Nos" | "Nos." => true,
                "no" | "nos" => k < i,
                // "the #1 seller", "#3 in the chart": a rank or a tag.
                "#" => k == i && self.glued(i),
                _ => k == i && self.w(k - 1) == "number",
            }
    }

    /// Token `i` opens a sentence (start of text or after . ! ? or a quote).
    pub(super) fn sentence_start(&self, i: usize) -> bool {
        i == 0
            || matches!(
                self.sym(i - 1),
                Some('.' | '!' | '?' | '"' | '“' | ':' | '\n')
            )
    }

    /// Counted noun, age, and cleanup after the mention.
    pub(super) fn post(&self, f: &mut Found, a: &Amount, end: usize) {
        let first = self.toks.partition_point(|t| t.s < f.s);
        // A mark opened inside the mention ("around “10,000”") closes inside it too.
        if a.s > first
            && self.opening_mark(a.s - 1)
            && self.closing_mark(end)
            && self.glued(end)
            && self.toks[end - 1].e == f.e
        {
            f.e = self.toks[end].e;
        }
        if f.kind == NumberKind::Duration {
            let w1 = self.w(end);
            if end > 0 && self.w(end - 1) == "yo" {
                f.age_end = Some(f.e);
            }
            if w1 == "old" {
                f.age_end = Some(self.toks[end].e);
            } else if w1 == "of" && self.w(end + 1) == "age" {
                f.age_end = Some(self.toks[end + 1].e);
            }
        }
        if f.unit.is_none()
            && matches!(
                f.kind,
                NumberKind::Cardinal | NumberKind::Range | NumberKind::Fraction
            )
        {
            let v = f.value.or(f.high).unwrap_or(2.0);
            let mut k = self.past_quote(first, a.s, end);
            // A part of a group: "two-thirds of voters", "a quarter of the staff".
            if (f.kind == NumberKind::Fraction || a.core.form == Form::Frac) && self.w(k) == "of" {
                k += 1;
                if matches!(
                    self.w(k),
                    "the" | "all" | "its" | "their" | "our" | "his" | "her"
                ) {
                    k += 1;
                }
            }
            let (noun, _) = self.counted_noun(k, v);
            f.unit = noun;
            // "not a single black artist": one, its noun found as an ordinal's.
            if a.core.e == a.core.s + 2 && self.w(a.core.s + 1) == "single" {
                f.unit = self.ordinal_noun(a.core.s + 1, end);
            }
        }
        // "half a million", "a quarter-million": a fraction of a scale counts whole
        // things, so it stays a cardinal.
        let of_scale = a.core.v >= 1000.0 && a.core.v.fract() == 0.0;
        if f.kind == NumberKind::Cardinal && a.core.form == Form::Frac && !of_scale {
            f.kind = NumberKind::Fraction;
        }
        if f.kind == NumberKind::Ordinal {
            f.unit = self.ordinal_noun(a.core.s, end);
        }
        self.age_after_aged(f, first);
    }
}
