//! Reading `run` outputs from files (plain, gzip or zstd JSON lines; `-` for standard input)
//! into the tables. The `corpus` and `report` commands share it.

use std::path::{Path, PathBuf};

use crate::{Corpus, CorpusOptions, CorpusTables};

/// Why a run output could not be read to its end.
#[derive(Debug, thiserror::Error)]
pub enum CorpusReadError {
    /// The file could not be opened (missing, unreadable, not a zstd stream).
    #[error("{}: {source}", path.display())]
    Open {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        #[source]
        source: nx_io::OpenError,
    },
    /// Reading failed part-way (truncated or damaged stream, I/O error).
    #[error("{}: read failed: {source}", path.display())]
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
        let reader = nx_io::open(path, nx_io::Compression::of(path))
            .map_err(|source| CorpusReadError::Open { path: path.clone(), source })?;
        corpus
            .read(&origin(path), reader)
            .map_err(|source| CorpusReadError::Read { path: path.clone(), source })?;
    }
    Ok(corpus.finish())
}

/// The name error messages and bad-line reports give the file.
fn origin(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}
