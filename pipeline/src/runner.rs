//! Runs the stages over input folders and writes one line per document.
//!
//! Documents stream through in chunks of `pipeline.chunk_size`: a chunk is read
//! and decoded in parallel, every stage annotates it, and its lines are written in
//! input order before the next chunk is read. Only one chunk is in memory at a
//! time, and the output does not depend on the number of threads.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::config::{Config, StageName};
use crate::document::Document;
use crate::input::{self, InputFile, InputWalker};
use crate::record::{to_json_line, LineContext};
use crate::stages::{self, Stage};
use crate::state::Stamp;

/// Why a pipeline could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The entities model could not be loaded.
    #[error("config key `entities.model`: cannot load the NER model: {0}")]
    Model(#[from] nx_ner::NerError),
    /// The thread pool could not be built.
    #[error("cannot start {threads} threads: {message}")]
    Threads {
        /// Threads asked for.
        threads: usize,
        /// Why not.
        message: String,
    },
}

/// Counts of a finished run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Documents written with annotations.
    pub ok: usize,
    /// Documents written as error records.
    pub failed: usize,
    /// Documents skipped because an earlier run finished them (`--resume`).
    pub skipped: usize,
    /// The run stopped early, between chunks, because it was asked to.
    pub interrupted: bool,
    /// Words in the documents processed.
    pub words: usize,
    /// Wall-clock time.
    pub elapsed: Duration,
    /// Time spent in each stage, in pipeline order.
    pub stage_time: Vec<(&'static str, Duration)>,
}

impl Summary {
    /// Words per second over the whole run.
    pub fn words_per_second(&self) -> f64 {
        self.words as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// A document whose line has been written and flushed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinishedDoc {
    /// Its `id`.
    pub id: String,
    /// Its `source`, the key of the resume state.
    pub source: String,
    /// Size and modification time of the file, taken before it was read.
    pub stamp: Option<Stamp>,
}

/// How [`Pipeline::run_with`] is steered.
pub struct RunControl<'a> {
    /// Files for which this returns true are not processed (counted as skipped).
    pub skip: &'a dyn Fn(&InputFile) -> bool,
    /// Checked before each chunk; once true, the run ends with `interrupted` set.
    pub stop: Option<&'a AtomicBool>,
    /// Called after each chunk's lines are written and flushed, with those
    /// documents and the running summary; an error ends the run.
    pub chunk_done: &'a mut dyn FnMut(&[FinishedDoc], &Summary) -> std::io::Result<()>,
}

/// A configured pipeline, ready to run.
pub struct Pipeline {
    config: Config,
    stages: Vec<Box<dyn Stage>>,
    context: LineContext,
    pool: rayon::ThreadPool,
}

impl Pipeline {
    /// Build the stages `config` asks for, with `threads` worker threads (0: one per core).
    pub fn new(config: Config, threads: usize) -> Result<Pipeline, BuildError> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| BuildError::Threads {
                threads,
                message: e.to_string(),
            })?;
        let active = config.active_stages();
        let mut built: Vec<Box<dyn Stage>> = Vec::new();
        for (i, name) in active.iter().enumerate() {
            built.push(match name {
                StageName::Sentences => Box::new(stages::SentencesStage::new(&config.sentences)),
                StageName::Entities => Box::new({
                    stages::EntitiesStage::new(&config.entities, pool.current_num_threads())?
                }),
                StageName::Quotes => {
                    let has_sentences = active[..i].contains(&StageName::Sentences);
                    let own =
                        (!has_sentences).then(|| stages::sentences_segmenter(&config.sentences));
                    Box::new(stages::QuotesStage::new(&config.quotes, own))
                }
                StageName::Numbers => Box::new(stages::NumbersStage::new(&config.numbers)),
            });
        }
        let context = LineContext {
            stages: active.iter().map(StageName::as_str).collect(),
            config_hash: config.hash(),
            include_text: config.output.include_text,
        };
        Ok(Pipeline {
            config,
            stages: built,
            context,
            pool,
        })
    }

    /// The effective configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Hash of the effective configuration, as written in every line.
    pub fn config_hash(&self) -> &str {
        &self.context.config_hash
    }

    /// Annotate documents in place with every stage.
    pub fn annotate(&self, docs: &mut [Document]) {
        self.annotate_timed(docs, &mut |_, _| {});
    }

    /// Annotate, reporting each stage's wall-clock time.
    fn annotate_timed(
        &self,
        docs: &mut [Document],
        timed: &mut (dyn FnMut(usize, Duration) + Send),
    ) {
        self.pool.install(|| {
            for (i, stage) in self.stages.iter().enumerate() {
                let t = Instant::now();
                stage.annotate_chunk(docs);
                timed(i, t.elapsed());
            }
        });
    }

    /// The JSON line of a document.
    pub fn line(&self, doc: &Document) -> String {
        to_json_line(doc, &self.context)
    }

    /// Process every input file and write one line per document to `out`.
    /// `progress` is called after each chunk with the running summary.
    pub fn run(
        &self,
        inputs: &[PathBuf],
        out: &mut dyn Write,
        progress: &mut dyn FnMut(&Summary),
    ) -> std::io::Result<Summary> {
        self.run_with(
            inputs,
            out,
            RunControl {
                skip: &|_| false,
                stop: None,
                chunk_done: &mut |_, s| {
                    progress(s);
                    Ok(())
                },
            },
        )
    }

    /// [`Pipeline::run`] with control over skipping, stopping and chunk
    /// bookkeeping (see [`RunControl`]).
    pub fn run_with(
        &self,
        inputs: &[PathBuf],
        out: &mut dyn Write,
        control: RunControl<'_>,
    ) -> std::io::Result<Summary> {
        let RunControl {
            skip,
            stop,
            chunk_done,
        } = control;
        let started = Instant::now();
        let mut summary = Summary {
            stage_time: self
                .stages
                .iter()
                .map(|s| (s.name().as_str(), Duration::ZERO))
                .collect(),
            ..Summary::default()
        };
        let mut walker = InputWalker::new(inputs, &self.config.input);
        loop {
            if stop.is_some_and(|s| s.load(Ordering::SeqCst)) {
                summary.interrupted = true;
                break;
            }
            let mut files: Vec<InputFile> = Vec::with_capacity(self.config.pipeline.chunk_size);
            for f in walker.by_ref() {
                if skip(&f) {
                    summary.skipped += 1;
                    continue;
                }
                files.push(f);
                if files.len() == self.config.pipeline.chunk_size {
                    break;
                }
            }
            if files.is_empty() {
                break;
            }
            // Stamped before reading: a file changed after this is redone on resume.
            let stamps: Vec<Option<Stamp>> = files.iter().map(|f| Stamp::of(&f.path)).collect();
            let mut docs: Vec<Document> = self
                .pool
                .install(|| files.par_iter().map(|f| self.load(f)).collect());
            self.annotate_timed(&mut docs, &mut |i, t| summary.stage_time[i].1 += t);
            let lines: Vec<String> = self
                .pool
                .install(|| docs.par_iter().map(|d| self.line(d)).collect());
            for (doc, line) in docs.iter().zip(&lines) {
                out.write_all(line.as_bytes())?;
                out.write_all(b"\n")?;
                if doc.error.is_some() {
                    summary.failed += 1;
                } else {
                    summary.ok += 1;
                    summary.words += doc.words();
                }
            }
            out.flush()?;
            summary.elapsed = started.elapsed();
            let finished: Vec<FinishedDoc> = docs
                .iter()
                .zip(stamps)
                .map(|(d, stamp)| FinishedDoc {
                    id: d.id.clone(),
                    source: d.source.clone(),
                    stamp,
                })
                .collect();
            chunk_done(&finished, &summary)?;
        }
        summary.elapsed = started.elapsed();
        Ok(summary)
    }

    fn load(&self, file: &InputFile) -> Document {
        let source = file.path.display().to_string();
        if let Some(e) = &file.walk_error {
            return Document::failed(&file.id, source, e.kind, &e.message);
        }
        match input::read(&file.path, &self.config.input) {
            Ok(d) => Document::new(&file.id, source, d.text, d.encoding),
            Err(e) => Document::failed(&file.id, source, e.kind, e.message),
        }
    }
}
