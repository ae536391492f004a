//! The head of a noun phrase after an ordinal: a singular noun before a plural
//! one modifies it ("the first home computers" counts computers, "its second
//! trade deals" deals), as adjectives do.

use super::*;

impl Sc<'_> {
    /// The lower-case singular noun at `j` is attributive: a lower-case plural
    /// noun follows it, and that plural is no verb ("the second man faces
    /// charges", "the first charge relates to").
    pub(super) fn attributive(&self, j: usize) -> bool {
        let (w, p) = (self.w(j), self.w(j + 1));
        let plural_noun = |k: usize, x: &str| {
            self.is_word(k)
                && !self.capitalised(k)
                && x.len() > 3
                && x.ends_with('s')
                && !x.ends_with("ss")
                && !x.ends_with("ous")
                && !lx::not_plural(x)
                && !lx::not_a_noun(x)
                && !lx::modifier(x)
        };
        // The plural is a noun when what follows reads as its verb or ends the
        // phrase ("computers were", "computers sold", "papers with"); a verb
        // taking an object or a preposition ("charge relates to") is left alone.
        let k = j + 2;
        let after = self.w(k);
        let noun_then = !self.is_word(k)
            || after.ends_with("ed")
            || matches!(
                after,
                "were"
                    | "are"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "should"
                    | "did"
                    | "do"
                    | "that"
                    | "which"
                    | "who"
                    | "with"
                    | "of"
                    | "for"
                    | "from"
                    | "sold"
                    | "went"
                    | "came"
                    | "made"
            );
        // An ordinal counts a period before a plural ("the fourth quarter profits").
        let period = matches!(
            w,
            "quarter"
                | "term"
                | "half"
                | "anniversary"
                | "round"
                | "leg"
                | "season"
                | "stage"
                | "phase"
                | "generation"
                | "edition"
                | "series"
                | "innings"
        );
        !w.ends_with('s')
            && lx::duration_unit(w).is_none()
            && w != "time"
            && !period
            && plural_noun(j + 1, p)
            && noun_then
    }
}
