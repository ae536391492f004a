//! Whether "pound(s)" after an amount is sterling or weight: the words of
//! weighing, dieting and paying around it (split from `units`, which asks).

use super::*;

impl Sc<'_> {
    /// A verb or noun of weighing within three words before token `i` ("weighed two
    /// hundred pounds", "a weight of 300 pounds"), which makes even a scaled
    /// "pounds" weight rather than money.
    pub(super) fn weight_context(&self, i: usize) -> bool {
        (i.saturating_sub(3)..i).any(|p| {
            let w = self.w(p);
            w.starts_with("weigh") || matches!(w, "heavy" | "heavier" | "overweight")
        })
    }

    /// Signs that an unscaled "pound(s)" at `cw` after the amount at `i` (value `v`)
    /// weighs: a weighing word before ([`Self::weight_context`]); a word of dieting
    /// or a thing weighed just before ("shed 12 pounds", "the baby is 8 pounds");
    /// another weight unit in the words around ("a ton is 2,204.62 pounds", "5
    /// pounds 3 ounces"); "of" or a comparison after ("3 pounds of rice", "two
    /// pounds heavier", "a pound and a half"); or a singular "pound" before a noun
    /// ("a ten pound turkey"), or a part of one ("1/2 pound", "0.75 pound").
    /// Without one, "twelve pounds" is money.
    pub(super) fn weight_sign(&self, i: usize, cw: usize, v: f64) -> bool {
        let weight_unit = |w: &str| {
            matches!(
                w,
                "ton"
                    | "tons"
                    | "tonne"
                    | "tonnes"
                    | "kilo"
                    | "kilos"
                    | "kilogram"
                    | "kilograms"
                    | "kg"
                    | "ounce"
                    | "ounces"
                    | "oz"
                    | "lb"
                    | "lbs"
                    | "stone"
                    | "grams"
            )
        };
        let diet = (i.saturating_sub(3)..i).any(|p| {
            matches!(
                self.w(p),
                "lost"
                    | "lose"
                    | "loses"
                    | "losing"
                    | "shed"
                    | "shedding"
                    | "drop"
                    | "dropped"
                    | "baby"
                    | "babies"
                    | "newborn"
            )
        });
        let next = self.w(cw + 1);
        self.weight_context(i)
            || diet
            || self.person_gained(i)
            || (i.saturating_sub(8)..(cw + 4).min(self.toks.len()))
                .any(|p| p != cw && weight_unit(self.w(p)))
            || matches!(next, "of" | "heavier" | "lighter" | "overweight" | "underweight")
            // "a pound and a half (of beef)": a shopping measure, unless paid.
            || next == "and" && self.w(cw + 2) == "a" && self.w(cw + 3) == "half"
            // "1/2 pound", "0.75 pound": sterling under one is written in pence,
            // so a part of one pound weighs.
            || self.w(cw) == "pound" && v > 0.0 && v < 1.0
            || self.w(cw) == "pound"
                && v != 1.0
                && self.is_word(cw + 1)
                && !self.capitalised(cw + 1)
                && !lx::not_a_noun(next)
    }

    /// A person gaining before the amount at `i`: a verb of gaining ("gained",
    /// "put on", "piled on") right after a personal pronoun or "who", with at
    /// most one auxiliary between ("he gained forty pounds", "she has put on ten
    /// pounds", "I piled on five pounds"). A share or a fund that "gained forty
    /// pounds" rose in price: no person, so no weight.
    pub(super) fn person_gained(&self, i: usize) -> bool {
        let p = i.saturating_sub(1);
        let verb = match (self.w(p), p.checked_sub(1).map(|q| self.w(q))) {
            ("gained" | "gain" | "gains" | "gaining", _) => p,
            ("on", Some("put" | "puts" | "putting" | "piled" | "piling")) => p - 1,
            _ => return false,
        };
        let person = |k: usize| {
            matches!(
                self.w(k),
                "he" | "she" | "i" | "we" | "they" | "you" | "who"
            )
        };
        let aux = |k: usize| {
            matches!(
                self.w(k),
                "has" | "have" | "had" | "s" | "ve" | "d" | "was" | "is" | "were" | "are"
            )
        };
        verb > 0
            && (person(verb - 1)
                || verb > 1 && aux(verb - 1) && person(verb - 2)
                || verb > 2 && aux(verb - 1) && self.sym(verb - 2).is_some() && person(verb - 3))
    }

    /// A verb or noun of paying within three words before token `i` ("paid ten
    /// pounds", "a fine of 50 pounds", "costs about 3 pounds"), which makes an
    /// ambiguous "pounds" money rather than weight.
    pub(super) fn money_context(&self, i: usize) -> bool {
        (i.saturating_sub(3)..i).any(|p| {
            matches!(
                self.w(p),
                "paid"
                    | "pay"
                    | "pays"
                    | "paying"
                    | "cost"
                    | "costs"
                    | "costing"
                    | "worth"
                    | "fine"
                    | "fined"
                    | "charge"
                    | "charged"
                    | "spend"
                    | "spent"
                    | "earn"
                    | "earned"
                    | "earns"
                    | "raised"
                    | "owe"
                    | "owed"
                    | "price"
                    | "priced"
                    | "prize"
                    | "fee"
                    | "salary"
                    | "wage"
                    | "donated"
                    | "sold"
                    | "bought"
                    | "tax"
                    | "bet"
                    | "budget"
                    | "loan"
                    | "refund"
                    | "compensation"
            )
        })
    }
}
