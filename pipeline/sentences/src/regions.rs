//! Protected regions: quotations and brackets closed within a block are not split inside.

use crate::scan::{char_at, emoticon_end};
use crate::{Block, State, MAX_BRACKET, MAX_DOUBLE_QUOTE, MAX_SINGLE_QUOTE};

pub(crate) fn open_region(
    k: &Block,
    i: usize,
    ch: char,
    st: &mut State,
    brackets: &[(usize, usize)],
) {
    let b = k.b;
    let after = i + ch.len_utf8();
    let memo = &mut st.no_closer_before;
    let found = match ch {
        '(' | '[' | '{' => brackets
            .binary_search_by_key(&i, |&(o, _)| o)
            .ok()
            .map(|x| brackets[x].1)
            .filter(|&c| c - i <= MAX_BRACKET)
            .map(|c| (c, c + 1)),
        '"' if opener_context(k, i) && after < k.be && !b[after].is_ascii_whitespace() => {
            // The next straight quote closes this one, unless it opens a quotation
            // itself: then this one was never closed ("... he said. "Next quote").
            let lim = (i + MAX_DOUBLE_QUOTE).min(k.be);
            find_memo(b, after, lim, b"\"", &mut memo[0])
                .filter(|&c| {
                    !(opener_context(k, c) && c + 1 < k.be && !b[c + 1].is_ascii_whitespace())
                })
                .map(|c| (c, c + 1))
        }
        '\'' if opener_context(k, i) && after < k.be && char_at(k.text, after).is_alphabetic() => {
            single_closer(k, after, b"'", &mut memo[1])
        }
        '“' => {
            // Closed by the next ”, unless another “ opens first (this one was left open).
            let lim = (i + MAX_DOUBLE_QUOTE).min(k.be);
            find_memo(b, after, lim, "”".as_bytes(), &mut memo[2])
                .filter(|&c| find_bytes(b, after, c, "“".as_bytes()).is_none())
                .map(|c| (c, c + 3))
        }
        '‘' if opener_context(k, i) => single_closer(k, after, "’".as_bytes(), &mut memo[3]),
        '«' => find_bytes(b, after, (i + MAX_DOUBLE_QUOTE).min(k.be), "»".as_bytes())
            .map(|c| (c, c + 2)),
        _ => None,
    };
    if let Some((close, end)) = found {
        st.protect_end = end;
        if !matches!(ch, '(' | '[' | '{') {
            st.quote_close = Some((close, end));
        }
    }
}

/// `find_bytes`, skipping the stretch an earlier failed search already covered.
pub(crate) fn find_memo(
    b: &[u8],
    from: usize,
    lim: usize,
    pat: &[u8],
    memo: &mut usize,
) -> Option<usize> {
    let start = from.max(*memo);
    let found = find_bytes(b, start, lim, pat);
    *memo = found.unwrap_or(lim).max(*memo);
    found
}

/// A closing single quote: after a non-space, not followed by a letter or digit
/// (so not the apostrophe in "isn't" or "dragon’s").
pub(crate) fn single_closer(
    k: &Block,
    from: usize,
    pat: &[u8],
    memo: &mut usize,
) -> Option<(usize, usize)> {
    let lim = (from + MAX_SINGLE_QUOTE).min(k.be);
    let mut at = from.max(*memo);
    while let Some(c) = find_bytes(k.b, at, lim, pat) {
        let end = c + pat.len();
        let before_ok = c > from && !k.b[c - 1].is_ascii_whitespace();
        let after_ok = end >= k.be || !char_at(k.text, end).is_alphanumeric();
        if before_ok && after_ok {
            *memo = (*memo).max(c);
            return Some((c, end));
        }
        at = end;
    }
    *memo = (*memo).max(lim);
    None
}

/// Matching brackets of the block, by opening position: one stack pass, so runs of
/// unmatched brackets cost nothing extra.
pub(crate) fn match_brackets(
    k: &Block,
    out: &mut Vec<(usize, usize)>,
    stacks: &mut [Vec<usize>; 3],
) {
    out.clear();
    for st in stacks.iter_mut() {
        st.clear();
    }
    for (j, &c) in k.b.iter().enumerate().take(k.be).skip(k.cs) {
        let (t, open) = match c {
            b'(' => (0, true),
            b')' => (0, false),
            b'[' => (1, true),
            b']' => (1, false),
            b'{' => (2, true),
            b'}' => (2, false),
            _ => continue,
        };
        if t == 0 && is_emoticon_paren(k, j) {
            continue;
        }
        if open {
            stacks[t].push(j);
        } else if let Some(o) = stacks[t].pop() {
            out.push((o, j));
        }
    }
    out.sort_unstable();
}

pub(crate) fn find_bytes(b: &[u8], from: usize, lim: usize, pat: &[u8]) -> Option<usize> {
    if from >= lim || pat.is_empty() {
        return None;
    }
    let hay = &b[from..lim];
    let first = pat[0];
    let mut s = 0;
    while s + pat.len() <= hay.len() {
        match hay[s..].iter().position(|&c| c == first) {
            Some(off) => {
                let at = s + off;
                if hay[at..].starts_with(pat) {
                    return Some(from + at);
                }
                s = at + 1;
            }
            None => return None,
        }
    }
    None
}

/// A quotation mark here opens a quotation: at the block start or after a space,
/// bracket, dash or slash.
pub(crate) fn opener_context(k: &Block, i: usize) -> bool {
    if i <= k.cs {
        return true;
    }
    let prev = k.text[..i].chars().next_back().unwrap_or(' ');
    prev.is_whitespace()
        || matches!(
            prev,
            '(' | '[' | '{' | '-' | '–' | '—' | '/' | '“' | '‘' | '"'
        )
}

pub(crate) fn ends_with_dash(s: &str) -> bool {
    s.ends_with("--") || s.ends_with('—') || s.ends_with('–')
}

/// The bracket at `j` is the mouth of an emoticon (":(", ":-)"), not a bracket: it must
/// not pair with a real one and protect the text between.
fn is_emoticon_paren(k: &Block, j: usize) -> bool {
    let b = k.b;
    let eyes = |p: usize| matches!(b[p], b':' | b';' | b'=');
    let start = if j > k.cs && eyes(j - 1) {
        j - 1
    } else if j > k.cs + 1 && matches!(b[j - 1], b'-' | b'\'' | b'o') && eyes(j - 2) {
        j - 2
    } else {
        return false;
    };
    emoticon_end(k, start).is_some()
}
