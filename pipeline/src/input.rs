//! Finding input files and turning their bytes into documents.
//!
//! A file's name says what it holds: `.txt` one article, `.html`/`.htm` a web
//! page (its main text is extracted, see [`html`]), `.jsonl` one JSON object per
//! line and `.json` one object, several, or an array of them (see [`json`]); any
//! of them may be compressed (`.gz`, `.zst`). `-` is standard input, read as JSON
//! lines. Files of one document are read by the workers; documents of JSON files
//! are cut from the file lazily, in order, by [`items::Items`].
//!
//! Bad input never stops a run: every problem becomes an [`InputError`] that the
//! runner writes as the document's error record. Decoding rules: a UTF-8 BOM is
//! dropped; UTF-16 with a BOM is decoded; other text that is not UTF-8 is decoded
//! as Windows-1252 (a superset of Latin-1) when `input.latin1_fallback` is on;
//! line endings are normalised to `\n` (CRLF and lone CR), so offsets count one
//! code point per line break.

use std::io::Read;
use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

use crate::config::InputConfig;
use crate::document::Document;

pub mod compress;
pub mod html;
pub mod items;
pub mod json;

/// What went wrong with one input file or document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// Machine-readable kind: `unreadable`, `too_large`, `empty`, `binary`,
    /// `not_utf8`, `corrupt` (a compressed stream truncated or damaged),
    /// `bad_json` (a line or element that is not a JSON object), `no_text` (no
    /// text field, or a page with no extractable text).
    pub kind: &'static str,
    /// What a person needs to know.
    pub message: String,
}

impl InputError {
    pub(crate) fn new(kind: &'static str, message: impl Into<String>) -> InputError {
        InputError {
            kind,
            message: message.into(),
        }
    }
}

/// What a file holds, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One article as plain text.
    Text,
    /// One web page.
    Html,
    /// One JSON object per line (`.jsonl`, `.ndjson`, standard input).
    JsonLines,
    /// One JSON object, several one after another, or an array of them.
    Json,
}

impl Kind {
    /// Files of this kind may hold many documents.
    pub fn is_multi(self) -> bool {
        matches!(self, Kind::JsonLines | Kind::Json)
    }
}

pub use nx_io::Compression;

/// The kind and compression of a file named `name`; `-` is standard input.
pub fn kind_of(name: &Path) -> (Kind, Compression) {
    if name == Path::new("-") {
        return (Kind::JsonLines, Compression::None);
    }
    let lower = name.to_string_lossy().to_lowercase();
    let (rest, compression) = Compression::split(&lower);
    let kind = match rest.rsplit_once('.').map(|(_, e)| e) {
        Some("html" | "htm") => Kind::Html,
        Some("jsonl" | "ndjson") => Kind::JsonLines,
        Some("json") => Kind::Json,
        _ => Kind::Text,
    };
    (kind, compression)
}

/// A file to process, found under an input root.
#[derive(Debug, Clone)]
pub struct InputFile {
    /// Path relative to the input root without its extension (and without a
    /// compression extension before it), `/`-separated; `stdin` for `-`.
    pub id: String,
    /// The path as found (input root joined with the relative path).
    pub path: PathBuf,
    /// A problem met while walking (unreadable folder, symlink loop).
    pub walk_error: Option<InputError>,
}

/// A decoded document text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, line endings normalised.
    pub text: String,
    /// `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`.
    pub encoding: &'static str,
}

/// Walks inputs lazily, in a stable order (sorted by file name at every level).
pub struct InputWalker {
    roots: std::collections::VecDeque<PathBuf>,
    current: Option<(PathBuf, walkdir::IntoIter)>,
    include: GlobSet,
}

impl InputWalker {
    /// Walk `inputs` (files or folders) keeping files that match `config.include`.
    pub fn new(inputs: &[PathBuf], config: &InputConfig) -> InputWalker {
        let mut b = GlobSetBuilder::new();
        for p in &config.include {
            // Validated on config load.
            if let Ok(g) = GlobBuilder::new(p).literal_separator(false).build() {
                b.add(g);
            }
        }
        InputWalker {
            roots: inputs.iter().cloned().collect(),
            current: None,
            include: b.build().unwrap_or_else(|_| GlobSet::empty()),
        }
    }
}

fn id_of(rel: &Path) -> String {
    let (_, compression) = kind_of(rel);
    let rel = if compression == Compression::None {
        rel.to_path_buf()
    } else {
        rel.with_extension("")
    };
    let stem = rel.with_extension("");
    stem.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

impl Iterator for InputWalker {
    type Item = InputFile;

    fn next(&mut self) -> Option<InputFile> {
        loop {
            if let Some((root, walk)) = self.current.as_mut() {
                match walk.next() {
                    Some(Ok(entry)) => {
                        if entry.file_type().is_dir() {
                            continue;
                        }
                        let rel = entry.path().strip_prefix(&*root).unwrap_or(entry.path());
                        if !self.include.is_match(rel) {
                            continue;
                        }
                        // FIFOs, sockets and devices would block or never end.
                        let walk_error = (!entry.file_type().is_file()).then(|| {
                            InputError::new(
                                "unreadable",
                                "not a regular file (FIFO, socket or device)",
                            )
                        });
                        return Some(InputFile {
                            id: id_of(rel),
                            path: entry.path().to_path_buf(),
                            walk_error,
                        });
                    }
                    Some(Err(err)) => {
                        let path = err
                            .path()
                            .map(Path::to_path_buf)
                            .unwrap_or_else(|| root.clone());
                        let rel = path.strip_prefix(&*root).unwrap_or(&path).to_path_buf();
                        let kind = if err.loop_ancestor().is_some() {
                            "symlink loop"
                        } else {
                            "cannot walk"
                        };
                        return Some(InputFile {
                            id: id_of(&rel),
                            path,
                            walk_error: Some(InputError::new(
                                "unreadable",
                                format!("{kind}: {err}"),
                            )),
                        });
                    }
                    None => self.current = None,
                }
            }
            let root = self.roots.pop_front()?;
            if root == Path::new("-") {
                return Some(InputFile {
                    id: "stdin".into(),
                    path: root,
                    walk_error: None,
                });
            }
            match std::fs::metadata(&root) {
                Ok(m) if m.is_dir() => {
                    let walk = walkdir::WalkDir::new(&root)
                        .follow_links(true)
                        .sort_by_file_name()
                        .into_iter();
                    self.current = Some((root, walk));
                }
                other => {
                    let name = root
                        .file_name()
                        .map(PathBuf::from)
                        .unwrap_or_else(|| root.clone());
                    let walk_error = other
                        .err()
                        .map(|e| InputError::new("unreadable", format!("cannot open input: {e}")));
                    return Some(InputFile {
                        id: id_of(&name),
                        path: root,
                        walk_error,
                    });
                }
            }
        }
    }
}

/// The document of a file that holds one (text or HTML, maybe compressed).
pub fn load(file: &InputFile, config: &InputConfig) -> Document {
    let source = file.path.display().to_string();
    if let Some(e) = &file.walk_error {
        return Document::failed(&file.id, source, e.kind, &e.message);
    }
    let (kind, _) = kind_of(&file.path);
    let loaded = read_bytes(&file.path, config).and_then(|bytes| match kind {
        Kind::Html => html::document(&bytes, config).map(|page| {
            let mut doc = Document::new(&file.id, &source, page.text, page.encoding);
            doc.meta = page.meta;
            doc.with_title(page.title.as_deref())
        }),
        _ => Ok(text_document(&file.id, &source, &bytes, config)),
    });
    loaded.unwrap_or_else(|e| Document::failed(&file.id, source, e.kind, e.message))
}

/// The document of a text file's bytes (or its error record), decoded by the
/// rules of [`decode`]; the Python package makes its documents of strings here too.
pub fn text_document(id: &str, source: &str, bytes: &[u8], config: &InputConfig) -> Document {
    match decode(bytes, config) {
        Ok(d) => Document::new(id, source, d.text, d.encoding),
        Err(e) => Document::failed(id, source, e.kind, e.message),
    }
}

/// Read and decode one text file.
pub fn read(path: &Path, config: &InputConfig) -> Result<Decoded, InputError> {
    decode(&read_bytes(path, config)?, config)
}

/// The bytes of a file, decompressed, at most `input.max_bytes` of them.
fn read_bytes(path: &Path, config: &InputConfig) -> Result<Vec<u8>, InputError> {
    let meta = std::fs::metadata(path)
        .map_err(|e| InputError::new("unreadable", format!("cannot stat: {e}")))?;
    if !meta.is_file() {
        return Err(InputError::new(
            "unreadable",
            "not a regular file (folder, FIFO, socket or device)",
        ));
    }
    let (_, compression) = kind_of(path);
    if compression == Compression::None {
        // Checked before reading, so a huge file is never loaded.
        check_size(meta.len(), config)?;
        return std::fs::read(path)
            .map_err(|e| InputError::new("unreadable", format!("cannot read: {e}")));
    }
    let reader = compress::open(path, compression)?;
    let mut bytes = Vec::new();
    // One byte more than allowed tells a file that is too large, unread beyond.
    reader
        .take(config.max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| compress::corrupt(&e))?;
    if bytes.len() as u64 > config.max_bytes {
        return Err(InputError::new(
            "too_large",
            format!(
                "over input.max_bytes = {} bytes once decompressed",
                config.max_bytes
            ),
        ));
    }
    Ok(bytes)
}

fn check_size(len: u64, config: &InputConfig) -> Result<(), InputError> {
    if len > config.max_bytes {
        return Err(InputError::new(
            "too_large",
            format!("{len} bytes is over input.max_bytes = {}", config.max_bytes),
        ));
    }
    Ok(())
}

/// Decode file contents (see the module docs for the rules).
pub fn decode(bytes: &[u8], config: &InputConfig) -> Result<Decoded, InputError> {
    check_size(bytes.len() as u64, config)?;
    let (text, encoding) = if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(InputError::new(
                "not_utf8",
                format!("invalid {} after its byte-order mark", enc.name()),
            ));
        }
        let name = if enc == encoding_rs::UTF_8 {
            "utf-8"
        } else if enc == encoding_rs::UTF_16LE {
            "utf-16le"
        } else {
            "utf-16be"
        };
        (text.into_owned(), name)
    } else if looks_binary(bytes) {
        return Err(InputError::new(
            "binary",
            "binary content (NUL or control bytes), not text",
        ));
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), "utf-8"),
            Err(_) if config.latin1_fallback => {
                let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
                (text.into_owned(), "windows-1252")
            }
            Err(e) => {
                return Err(InputError::new(
                    "not_utf8",
                    format!("not valid UTF-8 ({e}); set input.latin1_fallback = true to decode as Windows-1252"),
                ))
            }
        }
    };
    if looks_binary(text.as_bytes()) {
        return Err(InputError::new(
            "binary",
            "binary content (NUL or control characters), not text",
        ));
    }
    let text = normalise_newlines(text);
    if text.trim().is_empty() {
        return Err(InputError::new("empty", "the file holds no text"));
    }
    Ok(Decoded { text, encoding })
}

/// NUL bytes, or more than 1 in 20 of the first 8 KiB being control bytes other
/// than tab, line feed, form feed and carriage return.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    control * 20 > head.len()
}

pub(crate) fn normalise_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> InputConfig {
        InputConfig::default()
    }

    #[test]
    fn utf8_with_bom_and_crlf() {
        let d = decode(b"\xEF\xBB\xBFHello.\r\nWorld.\rEnd.", &cfg()).unwrap();
        assert_eq!(d.text, "Hello.\nWorld.\nEnd.");
        assert_eq!(d.encoding, "utf-8");
    }

    #[test]
    fn latin1_is_decoded_and_flagged() {
        let d = decode(b"It cost \xA3300 \x96 a lot.", &cfg()).unwrap();
        assert_eq!(d.text, "It cost £300 – a lot.");
        assert_eq!(d.encoding, "windows-1252");
        let strict = InputConfig {
            latin1_fallback: false,
            ..cfg()
        };
        assert_eq!(decode(b"\xA3300", &strict).unwrap_err().kind, "not_utf8");
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Hi £5".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&bytes, &cfg()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Hi £5", "utf-16le"));
    }

    #[test]
    fn rejects_binary_empty_and_large() {
        assert_eq!(
            decode(b"\x7fELF\x02\x01\x01\x00\x00\x00", &cfg())
                .unwrap_err()
                .kind,
            "binary"
        );
        assert_eq!(
            decode(&[0x01, 0x02, 0x03, 0x04, b'a'], &cfg())
                .unwrap_err()
                .kind,
            "binary"
        );
        assert_eq!(decode(b"", &cfg()).unwrap_err().kind, "empty");
        assert_eq!(decode(b" \n\t\n", &cfg()).unwrap_err().kind, "empty");
        let small = InputConfig {
            max_bytes: 3,
            ..cfg()
        };
        assert_eq!(decode(b"abcd", &small).unwrap_err().kind, "too_large");
    }

    #[test]
    fn ids_are_relative_without_extension() {
        assert_eq!(id_of(Path::new("business/001.txt")), "business/001");
        assert_eq!(id_of(Path::new("a.b.txt")), "a.b");
        assert_eq!(id_of(Path::new("crawl/day1.jsonl.gz")), "crawl/day1");
        assert_eq!(id_of(Path::new("page.HTML.zst")), "page");
    }

    #[test]
    fn kinds_come_from_the_name() {
        let k = |n: &str| kind_of(Path::new(n));
        assert_eq!(k("a.txt"), (Kind::Text, Compression::None));
        assert_eq!(k("a.Jsonl.GZ"), (Kind::JsonLines, Compression::Gzip));
        assert_eq!(k("a.json.zst"), (Kind::Json, Compression::Zstd));
        assert_eq!(k("a.htm.gz"), (Kind::Html, Compression::Gzip));
        assert_eq!(k("-"), (Kind::JsonLines, Compression::None));
        assert_eq!(k("notes"), (Kind::Text, Compression::None));
    }
}
