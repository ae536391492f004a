//! An amount said with its unit first and a second count after "or": "an hour
//! or two", "a mile or two", "a dollar or two". The unit belongs to both counts,
//! so the pair is an approximate range in that unit.

use super::*;

impl Sc<'_> {
    /// The second end of "a <unit> or two" after `a` (an amount counted by its
    /// article): the same unit, counted by the small number after "or". Not when
    /// a unit of its own follows ("a day or two weeks" is a choice of two).
    pub(super) fn unit_or_count(&self, a: &Amount) -> Option<Amount> {
        let unit_kind = matches!(
            a.kind,
            NumberKind::Duration | NumberKind::Measure | NumberKind::Money
        );
        if !unit_kind || !a.no_core || a.v != 1.0 || self.w(a.e) != "or" {
            return None;
        }
        let c = self.core(a.e + 1)?;
        let next = self.w(c.e);
        let own_unit = lx::duration_unit(next).is_some()
            || lx::currency_word(next).is_some()
            || lx::measure_unit(next, self.raw(c.e), self.glued(c.e)).is_some()
            || self.is_sym(c.e, '%');
        if c.form != Form::Int || !(2.0..=3.0).contains(&c.v) || own_unit {
            return None;
        }
        let mut b = a.clone();
        b.s = c.s;
        b.e = c.e;
        b.v = c.v;
        b.core = c;
        b.no_core = false;
        b.secs = a.secs.map(|s| s * c.v);
        Some(b)
    }

    /// The second end of "two or three times", "5 or 6 people" after a bare count
    /// `a`: a whole number just above it (at most twice and one), once a scale
    /// both share is set aside ("two or three hundred"). Also after "about"
    /// ("about 20 or 30 people").
    pub(super) fn near_or(&self, a: &Amount) -> Option<Amount> {
        if a.kind != NumberKind::Cardinal
            || a.e != a.core.e
            || self.w(a.e) != "or"
            || a.v < 1.0
            || a.v >= 1000.0
        {
            return None;
        }
        let Some(Ok(b)) = self.amount(a.e + 1) else {
            return None;
        };
        // "two or three hundred", "2 or 3 million", "two or three dozen": near
        // once the shared scale is off.
        let scale = if b.scaled || self.ends_in_dozens(&b) {
            self.tail_scale(&b)
        } else {
            1.0
        };
        let bv = b.v / scale;
        let near = bv > a.v
            && bv <= 2.0 * a.v + 1.0
            && b.core.form == Form::Int
            && a.core.form == Form::Int;
        (near && super::mention::rangeable(b.kind)).then_some(b)
    }
}
