//! Lines read in batches into one reused buffer: no allocation per line, and the next batch
//! can be read while the previous one is parsed.

use std::io::{self, BufRead};
use std::ops::Range;

/// Lines per batch: enough to keep every thread busy, few enough that reading, parsing and
/// folding overlap well.
const BATCH_LINES: usize = 256;
/// A batch also ends after this many bytes, so that long lines keep memory bounded.
const BATCH_BYTES: usize = 8 << 20;

/// Consecutive lines of one input, held in one buffer.
#[derive(Debug, Default)]
pub(crate) struct LineBatch {
    /// The lines' bytes, end to end (checked UTF-8).
    text: String,
    /// Each line's range in `text`, line terminator excluded.
    lines: Vec<Range<usize>>,
    /// 1-based number of the first line.
    pub first_line: usize,
}

impl LineBatch {
    /// Fills the batch with the next lines of `reader` (empty at the end of input).
    /// Lines end at `\n`, a `\r` before it is dropped, as `BufRead::lines` does; a line that
    /// is not UTF-8 is an error, as there.
    pub fn fill(&mut self, reader: &mut impl BufRead, first_line: usize) -> io::Result<()> {
        self.lines.clear();
        self.first_line = first_line;
        let mut bytes = std::mem::take(&mut self.text).into_bytes();
        bytes.clear();
        let result = fill_bytes(reader, &mut bytes, &mut self.lines);
        self.text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => {
                self.lines.clear();
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "stream did not contain valid UTF-8",
                ));
            }
        };
        result
    }

    /// Whether the input had no more lines.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The number of lines.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// Line `i`.
    pub fn line(&self, i: usize) -> &str {
        &self.text[self.lines[i].clone()]
    }
}

fn fill_bytes(
    reader: &mut impl BufRead,
    bytes: &mut Vec<u8>,
    lines: &mut Vec<Range<usize>>,
) -> io::Result<()> {
    while lines.len() < BATCH_LINES && bytes.len() < BATCH_BYTES {
        let start = bytes.len();
        if read_line(reader, bytes)? == 0 {
            break;
        }
        let mut end = bytes.len();
        if bytes[end - 1] == b'\n' {
            end -= 1;
            if end > start && bytes[end - 1] == b'\r' {
                end -= 1;
            }
        }
        lines.push(start..end);
    }
    Ok(())
}

/// `BufRead::read_until(b'\n')`, the line end found by `memchr` (vectorised) rather than
/// the standard library's portable search.
fn read_line(reader: &mut impl BufRead, bytes: &mut Vec<u8>) -> io::Result<usize> {
    let start = bytes.len();
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        let (used, done) = match memchr::memchr(b'\n', available) {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        bytes.extend_from_slice(&available[..used]);
        reader.consume(used);
        if done {
            break;
        }
    }
    Ok(bytes.len() - start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_as_bufread_lines_splits_them() {
        let input = "a\r\nb\n\nlast";
        let mut batch = LineBatch::default();
        batch.fill(&mut input.as_bytes(), 1).unwrap();
        let ours: Vec<&str> = (0..batch.len()).map(|i| batch.line(i)).collect();
        let std: Vec<String> = input.as_bytes().lines().map(Result::unwrap).collect();
        assert_eq!(ours, std);
        batch.fill(&mut &b""[..], 5).unwrap();
        assert!(batch.is_empty());
    }

    #[test]
    fn lines_across_small_reads_are_whole() {
        let input = "first line\nsecond, longer line\n\nno end";
        let mut reader = io::BufReader::with_capacity(3, input.as_bytes());
        let mut batch = LineBatch::default();
        batch.fill(&mut reader, 1).unwrap();
        let ours: Vec<&str> = (0..batch.len()).map(|i| batch.line(i)).collect();
        assert_eq!(ours, ["first line", "second, longer line", "", "no end"]);
    }

    #[test]
    fn a_batch_holds_at_most_its_share_of_lines() {
        let input = "x\n".repeat(BATCH_LINES + 3);
        let mut reader = input.as_bytes();
        let mut batch = LineBatch::default();
        batch.fill(&mut reader, 1).unwrap();
        assert_eq!(batch.len(), BATCH_LINES);
        batch.fill(&mut reader, 1 + BATCH_LINES).unwrap();
        assert_eq!(batch.len(), 3);
        assert_eq!(batch.line(2), "x");
    }

    #[test]
    fn a_line_that_is_not_utf8_is_an_error() {
        let mut batch = LineBatch::default();
        let err = batch.fill(&mut &b"ok\n\xff\xfe\n"[..], 1).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    }
}
