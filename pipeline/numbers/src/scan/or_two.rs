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
}
