//! Ages written as a decade of life: "in his 40s", "in her early thirties", "a
//! woman in her late teens". The possessive makes it an age (kind duration in
//! years, with the decade's bounds and no value); after "the" the same words name
//! years of the calendar (see `years`).

use super::years::decade_bounds;
use super::*;

impl Sc<'_> {
    /// A decade of life at `i` after a possessive: "his 40s", "her early
    /// thirties", "their mid-20s", "his 50's".
    pub(super) fn age_decade_at(&self, i: usize) -> Option<Step> {
        let (part, k) = self.decade_part(i, &["early", "mid", "late"]);
        let (first, end) = if self.is_digits(k) {
            if self.dlen(k) != 2 {
                return None;
            }
            let d: u32 = self.raw(k).parse().ok()?;
            if !d.is_multiple_of(10) || !(20..=90).contains(&d) {
                return None;
            }
            if self.w(k + 1) == "s" && self.glued(k + 1) {
                (d, k + 2)
            } else if matches!(self.sym(k + 1), Some('\'' | '’'))
                && self.glued(k + 1)
                && self.w(k + 2) == "s"
                && self.glued(k + 2)
            {
                (d, k + 3)
            } else {
                return None;
            }
        } else {
            // the teens of a life start at 13
            let tens = lx::decade_word(self.w(k))?;
            (if tens == 10 { 13 } else { tens }, k + 1)
        };
        // "his 40s-era car", "40s-style": a modifier, not an age.
        if self.glued_word(end) || self.hyphen(end) {
            return None;
        }
        // The shape first, the owner after: most tokens are no decade.
        let owner = i > 0
            && matches!(
                self.w(i - 1),
                "his" | "her" | "their" | "my" | "your" | "our"
            );
        if !owner && !self.listed_after_age(i) {
            return None;
        }
        let (low, high) = match (part, first) {
            ("early", 13) => (13, 15),
            ("mid", 13) => (14, 16),
            ("late", 13) => (17, 19),
            ("", 13) => (13, 19),
            _ => decade_bounds(first, part),
        };
        let mut f = Found::new(
            self.toks[i].s,
            self.toks[k].s,
            self.toks[end - 1].e,
            NumberKind::Duration,
        );
        f.low = Some(f64::from(low));
        f.high = Some(f64::from(high));
        f.unit = Some("years".into());
        Some(Step::Emit(Box::new(f), end))
    }
}

impl Sc<'_> {
    /// "children aged 5", "aged between 18 and 30", "aged over 65": after "aged" a
    /// bare number or range is an age in years.
    pub(super) fn age_after_aged(&self, f: &mut Found, first: usize) {
        let bare = matches!(f.kind, NumberKind::Cardinal | NumberKind::Range) && f.unit.is_none();
        let human = f
            .value
            .or(f.high)
            .is_some_and(|v| (0.0..130.0).contains(&v));
        if first > 0 && self.w(first - 1) == "aged" && bare && human {
            f.kind = NumberKind::Duration;
            f.unit = Some("years".into());
        }
    }
}

impl Sc<'_> {
    /// Token `i` continues a list of ages: "in their 30s, 40s and 50s".
    fn listed_after_age(&self, i: usize) -> bool {
        if i < 3 || !matches!(self.w(i - 1), "," | "and" | "or") {
            return false;
        }
        // The list item before: "30s" (digits and a glued "s") or "thirties".
        let prev = if self.w(i - 2) == "s" && self.is_digits(i - 3) {
            i - 3
        } else {
            i - 2
        };
        let prev = if prev > 0 && matches!(self.w(prev - 1), "early" | "mid" | "late") {
            prev - 1
        } else {
            prev
        };
        self.age_decade_at(prev).is_some()
    }
}
