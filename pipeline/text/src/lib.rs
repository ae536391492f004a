#![deny(missing_docs)]
//! Spans over a document's text.
//!
//! Stages work in byte offsets (what `str` slicing and `regex` speak); the output
//! contract speaks Unicode code points. [`Span`] can only be built on char
//! boundaries, so slicing with it never panics, and [`CharOffsets`] is the one place
//! where byte offsets become code-point offsets.

use std::fmt;
use std::ops::Range;

/// A half-open byte range `[start, end)` into a text, on char boundaries.
///
/// The constructor checks the boundaries against the text it will slice, so a
/// `Span` built for one text is always safe to apply to that text.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// A span of `text`, or `None` when `start > end`, `end > text.len()` or either
    /// end is not on a char boundary.
    pub fn new(text: &str, start: usize, end: usize) -> Option<Span> {
        (start <= end && text.is_char_boundary(start) && text.is_char_boundary(end))
            .then_some(Span { start, end })
    }

    /// A span of `text` from a byte range (see [`Span::new`]).
    pub fn from_range(text: &str, range: Range<usize>) -> Option<Span> {
        Span::new(text, range.start, range.end)
    }

    /// Byte offset of the first byte.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset one past the last byte.
    pub fn end(&self) -> usize {
        self.end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The byte range.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The covered text. `text` must be the text the span was built for.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: &Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span without leading and trailing whitespace.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span {
                start: self.start,
                end: self.start,
            };
        }
        Span {
            start: self.start + lead,
            end: self.end - trail,
        }
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Converts byte offsets of one text into Unicode code-point offsets.
///
/// ASCII texts (most news) convert by identity; others by binary search over the
/// byte offsets of their non-ASCII characters.
#[derive(Debug, Clone)]
pub struct CharOffsets {
    /// Byte offset of each multi-byte character, in order, with its extra bytes.
    wide: Vec<(usize, usize)>,
    len_bytes: usize,
}

impl CharOffsets {
    /// Index the text.
    pub fn new(text: &str) -> CharOffsets {
        let mut wide = Vec::new();
        let mut extra = 0;
        for (i, c) in text.char_indices() {
            let n = c.len_utf8();
            if n > 1 {
                extra += n - 1;
                wide.push((i, extra));
            }
        }
        CharOffsets {
            wide,
            len_bytes: text.len(),
        }
    }

    /// The code-point offset of a byte offset on a char boundary of the indexed text.
    pub fn to_char(&self, byte: usize) -> usize {
        debug_assert!(byte <= self.len_bytes);
        // Characters starting before `byte` each contributed their extra bytes.
        let k = self.wide.partition_point(|&(at, _)| at < byte);
        if k == 0 {
            byte
        } else {
            byte - self.wide[k - 1].1
        }
    }

    /// `(start, end)` in code points for a span of the indexed text.
    pub fn span(&self, span: Span) -> (usize, usize) {
        (self.to_char(span.start), self.to_char(span.end))
    }

    /// Length of the indexed text in code points.
    pub fn len_chars(&self) -> usize {
        self.to_char(self.len_bytes)
    }
}

/// The four CoNLL entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityLabel {
    /// A person.
    Per,
    /// An organisation.
    Org,
    /// A location.
    Loc,
    /// Anything else named: nationalities, events, works.
    Misc,
}

impl EntityLabel {
    /// The label as written in the output and in CoNLL files.
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityLabel::Per => "PER",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
            EntityLabel::Misc => "MISC",
        }
    }

    /// Parse `PER`, `ORG`, `LOC` or `MISC`.
    pub fn parse(s: &str) -> Option<EntityLabel> {
        match s {
            "PER" => Some(EntityLabel::Per),
            "ORG" => Some(EntityLabel::Org),
            "LOC" => Some(EntityLabel::Loc),
            "MISC" => Some(EntityLabel::Misc),
            _ => None,
        }
    }
}

/// A named-entity mention: what the entities stage finds and later stages use.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Where it is.
    pub span: Span,
    /// Its type.
    pub label: EntityLabel,
    /// Model confidence in 0..=1.
    pub score: f32,
}

/// The part a stretch of text plays in an attribution, as the entities model
/// tags it when it was also trained on attributions (PolNeAR's scheme).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AttributionRole {
    /// What is said, believed or found.
    Content,
    /// Who says it.
    Source,
    /// The reporting words.
    Cue,
}

/// A stretch the model tagged with an attribution role: a hint the quotes stage
/// weighs against its rules, never written out on its own.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributionTag {
    /// Where it is.
    pub span: Span,
    /// Its role.
    pub role: AttributionRole,
    /// Mean model confidence over its words, in 0..=1.
    pub score: f32,
}

/// Precision/recall counts of an evaluation, shared by the stages' `eval` modules.
///
/// Predictions and gold units are matched separately, so matching need not be
/// one to one (overlap matching); with exact matching both matched counts are equal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    /// Predictions counted.
    pub predicted: usize,
    /// Predictions that match a gold unit.
    pub predicted_matched: usize,
    /// Gold units counted.
    pub gold: usize,
    /// Gold units that a prediction matches.
    pub gold_matched: usize,
}

impl Prf {
    /// Precision in 0..=1 (0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.predicted_matched, self.predicted)
    }

    /// Recall in 0..=1 (0 when there is no gold unit).
    pub fn recall(&self) -> f64 {
        ratio(self.gold_matched, self.gold)
    }

    /// Harmonic mean of precision and recall, in 0..=1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// `a / b`, or 0 when `b` is 0.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rejects_non_boundaries() {
        let t = "a£b";
        assert!(Span::new(t, 0, 2).is_none());
        assert!(Span::new(t, 1, 3).is_some());
        assert!(Span::new(t, 3, 2).is_none());
        assert!(Span::new(t, 0, 5).is_none());
    }

    #[test]
    fn converts_to_code_points() {
        let t = "“Hi,” said José — 3€";
        let offsets = CharOffsets::new(t);
        let b = t.find("José").unwrap();
        let span = Span::new(t, b, b + "José".len()).unwrap();
        let (s, e) = offsets.span(span);
        let chars: String = t.chars().skip(s).take(e - s).collect();
        assert_eq!(chars, "José");
        assert_eq!(offsets.len_chars(), t.chars().count());
    }

    #[test]
    fn trims_whitespace() {
        let t = "  ab \n";
        let s = Span::new(t, 0, t.len()).unwrap().trim(t);
        assert_eq!(s.slice(t), "ab");
        assert!(Span::new(t, 0, 2).unwrap().trim(t).is_empty());
    }

    proptest! {
        #[test]
        fn char_offsets_agree_with_char_indices(t in "\\PC{0,40}") {
            let offsets = CharOffsets::new(&t);
            for (ci, (bi, _)) in t.char_indices().enumerate() {
                prop_assert_eq!(offsets.to_char(bi), ci);
            }
            prop_assert_eq!(offsets.to_char(t.len()), t.chars().count());
        }
    }
}
