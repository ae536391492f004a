//! Numbered, lettered and bulleted list items start sentences.

use crate::scan::{char_at, is_bullet, is_closer, skip_ws};
use crate::{Block, Scratch};

/// An item marker: `1.`, `2)`, `3.)`, `(4)`, `a.`, `b)`, `(c)`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Marker {
    /// Where a sentence starts if this is a list item (before any bullet).
    pub(crate) cut: usize,
    pub(crate) pos: usize,
    pub(crate) end: usize,
    pub(crate) style: u8,
    pub(crate) kind: u8,
    pub(crate) ord: u32,
}

pub(crate) fn parse_marker(k: &Block, i: usize) -> Option<Marker> {
    let b = k.b;
    let be = k.be;
    let mut j = i;
    let paren = b[j] == b'(';
    if paren {
        j += 1;
    }
    if j >= be {
        return None;
    }
    let (kind, ord) = if b[j].is_ascii_digit() {
        let mut v = 0u32;
        let s = j;
        while j < be && b[j].is_ascii_digit() {
            v = v * 10 + u32::from(b[j] - b'0');
            j += 1;
            if j - s > 2 {
                return None;
            }
        }
        (0u8, v)
    } else if b[j].is_ascii_alphabetic() {
        let c = b[j];
        j += 1;
        (
            if c.is_ascii_lowercase() { 1 } else { 2 },
            u32::from(c.to_ascii_lowercase() - b'a') + 1,
        )
    } else {
        return None;
    };
    let style = if paren {
        if j < be && b[j] == b')' {
            j += 1;
            3
        } else {
            return None;
        }
    } else if j + 1 < be && b[j] == b'.' && b[j + 1] == b')' {
        j += 2;
        2
    } else if j < be && b[j] == b')' {
        j += 1;
        1
    } else if j < be && b[j] == b'.' {
        j += 1;
        0
    } else {
        return None;
    };
    if j >= be || !(b[j] == b' ' || b[j] == b'\t' || b[j] == b'\n' || b[j] == b'\r') {
        return None;
    }
    let content = skip_ws(b, j, be);
    if content >= be {
        return None;
    }
    // "for 1. above": a numbered item starts with a capital.
    if style == 0 && kind == 0 && char_at(k.text, content).is_lowercase() {
        return None;
    }
    Some(Marker {
        cut: i,
        pos: i,
        end: j,
        style,
        kind,
        ord,
    })
}

/// Collect markers in the block, link runs of consecutive items, and record where
/// each item of a run starts a sentence.
pub(crate) fn list_marker_cuts(k: &Block, sc: &mut Scratch) {
    sc.markers.clear();
    sc.marker_cuts.clear();
    let b = k.b;
    let text = k.text;
    let mut i = k.cs;
    while i < k.be {
        let c = b[i];
        if c.is_ascii_alphanumeric() || c == b'(' {
            let mut start_ok = i == k.cs;
            let mut cut = i;
            if !start_ok {
                let p = b[i - 1];
                if p.is_ascii_whitespace() {
                    start_ok = true;
                    // Is there a bullet right before the whitespace?
                    let before = text[k.cs..i].trim_end();
                    if let Some(ch) = before.chars().next_back() {
                        if is_bullet(ch) {
                            cut = k.cs + before.len() - ch.len_utf8();
                        }
                    }
                } else if p >= 0x80 {
                    if let Some(ch) = text[..i].chars().next_back() {
                        if is_bullet(ch) {
                            start_ok = true;
                            cut = i - ch.len_utf8();
                        }
                    }
                }
            }
            if start_ok {
                if let Some(mut m) = parse_marker(k, i) {
                    m.cut = cut;
                    sc.markers.push(m);
                    i = m.end;
                    continue;
                }
            }
            // Skip the rest of this word.
            while i < k.be && !b[i].is_ascii_whitespace() {
                i += 1;
            }
            continue;
        }
        i += 1;
    }
    let m = &sc.markers;
    if m.len() < 2 {
        return;
    }
    sc.next.clear();
    sc.next.resize(m.len(), None);
    sc.has_prev.clear();
    sc.has_prev.resize(m.len(), false);
    for a in 0..m.len() {
        // The next marker of the same style and kind, within a window.
        let Some(c) = (a + 1..m.len().min(a + 33))
            .find(|&c| m[c].style == m[a].style && m[c].kind == m[a].kind)
        else {
            continue;
        };
        let content_between = !text[m[a].end..m[c].pos].trim().is_empty();
        if m[c].ord == m[a].ord + 1 && content_between {
            sc.next[a] = Some(c);
            sc.has_prev[c] = true;
        }
    }
    for a in 0..m.len() {
        if sc.has_prev[a] || sc.next[a].is_none() {
            continue;
        }
        let mut len = 1;
        let mut x = a;
        while let Some(y) = sc.next[x] {
            len += 1;
            x = y;
        }
        let ok = match (m[a].kind, m[a].style) {
            (0, _) => m[a].ord == 1 || !after_word_on_its_line(k, m[a]),
            (2, 0) => len >= 3,
            _ => m[a].ord == 1 || len >= 3,
        };
        if !ok || inline_enumeration(k, m, &sc.next, a) {
            continue;
        }
        let mut x = Some(a);
        while let Some(y) = x {
            let mk = m[y];
            let before = text[k.cs..mk.cut].trim_end();
            let after_terminator = before
                .trim_end_matches(is_closer)
                .ends_with(['.', '?', '!', '…']);
            if mk.cut > k.cs && (mk.style != 3 || after_terminator) {
                sc.marker_cuts.push(mk.cut);
            }
            x = sc.next[y];
        }
    }
    sc.marker_cuts.sort_unstable();
}

/// "We got there at 7. Table wasn't ready till 8. Food was great": numbers after a
/// word on the same line that do not start at one end sentences; they are no list.
fn after_word_on_its_line(k: &Block, m: Marker) -> bool {
    let before = &k.text[k.cs..m.cut];
    let word = before.trim_end();
    !before[word.len()..].contains('\n') && word.ends_with(|c: char| c.is_alphanumeric())
}

/// "You can a) pay online or b) pay at the counter": a run whose first marker follows a
/// lower-case word and whose items all start in lower case enumerates inside one
/// sentence.
fn inline_enumeration(k: &Block, m: &[Marker], next: &[Option<usize>], first: usize) -> bool {
    let before = k.text[k.cs..m[first].cut].trim_end();
    if !before.ends_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let mut x = Some(first);
    while let Some(y) = x {
        let content = skip_ws(k.b, m[y].end, k.be);
        if !char_at(k.text, content).is_lowercase() {
            return false;
        }
        x = next[y];
    }
    true
}
