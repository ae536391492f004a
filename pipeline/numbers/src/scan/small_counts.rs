//! Everyday words for the smallest counts, which are numbers only in some
//! places: "a single" after a negation ("not a single vote"), "a couple" closing
//! a sentence after a verb ("I took a couple."), "a pair of" unless it names one
//! thing made of two parts ("a pair of jeans"), and "a second" before the noun it
//! counts ("a second term").

use super::*;

impl Sc<'_> {
    /// "a single" at `i` (on "a") after a negation within three words ("not a
    /// single vote", "without a single point", "didn't win a single game"): one,
    /// said with stress. Elsewhere "a single" is as often "unified" ("a single
    /// market") or a status ("a single mother") and is left alone.
    pub(super) fn negated_single(&self, i: usize) -> Option<Core> {
        if self.w(i + 1) != "single" || !self.is_word(i + 2) || self.hyphen(i + 2) {
            return None;
        }
        let negated = (i.saturating_sub(3)..i).any(|p| match self.w(p) {
            "not" | "never" | "without" | "nor" | "cannot" => true,
            "t" => p > 0 && matches!(self.sym(p - 1), Some('\'' | '’')),
            _ => false,
        });
        negated.then(|| Core::derived(i, i + 2, 1.0, Form::Int))
    }

    /// "a couple" at `i` (on "a") closing a sentence right after a verb ("so I
    /// took a couple.", "I need a couple!"): two, the counted noun said before.
    /// Not after a linking verb or a preposition ("they are a couple.", "to become
    /// a couple.", "seen as a couple."), where it is two people.
    pub(super) fn couple_at_end(&self, i: usize) -> Option<Core> {
        if self.w(i + 1) != "couple" || i == 0 || !self.is_word(i - 1) {
            return None;
        }
        let end = i + 2 >= self.n() || matches!(self.sym(i + 2), Some('.' | '!' | '?'));
        let prev = self.w(i - 1);
        let linking = matches!(
            prev,
            "as" | "like"
                | "than"
                | "such"
                | "what"
                | "quite"
                | "become"
                | "becomes"
                | "became"
                | "becoming"
                | "remain"
                | "remains"
                | "remained"
                | "seem"
                | "seems"
                | "seemed"
                | "being"
                | "re"
                | "s"
        );
        let verb = !lx::not_a_noun(prev) && !linking && !self.capitalised(i - 1);
        (end && verb).then(|| Core::derived(i, i + 2, 2.0, Form::Int))
    }

    /// The noun after "a pair of" at `k` (past up to two modifiers) names one
    /// thing made of two parts ("a pair of jeans", "a pair of dark glasses"), so
    /// the pair is one item, not two.
    pub(super) fn pair_is_one_thing(&self, k: usize) -> bool {
        (k..k + 3).take_while(|&p| self.is_word(p)).any(|p| {
            matches!(
                self.w(p),
                "jeans"
                    | "trousers"
                    | "shorts"
                    | "pants"
                    | "tights"
                    | "leggings"
                    | "pyjamas"
                    | "pajamas"
                    | "knickers"
                    | "briefs"
                    | "overalls"
                    | "dungarees"
                    | "scissors"
                    | "shears"
                    | "pliers"
                    | "tongs"
                    | "tweezers"
                    | "glasses"
                    | "sunglasses"
                    | "spectacles"
                    | "goggles"
                    | "binoculars"
                    | "headphones"
                    | "earphones"
                    | "handcuffs"
            )
        })
    }

    /// After "a second" ending at `e`, a noun the ordinal counts: a word that is
    /// no function word and no adverb of time or pace ("a second term", "a second
    /// floor balcony", "a second UN vote"; not "a second later", "a second faster",
    /// "a second or two", nor the set phrases "a second opinion", "a second look",
    /// "a second cousin").
    pub(super) fn second_counts_noun(&self, e: usize) -> bool {
        if !self.is_word(e) || self.hyphen(e) {
            return false;
        }
        let w = self.w(e);
        !lx::not_a_noun(w)
            && !matches!(
                w,
                "later"
                    | "earlier"
                    | "ago"
                    | "faster"
                    | "slower"
                    | "quicker"
                    | "sooner"
                    | "longer"
                    | "shorter"
                    | "ahead"
                    | "behind"
                    | "clear"
                    | "off"
                    | "rather"
                    | "more"
                    | "less"
                    | "too"
                    | "per"
                    | "each"
                    | "apart"
                    | "away"
                    | "before"
                    | "after"
                    | "then"
                    | "now"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
                    // Set phrases: "a second opinion", "a second look".
                    | "opinion"
                    | "look"
                    | "glance"
                    | "thought"
                    | "thoughts"
                    | "guess"
                    | "wind"
                    | "fiddle"
                    | "string"
                    | "cousin"
                    | "hand"
                    | "rate"
                    | "class"
            )
    }
}
