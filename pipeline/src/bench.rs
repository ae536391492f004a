//! `news-extract bench`: words/s of the pipeline and of each stage, peak memory,
//! and on request the one-thread speed-up and spaCy on the same files.
//!
//! A benchmark, not a test: figures are printed, never asserted.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use news_extract::input::InputWalker;
use news_extract::{Config, Pipeline, Summary};

use crate::cli::peak_rss_kb;
use crate::{fail, spacy_bench, SpacyArgs};

/// Run the benchmark and print its figures on stdout.
pub(crate) fn bench(
    inputs: &[PathBuf],
    config: Config,
    threads: usize,
    spacy: &SpacyArgs,
    speedup_rounds: Option<u32>,
) -> ExitCode {
    // Read every file once first, so the timed runs all start with a warm page
    // cache and none of them pays for the disk.
    let files: Vec<PathBuf> = InputWalker::new(inputs, &config.input)
        .filter(|f| f.walk_error.is_none())
        .map(|f| f.path)
        .collect();
    for f in &files {
        let _ = std::fs::read(f);
    }
    let input = config.input.clone();
    // Figures only mean something next to the CPU they came from.
    let cpu = nx_ner::CpuFeatures::detect();
    println!("cpu: {} ({} cores available)", if cpu.model.is_empty() { "unknown" } else { &cpu.model },
        std::thread::available_parallelism().map_or(1, |n| n.get()));
    println!("cpu features: {}", cpu.summary());
    let (s, hash, load_s) = match timed_run(inputs, config.clone(), threads) {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    println!(
        "bench: {} documents ({} failed), {} words, {} threads, entities precision {}, config {}",
        s.ok + s.failed,
        s.failed,
        s.words,
        s.threads,
        s.precision.unwrap_or("-"),
        hash
    );
    println!(
        "  {:<10} {:>9.2} s {:>12.0} words/s",
        "pipeline",
        s.elapsed.as_secs_f64(),
        s.words_per_second()
    );
    // Stage times are summed over workers: divided by the worker count they are
    // the stage's share of the wall clock, so the words/s are comparable to the
    // pipeline's.
    for (name, t) in &s.stage_time {
        let secs = t.as_secs_f64() / s.threads.max(1) as f64;
        println!(
            "  {:<10} {:>9.2} s {:>12.0} words/s",
            name,
            secs,
            s.words as f64 / secs.max(1e-9)
        );
    }
    println!("  setup (model load) {load_s:.2} s");
    if let Some(kb) = peak_rss_kb() {
        println!("  peak RSS {:.0} MB", kb as f64 / 1024.0);
    }
    if let Some(rounds) = speedup_rounds.filter(|_| s.threads > 1) {
        let _ = std::io::stdout().flush();
        match speedup(inputs, &config, s.threads, rounds) {
            Ok(r) => println!("{r}"),
            Err(e) => return fail(e),
        }
    }
    if !spacy.compare_spacy {
        return ExitCode::SUCCESS;
    }
    let python = spacy
        .spacy_python
        .clone()
        .unwrap_or_else(spacy_bench::default_python);
    let script = spacy_bench::find("scripts/bench_spacy.py")
        .unwrap_or_else(|| PathBuf::from("scripts/bench_spacy.py"));
    let how = spacy_bench::SpacyRun {
        python: &python,
        script: &script,
        n_process: spacy.spacy_processes,
        max_bytes: input.max_bytes,
        latin1_fallback: input.latin1_fallback,
    };
    // Flushed first: spaCy takes a while and its figures come after.
    let _ = std::io::stdout().flush();
    // The files news-extract read, in its order; spaCy skips the same bad ones.
    match spacy_bench::run(&how, &files) {
        spacy_bench::Outcome::Ran(f) => {
            println!("{}", spacy_bench::report(&f, s.words_per_second(), s.words));
            ExitCode::SUCCESS
        }
        spacy_bench::Outcome::Skipped(why) => {
            println!("spaCy comparison skipped: {why}");
            ExitCode::SUCCESS
        }
        spacy_bench::Outcome::Failed(why) => {
            eprintln!("news-extract: error: spaCy comparison: {why}");
            ExitCode::from(1)
        }
    }
}

/// Build the pipeline and run it over `inputs` into nothing: the summary, the
/// config hash and the seconds the build (model load) took.
fn timed_run(
    inputs: &[PathBuf],
    config: Config,
    threads: usize,
) -> Result<(Summary, String, f64), String> {
    let loaded = Instant::now();
    let pipeline = Pipeline::new(config, threads).map_err(|e| e.to_string())?;
    let load_s = loaded.elapsed().as_secs_f64();
    let s = pipeline
        .run(inputs, &mut std::io::sink(), &mut |_| {})
        .map_err(|e| e.to_string())?;
    Ok((s, pipeline.config_hash().to_string(), load_s))
}

/// Words/s of one-thread and threaded runs taken back to back, round by round.
struct Speedup {
    threads: usize,
    rounds: Vec<(f64, f64)>,
}

impl Speedup {
    fn ratios(&self) -> Vec<f64> {
        let mut r: Vec<f64> = self
            .rounds
            .iter()
            .map(|(one, n)| n / one.max(1e-9))
            .collect();
        r.sort_by(f64::total_cmp);
        r
    }
}

impl std::fmt::Display for Speedup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, (one, n)) in self.rounds.iter().enumerate() {
            writeln!(
                f,
                "  speed-up round {}: 1 thread {one:.0} words/s, {} threads {n:.0} words/s: {:.2}x",
                i + 1,
                self.threads,
                n / one.max(1e-9)
            )?;
        }
        let r = self.ratios();
        let median = if r.len() % 2 == 1 {
            r[r.len() / 2]
        } else {
            (r[r.len() / 2 - 1] + r[r.len() / 2]) / 2.0
        };
        let best = |i: usize| {
            self.rounds
                .iter()
                .map(|x| if i == 0 { x.0 } else { x.1 })
                .fold(0.0, f64::max)
        };
        write!(
            f,
            "  speed-up {} threads over 1: median {median:.2}x over {} rounds, best-of {:.2}x",
            self.threads,
            r.len(),
            best(1) / best(0).max(1e-9)
        )
    }
}

/// Alternate one-thread and `threads`-thread runs, so a slow spell of a shared
/// machine falls on both sides of a round rather than on one figure.
fn speedup(
    inputs: &[PathBuf],
    config: &Config,
    threads: usize,
    rounds: u32,
) -> Result<Speedup, String> {
    let mut out = Speedup {
        threads,
        rounds: Vec::new(),
    };
    for _ in 0..rounds {
        let one = timed_run(inputs, config.clone(), 1)?.0.words_per_second();
        let n = timed_run(inputs, config.clone(), threads)?
            .0
            .words_per_second();
        out.rounds.push((one, n));
    }
    Ok(out)
}
