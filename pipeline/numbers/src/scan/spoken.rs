//! Years read out in pairs ("nineteen ninety", "twenty twenty-four"): kept apart
//! from the cardinal grammar in `words`, which tries this first.

use super::*;

impl Sc<'_> {
    /// A year read out as two pairs: "nineteen ninety" (1990), "twenty twenty-four"
    /// (2024), "nineteen oh five" (1905). The first pair is a teen or "twenty" in one
    /// word, the second at least ten (or "oh" and a digit), and no number word stands
    /// either side, so counting out loud ("ten eleven twelve") stays separate numbers.
    pub(super) fn spoken_year(&self, i: usize) -> Option<(f64, usize)> {
        let w = self.w(i);
        let century = match lx::unit_word(w) {
            Some(v) if v >= 11.0 => v,
            _ if w == "twenty" => 20.0,
            _ => return None,
        };
        let numberish = |k: usize| {
            self.is_digits(k)
                || lx::unit_word(self.w(k)).is_some()
                || lx::tens_word(self.w(k)).is_some()
                || lx::scale_word(self.w(k)).is_some()
                || matches!(self.w(k), "hundred" | "and" | "point")
        };
        if i > 0 && (numberish(i - 1) || self.hyphen(i - 1)) {
            return None;
        }
        let k = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
        let (rest, m) = if matches!(self.w(k), "oh" | "o") {
            let d = lx::unit_word(self.w(k + 1)).filter(|d| (1.0..10.0).contains(d))?;
            (d, k + 2)
        } else {
            match self.small(k) {
                Some((v, m, false)) if v >= 10.0 => (v, m),
                _ => return None,
            }
        };
        if numberish(m)
            || self.hyphen(m)
            || lx::ordinal_word(self.w(m)).is_some()
            || lx::denominator(self.w(m)).is_some()
        {
            return None;
        }
        Some((century * 100.0 + rest, m))
    }
}
