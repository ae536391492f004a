//! The corpus view: reads the JSON lines that `news-extract run` writes (any number of
//! files, streaming) and gathers, across all their articles, one row per entity, speaker,
//! quotation, numeric claim and document.
//!
//! Lines are parsed and summarised in parallel batches, then folded in input order, so the
//! tables are the same whatever the thread count. What is kept grows with the number of
//! distinct names and quotations (and a fixed-size fingerprint per document), not with text.

#![deny(missing_docs)]

mod appositive;
mod claims;
mod context;
mod counts;
mod documents;
mod entities;
mod files;
mod lines;
mod normalize;
mod quote_index;
mod quotes;
mod record;
mod speakers;
mod summary;

pub use claims::{ClaimMember, ClaimRow};
pub use counts::Alias;
pub use documents::{DocumentOptions, DocumentRow};
pub use entities::{EntityRow, Label};
pub use files::{read_run_outputs, CorpusReadError};
pub use quotes::{QuoteCluster, QuoteKind, QuoteMember};
pub use speakers::SpeakerRow;

use lines::LineBatch;
use rayon::prelude::*;
use serde::Serialize;
use std::io::{self, BufRead, Write};
use std::path::Path;
use summary::DocSummary;

/// Runs one phase of the work; with `NX_CORPUS_TIMINGS` set in the environment, prints how
/// long it took (wall clock) and the memory held after it on standard error, for profiling.
pub(crate) fn timed<T>(phase: &str, work: impl FnOnce() -> T) -> T {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if !*ON.get_or_init(|| std::env::var_os("NX_CORPUS_TIMINGS").is_some()) {
        return work();
    }
    let started = std::time::Instant::now();
    let out = work();
    // Resident memory now and at its peak, where the system says (Linux).
    let memory = std::fs::read_to_string("/proc/self/status")
        .map(|status| {
            let field = |name: &str| {
                status
                    .lines()
                    .find(|l| l.starts_with(name))
                    .map_or("?", |l| l[name.len()..].trim())
            };
            format!(", RSS {} (peak {})", field("VmRSS:"), field("VmHWM:"))
        })
        .unwrap_or_default();
    eprintln!(
        "nx-corpus timing: {phase} {:.1} ms{memory}",
        started.elapsed().as_secs_f64() * 1e3
    );
    out
}
/// Rows serialised per parallel piece when a table is written.
const WRITE_ROWS: usize = 1024;
/// Pieces serialised before they are written.
const WRITE_PIECES: usize = 16;
/// Bytes reserved for a piece, so that most pieces never grow (a row is a few hundred bytes).
const PIECE_BYTES: usize = 256 << 10;

/// A parsed line: its summary, nothing for a blank line, or why it is not a record.
type Parsed = Result<Option<DocSummary>, String>;

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
        CorpusOptions {
            documents: DocumentOptions::default(),
            quote_overlap: quotes::DEFAULT_MIN_OVERLAP,
        }
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
        timed("write", || {
            std::fs::create_dir_all(dir)?;
            // The tables are independent: written side by side, the largest (quotations)
            // alongside the four others.
            let (quotes, others) = rayon::join(
                || write_table(&dir.join("quotes.jsonl"), &self.quotes),
                || {
                    let (entities, rest) = rayon::join(
                        || write_table(&dir.join("entities.jsonl"), &self.entities),
                        || {
                            write_table(&dir.join("speakers.jsonl"), &self.speakers)?;
                            write_table(&dir.join("claims.jsonl"), &self.claims)?;
                            write_table(&dir.join("documents.jsonl"), &self.documents)
                        },
                    );
                    entities.and(rest)
                },
            );
            quotes.and(others)
        })
    }
}

/// Writes one row per line; the rows are serialised in parallel pieces, written in order,
/// a few pieces at a time so that memory stays bounded.
fn write_table<T: Serialize + Sync>(path: &Path, rows: &[T]) -> io::Result<()> {
    let mut file = std::fs::File::create(path)?;
    for rows in rows.chunks(WRITE_ROWS * WRITE_PIECES) {
        let pieces: Vec<Vec<u8>> = rows
            .par_chunks(WRITE_ROWS)
            .map(|chunk| {
                let mut out = Vec::with_capacity(PIECE_BYTES);
                for row in chunk {
                    serde_json::to_writer(&mut out, row)?;
                    out.push(b'\n');
                }
                Ok(out)
            })
            .collect::<io::Result<_>>()?;
        for piece in pieces {
            file.write_all(&piece)?;
        }
    }
    Ok(())
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
        Corpus {
            options,
            ..Corpus::default()
        }
    }

    /// Reads every line of `reader`; `origin` names it in line errors. While one batch of
    /// lines is parsed (in parallel), the batch before it is folded into the tables and the
    /// next one is read. Parsing and folding both run in the thread pool, the reading on the
    /// calling thread: no more threads work than the pool has, and a summary is mostly
    /// freed by a thread of the pool, often the one that built it (a cheaper free).
    pub fn read(&mut self, origin: &str, mut reader: impl BufRead) -> io::Result<()> {
        timed("read", || {
            let (mut current, mut next) = (LineBatch::default(), LineBatch::default());
            current.fill(&mut reader, 1)?;
            let mut parsed: Vec<Parsed> = Vec::new();
            let mut parsed_first_line = 1;
            while !current.is_empty() {
                let mut summaries = Vec::new();
                let next_first_line = current.first_line + current.len();
                let read = rayon::in_place_scope(|scope| {
                    let batch = &current;
                    let out = &mut summaries;
                    scope.spawn(move |_| {
                        *out = (0..batch.len())
                            .into_par_iter()
                            .map(|i| DocSummary::parse(batch.line(i)))
                            .collect()
                    });
                    let (corpus, folded) = (&mut *self, std::mem::take(&mut parsed));
                    scope.spawn(move |_| corpus.fold(origin, parsed_first_line, folded));
                    next.fill(&mut reader, next_first_line)
                });
                read?;
                parsed = summaries;
                parsed_first_line = current.first_line;
                std::mem::swap(&mut current, &mut next);
            }
            rayon::scope(|_| self.fold(origin, parsed_first_line, parsed));
            Ok(())
        })
    }

    /// Adds lines numbered from `first_line`; blank lines are skipped.
    pub fn add_lines(&mut self, origin: &str, first_line: usize, lines: &[String]) {
        let summaries: Vec<Parsed> = lines.par_iter().map(|l| DocSummary::parse(l)).collect();
        self.fold(origin, first_line, summaries);
    }

    /// Adds parsed lines, numbered from `first_line`, in order.
    fn fold(&mut self, origin: &str, first_line: usize, summaries: Vec<Parsed>) {
        for (i, summary) in summaries.into_iter().enumerate() {
            match summary {
                Ok(Some(s)) => self.add(s),
                Ok(None) => {}
                Err(message) => self.stats.bad_lines.push(LineError {
                    origin: origin.to_string(),
                    line: first_line + i,
                    message,
                }),
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
        let nodes: Vec<Option<u32>> = s
            .speakers
            .iter()
            .map(|sp| sp.map(|sp| self.speakers.add(doc, &s.speaker_list[sp as usize])))
            .collect();
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
        let Corpus {
            options,
            doc_ids,
            entities,
            speakers,
            quotes,
            claims,
            documents,
            stats,
            ..
        } = self;
        // Entities then speakers, the quotations' shared words, and the documents are
        // independent; quotation clusters and claims need the speakers (claims the stories too).
        let ((entities, speakers), (matches, (documents, story))) = rayon::join(
            || {
                let entities = timed("entities", || entities.merge(&doc_ids));
                let speakers = timed("speakers", || speakers.merge(&entities, &doc_ids));
                (entities, speakers)
            },
            || {
                rayon::join(
                    || timed("quote matches", || quotes.matches(options.quote_overlap)),
                    || timed("documents", || documents.group(options.documents, &doc_ids)),
                )
            },
        );
        let (node_speaker, speaker_names, node_row) = (
            &speakers.node_speaker[..],
            &speakers.speaker_names[..],
            &speakers.node_row[..],
        );
        let (quotes, claims) = rayon::join(
            || {
                timed("quote clusters", || {
                    quotes.cluster(matches, node_speaker, speaker_names, &doc_ids)
                })
            },
            || {
                timed("claims", || {
                    claims.group((node_speaker, speaker_names, node_row), &doc_ids, &story)
                })
            },
        );
        CorpusTables {
            entities: entities.rows,
            speakers: speakers.rows,
            quotes,
            claims,
            documents,
            stats,
        }
    }
}
