//! Fixed phrases whose number words count nothing: "thanks a million", "on cloud
//! nine", "the whole nine yards", "six feet under", "second nature", "on second thoughts", "sixth form", "at the
//! eleventh hour", "kill two birds with one stone". The whole phrase is passed
//! over, so no part of it ("one stone", "nine yards") reads as a measure.

use super::*;

/// Each phrase, with the index of the word a mention would start at.
const IDIOMS: &[(&[&str], usize)] = &[
    (&["thanks", "a", "million"], 1),
    (&["a", "million", "thanks"], 0),
    (&["cloud", "nine"], 1),
    (&["whole", "nine", "yards"], 1),
    (&["dressed", "to", "the", "nines"], 3),
    (&["six", "feet", "under"], 0),
    (&["two", "birds", "with", "one", "stone"], 0),
    (&["two", "and", "two", "together"], 0),
    (&["a", "dime", "a", "dozen"], 2),
    (&["ten", "a", "penny"], 0),
    (&["two", "a", "penny"], 0),
    (&["in", "two", "minds"], 1),
    (&["forty", "winks"], 0),
    (&["high", "five"], 1),
    (&["high", "fives"], 1),
    (&["first", "of", "all"], 0),
    (&["first", "and", "foremost"], 0),
    (&["at", "first"], 1),
    (&["in", "the", "first", "place"], 2),
    (&["first", "aid"], 0),
    (&["second", "nature"], 0),
    (&["second", "to", "none"], 0),
    (&["on", "second", "thought"], 1),
    (&["on", "second", "thoughts"], 1),
    (&["seventh", "heaven"], 0),
    (&["sixth", "form"], 0),
    (&["sixth", "formers"], 0),
    (&["eleventh", "hour"], 0),
];

impl Sc<'_> {
    /// The end of a fixed phrase whose number word is at `i`, when one matches.
    pub(super) fn idiom_end(&self, i: usize) -> Option<usize> {
        let w = self.w(i);
        // Cheap gate: only words that can open a mention in some idiom.
        if !matches!(
            w,
            "a" | "nine"
                | "nines"
                | "six"
                | "two"
                | "ten"
                | "forty"
                | "five"
                | "fives"
                | "first"
                | "second"
                | "sixth"
                | "seventh"
                | "eleventh"
        ) {
            return None;
        }
        IDIOMS.iter().find_map(|&(words, at)| {
            if words[at] != w || i < at {
                return None;
            }
            let s = i - at;
            // "the first of all the runners" ranks; "first of all" opens a point.
            if words[..2] == ["first", "of"] && s > 0 && lx::determiner(self.w(s - 1)) {
                return None;
            }
            let all = words
                .iter()
                .enumerate()
                .all(|(k, x)| self.is_word(s + k) && self.w(s + k) == *x);
            all.then_some(s + words.len())
        })
    }
}
