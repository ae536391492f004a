//! The document model every stage reads and writes.

use nx_anatomy::Anatomy;
use nx_numbers::NumberMention;
use nx_quotes::Quote;
use nx_text::{AttributionTag, Entity, Span};

/// Why a document has no annotations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocError {
    /// Machine-readable kind: an input error kind (`unreadable`, `too_large`,
    /// `empty`, `binary`, `not_utf8`, `corrupt`, `bad_json`, `no_text`), `stage`
    /// or `panic`.
    pub kind: String,
    /// What a person needs to know.
    pub message: String,
}

/// What the input said about an article besides its text (JSON fields, HTML
/// metadata); written under `meta`, each field only when given.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Meta {
    /// The headline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where the article was published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date, as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Authors, as given.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// Publisher or site, as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Meta {
    /// Nothing given.
    pub fn is_empty(&self) -> bool {
        self == &Meta::default()
    }
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
    /// The title the input gave (JSON field, HTML metadata), trimmed and on one
    /// line; when set, `text` starts with it (see [`Document::with_title`]) and
    /// the anatomy stage takes that line as the title.
    pub given_title: Option<String>,
    /// What the input said about the article besides its text.
    pub meta: Meta,
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
    /// The language detected (ISO 639-3), where the guess was reliable.
    pub language: Option<&'static str>,
    /// The English-trained stages pass over this document (another language).
    pub skips_english_stages: bool,
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

    /// A document whose input gave a title and a body: the title (trimmed, its
    /// lines joined by a space) becomes `given_title` and `meta.title`, and the text is
    /// `title + "\n\n" + body` unless the body already starts with it, so the
    /// title is a span of `text` like any other.
    pub fn with_title(mut self, title: Option<&str>) -> Document {
        let Some(title) = title
            .map(|t| {
                t.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|t| !t.is_empty())
        else {
            return self;
        };
        if !self.text.trim_start().starts_with(&title) {
            self.text = format!("{title}\n\n{}", self.text);
        }
        self.meta.title = Some(title.clone());
        self.given_title = Some(title);
        self
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_given_title_leads_the_text_once() {
        let d =
            Document::new("a", "a", "Body text here.", "utf-8").with_title(Some(" Big \n news "));
        assert_eq!(d.text, "Big news\n\nBody text here.");
        assert_eq!(d.given_title.as_deref(), Some("Big news"));
        assert_eq!(d.meta.title.as_deref(), Some("Big news"));
        let d = Document::new("a", "a", "Big news\n\nBody.", "utf-8").with_title(Some("Big news"));
        assert_eq!(d.text, "Big news\n\nBody.");
        let d = Document::new("a", "a", "B.", "utf-8").with_title(Some("Two  spaces - kept"));
        assert_eq!(d.text, "Two  spaces - kept\n\nB.");
        let d = Document::new("a", "a", "Body.", "utf-8").with_title(Some("  "));
        assert_eq!((d.text.as_str(), d.given_title), ("Body.", None));
    }
}
