//! Speed and coverage of the anatomy analysis over a folder of `.txt` articles.
//!
//! `cargo run --release -p nx-anatomy --example anatomy-bench -- DIR [--show] [--furniture N]`
//!
//! Prints words/s (best of three passes, files read beforehand), how many
//! documents got a title and how many of those equal the first line (the BBC
//! files' convention), datelines, bylines, authors and boilerplate by kind.
//! `--show` prints each document's parts; `--furniture N` learns site furniture
//! from the folder first (lines in at least N documents).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use nx_anatomy::{analyse, Anatomy, AnatomyOptions, Furniture};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: anatomy-bench DIR [--show] [--furniture N]");
        std::process::exit(2);
    };
    let show = args.iter().any(|a| a == "--show");
    let min_docs: Option<usize> = args
        .iter()
        .position(|a| a == "--furniture")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok());
    let mut paths = Vec::new();
    walk(Path::new(dir), &mut paths);
    let texts: Vec<(PathBuf, String)> = paths
        .into_iter()
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            let t = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
            Some((p, t))
        })
        .collect();
    let words: usize = texts
        .iter()
        .map(|(_, t)| t.split_whitespace().count())
        .sum();
    let t0 = Instant::now();
    let furniture = match min_docs {
        Some(n) => Furniture::learn(texts.iter().map(|(_, t)| t.as_str()), n),
        None => Furniture::default(),
    };
    let learn_s = t0.elapsed().as_secs_f64();
    let options = AnatomyOptions::default();
    let mut best = f64::MAX;
    let mut results: Vec<Anatomy> = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        results = texts
            .iter()
            .map(|(_, text)| analyse(text, None, &furniture, &options))
            .collect();
        best = best.min(t.elapsed().as_secs_f64());
    }
    let mut titled = 0;
    let mut first_line = 0;
    let mut datelines = 0;
    let mut bylines = 0;
    let mut authors = 0;
    let mut headings = 0;
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for ((path, text), a) in texts.iter().zip(&results) {
        let first = text.lines().find(|l| !l.trim().is_empty()).map(str::trim);
        if let Some(t) = a.title {
            titled += 1;
            if Some(t.slice(text)) == first {
                first_line += 1;
            }
        }
        datelines += a.dateline.is_some() as usize;
        bylines += a.byline.is_some() as usize;
        authors += a.authors.len();
        headings += a.headings.len();
        for b in &a.boilerplate {
            *kinds.entry(b.kind.as_str()).or_insert(0) += 1;
        }
        if show {
            println!("== {}", path.display());
            println!("  title:    {:?}", a.title.map(|s| s.slice(text)));
            if let Some(d) = a.dateline {
                println!(
                    "  dateline: {:?} place {:?}",
                    d.span.slice(text),
                    d.place.slice(text)
                );
            }
            println!("  byline:   {:?}", a.byline.map(|s| s.slice(text)));
            let names: Vec<&str> = a.authors.iter().map(|s| s.slice(text)).collect();
            println!("  authors:  {names:?}");
            for h in &a.headings {
                println!("  heading:  {:?}", h.slice(text));
            }
            for b in &a.boilerplate {
                println!("  {:<11} {:?}", b.kind.as_str(), b.span.slice(text));
            }
        }
    }
    let n = texts.len();
    println!(
        "{n} documents, {words} words: {:.3} s, {:.0} words/s (best of 3){}",
        best,
        words as f64 / best.max(1e-9),
        if min_docs.is_some() {
            format!(
                "; furniture learned in {learn_s:.3} s: {} lines",
                furniture.len()
            )
        } else {
            String::new()
        }
    );
    println!(
        "titles {titled} ({first_line} equal to the first line: {:.1}% of documents); datelines {datelines}; bylines {bylines}; authors {authors}; headings {headings}",
        100.0 * first_line as f64 / n.max(1) as f64
    );
    println!("boilerplate stretches by kind: {kinds:?}");
}
