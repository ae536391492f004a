//! Long runs: `--resume` after a kill, a changed file or another config, and
//! Ctrl-C (SIGINT) ending the run between chunks with exit code 130.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const DOCS: usize = 300;
const FAST: [&str; 4] = [
    "--set",
    "entities.enabled=false",
    "--set",
    "pipeline.chunk_size=4",
];

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_news-extract"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// A folder of `DOCS` short generated articles, no two alike.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let names = [
        "Anna Berg",
        "Tom Okafor",
        "Maria Silva",
        "Chen Wei",
        "Olaf Nilsen",
    ];
    let places = ["Lisbon", "Nairobi", "Oslo", "Hanoi", "Quito"];
    std::fs::create_dir(dir.path().join("in")).unwrap();
    for i in 0..DOCS {
        let text = format!(
            "Report {i} from {place}.\n{name} said on Tuesday that {n} families had moved, about {p}% more than in {year}. \
             \"We expected {n},\" {name} told reporters. The budget of ${m} million was approved.\n",
            place = places[i % 5],
            name = names[(i / 5) % 5],
            n = 100 + i * 7,
            p = i % 40 + 1,
            year = 1990 + i % 30,
            m = i + 3,
        );
        std::fs::write(dir.path().join(format!("in/art{i:03}.txt")), text).unwrap();
    }
    dir
}

fn run(dir: &Path, out: &str, extra: &[&str]) -> Output {
    bin()
        .arg("run")
        .arg(dir.join("in"))
        .arg("-o")
        .arg(dir.join(out))
        .args(FAST)
        .args(extra)
        .output()
        .expect("binary runs")
}

/// A run slowed down to ~20 ms per chunk of 4, so it can be interrupted part-way.
fn spawn_slow(dir: &Path, out: &str) -> Child {
    bin()
        .arg("run")
        .arg(dir.join("in"))
        .arg("-o")
        .arg(dir.join(out))
        .args(FAST)
        .env("NEWS_EXTRACT_CHUNK_DELAY_MS", "20")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary starts")
}

/// Wait until `path` holds at least `n` complete lines.
fn wait_for_lines(path: &Path, n: usize, child: &mut Child) {
    let start = Instant::now();
    loop {
        let have = std::fs::read(path)
            .map(|b| b.iter().filter(|&&c| c == b'\n').count())
            .unwrap_or(0);
        if have >= n {
            return;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before writing {n} lines"
        );
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no {n} lines after 60 s"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn parse_lines(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "the last line is complete"
    );
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l:?}: {e}")))
        .collect()
}

/// Sources listed in the state file (after its header).
fn state_sources(out: &Path) -> Vec<String> {
    let state = PathBuf::from(format!("{}.state", out.display()));
    let text = std::fs::read_to_string(state).unwrap();
    let mut lines = text.lines();
    let header: Value = serde_json::from_str(lines.next().expect("header")).unwrap();
    assert!(header["config_hash"].is_string());
    lines
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["source"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

fn sorted_lines(docs: &[Value]) -> Vec<String> {
    let mut v: Vec<String> = docs.iter().map(|d| d.to_string()).collect();
    v.sort();
    v
}

fn assert_one_line_per_document(docs: &[Value]) {
    let mut ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), DOCS, "one line per document");
    assert_eq!(docs.len(), DOCS, "no duplicate lines");
}

/// Overwrite a file keeping its size and modification time: resume cannot see
/// the change, so the document's old line staying proves it was not redone.
fn alter_invisibly(path: &Path) -> Vec<u8> {
    let old = std::fs::read(path).unwrap();
    let mtime = std::fs::metadata(path).unwrap().modified().unwrap();
    let new = String::from_utf8(old.clone())
        .unwrap()
        .replace("Report", "Rumour");
    assert_eq!(new.len(), old.len());
    std::fs::write(path, new).unwrap();
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    old
}

#[test]
fn resume_after_sigkill_gives_the_clean_output_without_redoing_finished_documents() {
    let dir = corpus();
    let d = dir.path();
    let clean = run(d, "clean.jsonl", &["-q"]);
    assert!(
        clean.status.success(),
        "{}",
        String::from_utf8_lossy(&clean.stderr)
    );
    let clean = parse_lines(&d.join("clean.jsonl"));
    assert_one_line_per_document(&clean);

    let out = d.join("out.jsonl");
    let mut child = spawn_slow(d, "out.jsonl");
    wait_for_lines(&out, 40, &mut child);
    child.kill().unwrap(); // SIGKILL: no chance to clean up
    child.wait().unwrap();
    // As if the power went off mid-line.
    let mut f = std::fs::OpenOptions::new().append(true).open(&out).unwrap();
    std::io::Write::write_all(&mut f, b"{\"id\":\"in/art2").unwrap();
    drop(f);

    let finished = state_sources(&out);
    assert!(
        finished.len() >= 40 && finished.len() < DOCS,
        "{} finished before the kill",
        finished.len()
    );
    let killed = std::fs::read_to_string(&out).unwrap();
    let killed_lines: Vec<&str> = killed.lines().take(finished.len()).collect();
    let first = PathBuf::from(&finished[0]);
    let original = alter_invisibly(&first);

    let resumed = run(d, "out.jsonl", &["--resume"]);
    let stderr = String::from_utf8_lossy(&resumed.stderr);
    assert!(resumed.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!("{} already done", finished.len())),
        "{stderr}"
    );
    let docs = parse_lines(&out);
    assert_one_line_per_document(&docs);
    // Finished lines are kept as they were, first, and not redone (the invisible edit is not in them).
    let text = std::fs::read_to_string(&out).unwrap();
    let kept: Vec<&str> = text.lines().take(finished.len()).collect();
    assert_eq!(kept, killed_lines);
    assert!(
        docs[0]["text"].as_str().unwrap().starts_with("Report"),
        "{}",
        docs[0]["text"]
    );
    assert_eq!(docs[0]["source"].as_str().unwrap(), finished[0]);
    // Same lines as a clean run.
    assert_eq!(sorted_lines(&docs), sorted_lines(&clean));
    let mut in_state = state_sources(&out);
    in_state.sort();
    in_state.dedup();
    assert_eq!(in_state.len(), DOCS, "the state lists every document once");
    std::fs::write(first, original).unwrap();
}

#[test]
fn resume_redoes_a_file_changed_since() {
    let dir = corpus();
    let d = dir.path();
    assert!(run(d, "out.jsonl", &["-q"]).status.success());
    let changed = d.join("in/art150.txt");
    std::fs::write(&changed, "A new text. The mayor said 12 buses were late.\n").unwrap();
    let resumed = run(d, "out.jsonl", &["--resume"]);
    let stderr = String::from_utf8_lossy(&resumed.stderr);
    assert!(resumed.status.success(), "{stderr}");
    assert!(
        stderr.contains("1 documents (1 ok, 0 failed, 299 already done)"),
        "{stderr}"
    );
    let docs = parse_lines(&d.join("out.jsonl"));
    assert_one_line_per_document(&docs);
    let mine: Vec<&Value> = docs.iter().filter(|l| l["id"] == "art150").collect();
    assert_eq!(mine.len(), 1);
    assert_eq!(
        mine[0]["text"],
        "A new text. The mayor said 12 buses were late.\n"
    );
    assert_eq!(mine[0]["numbers"][0]["value"], 12.0);
}

#[test]
fn resume_with_another_config_or_to_stdout_exits_2() {
    let dir = corpus();
    let d = dir.path();
    assert!(run(d, "out.jsonl", &["-q"]).status.success());
    let before = std::fs::read(d.join("out.jsonl")).unwrap();
    let other = run(
        d,
        "out.jsonl",
        &["--resume", "--set", "numbers.enabled=false"],
    );
    assert_eq!(other.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&other.stderr);
    assert!(
        stderr.contains("config") && stderr.contains("--resume"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(d.join("out.jsonl")).unwrap(),
        before,
        "output untouched"
    );
    let stdout = bin()
        .args(["run", "seeds", "-o", "-", "--resume"])
        .output()
        .unwrap();
    assert_eq!(stdout.status.code(), Some(2));
    assert!(stdout.stdout.is_empty());
}

fn signal_ends_the_run_between_chunks_with_exit_130(signal: &str) {
    let dir = corpus();
    let d = dir.path();
    let out = d.join("out.jsonl");
    let mut child = spawn_slow(d, "out.jsonl");
    wait_for_lines(&out, 8, &mut child);
    let kill = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let result = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    let docs = parse_lines(&out);
    assert!(docs.len() >= 8 && docs.len() < DOCS, "{} lines", docs.len());
    assert_eq!(docs.len() % 4, 0, "whole chunks only");
    assert_eq!(
        state_sources(&out).len(),
        docs.len(),
        "the state matches the output"
    );
    // And the run can be finished.
    let resumed = run(d, "out.jsonl", &["--resume", "-q"]);
    assert!(resumed.status.success());
    assert_one_line_per_document(&parse_lines(&out));
}

#[test]
fn sigint_ends_the_run_between_chunks_with_exit_130() {
    signal_ends_the_run_between_chunks_with_exit_130("-INT");
}

#[test]
fn sigterm_ends_the_run_between_chunks_with_exit_130() {
    signal_ends_the_run_between_chunks_with_exit_130("-TERM");
}
