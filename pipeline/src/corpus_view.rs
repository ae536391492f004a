//! Reading `run` outputs (plain, gzip or zstd JSON lines; `-` for standard input) into the
//! corpus tables of nx-corpus. The `corpus` and `report` commands share it.

use std::path::{Path, PathBuf};

use nx_corpus::{Corpus, CorpusOptions, CorpusTables};

use crate::input::{compress, kind_of};

/// Why a run output could not be read to its end.
#[derive(Debug, thiserror::Error)]
pub enum CorpusReadError {
    /// The file could not be opened (missing, unreadable, not a zstd stream).
    #[error("{path}: {message}")]
    Open {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// Reading failed part-way (truncated or damaged stream, I/O error).
    #[error("{path}: read failed: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
}

/// Reads every file, in the order given, and builds the tables.
pub fn read_run_outputs(paths: &[PathBuf], options: CorpusOptions) -> Result<CorpusTables, CorpusReadError> {
    let mut corpus = Corpus::new(options);
    for path in paths {
        let (_, compression) = kind_of(path);
        let reader = compress::open(path, compression)
            .map_err(|e| CorpusReadError::Open { path: path.clone(), message: e.message })?;
        corpus
            .read(&origin(path), reader)
            .map_err(|source| CorpusReadError::Read { path: path.clone(), source })?;
    }
    Ok(corpus.finish())
}

fn origin(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}
