//! Opening files as byte streams, decompressed by their extension, with failures as error records.

use std::io::BufRead;
use std::path::Path;

use super::{Compression, InputError};

/// A buffered reader of the file's (decompressed) bytes; `-` is standard input. Opening
/// is nx-io's; this names its failures as error records.
pub fn open(path: &Path, compression: Compression) -> Result<Box<dyn BufRead + Send>, InputError> {
    nx_io::open(path, compression).map_err(|e| match e {
        nx_io::OpenError::Unreadable(_) => InputError::new("unreadable", e.to_string()),
        nx_io::OpenError::NotZstd(_) => InputError::new("corrupt", e.to_string()),
    })
}

/// The error record of a read that failed part-way: a truncated or damaged
/// compressed stream, or an I/O error.
pub fn corrupt(e: &std::io::Error) -> InputError {
    match e.kind() {
        std::io::ErrorKind::UnexpectedEof
        | std::io::ErrorKind::InvalidData
        | std::io::ErrorKind::InvalidInput
        | std::io::ErrorKind::Other => InputError::new(
            "corrupt",
            format!("compressed stream truncated or damaged: {e}"),
        ),
        _ => InputError::new("unreadable", format!("cannot read: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    fn gz(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn a_truncated_gzip_is_corrupt() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.gz");
        let full = gz("a line of text that compresses\n".repeat(50).as_bytes());
        std::fs::write(&p, &full[..full.len() / 2]).unwrap();
        let mut s = Vec::new();
        let err = open(&p, Compression::Gzip)
            .unwrap()
            .read_to_end(&mut s)
            .unwrap_err();
        assert_eq!(corrupt(&err).kind, "corrupt");
    }
}
