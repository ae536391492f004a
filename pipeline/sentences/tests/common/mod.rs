//! Shared by the web-text dev checks: sentence precision, recall and F1 from counts,
//! and the marked data format of `web_dev2.rs` and `web_dev3.rs`: documents are
//! separated by a line `===`, and `¦` marks the end of each expected sentence but the
//! last (the mark is removed to get the input).
#![allow(dead_code)] // each test binary uses part of this module

use nx_sentences::Segmenter;

/// Ends an expected sentence in the marked data format.
const MARK: char = '¦';

/// Prints `name`'s figures over `units` documents or cases and returns the F1.
pub fn report(name: &str, units: &str, (got, gold, hit): (usize, usize, usize)) -> f64 {
    let p = hit as f64 / got as f64;
    let r = hit as f64 / gold as f64;
    let f = 2.0 * p * r / (p + r);
    eprintln!(
        "{name}: {units}, {gold} sentences; P {:.1} R {:.1} F1 {:.1}",
        100.0 * p,
        100.0 * r,
        100.0 * f
    );
    f
}

/// Each document's input text and its expected sentence spans (byte offsets).
pub fn cases(data: &str) -> Vec<(String, Vec<(usize, usize)>)> {
    let mut out = Vec::new();
    for doc in data.split("\n===\n") {
        let doc = doc.trim_end_matches('\n');
        let mut text = String::with_capacity(doc.len());
        let mut gold = Vec::new();
        let mut start = 0;
        for (i, piece) in doc.split(MARK).enumerate() {
            if i > 0 {
                push_trimmed(&text, start, &mut gold);
                start = text.len();
            }
            text.push_str(piece);
        }
        push_trimmed(&text, start, &mut gold);
        out.push((text, gold));
    }
    out
}

/// Adds the span of `text[start..]` without its surrounding whitespace, if any is left.
fn push_trimmed(text: &str, start: usize, gold: &mut Vec<(usize, usize)>) {
    let piece = &text[start..];
    let s = start + (piece.len() - piece.trim_start().len());
    let e = start + piece.trim_end().len();
    if s < e {
        gold.push((s, e));
    }
}

/// Sentence F1 over a set in the data format above, printing the misses.
pub fn marked_f1(name: &str, data: &str) -> (usize, f64) {
    let seg = Segmenter::default();
    let docs = cases(data);
    let (mut n_got, mut n_gold, mut n_hit) = (0, 0, 0);
    for (text, gold) in &docs {
        let got: Vec<(usize, usize)> = seg
            .split(text)
            .iter()
            .map(|s| (s.start(), s.end()))
            .collect();
        let hit = got.iter().filter(|s| gold.contains(s)).count();
        if hit != gold.len() || got.len() != gold.len() {
            let want: Vec<&str> = gold.iter().map(|&(s, e)| &text[s..e]).collect();
            eprintln!(
                "MISS {text:?}\n  want: {want:?}\n  got:  {:?}",
                seg.split_str(text)
            );
        }
        n_got += got.len();
        n_gold += gold.len();
        n_hit += hit;
    }
    let units = format!("{} documents", docs.len());
    let f = report(name, &units, (n_got, n_gold, n_hit));
    (docs.len(), f)
}
