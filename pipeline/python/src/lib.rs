#![deny(missing_docs)]
//! `news_extract._native`: the engine of news-extract behind a small Python
//! class. The Python side (python/news_extract/__init__.py) batches the input
//! and turns lines into dicts; here documents are made exactly as the CLI makes
//! them (text decoded as a `.txt` file's bytes, objects read as JSON lines) and
//! annotated on the engine's own threads with the GIL released, so a record is
//! byte for byte the CLI's line for the same text, id, source and config.

use std::path::PathBuf;

use news_extract::input::{json, text_document};
use news_extract::{Config, Document, Pipeline};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};

/// A configured pipeline: the stages, the model, the thread pool.
#[pyclass(frozen, module = "news_extract._native")]
struct Engine {
    pipeline: Pipeline,
}

/// A document's content: a text file's bytes or text, or one JSON object.
#[derive(FromPyObject)]
enum Payload {
    /// Bytes, decoded as a `.txt` file's (BOM, UTF-16, Windows-1252 fallback).
    Bytes(PyBackedBytes),
    /// Text.
    Text(PyBackedStr),
}

impl Payload {
    fn bytes(&self) -> &[u8] {
        match self {
            Payload::Bytes(b) => b,
            Payload::Text(t) => t.as_bytes(),
        }
    }
}

/// One document to make, as the Python side hands it over: `kind` is `text`
/// (the article as a text file holds it) or `json` (one JSON object, as a line
/// of a `.jsonl` file), then the payload, id, source, and its place in the
/// input ("line 7" of a shard, "document 3" of a batch), named in error messages.
type Item = (String, Payload, String, String, String);

#[pymethods]
impl Engine {
    /// Load `config` (TOML file; built-in defaults when None), apply
    /// `overrides` ("key=value", TOML values), build the stages on `threads`
    /// threads (0: one per core). A bad key or model raises ValueError naming it.
    #[new]
    #[pyo3(signature = (config=None, overrides=Vec::new(), threads=0))]
    fn new(
        py: Python<'_>,
        config: Option<PathBuf>,
        overrides: Vec<String>,
        threads: usize,
    ) -> PyResult<Engine> {
        let config = Config::load(config.as_deref(), &overrides)
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        let pipeline = py
            .detach(|| Pipeline::new(config, threads))
            .map_err(|e| match e {
                news_extract::runner::BuildError::Model(_) => PyValueError::new_err(e.to_string()),
                other => PyRuntimeError::new_err(other.to_string()),
            })?;
        Ok(Engine { pipeline })
    }

    /// Hash of the effective configuration, as written in every record.
    #[getter]
    fn config_hash(&self) -> &str {
        self.pipeline.config_hash()
    }

    /// `pipeline.group_size`: batches are cut at multiples of it so that the
    /// model batches the same windows as a CLI run over the same input.
    #[getter]
    fn group_size(&self) -> usize {
        self.pipeline.config().pipeline.group_size
    }

    /// The effective configuration as JSON (what `config_hash` hashes).
    fn config_json(&self) -> String {
        serde_json::to_string(self.pipeline.config()).expect("config serialises")
    }

    /// The JSON lines of `items`, in order. A document that fails gets its
    /// error record, never an exception; Ctrl-C pressed meanwhile is raised
    /// (KeyboardInterrupt) once the batch is done.
    fn lines(&self, py: Python<'_>, items: Vec<Item>) -> PyResult<Vec<String>> {
        let lines = py.detach(|| {
            let input = &self.pipeline.config().input;
            let docs: Vec<Document> = items
                .iter()
                .map(|(kind, payload, id, source, place)| match kind.as_str() {
                    "json" => json::document(payload.bytes(), id, place, source, input),
                    _ => text_document(id, source, payload.bytes(), input),
                })
                .collect();
            self.pipeline.lines(docs)
        });
        py.check_signals()?;
        Ok(lines)
    }
}

/// The JSON Schema of a record (a line), as shipped in `pipeline/schema/`.
const RECORD_SCHEMA: &str = include_str!("../../schema/record.schema.json");

/// The engine's version (`news_extract.__version__`) and the record's JSON Schema.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Engine>()?;
    m.add("__version__", news_extract::record::PIPELINE_VERSION)?;
    m.add("RECORD_SCHEMA", RECORD_SCHEMA)?;
    Ok(())
}
