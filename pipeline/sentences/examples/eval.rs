//! Development driver: score test sets and time `split`.
//!
//! `cargo run -p nx-sentences --release --example eval-sentences -- FILE_OR_DIR...`
//! - `*.json`: Golden Rules; `*.jsonl`: pySBD tests; a directory: throughput over
//!   every `.txt` file below it. `--show FILE` prints the sentences of one file.

use std::path::{Path, PathBuf};
use std::time::Instant;

use nx_sentences::{eval, Segmenter, SegmenterOptions};

fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            txt_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
}

/// Some corpus files are not UTF-8 (Latin-1 pound signs); the CLI decodes those, so do
/// the same here rather than skip them.
fn read_lossy(p: &Path) -> String {
    let bytes = std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    String::from_utf8_lossy(&bytes).into_owned()
}

fn main() {
    let seg = Segmenter::new(SegmenterOptions::default());
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--show" {
            let p = it.next().expect("--show FILE");
            let text = read_lossy(Path::new(p));
            for s in seg.split(&text) {
                println!("{}", s.slice(&text).replace('\n', "\\n"));
            }
            continue;
        }
        let p = Path::new(a);
        if p.is_dir() {
            let mut files = Vec::new();
            txt_files(p, &mut files);
            let texts: Vec<String> = files.iter().map(|f| read_lossy(f)).collect();
            let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
            let bytes: usize = texts.iter().map(String::len).sum();
            let mut sentences = 0;
            let rounds = 5;
            let t0 = Instant::now();
            for _ in 0..rounds {
                sentences = 0;
                for t in &texts {
                    sentences += seg.split(t).len();
                }
            }
            let secs = t0.elapsed().as_secs_f64() / rounds as f64;
            println!(
                "{}: {} files, {} words, {} sentences; split: {:.1} ms/pass, {:.0} words/s, {:.1} MB/s (1 thread)",
                p.display(),
                texts.len(),
                words,
                sentences,
                secs * 1e3,
                words as f64 / secs,
                bytes as f64 / secs / 1e6
            );
        } else {
            let r = if a.ends_with(".jsonl") {
                eval::pysbd_tests(p, &seg)
            } else {
                eval::golden_rules(p, &seg)
            };
            match r {
                Ok(r) => print!("{r}"),
                Err(e) => eprintln!("error: {e}"),
            }
        }
    }
}
