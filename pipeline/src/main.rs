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

fn eval(what: EvalCommand) -> ExitCode {
    match what {
        EvalCommand::Ner { file, config } => {
            let config = match config.load() {
                Ok(c) => c,
                Err(e) => return fail(e),
            };
            let stage = match news_extract::stages::EntitiesStage::new(&config.entities) {
                Ok(s) => s,
                Err(e) => return fail(format!("config key `entities.model`: {e}")),
            };
            match stage.evaluate(&file) {
                Ok(report) => {
                    print!("{report}");
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e),
            }
        }
    }
}
