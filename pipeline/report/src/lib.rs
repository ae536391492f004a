#![deny(missing_docs)]
//! nx-report: turns news-extract JSON lines (and, optionally, the tables of
//! `news-extract corpus`) into one self-contained HTML file.
//!
//! The page carries its data as JSON blocks (`<script type="application/json">`,
//! with every `<` written `\u003c` so no text can close the block) and a small
//! inline script that renders the article list, one article at a time and the
//! corpus view in the browser. Article text only ever reaches the page through
//! `textContent`, never as markup, so a `<script>` inside an article stays text.
//! Nothing is fetched: styles and scripts are inline and a Content-Security-Policy
//! (`default-src 'none'`) forbids every request.
//!
//! This crate knows nothing of how corpus tables are computed: it takes them as
//! JSON values (the engine computes them with nx-corpus); without them the corpus
//! view says so and stays empty.

use std::path::Path;

use serde_json::Value;

mod page;
mod payload;
mod read;

pub use read::{read_corpus_dir, read_jsonl, ReadError};

/// One line of a run's JSONL.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// A line that parsed as a JSON object: a document record or an error record.
    Record(Value),
    /// A line that could not be read; shown in the report with its place, the rest still rendered.
    Malformed {
        /// The file it came from, as given.
        source: String,
        /// Line number, from 1.
        line: usize,
        /// Why it could not be read.
        message: String,
    },
}

/// The tables written by `news-extract corpus`, one JSON object per row, as read
/// from its `.jsonl` files. Fields are documented in the README's "Report" section.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CorpusTables {
    /// Entities merged across documents: `{id, name, label, aliases, mentions, documents}`.
    pub entities: Vec<Value>,
    /// Speakers: `{id, name, aliases, entity, quotes, documents, titles}`.
    pub speakers: Vec<Value>,
    /// Quotation clusters: `{id, speaker, other_speakers, text, kind, members, documents}`.
    pub quotes: Vec<Value>,
    /// Numeric claims: `{id, unit, value, low, high, currency, members, documents, speakers, conflicts}`.
    pub claims: Vec<Value>,
    /// Per document: `{doc, duplicate_group, story}`.
    pub documents: Vec<Value>,
}

/// Everything a report shows.
#[derive(Debug, Clone, Default)]
pub struct ReportInput {
    /// The lines of the run file(s), in order.
    pub lines: Vec<Line>,
    /// Corpus tables (as `news-extract corpus` writes them); without them the corpus view is empty.
    pub corpus: Option<CorpusTables>,
}

/// How the report is laid out.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// The page title.
    pub title: String,
    /// Rows kept per corpus table (top speakers, entities per label, clusters, claim groups):
    /// the tables of a large corpus would otherwise outweigh the articles.
    pub top: usize,
    /// Where the data came from (run files, corpus folder), shown under the title.
    pub sources: Vec<String>,
}

impl Default for ReportOptions {
    fn default() -> Self {
        Self {
            title: "news-extract report".into(),
            top: 100,
            sources: Vec::new(),
        }
    }
}

/// Renders the report: one HTML document, styles, scripts and data inline.
pub fn render(input: &ReportInput, options: &ReportOptions) -> String {
    let payload = payload::build(input, options);
    page::assemble(&payload)
}

/// Renders the report into a file (its folder is created).
pub fn write_report(
    input: &ReportInput,
    options: &ReportOptions,
    path: &Path,
) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, render(input, options))
}
