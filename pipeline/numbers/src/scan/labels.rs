//! Numbers that label rather than count, after a name: "Flight 370", "Apollo
//! 11", "Windows 10", "Chapter 11", "Route 66", "the FTSE 100". A bare integer
//! right after a capitalised word inside a sentence names a thing (as "No. 10"
//! does); years stay ("Spring 2010"), and so does anything with a unit, scale,
//! sign or separator attached.

use super::*;

impl Sc<'_> {
    /// The amount `a`, starting at token `i`, is a bare integer that labels the
    /// name before it: the token after the label, past a code or score joined to
    /// it ("Boeing 737-800", "Chelsea 3-1"), or none.
    pub(super) fn label_end(&self, i: usize, a: &Amount) -> Option<usize> {
        if !self.labels_a_name(i, a) {
            return None;
        }
        let mut k = a.e;
        while matches!(self.sym(k), Some('-' | '–' | '/'))
            && self.glued(k)
            && self.is_digits(k + 1)
            && self.glued(k + 1)
        {
            k += 2;
        }
        Some(k)
    }

    fn labels_a_name(&self, i: usize, a: &Amount) -> bool {
        if self.compat
            || i == 0
            || a.core.s != i
            || a.kind != NumberKind::Cardinal
            || a.e != a.core.e
            || !a.core.plain_digits
            || !self.is_digits(i)
            || self.glued(i)
        {
            return false;
        }
        let p = i - 1;
        let year = self.dlen(i) == 4 && (1800.0..=2100.0).contains(&a.v);
        // "British 16 to 20-year-olds", "Italian 300": a nationality is no name.
        let nationality = ["ish", "ese", "ian"].iter().any(|x| self.w(p).ends_with(x));
        !nationality
            && !matches!(self.w(a.e), "to" | "and" | "or")
            && self.is_word(p)
            && self.capitalised(p)
            && !self.sentence_start(p)
            && !matches!(self.raw(p), "I" | "A")
            && !lx::month(self.w(p))
            && !year
            // "Chelsea 2 goals to 1": a counted noun after it makes a count.
            && self.counted_noun(a.e, a.v).0.is_none()
    }
}
