#![deny(missing_docs)]
//! Rule-based sentence segmentation for news text.
//!
//! A few linear passes per line block (list markers, bracket pairs, then one scan for
//! terminators), with no allocation per character. The rules, in the order they apply:
//!
//! 1. **Lines.** A paragraph break (blank line) always ends a sentence, and so does a
//!    single line break: in news files a line is a paragraph, a headline, a byline or
//!    an address line, whether or not it ends in punctuation. Two exceptions join a
//!    line to the next one instead:
//!    - a *soft* break as in `format=flowed` mail (RFC 3676): the line ends in a space,
//!      has no final punctuation, and the next line starts in lower case or with `(`;
//!    - *hard-wrapped* text (most paragraph lines end near one width of at most 110
//!      characters, as in wire copy or e-mail): a line that reaches the wrap width
//!      continues, unless the next line is blank or starts a list item. Headlines and
//!      bylines, being shorter, stay lines of their own.
//!
//!    This stands in for pySBD's `clean` option, which we do not implement: the text is
//!    never rewritten, spans always point into the input, so pySBD cases whose expected
//!    output is cleaned text (joined lines, HTML removed) cannot match exactly.
//! 2. **Protected regions.** Quotations and brackets closed within the same block, at
//!    most [`MAX_DOUBLE_QUOTE`] bytes long, are not split inside, so a quotation of
//!    several sentences stays with its attribution (`"We won. We're happy," he said.`),
//!    which is what quote attribution wants. Only punctuation right before the closing
//!    mark can end a sentence there. A quotation reopened before it is closed (the
//!    news convention for a quote running on into the next paragraph) is unmatched
//!    and protects nothing.
//! 3. **Lists.** Runs of numbered or lettered items in order (`1.`, `2)`, `a.)`, `(b)`),
//!    and bullets, start new sentences, also inline.
//! 4. **Terminators.** `?`/`!`, ellipses and `.` end a sentence only before whitespace
//!    (full-width `．` and `？` need none), and then by what comes next (a lower-case
//!    word never starts a sentence) and, for `.`, by the word before it: numbers and
//!    ordinary words end sentences, titles (`Mr.`, `Gen.`) never, initials and
//!    abbreviations that can end a sentence (`U.S.`, `Co.`, `a.m.`) only when the next
//!    word typically opens a sentence (a pronoun, determiner, conjunction...), and a
//!    sentence-initial phrase like "At 5 a.m." never on its own.
//!
//! Scores (see [`eval`]): 48/48 Golden Rules; pySBD English tests 172/196 (77/80 of
//! the cases written without pySBD's `clean` option, 95/116 of those with it).

pub mod eval;
mod lexicon;

use std::collections::HashMap;

use lexicon::{
    continues_time, is_opening_preposition, is_sentence_starter, is_strong_starter, AbbrKind,
    ABBREVIATIONS,
};
use nx_text::Span;

/// Options for the segmenter, from the `[sentences]` config table.
#[derive(Debug, Clone, Default)]
pub struct SegmenterOptions {
    /// Abbreviations (without the final dot, any case) that never end a sentence, beyond the built-in list.
    pub extra_abbreviations: Vec<String>,
}

#[derive(Debug, Clone, Copy)]
struct Abbr {
    kind: AbbrKind,
    cap_only: bool,
}

/// Splits text into sentences.
#[derive(Debug, Clone)]
pub struct Segmenter {
    /// Lowercase abbreviation (no final dot) to its behaviour.
    abbrevs: HashMap<String, Abbr>,
}

/// Longest quoted passage (bytes) kept as one sentence; longer "quotes" are more likely
/// unmatched marks, and real ones that long read better split.
pub const MAX_DOUBLE_QUOTE: usize = 600;
/// Single quotes double as apostrophes, so trust only shorter pairs.
const MAX_SINGLE_QUOTE: usize = 300;
/// Longest bracketed aside kept whole.
const MAX_BRACKET: usize = 400;

impl Default for Segmenter {
    fn default() -> Self {
        Segmenter::new(SegmenterOptions::default())
    }
}

impl Segmenter {
    /// Build a segmenter.
    pub fn new(options: SegmenterOptions) -> Segmenter {
        let mut abbrevs =
            HashMap::with_capacity(ABBREVIATIONS.len() + options.extra_abbreviations.len());
        for &(w, kind, cap_only) in ABBREVIATIONS {
            abbrevs.insert(w.to_string(), Abbr { kind, cap_only });
        }
        for w in &options.extra_abbreviations {
            let w = w.trim().trim_end_matches('.').to_lowercase();
            if !w.is_empty() {
                // The config promises these never end a sentence: that is a title's behaviour.
                abbrevs.insert(
                    w,
                    Abbr {
                        kind: AbbrKind::Title,
                        cap_only: false,
                    },
                );
            }
        }
        Segmenter { abbrevs }
    }

    /// The sentences of `text`, in order, non-overlapping, trimmed of surrounding whitespace, never empty.
    pub fn split(&self, text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut cuts = Vec::new();
        let mut scratch = Scratch::default();
        for (bs, be) in blocks(text) {
            cuts.clear();
            self.segment_block(text, bs, be, &mut cuts, &mut scratch);
            cuts.sort_unstable();
            cuts.dedup();
            let mut s = bs;
            for &c in cuts
                .iter()
                .filter(|&&c| c > bs && c < be)
                .chain(std::iter::once(&be))
            {
                push_trimmed(text, s, c, &mut out);
                s = c;
            }
        }
        out
    }

    /// Convenience: the sentences as string slices.
    pub fn split_str<'t>(&self, text: &'t str) -> Vec<&'t str> {
        self.split(text)
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    fn segment_block(
        &self,
        text: &str,
        bs: usize,
        be: usize,
        cuts: &mut Vec<usize>,
        scratch: &mut Scratch,
    ) {
        let b = text.as_bytes();
        let mut cs = bs;
        while cs < be && b[cs].is_ascii_whitespace() {
            cs += 1;
        }
        if cs >= be {
            return;
        }
        let k = Block { text, b, cs, be };
        list_marker_cuts(&k, scratch);
        match_brackets(&k, &mut scratch.brackets, &mut scratch.stacks);
        let marker_cuts = &scratch.marker_cuts;
        cuts.extend_from_slice(marker_cuts);

        let mut st = State {
            sent_start: cs,
            protect_end: cs,
            quote_close: None,
            no_closer_before: [0; 4],
        };
        let mut mk = 0;
        let mut i = cs;
        while i < be {
            while mk < marker_cuts.len() && marker_cuts[mk] <= i {
                st.sent_start = st.sent_start.max(marker_cuts[mk]);
                mk += 1;
            }
            if let Some((qc, qe)) = st.quote_close {
                if i >= qc {
                    st.quote_close = None;
                    if i == qc && ends_with_dash(&text[cs..qc]) {
                        // An interrupted quotation ("... to--") ends where the next sentence opens.
                        let n = skip_ws(b, qe, be);
                        if n < be {
                            let nx = next_info(&k, n);
                            if nx.class == NextClass::Upper && is_sentence_starter(nx.word) {
                                cuts.push(qe);
                                st.sent_start = n;
                            }
                        }
                    }
                }
            }
            let c = b[i];
            if c < 0x80 {
                match c {
                    b'.' | b'?' | b'!' => {
                        i = self.terminator(&k, i, &mut st, cuts);
                        continue;
                    }
                    b'"' | b'\'' | b'(' | b'[' | b'{' if i >= st.protect_end => {
                        open_region(&k, i, c as char, &mut st, &scratch.brackets);
                    }
                    _ => {}
                }
                i += 1;
            } else {
                let ch = char_at(text, i);
                match ch {
                    '…' | '．' | '。' | '！' | '？' | '‼' | '⁇' | '⁈' | '⁉' => {
                        i = self.terminator(&k, i, &mut st, cuts);
                        continue;
                    }
                    '“' | '‘' | '«' if i >= st.protect_end => {
                        open_region(&k, i, ch, &mut st, &scratch.brackets)
                    }
                    _ if is_bullet(ch) && i >= st.protect_end && i > cs && prev_is_ws(text, i) => {
                        cuts.push(i);
                        st.sent_start = i;
                    }
                    _ => {}
                }
                i += ch.len_utf8();
            }
        }
    }

    /// Handle the terminator run starting at `p`; returns where scanning resumes.
    fn terminator(&self, k: &Block, p: usize, st: &mut State, cuts: &mut Vec<usize>) -> usize {
        let run = parse_run(k, p);
        let j = run.end;
        if p > k.cs && matches!(k.b[p - 1], b'[' | b'(') {
            // Editorial marks: "[...]", "(?)", "(!)".
            return run.term_end;
        }
        if p < st.protect_end && j < st.protect_end {
            return j; // inside a quotation or bracket, not at its end
        }
        let n = skip_ws(k.b, j, k.be);
        if n >= k.be {
            return j; // the block ends here anyway
        }
        if n == j {
            // No space after the run.
            if run.fullwidth {
                cuts.push(j);
                st.sent_start = j;
                return j;
            }
            if let Some(e) = footnote_end(k, p, &run) {
                cuts.push(e);
                st.sent_start = skip_ws(k.b, e, k.be);
                return e;
            }
            if self.missing_space(k, p, &run, st) {
                cuts.push(j);
                st.sent_start = j;
            }
            return j;
        }
        let nx = next_info(k, n);
        let cut = if run.qe {
            self.decide_qe(k, p, &run, st, &nx)
        } else if run.dots >= 2 {
            decide_dots(k, p, &run, &nx)
        } else {
            self.decide_dot(k, p, &run, st, &nx)
        };
        match cut {
            Some(at) => {
                cuts.push(at);
                st.sent_start = skip_ws(k.b, at, k.be);
                if at < j {
                    at
                } else {
                    j
                }
            }
            None => j,
        }
    }

    /// "said.The": a period glued to a capitalised word, as left by joining paragraphs
    /// without a space. Only after a plain word or number that is no part of an
    /// address ("www.site.Com", "a@b.Org") or abbreviation ("St.Louis", "U.S.Army").
    fn missing_space(&self, k: &Block, p: usize, run: &Run, st: &State) -> bool {
        let b = k.b;
        let j = p + 1;
        if run.qe || run.dots != 1 || run.end != j || j >= k.be || !b[j].is_ascii_uppercase() {
            return false;
        }
        let mut e = j + 1;
        while e < k.be && b[e].is_ascii_lowercase() {
            e += 1;
        }
        // A title may follow with its own period ("Tuesday.Mr. Smith").
        let title = e < k.be
            && b[e] == b'.'
            && matches!(self.lookup(&k.text[j..e]), Some(a) if a.kind == AbbrKind::Title);
        let word_ok = e > j + 1
            && (title
                || e >= k.be
                || matches!(b[e], b' ' | b'\t' | b'\n' | b'\r' | b',' | b';' | b':'));
        if !word_ok {
            return false;
        }
        let t = prev_token(k, p, st.sent_start);
        if t.word.contains(['.', '/', '@', ':']) {
            return false;
        }
        // After a capitalised word ("Amazon.Com") only a sentence opener counts.
        let lower_before = t.word.starts_with(|c: char| !c.is_uppercase());
        (lower_before || is_sentence_starter(&k.text[j..e]))
            && matches!(
                self.classify(t.word),
                TokClass::Plain { alpha3: true } | TokClass::Number
            )
    }

    fn decide_qe(
        &self,
        k: &Block,
        p: usize,
        run: &Run,
        st: &State,
        nx: &NextInfo,
    ) -> Option<usize> {
        match nx.class {
            NextClass::Lower | NextClass::Term | NextClass::Dash | NextClass::Punct => return None,
            _ => {}
        }
        // "Yahoo! Research": a lone "!" glued to a capitalised word inside the sentence,
        // before another capitalised word, is part of a name.
        if run.end == p + 1 && k.b[p] == b'!' && nx.class == NextClass::Upper && !nx.opened {
            let t = prev_token(k, p, st.sent_start);
            let first_upper = t.word.chars().next().is_some_and(char::is_uppercase);
            if first_upper && !t.is_first(k, st) && !is_sentence_starter(nx.word) {
                return None;
            }
        }
        Some(run.end)
    }

    fn decide_dot(
        &self,
        k: &Block,
        p: usize,
        run: &Run,
        st: &State,
        nx: &NextInfo,
    ) -> Option<usize> {
        let j = run.end;
        match nx.class {
            NextClass::Lower | NextClass::Term | NextClass::Punct => return None,
            _ => {}
        }
        let t = prev_token(k, p, st.sent_start);
        let class = if run.closed_then_term {
            TokClass::Closed
        } else {
            self.classify(t.word)
        };
        let first = t.is_first(k, st);
        // Enumerations at the start of a sentence ("1. The", "Q. What", "b. another").
        if first
            && matches!(
                class,
                TokClass::Initial(_) | TokClass::LowerLetter | TokClass::ShortNumber
            )
        {
            return None;
        }
        let upper = nx.class == NextClass::Upper;
        let starter = upper && is_sentence_starter(nx.word);
        let cut = match class {
            TokClass::Plain { alpha3 } => nx.class != NextClass::Digit || alpha3,
            TokClass::Number | TokClass::ShortNumber | TokClass::Closed => true,
            TokClass::Initial(c) => {
                if c == 'I' && prev_word_is_lower(k, t.start) {
                    true // the pronoun: "you and I. Did ..."
                } else {
                    upper && !nx.opened && is_strong_starter(nx.word)
                }
            }
            TokClass::LowerLetter => false,
            TokClass::Time => {
                upper && !continues_time(nx.word) && !fragment(k, st.sent_start, t.start)
            }
            TokClass::MultiDot => starter && !fragment(k, st.sent_start, t.start),
            TokClass::Abbr(kind) => match kind {
                AbbrKind::Title => false,
                AbbrKind::Numeric => nx.class != NextClass::Digit,
                AbbrKind::Street => {
                    street_context(k, t.start) && starter && !fragment(k, st.sent_start, t.start)
                }
                AbbrKind::General => starter && !fragment(k, st.sent_start, t.start),
                AbbrKind::Etc => upper,
            },
        };
        cut.then_some(j)
    }

    fn classify(&self, w: &str) -> TokClass {
        if w.is_empty() {
            return TokClass::Plain { alpha3: false };
        }
        let last = w.chars().next_back().unwrap_or(' ');
        if is_closer(last) {
            return TokClass::Closed;
        }
        let first = w.chars().next().unwrap_or(' ');
        if let Some(a) = self.lookup(w) {
            if !a.cap_only || first.is_uppercase() {
                return TokClass::Abbr(a.kind);
            }
        }
        let mut chars = w.chars();
        let c0 = chars.next().unwrap_or(' ');
        if chars.next().is_none() && c0.is_alphabetic() {
            return if c0.is_uppercase() {
                TokClass::Initial(c0)
            } else {
                TokClass::LowerLetter
            };
        }
        let bytes = w.as_bytes();
        if bytes[0].is_ascii_digit() {
            if bytes.len() <= 2 && bytes.iter().all(u8::is_ascii_digit) {
                return TokClass::ShortNumber;
            }
            return TokClass::Number;
        }
        if is_currency_or_sign(first)
            && w[first.len_utf8()..].starts_with(|c: char| c.is_ascii_digit())
        {
            return TokClass::Number;
        }
        if w.contains('.') && is_multi_dot(w) {
            let lw = w.as_bytes();
            if lw.len() == 3 && matches!(lw[0] | 0x20, b'a' | b'p') && lw[2] | 0x20 == b'm' {
                return TokClass::Time;
            }
            return TokClass::MultiDot;
        }
        TokClass::Plain {
            alpha3: w.chars().count() >= 3 && w.chars().all(char::is_alphabetic),
        }
    }

    fn lookup(&self, w: &str) -> Option<Abbr> {
        if w.len() > 16 {
            return None;
        }
        if w.is_ascii() {
            let mut buf = [0u8; 16];
            let lw = &mut buf[..w.len()];
            lw.copy_from_slice(w.as_bytes());
            lw.make_ascii_lowercase();
            let lw = std::str::from_utf8(lw).ok()?;
            self.abbrevs.get(lw).copied()
        } else {
            self.abbrevs.get(&w.to_lowercase()).copied()
        }
    }
}

/// What the word before a period is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum TokClass {
    /// An ordinary word; `alpha3`: all letters, at least three.
    Plain { alpha3: bool },
    /// Starts with a digit (or a currency sign and a digit).
    Number,
    /// One or two digits: an item number at a sentence start.
    ShortNumber,
    /// Ends with a closing bracket or quote: the period follows a complete unit.
    Closed,
    /// A single capital letter.
    Initial(char),
    /// A single lower-case letter.
    LowerLetter,
    /// "a.m." / "p.m.".
    Time,
    /// Letters and dots: "U.S.", "e.g.", "Ph.D.".
    MultiDot,
    /// A listed abbreviation.
    Abbr(AbbrKind),
}

#[derive(Default)]
struct Scratch {
    markers: Vec<Marker>,
    next: Vec<Option<usize>>,
    has_prev: Vec<bool>,
    marker_cuts: Vec<usize>,
    brackets: Vec<(usize, usize)>,
    stacks: [Vec<usize>; 3],
}

/// One line block of the text: `cs` is its first non-space byte.
struct Block<'t> {
    text: &'t str,
    b: &'t [u8],
    cs: usize,
    be: usize,
}

struct State {
    /// Where the current sentence starts.
    sent_start: usize,
    /// End of the protected (quoted or bracketed) region, if we are in one.
    protect_end: usize,
    /// Position and end of the closing mark of the current quotation.
    quote_close: Option<(usize, usize)>,
    /// Per closing-mark kind, a position before which a search for it from any later
    /// opener would find nothing: keeps runs of unmatched openers linear.
    no_closer_before: [usize; 4],
}

/// A run of terminators with the closing marks after it.
struct Run {
    /// After the terminators and closers.
    end: usize,
    /// After the terminators alone.
    term_end: usize,
    /// Number of dots (an ellipsis character counts three).
    dots: u32,
    /// Contains `?` or `!`.
    qe: bool,
    /// Dots separated by single spaces (". . .").
    spaced: bool,
    /// Starts with a plain dot.
    first_dot: bool,
    /// Contains a full-width or ideographic terminator (no space needed after it).
    fullwidth: bool,
    /// A terminator follows a closing mark ("(Ibid.).", "“no.”."): the last period ends
    /// a complete unit, whatever the word inside was.
    closed_then_term: bool,
}

fn parse_run(k: &Block, p: usize) -> Run {
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
fn citation_end(b: &[u8], j: usize, be: usize) -> Option<usize> {
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

/// Footnote numbers glued to a period ("consultation.11 12 Take"): the end of the
/// numbers, when a capitalised word follows them.
fn footnote_end(k: &Block, p: usize, run: &Run) -> Option<usize> {
    let b = k.b;
    if run.qe || run.dots != 1 || run.end != p + 1 || p == 0 {
        return None;
    }
    let before = b[p - 1];
    if !(before.is_ascii_lowercase() || before == b')' || before == b']') {
        return None;
    }
    let digits = |from: usize| -> Option<usize> {
        let mut e = from;
        while e < k.be && b[e].is_ascii_digit() && e - from < 4 {
            e += 1;
        }
        (e > from && e - from <= 3 && (e >= k.be || !b[e].is_ascii_digit())).then_some(e)
    };
    let mut e = digits(p + 1)?;
    for _ in 0..3 {
        let gap = if e + 1 < k.be && b[e] == b' ' {
            1
        } else if e + 2 < k.be && b[e] == b',' && b[e + 1] == b' ' {
            2
        } else {
            break;
        };
        match digits(e + gap) {
            Some(e2) if e2 < k.be && b[e2] == b' ' => e = e2,
            _ => break,
        }
    }
    if e < k.be && b[e] == b' ' && e + 1 < k.be && b[e + 1].is_ascii_uppercase() {
        Some(e)
    } else {
        None
    }
}

fn decide_dots(k: &Block, p: usize, run: &Run, nx: &NextInfo) -> Option<usize> {
    let attached = p > 0 && !prev_is_ws(k.text, p);
    let upper = nx.class == NextClass::Upper;
    if attached && run.first_dot && run.spaced && run.dots >= 3 {
        // "compounds. . . . The": the period ends the sentence, the ellipsis opens the next.
        return upper.then_some(p + 1);
    }
    if run.spaced {
        // ". . ." marks an omission inside a sentence; ". . . ." ends one.
        return (run.dots >= 4 && upper).then_some(run.end);
    }
    if run.dots >= 4 {
        return matches!(
            nx.class,
            NextClass::Upper | NextClass::Digit | NextClass::Other
        )
        .then_some(run.end);
    }
    // "..." / "…": before a capital it usually ends the sentence; a detached one before
    // "I" is more often a pause.
    (upper && (attached || nx.word != "I")).then_some(run.end)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NextClass {
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

struct NextInfo<'t> {
    class: NextClass,
    /// The letters of the next word (after any opening marks).
    word: &'t str,
    /// Opening quotes or brackets came first.
    opened: bool,
}

fn next_info<'t>(k: &Block<'t>, n: usize) -> NextInfo<'t> {
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
    }
    NextInfo {
        class,
        word: &text[i..e],
        opened,
    }
}

/// The word before a terminator, without opening marks.
struct PrevToken<'t> {
    word: &'t str,
    /// Byte offset of `word`.
    start: usize,
}

impl PrevToken<'_> {
    /// Nothing but whitespace, bullets and opening marks between the sentence start and the word.
    fn is_first(&self, k: &Block, st: &State) -> bool {
        st.sent_start >= self.start
            || k.text[st.sent_start..self.start]
                .chars()
                .all(|c| c.is_whitespace() || is_opener(c) || is_bullet(c))
    }
}

fn prev_token<'t>(k: &Block<'t>, p: usize, floor: usize) -> PrevToken<'t> {
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

/// Is the word before byte `s` lower case ("and" in "you and I.")?
fn prev_word_is_lower(k: &Block, s: usize) -> bool {
    let before = k.text[k.cs..s].trim_end();
    let w = before.rsplit(char::is_whitespace).next().unwrap_or("");
    w.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_lowercase)
}

/// "Main St." / "5th St.": the word before starts with a capital or a digit.
fn street_context(k: &Block, s: usize) -> bool {
    let before = k.text[k.cs..s].trim_end();
    let w = before.rsplit(char::is_whitespace).next().unwrap_or("");
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A sentence-initial time or place phrase ("At 5 a.m.") is not a sentence by itself.
fn fragment(k: &Block, sent_start: usize, tok_start: usize) -> bool {
    if tok_start <= sent_start {
        return false;
    }
    let s = &k.text[sent_start..tok_start];
    let mut words = s.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let first = first.trim_start_matches(is_opener);
    is_opening_preposition(first) && words.take(3).count() <= 2
}

/// Letters in groups of one or two separated by dots ("U.S", "e.g", "Ph.D").
fn is_multi_dot(w: &str) -> bool {
    let mut segs = 0;
    for seg in w.split('.') {
        if seg.is_empty() || seg.len() > 2 || !seg.bytes().all(|c| c.is_ascii_alphabetic()) {
            return false;
        }
        segs += 1;
    }
    segs >= 2
}

fn open_region(k: &Block, i: usize, ch: char, st: &mut State, brackets: &[(usize, usize)]) {
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
fn find_memo(b: &[u8], from: usize, lim: usize, pat: &[u8], memo: &mut usize) -> Option<usize> {
    let start = from.max(*memo);
    let found = find_bytes(b, start, lim, pat);
    *memo = found.unwrap_or(lim).max(*memo);
    found
}

/// A closing single quote: after a non-space, not followed by a letter or digit
/// (so not the apostrophe in "isn't" or "dragon’s").
fn single_closer(k: &Block, from: usize, pat: &[u8], memo: &mut usize) -> Option<(usize, usize)> {
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
fn match_brackets(k: &Block, out: &mut Vec<(usize, usize)>, stacks: &mut [Vec<usize>; 3]) {
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
        if open {
            stacks[t].push(j);
        } else if let Some(o) = stacks[t].pop() {
            out.push((o, j));
        }
    }
    out.sort_unstable();
}

fn find_bytes(b: &[u8], from: usize, lim: usize, pat: &[u8]) -> Option<usize> {
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
fn opener_context(k: &Block, i: usize) -> bool {
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

fn ends_with_dash(s: &str) -> bool {
    s.ends_with("--") || s.ends_with('—') || s.ends_with('–')
}

fn skip_ws(b: &[u8], mut i: usize, be: usize) -> usize {
    while i < be && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

fn prev_is_ws(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_whitespace)
}

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '"' | '\'' | '“' | '‘' | '«' | '„' | '¿' | '¡' | '`'
    )
}

fn is_closer(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | '"' | '\'' | '”' | '’' | '»')
}

fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '‣' | '⁃' | '▪' | '●' | '◦' | '∙' | '■' | '►' | '▸' | '◆'
    )
}

fn is_currency_or_sign(c: char) -> bool {
    matches!(
        c,
        '$' | '£' | '€' | '¥' | '₹' | '%' | '#' | '+' | '-' | '~' | '±' | '−'
    )
}

fn push_trimmed(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    if let Some(span) = Span::new(text, s, e) {
        let t = span.trim(text);
        if !t.is_empty() {
            out.push(t);
        }
    }
}

/// Split the text into line blocks: every line break is a hard boundary except a soft
/// (flowed) one, see the crate docs.
fn blocks(text: &str) -> Vec<(usize, usize)> {
    let wrap = wrap_width(text);
    let b = text.as_bytes();
    let n = b.len();
    let mut out = Vec::new();
    let mut start = 0;
    let mut line_start = 0;
    let mut i = 0;
    while i < n {
        let (len, para) = match b[i] {
            b'\n' => (1, false),
            b'\r' => (if i + 1 < n && b[i + 1] == b'\n' { 2 } else { 1 }, false),
            0xE2 if i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) => {
                (3, b[i + 2] == 0xA9)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let next = i + len;
        if para || !soft_break(text, line_start, i, next, wrap) {
            out.push((start, i));
            start = next;
        }
        line_start = next;
        i = next;
    }
    out.push((start, n));
    out
}

fn soft_break(text: &str, line_start: usize, nl: usize, next: usize, wrap: Option<usize>) -> bool {
    let b = text.as_bytes();
    let line = text[line_start..nl].trim_end();
    if line.is_empty() {
        return false;
    }
    let rest = text[next..].trim_start_matches([' ', '\t']);
    let Some(first) = rest.chars().next() else {
        return false;
    };
    if let Some(w) = wrap {
        // Hard-wrapped text: a line that reaches the wrap width continues, unless the
        // next line is blank or starts a list item.
        let next_line = rest.split(['\n', '\r']).next().unwrap_or("");
        if line.chars().count() + WRAP_SLACK >= w
            && !next_line.trim().is_empty()
            && !starts_item(next_line)
        {
            return true;
        }
    }
    if !matches!(b[nl - 1], b' ' | b'\t') || ends_with_terminator(line) {
        return false;
    }
    first.is_lowercase() || first == '('
}

/// How far short of the wrap width a wrapped line may end.
const WRAP_SLACK: usize = 20;

/// The width text was hard-wrapped at, if it was: most lines that continue a paragraph
/// are long and end near one width, and no line is much longer. News files with one
/// paragraph per line never qualify (their lines are far longer).
fn wrap_width(text: &str) -> Option<usize> {
    let mut lens = Vec::new();
    let mut max = 0;
    let mut prev: Option<usize> = None;
    for line in text.split('\n') {
        let line = line.trim_end();
        let len = line.chars().count();
        if len > 110 {
            return None;
        }
        max = max.max(len);
        if len > 0 {
            if let Some(p) = prev {
                lens.push(p);
            }
            prev = Some(len);
        } else {
            prev = None;
        }
    }
    if lens.len() < 3 || max < 40 {
        return None;
    }
    let near = lens.iter().filter(|&&l| l + WRAP_SLACK >= max).count();
    (near * 4 >= lens.len() * 3).then_some(max)
}

/// A line that starts a list item: a bullet, a dash, or a number or letter marker.
fn starts_item(line: &str) -> bool {
    let t = line.trim_start();
    let mut cs = t.chars();
    let Some(c) = cs.next() else { return false };
    if is_bullet(c) || ((c == '-' || c == '*') && cs.next().is_some_and(char::is_whitespace)) {
        return true;
    }
    let b = t.as_bytes();
    let mut i = usize::from(b[0] == b'(');
    let s = i;
    while i < b.len() && b[i].is_ascii_digit() && i - s < 3 {
        i += 1;
    }
    if i == s && i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i > s
        && i < b.len()
        && (b[i] == b'.' || b[i] == b')')
        && (i + 1 >= b.len() || b[i + 1].is_ascii_whitespace())
}

fn ends_with_terminator(s: &str) -> bool {
    let s = s.trim_end_matches(is_closer);
    s.ends_with(['.', '?', '!', '…', '．', '。', '！', '？'])
}

/// An item marker: `1.`, `2)`, `3.)`, `(4)`, `a.`, `b)`, `(c)`.
#[derive(Debug, Clone, Copy)]
struct Marker {
    /// Where a sentence starts if this is a list item (before any bullet).
    cut: usize,
    pos: usize,
    end: usize,
    style: u8,
    kind: u8,
    ord: u32,
}

fn parse_marker(k: &Block, i: usize) -> Option<Marker> {
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
fn list_marker_cuts(k: &Block, sc: &mut Scratch) {
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
            (0, _) => true,
            (2, 0) => len >= 3,
            _ => m[a].ord == 1 || len >= 3,
        };
        if !ok {
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

#[cfg(test)]
mod tests;
