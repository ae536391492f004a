//! Decoding an HTML page's bytes: a byte-order mark, else the charset the page
//! declares in its first 2 KiB, else UTF-8 when valid, else Windows-1252.

/// The page as text and the name of its encoding.
pub fn decode(bytes: &[u8]) -> (String, &'static str) {
    let enc = encoding_rs::Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or_else(|| declared(&bytes[..bytes.len().min(2048)]))
        .unwrap_or_else(|| {
            if std::str::from_utf8(bytes).is_ok() {
                encoding_rs::UTF_8
            } else {
                encoding_rs::WINDOWS_1252
            }
        });
    let (text, used, _) = enc.decode(bytes);
    let name = match used {
        e if e == encoding_rs::UTF_8 => "utf-8",
        e if e == encoding_rs::UTF_16LE => "utf-16le",
        e if e == encoding_rs::UTF_16BE => "utf-16be",
        e if e == encoding_rs::WINDOWS_1252 => "windows-1252",
        e => e.name(),
    };
    (super::super::normalise_newlines(text.into_owned()), name)
}

/// `<meta charset="x">` or `content="text/html; charset=x"`.
fn declared(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let lower = head.to_ascii_lowercase();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = &head[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b'>' | b' ' | b'/'))
        .unwrap_or(rest.len());
    encoding_rs::Encoding::for_label(&rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_charset_wins_over_the_default() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>Caf\xe9</body></html>";
        let (text, enc) = decode(page);
        assert!(text.contains("Café"), "{text}");
        assert_eq!(enc, "windows-1252");
        let page =
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"><p>Café</p>";
        assert_eq!(decode(page.as_bytes()), (page.to_string(), "utf-8"));
        assert_eq!(decode(b"<p>Caf\xe9</p>").1, "windows-1252");
    }
}
