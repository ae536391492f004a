//! Years read out in pairs ("nineteen ninety", "twenty twenty-four"), prices
//! read the same way after "costs" ("costs thirteen ninety-nine", 13.99), and
//! hundreds read out without the word ("one twenty-two"), and digits read out
//! one by one with "oh" for nought ("one oh one"): kept apart from the cardinal
//! grammar in `words`, which tries these first.

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
        let numberish = |k: usize| self.part_of_a_number(k);
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

    /// A price read out as two pairs after a verb of pricing: "it costs thirteen
    /// ninety-nine" (13.99), "priced at nineteen fifty", "sells for just twelve
    /// oh five" (12.05). Whole units, then hundredths.
    pub(super) fn spoken_price(&self, i: usize) -> Option<(f64, usize)> {
        let mut p = i.checked_sub(1)?;
        if matches!(self.w(p), "just" | "only") {
            p = p.checked_sub(1)?;
        }
        let before = if p > 0 { self.w(p - 1) } else { "" };
        let priced = match self.w(p) {
            "costs" | "cost" | "costing" => true,
            "at" => matches!(before, "priced" | "retails" | "retailing"),
            "for" => matches!(before, "sells" | "selling" | "sold" | "retails" | "goes"),
            _ => false,
        };
        if !priced {
            return None;
        }
        let (y, m) = self.spoken_year(i)?;
        let whole = (y / 100.0).floor();
        Some((whole + (y - whole * 100.0) / 100.0, m))
    }

    /// Hundreds read out digit by digit without "hundred": "one twenty-two" (122),
    /// "seven forty seven" (747). A single digit word then a tens word with its unit
    /// (a round "one twenty" is as often a clock time); no number word, digit or
    /// hyphen on either side, no comma between, and not after "at" or "by", where a
    /// spoken clock time ("at one forty-five") is meant.
    pub(super) fn spoken_hundreds(&self, i: usize) -> Option<(f64, usize)> {
        let d = lx::unit_word(self.w(i)).filter(|d| (1.0..10.0).contains(d))?;
        let k = i + 1;
        lx::tens_word(self.w(k))?;
        let (rest, m) = match self.small(k) {
            Some((v, m, false)) if v > 20.0 && v % 10.0 != 0.0 => (v, m),
            _ => return None,
        };
        let numberish = |k: usize| {
            self.part_of_a_number(k)
                || lx::ordinal_word(self.w(k)).is_some()
                || lx::denominator(self.w(k)).is_some()
                || self.w(k) == "o'clock"
        };
        if i > 0
            && (numberish(i - 1)
                || self.hyphen(i - 1)
                || matches!(self.w(i - 1), "at" | "by" | "until" | "till"))
        {
            return None;
        }
        if numberish(m) || self.hyphen(m) || self.hyphen(i + 1) {
            return None;
        }
        Some((d * 100.0 + rest, m))
    }

    /// Digits read out one by one with "oh" (or "o") for nought: "one oh one"
    /// (101), "four oh six" (406), "seven oh oh" (700). A digit word from one to
    /// nine, then at least two more digit words with at least one "oh" among
    /// them, set apart by spaces only; "oh" is no number word elsewhere, so it is
    /// what says the digits are read out rather than counted ("one two three"
    /// stays three numbers, "two oh" alone is an exclamation). No number word,
    /// digit or hyphen on either side.
    pub(super) fn spoken_digits(&self, i: usize) -> Option<(f64, usize)> {
        let digit = |k: usize| match self.w(k) {
            "oh" | "o" => Some((0.0, true)),
            w => lx::unit_word(w)
                .filter(|d| *d < 10.0 && w != "nil" && w != "zilch")
                .map(|d| (d, false)),
        };
        let first = lx::unit_word(self.w(i)).filter(|d| (1.0..10.0).contains(d))?;
        let mut v = first;
        let mut oh = false;
        let mut m = i + 1;
        while let Some((d, o)) = digit(m).filter(|_| self.is_word(m) && !self.glued(m)) {
            v = v * 10.0 + d;
            oh |= o;
            m += 1;
        }
        if !oh || m < i + 3 {
            return None;
        }
        if i > 0 && (self.part_of_a_number(i - 1) || self.hyphen(i - 1)) {
            return None;
        }
        if self.part_of_a_number(m) && self.w(m) != "and" || self.hyphen(m) {
            return None;
        }
        Some((v, m))
    }

    /// Whether token `k` carries on a number (digits, a number word, "and", "point"), so
    /// that a pair read beside it is part of that number, not a year or a price of its own.
    fn part_of_a_number(&self, k: usize) -> bool {
        self.is_digits(k)
            || lx::unit_word(self.w(k)).is_some()
            || lx::tens_word(self.w(k)).is_some()
            || lx::scale_word(self.w(k)).is_some()
            || matches!(self.w(k), "hundred" | "and" | "point")
    }
}
