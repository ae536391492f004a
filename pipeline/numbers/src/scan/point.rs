//! Decimals read aloud: "point five", "point oh seven", "point 77", "1 point 5".
//! The written grammar's own "two point five" is in `words`; these are the shapes
//! that open on "point" or mix digits with the word.

use super::*;

impl Sc<'_> {
    /// The decimals of a number read aloud and written in digits ("1 point 5",
    /// "point 77"): one plain digit run at `k`, not glued to a word or another
    /// number ("point 5.2", "point 3rd"), nor a clause label ("point 3 of the plan").
    pub(super) fn point_digits(&self, k: usize) -> Option<&str> {
        let joined =
            matches!(self.sym(k + 1), Some('.' | ',' | '/' | ':' | '-')) && self.is_digits(k + 2);
        let free = !self.glued_word(k + 1) && !joined && self.w(k + 1) != "of";
        (self.is_digits(k) && free).then(|| self.raw(k))
    }

    /// "1 point 5": the whole part in digits at `i`, the word "point" at `j`, the
    /// decimals in digits after it.
    pub(super) fn digits_point(&self, i: usize, j: usize) -> Option<Core> {
        if self.w(j) != "point" || self.capitalised(j) {
            return None;
        }
        let d = self.point_digits(j + 1)?;
        let x = format!("{}.{d}", self.raw(i)).parse::<f64>().ok()?;
        Some(Core::derived(i, j + 2, x, Form::Dec))
    }

    /// "oh" (or "o") read as the digit zero among decimals at `k`: before
    /// another digit word ("point oh five"), or closing the reading ("two
    /// point oh", "version four point oh.").
    pub(super) fn zero_digit(&self, k: usize) -> bool {
        let w = self.w(k);
        let before_digit = matches!(w, "oh" | "o") && lx::unit_word(self.w(k + 1)).is_some();
        let closing = w == "oh" && !self.capitalised(k) && !self.is_word(k + 1);
        before_digit || closing
    }

    /// A decimal opening on the word "point" at `i`, or on a zero read "oh"
    /// before it ("oh point five").
    pub(super) fn bare_point(&self, i: usize) -> Option<Core> {
        let w = self.w(i);
        if w == "oh" {
            return (self.w(i + 1) == "point" && !self.capitalised(i + 1))
                .then(|| self.bare_point(i + 1))
                .flatten()
                .map(|c| Core::derived(i, c.e, c.v, Form::Dec));
        }
        // "point five", "point oh seven": a decimal with its zero left out. Not "the
        // point", "at one point", "match point": a determiner or noun before it.
        if w == "point" && (!self.capitalised(i) || i == 0 || self.sentence_start(i)) {
            let prev = if i > 0 { self.w(i - 1) } else { "" };
            let noun_point = lx::determiner(prev)
                || matches!(
                    prev,
                    "one"
                        | "at"
                        | "match"
                        | "set"
                        | "break"
                        | "game"
                        | "boiling"
                        | "freezing"
                        | "talking"
                        | "starting"
                        | "turning"
                        | "vantage"
                )
                || lx::unit_word(prev).is_some()
                || lx::tens_word(prev).is_some()
                || self.is_digits(i.wrapping_sub(1));
            let mut k = i + 1;
            let mut digits = String::new();
            loop {
                let w = self.w(k);
                let d = if self.zero_digit(k) {
                    Some(0.0)
                } else {
                    lx::unit_word(w).filter(|u| *u < 10.0)
                };
                match d {
                    Some(d) => digits.push(char::from(b'0' + d as u8)),
                    None => break,
                }
                k += 1;
            }
            // "point 77": the decimals in digits; not after a preposition, where
            // "point" is a noun with a label ("under point 4").
            if digits.is_empty()
                && !matches!(prev, "under" | "in" | "on" | "see" | "to" | "from" | "of")
            {
                if let Some(d) = self.point_digits(i + 1) {
                    digits = d.to_string();
                    k = i + 2;
                }
            }
            if !noun_point && !digits.is_empty() {
                if let Ok(v) = format!("0.{digits}").parse::<f64>() {
                    return Some(Core::derived(i, k, v, Form::Dec));
                }
            }
        }
        None
    }
}
