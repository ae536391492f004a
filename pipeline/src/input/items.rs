//! The input as a stream of work items in order: a file of one document, or
//! one document cut from a JSON file.
//!
//! Cutting happens on the thread that walks the input, so documents reach the
//! workers in input order whatever their number, and only the pieces in flight
//! are in memory, never a whole file of documents. Parsing a piece into a
//! document is the worker's job ([`Record::document`]).

use std::path::PathBuf;
use std::sync::Arc;

use super::json::{self, Cutter};
use super::{compress, kind_of, InputError, InputFile, InputWalker};
use crate::config::InputConfig;
use crate::document::Document;
use crate::state::Stamp;

/// A file of many documents, opened.
#[derive(Debug)]
pub struct Opened {
    /// The file's id.
    pub id: String,
    /// Its path as found.
    pub source: String,
    /// Size and modification time, taken before reading.
    pub stamp: Option<Stamp>,
}

/// Where a document sits in a file of many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// Its place among the file's documents, from 1.
    pub k: usize,
    /// No document follows it in the file.
    pub last: bool,
}

/// One document cut from a file of many (or the file's one error record).
#[derive(Debug)]
pub struct Record {
    /// The file.
    pub file: Arc<Opened>,
    /// Line, element or value number; `None` for an error of the whole file.
    pub n: Option<usize>,
    /// What `n` counts: `line`, `element` or `value`.
    pub unit: &'static str,
    /// The file holds this one document only (its id is then the file's).
    pub alone: bool,
    /// Its place in the file.
    pub part: Part,
    /// The piece of JSON, or why there is none.
    pub bytes: Result<Vec<u8>, InputError>,
}

impl Record {
    /// Parse the piece into a document (or its error record).
    pub fn document(&self, config: &InputConfig) -> Document {
        let f = &self.file;
        let (id, where_) = match self.n {
            Some(n) if !self.alone => (format!("{}#{n}", f.id), format!("{} {n}", self.unit)),
            Some(n) => (f.id.clone(), format!("{} {n}", self.unit)),
            None => (f.id.clone(), String::new()),
        };
        match &self.bytes {
            Ok(b) => json::document(b, &id, &where_, &f.source, config),
            Err(e) => Document::failed(id, &f.source, e.kind, &e.message),
        }
    }
}

/// A unit of work.
#[derive(Debug)]
pub enum Item {
    /// A file of one document, read by the worker.
    File(InputFile),
    /// A document of a file of many.
    Record(Record),
}

struct Open {
    file: Arc<Opened>,
    cutter: Cutter,
    /// The next piece, read ahead so that a piece knows whether it is the last.
    ahead: Option<json::Cut>,
    k: usize,
}

/// Walks the inputs and yields work items in order.
pub struct Items<'a> {
    walker: InputWalker,
    config: &'a InputConfig,
    skip: &'a dyn Fn(&InputFile) -> usize,
    /// Documents skipped (`skip` said so).
    pub skipped: usize,
    open: Option<Open>,
}

impl<'a> Items<'a> {
    /// Items of `inputs`; `skip` gives, for a file not to process, how many
    /// documents it holds (0: process it).
    pub fn new(
        inputs: &[PathBuf],
        config: &'a InputConfig,
        skip: &'a dyn Fn(&InputFile) -> usize,
    ) -> Items<'a> {
        Items {
            walker: InputWalker::new(inputs, config),
            config,
            skip,
            skipped: 0,
            open: None,
        }
    }

    fn whole_file_error(file: &InputFile, stamp: Option<Stamp>, e: InputError) -> Item {
        Item::Record(Record {
            file: Arc::new(Opened {
                id: file.id.clone(),
                source: file.path.display().to_string(),
                stamp,
            }),
            n: None,
            unit: "line",
            alone: true,
            part: Part { k: 1, last: true },
            bytes: Err(e),
        })
    }
}

impl Iterator for Items<'_> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(open) = self.open.as_mut() {
                let Some(cut) = open.ahead.take() else {
                    self.open = None;
                    continue;
                };
                open.ahead = open.cutter.next();
                open.k += 1;
                let last = open.ahead.is_none();
                return Some(Item::Record(Record {
                    file: open.file.clone(),
                    n: Some(cut.n),
                    unit: open.cutter.unit(),
                    alone: open.k == 1 && last && open.cutter.unit() == "value",
                    part: Part { k: open.k, last },
                    bytes: cut.bytes,
                }));
            }
            let file = self.walker.next()?;
            let skip = (self.skip)(&file);
            if skip > 0 {
                self.skipped += skip;
                continue;
            }
            let (kind, compression) = kind_of(&file.path);
            if !kind.is_multi() {
                return Some(Item::File(file));
            }
            // Stamped before reading: a file changed after this is redone on resume.
            let stamp = Stamp::of(&file.path);
            if let Some(e) = file.walk_error.clone() {
                return Some(Self::whole_file_error(&file, stamp, e));
            }
            if file.path != std::path::Path::new("-") {
                match std::fs::metadata(&file.path) {
                    Ok(m) if m.is_file() => {}
                    Ok(_) => {
                        let e = InputError::new(
                            "unreadable",
                            "not a regular file (FIFO, socket or device)",
                        );
                        return Some(Self::whole_file_error(&file, stamp, e));
                    }
                    Err(e) => {
                        let e = InputError::new("unreadable", format!("cannot stat: {e}"));
                        return Some(Self::whole_file_error(&file, stamp, e));
                    }
                }
            }
            let reader = match compress::open(&file.path, compression) {
                Ok(r) => r,
                Err(e) => return Some(Self::whole_file_error(&file, stamp, e)),
            };
            let mut cutter = Cutter::new(reader, kind, self.config.max_bytes);
            let Some(first) = cutter.next() else {
                let e = InputError::new("empty", "the file holds no documents");
                return Some(Self::whole_file_error(&file, stamp, e));
            };
            self.open = Some(Open {
                file: Arc::new(Opened {
                    id: file.id.clone(),
                    source: file.path.display().to_string(),
                    stamp,
                }),
                cutter,
                ahead: Some(first),
                k: 0,
            });
        }
    }
}
