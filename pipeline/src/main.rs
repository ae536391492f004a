//! `news-extract-engine`: the whole command line in the binary that links libtorch. The
//! `news-extract` binary (front.rs) hands it `run`, `bench` and `eval`; `cargo run` runs it
//! directly.

use std::collections::HashMap;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use clap::Parser;
use news_extract::runner::RunControl;
use news_extract::{state, Config, Pipeline, Summary};

/// mimalloc for the program's own allocations: the corpus view and the JSON
/// writer allocate many small strings, and it cut their CPU time by a quarter
/// against glibc's malloc. libtorch keeps glibc's (tuned in `nx_ner`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod bench;
mod cli;
mod corpus_cmd;
mod report_cmd;
mod spacy_bench;

use cli::{fail, Cli, Command, ConfigArgs, EvalCommand, SpacyArgs};

impl ConfigArgs {
    fn load(&self) -> Result<Config, news_extract::config::ConfigError> {
        let default = Path::new("config/default.toml");
        let path = self
            .config
            .as_deref()
            .or_else(|| default.exists().then_some(default));
        Config::load(path, &self.overrides)
    }
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("NEWS_EXTRACT_LOG").unwrap_or_else(|_| {
                tracing_subscriber::EnvFilter::new("warn,trafilatura=error,html5ever=error")
            }),
        )
        .init();
    let command = match Cli::parse().command.run_without_model() {
        Ok(code) => return code,
        Err(command) => command,
    };
    match command {
        Command::Run {
            inputs,
            config,
            out,
            threads,
            quiet,
            resume,
        } => run(&inputs, &config, out, threads, quiet, resume),
        Command::Eval { what } => eval(what),
        Command::Corpus { .. } | Command::Report { .. } => unreachable!("answered above"),
        Command::Bench {
            inputs,
            config,
            threads,
            spacy,
            speedup,
            rounds,
        } => match config.load() {
            Ok(c) => bench::bench(&inputs, c, threads, &spacy, speedup.then_some(rounds)),
            Err(e) => fail(e),
        },
    }
}

fn run(
    inputs: &[PathBuf],
    config: &ConfigArgs,
    out: Option<PathBuf>,
    threads: usize,
    quiet: bool,
    resume: bool,
) -> ExitCode {
    // Ctrl-C and SIGTERM end the run once the groups in progress are done; a second one ends it at once
    // (a half-written last line is then dropped by --resume).
    static STOP: AtomicBool = AtomicBool::new(false);
    let _ = ctrlc::set_handler(|| {
        if STOP.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
    let config = match config.load() {
        Ok(c) => c,
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
    let to_stdout = out_path == Path::new("-");
    if resume && to_stdout {
        return fail("--resume needs an output file, not `-o -`");
    }
    if resume && inputs.iter().any(|p| p == Path::new("-")) {
        return fail("--resume cannot tell what standard input (`-`) held before: give files");
    }
    let pipeline = match Pipeline::new(config, threads) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let mut done = HashMap::new();
    if resume {
        match state::prepare_resume(&out_path, pipeline.config_hash()) {
            Ok(r) => {
                if !quiet && r.dropped > 0 {
                    eprintln!("news-extract: resume: {} unfinished or changed lines dropped, to be redone", r.dropped);
                }
                done = r.done;
            }
            Err(e @ state::ResumeError::Io { .. }) => {
                eprintln!("news-extract: error: {e}");
                return ExitCode::from(1);
            }
            Err(e) => return fail(format!("cannot resume: {e}")),
        }
    }
    let (mut writer, mut state): (Box<dyn Write>, Option<state::StateWriter>) = if to_stdout {
        (Box::new(BufWriter::new(std::io::stdout().lock())), None)
    } else {
        if let Some(parent) = out_path.parent().filter(|p| !p.as_os_str().is_empty()) {
            if let Err(e) = std::fs::create_dir_all(parent) {
                return fail(format!("cannot create {}: {e}", parent.display()));
            }
        }
        let file = if resume {
            std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(&out_path)
        } else {
            std::fs::File::create(&out_path)
        };
        let file = match file {
            Ok(f) => f,
            Err(e) => return fail(format!("cannot write {}: {e}", out_path.display())),
        };
        let st = if resume {
            state::StateWriter::append(&out_path)
        } else {
            state::StateWriter::create(&out_path, pipeline.config_hash())
        };
        match st {
            Ok(st) => (Box::new(BufWriter::new(file)), Some(st)),
            Err(e) => {
                return fail(format!(
                    "cannot write {}: {e}",
                    state::state_path(&out_path).display()
                ))
            }
        }
    };
    let mut progress = Progress::new(quiet, inputs, pipeline.config(), done.values().sum());
    // For tests: a pause after each chunk makes a run slow enough to interrupt.
    let delay = std::env::var("NEWS_EXTRACT_CHUNK_DELAY_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map(Duration::from_millis);
    let skip = |f: &news_extract::input::InputFile| {
        done.get(&f.path.display().to_string())
            .copied()
            .unwrap_or(0)
    };
    let result = pipeline.run_with(
        inputs,
        &mut writer,
        RunControl {
            skip: &skip,
            stop: Some(&STOP),
            chunk_done: &mut |docs, summary| {
                if let Some(st) = state.as_mut() {
                    st.record(docs)?;
                }
                progress.update(summary);
                if let Some(d) = delay {
                    std::thread::sleep(d);
                }
                Ok(())
            },
        },
    );
    progress.finish();
    let summary = match result {
        Ok(s) => s,
        Err(e) => {
            eprintln!("news-extract: error: writing output: {e}");
            return ExitCode::from(1);
        }
    };
    if !quiet {
        let skipped = if summary.skipped > 0 {
            format!(", {} already done", summary.skipped)
        } else {
            String::new()
        };
        let stopped = if summary.interrupted {
            " (interrupted; continue with --resume)"
        } else {
            ""
        };
        let precision = summary
            .precision
            .map(|p| format!(", entities in {p}"))
            .unwrap_or_default();
        eprintln!(
            "news-extract: {} documents ({} ok, {} failed{skipped}), {} words in {:.2} s ({:.0} words/s{precision}) -> {}{stopped}",
            summary.ok + summary.failed,
            summary.ok,
            summary.failed,
            summary.words,
            summary.elapsed.as_secs_f64(),
            summary.words_per_second(),
            out_path.display()
        );
    }
    if summary.interrupted {
        ExitCode::from(130)
    } else if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Progress on standard error: a bar on a terminal, a line every 10 s otherwise.
enum Progress {
    Quiet,
    Bar(indicatif::ProgressBar, usize),
    Log { last: Instant },
}

impl Progress {
    fn new(
        quiet: bool,
        inputs: &[PathBuf],
        config: &news_extract::Config,
        skipped: usize,
    ) -> Progress {
        if quiet {
            return Progress::Quiet;
        }
        if !std::io::stderr().is_terminal() {
            return Progress::Log {
                last: Instant::now(),
            };
        }
        // Walking names only (no reading) is cheap next to processing. Files
        // of many documents are not counted without reading them: no total then.
        let mut total = Some(0u64);
        for f in news_extract::input::InputWalker::new(inputs, &config.input) {
            if news_extract::input::kind_of(&f.path).0.is_multi() {
                total = None;
                break;
            }
            total = total.map(|t| t + 1);
        }
        let bar = match total {
            Some(t) => indicatif::ProgressBar::new(t),
            None => indicatif::ProgressBar::no_length(),
        };
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:30} {pos}/{len} documents, {msg}, ETA {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar.set_position(skipped as u64);
        bar.reset_eta();
        Progress::Bar(bar, skipped)
    }

    fn update(&mut self, s: &Summary) {
        match self {
            Progress::Quiet => {}
            Progress::Bar(bar, skipped) => {
                bar.set_position((*skipped + s.ok + s.failed) as u64);
                bar.set_message(format!(
                    "{} failed, {} words/s",
                    s.failed,
                    group(s.words_per_second() as usize)
                ));
            }
            Progress::Log { last } => {
                if last.elapsed() >= Duration::from_secs(10) {
                    *last = Instant::now();
                    eprintln!(
                        "news-extract: {} documents ({} ok, {} failed), {} words, {} words/s",
                        s.ok + s.failed,
                        s.ok,
                        s.failed,
                        group(s.words),
                        group(s.words_per_second() as usize)
                    );
                }
            }
        }
    }

    fn finish(&self) {
        if let Progress::Bar(bar, _) = self {
            bar.finish_and_clear();
        }
    }
}

/// 1234567 -> "1,234,567".
fn group(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
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
            let ner = if config
                .active_stages()
                .contains(&news_extract::config::StageName::Entities)
            {
                match news_extract::stages::EntitiesStage::new(&config.entities, 1) {
                    Ok(s) => Some(s),
                    Err(e) => return fail(format!("config key `entities.model`: {e}")),
                }
            } else {
                None
            };
            let seg = news_extract::stages::sentences_segmenter(&config.sentences);
            let extractor = news_extract::stages::quote_extractor(&config.quotes);
            let entities = |text: &str| ner.as_ref().map(|n| n.tags_of(text)).unwrap_or_default();
            report(nx_quotes::eval::polnear(
                &file,
                &extractor,
                &|t| seg.split(t),
                &entities,
            ))
        }
        EvalCommand::Numbers { file, config } => match config.load() {
            Ok(c) => report(nx_numbers::eval::recognizers_with(
                &file,
                c.numbers.options(),
            )),
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
        EvalCommand::Html { dir, config } => match config.load() {
            Ok(c) => report(news_extract::input::html::eval::benchmark(&dir, &c.input)),
            Err(e) => fail(e),
        },
        EvalCommand::Ner { file, config } => {
            let config = match config.load() {
                Ok(c) => c,
                Err(e) => return fail(e),
            };
            let stage = match news_extract::stages::EntitiesStage::new(&config.entities, 1) {
                Ok(s) => s,
                Err(e) => return fail(format!("config key `entities.model`: {e}")),
            };
            println!("entities precision: {}", stage.precision().as_str());
            report(stage.evaluate(&file))
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn group_puts_commas_between_thousands() {
        assert_eq!(super::group(0), "0");
        assert_eq!(super::group(999), "999");
        assert_eq!(super::group(1000), "1,000");
        assert_eq!(super::group(512000), "512,000");
        assert_eq!(super::group(1234567), "1,234,567");
    }
}
