//! The hand scanner: tokenise once, then walk the tokens left to right trying the
//! longest construction at each position. No regexes: one pass over the bytes to
//! tokenise and table lookups per word keep it cheap per document.
//!
//! Layout, in the order a mention is built (each module adds methods to [`Sc`]):
//! - this module: the tokeniser, token accessors, the shared records ([`Core`],
//!   [`Amount`], [`Found`]) and the driver [`scan`];
//! - `digits`: digit runs, and digit shapes that are not quantities;
//! - `words`: written numbers and the bare-number core;
//! - `spoken`: years read out in pairs ("nineteen ninety") and hundreds read
//!   out without the word ("one twenty-two");
//! - `point`: decimals read aloud ("point five", "1 point 5");
//! - `units`: currency and per cent attached to a number;
//! - `measure`: durations, temperatures and measurement units attached to a number;
//! - `bounds`: qualifiers, ranges and vague amounts (the qualifier words in
//!   `qualifier_words`);
//! - `mention`: filters, years, and the resulting [`Found`];
//! - `nouns`: the counted noun of a cardinal and the noun an ordinal counts;
//! - `heads`: the head noun past an attributive noun ("the first home computers");
//! - `ages`: decades of life ("in his 40s");
//! - `labels`: numbers that name ("Flight 370");
//! - `marks`: short unit marks ("99c", "10\"") and "below zero" as a temperature;
//! - `clock`: clock times in words ("half past three"), passed over;
//! - `idioms`: fixed phrases whose numbers count nothing ("thanks a million");
//! - `set_phrases`: titles ("First Minister"), "One day he left", age groups
//!   ("twenty-somethings");
//! - `weather`: decades of degrees ("highs in the 80s");
//! - `weighing`: whether "pounds" after an amount is sterling or weight;
//! - `or_two`: "an hour or two", a unit counted twice;
//! - `alone`: quantity words that count only as the whole input, and money slang;
//! - `fold`: one-word multipliers ("tenfold");
//! - `small_counts`: "not a single", "a couple" ending a sentence, "a pair of"
//!   one thing ("jeans"), "a second" before the noun it counts.

mod ages;
mod alone;
mod bounds;
mod clock;
mod digits;
mod fold;
mod fractions;
mod heads;
mod hyphens;
mod idioms;
mod labels;
mod marks;
mod measure;
mod mention;
mod nouns;
mod old_counts;
mod or_two;
mod point;
mod qualifier_words;
mod ratios;
mod scores;
mod set_phrases;
mod short_years;
mod sign;
mod small_counts;
mod spoken;
mod temperature;
mod units;
mod weather;
mod weighing;
mod words;
mod years;

use crate::lexicon as lx;
use crate::{NumberKind, Qualifier};

/// Token kind: a letter run, a digit run, or one other character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tk {
    Word,
    Digits,
    Sym(char),
}

/// One token: byte range, kind, and where its lowercase copy lies in `Sc::low`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    pub k: Tk,
    /// Whitespace between this token and the previous one.
    pub gap: bool,
    lo_s: u32,
    lo_e: u32,
}

/// The form of a bare number, as Recognizers-Text subtypes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    Int,
    Dec,
    Frac,
    Ord,
    Pow,
}

/// A bare number: token range, value, form.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Core {
    pub s: usize,
    pub e: usize,
    pub v: f64,
    pub form: Form,
    /// Plain digits without separators, sign or scale (candidate year).
    pub plain_digits: bool,
    /// The value came from a written word alone ("one"), for pronoun filtering.
    pub lone_word: Option<&'static str>,
}

impl Core {
    /// A number built from several tokens or a sign, so neither a candidate year
    /// nor a lone pronoun-like word.
    fn derived(s: usize, e: usize, v: f64, form: Form) -> Core {
        Core {
            s,
            e,
            v,
            form,
            plain_digits: false,
            lone_word: None,
        }
    }
}

/// Interval as Recognizers-Text writes it: bounds and whether each is closed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Interval {
    pub lo: Option<f64>,
    pub lo_closed: bool,
    pub hi: Option<f64>,
    pub hi_closed: bool,
}

/// Everything found for one mention, richer than the public record so the
/// evaluation can map it to each Recognizers-Text model.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub s: usize,
    /// Where the amount starts, after any qualifier word.
    pub amt_s: usize,
    pub e: usize,
    pub kind: NumberKind,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Option<Qualifier>,
    pub unit: Option<String>,
    pub currency: Option<&'static str>,
    /// Byte ranges and values of the bare numbers inside.
    pub cores: Vec<(usize, usize, f64, Form)>,
    /// An interval for bounds and ranges.
    pub interval: Option<Interval>,
    /// Measurement unit's Recognizers-Text name.
    pub rt_unit: Option<&'static str>,
    /// Money given in a minor unit (cents, pence).
    pub minor: bool,
    /// Duration in seconds.
    pub secs: Option<f64>,
    /// "N years old": end byte including "old"/"of age".
    pub age_end: Option<usize>,
    /// Temperature rather than another measurement.
    pub temperature: bool,
    /// Relative ordinal in Recognizers-Text notation ("end-1"), compatibility mode only.
    pub rel: Option<&'static str>,
}

impl Found {
    /// A mention over bytes `s..e` (amount from `amt_s`) with nothing resolved yet.
    fn new(s: usize, amt_s: usize, e: usize, kind: NumberKind) -> Found {
        Found {
            s,
            amt_s,
            e,
            kind,
            value: None,
            low: None,
            high: None,
            qualifier: None,
            unit: None,
            currency: None,
            cores: Vec::new(),
            interval: None,
            rt_unit: None,
            minor: false,
            secs: None,
            age_end: None,
            temperature: false,
            rel: None,
        }
    }
}

/// What a word before a number does: a bound, "equal to", or opens a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Qk {
    Q(Qualifier),
    Equal,
    Between,
    From,
}

/// `v * s` without binary noise when `s` is a power of ten ("8.2bn" is 8200000000,
/// not 8199999999.999999).
fn mulp(v: f64, s: f64) -> f64 {
    let e = s.log10();
    if e.fract() == 0.0 && v.is_finite() && (1.0..=15.0).contains(&e) {
        if let Ok(x) = format!("{v}e{}", e as i32).parse::<f64>() {
            return x;
        }
    }
    v * s
}

/// Tokenised text with a lowercase copy of its words.
pub(crate) struct Sc<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    low: String,
    /// Recognizers-Text compatibility extras (see `Options`).
    compat: bool,
}

fn is_space_sep(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

impl<'a> Sc<'a> {
    /// Tokenises `text`.
    pub fn new(text: &'a str) -> Sc<'a> {
        let mut toks = Vec::with_capacity(text.len() / 4);
        let mut low = String::with_capacity(text.len() / 2);
        // Words and symbols get a lowercase copy in `low`; digits need none.
        let mut push = |s: usize, e: usize, k: Tk, gap: bool| {
            let lo_s = low.len() as u32;
            match k {
                Tk::Digits => {}
                Tk::Word => {
                    for ch in text[s..e].chars() {
                        low.extend(ch.to_lowercase());
                    }
                }
                Tk::Sym(c) => low.push(c),
            }
            let (lo_s, lo_e) = match k {
                Tk::Digits => (0, 0),
                _ => (lo_s, low.len() as u32),
            };
            toks.push(Tok {
                s,
                e,
                k,
                gap,
                lo_s,
                lo_e,
            });
        };
        let b = text.as_bytes();
        let mut i = 0;
        let mut gap = false;
        while i < b.len() {
            let c = b[i];
            if c.is_ascii_whitespace() {
                gap = true;
                i += 1;
                continue;
            }
            // URLs carry digits and "%" escapes that are not quantities.
            if (c == b'h' || c == b'w')
                && (b[i..].starts_with(b"http://")
                    || b[i..].starts_with(b"https://")
                    || b[i..].starts_with(b"www."))
                && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            {
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                while i < b.len() && !text.is_char_boundary(i) {
                    i += 1;
                }
                gap = true;
                continue;
            }
            if c.is_ascii_digit() {
                let s = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                push(s, i, Tk::Digits, gap);
                gap = false;
                continue;
            }
            if c.is_ascii_alphabetic() {
                let s = i;
                while i < b.len() && b[i].is_ascii_alphabetic() {
                    i += 1;
                }
                // Absorb a following non-ASCII letter run ("μg", "café") as one word.
                let mut e = i;
                while e < b.len() && b[e] >= 0x80 {
                    let ch = text[e..].chars().next().unwrap_or(' ');
                    if ch.is_alphabetic() {
                        e += ch.len_utf8();
                        while e < b.len() && b[e].is_ascii_alphabetic() {
                            e += 1;
                        }
                    } else {
                        break;
                    }
                }
                i = e;
                push(s, e, Tk::Word, gap);
                gap = false;
                continue;
            }
            if c < 0x80 {
                push(i, i + 1, Tk::Sym(c as char), gap);
                gap = false;
                i += 1;
                continue;
            }
            let ch = text[i..].chars().next().unwrap_or(' ');
            let n = ch.len_utf8();
            if ch.is_whitespace() {
                gap = true;
                i += n;
                continue;
            }
            if ch.is_alphabetic() {
                let s = i;
                let mut e = i;
                for cc in text[i..].chars() {
                    if cc.is_alphabetic() {
                        e += cc.len_utf8();
                    } else {
                        break;
                    }
                }
                push(s, e, Tk::Word, gap);
                gap = false;
                i = e;
                continue;
            }
            push(i, i + n, Tk::Sym(ch), gap);
            gap = false;
            i += n;
        }
        Sc {
            text,
            toks,
            low,
            compat: false,
        }
    }
    fn n(&self) -> usize {
        self.toks.len()
    }
    /// Lowercase word (or symbol) at `i`, "" past the end and for digits.
    fn w(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.k != Tk::Digits => &self.low[t.lo_s as usize..t.lo_e as usize],
            _ => "",
        }
    }
    fn raw(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => &self.text[t.s..t.e],
            None => "",
        }
    }
    fn is_digits(&self, i: usize) -> bool {
        matches!(self.toks.get(i), Some(t) if t.k == Tk::Digits)
    }
    fn is_word(&self, i: usize) -> bool {
        matches!(self.toks.get(i), Some(t) if t.k == Tk::Word)
    }
    fn sym(&self, i: usize) -> Option<char> {
        match self.toks.get(i) {
            Some(Tok { k: Tk::Sym(c), .. }) => Some(*c),
            _ => None,
        }
    }
    fn is_sym(&self, i: usize, c: char) -> bool {
        self.sym(i) == Some(c)
    }
    fn is_dash(&self, i: usize) -> bool {
        matches!(self.sym(i), Some('-' | '–' | '—' | '‐'))
    }
    /// A hyphen at `k` joining the tokens either side ("30-minutes", "second-last").
    /// An em dash set tight between words is punctuation ("one day—and"), never a hyphen.
    fn hyphen(&self, k: usize) -> bool {
        matches!(self.sym(k), Some('-' | '–' | '‐')) && self.glued(k) && self.glued(k + 1)
    }
    /// `k`, or the word after a joining hyphen at `k` when `pred` holds for it:
    /// "two-hundred", "1.5-million", "twenty-five-thousand" are one number.
    fn past_hyphen(&self, k: usize, pred: impl Fn(&str) -> bool) -> usize {
        if self.hyphen(k) && pred(self.w(k + 1)) {
            k + 1
        } else {
            k
        }
    }
    /// A word at `k` glued to the token before it ("USD50m" after "50").
    fn glued_word(&self, k: usize) -> bool {
        self.is_word(k) && self.glued(k)
    }
    /// Token `i` touches the previous one.
    fn glued(&self, i: usize) -> bool {
        matches!(self.toks.get(i), Some(t) if !t.gap && i > 0)
    }
    fn dlen(&self, i: usize) -> usize {
        self.toks.get(i).map_or(0, |t| t.e - t.s)
    }
    fn ws_between(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.n() {
            return "";
        }
        &self.text[self.toks[i - 1].e..self.toks[i].s]
    }
    fn capitalised(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(|c| c.is_uppercase())
    }
    fn digits_val(&self, i: usize) -> f64 {
        self.raw(i).parse::<f64>().unwrap_or(0.0)
    }
}

/// Outcome at one position.
enum Step {
    Emit(Box<Found>, usize),
    Skip(usize),
}

/// An amount: a bare number with currency, percent, unit or duration attached.
#[derive(Clone, Debug)]
struct Amount {
    s: usize,
    e: usize,
    v: f64,
    kind: NumberKind,
    unit: Option<String>,
    currency: Option<&'static str>,
    rt_unit: Option<&'static str>,
    minor: bool,
    secs: Option<f64>,
    temperature: bool,
    core: Core,
    /// Currency written before the number ("$5-10m" applies to both ends).
    prefix_currency: bool,
    scaled: bool,
    /// Part of an identifier ("SCP-173"): no units, no ranges.
    ident: bool,
    /// No bare number inside ("a week").
    no_core: bool,
}

/// Scan `text` and return every mention, in order.
pub(crate) fn scan(text: &str, compat: bool) -> Vec<Found> {
    let mut sc = Sc::new(text);
    sc.compat = compat;
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    let n = sc.n();
    while i < n {
        // Fast skip: only digits, some symbols and words can start a mention.
        let t = sc.toks[i];
        let start_ok = match t.k {
            Tk::Digits => true,
            Tk::Sym(c) => {
                matches!(
                    c,
                    '-' | '−'
                        | '–'
                        | '.'
                        | '>'
                        | '<'
                        | '='
                        | '+'
                        | '≥'
                        | '≤'
                        | '%'
                        | '\''
                        | '’'
                        | '~'
                        | '≈'
                        | '&'
                ) || lx::currency_symbol(c).is_some()
                    || lx::vulgar_fraction(c).is_some()
            }
            Tk::Word => true,
        };
        if !start_ok {
            i += 1;
            continue;
        }
        match sc.try_at(i) {
            Some(Step::Emit(f, e)) => match sc.whole_words(*f, e.max(i + 1)) {
                Ok((f, e)) => {
                    if out.last().is_none_or(|l| l.e <= f.s) && f.s < f.e {
                        out.push(f);
                    }
                    i = e;
                }
                Err(e) => i = e.max(i + 1),
            },
            Some(Step::Skip(e)) => i = e.max(i + 1),
            None => i += 1,
        }
    }
    out
}
