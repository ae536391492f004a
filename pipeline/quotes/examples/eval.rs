//! Development driver: PolNeAR figures, the textacy cases and throughput.
//!
//! `cargo run -p nx-quotes --release --example eval-quotes -- FILE.jsonl [TEXTACY.jsonl] [NEWS_DIR]`
//! Runs with no entities and a naive sentence split, the weakest inputs the
//! pipeline can give the extractor.

use std::path::{Path, PathBuf};
use std::time::Instant;

use nx_quotes::{eval, QuoteExtractor, QuoteOptions};
use nx_text::Span;

/// Splits after `.`, `?` or `!` followed by whitespace, and at newlines.
fn naive_sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for i in 0..b.len() {
        let end_here = b[i] == b'\n'
            || (matches!(b[i], b'.' | b'?' | b'!')
                && b.get(i + 1).is_some_and(|c| c.is_ascii_whitespace()));
        if end_here {
            let e = if b[i] == b'\n' { i } else { i + 1 };
            if let Some(s) = Span::new(text, start, e) {
                let s = s.trim(text);
                if !s.is_empty() {
                    out.push(s);
                }
            }
            start = i + 1;
        }
    }
    if let Some(s) = Span::new(text, start, text.len()) {
        let s = s.trim(text);
        if !s.is_empty() {
            out.push(s);
        }
    }
    out
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: eval POLNEAR.jsonl [TEXTACY.jsonl] [NEWS_DIR]");
        std::process::exit(2);
    };
    let ex = QuoteExtractor::new(QuoteOptions {
        indirect: true,
        ..Default::default()
    });
    let t = Instant::now();
    match eval::polnear(Path::new(path), &ex, &naive_sentences, &|_| {
        (Vec::new(), Vec::new())
    }) {
        Ok(r) => println!("{path}\n{r}({:.2}s)", t.elapsed().as_secs_f64()),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
    let data = Path::new(path).parent().unwrap_or(Path::new("."));
    let textacy = args
        .get(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| data.join("textacy_direct_quotations_cases.jsonl"));
    if textacy.exists() {
        match eval::textacy(&textacy, &ex) {
            Ok(r) => println!("{r}"),
            Err(e) => eprintln!("{e}"),
        }
    }
    let news = args
        .get(2)
        .map(PathBuf::from)
        .unwrap_or_else(|| data.join("../news/bbc"));
    let mut fs = Vec::new();
    files(&news, &mut fs);
    if fs.is_empty() {
        return;
    }
    let texts: Vec<String> = fs
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let sents: Vec<Vec<Span>> = texts.iter().map(|t| naive_sentences(t)).collect();
    // best of three passes: the figure should not depend on other load
    let mut secs = f64::MAX;
    let mut quotes = 0;
    let mut kinds = [0usize; 3];
    for _ in 0..3 {
        let t = Instant::now();
        quotes = 0;
        kinds = [0usize; 3];
        for (text, s) in texts.iter().zip(&sents) {
            for q in ex.extract(text, s, &[]) {
                quotes += 1;
                kinds[q.kind as usize] += 1;
            }
        }
        secs = secs.min(t.elapsed().as_secs_f64());
    }
    println!(
        "throughput: {} files, {words} words, {quotes} quotes (direct {}, partial {}, indirect {}) in {secs:.3}s = {:.0} words/s (single thread, best of 3)",
        texts.len(),
        kinds[0],
        kinds[1],
        kinds[2],
        words as f64 / secs
    );
}
