#![deny(missing_docs)]
//! Sentence segmentation for news text. (Stub: to be implemented.)

use nx_text::Span;

/// Options for the segmenter, from the `[sentences]` config table.
#[derive(Debug, Clone, Default)]
pub struct SegmenterOptions {
    /// Abbreviations (without the final dot, any case) that never end a sentence, beyond the built-in list.
    pub extra_abbreviations: Vec<String>,
}

/// Splits text into sentences.
#[derive(Debug, Clone)]
pub struct Segmenter {
    _options: SegmenterOptions,
}

impl Segmenter {
    /// Build a segmenter.
    pub fn new(options: SegmenterOptions) -> Segmenter {
        Segmenter { _options: options }
    }

    /// The sentences of `text`, in order, non-overlapping, trimmed of surrounding whitespace, never empty.
    pub fn split(&self, text: &str) -> Vec<Span> {
        let s = Span::new(text, 0, text.len()).unwrap().trim(text);
        if s.is_empty() { vec![] } else { vec![s] }
    }
}
