//! Set scores in a row ("won 6-3 6-7 (2-7) 7-6"): dash pairs that are no ranges.

use super::*;

impl Sc<'_> {
    /// Two small integers joined by a dash ("6-3") at token `k`: a score or a range.
    fn dash_pair(&self, k: usize) -> Option<(f64, f64)> {
        let small = |k: usize| self.is_digits(k) && self.dlen(k) <= 2;
        (small(k) && self.is_dash(k + 1) && self.glued(k + 1) && small(k + 2) && self.glued(k + 2))
            .then(|| (self.digits_val(k), self.digits_val(k + 2)))
    }

    /// Set scores in a row ("won 6-3 6-7 (2-7) 7-6", "4-6, 6-4, 7-5"): dash pairs
    /// side by side, apart by at most a comma or bracket, are scores if one of them
    /// falls ("6-3") or all are game counts (up to 7). Age bands ("18-24, 25-34")
    /// rise and go past 7. The token after the run, if `a` opens or continues one.
    pub(super) fn score_run_end(&self, i: usize, a: &Amount) -> Option<usize> {
        if a.kind != NumberKind::Cardinal || a.core.s != i {
            return None;
        }
        self.dash_pair(i)?;
        // The next pair: right after, or past one comma or bracket.
        let next = |k: usize| {
            let j = k + 3;
            if self.dash_pair(j).is_some() {
                Some(j)
            } else if matches!(self.sym(j), Some(',' | '(' | ')'))
                && self.dash_pair(j + 1).is_some()
            {
                Some(j + 1)
            } else {
                None
            }
        };
        // Walk back to the run's first pair, then forward over all of it.
        let mut first = i;
        loop {
            let back = [first.checked_sub(3), first.checked_sub(4)]
                .into_iter()
                .flatten()
                .find(|&p| self.dash_pair(p).is_some() && next(p) == Some(first));
            match back {
                Some(p) => first = p,
                None => break,
            }
        }
        let mut pairs = vec![self.dash_pair(first)?];
        let mut last = first;
        while let Some(j) = next(last) {
            pairs.push(self.dash_pair(j)?);
            last = j;
        }
        let scores = pairs.len() >= 2
            && (pairs.iter().any(|&(x, y)| x > y) || pairs.iter().all(|&(x, y)| x.max(y) <= 7.0));
        scores.then_some(last + 3)
    }
}
