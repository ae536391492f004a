//! Multipliers written as one word: "a tenfold rise", "costs grew threefold", "a
//! hundredfold return" are a count of 10, 3 and 100 with unit "fold", as the
//! hyphened "ten-fold" is (see `hyphens`); "manifold" is no number.

use super::*;

impl Sc<'_> {
    /// A one-word multiplier at `i` ("threefold", "twentyfold", "hundredfold"),
    /// with the bound before it that `qual` gives (its start and words): "more than
    /// tenfold".
    pub(super) fn fold_at(&self, i: usize, qual: Option<(usize, Qk)>) -> Option<Step> {
        let stem = self.w(i).strip_suffix("fold")?;
        if !self.is_word(i) || self.capitalised(i) && !self.sentence_start(i) {
            return None;
        }
        let v = match stem {
            "hundred" => 100.0,
            "thousand" => 1000.0,
            _ => lx::unit_word(stem)
                .filter(|v| *v >= 2.0)
                .or_else(|| lx::tens_word(stem))?,
        };
        let t = self.toks[i];
        let (s, qualifier) = match qual {
            None => (t.s, None),
            Some((q, Qk::Q(k))) => (self.toks[q].s, Some(k)),
            Some((q, Qk::Equal)) => (self.toks[q].s, None),
            Some(_) => return None,
        };
        let mut f = Found::new(s, t.s, t.e, NumberKind::Cardinal);
        f.qualifier = qualifier;
        f.value = Some(v);
        f.unit = Some("fold".into());
        Some(Step::Emit(Box::new(f), i + 1))
    }
}
