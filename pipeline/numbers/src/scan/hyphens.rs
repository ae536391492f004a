//! A mention never starts or ends inside a hyphenated word. "12-year-old" is one age,
//! "5,000-strong" one count of what follows, "40-odd" an approximate count, "pre-2008"
//! and "mid-2004" one year each, "the second-largest bank" one ordinal; a number that is
//! part of a name, code or idiom ("Covid-19", "top-10", "2-for-1", "second-hand",
//! "one-off") is no quantity at all.

use super::*;

/// A word after a hyphen that turns the number before it into an idiom: "second-hand",
/// "first-class", "third-party", "one-off", "one-sided", "two-way", "first-rate", a
/// school's "sixth-form" and its "sixth-formers"; or
/// into an order of magnitude that counts nothing: "a six-figure salary", "three-digit
/// growth".
fn idiom_tail(w: &str) -> bool {
    matches!(
        w,
        "hand"
            | "handed"
            | "form"
            | "former"
            | "formers"
            | "class"
            | "party"
            | "off"
            | "sided"
            | "way"
            | "rate"
            | "rated"
            | "liner"
            | "liners"
            | "guessing"
            | "guess"
            | "figure"
            | "digit"
    )
}

/// A word before a hyphen that belongs to the number after it: a part of a year
/// ("mid-2004", "pre-2008 levels", "post-1945") or a bound ("sub-$100").
pub(super) fn joined_prefix(w: &str) -> bool {
    matches!(w, "mid" | "early" | "late" | "pre" | "post" | "sub")
}

impl Sc<'_> {
    /// The token after a chain of hyphen-joined tokens starting at `k` ("-year-old"),
    /// and whether another number is among them ("-for-1", "-to-one").
    fn hyphen_chain(&self, mut k: usize) -> (usize, bool) {
        let mut number = false;
        while self.hyphen(k) && (self.is_word(k + 1) || self.is_digits(k + 1)) {
            let w = self.w(k + 1);
            number |=
                self.is_digits(k + 1) || lx::unit_word(w).is_some() || lx::tens_word(w).is_some();
            k += 2;
        }
        (k, number)
    }

    /// `f`, which ends before token `e`, widened to the whole words at its edges, with
    /// the token to go on from; `Err(k)`: `f` is part of a name, code or idiom and is
    /// dropped, the scan going on from `k`.
    pub(super) fn whole_words(&self, mut f: Found, e: usize) -> Result<(Found, usize), usize> {
        let first = self.toks.partition_point(|t| t.s < f.s);
        // After a number word the hyphen joins numbers read out ("three-nought-four").
        if first >= 2
            && self.hyphen(first - 1)
            && self.is_word(first - 2)
            && self.small(first - 2).is_none()
        {
            if !joined_prefix(self.w(first - 2)) {
                return Err(self.hyphen_chain(e).0.max(e));
            }
            f.s = self.toks[first - 2].s;
            if self.w(first - 2) == "sub" && f.qualifier.is_none() {
                f.qualifier = Some(Qualifier::LessThan);
                f.high = f.value;
            }
        }
        let touches = self.toks.get(e).is_some_and(|t| t.s == f.e);
        if !touches || !self.hyphen(e) || !self.is_word(e + 1) {
            return Ok((f, e));
        }
        let tail = self.w(e + 1);
        // Numbers read out one by one ("three-nought-four") stay apart.
        if self.small(e + 1).is_some() || lx::scale_word(tail).is_some() {
            return Ok((f, e));
        }
        let (end, number) = self.hyphen_chain(e);
        // A capitalised word after the hyphen makes a name ("Four-Kings").
        if number || idiom_tail(tail) || self.capitalised(e + 1) {
            return Err(end);
        }
        f.e = self.toks[end - 1].e;
        // "a 1.5m-strong union", "a 100m-share deal": a glued "m" before a word that
        // counts is million, not metres (which go before "high", "long", "race").
        let counts_m = matches!(
            tail,
            "strong"
                | "share"
                | "member"
                | "seat"
                | "job"
                | "home"
                | "user"
                | "customer"
                | "subscriber"
                | "viewer"
                | "barrel"
                | "vote"
                | "signature"
                | "person"
        );
        if counts_m
            && f.kind == NumberKind::Measure
            && f.unit.as_deref() == Some("m")
            && e > 0
            && self.raw(e - 1) == "m"
            && self.glued(e - 1)
        {
            f.kind = NumberKind::Cardinal;
            f.value = f.value.map(|x| mulp(x, 1e6));
            f.unit = None;
        }
        let v = f.value.or(f.high).unwrap_or(2.0);
        // "the 2-millionth visitor", "the 50-thousandth ticket": a count hyphened
        // to the ordinal of a scale is one ordinal, its value the count times it
        // ("a one-millionth share" after "a" is a fraction: left alone).
        let core = self.toks.partition_point(|t| t.s < f.amt_s);
        let article = core > 0 && matches!(self.w(core - 1), "a" | "an");
        let scale_ord = lx::ordinal_word(tail).filter(|o| *o >= 100.0 && end == e + 2);
        if let Some(o) = scale_ord.filter(|_| f.kind == NumberKind::Cardinal && !article) {
            f.kind = NumberKind::Ordinal;
            f.value = Some(mulp(v, o));
            f.unit = self.ordinal_noun(core, end);
            return Ok((f, end));
        }
        match (f.kind, tail) {
            (NumberKind::Duration, "old" | "olds") => f.age_end = Some(f.e),
            (NumberKind::Cardinal, "odd" | "strong" | "ish") | (NumberKind::Cardinal, "some")
                if tail != "some" || v >= 10.0 =>
            {
                // "40-odd", "20-ish", "thirty-some": about forty, twenty, thirty.
                if matches!(tail, "odd" | "ish" | "some") && f.qualifier.is_none() {
                    f.qualifier = Some(Qualifier::About);
                }
                // "a 5,000-strong crowd": a group noun, singular, may follow.
                let group = (tail == "strong" && self.is_word(end) && !lx::not_a_noun(self.w(end)))
                    .then(|| self.w(end).to_string());
                f.unit = self.counted_noun(end, v).0.or(group);
            }
            // "a six-percentage-point lead"
            (NumberKind::Cardinal, "percentage") if self.w(e + 3) == "point" => {
                f.kind = NumberKind::Percent;
                f.unit = Some("percentage points".to_string());
            }
            (NumberKind::Cardinal, _)
                if f.unit.is_none() && tail.len() >= 3 && !tail.ends_with("ed") =>
            {
                // "a 15-member panel", "a 10-point plan": the count is of the word; not of
                // an adjective ("two-legged").
                f.unit = Some(tail.to_string());
            }
            // "the second-largest oil producer": the rank's noun ends a compound, left unset.
            (NumberKind::Ordinal, _) if tail.ends_with("est") => f.unit = None,
            (NumberKind::Ordinal, _) => {
                let core = self.toks.partition_point(|t| t.s < f.amt_s);
                f.unit = self.ordinal_noun(core, end);
            }
            _ => {}
        }
        Ok((f, end))
    }
}
