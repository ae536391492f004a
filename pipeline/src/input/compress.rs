//! Opening files as byte streams, decompressed by their extension.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use super::{Compression, InputError};

/// A buffered reader of the file's (decompressed) bytes; `-` is standard input.
pub fn open(path: &Path, compression: Compression) -> Result<Box<dyn BufRead + Send>, InputError> {
    let raw: Box<dyn Read + Send> = if path == Path::new("-") {
        Box::new(std::io::stdin())
    } else {
        Box::new(
            std::fs::File::open(path)
                .map_err(|e| InputError::new("unreadable", format!("cannot open: {e}")))?,
        )
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
            zstd::stream::read::Decoder::with_buffer(raw)
                .map_err(|e| InputError::new("corrupt", format!("not a zstd stream: {e}")))?,
        )),
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
    use std::io::Write;

    fn gz(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn reads_every_gzip_member_and_zstd() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.gz");
        let mut two = gz(b"first\n");
        two.extend(gz(b"second\n"));
        std::fs::write(&p, two).unwrap();
        let mut s = String::new();
        open(&p, Compression::Gzip)
            .unwrap()
            .read_to_string(&mut s)
            .unwrap();
        assert_eq!(s, "first\nsecond\n");
        let z = dir.path().join("a.zst");
        std::fs::write(&z, zstd::encode_all(&b"zstd text\n"[..], 3).unwrap()).unwrap();
        let mut s = String::new();
        open(&z, Compression::Zstd)
            .unwrap()
            .read_to_string(&mut s)
            .unwrap();
        assert_eq!(s, "zstd text\n");
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
