//! Temperatures given as a decade of degrees in weather copy: "highs in the 80s",
//! "lows in the upper teens", "temperatures in the mid-30s". After "the" and a
//! weather word the decade is a range of degrees, not years of the calendar.

use super::years::decade_bounds;
use super::*;

impl Sc<'_> {
    /// A decade of degrees at `i` after "the" and a weather word: "the 80s", "the
    /// low 80s", "the mid-30s", "the upper teens", "the 100s".
    pub(super) fn weather_decade_at(&self, i: usize) -> Option<Step> {
        let (part, k) = self.decade_part(i, &["low", "mid", "upper", "high", "early", "late"]);
        let (first, end) = if self.is_digits(k) {
            let d: u32 = self.raw(k).parse().ok()?;
            let decade = d.is_multiple_of(10) && (10..=120).contains(&d) && self.dlen(k) <= 3;
            if !decade || self.w(k + 1) != "s" || !self.glued(k + 1) {
                return None;
            }
            (d, k + 2)
        } else {
            (lx::decade_word(self.w(k))?, k + 1)
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
        let (low, high) = decade_bounds(first, part);
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
