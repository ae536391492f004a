//! Properties of the corpus view over any records: every member span indexes its
//! document's text, and the tables do not depend on the thread count.

use nx_corpus::{Corpus, CorpusOptions, CorpusTables};
use proptest::prelude::*;
use serde_json::json;
use std::collections::HashMap;

const WORDS: &[&str] = &[
    "Zelensky", "Zelenskyy", "said", "troops", "3,000", "Kyiv", "“", "”", "é", "🙂", "officials", "the", "U.S.", "US", "fair",
    "game", "10,000", "soldiers", ",", ".", "Smith", "John", "Jane",
];

/// A record with random text and random (valid) spans over it.
fn record(id: usize, words: Vec<usize>, spans: Vec<(usize, usize, u8)>) -> String {
    let tokens: Vec<&str> = words.iter().map(|&w| WORDS[w % WORDS.len()]).collect();
    let text = tokens.join(" ");
    let chars: Vec<char> = text.chars().collect();
    // Code-point offsets of each token.
    let mut bounds = Vec::new();
    let mut at = 0;
    for t in &tokens {
        let n = t.chars().count();
        bounds.push((at, at + n));
        at += n + 1;
    }
    let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    let (mut entities, mut quotes, mut numbers) = (vec![], vec![], vec![]);
    for (a, len, kind) in spans {
        if bounds.is_empty() {
            break;
        }
        let first = a % bounds.len();
        let last = (first + len % 4).min(bounds.len() - 1);
        let (s, e) = (bounds[first].0, bounds[last].1);
        let text = slice(s, e);
        match kind % 3 {
            0 => entities.push(json!({"start": s, "end": e, "text": text, "label": (["PER", "ORG", "LOC", "MISC"][a % 4])})),
            1 => quotes.push(json!({
                "start": s, "end": e, "text": text, "kind": (["direct", "partial", "indirect"][a % 3]),
                "fragments": [{"start": s, "end": e, "text": text}],
                "speaker": {"start": 0, "end": 0, "text": tokens[0], "name": tokens[(a + 1) % tokens.len()]},
                "cue": null, "negated": a % 5 == 0, "score": 0.9
            })),
            _ => numbers.push(json!({
                "start": s, "end": e, "text": text, "kind": "cardinal", "value": (a % 3) as f64 * 1000.0,
                "low": null, "high": null, "qualifier": null, "unit": tokens[last], "currency": null
            })),
        }
    }
    json!({"id": format!("d{id}"), "text": text, "entities": entities, "quotes": quotes, "numbers": numbers}).to_string()
}

fn build(lines: &[String], threads: usize) -> CorpusTables {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
    pool.install(|| {
        let mut corpus = Corpus::new(CorpusOptions::default());
        corpus.add_lines("test", 1, lines);
        corpus.finish()
    })
}

fn docs() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        (prop::collection::vec(0usize..100, 0..40), prop::collection::vec((0usize..100, 0usize..8, 0u8..3), 0..12)),
        1..8,
    )
    .prop_map(|docs| docs.into_iter().enumerate().map(|(i, (w, s))| record(i, w, s)).collect())
}

fn write(t: &CorpusTables) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    t.write_dir(dir.path()).unwrap();
    ["entities", "speakers", "quotes", "claims", "documents"]
        .iter()
        .flat_map(|n| std::fs::read(dir.path().join(format!("{n}.jsonl"))).unwrap())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_member_span_indexes_its_documents_text(lines in docs()) {
        let texts: HashMap<String, Vec<char>> = lines
            .iter()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                (v["id"].as_str().unwrap().to_string(), v["text"].as_str().unwrap().chars().collect())
            })
            .collect();
        let tables = build(&lines, 2);
        let check = |doc: &str, start: usize, end: usize, text: &str| {
            let chars = &texts[doc];
            prop_assert!(start <= end && end <= chars.len());
            prop_assert_eq!(chars[start..end].iter().collect::<String>(), text);
            Ok(())
        };
        for q in &tables.quotes {
            for m in &q.members {
                check(&m.doc, m.start, m.end, &m.text)?;
            }
        }
        for c in &tables.claims {
            for m in &c.members {
                check(&m.doc, m.start, m.end, &m.text)?;
            }
        }
        prop_assert_eq!(tables.documents.len(), lines.len());
    }

    #[test]
    fn the_tables_do_not_depend_on_the_thread_count(lines in docs()) {
        prop_assert_eq!(write(&build(&lines, 1)), write(&build(&lines, 2)));
    }
}

#[test]
fn bad_lines_and_error_records_are_counted_not_dropped() {
    let lines = vec![
        record(0, vec![1, 2, 3], vec![(0, 1, 0)]),
        "{not json".to_string(),
        String::new(),
        json!({"id": "d9", "source": "x", "error": {"kind": "empty", "message": "no text"}}).to_string(),
    ];
    let t = build(&lines, 1);
    assert_eq!(t.stats.documents, 1);
    assert_eq!(t.stats.error_records, 1);
    assert_eq!(t.stats.bad_lines.len(), 1);
    assert_eq!(t.stats.bad_lines[0].line, 2);
}
