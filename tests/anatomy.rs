//! The anatomy stage end to end: the binary on `tests/fixtures/anatomy` (articles
//! written for this repository) against `tests/fixtures/anatomy.expected.json`, with code-point offsets,
//! and later stages kept out of what the anatomy excludes.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

const RULE_STAGES: &str = r#"pipeline.stages=["anatomy","sentences","quotes","numbers"]"#;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anatomy")
}

fn run(extra: &[&str]) -> Vec<Value> {
    let dir = fixtures();
    let mut args = vec!["run", dir.to_str().unwrap(), "-o", "-", "-q"];
    args.extend_from_slice(extra);
    let out = Command::new(env!("CARGO_BIN_EXE_news-extract"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(&args)
        .output()
        .expect("binary runs");
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::str::from_utf8(&out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// `text[start:end]` in code points, checked against the span's `text`.
fn slice(text: &[char], span: &Value) -> (usize, usize) {
    let (s, e) = (
        span["start"].as_u64().unwrap() as usize,
        span["end"].as_u64().unwrap() as usize,
    );
    assert!(s <= e && e <= text.len());
    let got: String = text[s..e].iter().collect();
    assert_eq!(got, span["text"].as_str().unwrap());
    (s, e)
}

fn text_of(v: &Value) -> Value {
    if v.is_null() {
        Value::Null
    } else {
        v["text"].clone()
    }
}

#[test]
fn fixtures_get_their_expected_anatomy_with_code_point_offsets() {
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(fixtures().with_file_name("anatomy.expected.json")).unwrap())
            .unwrap();
    let docs = run(&["--set", RULE_STAGES]);
    assert_eq!(docs.len(), expected.as_object().unwrap().len());
    let mut failures = Vec::new();
    for doc in &docs {
        let id = doc["id"].as_str().unwrap();
        let want = &expected[id];
        let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
        for key in ["title", "byline", "dateline"] {
            if !doc[key].is_null() {
                slice(&text, &doc[key]);
            }
        }
        for key in ["headings", "authors", "boilerplate"] {
            for s in doc[key].as_array().unwrap() {
                slice(&text, s);
            }
        }
        let strings =
            |v: &Value| -> Vec<Value> { v.as_array().unwrap().iter().map(text_of).collect() };
        let boilerplate: Vec<Value> = doc["boilerplate"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| serde_json::json!([b["kind"], b["text"]]))
            .collect();
        let got = [
            ("title", text_of(&doc["title"]), want["title"].clone()),
            (
                "dateline",
                text_of(&doc["dateline"]),
                want["dateline"].clone(),
            ),
            (
                "place",
                doc["dateline"]["place"].clone(),
                want["place"].clone(),
            ),
            ("byline", text_of(&doc["byline"]), want["byline"].clone()),
            (
                "authors",
                Value::from(strings(&doc["authors"])),
                want["authors"].clone(),
            ),
            (
                "headings",
                Value::from(strings(&doc["headings"])),
                want["headings"].clone(),
            ),
            (
                "boilerplate",
                Value::from(boilerplate),
                want["boilerplate"].clone(),
            ),
        ];
        for (what, g, w) in got {
            if g != w {
                failures.push(format!("{id} {what}: got {g}, expected {w}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn later_stages_stay_out_of_excluded_spans() {
    let docs = run(&["--set", RULE_STAGES]);
    let mut checked = 0;
    for doc in &docs {
        let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
        let mut excluded: Vec<(usize, usize)> = doc["boilerplate"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| slice(&text, b))
            .collect();
        for key in ["dateline", "byline"] {
            if !doc[key].is_null() {
                excluded.push(slice(&text, &doc[key]));
            }
        }
        let mut breaks = excluded.clone();
        if !doc["title"].is_null() {
            breaks.push(slice(&text, &doc["title"]));
        }
        for h in doc["headings"].as_array().unwrap() {
            breaks.push(slice(&text, h));
        }
        for key in ["numbers", "quotes"] {
            for s in doc[key].as_array().unwrap() {
                let (a, b) = slice(&text, s);
                for &(x, y) in &excluded {
                    assert!(
                        b <= x || a >= y,
                        "{} {key} {} in an excluded span",
                        doc["id"],
                        s["text"]
                    );
                }
            }
        }
        for s in doc["sentences"].as_array().unwrap() {
            let (a, b) = slice(&text, s);
            for &(x, y) in &breaks {
                let inside_own = a >= x && b <= y && !excluded.contains(&(x, y));
                assert!(
                    b <= x || a >= y || inside_own,
                    "{} sentence {} runs across or into {:?}",
                    doc["id"],
                    s["text"],
                    &text[x..y].iter().collect::<String>()
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 0);
}

#[test]
fn without_the_anatomy_stage_the_fields_are_empty() {
    let docs = run(&["--set", r#"pipeline.stages=["sentences","numbers"]"#]);
    for doc in &docs {
        assert!(doc["title"].is_null() && doc["dateline"].is_null() && doc["byline"].is_null());
        for key in ["headings", "authors", "boilerplate"] {
            assert!(doc[key].as_array().unwrap().is_empty());
        }
    }
    // The address block makes sentences again.
    let scrape = docs
        .iter()
        .find(|d| d["id"] == "04_address_scrape")
        .unwrap();
    assert!(scrape["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["text"].as_str().unwrap().contains("Commerce Blvd")));
}
