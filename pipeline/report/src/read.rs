//! Reading run files and corpus tables.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::{CorpusTables, Line};

/// Why input for a report could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// A file could not be opened or read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A corpus table has a line that is not a JSON object: the tables are written by
    /// `news-extract corpus`, so a bad one means a damaged folder, not a bad article.
    #[error("{path} line {line}: {message}")]
    BadTableLine {
        /// The table file.
        path: PathBuf,
        /// Line number, from 1.
        line: usize,
        /// Why it could not be read.
        message: String,
    },
}

/// Reads JSON lines: each non-blank line becomes [`Line::Record`] when it is a JSON
/// object, else [`Line::Malformed`] with `source`, its line number and the parser's
/// message. Invalid UTF-8 makes a line malformed, not the file unreadable.
pub fn read_jsonl(source: &str, mut reader: impl BufRead) -> std::io::Result<Vec<Line>> {
    let mut lines = Vec::new();
    let mut buf = Vec::new();
    let mut number = 0;
    loop {
        buf.clear();
        if reader.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        number += 1;
        let malformed = |message: String| Line::Malformed {
            source: source.to_string(),
            line: number,
            message,
        };
        let text = match std::str::from_utf8(&buf) {
            Ok(t) => t.trim(),
            Err(e) => {
                lines.push(malformed(format!("not UTF-8: {e}")));
                continue;
            }
        };
        if text.is_empty() {
            continue;
        }
        lines.push(match serde_json::from_str::<Value>(text) {
            Ok(v @ Value::Object(_)) => Line::Record(v),
            Ok(_) => malformed("not a JSON object".into()),
            Err(e) => malformed(format!("bad JSON: {e}")),
        });
    }
    Ok(lines)
}

/// Reads the tables of `news-extract corpus` from `dir`: `entities.jsonl`,
/// `speakers.jsonl`, `quotes.jsonl`, `claims.jsonl` and `documents.jsonl`, all required.
pub fn read_corpus_dir(dir: &Path) -> Result<CorpusTables, ReadError> {
    let table = |name: &str| -> Result<Vec<Value>, ReadError> {
        let path = dir.join(format!("{name}.jsonl"));
        let io = |source| ReadError::Io {
            path: path.clone(),
            source,
        };
        let file = std::fs::File::open(&path).map_err(io)?;
        let lines = read_jsonl(name, std::io::BufReader::new(file)).map_err(io)?;
        lines
            .into_iter()
            .map(|l| match l {
                Line::Record(v) => Ok(v),
                Line::Malformed { line, message, .. } => Err(ReadError::BadTableLine {
                    path: path.clone(),
                    line,
                    message,
                }),
            })
            .collect()
    };
    Ok(CorpusTables {
        entities: table("entities")?,
        speakers: table("speakers")?,
        quotes: table("quotes")?,
        claims: table("claims")?,
        documents: table("documents")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_malformed_line_keeps_its_number_and_the_rest_is_read() {
        let input = "{\"id\":\"a\"}\n\n{\"id\":\nnull\n{\"id\":\"b\"}\n";
        let lines = read_jsonl("run.jsonl", input.as_bytes()).unwrap();
        assert_eq!(lines.len(), 4);
        assert!(matches!(&lines[0], Line::Record(v) if v["id"] == "a"));
        match &lines[1] {
            Line::Malformed {
                source,
                line,
                message,
            } => {
                assert_eq!((source.as_str(), *line), ("run.jsonl", 3));
                assert!(message.starts_with("bad JSON"), "{message}");
            }
            other => panic!("expected a malformed line, got {other:?}"),
        }
        assert!(
            matches!(&lines[2], Line::Malformed { line: 4, message, .. } if message == "not a JSON object")
        );
        assert!(matches!(&lines[3], Line::Record(v) if v["id"] == "b"));
    }

    #[test]
    fn invalid_utf8_is_a_malformed_line_not_a_failure() {
        let input: &[u8] = b"{\"id\":\"a\"}\n\xff\xfe\n";
        let lines = read_jsonl("x", input).unwrap();
        assert!(
            matches!(&lines[1], Line::Malformed { line: 2, message, .. } if message.starts_with("not UTF-8"))
        );
    }

    #[test]
    fn a_corpus_folder_needs_every_table_and_names_a_bad_line() {
        let dir = std::env::temp_dir().join(format!("nx-report-corpus-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in ["entities", "speakers", "quotes", "claims"] {
            std::fs::write(dir.join(format!("{name}.jsonl")), "{\"id\":1}\n").unwrap();
        }
        assert!(
            matches!(read_corpus_dir(&dir), Err(ReadError::Io { path, .. }) if path.ends_with("documents.jsonl"))
        );
        std::fs::write(dir.join("documents.jsonl"), "{\"doc\":\"a\"}\n[1]\n").unwrap();
        assert!(matches!(
            read_corpus_dir(&dir),
            Err(ReadError::BadTableLine { line: 2, .. })
        ));
        std::fs::write(dir.join("documents.jsonl"), "{\"doc\":\"a\"}\n").unwrap();
        let tables = read_corpus_dir(&dir).unwrap();
        assert_eq!(tables.speakers.len(), 1);
        assert_eq!(tables.documents[0]["doc"], "a");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
