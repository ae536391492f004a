//! Reading around a terminator: the run of terminators and closers, the next word, the
//! word before; and the character classes the rules share.

use crate::lexicon::{continues_question, is_lower_opener};
use crate::{Block, State};

/// A run of terminators with the closing marks after it.
pub(crate) struct Run {
    /// After the terminators and closers.
    pub(crate) end: usize,
    /// After the terminators alone.
    pub(crate) term_end: usize,
    /// Number of dots (an ellipsis character counts three).
    pub(crate) dots: u32,
    /// Contains `?` or `!`.
    pub(crate) qe: bool,
    /// Dots separated by single spaces (". . .").
    pub(crate) spaced: bool,
    /// Starts with a plain dot.
    pub(crate) first_dot: bool,
    /// Contains a full-width or ideographic terminator (no space needed after it).
    pub(crate) fullwidth: bool,
    /// A terminator follows a closing mark ("(Ibid.).", "“no.”."): the last period ends
    /// a complete unit, whatever the word inside was.
    pub(crate) closed_then_term: bool,
}

pub(crate) fn parse_run(k: &Block, p: usize) -> Run {
    let b = k.b;
    let be = k.be;
    let mut run = Run {
        end: p,
        term_end: p,
        dots: 0,
        qe: false,
        spaced: false,
        first_dot: b[p] == b'.',
        fullwidth: false,
        closed_then_term: false,
    };
    let mut j = p;
    let mut last_dot = false;
    let mut last_qe = false;
    // Terminators, with single spaces allowed inside ". . ." and "! ! !".
    while j < be {
        match b[j] {
            b'.' => {
                run.dots += 1;
                last_dot = true;
                last_qe = false;
                j += 1;
            }
            b'?' | b'!' => {
                run.qe = true;
                last_qe = true;
                last_dot = false;
                j += 1;
            }
            b' ' if j + 1 < be
                && ((last_dot && b[j + 1] == b'.')
                    || (last_qe && (b[j + 1] == b'!' || b[j + 1] == b'?')))
                && (j + 2 >= be || !b[j + 2].is_ascii_alphanumeric()) =>
            {
                if last_dot {
                    run.spaced = true;
                }
                j += 1;
            }
            c if c >= 0x80 => {
                let ch = char_at(k.text, j);
                match ch {
                    '…' => {
                        run.dots += 3;
                        last_dot = true;
                        last_qe = false;
                    }
                    '．' | '。' => {
                        run.dots += 1;
                        run.fullwidth = true;
                    }
                    '！' | '？' | '‼' | '⁇' | '⁈' | '⁉' => {
                        run.qe = true;
                        run.fullwidth = true;
                    }
                    _ => break,
                }
                j += ch.len_utf8();
            }
            _ => break,
        }
    }
    run.term_end = j;
    // Closing marks, more terminators ("illegal.”."), and citation marks ("[12]").
    while j < be {
        let c = b[j];
        if c == b'.' || c == b'?' || c == b'!' {
            if c != b'.' {
                run.qe = true;
            }
            run.closed_then_term = true;
            j += 1;
        } else if c == b'"' || c == b'\'' || c == b')' || c == b']' {
            j += 1;
        } else if c == b'[' {
            match citation_end(b, j, be) {
                Some(e) => j = e,
                None => break,
            }
        } else if c >= 0x80 {
            let ch = char_at(k.text, j);
            if is_closer(ch) || ch == '…' {
                j += ch.len_utf8();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    run.end = j;
    run
}

/// `[12]`, `[3, 4]`, `[2–11]` starting at `j`: its end.
pub(crate) fn citation_end(b: &[u8], j: usize, be: usize) -> Option<usize> {
    let mut e = j + 1;
    let mut digits = 0;
    while e < be && e < j + 24 {
        match b[e] {
            b']' => return (digits > 0).then_some(e + 1),
            b'0'..=b'9' => digits += 1,
            b',' | b' ' | b'-' => {}
            0xE2 if e + 2 < be && b[e + 1] == 0x80 && (b[e + 2] == 0x93 || b[e + 2] == 0x94) => {
                e += 2
            }
            _ => return None,
        }
        e += 1;
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NextClass {
    Lower,
    Upper,
    Digit,
    /// Another terminator.
    Term,
    /// `--`, en or em dash.
    Dash,
    /// `,` `;` `:`.
    Punct,
    Other,
}

pub(crate) struct NextInfo<'t> {
    pub(crate) class: NextClass,
    /// The letters of the next word (after any opening marks); a lower-case word keeps
    /// its inner apostrophes.
    pub(crate) word: &'t str,
    /// Opening quotes or brackets came first.
    pub(crate) opened: bool,
}

pub(crate) fn next_info<'t>(k: &Block<'t>, n: usize) -> NextInfo<'t> {
    let text = k.text;
    let mut i = n;
    let mut opened = false;
    while i < k.be {
        let ch = char_at(text, i);
        if is_opener(ch) {
            opened = true;
            i += ch.len_utf8();
        } else {
            break;
        }
    }
    if i >= k.be {
        return NextInfo {
            class: NextClass::Other,
            word: "",
            opened,
        };
    }
    let ch = char_at(text, i);
    let class = if ch.is_lowercase() {
        NextClass::Lower
    } else if ch.is_alphabetic() {
        NextClass::Upper
    } else if ch.is_ascii_digit() {
        NextClass::Digit
    } else if matches!(ch, '.' | '?' | '!' | '…') {
        NextClass::Term
    } else if matches!(ch, '—' | '–') || (ch == '-' && k.b.get(i + 1) == Some(&b'-')) {
        NextClass::Dash
    } else if matches!(ch, ',' | ';' | ':') {
        NextClass::Punct
    } else {
        NextClass::Other
    };
    let mut e = i;
    if class == NextClass::Upper {
        for (off, c) in text[i..k.be].char_indices() {
            if !c.is_alphabetic() {
                break;
            }
            e = i + off + c.len_utf8();
        }
    } else if class == NextClass::Lower {
        // Lower-case words keep an inner apostrophe ("i'm", "it’s").
        let mut prev_letter = false;
        for (off, c) in text[i..k.be].char_indices() {
            if c.is_alphabetic() {
                e = i + off + c.len_utf8();
                prev_letter = true;
            } else if prev_letter && (c == '\'' || c == '’') {
                prev_letter = false;
            } else {
                break;
            }
        }
    }
    NextInfo {
        class,
        word: &text[i..e],
        opened,
    }
}

/// The word before a terminator, without opening marks.
pub(crate) struct PrevToken<'t> {
    pub(crate) word: &'t str,
    /// Byte offset of `word`.
    pub(crate) start: usize,
}

impl PrevToken<'_> {
    /// Nothing but whitespace, bullets and opening marks between the sentence start and the word.
    pub(crate) fn is_first(&self, k: &Block, st: &State) -> bool {
        st.sent_start >= self.start
            || k.text[st.sent_start..self.start]
                .chars()
                .all(|c| c.is_whitespace() || is_opener(c) || is_bullet(c))
    }
}

pub(crate) fn prev_token<'t>(k: &Block<'t>, p: usize, floor: usize) -> PrevToken<'t> {
    let text = k.text;
    let floor = floor.clamp(k.cs, p);
    let mut s = p;
    while s > floor {
        let ch = text[..s].chars().next_back().unwrap_or(' ');
        if ch.is_whitespace() {
            break;
        }
        s -= ch.len_utf8();
    }
    // Drop opening marks and bullets.
    while s < p {
        let ch = char_at(text, s);
        if is_opener(ch) || is_bullet(ch) {
            s += ch.len_utf8();
        } else {
            break;
        }
    }
    PrevToken {
        word: &text[s..p],
        start: s,
    }
}

pub(crate) fn skip_ws(b: &[u8], mut i: usize, be: usize) -> usize {
    while i < be && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

pub(crate) fn prev_is_ws(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_whitespace)
}

pub(crate) fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '"' | '\'' | '“' | '‘' | '«' | '„' | '¿' | '¡' | '`'
    )
}

pub(crate) fn is_closer(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | '"' | '\'' | '”' | '’' | '»')
}

pub(crate) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '‣' | '⁃' | '▪' | '●' | '◦' | '∙' | '■' | '►' | '▸' | '◆'
    )
}

pub(crate) fn is_currency_or_sign(c: char) -> bool {
    matches!(
        c,
        '$' | '£' | '€' | '¥' | '₹' | '%' | '#' | '+' | '-' | '~' | '±' | '−'
    )
}

pub(crate) fn ends_with_terminator(s: &str) -> bool {
    let s = s.trim_end_matches(is_closer);
    s.ends_with(['.', '?', '!', '…', '．', '。', '！', '？'])
}

/// An emoticon starting at `i` (`:)`, `:-(`, `;D`, `=P`, `:')`, `:)))`): after a space
/// or at the block start, and followed by a space or the block end. Its end.
pub(crate) fn emoticon_end(k: &Block, i: usize) -> Option<usize> {
    let b = k.b;
    if i > k.cs && !b[i - 1].is_ascii_whitespace() {
        return None;
    }
    let mut j = i + 1;
    if j < k.be && matches!(b[j], b'-' | b'\'' | b'o') && j + 1 < k.be && is_mouth(b[j + 1]) {
        j += 1;
    }
    let mouth = *b.get(j).filter(|_| j < k.be)?;
    if !is_mouth(mouth) {
        return None;
    }
    j += 1;
    while j < k.be && b[j] == mouth && matches!(mouth, b')' | b'(') {
        j += 1;
    }
    (j >= k.be || b[j].is_ascii_whitespace()).then_some(j)
}

/// A heart or face made of other marks ("<3", "^_^", "^^", "xD"), standing alone
/// between spaces; `i` is at its `<`, `^` or `D`. Its end.
pub(crate) fn word_emoticon_end(k: &Block, i: usize) -> Option<usize> {
    let b = k.b;
    if b[i] == b'D' && !matches!(b[i - 1], b'x' | b'X') {
        return None;
    }
    let start = if b[i] == b'D' { i - 1 } else { i };
    if start > k.cs && !b[start - 1].is_ascii_whitespace() {
        return None;
    }
    let mut e = i + 1;
    while e < k.be && !b[e].is_ascii_whitespace() {
        e += 1;
    }
    matches!(
        &k.text[start..e],
        "<3" | "<33" | "<333" | "^_^" | "^^" | "^-^" | "^.^" | "xD" | "XD" | "xDD" | "XDD"
    )
    .then_some(e)
}

fn is_mouth(c: u8) -> bool {
    matches!(
        c,
        b')' | b'(' | b'D' | b'P' | b'p' | b']' | b'[' | b'/' | b'|'
    )
}

/// An emoticon ending at `e` ends its sentence when a capitalised word or a lower-case
/// word that does not go on with the clause follows ("done :) Time to sleep", "thanks
/// :-) we love it", "thanks :) see you soon"). Where the next sentence starts.
pub(crate) fn emoticon_ends_sentence(k: &Block, e: usize) -> Option<usize> {
    let n = skip_ws(k.b, e, k.be);
    if n >= k.be {
        return None;
    }
    let nx = next_info(k, n);
    let starts = match nx.class {
        NextClass::Upper => true,
        // Any lower-case word but one that goes on with the clause: a reporting verb
        // or its subject ("Nice one :) said Tom"), a conjunction or a preposition.
        NextClass::Lower => {
            is_lower_opener(nx.word, false)
                || !(continues_question(nx.word) || continues_clause(nx.word))
        }
        _ => false,
    };
    starts.then_some(n)
}

/// Conjunctions and prepositions, which go on with the clause before them ("got the
/// job :) and start Monday").
fn continues_clause(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "because"
            | "cause"
            | "cuz"
            | "than"
            | "to"
            | "for"
            | "with"
            | "of"
            | "in"
            | "on"
            | "at"
            | "as"
            | "when"
            | "while"
            | "since"
            | "until"
            | "till"
            | "though"
            | "although"
            | "unless"
            | "whether"
            | "which"
            | "who"
            | "where"
    )
}
