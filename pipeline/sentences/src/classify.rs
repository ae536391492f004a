//! What the word before a period is: an abbreviation, an initial, a number, a plain word.

use crate::lexicon::AbbrKind;
use crate::scan::{is_closer, is_currency_or_sign};
use crate::{Abbr, Segmenter};

impl Segmenter {
    pub(crate) fn classify(&self, w: &str) -> TokClass {
        if w.is_empty() {
            return TokClass::Plain { alpha3: false };
        }
        let last = w.chars().next_back().unwrap_or(' ');
        if is_closer(last) {
            return TokClass::Closed;
        }
        let first = w.chars().next().unwrap_or(' ');
        if let Some(a) = self.lookup(w) {
            if !a.cap_only || first.is_uppercase() {
                return TokClass::Abbr(a.kind);
            }
        }
        let mut chars = w.chars();
        let c0 = chars.next().unwrap_or(' ');
        if chars.next().is_none() && c0.is_alphabetic() {
            return if c0.is_uppercase() {
                TokClass::Initial(c0)
            } else {
                TokClass::LowerLetter
            };
        }
        let bytes = w.as_bytes();
        if bytes[0].is_ascii_digit() {
            if bytes.len() <= 2 && bytes.iter().all(u8::is_ascii_digit) {
                return TokClass::ShortNumber;
            }
            return TokClass::Number;
        }
        if is_currency_or_sign(first)
            && w[first.len_utf8()..].starts_with(|c: char| c.is_ascii_digit())
        {
            return TokClass::Number;
        }
        if w.contains('.') && is_multi_dot(w) {
            let lw = w.as_bytes();
            if lw.len() == 3 && matches!(lw[0] | 0x20, b'a' | b'p') && lw[2] | 0x20 == b'm' {
                return TokClass::Time;
            }
            return TokClass::MultiDot;
        }
        TokClass::Plain {
            alpha3: w.chars().count() >= 3 && w.chars().all(char::is_alphabetic),
        }
    }

    pub(crate) fn lookup(&self, w: &str) -> Option<Abbr> {
        if w.len() > 16 {
            return None;
        }
        if w.is_ascii() {
            let mut buf = [0u8; 16];
            let lw = &mut buf[..w.len()];
            lw.copy_from_slice(w.as_bytes());
            lw.make_ascii_lowercase();
            let lw = std::str::from_utf8(lw).ok()?;
            self.abbrevs.get(lw).copied()
        } else {
            self.abbrevs.get(&w.to_lowercase()).copied()
        }
    }
}

/// What the word before a period is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum TokClass {
    /// An ordinary word; `alpha3`: all letters, at least three.
    Plain { alpha3: bool },
    /// Starts with a digit (or a currency sign and a digit).
    Number,
    /// One or two digits: an item number at a sentence start.
    ShortNumber,
    /// Ends with a closing bracket or quote: the period follows a complete unit.
    Closed,
    /// A single capital letter.
    Initial(char),
    /// A single lower-case letter.
    LowerLetter,
    /// "a.m." / "p.m.".
    Time,
    /// Letters and dots: "U.S.", "e.g.", "Ph.D.".
    MultiDot,
    /// A listed abbreviation.
    Abbr(AbbrKind),
}

/// Letters in groups of one or two separated by dots ("U.S", "e.g", "Ph.D").
pub(crate) fn is_multi_dot(w: &str) -> bool {
    let mut segs = 0;
    for seg in w.split('.') {
        if seg.is_empty() || seg.len() > 2 || !seg.bytes().all(|c| c.is_ascii_alphabetic()) {
            return false;
        }
        segs += 1;
    }
    segs >= 2
}
