//! The corpus view: reads the JSON lines that `news-extract run` writes (any number of
//! files, streaming) and gathers, across all their articles, one row per entity, speaker,
//! quotation, numeric claim and document.
//!
//! Lines are parsed and summarised in parallel batches, then folded in input order, so the
//! tables are the same whatever the thread count. What is kept grows with the number of
//! distinct names and quotations (and a fixed-size fingerprint per document), not with text.

#![deny(missing_docs)]

mod claims;
mod counts;
mod documents;
mod entities;
mod normalize;
mod quotes;
mod record;
mod speakers;
mod summary;

pub use claims::{ClaimMember, ClaimRow};
pub use counts::Alias;
pub use documents::{DocumentOptions, DocumentRow};
pub use entities::{EntityRow, Label};
pub use quotes::{QuoteCluster, QuoteKind, QuoteMember};
pub use speakers::SpeakerRow;

use rayon::prelude::*;
use serde::Serialize;
use std::io::{self, BufRead, Write};
use std::path::Path;
use summary::DocSummary;

/// Lines parsed per parallel batch.
const BATCH_LINES: usize = 1024;

/// Tunable thresholds of the corpus view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CorpusOptions {
    /// Copies and stories.
    pub documents: DocumentOptions,
    /// Share of the shorter quotation's word pairs the longer must hold to be the same one.
    pub quote_overlap: f64,
}

impl Default for CorpusOptions {
    fn default() -> Self {
        CorpusOptions { documents: DocumentOptions::default(), quote_overlap: quotes::DEFAULT_MIN_OVERLAP }
    }
}

/// A line that could not be read as a record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LineError {
    /// The file (or other origin) the line came from.
    pub origin: String,
    /// 1-based line number.
    pub line: usize,
    /// What was wrong.
    pub message: String,
}

/// Counts for the summary.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CorpusStats {
    /// Document records read.
    pub documents: usize,
    /// Error records read (documents `run` could not process); they are in no table.
    pub error_records: usize,
    /// Lines that were not records.
    pub bad_lines: Vec<LineError>,
    /// Document ids seen more than once (their rows stay apart, but share an id).
    pub repeated_ids: usize,
}

/// The five tables.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CorpusTables {
    /// One row per canonical entity.
    pub entities: Vec<EntityRow>,
    /// One row per canonical speaker.
    pub speakers: Vec<SpeakerRow>,
    /// One row per quotation cluster.
    pub quotes: Vec<QuoteCluster>,
    /// One row per numeric claim.
    pub claims: Vec<ClaimRow>,
    /// One row per document.
    pub documents: Vec<DocumentRow>,
    /// What was read.
    pub stats: CorpusStats,
}

impl CorpusTables {
    /// Writes `entities.jsonl`, `speakers.jsonl`, `quotes.jsonl`, `claims.jsonl` and
    /// `documents.jsonl` into `dir` (created if missing).
    pub fn write_dir(&self, dir: &Path) -> io::Result<()> {
        std::fs::create_dir_all(dir)?;
        write_table(&dir.join("entities.jsonl"), &self.entities)?;
        write_table(&dir.join("speakers.jsonl"), &self.speakers)?;
        write_table(&dir.join("quotes.jsonl"), &self.quotes)?;
        write_table(&dir.join("claims.jsonl"), &self.claims)?;
        write_table(&dir.join("documents.jsonl"), &self.documents)
    }
}

fn write_table<T: Serialize>(path: &Path, rows: &[T]) -> io::Result<()> {
    let mut out = io::BufWriter::new(std::fs::File::create(path)?);
    for row in rows {
        serde_json::to_writer(&mut out, row)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// Gathers documents as they stream by; `finish` merges and ranks.
#[derive(Debug, Default)]
pub struct Corpus {
    options: CorpusOptions,
    doc_ids: Vec<String>,
    seen_ids: std::collections::HashSet<String>,
    entities: entities::EntityTable,
    speakers: speakers::SpeakerTable,
    quotes: quotes::QuoteStore,
    claims: claims::ClaimStore,
    documents: documents::DocumentStore,
    stats: CorpusStats,
}

impl Corpus {
    /// An empty corpus.
    pub fn new(options: CorpusOptions) -> Corpus {
        Corpus { options, ..Corpus::default() }
    }

    /// Reads every line of `reader`; `origin` names it in line errors.
    pub fn read(&mut self, origin: &str, reader: impl BufRead) -> io::Result<()> {
        let mut batch = Vec::with_capacity(BATCH_LINES);
        let mut first_line = 1;
        for line in reader.lines() {
            batch.push(line?);
            if batch.len() == BATCH_LINES {
                self.add_lines(origin, first_line, &batch);
                first_line += batch.len();
                batch.clear();
            }
        }
        self.add_lines(origin, first_line, &batch);
        Ok(())
    }

    /// Adds lines numbered from `first_line`; blank lines are skipped.
    pub fn add_lines(&mut self, origin: &str, first_line: usize, lines: &[String]) {
        let summaries: Vec<Result<Option<DocSummary>, String>> = lines.par_iter().map(|l| DocSummary::parse(l)).collect();
        for (i, summary) in summaries.into_iter().enumerate() {
            match summary {
                Ok(Some(s)) => self.add(s),
                Ok(None) => {}
                Err(message) => {
                    self.stats.bad_lines.push(LineError { origin: origin.to_string(), line: first_line + i, message })
                }
            }
        }
    }

    fn add(&mut self, s: DocSummary) {
        if s.failed {
            self.stats.error_records += 1;
            return;
        }
        let doc = self.doc_ids.len() as u32;
        if !self.seen_ids.insert(s.id.clone()) {
            self.stats.repeated_ids += 1;
        }
        self.doc_ids.push(s.id);
        self.stats.documents += 1;
        self.entities.add(doc, &s.mentions);
        let nodes: Vec<Option<u32>> = s.speakers.iter().map(|sp| sp.as_ref().map(|sp| self.speakers.add(doc, sp))).collect();
        for (mut q, node) in s.quotes.into_iter().zip(&nodes) {
            q.doc = doc;
            q.speaker_node = *node;
            self.quotes.push(q);
        }
        for (mut c, quote) in s.claims.into_iter().zip(s.claim_quote) {
            c.doc = doc;
            c.speaker_node = quote.and_then(|q| nodes[q]);
            self.claims.items.push(c);
        }
        self.documents.add(s.fingerprint, s.names);
    }

    /// Merges, clusters and ranks everything read.
    pub fn finish(self) -> CorpusTables {
        let doc_ids = self.doc_ids;
        let (quote_overlap, document_options) = (self.options.quote_overlap, self.options.documents);
        let (quotes_side, (documents, story)) = rayon::join(
            || {
                let merged_entities = self.entities.merge(&doc_ids);
                let merged_speakers = self.speakers.merge(&merged_entities, &doc_ids);
                let speaker_names: Vec<String> = merged_speakers.rows.iter().map(|r| r.name.clone()).collect();
                let quotes = self.quotes.cluster(quote_overlap, &merged_speakers.node_row, &speaker_names, &doc_ids);
                (merged_entities, merged_speakers, speaker_names, quotes)
            },
            || self.documents.group(document_options, &doc_ids),
        );
        let (merged_entities, merged_speakers, speaker_names, quotes) = quotes_side;
        let claims = self.claims.group(&merged_speakers.node_row, &speaker_names, &doc_ids, &story);
        CorpusTables {
            entities: merged_entities.rows,
            speakers: merged_speakers.rows,
            quotes,
            claims,
            documents,
            stats: self.stats,
        }
    }
}

