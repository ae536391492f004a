#![deny(missing_docs)]
//! Quote attribution. (Stub: to be implemented.)

use nx_text::{Entity, Span};
use serde::Serialize;

/// How the quotation is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// In quote marks.
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
    /// Reported speech without quote marks.
    Indirect,
}

/// Who said it.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The mention that says it ("He", "Austin", "the Pentagon spokesperson").
    pub span: Span,
    /// The mention resolved to the fullest name in the article ("Lloyd Austin").
    pub name: String,
}

/// One quotation.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The content, without quote marks.
    pub content: Span,
    /// How it is reported.
    pub kind: QuoteKind,
    /// Who said it, when found.
    pub speaker: Option<Speaker>,
    /// The reporting words ("said", "according to", ":"), when found.
    pub cue: Option<Span>,
    /// Confidence in 0..=1.
    pub score: f32,
}

/// Options from the `[quotes]` config table.
#[derive(Debug, Clone, Default)]
pub struct QuoteOptions {
    /// Also report indirect (reported) speech.
    pub indirect: bool,
}

/// Finds quotations and attributes them.
#[derive(Debug, Clone)]
pub struct QuoteExtractor {
    _options: QuoteOptions,
}

impl QuoteExtractor {
    /// Build an extractor.
    pub fn new(options: QuoteOptions) -> QuoteExtractor {
        QuoteExtractor { _options: options }
    }

    /// The quotations in `text`, in order of content start. `sentences` are the
    /// sentence spans of the text; `entities` the named entities (may be empty when
    /// the entities stage is off).
    pub fn extract(&self, _text: &str, _sentences: &[Span], _entities: &[Entity]) -> Vec<Quote> {
        Vec::new()
    }
}
