//! Runs the stages over input folders and writes one line per document.
//!
//! The input is cut into groups of `pipeline.group_size` documents in input
//! order. Workers take whole groups: read and decode, every stage, the JSON
//! lines; so the rule stages of one group run beside the model on another and no
//! core waits between stages. The calling thread walks the input, keeps at most
//! `pipeline.chunk_size` documents in flight, and writes finished groups in input
//! order as soon as all before them are written: there is no barrier at which
//! workers wait for each other. Since groups do not depend on the number of
//! threads, neither does the output.

use std::collections::BTreeMap;
use std::io::Write;
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::config::{Config, StageName};
use crate::document::Document;
use crate::input::items::{Item, Items, Part};
use crate::input::{self, InputFile};
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
    /// The run stopped early because it was asked to: groups not yet started
    /// were left, and lines were written up to the first of them.
    pub interrupted: bool,
    /// Words in the documents processed.
    pub words: usize,
    /// Wall-clock time.
    pub elapsed: Duration,
    /// Time spent in each stage, in pipeline order, summed over workers.
    pub stage_time: Vec<(&'static str, Duration)>,
    /// Worker threads the run used.
    pub threads: usize,
    /// Precision the entities model ran in (`entities.precision = "auto"`
    /// resolved for this CPU); `None` without the entities stage.
    pub precision: Option<&'static str>,
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
    /// Its place in a file of many documents; `None` for a file of one.
    pub part: Option<Part>,
}

/// A group's documents ready to be written, and the time each stage took on it.
type GroupDone = (Vec<Processed>, Vec<Duration>);

/// A document ready to be written.
struct Processed {
    line: String,
    /// Its word count; `None` for an error record.
    words: Option<usize>,
    finished: FinishedDoc,
}

/// How [`Pipeline::run_with`] is steered.
pub struct RunControl<'a> {
    /// Files for which this returns more than 0 are not processed; the number
    /// is how many documents they hold (counted as skipped).
    pub skip: &'a dyn Fn(&InputFile) -> usize,
    /// Checked before each group; once true, groups not yet started are left, the
    /// lines before the first of them are written, and the run ends with
    /// `interrupted` set.
    pub stop: Option<&'a AtomicBool>,
    /// Called after each chunk's lines are written and flushed, with those
    /// documents and the running summary; an error ends the run.
    pub chunk_done: &'a mut dyn FnMut(&[FinishedDoc], &Summary) -> std::io::Result<()>,
}

/// A configured pipeline, ready to run.
pub struct Pipeline {
    config: Config,
    stages: Vec<Box<dyn Stage>>,
    /// The entities model's precision, `auto` resolved.
    precision: Option<&'static str>,
    /// Where the anatomy stage reads the site furniture a run learns.
    furniture: Option<stages::FurnitureSlot>,
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
        let mut precision = None;
        let mut furniture = None;
        for (i, name) in active.iter().enumerate() {
            built.push(match name {
                StageName::Anatomy => {
                    let stage = stages::AnatomyStage::new(
                        &config.anatomy,
                        std::sync::Arc::new(nx_anatomy::Furniture::default()),
                    );
                    furniture = Some(stage.furniture_slot());
                    Box::new(stage)
                }
                StageName::Sentences => Box::new(stages::SentencesStage::new(&config.sentences)),
                StageName::Entities => {
                    let stage = stages::EntitiesStage::new(&config.entities, pool.current_num_threads())?;
                    precision = Some(stage.precision().as_str());
                    Box::new(stage)
                }
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
            stages_for_other_languages: active
                .iter()
                .filter(|&&name| !stages::english_only(name))
                .map(StageName::as_str)
                .collect(),
            config_hash: config.hash(),
            include_text: config.output.include_text,
        };
        Ok(Pipeline {
            config,
            stages: built,
            precision,
            furniture,
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

    /// Annotate documents in place with every stage, group by group in parallel.
    pub fn annotate(&self, docs: &mut [Document]) {
        let group_size = self.config.pipeline.group_size;
        self.pool.install(|| {
            docs.par_chunks_mut(group_size)
                .for_each(|group| self.annotate_group(group, &mut [][..]));
        });
    }

    /// Run every stage on one group, adding each stage's time to `times` (when
    /// it has a slot per stage).
    fn annotate_group(&self, group: &mut [Document], times: &mut [Duration]) {
        let pipeline = &self.config.pipeline;
        if pipeline.detect_language {
            for doc in group.iter_mut().filter(|d| d.error.is_none()) {
                doc.language = crate::language::detect(&doc.text);
                doc.skips_english_stages =
                    pipeline.skip_other_languages && !crate::language::is_english(doc.language);
            }
        }
        for (i, stage) in self.stages.iter().enumerate() {
            let t = Instant::now();
            stage.annotate_group(group);
            if let Some(slot) = times.get_mut(i) {
                *slot += t.elapsed();
            }
        }
        // What the anatomy excludes is dropped once every stage has used it.
        for doc in group.iter_mut().filter(|d| d.error.is_none()) {
            stages::drop_excluded(doc);
        }
    }

    /// Annotate documents and give their JSON lines, in order: the groups of
    /// `pipeline.group_size` documents run in parallel on the pipeline's
    /// threads, as [`Pipeline::run`] cuts them, so documents fed here in the
    /// order of a run's input get that run's lines byte for byte.
    pub fn lines(&self, mut docs: Vec<Document>) -> Vec<String> {
        let group_size = self.config.pipeline.group_size;
        self.pool.install(|| {
            docs.par_chunks_mut(group_size)
                .flat_map_iter(|group| {
                    self.annotate_group(group, &mut [][..]);
                    group.iter().map(|doc| self.line(doc)).collect::<Vec<_>>()
                })
                .collect()
        })
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
                skip: &|_| 0,
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
            threads: self.pool.current_num_threads(),
            precision: self.precision,
            ..Summary::default()
        };
        let stopped = || stop.is_some_and(|s| s.load(Ordering::SeqCst));
        let group_size = self.config.pipeline.group_size;
        let chunk_size = self.config.pipeline.chunk_size;
        // Groups read but not yet written: bounds memory like a chunk, and is
        // enough work queued that no worker waits for the writer or the others.
        let max_in_flight = chunk_size.div_ceil(group_size).max(2 * summary.threads);
        self.learn_furniture(inputs);
        let mut items = Items::new(inputs, &self.config.input, skip);
        let (tx, rx) = mpsc::channel::<(usize, std::thread::Result<Option<GroupDone>>)>();
        let mut spawned = 0usize;
        let mut written = 0usize;
        let mut exhausted = false;
        // Nothing more is written: a group was left undone or writing failed.
        // No more groups are started once this is set or a stop was asked for;
        // groups already running still finish.
        let mut cut = false;
        let mut failure: Option<std::io::Error> = None;
        let mut waiting: BTreeMap<usize, Option<GroupDone>> = BTreeMap::new();
        let mut finished: Vec<FinishedDoc> = Vec::new();
        self.pool.in_place_scope_fifo(|scope| loop {
            while !exhausted && !cut && !summary.interrupted && spawned - written < max_in_flight {
                if stopped() {
                    summary.interrupted = true;
                    break;
                }
                let mut group = Vec::with_capacity(group_size);
                for item in items.by_ref() {
                    group.push(item);
                    if group.len() == group_size {
                        break;
                    }
                }
                summary.skipped = items.skipped;
                if group.is_empty() {
                    exhausted = true;
                    break;
                }
                let tx = tx.clone();
                let seq = spawned;
                spawned += 1;
                scope.spawn_fifo(move |_| {
                    let done = std::panic::catch_unwind(AssertUnwindSafe(|| {
                        (!stopped()).then(|| self.process_group(&group))
                    }));
                    // The receiver outlives the scope, so this cannot fail.
                    let _ = tx.send((seq, done));
                });
            }
            if written == spawned {
                break;
            }
            let (seq, done) = rx.recv().expect("a sender is alive while groups run");
            let done = done.unwrap_or_else(|p| std::panic::resume_unwind(p));
            waiting.insert(seq, done);
            // Lines stay in input order: groups are written as soon as all before
            // them are, and nothing after a group left undone.
            while let Some(done) = waiting.remove(&written) {
                written += 1;
                if cut {
                    continue;
                }
                let Some((group, times)) = done else {
                    summary.interrupted = true;
                    cut = true;
                    continue;
                };
                if let Err(e) = self.write_group(group, times, out, &mut summary, &mut finished) {
                    failure = Some(e);
                    cut = true;
                    continue;
                }
                if finished.len() >= chunk_size {
                    summary.elapsed = started.elapsed();
                    if let Err(e) = out.flush().and_then(|()| chunk_done(&finished, &summary)) {
                        failure = Some(e);
                        cut = true;
                    }
                    finished.clear();
                }
            }
        });
        if let Some(e) = failure {
            return Err(e);
        }
        out.flush()?;
        summary.elapsed = started.elapsed();
        if !finished.is_empty() {
            chunk_done(&finished, &summary)?;
        }
        Ok(summary)
    }

    /// Write a finished group's lines and count them.
    fn write_group(
        &self,
        group: Vec<Processed>,
        times: Vec<Duration>,
        out: &mut dyn Write,
        summary: &mut Summary,
        finished: &mut Vec<FinishedDoc>,
    ) -> std::io::Result<()> {
        for (slot, t) in summary.stage_time.iter_mut().zip(times) {
            slot.1 += t;
        }
        for p in group {
            out.write_all(p.line.as_bytes())?;
            out.write_all(b"\n")?;
            match p.words {
                Some(w) => {
                    summary.ok += 1;
                    summary.words += w;
                }
                None => summary.failed += 1,
            }
            finished.push(p.finished);
        }
        Ok(())
    }

    /// First pass for the anatomy stage: count the short lines of every
    /// document of the input (all of it, finished or not, so that a resumed run
    /// sees the same furniture) and keep those recurring across many documents
    /// (`anatomy.furniture_min_docs`, and 2% of the documents). Counts are summed,
    /// so the result does not depend on the order or the thread count. Not for
    /// standard input, which cannot be read twice.
    fn learn_furniture(&self, inputs: &[PathBuf]) {
        let min_docs = self.config.anatomy.furniture_min_docs;
        let Some(slot) = self.furniture.as_ref() else { return };
        if min_docs == 0 || inputs.iter().any(|p| p.as_os_str() == "-") {
            return;
        }
        let no_skip = |_: &InputFile| 0usize;
        let mut items = Items::new(inputs, &self.config.input, &no_skip);
        let mut counts = nx_anatomy::LineCounts::default();
        loop {
            let chunk: Vec<Item> = items.by_ref().take(self.config.pipeline.chunk_size.max(1)).collect();
            if chunk.is_empty() {
                break;
            }
            let part = self.pool.install(|| {
                chunk
                    .par_iter()
                    .fold(nx_anatomy::LineCounts::default, |mut c, item| {
                        let doc = match item {
                            Item::File(f) => self.load(f),
                            Item::Record(r) => r.document(&self.config.input),
                        };
                        if doc.error.is_none() {
                            c.add(&doc.text);
                        }
                        c
                    })
                    .reduce(nx_anatomy::LineCounts::default, nx_anatomy::LineCounts::merge)
            });
            counts = counts.merge(part);
        }
        let learned = counts.finish(min_docs, nx_anatomy::DEFAULT_MIN_SHARE);
        tracing::info!(lines = learned.len(), documents = learned.documents(), "site furniture learned");
        let mut guard = slot.write().unwrap_or_else(|p| p.into_inner());
        *guard = std::sync::Arc::new(learned);
    }

    /// Everything a worker does for a group of items, in input order: stamp,
    /// read or parse, every stage, the JSON line. Documents are dropped here
    /// too, so the thread that writes has nothing left to do but write.
    fn process_group(&self, items: &[Item]) -> (Vec<Processed>, Vec<Duration>) {
        let mut places = Vec::with_capacity(items.len());
        let mut docs: Vec<Document> = Vec::with_capacity(items.len());
        for item in items {
            match item {
                Item::File(f) => {
                    // Stamped before reading: a file changed after this is redone on resume.
                    places.push((Stamp::of(&f.path), None));
                    docs.push(self.load(f));
                }
                Item::Record(r) => {
                    places.push((r.file.stamp, Some(r.part)));
                    docs.push(r.document(&self.config.input));
                }
            }
        }
        let mut times = vec![Duration::ZERO; self.stages.len()];
        self.annotate_group(&mut docs, &mut times);
        let processed = docs
            .into_iter()
            .zip(places)
            .map(|(doc, (stamp, part))| Processed {
                line: self.line(&doc),
                words: doc.error.is_none().then(|| doc.words()),
                finished: FinishedDoc {
                    id: doc.id,
                    source: doc.source,
                    stamp,
                    part,
                },
            })
            .collect();
        (processed, times)
    }

    fn load(&self, file: &InputFile) -> Document {
        input::load(file, &self.config.input)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder of `n` small articles and a rule-stage pipeline over it.
    fn setup(n: usize, threads: usize) -> (tempfile::TempDir, Pipeline) {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..n {
            let text = format!("Item {i}. \"We sold {i} boats,\" Ann Lee said on Monday.\n");
            std::fs::write(dir.path().join(format!("a{i:03}.txt")), text).unwrap();
        }
        let overrides = [
            "entities.enabled=false".to_string(),
            "pipeline.chunk_size=6".to_string(),
            "pipeline.group_size=2".to_string(),
        ];
        let config = Config::from_toml("test", "", &overrides).unwrap();
        (dir, Pipeline::new(config, threads).unwrap())
    }

    /// Fails every write once `budget` bytes have gone through.
    struct FailingWriter {
        budget: usize,
    }

    impl Write for FailingWriter {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if buf.len() > self.budget {
                return Err(std::io::Error::other("disk full"));
            }
            self.budget -= buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn lines_of_documents_in_input_order_are_the_runs_lines() {
        let (dir, p) = setup(13, 2);
        let mut out = Vec::new();
        p.run(&[dir.path().to_path_buf()], &mut out, &mut |_| {}).unwrap();
        let docs: Vec<Document> = input::InputWalker::new(&[dir.path().to_path_buf()], &p.config().input)
            .map(|f| input::load(&f, &p.config().input))
            .collect();
        let lines = p.lines(docs);
        assert_eq!(lines.len(), 13);
        assert_eq!(lines.join("\n") + "\n", String::from_utf8(out).unwrap());
    }

    #[test]
    fn a_failing_writer_ends_the_run_with_its_error() {
        let (dir, p) = setup(60, 2);
        let mut out = FailingWriter { budget: 5_000 };
        let err = p
            .run(&[dir.path().to_path_buf()], &mut out, &mut |_| {})
            .unwrap_err();
        assert_eq!(err.to_string(), "disk full");
    }

    #[test]
    fn a_stop_keeps_lines_in_order_and_reports_each_written_document_once() {
        let (dir, p) = setup(60, 2);
        let stop = AtomicBool::new(false);
        let mut reported: Vec<String> = Vec::new();
        let mut out = Vec::new();
        let summary = p
            .run_with(
                &[dir.path().to_path_buf()],
                &mut out,
                RunControl {
                    skip: &|_| 0,
                    stop: Some(&stop),
                    chunk_done: &mut |docs, _| {
                        reported.extend(docs.iter().map(|d| d.id.clone()));
                        stop.store(true, Ordering::SeqCst);
                        Ok(())
                    },
                },
            )
            .unwrap();
        assert!(summary.interrupted);
        let ids: Vec<String> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
            .map(|s| s.trim_matches('"').to_string())
            .collect();
        assert!(ids.len() >= 6 && ids.len() < 60, "{} lines", ids.len());
        assert_eq!(ids.len() % 2, 0, "whole groups only");
        let expected: Vec<String> = (0..ids.len()).map(|i| format!("a{i:03}")).collect();
        assert_eq!(ids, expected, "the first documents, in input order");
        assert_eq!(reported, ids, "every written line reported once, in order");
        assert_eq!(summary.ok, ids.len());
    }
}
