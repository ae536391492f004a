//! The head of a noun phrase after an ordinal: a singular noun before a plural
//! one modifies it ("the first home computers" counts computers, "its second
//! trade deals" deals), as adjectives do; so does a singular noun before another
//! that ends the phrase ("her fourth away win." counts win, "his 9th club
//! title" title), as noun adjuncts do before a cardinal's plural ("50 police
//! officers").

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
        let period = ordinal_period(w);
        !w.ends_with('s')
            && lx::duration_unit(w).is_none()
            && w != "time"
            && !period
            && plural_noun(j + 1, p)
            && noun_then
    }

    /// The lower-case singular noun at `j` is the first of a noun-noun compound
    /// that ends the phrase: a lower-case singular noun follows it, and after that
    /// comes punctuation, the end, a past verb or a function word that is no determiner ("his
    /// 9th club title on Friday", "a sixth cup final." count title and final). The
    /// second word must read as a noun: no verb form ("the second man hit a car",
    /// "the third man said"), adverb ("his first trip home", "her 5th goal
    /// overall") or number word.
    pub(super) fn compound_first(&self, j: usize) -> bool {
        let (w, y) = (self.w(j), self.w(j + 1));
        let noun_like = |k: usize, x: &str| {
            self.is_word(k)
                && !self.capitalised(k)
                && x.len() > 2
                && !x.ends_with('s')
                && !x.ends_with("ed")
                && !x.ends_with("ly")
                && !x.ends_with("ing")
                && !lx::not_a_noun(x)
                && !lx::modifier(x)
                && !lx::sentence_adverb(x)
                && !lx::irregular_past(x)
                && lx::unit_word(x).is_none()
                && lx::tens_word(x).is_none()
                && lx::scale_word(x).is_none()
                && lx::ordinal_word(x).is_none()
        };
        let verb_or_adverb = matches!(
            y,
            "hit"
                | "shot"
                | "left"
                | "put"
                | "set"
                | "cut"
                | "let"
                | "saw"
                | "did"
                | "quit"
                | "hurt"
                | "beat"
                | "home"
                | "abroad"
                | "away"
                | "overall"
                | "apiece"
                | "running"
                | "straight"
                | "ever"
                | "yet"
                | "too"
                | "here"
                | "there"
                // Participles and adjectives that follow a noun ("the first child
                // born to", "a pre-tax charge taken", "the first man guilty of").
                | "born"
                | "taken"
                | "given"
                | "known"
                | "shown"
                | "seen"
                | "done"
                | "guilty"
                | "remote"
                | "alive"
                | "dead"
                | "free"
                | "ready"
                | "due"
                | "worth"
        ) || y.len() > 6 && (y.ends_with("able") || y.ends_with("ible"));
        let k = j + 2;
        let z = self.w(k);
        // The phrase ends at punctuation, a function word or a past verb ("his 7th
        // gold medal came").
        // "the first concert broadcast by phone": a passive participle, no noun.
        let ends = z != "by"
            && (!self.is_word(k)
                || lx::not_a_noun(z) && !lx::determiner(z)
                || lx::irregular_past(z)
                || z.len() > 4 && z.ends_with("ed"));
        !self.hyphen(j + 1)
            && noun_like(j, w)
            && lx::duration_unit(w).is_none()
            && w != "time"
            && !ordinal_period(w)
            && noun_like(j + 1, y)
            && !verb_or_adverb
            && ends
    }
}

/// Periods and ranks an ordinal counts even before another noun ("the fourth
/// quarter profits", "the second round match", "a third place finish", "the
/// first floor window", "the second set tie-break").
fn ordinal_period(w: &str) -> bool {
    matches!(
        w,
        "quarter"
            | "place"
            | "floor"
            | "set"
            | "team"
            | "class"
            | "division"
            | "tier"
            | "grade"
            | "degree"
            | "person"
            | "row"
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
    )
}
