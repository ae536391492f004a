//! The `news-extract` command line.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use news_extract::{Config, Pipeline};

/// Turn folders of news articles into JSON lines: sentences, entities, quotes, numbers.
#[derive(Debug, Parser)]
#[command(name = "news-extract", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Process files and folders (walked recursively) into JSONL, one line per document.
    Run {
        /// Files or folders to read.
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
        /// No summary on standard error.
        #[arg(short, long)]
        quiet: bool,
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
    },
    /// Score a stage against a reference data set and print the figures.
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
}

#[derive(Debug, clap::Args)]
struct ConfigArgs {
    /// TOML configuration [default: config/default.toml if present, else built-in defaults].
    #[arg(short, long)]
    config: Option<PathBuf>,
    /// Override a configuration key, e.g. --set sentences.enabled=false (repeatable).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    overrides: Vec<String>,
}

#[derive(Debug, Subcommand)]
enum EvalCommand {
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
    /// Named entities on a CoNLL-2003 file (conlleval: exact span and label, micro P/R/F1).
    Ner {
        /// CoNLL file, e.g. ../shared/data/conll2003/eng.testa
        file: PathBuf,
        #[command(flatten)]
        config: ConfigArgs,
    },
}

impl ConfigArgs {
    fn load(&self) -> Result<Config, news_extract::config::ConfigError> {
        let default = Path::new("config/default.toml");
        let path = self.config.as_deref().or_else(|| default.exists().then_some(default));
        Config::load(path, &self.overrides)
    }
}

/// A failure that ends the run: exit code 2 for usage and configuration.
fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("news-extract: error: {message}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("NEWS_EXTRACT_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();
    let cli = Cli::parse();
    match cli.command {
        Command::Run { inputs, config, out, threads, quiet } => run(&inputs, &config, out, threads, quiet),
        Command::Eval { what } => eval(what),
        Command::Bench { inputs, config, threads } => bench(&inputs, &config, threads),
    }
}

fn run(inputs: &[PathBuf], config: &ConfigArgs, out: Option<PathBuf>, threads: usize, quiet: bool) -> ExitCode {
    let config = match config.load() {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let pipeline = match Pipeline::new(config, threads) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let out_path = out.unwrap_or_else(|| {
        let name = inputs[0]
            .canonicalize()
            .ok()
            .and_then(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "news-extract".into());
        PathBuf::from("output").join(format!("{name}.jsonl"))
    });
    let mut writer: Box<dyn Write> = if out_path == Path::new("-") {
        Box::new(BufWriter::new(std::io::stdout().lock()))
    } else {
        if let Some(parent) = out_path.parent().filter(|p| !p.as_os_str().is_empty()) {
            if let Err(e) = std::fs::create_dir_all(parent) {
                return fail(format!("cannot create {}: {e}", parent.display()));
            }
        }
        match std::fs::File::create(&out_path) {
            Ok(f) => Box::new(BufWriter::new(f)),
            Err(e) => return fail(format!("cannot write {}: {e}", out_path.display())),
        }
    };
    let summary = match pipeline.run(inputs, &mut writer, &mut |_| {}) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("news-extract: error: writing output: {e}");
            return ExitCode::from(1);
        }
    };
    if !quiet {
        eprintln!(
            "news-extract: {} documents ({} ok, {} failed), {} words in {:.2} s ({:.0} words/s) -> {}",
            summary.ok + summary.failed,
            summary.ok,
            summary.failed,
            summary.words,
            summary.elapsed.as_secs_f64(),
            summary.words_per_second(),
            out_path.display()
        );
    }
    if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn bench(inputs: &[PathBuf], config: &ConfigArgs, threads: usize) -> ExitCode {
    let config = match config.load() {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let loaded = std::time::Instant::now();
    let pipeline = match Pipeline::new(config, threads) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let load_s = loaded.elapsed().as_secs_f64();
    let s = match pipeline.run(inputs, &mut std::io::sink(), &mut |_| {}) {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    let threads = if threads == 0 { std::thread::available_parallelism().map_or(1, |n| n.get()) } else { threads };
    println!("bench: {} documents ({} failed), {} words, {} threads, config {}", s.ok + s.failed, s.failed, s.words, threads, pipeline.config_hash());
    println!("  {:<10} {:>9.2} s {:>12.0} words/s", "pipeline", s.elapsed.as_secs_f64(), s.words_per_second());
    for (name, t) in &s.stage_time {
        let secs = t.as_secs_f64();
        println!("  {:<10} {:>9.2} s {:>12.0} words/s", name, secs, s.words as f64 / secs.max(1e-9));
    }
    println!("  setup (model load) {load_s:.2} s");
    if let Some(kb) = peak_rss_kb() {
        println!("  peak RSS {:.0} MB", kb as f64 / 1024.0);
    }
    ExitCode::SUCCESS
}

/// Peak resident set size of this process (Linux), in KiB.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Print an evaluation report, or fail with its error.
fn report<R: std::fmt::Display, E: std::fmt::Display>(result: Result<R, E>) -> ExitCode {
    match result {
        Ok(r) => {
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = write!(std::io::stdout().lock(), "{r}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

fn eval(what: EvalCommand) -> ExitCode {
    match what {
        EvalCommand::Quotes { file, config } => {
            let config = match config.load() {
                Ok(c) => c,
                Err(e) => return fail(e),
            };
            // The stage as configured: with the entities model when it is on.
            let ner = if config.active_stages().contains(&news_extract::config::StageName::Entities) {
                match news_extract::stages::EntitiesStage::new(&config.entities) {
                    Ok(s) => Some(s),
                    Err(e) => return fail(format!("config key `entities.model`: {e}")),
                }
            } else {
                None
            };
            let seg = news_extract::stages::sentences_segmenter(&config.sentences);
            let extractor = news_extract::stages::quote_extractor(&config.quotes);
            let entities = |text: &str| ner.as_ref().map(|n| n.entities_of(text)).unwrap_or_default();
            report(nx_quotes::eval::polnear(&file, &extractor, &|t| seg.split(t), &entities))
        }
        EvalCommand::Numbers { file, config } => match config.load() {
            Ok(c) => report(nx_numbers::eval::recognizers_with(&file, c.numbers.options())),
            Err(e) => fail(e),
        },
        EvalCommand::Sentences { file, config } => {
            let config = match config.load() {
                Ok(c) => c,
                Err(e) => return fail(e),
            };
            let seg = news_extract::stages::sentences_segmenter(&config.sentences);
            if file.extension().is_some_and(|e| e == "jsonl") {
                report(nx_sentences::eval::pysbd_tests(&file, &seg))
            } else {
                report(nx_sentences::eval::golden_rules(&file, &seg))
            }
        }
        EvalCommand::Ner { file, config } => {
            let config = match config.load() {
                Ok(c) => c,
                Err(e) => return fail(e),
            };
            let stage = match news_extract::stages::EntitiesStage::new(&config.entities) {
                Ok(s) => s,
                Err(e) => return fail(format!("config key `entities.model`: {e}")),
            };
            report(stage.evaluate(&file))
        }
    }
}
