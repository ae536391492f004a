//! Odds and frequencies written with hyphens, "a 1-in-5 chance", "a
//! one-in-ten shot", "a 1-in-100-year flood": the "in" between the two numbers
//! is no inch, and the pair is the fraction the spaced "one in five" is.

use super::*;

impl Sc<'_> {
    /// The number after a hyphened "-in-" that closes the whole number `c`:
    /// where it starts, or `None` when no such "in" follows.
    pub(super) fn hyphen_in_ratio(&self, e: usize) -> Option<usize> {
        let number_after = self.is_digits(e + 3) || self.small(e + 3).is_some();
        (self.hyphen_in(e) && number_after).then_some(e + 3)
    }

    /// A hyphen at `e`, "in", and a hyphen, all joined: "-in-".
    fn hyphen_in(&self, e: usize) -> bool {
        let joined = |k: usize| self.is_dash(k) && self.glued(k) && self.glued(k + 1);
        joined(e) && self.w(e + 1) == "in" && joined(e + 2)
    }

    /// "in" at `ui` joined by hyphens to a number or an article after it: the
    /// middle of a ratio or a set phrase ("1-in-5", "3-in-1", "one-in-a-million",
    /// "2-in-a-row"), not an inch ("a 2-in pipe").
    pub(super) fn ratio_in(&self, ui: usize) -> bool {
        let after = |k: usize| self.is_digits(k) || self.small(k).is_some() || self.w(k) == "a";
        ui > 0 && self.hyphen_in(ui - 1) && after(ui + 2)
    }
}
