//! JSON documents: cutting them from a stream, and reading their fields.
//!
//! `.jsonl` holds one object per line (blank lines are skipped); `.json` holds
//! an array of objects, cut element by element without reading the whole
//! array, or else one object or several one after another, read whole. Every
//! piece is at most `input.max_bytes`; a longer one is skipped unread (kind
//! `too_large`) and the file goes on. Fields are looked up by the names in
//! `[input.fields]`, the first present and non-empty one winning.

use std::collections::VecDeque;
use std::io::{BufRead, Read};

use serde_json::{Map, Value};

use super::compress::corrupt;
use super::{InputError, Kind};
use crate::config::{FieldsConfig, InputConfig};
use crate::document::{Document, Meta};

/// One document's bytes as cut from a file.
#[derive(Debug)]
pub struct Cut {
    /// Its line (`.jsonl`), element (`.json` array) or value number, from 1.
    pub n: usize,
    /// The bytes, or why there are none.
    pub bytes: Result<Vec<u8>, InputError>,
}

/// Cuts documents from a JSON stream, in order.
pub enum Cutter {
    /// One object per line.
    Lines(Lines),
    /// The elements of a top-level array.
    Array(Array),
    /// Values read whole, one after another.
    Whole(VecDeque<Cut>),
}

impl Cutter {
    /// A cutter for a file of `kind` read from `r`.
    pub fn new(mut r: Box<dyn BufRead + Send>, kind: Kind, max_bytes: u64) -> Cutter {
        if kind != Kind::Json {
            return Cutter::Lines(Lines {
                r,
                line: 0,
                max: max_bytes,
                done: false,
            });
        }
        let first = match skip_space(&mut r) {
            Ok(b) => b,
            Err(e) => {
                return Cutter::Whole(VecDeque::from([Cut {
                    n: 1,
                    bytes: Err(corrupt(&e)),
                }]))
            }
        };
        if first == Some(b'[') {
            r.consume(1);
            Cutter::Array(Array {
                r,
                n: 0,
                max: max_bytes,
                done: false,
            })
        } else {
            Cutter::Whole(whole(r, max_bytes))
        }
    }

    /// The word for what `Cut::n` counts.
    pub fn unit(&self) -> &'static str {
        match self {
            Cutter::Lines(_) => "line",
            Cutter::Array(_) => "element",
            Cutter::Whole(_) => "value",
        }
    }
}

impl Iterator for Cutter {
    type Item = Cut;

    fn next(&mut self) -> Option<Cut> {
        match self {
            Cutter::Lines(l) => l.next(),
            Cutter::Array(a) => a.next(),
            Cutter::Whole(q) => q.pop_front(),
        }
    }
}

/// Skip a UTF-8 BOM and whitespace; the next byte, if any.
fn skip_space(r: &mut Box<dyn BufRead + Send>) -> std::io::Result<Option<u8>> {
    let mut start = true;
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(None);
        }
        if start && buf.starts_with(b"\xEF\xBB\xBF") {
            r.consume(3);
            start = false;
            continue;
        }
        start = false;
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => {
                let b = buf[i];
                r.consume(i);
                return Ok(Some(b));
            }
            None => {
                let n = buf.len();
                r.consume(n);
            }
        }
    }
}

fn too_large(what: &str, n: usize, len: u64, max: u64) -> InputError {
    InputError::new(
        "too_large",
        format!("{what} {n}: {len} bytes is over input.max_bytes = {max}"),
    )
}

/// Values read whole, one after another (at most `max` bytes in all).
fn whole(r: Box<dyn BufRead + Send>, max: u64) -> VecDeque<Cut> {
    let mut bytes = Vec::new();
    if let Err(e) = r.take(max + 1).read_to_end(&mut bytes) {
        return VecDeque::from([Cut {
            n: 1,
            bytes: Err(corrupt(&e)),
        }]);
    }
    if bytes.len() as u64 > max {
        let e = InputError::new(
            "too_large",
            format!("over input.max_bytes = {max} bytes (a .json file that is not an array is read whole: use .jsonl or an array for many documents)"),
        );
        return VecDeque::from([Cut {
            n: 1,
            bytes: Err(e),
        }]);
    }
    let mut out = VecDeque::new();
    // Each value is cut from the bytes as written.
    let mut stream =
        serde_json::Deserializer::from_slice(&bytes).into_iter::<serde::de::IgnoredAny>();
    let (mut start, mut n) = (0, 0);
    while let Some(v) = stream.next() {
        n += 1;
        match v {
            Ok(_) => {
                let end = stream.byte_offset();
                out.push_back(Cut {
                    n,
                    bytes: Ok(bytes[start..end].trim_ascii().to_vec()),
                });
                start = end;
            }
            Err(e) => {
                out.push_back(Cut {
                    n,
                    bytes: Err(InputError::new("bad_json", format!("value {n}: {e}"))),
                });
                break;
            }
        }
    }
    out
}

/// One object per line.
pub struct Lines {
    r: Box<dyn BufRead + Send>,
    line: usize,
    max: u64,
    done: bool,
}

impl Lines {
    fn next(&mut self) -> Option<Cut> {
        while !self.done {
            self.line += 1;
            let mut buf = Vec::new();
            let mut len = 0u64;
            loop {
                let avail = match self.r.fill_buf() {
                    Ok(b) => b,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => {
                        self.done = true;
                        let mut err = corrupt(&e);
                        err.message = format!("line {}: {}", self.line, err.message);
                        return Some(Cut {
                            n: self.line,
                            bytes: Err(err),
                        });
                    }
                };
                if avail.is_empty() {
                    self.done = true;
                    break;
                }
                let (take, found) = match avail.iter().position(|&b| b == b'\n') {
                    Some(i) => (i, true),
                    None => (avail.len(), false),
                };
                len += take as u64;
                // A line over the limit is read past, never kept.
                if len <= self.max {
                    buf.extend_from_slice(&avail[..take]);
                }
                self.r.consume(take + usize::from(found));
                if found {
                    break;
                }
            }
            if len > self.max {
                return Some(Cut {
                    n: self.line,
                    bytes: Err(too_large("line", self.line, len, self.max)),
                });
            }
            if self.line == 1 && buf.starts_with(b"\xEF\xBB\xBF") {
                buf.drain(..3);
            }
            if buf.ends_with(b"\r") {
                buf.pop();
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(Cut {
                n: self.line,
                bytes: Ok(buf),
            });
        }
        None
    }
}

/// The elements of a top-level array, cut by bracket depth outside strings.
pub struct Array {
    r: Box<dyn BufRead + Send>,
    n: usize,
    max: u64,
    done: bool,
}

impl Array {
    fn next(&mut self) -> Option<Cut> {
        if self.done {
            return None;
        }
        let mut buf = Vec::new();
        let mut len = 0u64;
        let (mut depth, mut in_str, mut esc, mut started) = (0usize, false, false, false);
        loop {
            let avail = match self.r.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.done = true;
                    let mut err = corrupt(&e);
                    err.message = format!("element {}: {}", self.n + 1, err.message);
                    return Some(Cut {
                        n: self.n + 1,
                        bytes: Err(err),
                    });
                }
            };
            if avail.is_empty() {
                self.done = true;
                return Some(Cut {
                    n: self.n + 1,
                    bytes: Err(InputError::new(
                        "bad_json",
                        format!(
                            "element {}: the array is not closed (file cut short?)",
                            self.n + 1
                        ),
                    )),
                });
            }
            let mut end = None;
            let mut skipped = 0;
            let mut closed = None;
            for (i, &b) in avail.iter().enumerate() {
                if !started {
                    if b.is_ascii_whitespace() || b == b',' {
                        skipped = i + 1;
                        continue;
                    }
                    if b == b']' {
                        closed = Some(i);
                        break;
                    }
                    started = true;
                }
                if in_str {
                    if esc {
                        esc = false;
                    } else if b == b'\\' {
                        esc = true;
                    } else if b == b'"' {
                        in_str = false;
                    }
                    continue;
                }
                match b {
                    b'"' => in_str = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' if depth > 0 => depth -= 1,
                    b']' | b',' if depth == 0 => {
                        self.done = b == b']';
                        end = Some(i);
                        break;
                    }
                    _ => {}
                }
            }
            if let Some(i) = closed {
                self.done = true;
                self.r.consume(i + 1);
                return None;
            }
            let stop = end.unwrap_or(avail.len());
            len += (stop - skipped) as u64;
            if len <= self.max {
                buf.extend_from_slice(&avail[skipped..stop]);
            }
            self.r.consume(end.map_or(stop, |e| e + 1));
            if end.is_some() {
                break;
            }
        }
        self.n += 1;
        let bytes = if len > self.max {
            Err(too_large("element", self.n, len, self.max))
        } else {
            Ok(buf)
        };
        Some(Cut { n: self.n, bytes })
    }
}

/// The first of `names` present in `obj` and neither null nor empty.
fn field<'a>(obj: &'a Map<String, Value>, names: &[String]) -> Option<(&'a str, &'a Value)> {
    names.iter().find_map(|n| {
        let (k, v) = obj.get_key_value(n.as_str())?;
        let empty = match v {
            Value::Null => true,
            Value::String(s) => s.trim().is_empty(),
            Value::Array(a) => a.is_empty(),
            _ => false,
        };
        (!empty).then_some((k.as_str(), v))
    })
}

/// A string or number as text.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn authors(v: &Value) -> Vec<String> {
    let one = |v: &Value| match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        // {"name": "..."} as schema.org writes a person.
        Value::Object(o) => o
            .get("name")
            .and_then(Value::as_str)
            .map(|s| s.trim().to_string()),
        _ => None,
    };
    match v {
        Value::Array(a) => a.iter().filter_map(one).collect(),
        v => one(v).into_iter().collect(),
    }
}

/// The metadata of an object by `[input.fields]`.
pub fn meta_of(obj: &Map<String, Value>, f: &FieldsConfig) -> Meta {
    let s = |names: &[String]| field(obj, names).and_then(|(_, v)| scalar(v));
    Meta {
        title: None,
        url: s(&f.url),
        date: s(&f.date),
        authors: field(obj, &f.authors)
            .map(|(_, v)| authors(v))
            .unwrap_or_default(),
        source: s(&f.source),
    }
}

/// The document of one JSON piece: `where_` names it in messages ("line 3"),
/// `fallback_id` is its id when the object has none.
pub fn document(
    bytes: &[u8],
    fallback_id: &str,
    where_: &str,
    source: &str,
    config: &InputConfig,
) -> Document {
    let fail = |kind: &str, msg: String| Document::failed(fallback_id, source, kind, msg);
    let (json, encoding) = match std::str::from_utf8(bytes) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), "utf-8"),
        Err(_) if config.latin1_fallback => {
            (encoding_rs::WINDOWS_1252.decode(bytes).0, "windows-1252")
        }
        Err(e) => return fail("not_utf8", format!("{where_}: not valid UTF-8 ({e})")),
    };
    let obj = match serde_json::from_str::<Value>(&json) {
        Ok(Value::Object(o)) => o,
        Ok(_) => return fail("bad_json", format!("{where_}: not a JSON object")),
        Err(e) => return fail("bad_json", format!("{where_}: {e}")),
    };
    let f = &config.fields;
    let id = field(&obj, &f.id)
        .and_then(|(_, v)| scalar(v))
        .unwrap_or_else(|| fallback_id.to_string());
    let text = match field(&obj, &f.text) {
        Some((_, Value::String(t))) => super::normalise_newlines(t.clone()),
        Some((k, _)) => {
            return Document::failed(
                id,
                source,
                "no_text",
                format!("{where_}: field `{k}` is not a string"),
            )
        }
        None => {
            return Document::failed(
                id,
                source,
                "no_text",
                format!(
                    "{where_}: no text in fields {:?} (see input.fields.text)",
                    f.text
                ),
            )
        }
    };
    let mut doc = Document::new(id, source, text, encoding);
    doc.meta = meta_of(&obj, f);
    let title = field(&obj, &f.title).and_then(|(_, v)| scalar(v));
    doc.with_title(title.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(kind: Kind, text: &str, max: u64) -> Vec<(usize, Result<String, &'static str>)> {
        let r: Box<dyn BufRead + Send> = Box::new(std::io::Cursor::new(text.as_bytes().to_vec()));
        Cutter::new(r, kind, max)
            .map(|c| {
                (
                    c.n,
                    c.bytes
                        .map(|b| String::from_utf8(b).unwrap())
                        .map_err(|e| e.kind),
                )
            })
            .collect()
    }

    #[test]
    fn lines_skip_blanks_and_long_lines_keep_their_numbers() {
        let got = cut(
            Kind::JsonLines,
            "\u{feff}{\"a\":1}\r\n\n   \n{\"b\":\"xxxxxxxxxxxxxxxxxxxx\"}\n{\"c\":3}",
            16,
        );
        assert_eq!(
            got,
            vec![
                (1, Ok("{\"a\":1}".to_string())),
                (4, Err("too_large")),
                (5, Ok("{\"c\":3}".to_string())),
            ]
        );
    }

    #[test]
    fn arrays_are_cut_by_depth_outside_strings() {
        let text = " [ {\"t\": \"a, ] } [ \\\" b\"}, {\"x\": [1, {\"y\": 2}]} ,\n{\"z\":\"long long long long\"} ] ";
        let got = cut(Kind::Json, text, 22);
        assert_eq!(
            got,
            vec![
                (1, Ok("{\"t\": \"a, ] } [ \\\" b\"}".to_string())),
                (2, Ok("{\"x\": [1, {\"y\": 2}]} ".to_string())),
                (3, Err("too_large")),
            ]
        );
        assert_eq!(cut(Kind::Json, "[]", 10), vec![]);
        assert_eq!(
            cut(Kind::Json, "[{\"a\":1}, {\"b\"", 100)[1],
            (2, Err("bad_json"))
        );
    }

    #[test]
    fn a_json_file_may_hold_values_one_after_another() {
        let got = cut(Kind::Json, "{\n \"a\": 1\n}\n{\"b\": 2} {oops", 100);
        assert_eq!(got[0], (1, Ok("{\n \"a\": 1\n}".to_string())));
        assert_eq!(got[1], (2, Ok("{\"b\": 2}".to_string())));
        assert_eq!(got[2], (3, Err("bad_json")));
    }

    #[test]
    fn fields_map_to_the_document() {
        let c = InputConfig::default();
        let d = document(
            br#"{"maintext": "Body.\r\nMore.", "title": "Head", "date_publish": "2024-01-02", "authors": ["A B", {"name": "C D"}], "url": "https://x.test/a", "source_domain": "x.test", "id": 7}"#,
            "f#1",
            "line 1",
            "f.jsonl",
            &c,
        );
        assert!(d.error.is_none());
        assert_eq!(d.id, "7");
        assert_eq!(d.text, "Head\n\nBody.\nMore.");
        assert_eq!(d.given_title.as_deref(), Some("Head"));
        assert_eq!(d.meta.date.as_deref(), Some("2024-01-02"));
        assert_eq!(d.meta.authors, vec!["A B", "C D"]);
        assert_eq!(d.meta.source.as_deref(), Some("x.test"));
        let d = document(
            br#"{"text": "", "content": "Second choice."}"#,
            "f#2",
            "line 2",
            "f",
            &c,
        );
        assert_eq!((d.id.as_str(), d.text.as_str()), ("f#2", "Second choice."));
        let d = document(br#"{"title": "No body"}"#, "f#3", "line 3", "f", &c);
        assert_eq!(d.error.unwrap().kind, "no_text");
        let d = document(br#"{"text": "x""#, "f#4", "line 4", "f", &c);
        let e = d.error.unwrap();
        assert_eq!((e.kind.as_str(), d.id.as_str()), ("bad_json", "f#4"));
        assert!(e.message.starts_with("line 4: "), "{}", e.message);
        let d = document(b"[1, 2]", "f#5", "line 5", "f", &c);
        assert_eq!(d.error.unwrap().kind, "bad_json");
    }
}
