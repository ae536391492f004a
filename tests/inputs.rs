//! Inputs beyond .txt: JSON lines and JSON files (plain, gzip, zstd), HTML
//! pages, standard input; every bad piece keeps its own error record; resume
//! by whole file for files of many documents.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

const RULES: &str = "pipeline.stages=[\"sentences\",\"numbers\"]";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_news-extract"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `news-extract run ARGS -o - -q` with the rule stages only.
fn run(args: &[&str]) -> Output {
    bin()
        .arg("run")
        .args(args)
        .args(["-o", "-", "-q", "--set", RULES])
        .output()
        .expect("binary runs")
}

fn lines(out: &[u8]) -> Vec<Value> {
    std::str::from_utf8(out)
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

fn schema() -> jsonschema::JSONSchema {
    let raw = std::fs::read_to_string(root().join("pipeline/schema/record.schema.json")).unwrap();
    jsonschema::JSONSchema::options()
        .compile(&serde_json::from_str(&raw).unwrap())
        .expect("schema compiles")
}

/// Valid against the schema, and every sentence and number span slices `text`.
fn check(doc: &Value) {
    if let Err(errors) = schema().validate(doc) {
        let msgs: Vec<String> = errors
            .map(|e| format!("{e} at {}", e.instance_path))
            .collect();
        panic!("{doc} does not match the schema:\n{}", msgs.join("\n"));
    }
    if !doc["error"].is_null() {
        return;
    }
    let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
    for key in ["sentences", "numbers"] {
        for s in doc[key].as_array().unwrap() {
            let (a, b) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                text[a..b].iter().collect::<String>(),
                s["text"].as_str().unwrap()
            );
        }
    }
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn article(i: usize) -> Value {
    json!({
        "title": format!("Ferry {i} delayed"),
        "maintext": format!("The ferry left {i} hours late on Monday. About {} passengers waited.\nOfficials blamed the wind.", 100 + i),
        "url": format!("https://news.test/ferry-{i}"),
        "date_publish": "2024-05-06 08:00:00",
        "authors": ["Kim Lee", "Sam Roe"],
        "source_domain": "news.test",
    })
}

fn jsonl(docs: &[Value]) -> String {
    docs.iter().map(|d| format!("{d}\n")).collect()
}

fn by_id<'a>(docs: &'a [Value], id: &str) -> &'a Value {
    docs.iter()
        .find(|d| d["id"] == id)
        .unwrap_or_else(|| panic!("no line for {id}"))
}

#[test]
fn json_lines_give_one_document_per_line_with_title_and_meta() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("crawl.jsonl");
    let mut with_id = article(2);
    with_id["id"] = json!("story-two");
    with_id["title"] = json!("Ferry 2 delayed");
    // A body that already starts with its title keeps it once.
    with_id["maintext"] = json!("Ferry 2 delayed\n\nIt left late.");
    std::fs::write(&f, format!("{}\n{}", article(1), with_id)).unwrap();
    let out = run(&[f.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out.stdout);
    assert_eq!(docs.len(), 2);
    docs.iter().for_each(check);
    let first = &docs[0];
    assert_eq!(first["id"], "crawl#1");
    assert_eq!(
        first["text"],
        "Ferry 1 delayed\n\nThe ferry left 1 hours late on Monday. About 101 passengers waited.\nOfficials blamed the wind."
    );
    assert_eq!(
        first["meta"],
        json!({"title": "Ferry 1 delayed", "url": "https://news.test/ferry-1", "date": "2024-05-06 08:00:00",
               "authors": ["Kim Lee", "Sam Roe"], "source": "news.test"})
    );
    assert_eq!(first["sentences"][0]["text"], "Ferry 1 delayed");
    assert!(first["numbers"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["text"] == "About 101" && n["value"] == 101.0));
    assert_eq!(docs[1]["id"], "story-two");
    assert_eq!(docs[1]["text"], "Ferry 2 delayed\n\nIt left late.");
    // A .txt has no meta at all.
    let t = dir.path().join("plain.txt");
    std::fs::write(&t, "Just text.").unwrap();
    assert!(lines(&run(&[t.to_str().unwrap()]).stdout)[0]
        .get("meta")
        .is_none());
}

#[test]
fn every_bad_piece_keeps_its_own_error_record_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let long = json!({"text": "word ".repeat(400)});
    let body = format!(
        "{}\n{{\"text\": \"cut off\n{}\n{}\n\n{}\n[1,2]\n{}\n",
        article(1),
        json!({"title": "No body here"}),
        long,
        article(5),
        article(7)
    );
    std::fs::write(d.join("a.jsonl"), body).unwrap();
    // A gzip file cut short: the documents before the cut are kept.
    let full = gz(jsonl(&(0..200).map(article).collect::<Vec<_>>()).as_bytes());
    std::fs::write(d.join("b.jsonl.gz"), &full[..full.len() * 2 / 3]).unwrap();
    std::fs::write(
        d.join("c.html"),
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
    )
    .unwrap();
    std::fs::write(d.join("d.json"), "[").unwrap();
    std::fs::write(d.join("e.jsonl"), "\n\n").unwrap();
    std::fs::write(d.join("z.txt"), "Still read after all that.").unwrap();
    let out = bin()
        .args(["run", d.to_str().unwrap(), "-o", "-", "-q", "--set", RULES])
        .args(["--set", "input.max_bytes=1000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "some documents failed");
    let docs = lines(&out.stdout);
    docs.iter().for_each(check);
    let kind = |id: &str| by_id(&docs, id)["error"]["kind"].clone();
    assert!(kind("a#1").is_null());
    assert_eq!(kind("a#2"), "bad_json");
    assert!(by_id(&docs, "a#2")["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("line 2: "));
    assert_eq!(kind("a#3"), "no_text");
    assert_eq!(kind("a#4"), "too_large");
    assert!(kind("a#6").is_null(), "line 5 is blank; line 6 is read");
    assert_eq!(kind("a#7"), "bad_json");
    assert!(kind("a#8").is_null());
    let b: Vec<&Value> = docs
        .iter()
        .filter(|d| d["source"].as_str().unwrap().ends_with("b.jsonl.gz"))
        .collect();
    let last = b.last().unwrap();
    assert_eq!(last["error"]["kind"], "corrupt", "{last}");
    assert!(
        b.len() > 20 && b.len() < 200,
        "{} lines from the cut file",
        b.len()
    );
    assert!(b[..b.len() - 1].iter().all(|d| d["error"].is_null()));
    assert_eq!(kind("c"), "no_text");
    assert_eq!(kind("d#1"), "bad_json");
    assert_eq!(kind("e"), "empty");
    assert!(kind("z").is_null());
    assert_eq!(docs.last().unwrap()["id"], "z", "input order kept");
}

#[test]
fn a_large_json_lines_gz_is_the_same_for_any_thread_count_and_as_plain() {
    let dir = tempfile::tempdir().unwrap();
    let docs: Vec<Value> = (0..120).map(article).collect();
    let text = jsonl(&docs);
    std::fs::create_dir(dir.path().join("plain")).unwrap();
    std::fs::create_dir(dir.path().join("packed")).unwrap();
    std::fs::write(dir.path().join("plain/day.jsonl"), &text).unwrap();
    std::fs::write(dir.path().join("packed/day.jsonl.gz"), gz(text.as_bytes())).unwrap();
    std::fs::write(
        dir.path().join("packed/day2.jsonl.zst"),
        zstd::encode_all(text.as_bytes(), 3).unwrap(),
    )
    .unwrap();
    let packed = dir.path().join("packed");
    let outs: Vec<Vec<u8>> = ["1", "2"]
        .iter()
        .map(|j| {
            bin()
                .args([
                    "run",
                    packed.to_str().unwrap(),
                    "-o",
                    "-",
                    "-q",
                    "-j",
                    j,
                    "--set",
                    RULES,
                ])
                .args([
                    "--set",
                    "pipeline.group_size=3",
                    "--set",
                    "pipeline.chunk_size=7",
                ])
                .output()
                .unwrap()
                .stdout
        })
        .collect();
    assert_eq!(outs[0], outs[1], "-j1 and -j2 differ");
    let packed = lines(&outs[0]);
    assert_eq!(packed.len(), 240);
    let plain = lines(&run(&[dir.path().join("plain").to_str().unwrap()]).stdout);
    let strip = |d: &Value| {
        let mut d = d.clone();
        let o = d.as_object_mut().unwrap();
        o.remove("source");
        // The runs differ in group and chunk sizes.
        o.remove("config_hash");
        d
    };
    for (i, p) in plain.iter().enumerate() {
        assert_eq!(strip(p), strip(&packed[i]));
        let mut z = strip(&packed[120 + i]);
        z["id"] = json!(format!("day#{}", i + 1));
        assert_eq!(strip(p), z);
    }
}

#[test]
fn json_files_hold_one_object_or_an_array() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("one.json"),
        serde_json::to_string_pretty(&article(1)).unwrap(),
    )
    .unwrap();
    let arr =
        serde_json::to_string_pretty(&json!([article(2), {"text": "Second element."}])).unwrap();
    std::fs::write(d.join("many.json.gz"), gz(arr.as_bytes())).unwrap();
    let out = run(&[d.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out.stdout);
    docs.iter().for_each(check);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["many#1", "many#2", "one"]);
    assert_eq!(docs[1]["text"], "Second element.");
    assert_eq!(docs[2]["meta"]["title"], "Ferry 1 delayed");
}

#[test]
fn html_pages_give_their_main_text_and_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let para = "<p>The town's library reopened on Saturday after a two-year renovation that cost 4.5 million euros, and more than 900 readers came on the first day.</p>";
    let page = format!(
        r#"<html><head><title>Library reopens | Town Post</title><meta property="og:title" content="Library reopens">
        <meta name="author" content="Jo Writer"><meta property="article:published_time" content="2023-09-02T10:00:00Z"></head>
        <body><header><a href="/">Home</a> <a href="/news">News</a></header><article><h1>Library reopens</h1>{p}{p}{p}</article>
        <aside><h3>Most read</h3><a href="/x">Something else entirely</a></aside></body></html>"#,
        p = para
    );
    std::fs::write(dir.path().join("page.html"), &page).unwrap();
    std::fs::write(dir.path().join("page2.htm.gz"), gz(page.as_bytes())).unwrap();
    let out = run(&[dir.path().to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out.stdout);
    assert_eq!(docs.len(), 2);
    docs.iter().for_each(check);
    let d = &docs[0];
    assert_eq!(d["id"], "page");
    let text = d["text"].as_str().unwrap();
    assert!(text.starts_with("Library reopens\n\n"), "{text}");
    assert!(text.contains("900 readers"), "{text}");
    assert!(!text.contains("Most read"), "{text}");
    assert_eq!(d["meta"]["title"], "Library reopens");
    assert_eq!(d["meta"]["authors"], json!(["Jo Writer"]));
    assert_eq!(d["meta"]["date"], "2023-09-02");
    assert_eq!(docs[1]["id"], "page2");
    assert_eq!(docs[1]["text"], d["text"]);
}

#[test]
fn standard_input_is_read_as_json_lines_in_order() {
    let mut child = bin()
        .args([
            "run",
            "-",
            "-o",
            "-",
            "-q",
            "--set",
            RULES,
            "--set",
            "pipeline.group_size=2",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = String::new();
    for i in 0..9 {
        input.push_str(&format!(
            "{}\n",
            json!({"id": format!("n{}", 9 - i), "text": format!("Item {i} costs ${i}.")})
        ));
    }
    input.push_str("{\"text\": \"No id here.\"}\n");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out.stdout);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["n9", "n8", "n7", "n6", "n5", "n4", "n3", "n2", "n1", "stdin#10"]
    );
    // "Item 3" labels the item; the price is the amount.
    let amounts: Vec<&Value> = docs[3]["numbers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "money")
        .collect();
    assert_eq!(amounts.len(), 1, "{}", docs[3]["numbers"]);
    assert_eq!(amounts[0]["value"], 3.0);
    docs.iter().for_each(check);
    let resume = bin()
        .args(["run", "-", "-o"])
        .arg(std::env::temp_dir().join("never-written.jsonl"))
        .arg("--resume")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(resume.status.code(), Some(2));
}

fn run_to(dir: &Path, out: &str, extra: &[&str]) -> Output {
    bin()
        .arg("run")
        .arg(dir.join("in"))
        .arg("-o")
        .arg(dir.join(out))
        .args([
            "--set",
            RULES,
            "--set",
            "pipeline.chunk_size=4",
            "--set",
            "pipeline.group_size=2",
        ])
        .args(extra)
        .output()
        .unwrap()
}

fn sorted(path: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    v.sort();
    v
}

#[test]
fn resume_redoes_a_file_of_many_documents_unless_all_of_it_was_finished() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("in")).unwrap();
    std::fs::write(d.join("in/a.txt"), "First file.").unwrap();
    std::fs::write(
        d.join("in/b.jsonl"),
        jsonl(&(0..10).map(article).collect::<Vec<_>>()),
    )
    .unwrap();
    std::fs::write(d.join("in/c.txt"), "Last file.").unwrap();
    assert!(run_to(d, "clean.jsonl", &["-q"]).status.success());
    let clean = sorted(&d.join("clean.jsonl"));
    assert_eq!(clean.len(), 12);

    // As if killed in the middle of b: a and b#1..b#5 written and recorded.
    let out = d.join("out.jsonl");
    let state = d.join("out.jsonl.state");
    std::fs::copy(d.join("clean.jsonl"), &out).unwrap();
    std::fs::copy(d.join("clean.jsonl.state"), &state).unwrap();
    let keep = |p: &Path, n: usize| {
        let t: String = std::fs::read_to_string(p)
            .unwrap()
            .split_inclusive('\n')
            .take(n)
            .collect();
        std::fs::write(p, t).unwrap();
    };
    keep(&out, 6);
    keep(&state, 7);
    let r = run_to(d, "out.jsonl", &["--resume"]);
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(r.status.success(), "{stderr}");
    assert!(
        stderr.contains("11 documents (11 ok, 0 failed, 1 already done)"),
        "{stderr}"
    );
    assert_eq!(
        sorted(&out),
        clean,
        "b redone whole: no line lost or doubled"
    );

    // Finished and unchanged: nothing redone. Changed: the whole file redone.
    let r = run_to(d, "out.jsonl", &["--resume"]);
    assert!(String::from_utf8_lossy(&r.stderr)
        .contains("0 documents (0 ok, 0 failed, 12 already done)"));
    std::fs::write(
        d.join("in/b.jsonl"),
        jsonl(&(0..3).map(article).collect::<Vec<_>>()),
    )
    .unwrap();
    let r = run_to(d, "out.jsonl", &["--resume"]);
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(
        stderr.contains("3 documents (3 ok, 0 failed, 2 already done)"),
        "{stderr}"
    );
    let ids: Vec<String> = sorted(&out)
        .iter()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let mut ids = ids;
    ids.sort();
    assert_eq!(ids, ["a", "b#1", "b#2", "b#3", "c"]);
}

/// BBC as one .jsonl.gz (scripts/bbc_to_jsonl.py) gives the .txt run's texts.
#[test]
fn bbc_as_json_lines_gives_the_texts_of_the_txt_files() {
    let base = std::env::var_os("NEWS_EXTRACT_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/data"));
    let bbc = base.join("news/bbc/politics");
    if !bbc.exists() {
        eprintln!(
            "SKIPPED: {} not found (set NEWS_EXTRACT_DATA to the shared data folder)",
            bbc.display()
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let packed = dir.path().join("politics.jsonl.gz");
    let made = Command::new("python3")
        .arg(root().join("scripts/bbc_to_jsonl.py"))
        .arg(&bbc)
        .arg(&packed)
        .status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("SKIPPED: python3 could not run scripts/bbc_to_jsonl.py");
        return;
    }
    let txt = lines(&run(&[bbc.to_str().unwrap()]).stdout);
    let json = lines(&run(&[packed.to_str().unwrap()]).stdout);
    assert_eq!(txt.len(), json.len());
    for (t, j) in txt.iter().zip(&json) {
        assert_eq!(t["id"], j["id"]);
        assert_eq!(t["text"], j["text"], "{}", t["id"]);
        assert_eq!(t["sentences"], j["sentences"]);
        assert_eq!(t["numbers"], j["numbers"]);
        let first_line = t["text"].as_str().unwrap().lines().next().unwrap();
        assert_eq!(j["meta"]["title"], first_line);
    }
}
