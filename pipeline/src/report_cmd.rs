//! `news-extract report`: one self-contained HTML file from run outputs (and,
//! optionally, the tables of `news-extract corpus`). Rendering is nx-report's.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use nx_report::{Line, ReportInput, ReportOptions};

use crate::fail;

/// Reads the run files and the corpus folder, writes the report.
///
/// Exit codes: 0 written and every line read; 1 written, but some lines of the
/// run files were malformed (each is listed in the report with its line number);
/// 2 nothing written (usage, unreadable file, damaged corpus folder, unwritable output).
pub(crate) fn report(
    inputs: &[PathBuf],
    corpus: Option<&Path>,
    out: &Path,
    quiet: bool,
) -> ExitCode {
    // Without --corpus the tables are computed here, as `news-extract corpus` would, from
    // the same bytes the report reads: each file is read once.
    let mut on_the_fly = corpus.is_none().then(|| nx_corpus::Corpus::new(Default::default()));
    let mut lines = Vec::new();
    for path in inputs {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => return fail(format!("cannot read {}: {e}", path.display())),
        };
        let name = path.display().to_string();
        match nx_report::read_jsonl(&name, &bytes[..]) {
            Ok(l) => lines.extend(l),
            Err(e) => return fail(format!("cannot read {name}: {e}")),
        }
        if let Some(tables) = on_the_fly.as_mut() {
            if let Err(e) = tables.read(&name, &bytes[..]) {
                return fail(format!("{name}: read failed: {e}"));
            }
        }
    }
    let tables = match corpus {
        Some(dir) => match nx_report::read_corpus_dir(dir) {
            Ok(t) => Some(t),
            Err(e) => return fail(e),
        },
        None => on_the_fly.map(|c| report_tables(&c.finish())),
    };
    let mut sources: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
    if let Some(dir) = corpus {
        sources.push(format!("corpus {}", dir.display()));
    }
    let input = ReportInput {
        lines,
        corpus: tables,
    };
    let options = ReportOptions {
        sources,
        ..ReportOptions::default()
    };
    if let Err(e) = nx_report::write_report(&input, &options, out) {
        return fail(format!("cannot write {}: {e}", out.display()));
    }
    let malformed: Vec<String> = input
        .lines
        .iter()
        .filter_map(|l| match l {
            Line::Malformed {
                source,
                line,
                message,
            } => Some(format!("{source} line {line}: {message}")),
            Line::Record(_) => None,
        })
        .collect();
    for problem in &malformed {
        eprintln!("news-extract: {problem} (listed in the report)");
    }
    if !quiet {
        let documents = input.lines.len() - malformed.len();
        eprintln!(
            "news-extract: report of {documents} documents -> {}",
            out.display()
        );
    }
    if malformed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// The corpus tables as the JSON values the report takes.
fn report_tables(t: &nx_corpus::CorpusTables) -> nx_report::CorpusTables {
    fn values<T: serde::Serialize>(rows: &[T]) -> Vec<serde_json::Value> {
        rows.iter().map(|r| serde_json::to_value(r).expect("corpus rows are plain data")).collect()
    }
    nx_report::CorpusTables {
        entities: values(&t.entities),
        speakers: values(&t.speakers),
        quotes: values(&t.quotes),
        claims: values(&t.claims),
        documents: values(&t.documents),
    }
}
