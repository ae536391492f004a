//! Pairing quote marks into quoted segments.
//!
//! Straight marks do not say whether they open or close, and `’` is also the
//! apostrophe, so marks are classified from their neighbours and paired per
//! paragraph. A paragraph that opens a quote without closing it continues into the
//! next paragraph when that one opens with a mark (the multi-paragraph convention).

/// One quoted stretch inside a paragraph.
#[derive(Debug, Clone)]
pub(crate) struct Seg {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Content start (after the opening mark).
    pub cstart: usize,
    /// Content end (before the closing mark, or the paragraph end).
    pub cend: usize,
    /// One past the closing mark (or `cend` when unterminated).
    pub end: usize,
    /// Whether a closing mark was found in this paragraph.
    pub closed: bool,
    /// Segments of one multi-paragraph quote share a chain number.
    pub chain: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Fam {
    Double,
    Single,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Open,
    Close,
    Either,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    at: usize,
    len: usize,
    fam: Fam,
    role: Role,
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace())
}

/// Quote marks of one paragraph, classified.
fn marks(text: &str, from: usize, to: usize, out: &mut Vec<Mark>) {
    out.clear();
    let para = &text[from..to];
    let mut prev: Option<char> = None;
    let mut it = para.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next = it.peek().map(|&(_, c)| c);
        let at = from + i;
        let mut push = |len, fam, role| out.push(Mark { at, len, fam, role });
        match c {
            // a mark of the wrong shape still closes or opens by its place
            '“' if !is_space(prev) && is_space(next) => push(3, Fam::Double, Role::Close),
            '”' if (is_space(prev) && is_word(next)) || (prev.is_none() && i == 0) => {
                push(3, Fam::Double, Role::Open)
            }
            '“' | '„' | '«' => push(c.len_utf8(), Fam::Double, Role::Open),
            '”' | '»' => push(c.len_utf8(), Fam::Double, Role::Close),
            '"' => push(1, Fam::Double, role_of_straight(prev, next)),
            '`' if next == Some('`') => {
                it.next();
                push(2, Fam::Double, Role::Open);
                prev = Some('`');
                continue;
            }
            // `,'''` and `'''Sir`: a single quote closing inside a double
            // one, then the double one (or the two opening)
            '\'' if para[i..].starts_with("'''") => {
                it.next();
                it.next();
                if is_space(prev) {
                    push(2, Fam::Double, Role::Open);
                    out.push(Mark {
                        at: at + 2,
                        len: 1,
                        fam: Fam::Single,
                        role: Role::Open,
                    });
                } else {
                    push(1, Fam::Single, Role::Close);
                    out.push(Mark {
                        at: at + 1,
                        len: 2,
                        fam: Fam::Double,
                        role: Role::Close,
                    });
                }
                prev = Some('\'');
                continue;
            }
            '\'' if next == Some('\'') => {
                it.next();
                let after = it.peek().map(|&(_, c)| c);
                push(2, Fam::Double, role_of_straight(prev, after));
                prev = Some('\'');
                continue;
            }
            '‘' if !is_word(prev) => push(3, Fam::Single, Role::Open),
            '’' | '\'' => {
                let len = c.len_utf8();
                if is_word(prev) && is_word(next) {
                    // apostrophe: don't, Clinton’s
                } else if c == '\'' && !is_word(prev) && is_word(next) {
                    push(len, Fam::Single, Role::Open)
                } else if !is_space(prev) && !is_word(next) {
                    push(len, Fam::Single, Role::Close)
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
}

/// Where a quote that opened at `from` and was never closed ends before the
/// next opening mark at `to`: just after a sentence-final mark that only
/// whitespace separates from `to`, with words before it.
fn sentence_before(text: &str, from: usize, to: usize) -> Option<usize> {
    let inside = &text[from..to];
    let body = inside.trim_end();
    let spaced = body.len() < inside.len();
    let ends = body.ends_with(['.', '!', '?', '…']);
    (spaced && ends && body.chars().any(char::is_alphabetic)).then_some(from + body.len())
}

fn role_of_straight(prev: Option<char>, next: Option<char>) -> Role {
    let open_left = is_space(prev) || prev.is_some_and(|c| "([{—–-/:".contains(c));
    let close_right = is_space(next) || next.is_some_and(|c| ".,;:!?)]}—–-…".contains(c));
    match (open_left, close_right) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    }
}

/// Paragraphs: maximal runs between newlines, trimmed, non-empty.
pub(crate) fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for i in 0..=b.len() {
        if i == b.len() || b[i] == b'\n' {
            let s = &text[start..i];
            let lead = s.len() - s.trim_start().len();
            let t = s.trim();
            if !t.is_empty() {
                out.push((start + lead, start + lead + t.len()));
            }
            start = i + 1;
        }
    }
    out
}

/// All quoted segments of the text, in order, non-overlapping.
pub(crate) fn segments(text: &str, paras: &[(usize, usize)]) -> Vec<Seg> {
    let mut out: Vec<Seg> = Vec::new();
    let mut ms = Vec::new();
    let mut chain = 0usize;
    // An open quote carried over from the previous paragraph.
    let mut carried: Option<Fam> = None;
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        marks(text, ps, pe, &mut ms);
        let mut open: Option<Mark> = None;
        let mut k = 0;
        // Continuation: this paragraph's first mark reopens the carried quote.
        let mut continuing = false;
        if let Some(fam) = carried.take() {
            if let Some(m) = ms.first() {
                if m.at == ps && m.fam == fam && m.role != Role::Close {
                    open = Some(*m);
                    k = 1;
                    continuing = true;
                }
            }
        }
        if !continuing {
            chain += 1;
        }
        while k < ms.len() {
            let m = ms[k];
            k += 1;
            match open {
                None => {
                    if m.role != Role::Close {
                        // A single mark only opens when a closing one follows.
                        if m.fam == Fam::Single
                            && !ms[k..]
                                .iter()
                                .any(|n| n.fam == Fam::Single && n.role != Role::Open)
                        {
                            continue;
                        }
                        open = Some(m);
                    }
                }
                Some(o) => {
                    if m.fam != o.fam {
                        continue; // nested quote of the other family
                    }
                    if m.role == Role::Open && o.fam == Fam::Double {
                        // two openings: the first was never closed. Where the
                        // first ends a sentence just before the second, it is
                        // the multi-paragraph convention with the paragraph
                        // break lost (`said: "A. "B."`): the first quote ends
                        // there and the second continues it
                        if let Some(cend) = sentence_before(text, o.at + o.len, m.at) {
                            out.push(Seg {
                                open: o.at,
                                cstart: o.at + o.len,
                                cend,
                                end: cend,
                                closed: false,
                                chain,
                            });
                        }
                        // otherwise restart here
                        open = Some(m);
                        continue;
                    }
                    if m.role == Role::Open {
                        continue;
                    }
                    if m.at > o.at + o.len {
                        out.push(Seg {
                            open: o.at,
                            cstart: o.at + o.len,
                            cend: m.at,
                            end: m.at + m.len,
                            closed: true,
                            chain,
                        });
                    }
                    open = None;
                    // a closed quote ends this chain; a later one starts another
                    chain += 1;
                }
            }
        }
        if let Some(o) = open {
            // Unterminated: runs to the paragraph end.
            if pe > o.at + o.len {
                out.push(Seg {
                    open: o.at,
                    cstart: o.at + o.len,
                    cend: pe,
                    end: pe,
                    closed: false,
                    chain,
                });
            }
            // Carry over when the next paragraph opens with a mark.
            if let Some(&(ns, _)) = paras.get(pi + 1) {
                let first = text[ns..].chars().next();
                let dbl = matches!(first, Some('"' | '“' | '„' | '«'))
                    || text[ns..].starts_with("``")
                    || text[ns..].starts_with("''");
                let sgl = matches!(first, Some('\'' | '‘'));
                if (o.fam == Fam::Double && dbl) || (o.fam == Fam::Single && sgl) {
                    carried = Some(o.fam);
                }
            }
        }
    }
    out
}
