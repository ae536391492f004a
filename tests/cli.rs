//! End-to-end tests of the `news-extract` binary: the output contract (schema,
//! code-point offsets, provenance, determinism) and bad input and bad config.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_news-extract"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("binary runs")
}

fn lines(out: &[u8]) -> Vec<Value> {
    std::str::from_utf8(out)
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

/// `text[start:end] == span.text` in code points, as Python would slice.
fn check_span(text: &[char], span: &Value, what: &str) {
    let start = span["start"]
        .as_u64()
        .unwrap_or_else(|| panic!("{what}: start")) as usize;
    let end = span["end"]
        .as_u64()
        .unwrap_or_else(|| panic!("{what}: end")) as usize;
    assert!(
        start <= end && end <= text.len(),
        "{what}: {start}..{end} out of bounds ({})",
        text.len()
    );
    let got: String = text[start..end].iter().collect();
    assert_eq!(
        got,
        span["text"].as_str().unwrap(),
        "{what}: text[{start}:{end}]"
    );
}

/// Check every span of every stage in a document line; returns how many.
fn check_all_spans(doc: &Value) -> usize {
    let text: Vec<char> = doc["text"]
        .as_str()
        .expect("text included")
        .chars()
        .collect();
    let mut n = 0;
    for key in ["sentences", "entities", "numbers"] {
        for s in doc[key].as_array().unwrap() {
            check_span(&text, s, key);
            n += 1;
        }
    }
    for key in ["headings", "authors", "boilerplate"] {
        for s in doc[key].as_array().unwrap() {
            check_span(&text, s, key);
            n += 1;
        }
    }
    for key in ["title", "byline", "dateline"] {
        if !doc[key].is_null() {
            check_span(&text, &doc[key], key);
            n += 1;
        }
    }
    for q in doc["quotes"].as_array().unwrap() {
        check_span(&text, q, "quote");
        n += 1;
        for part in ["speaker", "cue"] {
            if !q[part].is_null() {
                check_span(&text, &q[part], part);
                n += 1;
            }
        }
        for f in q["fragments"].as_array().unwrap() {
            check_span(&text, f, "fragment");
            n += 1;
        }
    }
    n
}

/// The targets on the seed articles: nothing reported from the address
/// block (000), the headline (001), the dateline (004) and the two credited
/// names (002) found.
fn check_seed_anatomy(doc: &Value) {
    let id = doc["id"].as_str().unwrap();
    let range = |v: &Value| (v["start"].as_u64().unwrap(), v["end"].as_u64().unwrap());
    let texts = |key: &str| -> Vec<String> {
        doc[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["text"].as_str().unwrap().to_string())
            .collect()
    };
    if id.starts_with("000") {
        let block = doc["boilerplate"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["kind"] == "address")
            .expect("the address block is boilerplate");
        let (bs, be) = range(block);
        for key in ["sentences", "entities", "quotes", "numbers"] {
            for s in doc[key].as_array().unwrap() {
                let (s0, s1) = range(s);
                assert!(
                    s1 <= bs || s0 >= be,
                    "{key} {} in the address block",
                    s["text"]
                );
            }
        }
    }
    if id.starts_with("001") {
        assert!(doc["title"]["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("U.S. confirms")));
    }
    if id.starts_with("002") {
        assert_eq!(texts("authors"), ["Kevin Liptak", "MJ Lee"]);
    }
    if id.starts_with("004") {
        assert_eq!(doc["dateline"]["place"], "Washington");
    }
}

fn schema() -> jsonschema::JSONSchema {
    let raw = std::fs::read_to_string(root().join("pipeline/schema/record.schema.json")).unwrap();
    let value: Value = serde_json::from_str(&raw).unwrap();
    jsonschema::JSONSchema::options()
        .compile(&value)
        .expect("schema compiles")
}

fn assert_valid(schema: &jsonschema::JSONSchema, line: &Value) {
    if let Err(errors) = schema.validate(line) {
        let msgs: Vec<String> = errors
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        panic!(
            "line for {} does not match the schema:\n{}",
            line["id"],
            msgs.join("\n")
        );
    }
}

#[test]
fn seeds_give_one_valid_line_each_with_exact_offsets() {
    let out = run(&["run", "seeds", "-o", "-", "-q"]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out.stdout);
    let files = std::fs::read_dir(root().join("seeds"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "txt")
        });
    assert_eq!(docs.len(), files.count());
    let schema = schema();
    let mut ids = Vec::new();
    for doc in &docs {
        assert_valid(&schema, doc);
        assert!(doc["error"].is_null(), "{}", doc["error"]);
        assert!(check_all_spans(doc) > 0);
        assert!(!doc["sentences"].as_array().unwrap().is_empty());
        assert_eq!(
            doc["stages"],
            serde_json::json!(["anatomy", "sentences", "entities", "quotes", "numbers"])
        );
        check_seed_anatomy(doc);
        ids.push(doc["id"].as_str().unwrap().to_string());
    }
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "documents come in a stable, sorted order");
}

/// A folder of awkward inputs next to good ones.
fn awkward_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(
        p.join("a_good.txt"),
        "Officials said on Monday that “the plan is on track,” according to Reuters.\n",
    )
    .unwrap();
    std::fs::write(p.join("b_empty.txt"), "").unwrap();
    std::fs::write(
        p.join("c_binary.txt"),
        [0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 3],
    )
    .unwrap();
    std::fs::write(
        p.join("d_latin1.txt"),
        b"It cost \xA3300 in M\xFCnchen.\r\nThe end.\r\n",
    )
    .unwrap();
    std::fs::write(p.join("e_huge.txt"), "word ".repeat(2000)).unwrap();
    // A FIFO would block a naive reader forever.
    let fifo = Command::new("mkfifo").arg(p.join("f_fifo.txt")).status();
    assert!(fifo.is_ok_and(|s| s.success()), "mkfifo");
    std::fs::create_dir(p.join("sub")).unwrap();
    std::fs::write(
        p.join("sub/g_crlf.txt"),
        "\u{feff}First line.\r\nSecond line.\r\n",
    )
    .unwrap();
    std::fs::write(p.join("sub/ignored.md"), "not an article").unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(p, p.join("sub/loop")).unwrap();
        std::os::unix::fs::symlink(p.join("missing.txt"), p.join("h_dangling.txt")).unwrap();
    }
    dir
}

#[test]
fn bad_input_gets_error_records_and_the_run_goes_on() {
    let dir = awkward_folder();
    let out = run(&[
        "run",
        dir.path().to_str().unwrap(),
        "-o",
        "-",
        "--set",
        "input.max_bytes=5000",
        "--set",
        "pipeline.chunk_size=3",
    ]);
    assert_eq!(out.status.code(), Some(1), "some documents failed: exit 1");
    let docs = lines(&out.stdout);
    let schema = schema();
    let by_id = |id: &str| {
        docs.iter()
            .find(|d| d["id"] == id)
            .unwrap_or_else(|| panic!("no line for {id}"))
    };
    for d in &docs {
        assert_valid(&schema, d);
        if d["error"].is_null() {
            check_all_spans(d);
        }
    }
    assert!(by_id("a_good")["error"].is_null());
    assert_eq!(by_id("b_empty")["error"]["kind"], "empty");
    assert_eq!(by_id("c_binary")["error"]["kind"], "binary");
    let latin = by_id("d_latin1");
    assert_eq!(latin["encoding"], "windows-1252");
    assert_eq!(latin["text"], "It cost £300 in München.\nThe end.\n");
    assert_eq!(by_id("e_huge")["error"]["kind"], "too_large");
    assert_eq!(by_id("f_fifo")["error"]["kind"], "unreadable");
    assert_eq!(by_id("sub/g_crlf")["text"], "First line.\nSecond line.\n");
    assert_eq!(by_id("h_dangling")["error"]["kind"], "unreadable");
    assert!(
        docs.iter().any(|d| d["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("loop"))),
        "the symlink loop is reported"
    );
    assert!(!docs
        .iter()
        .any(|d| d["id"].as_str().unwrap().contains("ignored")));
    assert!(String::from_utf8_lossy(&out.stderr).contains("failed"));
}

#[test]
fn output_is_byte_identical_for_any_thread_count() {
    let dir = awkward_folder();
    let inputs = [dir.path().to_str().unwrap(), "seeds"];
    let outputs: Vec<Vec<u8>> = ["1", "2", "8"]
        .iter()
        .map(|j| {
            let mut args = vec![
                "run",
                "-o",
                "-",
                "-q",
                "-j",
                j,
                "--set",
                "pipeline.chunk_size=4",
                // Several groups per chunk, so model copies run side by side.
                "--set",
                "pipeline.group_size=2",
            ];
            args.extend_from_slice(&inputs);
            run(&args).stdout
        })
        .collect();
    assert!(!outputs[0].is_empty());
    assert_eq!(outputs[0], outputs[1], "-j1 and -j2 differ");
    assert_eq!(outputs[0], outputs[2], "-j1 and -j8 differ");
}

#[test]
fn every_line_records_version_and_config_hash() {
    let a = lines(
        &run(&[
            "run",
            "seeds",
            "-o",
            "-",
            "-q",
            "--set",
            "entities.enabled=false",
        ])
        .stdout,
    );
    let b = lines(
        &run(&[
            "run",
            "seeds",
            "-o",
            "-",
            "-q",
            "--set",
            "entities.enabled=false",
            "--set",
            "quotes.indirect=false",
        ])
        .stdout,
    );
    assert!(!a.is_empty());
    for d in a.iter().chain(&b) {
        assert_eq!(d["pipeline_version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(d["config_hash"].as_str().unwrap().len(), 16);
    }
    assert_ne!(
        a[0]["config_hash"], b[0]["config_hash"],
        "a different config gives a different hash"
    );
    assert!(a[0]["entities"].as_array().unwrap().is_empty());
    assert_eq!(
        a[0]["stages"],
        serde_json::json!(["anatomy", "sentences", "quotes", "numbers"])
    );
}

#[test]
fn bad_config_exits_2_and_names_the_key() {
    let out = run(&["run", "seeds", "-o", "-", "--set", "entities.batchsize=3"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("entities") && err.contains("batchsize"),
        "{err}"
    );

    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("bad.toml");
    std::fs::write(
        &cfg,
        "[sentences]\nenabled = true\nabbreviations = [\"Gen\"]\n",
    )
    .unwrap();
    let out = run(&["run", "seeds", "-o", "-", "-c", cfg.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("sentences") && err.contains("abbreviations"),
        "{err}"
    );

    let out = run(&[
        "run",
        "seeds",
        "-o",
        "-",
        "--set",
        "pipeline.stages=[\"sentences\",\"sentiment\"]",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("sentiment"));

    let out = run(&[
        "run",
        "seeds",
        "-o",
        "-",
        "--set",
        "entities.model=\"no/such/model\"",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("entities.model"));
}

#[test]
fn default_output_goes_under_output_folder() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    std::fs::write(
        articles.join("one.txt"),
        "Prices rose 3% in May. Analysts expected 2.5%.",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_news-extract"))
        .current_dir(dir.path())
        .args(["run", "articles", "--set", "entities.enabled=false"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written =
        std::fs::read(dir.path().join("output/articles.jsonl")).expect("default output file");
    assert_eq!(lines(&written).len(), 1);
    assert!(String::from_utf8_lossy(&out.stderr).contains("words/s"));
}

#[test]
fn shipped_schema_is_valid_json_schema() {
    let _ = schema();
    assert!(Path::new(&root().join("config/default.toml")).exists());
}

/// The shared data folder beside the repository, or `None` (with a message) when absent.
fn data(rel: &str) -> Option<PathBuf> {
    let base = std::env::var_os("NEWS_EXTRACT_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/data"));
    let p = base.join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!(
            "SKIPPED: {} not found (set NEWS_EXTRACT_DATA to the shared data folder)",
            p.display()
        );
        None
    }
}

#[test]
fn eval_sentences_prints_the_golden_rules_pass_rate() {
    let Some(file) = data("sbd/golden_rules_en.json") else {
        return;
    };
    let out = run(&["eval", "sentences", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("48/48"), "{text}");
}

#[test]
fn latin1_bbc_article_is_decoded_and_flagged() {
    let Some(file) = data("news/bbc/sport/199.txt") else {
        return;
    };
    let out = run(&[
        "run",
        file.to_str().unwrap(),
        "-o",
        "-",
        "-q",
        "--set",
        "entities.enabled=false",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = &lines(&out.stdout)[0];
    assert_eq!(doc["encoding"], "windows-1252");
    assert!(doc["text"].as_str().unwrap().contains('£'));
    check_all_spans(doc);
}

#[test]
fn numbers_config_reaches_the_stage() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("race.txt");
    std::fs::write(
        &f,
        "She finished last, ahead of the penultimate runner and 3,000 fans.",
    )
    .unwrap();
    let texts = |compat: &str| -> Vec<String> {
        let out = run(&[
            "run",
            f.to_str().unwrap(),
            "-o",
            "-",
            "-q",
            "--set",
            "pipeline.stages=[\"numbers\"]",
            "--set",
            &format!("numbers.recognizers_compat={compat}"),
        ]);
        assert!(out.status.success());
        lines(&out.stdout)[0]["numbers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(texts("false"), vec!["3,000"]);
    assert_eq!(texts("true"), vec!["last", "penultimate", "3,000"]);
}

/// `news-extract` answers `--version` and `corpus` without libtorch: linking it costs every
/// start 0.4 s of static initialisers. `ldd` lists what the binary loads.
#[test]
fn the_front_binary_does_not_load_libtorch() {
    let front = env!("CARGO_BIN_EXE_news-extract");
    let Ok(out) = Command::new("ldd").arg(front).output() else {
        eprintln!("skipped: no `ldd` on this machine");
        return;
    };
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(listed.contains("libc"), "ldd listed nothing: {listed}");
    assert!(!listed.contains("libtorch"), "the front binary links libtorch:\n{listed}");
    let engine = Command::new("ldd")
        .arg(env!("CARGO_BIN_EXE_news-extract-engine"))
        .output()
        .unwrap();
    let engine = String::from_utf8_lossy(&engine.stdout);
    assert!(engine.contains("libtorch"), "the engine is the binary with libtorch:\n{engine}");
}

/// Without the engine beside it, `news-extract run` says what is missing and exits 2;
/// `--version` still works.
#[test]
fn the_front_binary_names_a_missing_engine() {
    let dir = tempfile::tempdir().unwrap();
    let alone = dir.path().join("news-extract");
    std::fs::copy(env!("CARGO_BIN_EXE_news-extract"), &alone).unwrap();
    let out = Command::new(&alone)
        .args(["run", "seeds", "-o", "-"])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("news-extract-engine is not beside this binary"), "{err}");
    assert!(out.stdout.is_empty());
    let version = Command::new(&alone).arg("--version").output().unwrap();
    assert!(version.status.success());
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("news-extract "));
}
