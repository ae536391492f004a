//! The command line both binaries parse: `news-extract` answers `corpus` and `report`
//! itself and hands the other commands, with the same arguments, to
//! `news-extract-engine`, the one binary that links libtorch.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Turn folders of news articles into JSON lines: sentences, entities, quotes, numbers.
#[derive(Debug, Parser)]
#[command(name = "news-extract", version, about)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Process files and folders (walked recursively) into JSONL, one line per document.
    Run {
        /// Files or folders to read (.txt, .jsonl, .json, .html, maybe .gz or .zst);
        /// `-` reads JSON lines from standard input.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        config: ConfigArgs,
        /// Output file, or `-` for standard output [default: output/<first input's name>.jsonl].
        #[arg(short, long)]
        out: Option<PathBuf>,
        /// Worker threads (0: one per core). The output is the same for any value.
        #[arg(short = 'j', long, default_value_t = 0)]
        threads: usize,
        /// No progress display and no summary on standard error.
        #[arg(short, long)]
        quiet: bool,
        /// Continue an interrupted run into the same output file: documents finished and unchanged since are kept, the rest processed.
        #[arg(long)]
        resume: bool,
    },
    /// Time the pipeline and each stage over files and folders (output discarded); prints words/s and peak memory.
    Bench {
        /// Files or folders to read, e.g. ../shared/data/news/bbc
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        config: ConfigArgs,
        /// Worker threads (0: one per core).
        #[arg(short = 'j', long, default_value_t = 0)]
        threads: usize,
        #[command(flatten)]
        spacy: SpacyArgs,
        /// Run again with one worker thread and print the speed-up of the threaded run
        /// (the figures above are the threaded run's).
        #[arg(long)]
        speedup: bool,
        /// Speed-up rounds: each runs one thread, then the threaded run, back to
        /// back; prints every round's ratio, their median and best-of.
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..))]
        rounds: u32,
    },
    /// The corpus view: read run outputs and write entities, speakers, quotation clusters,
    /// numeric claims and documents (copies, stories) as JSON-lines tables into a folder.
    Corpus {
        /// Outputs of `run` (.jsonl, maybe .gz or .zst; `-` for standard input), e.g. the
        /// shards of a distributed run.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Folder for entities.jsonl, speakers.jsonl, quotes.jsonl, claims.jsonl and documents.jsonl.
        #[arg(short, long, default_value = "output/corpus")]
        out: PathBuf,
        /// Worker threads (0: one per core). The tables are the same for any value.
        #[arg(short = 'j', long, default_value_t = 0)]
        threads: usize,
        /// No summary on standard error.
        #[arg(short, long)]
        quiet: bool,
    },
    /// One self-contained HTML file to read a run: articles with their marks, corpus view, search.
    Report {
        /// Run outputs (JSONL written by `run`), in order.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Folder of `news-extract corpus` tables (entities, speakers, quotes, claims, documents .jsonl).
        #[arg(long, value_name = "DIR")]
        corpus: Option<PathBuf>,
        /// Output file.
        #[arg(short, long, default_value = "output/report.html")]
        out: PathBuf,
        /// No summary on standard error.
        #[arg(short, long)]
        quiet: bool,
    },
    /// Score a stage against a reference data set and print the figures.
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
}

#[derive(Debug, clap::Args)]
pub(crate) struct ConfigArgs {
    /// TOML configuration [default: config/default.toml if present, else built-in defaults].
    #[arg(short, long)]
    pub(crate) config: Option<PathBuf>,
    /// Override a configuration key, e.g. --set sentences.enabled=false (repeatable).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub(crate) overrides: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub(crate) struct SpacyArgs {
    /// Then run spaCy (en_core_web_sm, nlp.pipe with batch_size=32) on the same files through
    /// scripts/bench_spacy.py and print its figures and the words/s ratio; skipped with a
    /// message when Python, spaCy or the model is missing (set up by scripts/setup-spacy.sh).
    #[arg(long)]
    pub(crate) compare_spacy: bool,
    /// Python for --compare-spacy [default: .venv-bench/bin/python if present, else python3].
    #[arg(long, value_name = "PATH")]
    pub(crate) spacy_python: Option<PathBuf>,
    /// spaCy's n_process for --compare-spacy.
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub(crate) spacy_processes: usize,
}

#[derive(Debug, Subcommand)]
pub(crate) enum EvalCommand {
    /// Sentence splitting on the Golden Rules (.json) or the pySBD English tests (.jsonl).
    Sentences {
        /// e.g. ../shared/data/sbd/golden_rules_en.json
        file: PathBuf,
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Number normalisation on the Microsoft Recognizers-Text English specs (JSONL), pass rate per spec.
    Numbers {
        /// e.g. ../shared/data/numbers/recognizers_text_en.jsonl
        file: PathBuf,
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Quote attribution on PolNeAR-style JSONL: content P/R/F1, direct-quote recall, speaker and cue accuracy.
    Quotes {
        /// e.g. ../shared/data/quotes/polnear_dev.jsonl
        file: PathBuf,
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// HTML main-text extraction on an article-extraction-benchmark folder
    /// (ground_truth.jsonl, pages/<id>.html.gz): word 4-shingle P/R/F1.
    Html {
        /// e.g. ../shared/data/html
        dir: PathBuf,
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Named entities on a CoNLL-2003 file (conlleval: exact span and label, micro P/R/F1).
    Ner {
        /// CoNLL file, e.g. ../shared/data/conll2003/eng.testa
        file: PathBuf,
        #[command(flatten)]
        config: ConfigArgs,
    },
}

impl Command {
    /// Runs the commands that need no model (`corpus`, `report`) and gives the others
    /// back: both binaries answer these two the same way.
    pub(crate) fn run_without_model(self) -> Result<ExitCode, Command> {
        match self {
            Command::Corpus {
                inputs,
                out,
                threads,
                quiet,
            } => Ok(crate::corpus_cmd::corpus(&inputs, &out, threads, quiet)),
            Command::Report {
                inputs,
                corpus,
                out,
                quiet,
            } => Ok(crate::report_cmd::report(&inputs, corpus.as_deref(), &out, quiet)),
            other => Err(other),
        }
    }
}

/// A failure that ends the run: exit code 2 for usage and configuration.
pub(crate) fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("news-extract: error: {message}");
    ExitCode::from(2)
}

/// Peak resident set size of this process (Linux), in KiB.
pub(crate) fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
