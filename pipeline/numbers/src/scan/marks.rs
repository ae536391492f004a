//! Marks and bare words that give a number its unit in the dimension corpora's
//! short forms: a lower-case "c" glued after a whole number of cents ("99c"), an
//! ASCII double quote as an inch mark where it cannot close a quotation ("a 10\"
//! pan", "4\""), and "zero" after "below" or "above" read as a temperature where
//! the clause talks of weather ("the mercury fell below zero").

use super::labels::label_noun;
use super::{Core, Form, Sc};

impl Sc<'_> {
    /// "99c", "a 60c stamp": cents written with a glued lower-case "c" after a
    /// whole number below 100 ending at `e`. Not a label's letter ("Flat 2c",
    /// "article 50c", "series 3c"), not after a name ("iPhone 5c"), not a word going on ("4cm" is a unit, "3cs" nothing), and
    /// never an upper-case "C", which is a temperature.
    pub(super) fn glued_cents(&self, e: usize, core: &Core) -> bool {
        if self.raw(e) != "c" || !self.glued(e) || !self.is_digits(e - 1) {
            return false;
        }
        if core.form != Form::Int || core.v < 1.0 || core.v >= 100.0 || core.e != e {
            return false;
        }
        let goes_on = self.glued(e + 1)
            && (self.is_word(e + 1)
                || self.is_digits(e + 1)
                || matches!(self.sym(e + 1), Some('-' | '/' | '\'' | '’')));
        let labelled = core.s > 0
            && (label_noun(self.w(core.s - 1))
                || matches!(
                    self.w(core.s - 1),
                    "flat"
                        | "class"
                        | "year"
                        | "form"
                        | "unit"
                        | "block"
                        | "no"
                        | "number"
                        | "series"
                        | "model"
                        | "mark"
                        | "size"
                        | "level"
                        | "vitamin"
                ));
        // A name before it makes a model ("Psion 3c", "iPhone 5c"); a capital
        // that only opens the sentence ("Only 99c") does not.
        let p = core.s.wrapping_sub(1);
        let opens = core.s > 0 && (self.sentence_start(p) || self.ws_between(p).contains('\n'));
        let named =
            core.s > 0 && self.is_word(p) && self.raw(p).chars().any(char::is_uppercase) && !opens;
        !goes_on && !labelled && !named
    }

    /// An ASCII double quote at `m` (ending at `end`) glued after a number, read as
    /// an inch mark: no quotation mark of either kind stands before it in the
    /// paragraph (so it closes none), and it ends the clause ("4\".") or a word
    /// follows it after a space ("a 10\" pan").
    pub(super) fn bare_inch(&self, m: usize, end: usize) -> bool {
        if self.sym(m) != Some('"') {
            return false;
        }
        let ends = end >= self.n()
            || matches!(self.sym(end), Some('.' | ',' | ';' | '!' | '?' | ')'))
                && !self.glued_word(end + 1);
        let word_after = self.is_word(end) && !self.glued(end);
        if !ends && !word_after {
            return false;
        }
        let para = self.text[..self.toks[m].s].rfind('\n').map_or(0, |p| p + 1);
        !(0..m)
            .rev()
            .take_while(|&k| self.toks[k].s >= para)
            .any(|k| matches!(self.sym(k), Some('"' | '“' | '”' | '\'' | '‘' | '`')))
    }

    /// "zero" ending at `e` after "below" or "above" (core from `s`) read as a
    /// temperature: a weather word stands before it ("temperatures dipped below
    /// zero", "the mercury rose above zero"), a cold word or time of night in the
    /// clause ("a frosty night below zero"), or the phrase is all the input. Rates,
    /// balances and scores below zero stay numbers.
    pub(super) fn zero_temperature(&self, s: usize, e: usize) -> bool {
        if s == 0 || self.w(s) != "zero" || e != s + 1 {
            return false;
        }
        if !matches!(self.w(s - 1), "below" | "above") {
            return false;
        }
        let alone = s == 1 && (e >= self.n() || matches!(self.sym(e), Some('.' | '!' | '?')));
        let clause = |k: usize| {
            let w = self.w(k);
            w.starts_with("temperature")
                || w.starts_with("freez")
                || w.starts_with("thermometer")
                || w.starts_with("frost")
                || matches!(
                    w,
                    "mercury"
                        | "weather"
                        | "degrees"
                        | "cold"
                        | "icy"
                        | "chill"
                        | "snow"
                        | "overnight"
                        | "outside"
                        | "night"
                        | "nights"
                        | "winter"
                )
        };
        let lo = s.saturating_sub(8);
        let hi = (e + 4).min(self.n());
        alone || self.weather_before(s - 1) || (lo..hi).any(clause)
    }
}
