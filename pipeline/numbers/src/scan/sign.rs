//! The sign written before a number: a minus (hyphen, minus sign, or an en
//! dash set apart) or the words "minus" and "negative" negate it; a plus
//! before one decimal ("+1.5 points", "+2.25") is a signed change and not the
//! start of a phone number. A plus stays out of the span, as in "+1.5%".

use super::*;

impl Sc<'_> {
    /// The sign of a number at `i`: whether it is negative and where the
    /// number itself starts. `None` when a dash at `i` signs nothing (it
    /// joins two numbers, or follows a word or a number).
    pub(super) fn sign_at(&self, i: usize) -> Option<(bool, usize)> {
        if let Some(sign @ ('-' | '−' | '–')) = self.sym(i) {
            let prev_ok = i == 0
                || self.toks[i].gap
                || !(self.is_digits(i - 1)
                    || self.is_word(i - 1)
                    || matches!(self.sym(i - 1), Some('%' | ')')));
            let next_ok =
                (self.is_digits(i + 1) || self.is_sym(i + 1, '.')) && (self.glued(i + 1) || i == 0);
            // An en dash typed for a minus ("fell to –7C") is set apart from what
            // comes before, and never follows a number: "3–7" and "3 –7" are ranges.
            let en_dash_ok =
                sign != '–' || ((i == 0 || self.toks[i].gap) && !(i > 0 && self.is_digits(i - 1)));
            return (prev_ok && next_ok && en_dash_ok).then_some((true, i + 1));
        }
        if matches!(self.w(i), "minus" | "negative") {
            return Some((true, i + 1));
        }
        Some((false, i))
    }

    /// A plus sign at `i` before one decimal or whole number and nothing
    /// more ("+1.5", "+7"): a signed change, not the start of a phone number
    /// ("+44 20 7946 0000", "+1-555-0100").
    pub(super) fn signed_change(&self, i: usize) -> bool {
        let whole = self.is_digits(i + 1) && self.glued(i + 1);
        let k = if self.is_sym(i + 2, '.') && self.glued(i + 2) && self.is_digits(i + 3) {
            i + 4
        } else {
            i + 2
        };
        whole
            && !self.is_digits(k)
            && !(matches!(self.sym(k), Some('-' | '/' | '.')) && self.is_digits(k + 1))
    }
}
