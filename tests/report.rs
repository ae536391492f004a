//! `news-extract report`: the HTML file it writes, its exit codes, and (when a
//! headless Chromium is installed) the page as a browser renders it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{json, Value};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn report(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_news-extract"))
        .current_dir(root())
        .arg("report")
        .args(args)
        .output()
        .expect("binary runs")
}

/// The page's data block, parsed back.
fn data_block(html: &str) -> Value {
    let open = "<script type=\"application/json\" id=\"nx-data\">";
    let start = html.find(open).expect("data block") + open.len();
    let end = start + html[start..].find("</script>").expect("data block ends");
    serde_json::from_str(&html[start..end]).expect("data block is JSON")
}

fn fixture(dir: &Path) -> PathBuf {
    let text = "🚀 Kirby said: “</script><script>alert(1)</script>” & <b>more</b>.";
    let chars: Vec<char> = text.chars().collect();
    let find = |piece: &str| {
        let p: Vec<char> = piece.chars().collect();
        let start = (0..chars.len())
            .find(|&i| chars[i..].starts_with(&p))
            .expect("piece in text");
        json!({"start": start, "end": start + p.len(), "text": piece})
    };
    let mut kirby = find("Kirby");
    kirby["label"] = json!("PER");
    kirby["score"] = json!(0.99);
    let doc = json!({"id": "a", "source": "a.txt", "text": text, "entities": [kirby], "quotes": [], "numbers": []});
    let error = json!({"id": "b", "source": "b.txt", "error": {"kind": "empty", "message": "the file is empty"}});
    let path = dir.join("run.jsonl");
    std::fs::write(&path, format!("{doc}\n{error}\n{{\"id\": \"c\",\n{doc}\n")).unwrap();
    path
}

#[test]
fn the_report_keeps_markup_in_text_as_text_and_lists_failures_and_malformed_lines() {
    let dir = tempfile::tempdir().unwrap();
    let input = fixture(dir.path());
    let out = dir.path().join("sub/report.html");
    let o = report(&[input.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"]);
    // A malformed line: the report is written, and the exit code says something was wrong.
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("line 3"));
    let html = std::fs::read_to_string(&out).unwrap();
    // Our own three script elements and nothing else: the article's `</script><script>` stays in the data.
    assert_eq!(
        html.matches("<script").count(),
        2,
        "script tags in the page"
    );
    assert_eq!(html.matches("</script>").count(), 2);
    assert!(!html.contains("<b>more"));
    assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none';"));
    // The only URL is the SVG namespace, a name that is never fetched.
    let svg = "http://www.w3.org/2000/svg";
    assert_eq!(
        html.matches("://").count(),
        html.matches(svg).count(),
        "no URL in the page"
    );
    let data = data_block(&html);
    let docs = data["docs"].as_array().unwrap();
    assert_eq!(docs.len(), 3, "two documents and the error record");
    assert!(docs[0]["text"]
        .as_str()
        .unwrap()
        .contains("</script><script>alert(1)</script>"));
    assert_eq!(docs[1]["error"]["message"], "the file is empty");
    assert_eq!(data["problems"][0]["line"], 3);
    assert_eq!(data["problems"][0]["source"], input.to_str().unwrap());
    assert_eq!(
        data["problems"][0]["after"], 2,
        "placed after the lines before it"
    );
}

#[test]
fn usage_errors_and_unreadable_input_exit_2_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    let o = report(&[]);
    assert_eq!(o.status.code(), Some(2));
    let o = report(&[
        dir.path().join("missing.jsonl").to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let input = fixture(dir.path());
    let o = report(&[
        input.to_str().unwrap(),
        "--corpus",
        dir.path().join("no-corpus").to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("entities.jsonl"));
    assert!(!out.exists());
}

#[test]
fn corpus_tables_from_a_folder_replace_the_ones_derived_from_records() {
    let dir = tempfile::tempdir().unwrap();
    let input = fixture(dir.path());
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let speaker = json!({"id": "s0", "name": "John Kirby", "aliases": [{"text": "Kirby", "count": 2}],
                         "entity": null, "quotes": 2, "documents": ["a"], "titles": []});
    std::fs::write(corpus.join("speakers.jsonl"), format!("{speaker}\n")).unwrap();
    for name in ["entities", "quotes", "claims", "documents"] {
        std::fs::write(corpus.join(format!("{name}.jsonl")), "").unwrap();
    }
    let out = dir.path().join("report.html");
    let o = report(&[
        input.to_str().unwrap(),
        "--corpus",
        corpus.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "the fixture still has a malformed line"
    );
    let data = data_block(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(data["corpus"]["origin"], "corpus");
    assert_eq!(data["corpus"]["speakers"][0]["name"], "John Kirby");
}

/// The seed run's report in headless Chromium: one mark per span with the span's
/// text, speakers in the corpus view, no request leaving the page
/// (scripts/report_browser_test.py). Skipped, with a message, without Chromium or Python.
#[test]
fn the_seed_report_renders_in_headless_chromium() {
    let script = root().join("scripts/report_browser_test.py");
    let o = match Command::new("python3")
        .arg(&script)
        .args(["--bin", env!("CARGO_BIN_EXE_news-extract")])
        .current_dir(root())
        .output()
    {
        Ok(o) => o,
        Err(e) => {
            eprintln!("SKIPPED report browser test: python3 not found ({e})");
            return;
        }
    };
    let stdout = String::from_utf8_lossy(&o.stdout);
    eprintln!("{stdout}");
    assert!(
        o.status.success(),
        "report browser test failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
