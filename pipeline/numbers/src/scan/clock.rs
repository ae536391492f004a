//! Clock times read in words: "half past three", "quarter to five", "ten past
//! nine", "twenty minutes past two", "at ten to nine", "five o'clock". Like digit
//! times ("7pm", "19:30") they are passed over, never reported as quantities.

use super::*;

impl Sc<'_> {
    /// A whole number below a hundred at `k`, in words or one or two digits.
    fn clock_number(&self, k: usize) -> Option<(f64, usize)> {
        if self.is_digits(k) {
            return (self.dlen(k) <= 2).then(|| (self.digits_val(k), k + 1));
        }
        self.small(k).filter(|x| !x.2).map(|(v, e, _)| (v, e))
    }

    /// "o'clock" at `e`: the token after it.
    fn oclock_end(&self, e: usize) -> Option<usize> {
        (self.w(e) == "o"
            && matches!(self.sym(e + 1), Some('\'' | '’'))
            && self.w(e + 2) == "clock")
            .then_some(e + 3)
    }

    /// An hour of the clock (1 to 12) at `k`, with any "o'clock": its end.
    fn hour_end(&self, k: usize) -> Option<usize> {
        if matches!(self.w(k), "midnight" | "noon" | "midday") {
            return Some(k + 1);
        }
        let (v, e) = self.clock_number(k)?;
        // Nothing attached ("to 5.6%") and no noun after ("past 3 people").
        let attached = e < self.n()
            && self.glued(e)
            && !matches!(
                self.sym(e),
                Some(',' | ';' | ':' | '!' | '?' | ')' | '"' | '”')
            )
            && !(self.sym(e) == Some('.') && !(self.glued(e + 1) && self.is_digits(e + 1)));
        if !(1.0..=12.0).contains(&v) || attached || self.is_word(e) && !lx::not_a_noun(self.w(e)) {
            return None;
        }
        Some(self.oclock_end(e).unwrap_or(e))
    }

    /// The word at `k` makes the quarter after it a period ("the third quarter",
    /// "this quarter").
    fn period_before(&self, k: usize) -> bool {
        lx::determiner(self.w(k)) || lx::ordinal_word(self.w(k)).is_some() || self.w(k) == "last"
    }

    /// "at ten tonight", "by 7 this evening", "until six in the morning": an hour
    /// (1 to 12) after a word of time and before a part of the day is a clock
    /// time; its end. "ten people tonight" and "at 10 percent" are not.
    fn hour_of_day(&self, i: usize) -> Option<usize> {
        if i == 0 || !matches!(self.w(i - 1), "at" | "by" | "until" | "till" | "from") {
            return None;
        }
        let (v, e) = self.clock_number(i)?;
        if !(1.0..=12.0).contains(&v) {
            return None;
        }
        let part = |w: &str| matches!(w, "morning" | "afternoon" | "evening" | "night");
        let day = match self.w(e) {
            "tonight" | "sharp" => true,
            "this" | "tomorrow" => part(self.w(e + 1)),
            "in" => self.w(e + 1) == "the" && part(self.w(e + 2)),
            "at" => self.w(e + 1) == "night",
            _ => false,
        };
        day.then_some(e)
    }

    /// The end of a clock time in words starting at `i`.
    pub(super) fn clock_end(&self, i: usize) -> Option<usize> {
        if let Some(e) = self.hour_of_day(i) {
            return Some(e);
        }
        // Cheap gate: "past", "to" or "o'clock" within the next four tokens.
        if !(i + 1..i + 5).any(|k| matches!(self.w(k), "past" | "to" | "o")) {
            return None;
        }
        let w = self.w(i);
        let (e, past_only, to_ok) = match w {
            "half" => (i + 1, true, false),
            // "the fourth quarter to March" is a period of the year.
            "quarter" if i == 0 || !self.period_before(i - 1) => (i + 1, false, true),
            "a" if self.w(i + 1) == "quarter" => (i + 2, false, true),
            _ if self.is_digits(i) || lx::unit_word(w).is_some() || lx::tens_word(w).is_some() => {
                let (v, e) = self.clock_number(i)?;
                if (1.0..=12.0).contains(&v) {
                    if let Some(k) = self.oclock_end(e) {
                        return Some(k);
                    }
                }
                if !(1.0..60.0).contains(&v) {
                    return None;
                }
                let e = if matches!(self.w(e), "minute" | "minutes") {
                    e + 1
                } else {
                    e
                };
                // "ten to nine" is a time after a time word ("at ten to nine"),
                // else a score or range ("won ten to nine", "from ten to nine").
                let timed = i > 0
                    && matches!(
                        self.w(i - 1),
                        "at" | "until" | "till" | "before" | "after" | "around"
                    );
                (e, false, timed)
            }
            _ => return None,
        };
        match self.w(e) {
            "past" => self.hour_end(e + 1),
            "to" if to_ok && !past_only => self.hour_end(e + 1),
            _ => None,
        }
    }
}
