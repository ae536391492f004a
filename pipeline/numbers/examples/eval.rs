//! Scores the extractor on the Recognizers-Text specs and measures throughput.
//!
//! cargo run -p nx-numbers --release --example eval-numbers -- FILE [--failures SPEC [--compat]] [--bench DIR]
//!
//! Prints the report with default options (with a compat-only column: failed cases
//! that pass with `recognizers_compat`), then with `recognizers_compat`.
//! cargo run -p nx-numbers --release --example eval-numbers -- --show "some text"

use std::path::{Path, PathBuf};
use std::time::Instant;

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                files(&p, out);
            } else if p.extension().is_some_and(|x| x == "txt") {
                out.push(p);
            }
        }
    }
}

/// CPU time of this thread in seconds (Linux), so throughput is not skewed by
/// other work sharing the machine.
fn thread_cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--dump") {
        for f in &args[1..] {
            let t = std::fs::read_to_string(f).unwrap_or_default();
            for m in nx_numbers::extract(&t) {
                let ctx_s = t[..m.span.start()]
                    .char_indices()
                    .rev()
                    .nth(30)
                    .map_or(0, |x| x.0);
                let ctx_e = t[m.span.end()..]
                    .char_indices()
                    .nth(30)
                    .map_or(t.len(), |x| m.span.end() + x.0);
                println!(
                    "{:<9} {:>14} {:?} | {}[[{}]]{}",
                    format!("{:?}", m.kind),
                    m.value.map_or("-".into(), |v| format!("{v}")),
                    (
                        m.low,
                        m.high,
                        m.qualifier,
                        m.unit.as_deref(),
                        m.currency.as_deref()
                    ),
                    t[ctx_s..m.span.start()].replace('\n', " "),
                    m.span.slice(&t),
                    t[m.span.end()..ctx_e].replace('\n', " ")
                );
            }
        }
        return;
    }
    if args.first().map(String::as_str) == Some("--show") {
        for t in &args[1..] {
            println!("{t}");
            for m in nx_numbers::extract(t) {
                println!(
                    "  {:?} {:?} value={:?} low={:?} high={:?} q={:?} unit={:?} cur={:?}",
                    m.span.slice(t),
                    m.kind,
                    m.value,
                    m.low,
                    m.high,
                    m.qualifier,
                    m.unit,
                    m.currency
                );
            }
        }
        return;
    }
    let path = args
        .first()
        .cloned()
        .unwrap_or_else(|| "/work/shared/data/numbers/recognizers_text_en.jsonl".into());
    let report = nx_numbers::eval::recognizers(Path::new(&path)).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    println!("{report}");
    let compat = nx_numbers::eval::recognizers_with(
        Path::new(&path),
        nx_numbers::Options {
            recognizers_compat: true,
        },
    )
    .unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    println!("{compat}");
    let report = if args.iter().any(|a| a == "--compat") {
        compat
    } else {
        report
    };
    if let Some(i) = args.iter().position(|a| a == "--failures") {
        let want = args.get(i + 1).map(String::as_str).unwrap_or("");
        for f in report.failures.iter().filter(|f| f.spec.ends_with(want)) {
            let tag = if f.compat_only { " (compat-only)" } else { "" };
            println!(
                "[{}]{tag} {:?}\n   exp: {:?}\n   got: {:?}",
                f.spec, f.text, f.expected, f.predicted
            );
        }
    }
    let bench = args
        .iter()
        .position(|a| a == "--bench")
        .and_then(|i| args.get(i + 1).cloned())
        .unwrap_or_else(|| "/work/shared/data/news/bbc".into());
    let mut paths = Vec::new();
    files(Path::new(&bench), &mut paths);
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if texts.is_empty() {
        println!("throughput: no texts under {bench}");
        return;
    }
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let ex = nx_numbers::NumberExtractor::new();
    let mut mentions = 0;
    let c0 = thread_cpu_secs();
    let t0 = Instant::now();
    let rounds = 3;
    for _ in 0..rounds {
        for t in &texts {
            mentions += ex.extract(t).len();
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "throughput: {} docs, {} words x{rounds} in {:.2}s wall = {:.0} words/s single-threaded ({} mentions/round)",
        texts.len(),
        words,
        secs,
        (words * rounds) as f64 / secs,
        mentions / rounds
    );
    if let (Some(a), Some(b)) = (c0, thread_cpu_secs()) {
        let cpu = b - a;
        println!(
            "throughput (thread CPU time {:.2}s): {:.0} words/s",
            cpu,
            (words * rounds) as f64 / cpu
        );
    }
}
