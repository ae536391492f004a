//! Nouns around a number: the counted noun after a cardinal ("3,000 soldiers",
//! "“10,000” soldiers") and the noun an ordinal counts ("his fourth trip").
//! Word tests only; the word lists are in the lexicon.

use super::*;

impl Sc<'_> {
    /// An opening quotation mark at `k`: straight or curly, double or single.
    pub(super) fn opening_mark(&self, k: usize) -> bool {
        matches!(self.sym(k), Some('"' | '“' | '‘'))
    }

    /// A closing quotation mark at `k`: straight or curly, double or single.
    pub(super) fn closing_mark(&self, k: usize) -> bool {
        matches!(self.sym(k), Some('"' | '”' | '’'))
    }

    /// A number in quote marks ("“10,000” soldiers", "“more than 50” officials"):
    /// its counted noun follows the closing mark. `first` is the mention's first
    /// token (a qualifier may stand inside or outside the marks), `s` the amount's,
    /// `end` the token after it.
    pub(super) fn past_quote(&self, first: usize, s: usize, end: usize) -> usize {
        // a straight apostrophe quotes a number too here ('10,000' soldiers)
        let closing = (self.closing_mark(end) || self.is_sym(end, '\'')) && self.glued(end);
        let opens = |k: usize| {
            k > 0 && (self.opening_mark(k - 1) || self.is_sym(k - 1, '\'')) && self.glued(k)
        };
        if closing && (opens(s) || opens(first)) {
            end + 1
        } else {
            end
        }
    }

    /// The noun an ordinal counts ("the first step", "his fourth trip", "the 19th
    /// century"), skipping adjectives ("their third official report"). Only after
    /// a determiner or possessive, or for digit ordinals, so the adverb "first"
    /// ("was first elected") has none. Lowercase words only: "the Second World
    /// War" is a name.
    pub(super) fn ordinal_noun(&self, s: usize, end: usize) -> Option<String> {
        let determined = |s: usize| {
            let prev = if s > 0 { self.w(s - 1) } else { "" };
            matches!(
                prev,
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
                    | "my"
                    | "your"
                    | "this"
                    | "that"
                    | "every"
                    | "each"
                    | "whose"
            ) || (s >= 2 && prev == "s" && matches!(self.sym(s - 2), Some('\'' | '’')))
        };
        // "the first and second rounds": the second ordinal shares the first's
        // determiner.
        let shared = s >= 2
            && matches!(self.w(s - 1), "and" | "or")
            && lx::ordinal_word(self.w(s - 2)).is_some()
            && determined(s - 2);
        let det = determined(s) || shared;
        // "finished in second place", "took first position": a rank's own noun
        // needs no determiner.
        if !det && matches!(self.w(end), "place" | "position" | "spot") && self.is_word(end) {
            return Some(self.w(end).to_string());
        }
        if !det && !self.is_digits(s) {
            return None;
        }
        // An acronym before a noun is a modifier ("the third biggest PC vendor").
        let acronym = |k: usize| {
            self.raw(k).len() >= 2 && self.raw(k).bytes().all(|b| b.is_ascii_uppercase())
        };
        // Words that qualify a position: "the first and only time", "its second such
        // tranche", "his fourth and likely last trip".
        let soft = |w: &str| {
            matches!(
                w,
                "last" | "final" | "only" | "next" | "such" | "very" | "ever"
            )
        };
        // Time nouns are listed as function words after cardinals ("2004 year") but
        // are what an ordinal counts ("its third year").
        let stop = |w: &str| lx::not_a_noun(w) && lx::duration_unit(w).is_none() && !soft(w);
        let mut j = end;
        let mut coordinated = false;
        for _ in 0..4 {
            let acr = j > end && acronym(j);
            if !self.is_word(j) || self.capitalised(j) && !acr {
                return None;
            }
            let w = self.w(j);
            // "the first and second rounds", "its fourth and final day"
            if j == end && matches!(w, "and" | "or") && !coordinated {
                coordinated = true;
                j += 1;
                // "the 3rd and 4th quarters": a digit ordinal after the coordinator.
                if self.is_digits(j) && lx::ordinal_suffix(self.w(j + 1)) && self.glued(j + 1) {
                    j += 2;
                }
                continue;
            }
            let ordinal = lx::ordinal_word(w).is_some();
            if !acr
                && (stop(w)
                    || lx::unit_word(w).is_some()
                    || lx::tens_word(w).is_some()
                    || lx::scale_word(w).is_some()
                    || ordinal && !coordinated)
            {
                return None;
            }
            // "the first-ever visit", "the second-largest city"
            if self.hyphen(j + 1) && self.is_word(j + 2) {
                j += 3;
                continue;
            }
            let superlative = w.len() > 3 && w.ends_with("est") && !lx::est_noun(w);
            // "for the first time users can": an ordinal counts times; the words
            // after "time" open a clause.
            let adj = lx::modifier(w) && w != "time"
                || superlative
                || acr
                || ordinal
                || soft(w)
                || matches!(w, "few" | "many" | "several")
                || [
                    "al", "ed", "ive", "ian", "ish", "ese", "ic", "ful", "ous", "ing", "ly",
                ]
                .iter()
                .any(|x| w.ends_with(x))
                // "the first affordable home computers", "the second reliable source"
                || w.len() > 6 && (w.ends_with("able") || w.ends_with("ible"));
            let next = self.w(j + 1);
            let noun_next = self.is_word(j + 1)
                && if self.capitalised(j + 1) {
                    acronym(j + 1) && !self.w(j + 2).ends_with("ed")
                } else {
                    !stop(next)
                };
            // "the first inkling something": one -ing word is skipped, not a run of them
            // ("the first striking thing" still reaches "thing").
            let ing_run = w.ends_with("ing") && next.ends_with("ing") && next.len() > 5;
            // "his 9th club title.": the second noun of a compound that ends the phrase.
            if !adj && self.compound_first(j) {
                return Some(self.w(j + 1).to_string());
            }
            if adj && noun_next && !ing_run || self.attributive(j) {
                j += 1;
                continue;
            }
            // "the world's second largest," counts no noun; nor does an acronym alone.
            if superlative || acr || ordinal || soft(w) {
                return None;
            }
            return Some(w.to_string());
        }
        None
    }

    /// A counted noun after token `e` that is no period noun: what a four-digit
    /// number counts ("2000 workers", "2000-2010 workers"), so it is no year ("2004
    /// profits" is one).
    pub(super) fn counts_after(&self, e: usize, v: f64) -> bool {
        self.counted_noun(e, v)
            .0
            .is_some_and(|n| !lx::period_noun(&n))
    }

    /// The head noun after a number: skip modifiers, stop at function words.
    pub(super) fn counted_noun(&self, k: usize, v: f64) -> (Option<String>, usize) {
        let mut j = k;
        for _ in 0..4 {
            if !self.is_word(j) {
                // Hyphenated modifiers: "1,500 well-trained troops"
                return (None, j);
            }
            let w = self.w(j);
            // "three more chairs", "1,000 extra troops", "two other men": a word of
            // addition before the noun counts it too.
            if matches!(w, "more" | "fewer" | "extra" | "other" | "additional")
                && self.is_word(j + 1)
                && !lx::not_a_noun(self.w(j + 1))
                && !self.capitalised(j + 1)
            {
                j += 1;
                continue;
            }
            // "13,000 US troops", "500 UN monitors": an acronym before a noun modifies it
            // (checked before the function words: "US" is no "us").
            let raw = self.raw(j);
            let acronym = raw.len() >= 2 && raw.bytes().all(|b| b.is_ascii_uppercase());
            if acronym && self.is_word(j + 1) && !self.capitalised(j + 1) {
                j += 1;
                continue;
            }
            // Function words, dates, and other numbers ("one two three") are not
            // counted, nor is what follows a verb ("Halo 3 broke sales records").
            if lx::not_a_noun(w)
                || lx::irregular_past(w) && !self.is_dash(j + 1)
                || lx::month(w) && self.capitalised(j)
                || lx::unit_word(w).is_some()
                || lx::tens_word(w).is_some()
            {
                return (None, j);
            }
            if self.is_dash(j + 1) && self.glued(j + 1) && self.glued_word(j + 2) {
                j += 3;
                continue;
            }
            let plural = |w: &str| {
                (w.ends_with('s')
                    && w.len() > 2
                    && !lx::not_plural(w)
                    && !w.ends_with("ss")
                    && !w.ends_with("ous"))
                    || lx::irregular_plural(w)
            };
            // "two Star Wars films", "three Rolling Stones albums": a plural inside a
            // name before a lower-case plural noun is part of a modifier.
            let name_before_noun = self.capitalised(j)
                && self.is_word(j + 1)
                && !self.capitalised(j + 1)
                && plural(self.w(j + 1))
                && !lx::not_a_noun(self.w(j + 1));
            // "32 runs", "3 tries": a score noun that is also a verb, unless a name
            // stands before it ("19 Management runs").
            let score = lx::score_noun(w) && (j == k || !self.capitalised(j - 1));
            if (plural(w) || score) && !lx::modifier(w) && !name_before_noun {
                return (Some(w.to_string()), j + 1);
            }
            if lx::modifier(w)
                || w.ends_with("al")
                || w.ends_with("ed")
                || w.ends_with("ive")
                || w.ends_with("ian")
                || w.ends_with("ish")
                || w.ends_with("ese")
                || w.ends_with("ic")
                || w.ends_with("ful")
            {
                j += 1;
                continue;
            }
            // Singular head: "1 person".
            if v == 1.0 && w.len() > 2 {
                return (Some(w.to_string()), j + 1);
            }
            // Noun adjuncts: "8,000 foster carers", "50 police officers".
            j += 1;
            continue;
        }
        (None, j)
    }
}
