//! The document model every stage reads and writes.

use nx_anatomy::Anatomy;
use nx_numbers::NumberMention;
use nx_quotes::Quote;
use nx_text::{AttributionTag, Entity, Span};

/// Why a document has no annotations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocError {
    /// Machine-readable kind: an input error kind (`unreadable`, `too_large`,
    /// `empty`, `binary`, `not_utf8`), `stage` or `panic`.
    pub kind: String,
    /// What a person needs to know.
    pub message: String,
}

/// One article on its way through the pipeline. Spans are byte ranges into
/// `text`; they become code-point offsets only when written.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Path relative to the input root, without extension.
    pub id: String,
    /// Where it was read from.
    pub source: String,
    /// Decoded text.
    pub text: String,
    /// How the bytes were decoded.
    pub encoding: &'static str,
    /// The title the input's metadata gives, if any (never for `.txt` files);
    /// the anatomy stage takes the line that reads the same as the title.
    pub given_title: Option<String>,
    /// Title, headings, dateline, byline, authors and boilerplate.
    pub anatomy: Anatomy,
    /// Sentence spans.
    pub sentences: Vec<Span>,
    /// Named entities.
    pub entities: Vec<Entity>,
    /// Attribution parts the entities model tagged, for the quotes stage (not
    /// written out).
    pub attribution_tags: Vec<AttributionTag>,
    /// Quotations.
    pub quotes: Vec<Quote>,
    /// Numeric expressions.
    pub numbers: Vec<NumberMention>,
    /// Set when reading or a stage failed; later stages skip the document.
    pub error: Option<DocError>,
}

impl Document {
    /// A document ready for the stages.
    pub fn new(
        id: impl Into<String>,
        source: impl Into<String>,
        text: impl Into<String>,
        encoding: &'static str,
    ) -> Document {
        Document {
            id: id.into(),
            source: source.into(),
            text: text.into(),
            encoding,
            ..Document::default()
        }
    }

    /// A document that failed before any stage.
    pub fn failed(
        id: impl Into<String>,
        source: impl Into<String>,
        kind: &str,
        message: impl Into<String>,
    ) -> Document {
        Document {
            id: id.into(),
            source: source.into(),
            error: Some(DocError {
                kind: kind.into(),
                message: message.into(),
            }),
            ..Document::default()
        }
    }

    /// Whitespace-separated words, for throughput figures.
    pub fn words(&self) -> usize {
        self.text.split_whitespace().count()
    }
}
