#![deny(missing_docs)]
//! Files as byte streams, decompressed by their name: `.gz` (every member of a multi-member
//! file) and `.zst`; `-` is standard input. The engine reads its inputs this way and the
//! corpus view its run outputs, and neither needs the other's dependencies for it.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// How a file is compressed, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Not compressed.
    None,
    /// `.gz` (every member of a multi-member file is read).
    Gzip,
    /// `.zst`.
    Zstd,
}

impl Compression {
    /// The compression a lower-cased file name ends with, and the name without that ending.
    pub fn split(lower_name: &str) -> (&str, Compression) {
        if let Some(rest) = lower_name.strip_suffix(".gz") {
            (rest, Compression::Gzip)
        } else if let Some(rest) = lower_name.strip_suffix(".zst") {
            (rest, Compression::Zstd)
        } else {
            (lower_name, Compression::None)
        }
    }

    /// The compression of the file at `path` (`-`, standard input, is never compressed).
    pub fn of(path: &Path) -> Compression {
        if path == Path::new("-") {
            return Compression::None;
        }
        Compression::split(&path.to_string_lossy().to_lowercase()).1
    }
}

/// Why a file could not be opened as a stream.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The file could not be opened (missing, unreadable).
    #[error("cannot open: {0}")]
    Unreadable(#[source] std::io::Error),
    /// The file does not start as a zstd stream.
    #[error("not a zstd stream: {0}")]
    NotZstd(#[source] std::io::Error),
}

/// A buffered reader of the file's (decompressed) bytes; `-` is standard input.
pub fn open(path: &Path, compression: Compression) -> Result<Box<dyn BufRead + Send>, OpenError> {
    let raw: Box<dyn Read + Send> = if path == Path::new("-") {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path).map_err(OpenError::Unreadable)?)
    };
    let raw = BufReader::with_capacity(64 * 1024, raw);
    Ok(match compression {
        Compression::None => Box::new(raw),
        // Concatenated gzip members are one stream, as `zcat` reads them.
        Compression::Gzip => Box::new(BufReader::with_capacity(
            64 * 1024,
            flate2::bufread::MultiGzDecoder::new(raw),
        )),
        Compression::Zstd => Box::new(BufReader::with_capacity(
            64 * 1024,
            zstd::stream::read::Decoder::with_buffer(raw).map_err(OpenError::NotZstd)?,
        )),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gz(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn the_name_tells_the_compression() {
        assert_eq!(Compression::split("a.jsonl.gz"), ("a.jsonl", Compression::Gzip));
        assert_eq!(Compression::split("a.json.zst"), ("a.json", Compression::Zstd));
        assert_eq!(Compression::split("a.txt"), ("a.txt", Compression::None));
        assert_eq!(Compression::of(Path::new("Run.JSONL.GZ")), Compression::Gzip);
        assert_eq!(Compression::of(Path::new("-")), Compression::None);
    }

    #[test]
    fn reads_every_gzip_member_and_zstd() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.gz");
        let mut two = gz(b"first\n");
        two.extend(gz(b"second\n"));
        std::fs::write(&p, two).unwrap();
        let mut s = String::new();
        open(&p, Compression::Gzip).unwrap().read_to_string(&mut s).unwrap();
        assert_eq!(s, "first\nsecond\n");
        let z = dir.path().join("a.zst");
        std::fs::write(&z, zstd::encode_all(&b"zstd text\n"[..], 3).unwrap()).unwrap();
        let mut s = String::new();
        open(&z, Compression::Zstd).unwrap().read_to_string(&mut s).unwrap();
        assert_eq!(s, "zstd text\n");
    }

    #[test]
    fn a_missing_file_and_a_file_that_is_not_zstd_say_so() {
        let dir = tempfile::tempdir().unwrap();
        let missing = open(&dir.path().join("none.gz"), Compression::Gzip);
        assert!(matches!(missing, Err(OpenError::Unreadable(_))));
        let z = dir.path().join("a.zst");
        std::fs::write(&z, b"plain text, not zstd").unwrap();
        let mut s = Vec::new();
        let read = open(&z, Compression::Zstd).and_then(|mut r| {
            r.read_to_end(&mut s).map_err(OpenError::NotZstd)
        });
        assert!(read.is_err());
    }
}
