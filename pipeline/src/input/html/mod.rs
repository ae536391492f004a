//! Web pages: the article's main text and its metadata.
//!
//! Extraction is the `trafilatura` crate (a Rust port of go-trafilatura, itself
//! a port of Python's trafilatura) with its readability fallback on: of the
//! Rust extractors measured on the article-extraction benchmark's development
//! pages it scored best (see the README, "HTML pages"). The title, authors,
//! date and URL come from the page's metadata (`og:title`, `<title>`, meta
//! author, `article:published_time`, JSON-LD, canonical link). The extracted
//! text is the document's text (with the title on top, see
//! [`crate::document::Document::with_title`]), so offsets index it, not the
//! HTML.

use crate::config::InputConfig;
use crate::document::Meta;

use super::InputError;

mod charset;
pub mod eval;
mod text;

/// Fewer words than this is no article: what is left of a page without one
/// (a menu link, a cookie notice) gets a `no_text` record instead.
pub const MIN_WORDS: usize = 5;

/// What a page gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The main text, paragraphs separated by line breaks.
    pub text: String,
    /// How the bytes were decoded.
    pub encoding: &'static str,
    /// The headline from the page's metadata.
    pub title: Option<String>,
    /// Authors, date and URL from the page's metadata (`title` is left to
    /// [`crate::document::Document::with_title`]).
    pub meta: Meta,
}

/// Extract a page's main text and metadata; `no_text` when there is none (or
/// fewer than [`MIN_WORDS`] words).
pub fn document(bytes: &[u8], _config: &InputConfig) -> Result<Page, InputError> {
    let (html, encoding) = charset::decode(bytes);
    let opts = trafilatura::Options::default().with_fallback(true);
    let result = trafilatura::extract(&html, &opts)
        .map_err(|e| InputError::new("no_text", format!("no main text found in the page: {e}")))?;
    // The extractor's own text runs paragraphs together: its HTML keeps them.
    let text = text::text_of(&result.content_html);
    let words = text.split_whitespace().count();
    if words < MIN_WORDS {
        return Err(InputError::new(
            "no_text",
            format!("no main text found in the page ({words} words left after extraction, fewer than {MIN_WORDS})"),
        ));
    }
    let m = &result.metadata;
    let some = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(Page {
        text,
        encoding,
        title: some(&m.title),
        meta: Meta {
            title: None,
            url: some(&m.url),
            date: m.date.map(|d| d.to_string()),
            authors: m.author.split(';').filter_map(|a| some(a)).collect(),
            source: some(&m.sitename),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_text_and_metadata_without_the_page_furniture() {
        let para = "The council voted on Tuesday to rebuild the old harbour wall, which storms damaged twice last winter. ";
        let page = format!(
            r#"<!doctype html><html><head><title>Harbour wall to be rebuilt | Coast Times</title>
            <meta property="og:title" content="Harbour wall to be rebuilt">
            <meta name="author" content="Ann Example">
            <meta property="article:published_time" content="2024-03-05T09:00:00Z">
            </head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
            <article><h1>Harbour wall to be rebuilt</h1><p>{}</p><p>{}</p></article>
            <footer>Copyright Coast Times. All rights reserved. Cookie settings.</footer></body></html>"#,
            para.repeat(3),
            para.repeat(2)
        );
        let p = document(page.as_bytes(), &InputConfig::default()).unwrap();
        assert!(
            p.text.contains("rebuild the old harbour wall"),
            "{}",
            p.text
        );
        assert!(!p.text.contains("Cookie settings"), "{}", p.text);
        assert!(!p.text.contains("Weather"), "{}", p.text);
        assert_eq!(p.title.as_deref(), Some("Harbour wall to be rebuilt"));
        assert_eq!(p.meta.authors, vec!["Ann Example"]);
        assert_eq!(p.meta.date.as_deref(), Some("2024-03-05"));
        assert_eq!(p.encoding, "utf-8");
    }

    #[test]
    fn a_page_without_text_is_no_text() {
        let page = b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>";
        assert_eq!(
            document(page, &InputConfig::default()).unwrap_err().kind,
            "no_text"
        );
    }
}
