//! Temperatures given as a decade of degrees in weather copy: "highs in the 80s",
//! "lows in the upper teens", "temperatures in the mid-30s". After "the" and a
//! weather word the decade is a range of degrees, not years of the calendar.

use super::*;

/// The first degree of a decade written in words ("eighties" -> 80; the teens
/// of a forecast start at 10).
fn degree_decade_word(w: &str) -> Option<u32> {
    Some(match w {
        "teens" => 10,
        "twenties" => 20,
        "thirties" => 30,
        "forties" => 40,
        "fifties" => 50,
        "sixties" => 60,
        "seventies" => 70,
        "eighties" => 80,
        "nineties" => 90,
        _ => return None,
    })
}

impl Sc<'_> {
    /// A decade of degrees at `i` after "the" and a weather word: "the 80s", "the
    /// low 80s", "the mid-30s", "the upper teens", "the 100s".
    pub(super) fn weather_decade_at(&self, i: usize) -> Option<Step> {
        let (part, k) = match self.w(i) {
            p @ ("low" | "mid" | "upper" | "high" | "early" | "late") if self.hyphen(i + 1) => {
                (p, i + 2)
            }
            p @ ("low" | "mid" | "upper" | "high" | "early" | "late") => (p, i + 1),
            _ => ("", i),
        };
        let (first, end) = if self.is_digits(k) {
            let d: u32 = self.raw(k).parse().ok()?;
            let decade = d.is_multiple_of(10) && (10..=120).contains(&d) && self.dlen(k) <= 3;
            if !decade || self.w(k + 1) != "s" || !self.glued(k + 1) {
                return None;
            }
            (d, k + 2)
        } else {
            (degree_decade_word(self.w(k))?, k + 1)
        };
        // The shape first, the context after: most tokens are no decade.
        if self.glued_word(end)
            || self.hyphen(end)
            || i == 0
            || self.w(i - 1) != "the"
            || !self.weather_before(i)
        {
            return None;
        }
        let (low, high) = match part {
            "low" | "early" => (first, first + 3),
            "mid" => (first + 3, first + 6),
            "upper" | "high" | "late" => (first + 7, first + 9),
            _ => (first, first + 9),
        };
        let mut f = Found::new(
            self.toks[i].s,
            self.toks[k].s,
            self.toks[end - 1].e,
            NumberKind::Measure,
        );
        f.low = Some(f64::from(low));
        f.high = Some(f64::from(high));
        f.unit = Some("°".into());
        f.temperature = true;
        Some(Step::Emit(Box::new(f), end))
    }
}
