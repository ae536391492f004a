//! Years that are more than one year: decades ("the 1990s", "the '80s", "the
//! mid-1990s", "the early 2000s", "the sixties") and runs of years ("the 2004-05 season", "2006/07",
//! "1914-18", "1939-1945"). Both have kind `year`, no value, and the first and last
//! year as bounds. A plural hundred year before 2000 is its century ("the 1800s"
//! 1800–1899, "the late 1800s" 1870–1899), as usage has it; "the 2000s" stays a decade.

use super::*;

impl Sc<'_> {
    /// A decade at `i`, with "early", "mid" or "late" before it (spaced or hyphenated),
    /// which narrows the bounds to the decade's first, middle or last years.
    pub(super) fn decade_at(&self, i: usize) -> Option<Step> {
        let (part, k) = self.decade_part(i, &["early", "mid", "late"]);
        // "the sixties", "the late eighties": a decade in words, after "the" (a
        // possessive makes an age: "in her sixties"; weather words a temperature:
        // "highs in the eighties").
        let determined = i > 0 && self.w(i - 1) == "the" && !self.weather_before(i);
        let (first, end) = self
            .decade_core(k, determined)
            .or_else(|| {
                // a word names a decade of the 1900s from the thirties on: "the
                // twenties" could be either century, as "'20s" is
                lx::decade_word(self.w(k))
                    .filter(|&tens| determined && tens >= 30)
                    .map(|tens| (1900 + tens, k + 1))
            })
            .or_else(|| self.spoken_decade(k))?;
        let (low, high) = if first % 100 == 0 && first < 2000 && self.is_digits(k) {
            century_bounds(first, part)
        } else {
            decade_bounds(first, part)
        };
        let mut f = Found::new(
            self.toks[i].s,
            self.toks[k].s,
            self.toks[end - 1].e,
            NumberKind::Year,
        );
        f.low = Some(f64::from(low));
        f.high = Some(f64::from(high));
        Some(Step::Emit(Box::new(f), end))
    }

    /// The word at `i` that narrows a decade, if it is one of `parts` ("early", "mid-",
    /// "upper"), and where the decade starts: after it (and its hyphen) or at `i`.
    pub(super) fn decade_part(&self, i: usize, parts: &[&'static str]) -> (&'static str, usize) {
        let w = self.w(i);
        match parts.iter().find(|&&p| p == w) {
            Some(&p) if self.hyphen(i + 1) => (p, i + 2),
            Some(&p) => (p, i + 1),
            None => ("", i),
        }
    }

    /// A word of weather within five words before token `i`.
    pub(super) fn weather_before(&self, i: usize) -> bool {
        (i.saturating_sub(5)..i).any(|p| {
            let w = self.w(p);
            w.starts_with("temperature")
                || matches!(
                    w,
                    "highs" | "lows" | "high" | "low" | "degrees" | "heat" | "weather"
                )
        })
    }

    /// "1990s" or "'80s" at `k`: the decade's first year and the token after it. A
    /// two-digit decade is of the 1900s from the '30s on; "'20s" and "'00s" could be
    /// either century and are left alone. Without its apostrophe "80s" is a decade
    /// only after "the" (`determined`, as "the eighties" is): "in her 80s" is an
    /// age, "highs in the 80s" a temperature, both read before this.
    fn decade_core(&self, k: usize, determined: bool) -> Option<(u32, usize)> {
        let (digits, first) = if matches!(self.sym(k), Some('\'' | '’')) {
            let d: u32 = self.raw(k + 1).parse().ok()?;
            if self.dlen(k + 1) != 2 || !self.glued(k + 1) || d < 30 {
                return None;
            }
            (k + 1, 1900 + d)
        } else if determined && self.dlen(k) == 2 && self.is_digits(k) {
            let d: u32 = self.raw(k).parse().ok()?;
            // "life expectancy is now the mid-70s", "the retirement age in the late
            // 60s": a decade of life, not of years.
            let of_age = (k.saturating_sub(10)..k)
                .any(|p| matches!(self.w(p), "age" | "aged" | "ages" | "expectancy"));
            if d < 30 || of_age {
                return None;
            }
            (k, 1900 + d)
        } else {
            if self.dlen(k) != 4 || !self.is_digits(k) {
                return None;
            }
            (k, self.raw(k).parse().ok()?)
        };
        let plural_s = self.w(digits + 1) == "s"
            && self.glued(digits + 1)
            && !(self.glued(digits + 2)
                && (self.is_word(digits + 2) || self.is_digits(digits + 2)));
        // "the 1990's", "the '80's": the plural written with an apostrophe, after
        // "the" only ("1990's World Cup" is the possessive of a year) and not
        // before a capitalised word ("the 1990's Gulf War").
        let after = digits + 3;
        let apostrophe_s = determined
            && matches!(self.sym(digits + 1), Some('\'' | '’'))
            && self.glued(digits + 1)
            && self.w(digits + 2) == "s"
            && self.glued(digits + 2)
            && !(self.glued(after) && (self.is_word(after) || self.is_digits(after)))
            && !(self.is_word(after) && self.capitalised(after));
        let end = if apostrophe_s { after } else { digits + 2 };
        // "1000s of fans" is thousands ([`Sc::vague_at`]), not the eleventh century.
        let thousands = first == 1000 && self.w(end) == "of";
        ((plural_s || apostrophe_s)
            && !thousands
            && first % 10 == 0
            && (1000..=2090).contains(&first))
        .then_some((first, end))
    }

    /// "in nineteen hundred and five", "since two thousand eight": a whole number
    /// from 1100 to 2100 in words after a word that dates, with no counted noun
    /// after it, is a year ("in two thousand homes" counts).
    pub(super) fn year_in_words(&self, a: &Amount) -> bool {
        a.kind == NumberKind::Cardinal
            && a.e == a.core.e
            && a.s > 0
            && self.is_word(a.core.s)
            && matches!(
                self.w(a.s - 1),
                "in" | "since" | "until" | "till" | "before" | "after" | "during"
            )
            && (1100.0..=2100.0).contains(&a.v)
            && a.v.fract() == 0.0
            && !self.counts_after(a.e, a.v)
    }

    /// "nineteen sixties", "eighteen-nineties": a decade read out, a century number
    /// (thirteen to nineteen hundred) before a plural tens word.
    fn spoken_decade(&self, k: usize) -> Option<(u32, usize)> {
        if !self.w(k).ends_with("teen") {
            return None;
        }
        let century = lx::unit_word(self.w(k)).filter(|c| (10.0..=19.0).contains(c))?;
        let t = if self.hyphen(k + 1) { k + 2 } else { k + 1 };
        let tens = lx::decade_word(self.w(t)).filter(|&d| d >= 20)?;
        Some((century as u32 * 100 + tens, t + 1))
    }

    /// A run of years at `i`: the next year after a slash or a dash ("2006/07",
    /// "2004-05"), or a later year within twenty after a dash ("1914-18",
    /// "1939-1945"). Not a date ("2024-10-03"), a year and month ("1995-03"), part of a
    /// code, or a range of counts ("2000-2010 workers").
    pub(super) fn year_span_at(&self, i: usize) -> Option<Step> {
        if !self.is_digits(i) || self.dlen(i) != 4 {
            return None;
        }
        let sep = self.sym(i + 1)?;
        if !matches!(sep, '-' | '–' | '/')
            || !self.glued(i + 1)
            || !self.is_digits(i + 2)
            || !self.glued(i + 2)
        {
            return None;
        }
        let date = matches!(self.sym(i + 3), Some('-' | '–' | '/' | '.'))
            && self.glued(i + 3)
            && self.is_digits(i + 4);
        let in_code = i > 0
            && self.glued(i)
            && (self.is_word(i - 1)
                || self.is_digits(i - 1)
                || matches!(self.sym(i - 1), Some('-' | '/' | '.')));
        let glued_after = self.glued(i + 3) && (self.is_word(i + 3) || self.is_digits(i + 3));
        if date || in_code || glued_after {
            return None;
        }
        let y: u32 = self.raw(i).parse().ok()?;
        if !(1800..=2100).contains(&y) {
            return None;
        }
        let tail = self.raw(i + 2);
        let y2: u32 = match tail.len() {
            2 => {
                let in_century = y / 100 * 100 + tail.parse::<u32>().ok()?;
                if in_century > y {
                    in_century
                } else {
                    in_century + 100
                }
            }
            4 => tail.parse().ok()?,
            _ => return None,
        };
        let next_year = y2 == y + 1;
        let ok = match (sep, tail.len()) {
            ('/', _) => next_year,
            (_, 2) if tail.starts_with('0') => next_year,
            _ => y2 > y && y2 <= y + 20,
        };
        let end = i + 3;
        if !ok || self.counts_after(end, f64::from(y2)) {
            return None;
        }
        let mut f = Found::new(
            self.toks[i].s,
            self.toks[i].s,
            self.toks[i + 2].e,
            NumberKind::Year,
        );
        f.low = Some(f64::from(y));
        f.high = Some(f64::from(y2));
        Some(Step::Emit(Box::new(f), end))
    }
}

/// The bounds of a decade from its first number and the word that narrows it:
/// early or low its first four, mid its middle four, late, upper or high its last three.
pub(super) fn decade_bounds(first: u32, part: &str) -> (u32, u32) {
    match part {
        "early" | "low" => (first, first + 3),
        "mid" => (first + 3, first + 6),
        "late" | "upper" | "high" => (first + 7, first + 9),
        _ => (first, first + 9),
    }
}

/// The bounds of a century from its first year, narrowed as a decade is, at ten
/// times the scale: early its first four decades, mid the middle four, late the last three.
fn century_bounds(first: u32, part: &str) -> (u32, u32) {
    let (low, high) = decade_bounds(0, part);
    (first + low * 10, first + high * 10 + 9)
}
