//! The resume state of a run: a sidecar file `<out>.state` next to the output.
//!
//! Its first line is a header `{"config_hash", "pipeline_version"}`; every other
//! line is a finished document `{source, id, size, mtime_ns}` (and `k`, `last`
//! for a document of a file of many: its place in the file, and whether it is
//! the file's last), appended after the document's output line has been flushed.
//!
//! Resuming goes by whole file. On `--resume` a file's lines are kept only if
//! the state lists every one of its documents (for a file of many: 1 to the
//! last), the output has a complete, parseable line for each, *and* the file's
//! size and modification time are unchanged; otherwise all its lines are
//! dropped and the whole file is redone. Because keeping needs both files to
//! agree, a crash that leaves either file ahead of the other (or a
//! half-written last line in either) only costs redoing a chunk (and the files
//! it touched), never a lost, duplicated or truncated line.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::record::PIPELINE_VERSION;
use crate::runner::FinishedDoc;

/// Size and modification time of a file: a change in either redoes the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Stamp {
    /// Bytes.
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch (negative before it).
    pub mtime_ns: i128,
}

impl Stamp {
    /// The stamp of the file at `path` (links followed), if it can be stat'ed.
    pub fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        let mtime = meta.modified().ok()?;
        let mtime_ns = match mtime.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => d.as_nanos() as i128,
            Err(e) => -(e.duration().as_nanos() as i128),
        };
        Some(Stamp {
            size: meta.len(),
            mtime_ns,
        })
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Header {
    config_hash: String,
    pipeline_version: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    source: String,
    id: String,
    size: Option<u64>,
    mtime_ns: Option<i128>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    k: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last: Option<bool>,
}

impl Entry {
    /// Its place in its file (1 for a file of one document).
    fn k(&self) -> usize {
        self.k.unwrap_or(1)
    }

    /// How many documents its file holds, if it is the file's last.
    fn total(&self) -> Option<usize> {
        self.last.unwrap_or(true).then(|| self.k())
    }

    fn stamp(&self) -> Option<Stamp> {
        Some(Stamp {
            size: self.size?,
            mtime_ns: self.mtime_ns?,
        })
    }
}

/// Why a run cannot be resumed (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum ResumeError {
    /// The state was written with another configuration or version.
    #[error("{path} was written with config {found_hash} (news-extract {found_version}); this run has config {hash} (news-extract {version}): run without --resume to start over, or with the same --config/--set")]
    Mismatch {
        /// The state file.
        path: String,
        /// Its config hash.
        found_hash: String,
        /// Its pipeline version.
        found_version: String,
        /// This run's config hash.
        hash: String,
        /// This run's version.
        version: String,
    },
    /// The state file is not a state file.
    #[error(
        "{0} is not a news-extract state file (bad header): run without --resume to start over"
    )]
    BadHeader(String),
    /// Reading or rewriting failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// What failed.
        source: std::io::Error,
    },
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> ResumeError + '_ {
    move |source| ResumeError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// The state file of an output file.
pub fn state_path(out: &Path) -> PathBuf {
    let mut s = out.as_os_str().to_owned();
    s.push(".state");
    PathBuf::from(s)
}

/// What a resumed run starts from.
#[derive(Debug, Default)]
pub struct Resumed {
    /// Sources whose lines were kept, with how many: skip them.
    pub done: HashMap<String, usize>,
    /// Output lines dropped (partial, unparseable, not in the state, file changed, duplicate).
    pub dropped: usize,
}

/// Prepare `out` for a resumed run: keep the lines of finished, unchanged
/// documents (rewriting the output and the state through temporary files and a
/// rename), and return which sources to skip. A missing output or state starts
/// from nothing.
pub fn prepare_resume(out: &Path, config_hash: &str) -> Result<Resumed, ResumeError> {
    let state = state_path(out);
    let state_text = match std::fs::read(&state) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(io_err(&state)(e)),
    };
    // Every entry of a source, by its place in the file.
    let mut entries: HashMap<String, HashMap<usize, Entry>> = HashMap::new();
    let mut state_lines = state_text
        .split_inclusive('\n')
        .filter(|l| l.ends_with('\n'));
    if let Some(first) = state_lines.next() {
        let header: Header = serde_json::from_str(first)
            .map_err(|_| ResumeError::BadHeader(state.display().to_string()))?;
        if header.config_hash != config_hash || header.pipeline_version != PIPELINE_VERSION {
            return Err(ResumeError::Mismatch {
                path: state.display().to_string(),
                found_hash: header.config_hash,
                found_version: header.pipeline_version,
                hash: config_hash.to_string(),
                version: PIPELINE_VERSION.to_string(),
            });
        }
        for line in state_lines {
            if let Ok(e) = serde_json::from_str::<Entry>(line) {
                entries
                    .entry(e.source.clone())
                    .or_default()
                    .insert(e.k(), e);
            }
        }
    }
    // A source is finished when its last document and every one before it
    // are listed, all with the file's present stamp.
    let finished = |parts: &HashMap<usize, Entry>| -> Option<usize> {
        let total = parts.values().find_map(Entry::total)?;
        let e1 = parts.get(&1)?;
        let now = Stamp::of(Path::new(&e1.source));
        (1..=total)
            .all(|k| parts.get(&k).is_some_and(|e| e.stamp() == now))
            .then_some(total)
    };
    let out_bytes = match std::fs::read(out) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(io_err(out)(e)),
    };
    // Complete, parseable lines with their source.
    let lines: Vec<(&[u8], Option<String>)> = out_bytes
        .split_inclusive(|&b| b == b'\n')
        .map(|l| {
            let source = Some(l)
                .filter(|l| l.ends_with(b"\n"))
                .and_then(|l| serde_json::from_slice::<serde_json::Value>(l).ok())
                .and_then(|v| v.get("source").and_then(|s| s.as_str()).map(str::to_string));
            (l, source)
        })
        .collect();
    let mut have: HashMap<&str, usize> = HashMap::new();
    for (_, s) in &lines {
        if let Some(s) = s {
            *have.entry(s.as_str()).or_default() += 1;
        }
    }
    // Sources to keep, with how many lines each.
    let keep: HashMap<&str, usize> = have
        .iter()
        .filter_map(|(&s, &n)| {
            let total = finished(entries.get(s)?)?;
            (n >= total).then_some((s, total))
        })
        .collect();
    let mut resumed = Resumed::default();
    let mut kept_lines: Vec<&[u8]> = Vec::new();
    for (line, source) in &lines {
        let kept = source.as_deref().and_then(|s| {
            let total = *keep.get(s)?;
            let n = resumed.done.entry(s.to_string()).or_default();
            // Lines past the file's count are duplicates.
            (*n < total).then(|| *n += 1)
        });
        match kept {
            Some(()) => kept_lines.push(line),
            None => resumed.dropped += 1,
        }
    }
    let mut kept_entries: Vec<&Entry> = Vec::new();
    for s in keep.keys() {
        let parts = &entries[*s];
        let mut ks: Vec<&usize> = parts.keys().collect();
        ks.sort();
        kept_entries.extend(ks.into_iter().map(|k| &parts[k]));
    }
    kept_entries.sort_by(|a, b| (&a.source, a.k()).cmp(&(&b.source, b.k())));
    replace(out, |w| kept_lines.iter().try_for_each(|l| w.write_all(l)))?;
    replace(&state, |w| {
        write_header(w, config_hash)?;
        kept_entries.iter().try_for_each(|e| write_entry(w, e))
    })?;
    Ok(resumed)
}

/// Write `path` anew through `<path>.tmp`, synced, then renamed over it.
fn replace(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), ResumeError> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let write = || -> std::io::Result<()> {
        let mut w = BufWriter::new(File::create(&tmp)?);
        fill(&mut w)?;
        w.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(io_err(path))
}

fn write_header(w: &mut dyn Write, config_hash: &str) -> std::io::Result<()> {
    let h = Header {
        config_hash: config_hash.into(),
        pipeline_version: PIPELINE_VERSION.into(),
    };
    writeln!(
        w,
        "{}",
        serde_json::to_string(&h).map_err(std::io::Error::other)?
    )
}

fn write_entry(w: &mut dyn Write, e: &Entry) -> std::io::Result<()> {
    writeln!(
        w,
        "{}",
        serde_json::to_string(e).map_err(std::io::Error::other)?
    )
}

/// Appends finished documents to a state file.
pub struct StateWriter {
    file: BufWriter<File>,
}

impl StateWriter {
    /// Start a new state file (header only), replacing any old one.
    pub fn create(out: &Path, config_hash: &str) -> std::io::Result<StateWriter> {
        let mut file = BufWriter::new(File::create(state_path(out))?);
        write_header(&mut file, config_hash)?;
        file.flush()?;
        Ok(StateWriter { file })
    }

    /// Append to the state file left by [`prepare_resume`].
    pub fn append(out: &Path) -> std::io::Result<StateWriter> {
        let file = std::fs::OpenOptions::new()
            .append(true)
            .open(state_path(out))?;
        Ok(StateWriter {
            file: BufWriter::new(file),
        })
    }

    /// Record documents whose lines are flushed to the output.
    pub fn record(&mut self, docs: &[FinishedDoc]) -> std::io::Result<()> {
        for d in docs {
            let e = Entry {
                source: d.source.clone(),
                id: d.id.clone(),
                size: d.stamp.map(|s| s.size),
                mtime_ns: d.stamp.map(|s| s.mtime_ns),
                k: d.part.map(|p| p.k),
                last: d.part.map(|p| p.last),
            };
            write_entry(&mut self.file, &e)?;
        }
        self.file.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(source: &str) -> String {
        format!("{{\"id\":\"x\",\"source\":\"{source}\"}}\n")
    }

    #[test]
    fn keeps_only_complete_recorded_unchanged_lines() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        let b = dir.path().join("b.txt");
        let c = dir.path().join("c.txt");
        for p in [&a, &b, &c] {
            std::fs::write(p, "Text.").unwrap();
        }
        let (a_s, b_s, c_s) = (
            a.display().to_string(),
            b.display().to_string(),
            c.display().to_string(),
        );
        let out = dir.path().join("out.jsonl");
        let mut st = StateWriter::create(&out, "h1").unwrap();
        let fin = |s: &str, p: &Path| FinishedDoc {
            id: "x".into(),
            source: s.into(),
            stamp: Stamp::of(p),
            part: None,
        };
        st.record(&[fin(&a_s, &a), fin(&b_s, &b)]).unwrap();
        drop(st);
        // a: kept; b: changed since; c: in the output but not the state; then a duplicate and a partial line.
        std::fs::write(&b, "Other text.").unwrap();
        let text = format!(
            "{}{}{}{}{{\"id\":\"x\",\"sour",
            line(&a_s),
            line(&b_s),
            line(&c_s),
            line(&a_s)
        );
        std::fs::write(&out, text).unwrap();
        assert!(matches!(
            prepare_resume(&out, "h2"),
            Err(ResumeError::Mismatch { .. })
        ));
        let r = prepare_resume(&out, "h1").unwrap();
        assert_eq!(r.done, HashMap::from([(a_s.clone(), 1)]));
        assert_eq!(r.dropped, 4);
        assert_eq!(std::fs::read_to_string(&out).unwrap(), line(&a_s));
        let state = std::fs::read_to_string(state_path(&out)).unwrap();
        assert_eq!(state.lines().count(), 2);
        assert!(state.lines().nth(1).unwrap().contains(&a_s));
    }
}
