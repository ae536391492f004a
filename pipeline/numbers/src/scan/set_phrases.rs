//! Number words in set phrases that count nothing, or count in years: titles led
//! by "first" ("First Minister", "the first lady", "First Sea Lord"); "one day",
//! "one morning" opening a sentence, an indefinite time ("once"), not a period of
//! one day; and age groups ("twenty-somethings", "a thirty-something lawyer",
//! "20-somethings", "fortysomethings"), a decade of life as "in their twenties" is.

use super::*;

/// A noun that makes a title after "first" when both are capitalised.
fn title_noun(w: &str) -> bool {
    matches!(
        w,
        "minister"
            | "ministers"
            | "lady"
            | "secretary"
            | "sea"
            | "officer"
            | "mate"
            | "gentleman"
            | "deputy"
            | "reading"
    )
}

/// A title noun that is still a title after "first" in lower case ("the first
/// minister said", "the first lady's office").
fn lower_title_noun(w: &str) -> bool {
    matches!(w, "minister" | "lady" | "secretary")
}

/// A part of the day or "day" itself: "One morning she left".
fn day_part(w: &str) -> bool {
    matches!(w, "day" | "morning" | "afternoon" | "evening" | "night")
}

/// A word after "one day" that keeps it a period ("one day later", "one day of
/// talks", "one day is enough") or a count ("one day or two").
fn keeps_period(w: &str) -> bool {
    matches!(
        w,
        "later"
            | "earlier"
            | "after"
            | "before"
            | "ago"
            | "on"
            | "of"
            | "is"
            | "was"
            | "will"
            | "would"
            | "and"
            | "or"
            | "to"
            | "more"
            | "left"
            | "-"
            | "–"
    )
}

impl Sc<'_> {
    /// A set phrase at `i`: passed over, or an age group emitted.
    pub(super) fn set_phrase_at(&self, i: usize) -> Option<Step> {
        match self.w(i) {
            "first" => self.title_end(i).map(Step::Skip),
            "one" => self.once_end(i).map(Step::Skip),
            _ => self.age_group_at(i),
        }
    }

    /// "First Minister", "the first lady": the end of the title after "first" at `i`.
    /// In lower case "the first minister to resign" still ranks ministers.
    fn title_end(&self, i: usize) -> Option<usize> {
        let noun = self.w(i + 1);
        if !self.is_word(i + 1) || !title_noun(noun) {
            return None;
        }
        if self.capitalised(i) && self.capitalised(i + 1) {
            return Some(i + 2);
        }
        let ranked = matches!(self.w(i + 2), "to" | "ever") || i > 0 && self.w(i - 1) == "ever";
        (lower_title_noun(noun) && !ranked).then_some(i + 2)
    }

    /// "One day he left", "Then one evening": at a sentence start, or after a
    /// sentence-opening "then", "but", "and" or "until", "one" and a part of the day
    /// are an indefinite time.
    fn once_end(&self, i: usize) -> Option<usize> {
        let opens = self.sentence_start(i)
            || i > 0
                && matches!(self.w(i - 1), "then" | "but" | "and" | "until")
                && self.sentence_start(i - 1);
        if !opens || !day_part(self.w(i + 1)) || !self.is_word(i + 1) {
            return None;
        }
        // "one day" as the whole input is the length of time.
        if i == 0 && self.w(1) == "day" && self.only_punctuation_from(2) {
            return None;
        }
        let next = self.w(i + 2);
        (!keeps_period(next) && !self.is_digits(i + 2)).then_some(i + 2)
    }

    /// "twenty-somethings", "20-something", "thirtysomethings": the ages of a decade
    /// of life, a duration in years with the decade's bounds and no value.
    fn age_group_at(&self, i: usize) -> Option<Step> {
        let (tens, end) = if self.is_digits(i) {
            if self.dlen(i) != 2 || !self.hyphen(i + 1) {
                return None;
            }
            let d: u32 = self.raw(i).parse().ok()?;
            (d, i + 1)
        } else {
            // Cheap gate on the last letter: a tens word ends in "y", a glued age
            // group in "g" or "s".
            let w = self.w(i);
            match w.as_bytes().last() {
                Some(b'y') => (lx::tens_word(w)? as u32, i + 1),
                Some(b'g' | b's') if w.len() > 13 => {
                    let stem = w
                        .strip_suffix("somethings")
                        .or_else(|| w.strip_suffix("something"))?;
                    (lx::tens_word(stem)? as u32, i)
                }
                _ => return None,
            }
        };
        let last = if end == i {
            i
        } else if self.hyphen(end) && matches!(self.w(end + 1), "something" | "somethings") {
            end + 1
        } else {
            return None;
        };
        if !tens.is_multiple_of(10) || !(20..=90).contains(&tens) {
            return None;
        }
        let mut f = Found::new(
            self.toks[i].s,
            self.toks[i].s,
            self.toks[last].e,
            NumberKind::Duration,
        );
        f.low = Some(f64::from(tens));
        f.high = Some(f64::from(tens + 9));
        f.unit = Some("years".into());
        Some(Step::Emit(Box::new(f), last + 1))
    }
}
