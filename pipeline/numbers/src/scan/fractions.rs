//! Written fractions: "a half", "two thirds", "three quarters", "one-eighth", "quarter
//! of a million", "one twenty-fifth"; split from `words`, whose cardinals and cores use
//! them.

use super::*;

impl Sc<'_> {
    /// A whole number and a vulgar fraction from `i` to `e` ("2½"), times a
    /// spelled scale word after it: "1½ million", "2¾ billion", "4¼ thousand".
    pub(super) fn vulgar_mixed(&self, i: usize, e: usize, v: f64) -> Core {
        match lx::scale_word(self.w(e)).filter(|_| self.ws_between(e) == " ") {
            Some(sc) => Core::derived(i, e + 1, mulp(v, sc), Form::Int),
            None => Core::derived(i, e, v, Form::Frac),
        }
    }

    /// "three quarter" in the singular at `i`, its denominator at `k`, read as
    /// the fraction of a mixed number before a scale or unit: "two and three
    /// quarter million", "one and three-quarter hours" (the singular an
    /// adjective takes). Only after "and", so "a three-quarter length coat"
    /// stays apart.
    fn mixed_singular(&self, i: usize, k: usize) -> bool {
        let after_and = i > 0 && matches!(self.w(i - 1), "and" | "&");
        let next = self.w(k + 1);
        let unit = lx::scale_word(next).is_some()
            || lx::duration_unit(next).is_some()
            || lx::measure_unit(next, self.raw(k + 1), false).is_some();
        after_and && unit
    }

    /// "a half", "two thirds", "three quarters", "one-eighth", bare "half".
    pub(super) fn frac_phrase(&self, i: usize) -> Option<(f64, usize)> {
        let w = self.w(i);
        if w == "half" {
            return Some((0.5, i + 1));
        }
        if w == "quarter" && lx::scale_word(self.w(self.past_hyphen(i + 1, |_| true))).is_some() {
            return Some((0.25, i + 1));
        }
        // "quarter cup", "quarter mile": a bare quarter before a singular unit word.
        let next = self.w(i + 1);
        if w == "quarter"
            && next.len() > 2
            && !next.ends_with('s')
            && (lx::measure_unit(next, self.raw(i + 1), false).is_some()
                || lx::duration_unit(next).is_some())
        {
            return Some((0.25, i + 1));
        }
        // "quarter of a million", "quarter of an hour"; "the third quarter of a year"
        // is a period, not a fraction.
        if w == "quarter" && self.w(i + 1) == "of" && matches!(self.w(i + 2), "a" | "an") {
            let prev = if i > 0 { self.w(i - 1) } else { "" };
            let period = lx::ordinal_word(prev).is_some()
                || matches!(
                    prev,
                    "the" | "this" | "that" | "each" | "every" | "final" | "last" | "next"
                );
            if !period {
                return Some((0.25, i + 1));
            }
        }
        // "one twenty-fifth"
        if w == "one" {
            if let Some(t) = lx::tens_word(self.w(i + 1)) {
                let k = if self.is_dash(i + 2) { i + 3 } else { i + 2 };
                if let Some(o) = lx::ordinal_word(self.w(k)).filter(|o| *o < 10.0 && *o >= 1.0) {
                    return Some((1.0 / (t + o), k + 1));
                }
            }
        }
        let num = if matches!(w, "a" | "an") {
            1.0
        } else {
            match self.small(i) {
                Some((v, j, false))
                    if j == i + 1 || self.is_dash(i + 1) || lx::tens_word(w).is_some() =>
                {
                    if j != i + 1 {
                        // "twenty-three fifths": take the whole small number.
                        let k = if self.is_dash(j) { j + 1 } else { j };
                        let (d, plural) = lx::denominator(self.w(k))?;
                        return (plural && v != 1.0 || !plural && v == 1.0)
                            .then_some((v / d, k + 1));
                    }
                    v
                }
                _ => return None,
            }
        };
        let k = if self.is_dash(i + 1) { i + 2 } else { i + 1 };
        let (d, plural) = lx::denominator(self.w(k))?;
        // "three-quarter million": a hyphened fraction before a scale is singular.
        let before_scale = self.is_dash(i + 1)
            && lx::scale_word(self.w(if self.hyphen(k + 1) { k + 2 } else { k + 1 })).is_some();
        // "one hundredth", "one thousandth" as the whole input or after a determiner
        // rank (the hundredth); a part has "of" after it ("one hundredth of a
        // second"), the article ("a hundredth") or a word before ("about one hundredth").
        let scale_rank = w == "one"
            && (i == 0 || lx::determiner(self.w(i - 1)))
            && !plural
            && d >= 100.0
            && !self.is_dash(i + 1)
            && self.w(k + 1) != "of";
        if scale_rank {
            return None;
        }
        if (num == 1.0 && !plural)
            || (num != 1.0 && (plural || before_scale || self.mixed_singular(i, k)))
        {
            Some((num / d, k + 1))
        } else {
            None
        }
    }
}
