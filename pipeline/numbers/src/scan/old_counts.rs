//! Counting words older than the decimal ones: "a score of villagers"
//! (twenty), "two score years" and "fourscore and seven" (twenties), "a brace
//! of goals" (two, a hunting and football word), "a gross of pencils" and
//! "two gross" (twelve dozen each).

use super::*;

/// "fourscore", "threescore": a unit word glued to "score".
fn glued_score(w: &str) -> Option<f64> {
    let head = w.strip_suffix("score")?;
    lx::unit_word(head).filter(|u| (2.0..10.0).contains(u))
}

impl Sc<'_> {
    /// An old counting phrase at `i`: "a score of villagers" (not "a score of
    /// 6-2", "a score of zero"), "two score years", "fourscore and seven",
    /// "a brace of goals", "scored a brace".
    pub(super) fn old_count(&self, i: usize) -> Option<Core> {
        let w = self.w(i);
        let counted =
            |k: usize| self.is_word(k) && self.small(k).is_none() && !lx::not_a_noun(self.w(k));
        if w == "a" && self.w(i + 2) == "of" && counted(i + 3) {
            match self.w(i + 1) {
                "score" => return Some(Core::derived(i, i + 3, 20.0, Form::Int)),
                "brace" => return Some(Core::derived(i, i + 3, 2.0, Form::Int)),
                "gross" => return Some(Core::derived(i, i + 3, 144.0, Form::Int)),
                _ => {}
            }
        }
        // "scored a brace", "netted a brace.": two goals, said in football.
        let scoring = i > 0
            && matches!(
                self.w(i - 1),
                "scored" | "score" | "scores" | "netted" | "bagged" | "grabbed" | "hit"
            );
        if w == "a" && self.w(i + 1) == "brace" && scoring && !self.is_word(i + 2) {
            return Some(Core::derived(i, i + 2, 2.0, Form::Int));
        }
        // "two gross of nails", "three gross.": twelve dozen each; not "two gross
        // errors", where "gross" is an adjective before its noun.
        if let Some(u) = lx::unit_word(w).filter(|u| (2.0..20.0).contains(u)) {
            let of = self.w(i + 2) == "of" && counted(i + 3);
            if self.w(i + 1) == "gross" && (of || !self.is_word(i + 2)) {
                return Some(Core::derived(
                    i,
                    i + 2 + usize::from(of),
                    u * 144.0,
                    Form::Int,
                ));
            }
        }
        // "two score years", "three score and ten", "fourscore": not "the two score"
        // (both of them scoring), nor a verb after a plural subject.
        let (twenties, e) = match glued_score(w) {
            Some(u) => (u, i + 1),
            None => {
                let u = lx::unit_word(w).filter(|u| (2.0..10.0).contains(u))?;
                let after_det = i > 0 && lx::determiner(self.w(i - 1));
                if self.w(i + 1) != "score" || after_det {
                    return None;
                }
                (u, i + 2)
            }
        };
        let mut v = twenties * 20.0;
        let mut e = e;
        // "and seven", "and ten": the ones added on.
        if self.w(e) == "and" {
            if let Some(u) = lx::unit_word(self.w(e + 1)).filter(|u| (1.0..20.0).contains(u)) {
                v += u;
                e += 2;
            }
        }
        let ends =
            !self.is_word(e) || self.w(e) == "years" || counted(e) && self.w(e).ends_with('s');
        ends.then(|| Core::derived(i, e, v, Form::Int))
    }
}
