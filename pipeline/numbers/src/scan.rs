//! The hand scanner: tokenise once, then walk the tokens left to right trying the
//! longest construction at each position. No regexes: one pass over the bytes to
//! tokenise and table lookups per word keep it cheap per document.

use crate::lexicon as lx;
use crate::{NumberKind, Qualifier};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tk {
    Word,
    Digits,
    Sym(char),
}

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

/// Plural ordinal below ten ending a compound denominator ("firsts" in "twenty-firsts").
fn compound_den(w: &str) -> Option<f64> {
    let b = w.strip_suffix('s')?;
    lx::ordinal_word(b).filter(|o| *o < 10.0)
}

/// The unit a vague multiple counts in: "several hundred", "a few dozen", "a
/// couple of million".
fn vague_unit(x: &str) -> Option<f64> {
    match x {
        "hundred" => Some(100.0),
        "dozen" => Some(12.0),
        _ => lx::scale_word(x),
    }
}

/// Lower bound given to vague amounts ("dozens" means at least two dozen).
fn vague(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 24.0,
        "scores" => 40.0,
        "hundreds" => 200.0,
        "thousands" => 2000.0,
        "millions" => 2e6,
        "billions" => 2e9,
        "trillions" => 2e12,
        _ => return None,
    })
}

const QUALS: &[(&[&str], Qk)] = {
    use Qualifier::*;
    &[
        (&["at", "least", "or", "equal", "to"], Qk::Q(AtLeast)),
        (&["equal", "to", "or", "more", "than"], Qk::Q(AtLeast)),
        (&["equal", "to", "or", "greater", "than"], Qk::Q(AtLeast)),
        (&["equal", "to", "or", "less", "than"], Qk::Q(UpTo)),
        (&["equal", "to", "or", "fewer", "than"], Qk::Q(UpTo)),
        (&["greater", "than", "or", "equal", "to"], Qk::Q(AtLeast)),
        (&["more", "than", "or", "equal", "to"], Qk::Q(AtLeast)),
        (&["higher", "than", "or", "equal", "to"], Qk::Q(AtLeast)),
        (&["less", "than", "or", "equal", "to"], Qk::Q(UpTo)),
        (&["fewer", "than", "or", "equal", "to"], Qk::Q(UpTo)),
        (&["lower", "than", "or", "equal", "to"], Qk::Q(UpTo)),
        (&["higher", "or", "equal", "than"], Qk::Q(AtLeast)),
        (&["bigger", "or", "equal", "than"], Qk::Q(AtLeast)),
        (&["greater", "or", "equal", "than"], Qk::Q(AtLeast)),
        (&["larger", "or", "equal", "than"], Qk::Q(AtLeast)),
        (&["more", "or", "equal", "than"], Qk::Q(AtLeast)),
        (&["smaller", "or", "equal", "than"], Qk::Q(UpTo)),
        (&["less", "or", "equal", "than"], Qk::Q(UpTo)),
        (&["lower", "or", "equal", "than"], Qk::Q(UpTo)),
        (&["no", "less", "than"], Qk::Q(AtLeast)),
        (&["no", "fewer", "than"], Qk::Q(AtLeast)),
        (&["not", "less", "than"], Qk::Q(AtLeast)),
        (&["not", "fewer", "than"], Qk::Q(AtLeast)),
        (&["no", "more", "than"], Qk::Q(UpTo)),
        (&["not", "more", "than"], Qk::Q(UpTo)),
        (&["no", "greater", "than"], Qk::Q(UpTo)),
        (&["no", "higher", "than"], Qk::Q(UpTo)),
        (&["a", "minimum", "of"], Qk::Q(AtLeast)),
        (&["a", "maximum", "of"], Qk::Q(UpTo)),
        (&["in", "excess", "of"], Qk::Q(MoreThan)),
        (&["as", "many", "as"], Qk::Q(UpTo)),
        (&["as", "much", "as"], Qk::Q(UpTo)),
        (&["at", "least"], Qk::Q(AtLeast)),
        (&["at", "most"], Qk::Q(UpTo)),
        (&["up", "to"], Qk::Q(UpTo)),
        (&["more", "than"], Qk::Q(MoreThan)),
        (&["greater", "than"], Qk::Q(MoreThan)),
        (&["higher", "than"], Qk::Q(MoreThan)),
        (&["larger", "than"], Qk::Q(MoreThan)),
        (&["bigger", "than"], Qk::Q(MoreThan)),
        (&["upwards", "of"], Qk::Q(MoreThan)),
        (&["just", "over"], Qk::Q(MoreThan)),
        (&["well", "over"], Qk::Q(MoreThan)),
        (&["less", "than"], Qk::Q(LessThan)),
        (&["fewer", "than"], Qk::Q(LessThan)),
        (&["lower", "than"], Qk::Q(LessThan)),
        (&["smaller", "than"], Qk::Q(LessThan)),
        (&["just", "under"], Qk::Q(LessThan)),
        (&["an", "estimated"], Qk::Q(About)),
        (&["close", "to"], Qk::Q(About)),
        (&["equal", "to"], Qk::Equal),
        (&["equals", "to"], Qk::Equal),
        (&["equaling", "to"], Qk::Equal),
        (&["equalling", "to"], Qk::Equal),
        (&[">", "="], Qk::Q(AtLeast)),
        (&["<", "="], Qk::Q(UpTo)),
        (&["over"], Qk::Q(MoreThan)),
        (&["above"], Qk::Q(MoreThan)),
        (&["exceeding"], Qk::Q(MoreThan)),
        (&["exceed"], Qk::Q(MoreThan)),
        (&["exceeds"], Qk::Q(MoreThan)),
        (&["exceeded"], Qk::Q(MoreThan)),
        (&["surpass"], Qk::Q(MoreThan)),
        (&["surpassing"], Qk::Q(MoreThan)),
        (&["under"], Qk::Q(LessThan)),
        (&["below"], Qk::Q(LessThan)),
        (&["about"], Qk::Q(About)),
        (&["around"], Qk::Q(About)),
        (&["roughly"], Qk::Q(About)),
        (&["approximately"], Qk::Q(About)),
        (&["approx"], Qk::Q(About)),
        (&["nearly"], Qk::Q(About)),
        (&["almost"], Qk::Q(About)),
        (&["some"], Qk::Q(About)),
        (&["estimated"], Qk::Q(About)),
        (&["circa"], Qk::Q(About)),
        (&["equals"], Qk::Equal),
        (&["≥"], Qk::Q(AtLeast)),
        (&["≤"], Qk::Q(UpTo)),
        (&[">"], Qk::Q(MoreThan)),
        (&["<"], Qk::Q(LessThan)),
        (&["="], Qk::Equal),
        (&["between"], Qk::Between),
        (&["from"], Qk::From),
    ]
};

/// The bound with "or equal" added: "more than ... or equal to" is at least.
fn inclusive(q: Qualifier) -> Qualifier {
    match q {
        Qualifier::MoreThan => Qualifier::AtLeast,
        Qualifier::LessThan => Qualifier::UpTo,
        x => x,
    }
}

fn is_lower_bound(q: Option<Qualifier>) -> bool {
    matches!(q, Some(Qualifier::AtLeast | Qualifier::MoreThan))
}
fn is_upper_bound(q: Option<Qualifier>) -> bool {
    matches!(q, Some(Qualifier::UpTo | Qualifier::LessThan))
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
    fn hyphen(&self, k: usize) -> bool {
        self.is_dash(k) && self.glued(k) && self.glued(k + 1)
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

    // ---------------------------------------------------------------- digits

    /// Digits with separators and decimals; returns (value, end, form, plain).
    fn digit_number(&self, i: usize) -> Option<(f64, usize, Form, bool)> {
        let mut j;
        let mut s = String::new();
        let mut plain = true;
        if self.is_sym(i, '.') && self.is_digits(i + 1) && self.glued(i + 1) {
            // ".25"
            if i > 0 && self.glued(i) && (self.is_digits(i - 1) || self.is_word(i - 1)) {
                return None;
            }
            s.push_str("0.");
            s.push_str(self.raw(i + 1));
            let v = s.parse().ok()?;
            return Some((v, i + 2, Form::Dec, false));
        }
        if !self.is_digits(i) {
            return None;
        }
        s.push_str(self.raw(i));
        j = i + 1;
        let first_len = self.dlen(i);
        if first_len <= 3 {
            // 1,234,567 (and Indian 12,34,567 when it ends in a 3-group)
            let mut k = j;
            let mut groups = String::new();
            while self.is_sym(k, ',') && self.glued(k) && self.is_digits(k + 1) && self.glued(k + 1)
            {
                let l = self.dlen(k + 1);
                let indian =
                    l == 2 && self.is_sym(k + 2, ',') && self.glued(k + 2) && self.dlen(k + 3) >= 2;
                if l == 3 || indian {
                    groups.push_str(self.raw(k + 1));
                    k += 2;
                } else {
                    break;
                }
            }
            let grouped = k > j && (groups.len().is_multiple_of(3) || self.dlen(k - 1) == 3);
            if grouped {
                s.push_str(&groups);
                j = k;
                plain = false;
            } else if k == j {
                // 1 234 567 with (narrow) spaces between 3-digit groups.
                let mut k = j;
                while self.is_digits(k)
                    && self.dlen(k) == 3
                    && self.ws_between(k).chars().count() == 1
                    && self.ws_between(k).chars().all(is_space_sep)
                    && !(self.is_sym(k + 1, '/') && self.glued(k + 1))
                {
                    s.push_str(self.raw(k));
                    k += 1;
                }
                let runs_on = self.is_digits(k) && !self.toks[k].gap;
                if k > j && !runs_on {
                    j = k;
                    plain = false;
                }
            }
        }
        let mut form = Form::Int;
        // Decimal part, unless this is a dotted chain (IP address, version).
        if self.is_sym(j, '.') && self.glued(j) && self.is_digits(j + 1) && self.glued(j + 1) {
            let chain = (self.is_sym(j + 2, '.')
                && self.glued(j + 2)
                && self.is_digits(j + 3)
                && self.glued(j + 3))
                || (i >= 2
                    && self.is_sym(i - 1, '.')
                    && self.glued(i)
                    && self.is_digits(i - 2)
                    && self.glued(i - 1));
            if !chain {
                s.push('.');
                s.push_str(self.raw(j + 1));
                j += 2;
                form = Form::Dec;
                plain = false;
            }
        } else if plain
            && first_len <= 3
            && self.is_sym(j, ',')
            && self.glued(j)
            && self.is_digits(j + 1)
            && self.glued(j + 1)
            && self.dlen(j + 1) <= 2
            && !(self.is_sym(j + 2, ',') && self.is_digits(j + 3))
            && !(i >= 2 && self.is_sym(i - 1, ',') && self.glued(i) && self.is_digits(i - 2))
        {
            // Continental decimal comma ("5,00", "1,3").
            s.push('.');
            s.push_str(self.raw(j + 1));
            j += 2;
            form = Form::Dec;
            plain = false;
        }
        let mut v: f64 = s.parse().ok()?;
        if form == Form::Dec && v.fract() == 0.0 {
            form = Form::Int;
        }
        // Exponents: 1e10, 1.3x10^6, 2.5^-1.
        if self.glued(j) && matches!(self.raw(j), "e" | "E") {
            let (neg, k) = self.exp_sign(j + 1);
            if self.is_digits(k) && self.glued(k) {
                let e: f64 = self.digits_val(k);
                v *= 10f64.powf(if neg { -e } else { e });
                return Some((v, k + 1, Form::Pow, false));
            }
        }
        if self.glued(j)
            && matches!(self.raw(j), "x" | "X" | "×")
            && self.raw(j + 1) == "10"
            && self.is_sym(j + 2, '^')
        {
            let (neg, k) = self.exp_sign(j + 3);
            if self.is_digits(k) {
                let e = self.digits_val(k);
                v *= 10f64.powf(if neg { -e } else { e });
                return Some((v, k + 1, Form::Pow, false));
            }
        }
        if self.is_sym(j, '^') && self.glued(j) {
            let (neg, k) = self.exp_sign(j + 1);
            if let Some((e, k2, _, _)) = self.digit_number(k) {
                v = v.powf(if neg { -e } else { e });
                return Some((v, k2, Form::Pow, false));
            }
        }
        Some((v, j, form, plain))
    }

    fn exp_sign(&self, mut k: usize) -> (bool, usize) {
        let mut neg = false;
        while let Some(c @ ('+' | '-')) = self.sym(k) {
            if c == '-' {
                neg = !neg;
            }
            k += 1;
        }
        (neg, k)
    }

    /// Dates, times, phone numbers and codes starting at `i`: the token end to skip.
    fn skip_non_quantity(&self, i: usize) -> Option<usize> {
        if !self.is_digits(i) {
            if self.is_sym(i, '+') && self.is_digits(i + 1) && self.glued(i + 1) {
                let mut k = i + 1;
                while self.is_digits(k)
                    || (matches!(self.sym(k), Some('-' | '/' | '.')) && self.is_digits(k + 1))
                {
                    k += 1;
                }
                if k > i + 2 {
                    return Some(k);
                }
            }
            return None;
        }
        // 3:45, 10:30:15
        if self.is_sym(i + 1, ':')
            && self.glued(i + 1)
            && self.is_digits(i + 2)
            && self.glued(i + 2)
        {
            let mut k = i + 3;
            while self.is_sym(k, ':') && self.is_digits(k + 1) {
                k += 2;
            }
            return Some(self.skip_ampm(k));
        }
        // 10am, 6 p.m.
        let k = self.skip_ampm(i + 1);
        if k > i + 1 && self.dlen(i) <= 2 {
            return Some(k);
        }
        // 5/17/2018, 2024-10-03, 555-123-4567
        for sep in ['/', '-', '.'] {
            if self.is_sym(i + 1, sep)
                && self.glued(i + 1)
                && self.is_digits(i + 2)
                && self.glued(i + 2)
                && self.is_sym(i + 3, sep)
                && self.glued(i + 3)
                && self.is_digits(i + 4)
                && self.glued(i + 4)
                && (sep != '.' || self.dlen(i + 4) == 4 || self.dlen(i) == 4)
            {
                let mut k = i + 5;
                while self.is_sym(k, sep) && self.glued(k) && self.is_digits(k + 1) {
                    k += 2;
                }
                return Some(k);
            }
        }
        // Phone numbers with a trunk zero: "020 7946 0958", "0800 123 456".
        if self.dlen(i) >= 3 && self.raw(i).starts_with('0') {
            let mut k = i + 1;
            while self.is_digits(k) && self.dlen(k) >= 3 {
                k += 1;
            }
            if k > i + 1 || self.dlen(i) >= 7 {
                return Some(k);
            }
        }
        // 1995-01 (year-month)
        if self.dlen(i) == 4
            && self.is_dash(i + 1)
            && self.glued(i + 1)
            && self.dlen(i + 2) == 2
            && self.raw(i + 2).starts_with('0')
        {
            return Some(i + 3);
        }
        // Calendar dates: "Oct. 3", "May 4th", "3 October".
        if self.dlen(i) <= 2 && self.digits_val(i) >= 1.0 && self.digits_val(i) <= 31.0 {
            let mut p = i;
            if p >= 1 && self.is_sym(p - 1, '.') {
                p -= 1;
            }
            if p >= 1
                && self.is_word(p - 1)
                && self.capitalised(p - 1)
                && (lx::month(self.w(p - 1)) || self.w(p - 1) == "may")
            {
                let mut k = i + 1;
                if lx::ordinal_suffix(self.w(k)) && self.glued(k) {
                    k += 1;
                }
                return Some(k);
            }
            let mut k = i + 1;
            if lx::ordinal_suffix(self.w(k)) && self.glued(k) {
                k += 1;
            }
            // "5-6 March"
            if self.is_dash(k) && self.is_digits(k + 1) && self.dlen(k + 1) <= 2 {
                k += 2;
                if lx::ordinal_suffix(self.w(k)) && self.glued(k) {
                    k += 1;
                }
            }
            if self.w(k) == "of" {
                k += 1;
            }
            if self.is_word(k)
                && self.capitalised(k)
                && (lx::month(self.w(k)) || self.w(k) == "may")
            {
                return Some(k);
            }
        }
        // Street addresses: "10 Downing Street", "304 North Cardinal St."
        {
            let mut k = i + 1;
            let mut names = 0;
            while self.is_word(k) && self.capitalised(k) && names < 4 {
                if matches!(
                    self.w(k),
                    "st" | "street"
                        | "road"
                        | "rd"
                        | "avenue"
                        | "ave"
                        | "lane"
                        | "ln"
                        | "boulevard"
                        | "blvd"
                        | "drive"
                        | "dr"
                        | "way"
                        | "place"
                        | "square"
                        | "terrace"
                        | "crescent"
                        | "close"
                        | "court"
                        | "highway"
                ) && names > 0
                    || matches!(
                        self.w(k),
                        "street" | "road" | "avenue" | "lane" | "boulevard"
                    )
                {
                    return Some(k + 1);
                }
                names += 1;
                k += 1;
            }
        }
        // ZIP codes after a state abbreviation ("NY 10001").
        if self.dlen(i) == 5
            && i >= 1
            && self.raw(i - 1).len() == 2
            && self.raw(i - 1).chars().all(|c| c.is_ascii_uppercase())
        {
            // ZIP+4: "CA 90210-1234".
            if self.is_dash(i + 1)
                && self.glued(i + 1)
                && self.dlen(i + 2) == 4
                && self.glued(i + 2)
            {
                return Some(i + 3);
            }
            return Some(i + 1);
        }
        // Phone numbers with the area code in brackets: "(212) 555-1234".
        if self.dlen(i) == 3
            && i >= 1
            && self.is_sym(i - 1, '(')
            && self.glued(i)
            && self.is_sym(i + 1, ')')
            && self.glued(i + 1)
            && self.dlen(i + 2) == 3
            && self.is_dash(i + 3)
            && self.glued(i + 3)
            && self.dlen(i + 4) == 4
            && self.glued(i + 4)
        {
            return Some(i + 5);
        }
        None
    }

    fn skip_ampm(&self, k: usize) -> usize {
        match self.w(k) {
            "am" | "pm" => k + 1,
            "a" | "p" if self.is_sym(k + 1, '.') && self.w(k + 2) == "m" => {
                if self.is_sym(k + 3, '.') {
                    k + 4
                } else {
                    k + 3
                }
            }
            _ => k,
        }
    }

    // ---------------------------------------------------------------- words

    /// Below a hundred in words, or a standalone ordinal. (value, end, ordinal)
    fn small(&self, i: usize) -> Option<(f64, usize, bool)> {
        let w = self.w(i);
        if let Some(t) = lx::tens_word(w) {
            let k = if self.is_dash(i + 1) { i + 2 } else { i + 1 };
            let wk = self.w(k);
            if let Some(u) = lx::unit_word(wk).filter(|u| (1.0..10.0).contains(u)) {
                return Some((t + u, k + 1, false));
            }
            if let Some(o) = lx::ordinal_word(wk).filter(|o| (1.0..10.0).contains(o)) {
                return Some((t + o, k + 1, true));
            }
            return Some((t, i + 1, false));
        }
        if let Some(u) = lx::unit_word(w) {
            return Some((u, i + 1, false));
        }
        if let Some(o) = lx::ordinal_word(w).filter(|o| *o < 100.0) {
            return Some((o, i + 1, true));
        }
        None
    }

    /// A group below a thousand: "three hundred and two", "a hundred", "322 hundred".
    fn group(&self, i: usize) -> Option<(f64, usize, bool)> {
        let w = self.w(i);
        let (mut v, mut j, had_h);
        if matches!(w, "a" | "an") && self.w(i + 1) == "hundred" {
            v = 100.0;
            j = i + 2;
            had_h = true;
        } else if matches!(w, "a" | "an") && self.w(i + 1) == "hundredth" {
            return None;
        } else if matches!(w, "a" | "an") && lx::scale_word(self.w(i + 1)).is_some() {
            return Some((1.0, i + 1, false));
        } else if w == "hundred" {
            v = 100.0;
            j = i + 1;
            had_h = true;
        } else {
            let (sv, sj, ord) = match self.small(i) {
                Some(x) => x,
                None => {
                    // Digits only count inside a written number when a scale follows.
                    let (dv, dj, _, _) = self.digit_number(i)?;
                    let nw = self.w(dj);
                    if nw == "hundred" || nw == "hundredth" || lx::scale_word(nw).is_some() {
                        (dv, dj, false)
                    } else {
                        return None;
                    }
                }
            };
            if ord {
                return Some((sv, sj, true));
            }
            v = sv;
            j = sj;
            // "five hundreds tvs" (but "hundreds of" is vague).
            let hundreds = self.w(j) == "hundreds" && self.w(j + 1) != "of" && j > i;
            if self.w(j) == "hundred" || hundreds {
                v *= 100.0;
                j += 1;
                had_h = true;
            } else if self.w(j) == "hundredth" {
                return Some((v * 100.0, j + 1, true));
            } else {
                had_h = false;
            }
        }
        if had_h {
            let k = if self.w(j) == "and" { j + 1 } else { j };
            let tail = self.small(k).or_else(|| {
                (self.is_digits(k)
                    && self.dlen(k) <= 2
                    && self.digits_val(k) >= 1.0
                    && !(self.is_sym(k + 1, '.') && self.is_digits(k + 2)))
                .then(|| (self.digits_val(k), k + 1, false))
            });
            if let Some((s, m, ord)) = tail {
                let nw = self.w(m);
                let next_is_group_scale = nw == "hundred" || nw == "hundreds";
                if s < 100.0 && !next_is_group_scale {
                    return Some((v + s, m, ord));
                }
            }
        }
        Some((v, j, false))
    }

    /// "a half", "two thirds", "three quarters", "one-eighth", bare "half".
    fn frac_phrase(&self, i: usize) -> Option<(f64, usize)> {
        let w = self.w(i);
        if w == "half" {
            return Some((0.5, i + 1));
        }
        if w == "quarter" && lx::scale_word(self.w(i + 1)).is_some() {
            return Some((0.25, i + 1));
        }
        // "one twenty-fifth"
        if w == "one" {
            if let Some(t) = lx::tens_word(self.w(i + 1)) {
                let k = if self.is_dash(i + 2) { i + 3 } else { i + 2 };
                if let Some(o) = lx::ordinal_word(self.w(k)).filter(|o| *o < 10.0 && *o >= 1.0) {
                    return Some((1.0 / (t + o), k + 1));
                }
            }
        }
        let num = if matches!(w, "a" | "an") {
            1.0
        } else {
            match self.small(i) {
                Some((v, j, false))
                    if j == i + 1 || self.is_dash(i + 1) || lx::tens_word(w).is_some() =>
                {
                    if j != i + 1 {
                        // "twenty-three fifths": take the whole small number.
                        let k = if self.is_dash(j) { j + 1 } else { j };
                        let (d, plural) = lx::denominator(self.w(k))?;
                        return (plural && v != 1.0 || !plural && v == 1.0)
                            .then_some((v / d, k + 1));
                    }
                    v
                }
                _ => return None,
            }
        };
        let k = if self.is_dash(i + 1) { i + 2 } else { i + 1 };
        let (d, plural) = lx::denominator(self.w(k))?;
        if (num == 1.0 && !plural) || (num != 1.0 && plural) {
            Some((num / d, k + 1))
        } else {
            None
        }
    }

    /// Value of a small number between an "and" and `j` inside `i..j`.
    fn and_tail(&self, i: usize, j: usize) -> Option<f64> {
        let a = (i..j).rev().find(|&p| self.w(p) == "and")?;
        match self.small(a + 1) {
            Some((s, m, false)) if m == j => Some(s),
            _ => None,
        }
    }

    /// A written cardinal (optionally with a trailing fraction or ordinal).
    /// Returns (value, end, form).
    fn cardinal(&self, i: usize) -> Option<(f64, usize, Form)> {
        let mut total = 0.0;
        let mut last = f64::INFINITY;
        let mut j = i;
        let mut ok = false;
        let mut form = Form::Int;
        let mut first = true;
        loop {
            // "one billion and a half million": a fraction as a group before a scale.
            if let Some((f, m)) = self.frac_phrase(j) {
                let m2 = if self.w(m) == "a" { m + 1 } else { m };
                if let Some(s) = lx::scale_word(self.w(m2)).filter(|s| *s < last) {
                    total += mulp(f, s);
                    j = m2 + 1;
                    ok = true;
                    form = Form::Frac;
                    break;
                }
            }
            let Some((g, k, ord)) = self.group(j) else {
                break;
            };
            if !first && self.is_digits(j) && lx::scale_word(self.w(k)).is_none() && k == j + 1 {
                break;
            }
            // "280 million first preferred": an ordinal after a scale needs "and".
            if !first && ord && j > 0 && self.w(j - 1) != "and" && k == j + 1 {
                break;
            }
            first = false;
            if ord {
                total += g;
                j = k;
                ok = true;
                form = Form::Ord;
                break;
            }
            let (mut g2, mut k2) = (g, k);
            // "two and a half", "two-and-a-half"
            let and_at = if self.w(k) == "and" {
                Some(k + 1)
            } else if self.is_dash(k)
                && self.glued(k)
                && self.w(k + 1) == "and"
                && self.is_dash(k + 2)
            {
                Some(k + 3)
            } else {
                None
            };
            if let Some(fk) = and_at {
                if let Some((f, m)) = self.frac_phrase(fk) {
                    g2 = g + f;
                    k2 = m;
                    form = Form::Frac;
                }
            }
            let sw = self.w(k2);
            if let Some(s) = lx::scale_word(sw).filter(|s| *s < last) {
                total += mulp(g2, s);
                last = s;
                j = k2 + 1;
                ok = true;
                while let Some(s2) = lx::scale_word(self.w(j)).filter(|s2| *s2 > s) {
                    total *= s2;
                    last = s2;
                    j += 1;
                }
                if form == Form::Frac {
                    form = Form::Int;
                }
                if self.w(j) == "and" {
                    if let Some((f, m)) = self.frac_phrase(j + 1) {
                        if lx::scale_word(self.w(m)).is_none() {
                            total += f * last;
                            j = m;
                            form = Form::Frac;
                            break;
                        }
                    }
                    if self.group(j + 1).is_some() || self.frac_phrase(j + 1).is_some() {
                        let save = j;
                        j += 1;
                        // only continue if something smaller follows
                        if let Some((_, gk, _)) = self.group(j) {
                            if let Some(s3) = lx::scale_word(self.w(gk)) {
                                if s3 >= last {
                                    j = save;
                                    break;
                                }
                            }
                        }
                        continue;
                    }
                    break;
                }
                continue;
            }
            if let Some(s) = lx::ordinal_word(sw).filter(|s| *s >= 1000.0 && *s < last) {
                total += mulp(g2, s);
                j = k2 + 1;
                ok = true;
                form = Form::Ord;
                break;
            }
            total += g2;
            j = k2;
            ok = true;
            break;
        }
        if !ok {
            return None;
        }
        // "two hundred point zero three", "nine point nought four"
        if form == Form::Int && self.w(j) == "point" {
            let guarded = self.w(i) == "one"
                && i > 0
                && matches!(
                    self.w(i - 1),
                    "at" | "some" | "any" | "every" | "that" | "this" | "the" | "one"
                );
            let mut k = j + 1;
            let mut digits = String::new();
            while let Some(u) = lx::unit_word(self.w(k)).filter(|u| *u < 10.0) {
                digits.push(char::from(b'0' + u as u8));
                k += 1;
            }
            if digits.is_empty() {
                if let Some((v, m, false)) = self.small(k) {
                    digits = format!("{}", v as u64);
                    k = m;
                }
            }
            if !digits.is_empty() && !guarded {
                total += format!("0.{digits}").parse::<f64>().unwrap_or(0.0);
                return Some((total, k, Form::Dec));
            }
        }
        // Compound denominators: "one hundred thirty-fifths" (100/35),
        // "three twenty-firsts" (3/21).
        if form == Form::Int {
            let k = if self.is_dash(j) { j + 1 } else { j };
            if let Some(d) = compound_den(self.w(k)) {
                if j > i + 1 && self.w(j - 2) != "and" {
                    if let Some(t) = lx::tens_word(self.w(j - 1)).or_else(|| {
                        (self.is_dash(j) && j >= 2)
                            .then(|| lx::tens_word(self.w(j - 1)))
                            .flatten()
                    }) {
                        return Some(((total - t) / (t + d), k + 1, Form::Frac));
                    }
                }
            }
            if let Some(t) = lx::tens_word(self.w(j)) {
                let k = if self.is_dash(j + 1) { j + 2 } else { j + 1 };
                if let Some(d) = compound_den(self.w(k)) {
                    return Some((total / (t + d), k + 1, Form::Frac));
                }
            }
        }
        // "N fifths": the whole cardinal is the numerator.
        if form == Form::Int {
            let k = if self.is_dash(j) { j + 1 } else { j };
            if let Some((d, true)) = lx::denominator(self.w(k)) {
                if total != 1.0 {
                    // "one hundred and three quarters" is 100 + 3/4 (a proper
                    // fraction after "and"); "one hundred and thirty fifths" is 130/5.
                    if let Some(s) = self.and_tail(i, j).filter(|s| *s < d) {
                        return Some((total - s + s / d, k + 1, Form::Frac));
                    }
                    return Some((total / d, k + 1, Form::Frac));
                }
            }
        }
        Some((total, j, form))
    }

    /// A bare number at `i`: digits (with suffixes, scale words, fractions) or words.
    fn core(&self, i: usize) -> Option<Core> {
        // Sign.
        let mut neg = false;
        let mut j = i;
        if let Some('-' | '−') = self.sym(i) {
            let prev_ok = i == 0
                || self.toks[i].gap
                || !(self.is_digits(i - 1)
                    || self.is_word(i - 1)
                    || matches!(self.sym(i - 1), Some('%' | ')')));
            let next_ok =
                (self.is_digits(i + 1) || self.is_sym(i + 1, '.')) && (self.glued(i + 1) || i == 0);
            if prev_ok && next_ok {
                neg = true;
                j = i + 1;
            } else {
                return None;
            }
        }
        if matches!(self.w(j), "minus" | "negative") && j == i {
            neg = true;
            j += 1;
        }
        let mut c = self.unsigned(j)?;
        if c.form == Form::Int && c.v.fract() == 0.0 {
            let (w1, w2) = (self.w(c.e), self.w(c.e + 1));
            let k = match (w1, w2) {
                ("over", _) | ("in", _) => Some(c.e + 1),
                ("out", "of") => Some(c.e + 2),
                _ => None,
            };
            if let Some(k) = k {
                if let Some(d) = self
                    .unsigned(k)
                    .filter(|d| d.form == Form::Int && d.v > 0.0 && d.v.fract() == 0.0)
                {
                    let year = d.plain_digits && self.dlen(d.s) == 4;
                    let ok = match w1 {
                        "over" => !self.is_word(d.e) && !self.is_digits(d.e),
                        "out" => c.v <= d.v,
                        _ => c.v < d.v && !year && d.v <= 1000.0,
                    };
                    if ok {
                        c = Core::derived(c.s, d.e, c.v / d.v, Form::Frac);
                    }
                }
            }
        }
        if neg {
            c.v = -c.v;
            c.s = i;
            c.plain_digits = false;
            c.lone_word = None;
        }
        Some(c)
    }

    fn unsigned(&self, i: usize) -> Option<Core> {
        if let Some(c) = self.sym(i) {
            if let Some(f) = lx::vulgar_fraction(c) {
                return Some(Core::derived(i, i + 1, f, Form::Frac));
            }
        }
        if self.is_digits(i) || self.is_sym(i, '.') {
            let (mut v, mut j, mut form, mut plain) = self.digit_number(i)?;
            // Digit fractions and mixed numbers: 3/4, 10 1/2.
            if form == Form::Int
                && self.is_sym(j, '/')
                && self.glued(j)
                && self.is_digits(j + 1)
                && self.glued(j + 1)
            {
                let d = self.digits_val(j + 1);
                if d != 0.0 && !(self.is_sym(j + 2, '/')) {
                    // Only proper fractions: "8/6" (a score), "2002/03", "24/7" are not.
                    if v >= d || self.dlen(i) > 3 {
                        return None;
                    }
                    return Some(Core::derived(i, j + 2, v / d, Form::Frac));
                }
            }
            if form == Form::Int
                && self.is_digits(j)
                && self.toks[j].gap
                && self.is_sym(j + 1, '/')
                && self.glued(j + 1)
                && self.is_digits(j + 2)
                && self.glued(j + 2)
            {
                let (n, d) = (self.digits_val(j), self.digits_val(j + 2));
                if d != 0.0 && n < d {
                    return Some(Core::derived(i, j + 3, v + n / d, Form::Frac));
                }
            }
            if form == Form::Int && self.glued(j) {
                if let Some(f) = self.sym(j).and_then(lx::vulgar_fraction) {
                    return Some(Core::derived(i, j + 1, v + f, Form::Frac));
                }
            }
            if form == Form::Pow {
                return Some(Core {
                    s: i,
                    e: j,
                    v,
                    form,
                    plain_digits: false,
                    lone_word: None,
                });
            }
            // Abbreviated scales: 10k, $1.13bn, 2.33 k.
            let suffix_ok = self.is_word(j)
                && (self.glued(j) || self.ws_between(j).len() <= 2)
                && !self.glued_word(j + 1);
            if suffix_ok {
                let g_code = self.raw(j) == "G" && v < 10.0 && v.fract() == 0.0; // "4G", "5G" networks
                if let Some(s) = lx::digit_suffix(self.raw(j), self.glued(j)).filter(|_| !g_code) {
                    let spaced_lower = !self.glued(j)
                        && self.raw(j).chars().all(|c| c.is_ascii_lowercase())
                        && self.raw(j) != "bn"
                        && self.raw(j) != "bln"
                        && self.raw(j) != "tln";
                    if !spaced_lower || self.raw(j) == "k" {
                        v = mulp(v, s);
                        j += 1;
                        plain = false;
                        if v.fract() == 0.0 {
                            form = Form::Int;
                        }
                    }
                }
            }
            // Digits followed by scale words: hand over to the written grammar.
            let nw = self.w(j);
            if nw == "hundred"
                || nw == "hundredth"
                || lx::scale_word(nw).is_some()
                || nw == "dozen"
                || nw == "dozens"
            {
                if matches!(nw, "dozen" | "dozens") {
                    return Some(Core::derived(i, j + 1, v * 12.0, form));
                }
                if let Some((cv, ce, cf)) = self.cardinal(i) {
                    if ce > j {
                        let f = if cf == Form::Int && cv.fract() != 0.0 {
                            Form::Dec
                        } else {
                            cf
                        };
                        let f = if f == Form::Dec && cv.fract() == 0.0 {
                            Form::Int
                        } else {
                            f
                        };
                        return Some(Core::derived(i, ce, cv, f));
                    }
                }
            }
            if matches!(nw, "dzs" | "dozs" | "doz") {
                return Some(Core::derived(i, j + 1, v * 12.0, form));
            }
            // "3 million and a half"
            return Some(Core {
                s: i,
                e: j,
                v,
                form,
                plain_digits: plain,
                lone_word: None,
            });
        }
        if !self.is_word(i) {
            return None;
        }
        let w = self.w(i);
        // "half a million", "half a dozen", "two thirds of a million"
        let frac = self.frac_phrase(i).map(|(f, m)| {
            let mut k = m;
            if self.w(k) == "of" && self.w(k + 1) == "a" {
                k += 2;
            } else if self.w(k) == "a" {
                k += 1;
            }
            if let Some(s) = lx::scale_word(self.w(k)) {
                (mulp(f, s), k + 1)
            } else if self.w(k) == "dozen" && k > m {
                (f * 12.0, k + 1)
            } else {
                (f, m)
            }
        });
        let card = self.cardinal(i);
        let mut best: Option<Core> = None;
        if let Some((v, e, form)) = card {
            let lone = (e == i + 1).then_some(match w {
                "one" => "one",
                "half" => "half",
                _ => "",
            });
            best = Some(Core {
                s: i,
                e,
                v,
                form,
                plain_digits: false,
                lone_word: lone.filter(|s| !s.is_empty()),
            });
        }
        if let Some((v, e)) = frac {
            // "a third quarter", "a fourth term": an ordinal, not a fraction.
            let ordinal_use = matches!(w, "a" | "an")
                && e == i + 2
                && !matches!(self.w(i + 1), "half" | "quarter")
                && ((self.is_word(e) && !lx::not_a_noun(self.w(e)))
                    || (self.is_dash(e)
                        && self.glued(e)
                        && self.is_word(e + 1)
                        && self.glued(e + 1)));
            if ordinal_use {
                return None;
            }
            if best
                .as_ref()
                .is_none_or(|b| e > b.e || (e == b.e && matches!(w, "a" | "an" | "one")))
            {
                let form = if v.fract() == 0.0 && e > i + 2 {
                    Form::Int
                } else {
                    Form::Frac
                };
                let lone = (w == "half" && e == i + 1).then_some("half");
                best = Some(Core {
                    s: i,
                    e,
                    v,
                    form,
                    plain_digits: false,
                    lone_word: lone,
                });
            }
        }
        // "a dozen", "three dozens", "three hundred and two dozens"
        if let Some(b) = best.as_mut() {
            if matches!(self.w(b.e), "dozen" | "dozens" | "dzs" | "dozs") && b.form == Form::Int {
                // "three hundred and two dozens" is 300 + 2 x 12.
                b.v = match self.and_tail(b.s, b.e) {
                    Some(s) => b.v - s + s * 12.0,
                    None => b.v * 12.0,
                };
                b.e += 1;
                b.lone_word = None;
            }
        } else if matches!(w, "a" | "one") && self.w(i + 1) == "dozen" {
            best = Some(Core::derived(i, i + 2, 12.0, Form::Int));
        } else if let Some(o) = lx::ordinal_word(w).filter(|o| *o >= 100.0) {
            // A bare "hundredth", "trillionth".
            best = Some(Core::derived(i, i + 1, o, Form::Ord));
        }
        // "one over three", "2000 over 3" (only when nothing is counted after).
        let b = best?;
        Some(b)
    }
}

/// Kinds that can form a range or an approximate "x or y" pair.
fn rangeable(k: NumberKind) -> bool {
    matches!(
        k,
        NumberKind::Cardinal
            | NumberKind::Money
            | NumberKind::Percent
            | NumberKind::Measure
            | NumberKind::Duration
    )
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

impl Sc<'_> {
    fn qualifier(&self, i: usize) -> Option<(Qk, usize)> {
        let w0 = self.w(i);
        if w0.is_empty() {
            return None;
        }
        // "<>30", "=>30" are not bounds.
        if self.sym(i).is_some()
            && i > 0
            && self.glued(i)
            && matches!(self.sym(i - 1), Some('<' | '>' | '='))
        {
            return None;
        }
        'outer: for (words, q) in QUALS {
            if words[0] != w0 {
                continue;
            }
            for (k, want) in words.iter().enumerate().skip(1) {
                if self.w(i + k) != *want {
                    continue 'outer;
                }
            }
            return Some((*q, i + words.len()));
        }
        None
    }

    /// Currency written before the number: "$", "US$", "c $", "USD".
    fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize, f64)> {
        if let Some(c) = self.sym(i) {
            return lx::currency_symbol(c).map(|iso| (iso, i + 1, 1.0));
        }
        if self.is_word(i) {
            let w = self.w(i);
            // "u.s $"
            if w == "u"
                && self.is_sym(i + 1, '.')
                && self.w(i + 2) == "s"
                && self.is_sym(i + 3, '$')
            {
                return Some(("USD", i + 4, 1.0));
            }
            if let Some(iso) = lx::dollar_prefix(w) {
                // Single letters only when unambiguous: "A$5" yes, "a $5" no ("c $" is Canadian).
                let single_ok = w.len() > 1
                    || w == "c"
                    || (self.glued(i + 1) && self.raw(i).chars().all(|c| c.is_ascii_uppercase()));
                if self.is_sym(i + 1, '$')
                    && single_ok
                    && (self.glued(i + 1) || self.raw(i).chars().all(|c| c.is_ascii_lowercase()))
                {
                    return Some((iso, i + 2, 1.0));
                }
            }
            // Indian rupees: "Rs 500 crore", "Rs.500", "Rs500".
            if self.raw(i) == "Rs" {
                let k = if self.is_sym(i + 1, '.') {
                    i + 2
                } else {
                    i + 1
                };
                if self.is_digits(k) {
                    return Some(("INR", k, 1.0));
                }
            }
            // A currency name before the amount, as wire copy writes it: "dollar 22.5
            // million", "DOLLARS 5m", "Australian dollars 648m". Only before a plain
            // amount ("the dollar 2% higher" is not money) and not before a year
            // ("Euro 2004").
            let (nat, cw) = match lx::currency_word(self.w(i + 1)) {
                Some((iso, _)) => match lx::currency_nationality(w, iso) {
                    Some(n) => (Some(n), i + 1),
                    None => (None, i),
                },
                None => (None, i),
            };
            if matches!(
                self.w(cw),
                "dollar" | "dollars" | "euro" | "euros" | "pound" | "pounds"
            ) && self.is_digits(cw + 1)
                && !self.glued(cw + 1)
            {
                let plain = match self.amount(cw + 1) {
                    Some(Ok(a)) => {
                        // "DOLLARS 5m": with a currency, a glued "m" is million.
                        let million = a.kind == NumberKind::Measure
                            && self.raw(a.core.e) == "m"
                            && self.glued(a.core.e);
                        (a.kind == NumberKind::Cardinal || million)
                            && !(a.core.plain_digits
                                && self.dlen(a.core.s) == 4
                                && (1000.0..=2100.0).contains(&a.v))
                    }
                    _ => false,
                };
                if plain {
                    return lx::currency_word(self.w(cw))
                        .map(|(iso, _)| (nat.unwrap_or(iso), cw + 1, 1.0));
                }
            }
            let raw = self.raw(i);
            let (code, scale) = match raw.strip_prefix('M') {
                Some(rest) if rest.len() == 3 && lx::iso_code(rest).is_some() => (rest, 1e6),
                _ => (raw, 1.0),
            };
            let iso = lx::iso_code(code).or_else(|| {
                (code.chars().all(|c| c.is_ascii_lowercase()) && code.len() == 3)
                    .then(|| lx::iso_code(&code.to_ascii_uppercase()))
                    .flatten()
            });
            if let Some(iso) = iso {
                if self.is_digits(i + 1)
                    || self.is_sym(i + 1, '$')
                    || lx::unit_word(self.w(i + 1)).is_some() && scale > 1.0
                {
                    let k = if self.is_sym(i + 1, '$') {
                        i + 2
                    } else {
                        i + 1
                    };
                    return Some((iso, k, scale));
                }
            }
        }
        None
    }

    /// "15 dollars 50", "thirteen dollars and forty-five cents": the minor part.
    fn cents_tail(&self, e: usize) -> Option<(f64, usize)> {
        let k = if self.w(e) == "and" { e + 1 } else { e };
        let c = self.core(k)?;
        if c.form != Form::Int || c.v >= 100.0 || c.v < 1.0 {
            return None;
        }
        if matches!(self.w(c.e), "cents" | "cent" | "pence" | "penny" | "p") {
            return Some((c.v / 100.0, c.e + 1));
        }
        let end_ok =
            c.e >= self.n() || matches!(self.sym(c.e), Some('.' | ',' | ';' | '!' | '?' | ')'));
        end_ok.then_some((c.v / 100.0, c.e))
    }

    /// Durations written without digits: "a year", "half an hour", "all day",
    /// "another week", "a couple of days", "several days".
    fn word_duration(&self, i: usize) -> Option<Amount> {
        fn w_i<'s>(sc: &'s Sc<'_>, i: usize) -> &'s str {
            sc.w(i)
        }
        let full_unit = |k: usize| -> Option<&'static str> {
            let w = self.w(k);
            if w.len() < 3
                || matches!(
                    w,
                    "second"
                        | "seconds"
                        | "sec"
                        | "secs"
                        | "min"
                        | "mins"
                        | "hrs"
                        | "yrs"
                        | "mos"
                        | "wks"
                )
            {
                return None;
            }
            lx::duration_unit(w)
        };
        // "$5 a year", "twice a day", "280,000 jobs a year": a rate, not a duration.
        if matches!(w_i(self, i), "a" | "an") {
            for p in (i.saturating_sub(3)..i).rev() {
                let pw = self.w(p);
                let rate = self.is_digits(p)
                    || matches!(self.sym(p), Some(c) if c == '%' || c == ')' || lx::currency_symbol(c).is_some())
                    || lx::scale_word(pw).is_some()
                    || lx::unit_word(pw).is_some()
                    || lx::tens_word(pw).is_some()
                    || lx::currency_word(pw).is_some()
                    || lx::digit_suffix(self.raw(p), true).is_some() && self.glued(p)
                    || matches!(
                        pw,
                        "per"
                            | "once"
                            | "twice"
                            | "thrice"
                            | "times"
                            | "percent"
                            | "cent"
                            | "m"
                            | "bn"
                            | "k"
                    );
                if rate {
                    return None;
                }
                // Only look past a counted noun, not across clauses.
                if !self.is_word(p) || lx::not_a_noun(pw) && p + 1 != i {
                    break;
                }
            }
        }
        let w = self.w(i);
        let biz = |k: usize| if self.w(k) == "business" { k + 1 } else { k };
        let (v, low, uk): (Option<f64>, Option<f64>, usize) = match w {
            "a" | "an" => match self.w(i + 1) {
                "half" => (Some(0.5), None, i + 2),
                "couple" if self.w(i + 2) == "of" => (Some(2.0), None, i + 3),
                "few" => (None, Some(2.0), i + 2),
                _ => (Some(1.0), None, i + 1),
            },
            "half" => {
                let k = if matches!(self.w(i + 1), "a" | "an") {
                    i + 2
                } else {
                    i + 1
                };
                (Some(0.5), None, biz(k))
            }
            "all" | "full" | "whole" => {
                // "full-year results": a compound adjective, not a duration.
                let hy = self.is_dash(i + 1);
                if hy && self.is_word(i + 3) && !lx::not_a_noun(self.w(i + 3)) {
                    return None;
                }
                (Some(1.0), None, if hy { i + 2 } else { i + 1 })
            }
            "another" => (Some(1.0), None, biz(i + 1)),
            "couple" if self.w(i + 1) == "of" => (Some(2.0), None, i + 2),
            "few" | "several" => (None, Some(2.0), i + 1),
            "some" => (None, None, i + 1),
            _ => return None,
        };
        let unit = full_unit(uk)?;
        let plural_word = self.w(uk).ends_with('s') || self.w(uk) == "centuries";
        // "a year" is singular; "several days" plural; "all day" singular.
        let singular_needed =
            matches!(w, "a" | "an" | "all" | "full" | "whole" | "another") && v == Some(1.0);
        if singular_needed && plural_word {
            return None;
        }
        if v.is_none() && !plural_word {
            return None;
        }
        let mut e = uk + 1;
        let mut val = v;
        // "an hour and a half", "an hour and half"
        if val == Some(1.0) && self.w(e) == "and" {
            if self.w(e + 1) == "half" {
                val = Some(1.5);
                e += 2;
            } else if self.w(e + 1) == "a" && self.w(e + 2) == "half" {
                val = Some(1.5);
                e += 3;
            }
        }
        let core = Core::derived(i, e, val.unwrap_or(f64::NAN), Form::Int);
        let mut a = self.plain_amount(i, core);
        a.e = e;
        a.kind = NumberKind::Duration;
        a.v = val.unwrap_or(f64::NAN);
        a.unit = Some(unit.to_string());
        a.secs = val.map(|x| x * lx::duration_seconds(unit));
        a.no_core = true;
        a.ident = true;
        let _ = low;
        Some(a)
    }

    fn amount(&self, i: usize) -> Option<Result<Amount, usize>> {
        if self.is_word(i) {
            if let Some(a) = self.word_duration(i) {
                return Some(Ok(a));
            }
        }
        let (cur, j, pscale) = match self.currency_prefix(i) {
            Some((iso, j, sc)) => (Some(iso), j, sc),
            None => (None, i, 1.0),
        };
        if cur.is_none() {
            if let Some(k) = self.skip_non_quantity(i) {
                return Some(Err(k));
            }
        }
        let mut core = self.core(j)?;
        // Part of an identifier ("SCP-173", "A4", "F16"): a plain number, nothing attached.
        if cur.is_none() && self.is_digits(core.s) && core.s > 0 && self.glued(core.s) {
            let p = core.s - 1;
            // A word that is not itself a suffix of digits ("5k-20k" is a range).
            let name =
                |q: usize| self.is_word(q) && !(q > 0 && self.glued(q) && self.is_digits(q - 1));
            let word_glued =
                |q: usize| name(q) || (self.is_digits(q) && q > 0 && self.glued(q) && name(q - 1));
            let ident = name(p) || (self.is_dash(p) && p > 0 && self.glued(p) && word_glued(p - 1));
            if ident {
                // Names and codes ("G7", "A321", "F-16", "COVID-19") are not quantities.
                let mut k = core.e;
                while self.glued(k) && (self.is_word(k) || self.is_digits(k)) {
                    k += 1;
                }
                return Some(Err(k));
            }
        }
        let mut e = core.e;
        let mut v = core.v;
        let scaled = !core.plain_digits && core.form != Form::Ord && (self.e_has_scale(core));
        let mk = |kind, e, v, core: Core| {
            let mut a = self.plain_amount(i, core);
            a.kind = kind;
            a.e = e;
            a.v = v;
            a.scaled = scaled;
            a
        };
        if core.form == Form::Ord {
            return Some(Ok(mk(NumberKind::Ordinal, e, v, core)));
        }
        // Digit ordinals: 21st.
        if self.is_digits(e - 1)
            && lx::ordinal_suffix(self.w(e))
            && self.glued(e)
            && core.form == Form::Int
        {
            core.form = Form::Ord;
            core.e = e + 1;
            return Some(Ok(mk(NumberKind::Ordinal, e + 1, v, core)));
        }
        if let Some(iso) = cur {
            // "$1.13bn" handled by the core; lowercase "m" glued means million here.
            if self.glued(e) && matches!(self.raw(e), "m" | "k") && !self.glued_word(e + 1) {
                v = mulp(v, if self.raw(e) == "m" { 1e6 } else { 1e3 });
                e += 1;
                core.e = e;
            }
            v *= pscale;
            // "$ 10 dollars": the word repeats the sign.
            if lx::currency_word(self.w(e)).is_some_and(|(c, u)| c == iso && u == 1.0)
                && !self.glued(e)
            {
                e += 1;
            }
            if core.form == Form::Int && !scaled && pscale == 1.0 {
                if let Some((c, m)) = self.cents_tail(e) {
                    v += c;
                    e = m;
                }
            }
            let mut a = mk(NumberKind::Money, e, v, core);
            a.currency = Some(iso);
            a.prefix_currency = true;
            a.scaled = a.scaled || e > core.e || pscale > 1.0;
            return Some(Ok(a));
        }
        // Currency sign after the number: "10 €", "100元".
        if let Some(iso) = self.sym(e).and_then(lx::currency_symbol) {
            // "10 $ 30 $": a sign followed by another amount with its own sign after.
            let next_postfix = self.core(e + 1).is_some_and(|c| {
                self.sym(c.e).and_then(lx::currency_symbol).is_some()
                    || matches!(self.w(c.e), "cent" | "cents")
            });
            if !self.is_digits(e + 1) || next_postfix {
                let mut end = e + 1;
                let mut val = v;
                if core.form == Form::Int && !scaled {
                    if let Some((c, m)) = self
                        .cents_tail(end)
                        .filter(|(_, m)| matches!(self.w(m - 1), "cent" | "cents"))
                    {
                        val += c;
                        end = m;
                    }
                }
                let mut a = mk(NumberKind::Money, end, val, core);
                a.currency = Some(iso);
                return Some(Ok(a));
            }
        }
        // Percent: "76%", "76 per cent", "3pc"; "half a percent", "a third of a percent".
        let pk = match (self.w(e), self.w(e + 1)) {
            ("a", _) if core.form == Form::Frac => e + 1,
            ("of", "a") if core.form == Form::Frac => e + 2,
            _ => e,
        };
        let pe = match (self.sym(pk), self.w(pk), self.w(pk + 1)) {
            (Some('%'), _, _) if pk == e => Some(e + 1),
            (_, "percent" | "percentage" | "percents" | "pct", _) => Some(pk + 1),
            // Lowercase only: "10 PCs" are computers.
            (_, "pc", _) if self.raw(pk) == "pc" => Some(pk + 1),
            (_, "per", "cent") => Some(pk + 2),
            _ => None,
        };
        if let Some(pe) = pe {
            let mut a = mk(NumberKind::Percent, pe, v, core);
            if self.w(pe) == "points" || (self.w(pe) == "point" && self.w(pk) != "%") {
                a.e = pe + 1;
                a.unit = Some("percentage points".into());
            }
            return Some(Ok(a));
        }
        // Currency words after: "420 million finnish markka", "50 cents", "12-cent".
        let mut k = e;
        let hy = self.hyphen(k);
        if hy {
            k += 1;
        }
        let mut nat: Option<(&str, usize)> = None;
        if self.is_word(k) && lx::currency_word(self.w(k)).is_none() && !hy {
            if self.w(k) == "hong" && self.w(k + 1) == "kong" {
                nat = Some(("hong", k + 2));
            } else if matches!(self.w(k), "new" | "south") && self.w(k + 1) == "zealand" {
                nat = Some(("new", k + 2));
            } else if matches!(self.w(k), "south") && self.w(k + 1) == "korean" {
                nat = Some(("south", k + 2));
            } else {
                nat = Some((self.w(k), k + 1));
            }
        }
        let cw_at = nat.map_or(k, |n| n.1);
        if let Some(rest) = self.raw(k).strip_prefix('M').filter(|r| r.len() == 3) {
            if let Some(iso) = lx::iso_code(rest) {
                let mut a = mk(NumberKind::Money, k + 1, mulp(v, 1e6), core);
                a.currency = Some(iso);
                return Some(Ok(a));
            }
        }
        let cw = self.w(cw_at);
        // "50 Cent" (a name); ISO codes are all capitals and still count.
        let cw_name =
            self.capitalised(cw_at) && self.raw(cw_at).chars().skip(1).any(|c| c.is_lowercase());
        // "3 USD50 cards": a code glued to digits belongs to the amount after it.
        let next_prefix = self.is_digits(cw_at + 1) && self.glued(cw_at + 1);
        if let Some((mut iso, unit_val)) =
            lx::currency_word(cw).filter(|_| !cw_name && !next_prefix)
        {
            let natural = match nat {
                Some((adj, _)) => lx::currency_nationality(adj, iso).map(|x| {
                    iso = x;
                }),
                None => Some(()),
            };
            let pound_weight = matches!(cw, "pound" | "pounds") && !scaled;
            let single_p = cw == "p" && !self.glued(cw_at);
            let bare_won = cw == "won" && !scaled;
            if natural.is_some() && !pound_weight && !single_p && !bare_won {
                let mut end = cw_at + 1;
                let mut val = v * unit_val;
                // "75 USD million"
                if let Some(sc) = lx::scale_word(self.w(end)).filter(|_| !scaled) {
                    val = mulp(val, sc);
                    end += 1;
                } else if unit_val == 1.0 && core.form == Form::Int && !scaled {
                    if let Some((c, m)) = self.cents_tail(end) {
                        val += c;
                        end = m;
                    }
                }
                let mut a = mk(NumberKind::Money, end, val, core);
                a.currency = Some(iso);
                a.minor = unit_val != 1.0;
                if a.minor {
                    a.unit = Some(cw.to_string());
                }
                return Some(Ok(a));
            }
        }
        // Durations: "3 hours", "3.5years", "30-minutes", "two and a half years".
        let dk = if self.hyphen(e) { e + 1 } else { e };
        // A capitalised unit mid-sentence is part of a title ("24 Hour Party People").
        let title = |k: usize| {
            let r = self.raw(k);
            r.len() > 2
                && self.capitalised(k)
                && r.chars().skip(1).all(|c| c.is_lowercase())
                && self.is_word(k + 1)
                && self.capitalised(k + 1)
        };
        if let Some(unit) = lx::duration_unit(self.w(dk)).filter(|_| !title(dk)) {
            let short = self.w(dk).len() <= 2;
            let glued = self.glued(dk);
            let short_ok = !short || glued || matches!(self.w(dk), "h" | "hr" | "ys" | "mo" | "yo");
            let letter_ok = glued || !matches!(self.w(dk), "s" | "y");
            let runs_on = self.glued_word(dk + 1);
            let ok = self.is_word(dk) && short_ok && letter_ok && !runs_on;
            if ok {
                let mut a = mk(NumberKind::Duration, dk + 1, v, core);
                a.unit = Some(unit.to_string());
                let mut secs = v * lx::duration_seconds(unit);
                // Chains: "1 year 1 month 21 days".
                let mut end = dk + 1;
                while let Some(c2) = self.core(end) {
                    if c2.form == Form::Ord {
                        break;
                    }
                    match lx::duration_unit(self.w(c2.e)) {
                        Some(u2) if self.is_word(c2.e) && self.w(c2.e).len() > 1 => {
                            secs += c2.v * lx::duration_seconds(u2);
                            end = c2.e + 1;
                        }
                        _ => break,
                    }
                }
                // "an hour and a half"
                if end == dk + 1 && self.w(end) == "and" {
                    if let Some((f, m)) = self.frac_phrase(end + 1) {
                        if lx::duration_unit(self.w(m)).is_none() {
                            a.v += f;
                            secs += f * lx::duration_seconds(unit);
                            end = m;
                        }
                    }
                }
                a.e = end;
                a.secs = Some(secs);
                if end > dk + 1 {
                    a.v = secs / lx::duration_seconds(unit);
                }
                return Some(Ok(a));
            }
        }
        // Temperatures.
        if let Some((te, unit)) = self.temperature(e, v) {
            let mut a = mk(NumberKind::Measure, te, v, core);
            a.unit = Some(unit.to_string());
            a.rt_unit = Some(match unit {
                "°C" => "C",
                "°F" => "F",
                _ => "Degree",
            });
            a.temperature = true;
            return Some(Ok(a));
        }
        // Measurements.
        let mk_i = if self.hyphen(e) { e + 1 } else { e };
        let bracket = matches!(self.sym(mk_i), Some('(' | '[' | '{' | '<')) && !self.glued(mk_i);
        let ui = if bracket { mk_i + 1 } else { mk_i };
        if self.is_word(ui) && !title(ui) {
            let glued = self.glued(ui) && !bracket;
            if let Some(u) = lx::measure_unit2(self.w(ui), self.w(ui + 1)) {
                let mut a = mk(NumberKind::Measure, ui + 2, v, core);
                a.unit = Some(u.symbol.to_string());
                a.rt_unit = Some(u.rt_name);
                return Some(Ok(a));
            }
            let raw = self.raw(ui);
            let after_glued_word = self.glued_word(ui + 1);
            // "km2", "m²": area; other digits glued after a unit make a code ("24703L202").
            let power = if self.is_digits(ui + 1) && self.glued(ui + 1) {
                match self.raw(ui + 1) {
                    "2" if !(self.is_digits(ui + 2) || self.glued_word(ui + 2)) => Some(2),
                    _ => return Some(Ok(mk(NumberKind::Cardinal, e, v, core))),
                }
            } else if self.is_sym(ui + 1, '²') {
                Some(2)
            } else {
                None
            };
            if let Some(2) = power {
                let sq = match self.w(ui) {
                    "km" => Some(("km²", "Square kilometer")),
                    "m" => Some(("m²", "Square meter")),
                    "cm" => Some(("cm²", "Square centimeter")),
                    "mi" => Some(("sq mi", "Square mile")),
                    "ft" => Some(("sq ft", "Square foot")),
                    _ => None,
                };
                if let Some((sym, rt)) = sq {
                    let mut a = mk(NumberKind::Measure, ui + 2, v, core);
                    a.unit = Some(sym.to_string());
                    a.rt_unit = Some(rt);
                    return Some(Ok(a));
                }
            }
            if !after_glued_word {
                let lowered = self.w(ui);
                let unit = lx::measure_unit(lowered, raw, glued);
                let pounds_money = matches!(lowered, "pound" | "pounds") && scaled;
                if let Some(u) = unit.filter(|_| !pounds_money) {
                    // A spaced "m" is a metre only when no word follows ("1 m x 1 m", "12 m 2 dm").
                    if raw == "m" && !glued && self.is_word(ui + 1) && !self.measure_context(ui + 1)
                    {
                        return Some(Ok(mk(NumberKind::Cardinal, e, v, core)));
                    }
                    // Lowercase glued "m" after a number with a counted noun is "million" in news
                    // ("10m people"), except race distances ("100m hurdles", "4x100m").
                    let next = self.w(ui + 1);
                    let sports = matches!(
                        next,
                        "hurdles"
                            | "heats"
                            | "finals"
                            | "races"
                            | "events"
                            | "titles"
                            | "runners"
                            | "sprints"
                            | "records"
                            | "champions"
                            | "indoors"
                            | "outdoors"
                            | "times"
                            | "rounds"
                            | "swims"
                            | "medals"
                    );
                    let counted_next = self.is_word(ui + 1)
                        && !self.capitalised(ui + 1)
                        && (next.ends_with('s') && !lx::not_plural(next) && !sports
                            || lx::irregular_plural(next));
                    let race = matches!(
                        v as u64,
                        50 | 60
                            | 100
                            | 110
                            | 200
                            | 400
                            | 500
                            | 800
                            | 1000
                            | 1500
                            | 3000
                            | 5000
                            | 10000
                    ) && v.fract() == 0.0
                        && !counted_next
                        || (core.s > 0
                            && self.glued(core.s)
                            && matches!(self.raw(core.s - 1), "x" | "X"));
                    // Heights and distances are written with two decimals ("2.20m").
                    let precise = self.raw(core.e - 1).len() == 2 && core.form == Form::Dec;
                    let money_next = lx::currency_word(next).is_some();
                    if raw == "m"
                        && glued
                        && self.is_word(ui + 1)
                        && (money_next || !self.measure_context(ui + 1) && !race && !precise)
                    {
                        let mut c2 = core;
                        c2.e = ui + 1;
                        c2.v = mulp(c2.v, 1e6);
                        c2.plain_digits = false;
                        let mut a = mk(NumberKind::Cardinal, ui + 1, mulp(v, 1e6), c2);
                        a.scaled = true;
                        // "984m euros"
                        if let Some((iso, 1.0)) = lx::currency_word(self.w(ui + 1)) {
                            if !matches!(self.w(ui + 1), "pound" | "pounds" | "won" | "p")
                                || self.w(ui + 1) == "pounds"
                            {
                                a.kind = NumberKind::Money;
                                a.currency = Some(iso);
                                a.e = ui + 2;
                            }
                        }
                        return Some(Ok(a));
                    }
                    let mut end = ui + 1;
                    if bracket {
                        if matches!(self.sym(end), Some(')' | ']' | '}' | '>')) {
                            end += 1;
                        } else {
                            return Some(Ok(mk(NumberKind::Cardinal, e, v, core)));
                        }
                    }
                    let mut val = v;
                    let mut symbol = u.symbol;
                    let mut rt = u.rt_name;
                    // Speeds: "miles an hour", "kilometers per hour", "km/h".
                    let (a1, a2) = (self.w(end), self.w(end + 1));
                    if matches!(a1, "an" | "per" | "a" | "/") && matches!(a2, "hour" | "h" | "hr") {
                        if symbol == "mi" {
                            symbol = "mph";
                            rt = "Mile per hour";
                            end += 2;
                        } else if symbol == "km" {
                            symbol = "km/h";
                            rt = "Kilometer per hour";
                            end += 2;
                        }
                    }
                    // "5 ft 2 in", "5 feet and 2 inches"
                    if symbol == "ft" {
                        let k2 = if self.w(end) == "and" { end + 1 } else { end };
                        if self.is_digits(k2) && matches!(self.w(k2 + 1), "in" | "inch" | "inches")
                        {
                            val += self.digits_val(k2) / 12.0;
                            end = k2 + 2;
                        }
                    }
                    let mut a = mk(NumberKind::Measure, end, val, core);
                    a.unit = Some(symbol.to_string());
                    a.rt_unit = Some(rt);
                    return Some(Ok(a));
                }
                if lowered == "degrees" || lowered == "degree" || raw == "°" {
                    let mut a = mk(NumberKind::Measure, ui + 1, v, core);
                    a.unit = Some("°".into());
                    a.rt_unit = Some("Degree");
                    return Some(Ok(a));
                }
            }
        }
        // Digits glued to letters that are no unit ("3D", "1990s", "4x4"): not a quantity.
        if self.glued_word(e) && self.is_digits(e - 1) {
            return Some(Err(e + 1));
        }
        Some(Ok(mk(NumberKind::Cardinal, e, v, core)))
    }

    fn plain_amount(&self, s: usize, core: Core) -> Amount {
        Amount {
            s,
            e: core.e,
            v: core.v,
            kind: NumberKind::Cardinal,
            unit: None,
            currency: None,
            rt_unit: None,
            minor: false,
            secs: None,
            temperature: false,
            core,
            prefix_currency: false,
            scaled: false,
            ident: false,
            no_core: false,
        }
    }

    fn e_has_scale(&self, core: Core) -> bool {
        (core.s..core.e).any(|k| {
            let w = self.w(k);
            lx::scale_word(w).is_some()
                || lx::digit_suffix(self.raw(k), true).is_some()
                || w == "hundred"
        })
    }

    fn measure_context(&self, i: usize) -> bool {
        matches!(
            self.w(i),
            "tall"
                | "long"
                | "high"
                | "wide"
                | "deep"
                | "away"
                | "above"
                | "below"
                | "x"
                | "by"
                | "thick"
                | "across"
                | "apart"
                | "sprint"
                | "race"
                | "run"
                | "hurdles"
                | "freestyle"
                | "backstroke"
                | "breaststroke"
                | "butterfly"
                | "relay"
                | "medley"
                | "event"
                | "final"
                | "title"
                | "champion"
                | "record"
                | "jump"
                | "mark"
                | "heat"
                | "semi"
                | "world"
                | "olympic"
                | "indoor"
                | "outdoor"
                | "tower"
                | "wall"
                | "drop"
                | "fall"
                | "length"
                | "radius"
                | "diameter"
                | "square"
        )
    }

    fn temperature(&self, e: usize, v: f64) -> Option<(usize, &'static str)> {
        let mut k = e;
        let mut deg = false;
        if self.is_sym(k, '°')
            || self.raw(k) == "º"
            || matches!(self.w(k), "degree" | "degrees" | "deg")
        {
            k += 1;
            deg = true;
        }
        // A bare "C"/"F" glued to digits is a temperature only when plausible and
        // not part of a code ("13F filing", "777F").
        let bare_ok = |lo: f64, hi: f64| {
            let next_ok = k + 1 >= self.n()
                || !self.is_word(k + 1) && !matches!(self.sym(k + 1), Some('/' | '-'))
                || matches!(
                    self.w(k + 1),
                    "in" | "on"
                        | "at"
                        | "and"
                        | "or"
                        | "with"
                        | "by"
                        | "as"
                        | "across"
                        | "overnight"
                        | "today"
                        | "yesterday"
                        | "while"
                        | "when"
                        | "but"
                        | "is"
                        | "was"
                        | "were"
                );
            (lo..=hi).contains(&v) && next_ok
        };
        let glued_letter = |k: usize| !(self.glued_word(k + 1));
        match self.w(k) {
            "celsius" | "centigrade" | "celcius" | "centigrate" => Some((k + 1, "°C")),
            "fahrenheit" | "farenheit" | "fahrenheight" => Some((k + 1, "°F")),
            "c" if glued_letter(k)
                && (deg || self.glued(k) && self.raw(k) == "C" && bare_ok(-90.0, 60.0)) =>
            {
                Some((k + 1, "°C"))
            }
            "f" if glued_letter(k)
                && (deg || self.glued(k) && self.raw(k) == "F" && bare_ok(-130.0, 140.0)) =>
            {
                Some((k + 1, "°F"))
            }
            _ if deg => {
                // Bare degrees: an angle after "rotate"/"turn", otherwise a temperature.
                let lo = e.saturating_sub(5);
                let angle = (lo..e).any(|p| {
                    matches!(
                        self.w(p),
                        "rotate"
                            | "rotated"
                            | "turn"
                            | "turned"
                            | "angle"
                            | "tilt"
                            | "tilted"
                            | "incline"
                            | "bank"
                            | "banked"
                            | "pitch"
                    )
                }) || matches!(self.w(k), "angle" | "turn" | "arc");
                if angle {
                    return None;
                }
                let k = if self.w(k - 1) == "deg" && self.is_sym(k, '.') {
                    k + 1
                } else {
                    k
                };
                Some((k, "°"))
            }
            _ => None,
        }
    }

    /// Range continuation after `a`: "-10", "to 10", "through 10", "~10".
    fn range_tail(&self, a: &Amount, sep_words: &[&str]) -> Option<Amount> {
        let e = a.e;
        if a.ident {
            return None;
        }
        let (k, dash) = if self.is_dash(e) || self.is_sym(e, '~') {
            (e + 1, true)
        } else if sep_words.contains(&self.w(e)) {
            let mut k = e + 1;
            if self.w(e) == "up" {
                k += 1;
            }
            (k, false)
        } else {
            return None;
        };
        if dash
            && (self.is_word(e - 1)
                && !a.scaled
                && a.kind == NumberKind::Cardinal
                && a.core.lone_word.is_some())
        {
            return None;
        }
        // Second end: allow a repeated currency sign.
        let b = match self.amount(k)? {
            Ok(b) => b,
            Err(_) => return None,
        };
        if b.core.form == Form::Ord && a.core.form != Form::Ord {
            return None;
        }
        Some(b)
    }

    /// Compatibility extras: relative ordinals and unit names without a number.
    fn compat_at(&self, i: usize) -> Option<Step> {
        let w = |k: usize| self.w(i + k);
        let (rel, n): (Option<&'static str>, usize) = match (w(0), w(1), w(2), w(3), w(4), w(5)) {
            ("the", "last", "but", "one", _, _) => (Some("end-1"), 4),
            ("the", "one", "before", "the", "last", "one") => (Some("end-1"), 6),
            ("the", "one", "before", "the", "last", _) => (Some("end-1"), 5),
            ("the", "second", "to", "last", _, _) => (Some("end-1"), 4),
            ("next", "to", "last", _, _, _) => (Some("end-1"), 3),
            ("antepenultimate", ..) => (Some("end-2"), 1),
            ("penultimate", ..) => (Some("end-1"), 1),
            ("previous", "one", ..) => (Some("current-1"), 2),
            ("next", "one", ..) => (Some("current+1"), 2),
            ("current", "one", ..) => (Some("current+0"), 2),
            ("last", ..) => (Some("end+0"), 1),
            ("next", ..) => (Some("current+1"), 1),
            ("previous", ..) => (Some("current-1"), 1),
            ("current", ..) => (Some("current+0"), 1),
            _ => (None, 0),
        };
        let mut f = Found::new(self.toks[i].s, self.toks[i].s, 0, NumberKind::Ordinal);
        f.rel = rel;
        if rel.is_some() {
            f.e = self.toks[i + n - 1].e;
            return Some(Step::Emit(Box::new(f), i + n));
        }
        // Names without a number: "a small percent", "the dollar", "convert to fahrenheit".
        let (kind, n) = match (w(0), w(1)) {
            ("percent" | "percentage" | "%", _) => (NumberKind::Percent, 1),
            ("per", "cent") => (NumberKind::Percent, 2),
            (
                "degrees" | "degree",
                "celsius" | "fahrenheit" | "centigrade" | "farenheit" | "celcius",
            ) => (NumberKind::Measure, 2),
            ("celsius" | "fahrenheit" | "centigrade" | "farenheit" | "celcius", _) => {
                (NumberKind::Measure, 1)
            }
            ("metric", "ton" | "tons" | "tonne" | "tonnes") => (NumberKind::Measure, 2),
            (x, _)
                if x == "mcg"
                    || x.ends_with("gram")
                    || x.ends_with("grams")
                    || x.ends_with("gramme")
                    || x.ends_with("grammes") =>
            {
                (NumberKind::Measure, 1)
            }
            (x, _)
                if lx::currency_word(x).is_some_and(|c| c.1 == 1.0)
                    && !matches!(
                        x,
                        "won" | "rand" | "p" | "pound" | "pounds" | "sterling" | "quid"
                    ) =>
            {
                (NumberKind::Money, 1)
            }
            _ => return None,
        };
        f.kind = kind;
        f.rel = None;
        f.e = self.toks[i + n - 1].e;
        match kind {
            NumberKind::Money => f.currency = lx::currency_word(w(0)).map(|c| c.0),
            NumberKind::Measure => {
                let last = w(n - 1);
                if let Some(u) = lx::measure_unit2(w(0), w(1))
                    .or_else(|| lx::measure_unit(last, self.raw(i + n - 1), false))
                {
                    f.rt_unit = Some(u.rt_name);
                } else {
                    f.temperature = true;
                    f.rt_unit = Some(if matches!(last, "fahrenheit" | "farenheit") {
                        "F"
                    } else {
                        "C"
                    });
                }
            }
            _ => {}
        }
        Some(Step::Emit(Box::new(f), i + n))
    }

    fn try_at(&self, i: usize) -> Option<Step> {
        match self.try_main(i) {
            None if self.compat => self.compat_at(i),
            x => x,
        }
    }

    fn try_main(&self, i: usize) -> Option<Step> {
        // Vague amounts: "dozens", "tens of thousands", "several hundred".
        if let Some(st) = self.vague_at(i, None, i) {
            return Some(st);
        }
        // "percent of 10", "per cent of twenty-two"
        let pk = match (self.w(i), self.w(i + 1)) {
            ("percent" | "percents" | "percentage", "of") => Some(i + 2),
            ("per", "cent") if self.w(i + 2) == "of" => Some(i + 3),
            _ => None,
        };
        if let Some(k) = pk {
            if let Some(c) = self
                .core(k)
                .filter(|c| c.form != Form::Ord && !self.is_word(c.e))
            {
                let mut a = self.plain_amount(i, c);
                a.kind = NumberKind::Percent;
                let f = self.found_from(i, &a);
                return Some(Step::Emit(Box::new(f), c.e));
            }
        }
        let qual = self.qualifier(i);
        if let Some((q, qe)) = qual {
            if let Some(st) = self.vague_at(qe, Some(q), i) {
                return Some(st);
            }
            // "an estimated", "some": only with a number after.
            // "between the tenth and the fifteenth"
            let the = self.w(qe) == "the" && self.small(qe + 1).is_some_and(|x| x.2);
            let qe = if the { qe + 1 } else { qe };
            if let Some(Ok(a)) = self.amount(qe) {
                // "over three years" reads as a period, not a bound ("over 30 years old" is a bound).
                let period = q == Qk::Q(Qualifier::MoreThan)
                    && self.w(i) == "over"
                    && a.kind == NumberKind::Duration
                    && !matches!(self.w(a.e), "old" | "ago");
                if !period && (a.kind != NumberKind::Ordinal || the) {
                    return Some(self.finish(i, q, a));
                }
            }
        }
        match self.amount(i)? {
            Err(k) => Some(Step::Skip(k)),
            Ok(a) => Some(self.finish_plain(i, a)),
        }
    }

    fn vague_at(&self, k: usize, q: Option<Qk>, start: usize) -> Option<Step> {
        let w = self.w(k);
        let (low, mut e) = match (w, self.w(k + 1), self.w(k + 2)) {
            ("tens", "of", x @ ("thousands" | "millions" | "billions")) => {
                (10.0 * vague(x)?, k + 3)
            }
            ("hundreds", "of", x @ ("thousands" | "millions" | "billions")) => {
                (100.0 * vague(x)?, k + 3)
            }
            (
                "several" | "many",
                x @ ("hundred" | "thousand" | "million" | "billion" | "dozen"),
                _,
            ) => (2.0 * vague_unit(x)?, k + 2),
            ("a", "few", x @ ("hundred" | "thousand" | "million" | "billion" | "dozen")) => {
                (2.0 * vague_unit(x)?, k + 3)
            }
            ("a", "couple", "of") => (2.0 * vague_unit(self.w(k + 3))?, k + 4),
            (x, _, _) => (vague(x)?, k + 1),
        };
        if w == "scores" && self.w(k + 1) != "of" {
            return None;
        }
        // "hundreds" must not be a fraction denominator or follow a number.
        if k > 0
            && (self.is_digits(k - 1)
                || lx::unit_word(self.w(k - 1)).is_some()
                || lx::tens_word(self.w(k - 1)).is_some())
        {
            return None;
        }
        if matches!(q, Some(Qk::Between | Qk::From | Qk::Equal)) {
            return None;
        }
        let qual = match q {
            Some(Qk::Q(q)) => Some(q),
            _ => None,
        };
        let mut f = Found::new(
            self.toks[start].s,
            self.toks[k].s,
            self.toks[e - 1].e,
            NumberKind::Vague,
        );
        f.low = Some(low);
        f.qualifier = qual;
        if self.w(e) == "of" {
            let (noun, _) = self.counted_noun(e + 1, 2.0);
            f.unit = noun;
            if let Some((iso, _)) = f.unit.as_deref().and_then(lx::currency_word) {
                f.currency = Some(iso);
            }
        } else if let Some((iso, _)) = lx::currency_word(self.w(e)) {
            f.currency = Some(iso);
            f.unit = Some(self.w(e).to_string());
            e += 1;
        } else if !w.ends_with('s') {
            // "several hundred protesters", "a few thousand fans" (a plural "thousands"
            // needs "of": "thousands marched").
            f.unit = self.counted_noun(e, 2.0).0;
        }
        Some(Step::Emit(Box::new(f), e))
    }

    /// Byte range, value and form of a bare number, as `Found::cores` holds it.
    fn core_bytes(&self, c: &Core) -> (usize, usize, f64, Form) {
        (self.toks[c.s].s, self.toks[c.e - 1].e, c.v, c.form)
    }

    /// The mention for a single amount starting at token `start`.
    fn found_from(&self, start: usize, a: &Amount) -> Found {
        let mut f = Found::new(
            self.toks[start].s,
            self.toks[a.s].s,
            self.toks[a.e - 1].e,
            a.kind,
        );
        if !a.no_core {
            f.cores.push(self.core_bytes(&a.core));
        }
        f.value = Some(a.v);
        f.unit = a.unit.clone();
        f.currency = a.currency;
        f.rt_unit = a.rt_unit;
        f.minor = a.minor;
        f.secs = a.secs;
        f.temperature = a.temperature;
        f
    }

    /// Kind after deciding whether a bare 4-digit number is a year.
    fn year_check(&self, a: &mut Amount) {
        let v = a.v;
        if a.kind != NumberKind::Cardinal || !self.four_digits(a) || !(1000.0..=2100.0).contains(&v)
        {
            return;
        }
        let prev = if a.s > 0 { self.w(a.s - 1) } else { "" };
        let year_prep = matches!(
            prev,
            "in" | "since"
                | "by"
                | "from"
                | "until"
                | "till"
                | "to"
                | "of"
                | "during"
                | "before"
                | "after"
                | "year"
                | "early"
                | "late"
                | "mid"
                | "circa"
                | "between"
                | "and"
                | "season"
                | "fiscal"
                | "fy"
                | "spring"
                | "summer"
                | "autumn"
                | "winter"
                | "through"
                | "throughout"
                | "s"
                | "the"
        ) || lx::month(prev);
        // "2004's average" is a year.
        if self.possessive(a.e) {
            a.kind = NumberKind::Year;
            return;
        }
        let (noun, _) = self.counted_noun(a.e, v);
        // "2004 profits", "2004 levels": a period, not a count.
        let period_noun = noun.as_deref().is_some_and(|n| {
            matches!(
                n,
                "profits"
                    | "levels"
                    | "results"
                    | "figures"
                    | "sales"
                    | "elections"
                    | "accounts"
                    | "earnings"
                    | "prices"
                    | "games"
                    | "olympics"
                    | "championships"
                    | "forecasts"
                    | "targets"
                    | "totals"
                    | "rates"
                    | "losses"
                    | "revenues"
                    | "plans"
                    | "finals"
                    | "highs"
                    | "lows"
                    | "numbers"
                    | "returns"
                    | "exports"
                    | "imports"
                    | "awards"
                    | "nominations"
                    | "estimates"
            )
        });
        a.kind = if noun.is_some() && !year_prep && !period_noun {
            NumberKind::Cardinal
        } else {
            NumberKind::Year
        };
    }

    /// Four plain digits with nothing attached ("1999", "1200"): a year, a clock time
    /// or a count, decided by the context.
    fn four_digits(&self, a: &Amount) -> bool {
        a.core.plain_digits && self.dlen(a.core.s) == 4 && a.e == a.core.e
    }

    /// "'s" follows token `e`.
    fn possessive(&self, e: usize) -> bool {
        matches!(self.sym(e), Some('\'' | '’'))
            && self.glued(e)
            && self.w(e + 1) == "s"
            && self.glued(e + 1)
    }

    fn finish_plain(&self, i: usize, mut a: Amount) -> Step {
        // "the Guildford Four", "Credit Suisse First Boston": a written number inside a name.
        if matches!(a.kind, NumberKind::Cardinal | NumberKind::Ordinal)
            && self.is_word(a.core.s)
            && self.capitalised(a.core.s)
            && a.core.s > 0
            && self.is_word(a.core.s - 1)
            && self.capitalised(a.core.s - 1)
            && !self.sentence_start(a.core.s - 1)
        {
            return Step::Skip(a.e);
        }
        // Pronoun "one": "the one", "no one", "one of the".
        if let Some(lw) = a.core.lone_word {
            if a.kind == NumberKind::Cardinal || a.kind == NumberKind::Fraction {
                let prev = if i > 0 { self.w(i - 1) } else { "" };
                let next = self.w(a.e);
                // "one-off", "no-one": part of a compound word.
                let hyphened = (self.is_dash(a.e)
                    && self.glued(a.e)
                    && self.is_word(a.e + 1)
                    && self.glued(a.e + 1))
                    || (i >= 2
                        && self.is_dash(i - 1)
                        && self.glued(i)
                        && self.glued(i - 1)
                        && self.is_word(i - 2));
                if (lw == "one" || lw == "half") && hyphened {
                    return Step::Skip(a.e);
                }
                if lw == "one" {
                    let det = matches!(
                        prev,
                        "the"
                            | "no"
                            | "this"
                            | "that"
                            | "which"
                            | "any"
                            | "each"
                            | "every"
                            | "some"
                            | "another"
                            | "a"
                            | "an"
                            | "such"
                            | "little"
                            | "big"
                            | "new"
                            | "old"
                            | "right"
                            | "wrong"
                            | "same"
                            | "other"
                            | "my"
                            | "your"
                            | "his"
                            | "her"
                            | "its"
                            | "our"
                            | "their"
                            | "last"
                            | "next"
                            | "first"
                            | "second"
                            | "current"
                            | "previous"
                            | "good"
                            | "bad"
                            | "better"
                            | "best"
                            | "worst"
                            | "younger"
                            | "older"
                            | "lucky"
                            | "special"
                            | "loved"
                            | "chosen"
                    );
                    let pron = matches!(
                        next,
                        "of" | "another"
                            | "anyone"
                            | "who"
                            | "thing"
                            | "day"
                            | "way"
                            | "time"
                            | "side"
                            | "hand"
                            | "must"
                            | "can"
                            | "could"
                            | "should"
                            | "would"
                            | "will"
                            | "might"
                            | "may"
                    ) || (self.is_sym(a.e, '\'') && self.w(a.e + 1) == "s")
                        || (self.is_sym(a.e, '’') && self.w(a.e + 1) == "s");
                    // "a lucrative one for", "one that has faltered", "number one", "at one point".
                    let counted_prev = matches!(
                        prev,
                        "only"
                            | "just"
                            | "than"
                            | "to"
                            | "from"
                            | "by"
                            | "between"
                            | "and"
                            | "or"
                            | "least"
                            | "most"
                            | "with"
                            | "about"
                            | "nearly"
                            | "almost"
                            | "exactly"
                    );
                    let clause_next = matches!(
                        next,
                        "that" | "which" | "whose" | "for" | "with" | "where" | "when" | ""
                    ) || matches!(
                        self.sym(a.e),
                        Some('.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '”')
                    );
                    let name_like = matches!(prev, "number" | "no")
                        || (prev == "at"
                            && matches!(next, "point" | "stage" | "time" | "moment" | ""))
                        || self.capitalised(a.core.s) && i > 0 && !self.sentence_start(i);
                    if det || pron || name_like || (clause_next && !counted_prev) {
                        return Step::Skip(a.e);
                    }
                }
                if lw == "half" {
                    let det = matches!(
                        prev,
                        "the"
                            | "a"
                            | "first"
                            | "second"
                            | "this"
                            | "that"
                            | "its"
                            | "his"
                            | "her"
                            | "their"
                            | "our"
                            | "each"
                            | "other"
                            | "next"
                            | "last"
                            | "opening"
                            | "final"
                            | "latter"
                            | "former"
                    );
                    if det || self.is_dash(a.e) && self.glued(a.e) {
                        return Step::Skip(a.e);
                    }
                }
            }
        }
        // "second to last", "third-from-bottom", "second-last": a position counted from
        // the end, not the ordinal number (compatibility mode reports "the second to
        // last" as a relative ordinal).
        if a.kind == NumberKind::Ordinal {
            // The next three words, hyphens between them skipped ("second-to-last").
            let mut next = [""; 3];
            let mut k = a.e;
            let hy = self.hyphen(k);
            for w in next.iter_mut() {
                if self.hyphen(k) {
                    k += 1;
                }
                *w = self.w(k);
                k += 1;
            }
            let from_end = match next {
                ["to" | "from", "last" | "bottom", _] => true,
                ["from", "the", "end" | "bottom"] => true,
                ["last", ..] => hy,
                _ => false,
            };
            if from_end {
                return Step::Skip(a.e);
            }
        }
        // A written "second" after "a": time, not an ordinal.
        if a.kind == NumberKind::Ordinal
            && self.w(a.core.s) == "second"
            && i > 0
            && matches!(self.w(i - 1), "a" | "per" | "split" | "every")
        {
            return Step::Skip(a.e);
        }
        // Model numbers: "Boeing 737-800", "Airbus A380-800".
        if a.core.plain_digits
            && self.dlen(a.core.s) >= 3
            && a.core.s > 0
            && self.is_word(a.core.s - 1)
            && self.capitalised(a.core.s - 1)
            && !self.sentence_start(a.core.s - 1)
            && self.is_dash(a.e)
            && self.glued(a.e)
            && self.is_digits(a.e + 1)
            && self.glued(a.e + 1)
        {
            return Step::Skip(a.e + 2);
        }
        // Range: "5-10", "5 to 10", "3,000 to 10,000 troops".
        if rangeable(a.kind) {
            // "fell by 21,000 to 1.4 million", "rose 3% to 5%": a change, not a range.
            let prev = if i > 0 { self.w(i - 1) } else { "" };
            let change = matches!(
                prev,
                "by" | "rose"
                    | "rise"
                    | "rises"
                    | "rising"
                    | "fell"
                    | "fall"
                    | "falls"
                    | "falling"
                    | "up"
                    | "down"
                    | "increased"
                    | "increase"
                    | "decreased"
                    | "decrease"
                    | "climbed"
                    | "dropped"
                    | "jumped"
                    | "slipped"
                    | "cut"
                    | "cuts"
                    | "raised"
                    | "lifted"
                    | "grew"
                    | "lowered"
                    | "widened"
                    | "narrowed"
                    | "slumped"
                    | "soared"
                    | "surged"
                    | "declined"
                    | "gained"
                    | "lost"
                    | "added"
                    | "shed"
                    | "plunged"
                    | "tumbled"
                    | "eased"
                    | "edged"
                    | "reduced"
                    | "revised"
            );
            let seps: &[&str] = if change {
                &["through", "thru"]
            } else {
                &["to", "through", "thru"]
            };
            if let Some(b) = self.range_tail(&a, seps) {
                if let Some(st) = self.make_range(i, &a, b, None) {
                    return st;
                }
            }
            // "two or three times", "5 or 6 people": an approximate range.
            if a.kind == NumberKind::Cardinal
                && a.e == a.core.e
                && self.w(a.e) == "or"
                && a.v >= 1.0
                && a.v < 1000.0
            {
                if let Some(Ok(b)) = self.amount(a.e + 1) {
                    let near = b.v > a.v
                        && b.v <= 2.0 * a.v + 1.0
                        && b.core.form == Form::Int
                        && a.core.form == Form::Int;
                    if near && rangeable(b.kind) {
                        if let Some(st) = self.make_range(i, &a, b, None) {
                            return st;
                        }
                    }
                }
            }
            // Scores and ratios: "won 3-1", "a 2-1 win".
            if a.kind == NumberKind::Cardinal
                && a.core.plain_digits
                && self.is_dash(a.e)
                && self.glued(a.e)
                && self.is_digits(a.e + 1)
                && self.glued(a.e + 1)
            {
                let b = self.digits_val(a.e + 1);
                if b <= a.v && a.v < 1000.0 {
                    return Step::Skip(a.e + 2);
                }
            }
        }
        // Clock times "1200 GMT".
        if self.four_digits(&a)
            && matches!(
                self.raw(a.e),
                "GMT" | "BST" | "UTC" | "CET" | "EST" | "EDT" | "PST" | "PDT" | "GMT." | "hrs"
            )
        {
            return Step::Skip(a.e + 1);
        }
        // Year spans "2019-20": keep the first year, swallow the tail.
        let mut after = a.e;
        self.year_check(&mut a);
        if a.kind == NumberKind::Year
            && self.is_dash(a.e)
            && self.glued(a.e)
            && self.is_digits(a.e + 1)
            && self.glued(a.e + 1)
            && self.dlen(a.e + 1) <= 2
        {
            after = a.e + 2;
        }
        // Suffix bounds: "500 or more", "200 or greater", "60-plus".
        let mut f = self.found_from(i, &a);
        let mut end = if after > a.e { after } else { a.e };
        if a.kind != NumberKind::Year && a.kind != NumberKind::Ordinal {
            if let Some((q, k, closed)) = self.suffix_bound(a.e) {
                self.apply_suffix_bound(&mut f, a.v, (q, k, closed));
                end = k;
            }
        }
        self.post(&mut f, &a, end);
        Step::Emit(Box::new(f), end)
    }

    /// Token `i` opens a sentence (start of text or after . ! ? or a quote).
    fn sentence_start(&self, i: usize) -> bool {
        i == 0
            || matches!(
                self.sym(i - 1),
                Some('.' | '!' | '?' | '"' | '“' | ':' | '\n')
            )
    }

    fn suffix_bound(&self, e: usize) -> Option<(Qualifier, usize, bool)> {
        let (w1, w2) = (self.w(e), self.w(e + 1));
        let q = match (w1, w2) {
            ("or" | "and", "more" | "greater" | "above" | "higher" | "over") => Qualifier::AtLeast,
            ("or" | "and", "less" | "fewer" | "below" | "lower" | "under") => Qualifier::UpTo,
            ("-" | "+", "plus") if self.glued(e) => return Some((Qualifier::AtLeast, e + 2, true)),
            ("plus", _) if !self.is_digits(e + 1) && self.w(e + 1) != "a" => {
                return Some((Qualifier::AtLeast, e + 1, true))
            }
            ("+", _) if self.glued(e) && !self.is_digits(e + 1) => {
                return Some((Qualifier::AtLeast, e + 1, true))
            }
            _ => return None,
        };
        let mut k = e + 2;
        if self.w(k) == "than" {
            // "200 or greater than 190": the bound belongs to 190.
            if matches!(self.amount(k + 1), Some(Ok(_))) {
                return None;
            }
            k += 1;
        }
        Some((q, k, true))
    }

    /// Records a suffix bound ("500 or more") found by [`Sc::suffix_bound`] on `f`.
    fn apply_suffix_bound(&self, f: &mut Found, v: f64, (q, k, closed): (Qualifier, usize, bool)) {
        f.qualifier = Some(q);
        f.e = self.toks[k - 1].e;
        f.interval = Some(self.bound_interval(q, v, closed));
        if q == Qualifier::AtLeast {
            f.low = Some(v);
        } else {
            f.high = Some(v);
        }
    }

    fn bound_interval(&self, q: Qualifier, v: f64, closed: bool) -> Interval {
        match q {
            Qualifier::AtLeast => Interval {
                lo: Some(v),
                lo_closed: true,
                hi: None,
                hi_closed: false,
            },
            Qualifier::MoreThan => Interval {
                lo: Some(v),
                lo_closed: closed,
                hi: None,
                hi_closed: false,
            },
            Qualifier::UpTo => Interval {
                lo: None,
                lo_closed: false,
                hi: Some(v),
                hi_closed: true,
            },
            Qualifier::LessThan => Interval {
                lo: None,
                lo_closed: false,
                hi: Some(v),
                hi_closed: closed,
            },
            Qualifier::About => Interval {
                lo: Some(v),
                lo_closed: true,
                hi: Some(v),
                hi_closed: true,
            },
        }
    }

    fn make_range(&self, start: usize, a: &Amount, mut b: Amount, q: Option<Qk>) -> Option<Step> {
        let mut a = a.clone();
        // Years and ordinals do not form quantity ranges, except "between the tenth and the fifteenth".
        let year_like = |x: &Amount| self.four_digits(x) && (1000.0..=2100.0).contains(&x.v);
        if year_like(&a) && year_like(&b) || q.is_none() && year_like(&a) && b.v < 100.0 {
            return None;
        }
        if (a.kind == NumberKind::Ordinal) != (b.kind == NumberKind::Ordinal) {
            return None;
        }
        // Shared scale/currency/unit: "$5-10 million", "5 to 10 km", "3 and 5 million".
        let bare_first = a.core.e == a.e && (a.kind == NumberKind::Cardinal || a.prefix_currency);
        if b.scaled && !a.scaled && bare_first {
            let scale = self.tail_scale(&b);
            if scale > 1.0 && a.v * scale <= b.v {
                a.v *= scale;
            }
        }
        if a.kind == NumberKind::Cardinal
            && b.kind != NumberKind::Cardinal
            && b.kind != NumberKind::Ordinal
        {
            a.kind = b.kind;
            a.unit = b.unit.clone();
            a.currency = b.currency;
            a.rt_unit = b.rt_unit;
        }
        if b.kind == NumberKind::Cardinal && a.kind == NumberKind::Money {
            b.kind = NumberKind::Money;
            b.currency = a.currency;
            if !b.scaled && a.scaled {
                let s = self.tail_scale(&a);
                if b.v * s >= a.v {
                    b.v *= s;
                }
            }
        }
        if b.kind == NumberKind::Cardinal && a.kind == NumberKind::Percent {
            b.kind = NumberKind::Percent;
        }
        if a.kind != b.kind {
            return None;
        }
        if q.is_none() && a.v >= b.v {
            return None;
        }
        let mut f = self.found_from(start, &a);
        f.e = self.toks[b.e - 1].e;
        f.cores.push(self.core_bytes(&b.core));
        f.kind = if a.kind == NumberKind::Cardinal || a.kind == NumberKind::Ordinal {
            NumberKind::Range
        } else {
            a.kind
        };
        f.value = None;
        f.low = Some(a.v.min(b.v));
        f.high = Some(a.v.max(b.v));
        f.unit = b.unit.clone().or(a.unit.clone());
        f.currency = a.currency.or(b.currency);
        f.rt_unit = b.rt_unit.or(a.rt_unit);
        f.interval = Some(Interval {
            lo: Some(a.v),
            lo_closed: true,
            hi: Some(b.v),
            hi_closed: false,
        });
        if let (Some(sa), Some(sb)) = (a.secs, b.secs) {
            f.secs = Some(sa.min(sb));
        }
        let end = b.e;
        self.post(&mut f, &b, end);
        Some(Step::Emit(Box::new(f), end))
    }

    fn tail_scale(&self, b: &Amount) -> f64 {
        for k in (b.core.s..b.core.e).rev() {
            let w = self.w(k);
            if let Some(s) = lx::scale_word(w) {
                return s;
            }
            if let Some(s) = lx::digit_suffix(self.raw(k), true) {
                return s;
            }
        }
        if b.e > b.core.e && b.currency.is_some() {
            if let Some(s) = lx::digit_suffix(self.raw(b.core.e), true) {
                return s;
            }
            if self.raw(b.core.e) == "m" {
                return 1e6;
            }
        }
        1.0
    }

    fn finish(&self, i: usize, q: Qk, a: Amount) -> Step {
        match q {
            Qk::Between => {
                // "between 5 and 10", "between the tenth and the fifteenth"
                if let Some(k) = [a.e]
                    .into_iter()
                    .find(|k| self.w(*k) == "and" || self.is_dash(*k))
                {
                    let k2 = if self.w(k + 1) == "the" { k + 2 } else { k + 1 };
                    if let Some(Ok(b)) = self.amount(k2) {
                        if let Some(st) = self.make_range(i, &a, b, Some(q)) {
                            return st;
                        }
                    }
                }
                self.finish_plain(i + 1, a)
            }
            Qk::From => {
                if let Some(b) = self.range_tail(&a, &["to", "through", "up"]) {
                    if let Some(st) = self.make_range(i, &a, b, Some(q)) {
                        return st;
                    }
                }
                let mut a2 = a;
                a2.s = i + 1;
                self.finish_plain(i + 1, a2)
            }
            Qk::Equal => {
                let mut f = self.found_from(i, &a);
                let mut end = a.e;
                f.interval = Some(Interval {
                    lo: Some(a.v),
                    lo_closed: true,
                    hi: Some(a.v),
                    hi_closed: true,
                });
                if let Some((bq, k, _)) = self.suffix_bound(a.e) {
                    f.interval = Some(self.bound_interval(bq, a.v, true));
                    f.qualifier = Some(bq);
                    f.e = self.toks[k - 1].e;
                    end = k;
                }
                self.post(&mut f, &a, end);
                Step::Emit(Box::new(f), end)
            }
            Qk::Q(_) if self.four_digits(&a) && self.possessive(a.e) => self.finish_plain(a.s, a),
            Qk::Q(qual) => {
                let mut f = self.found_from(i, &a);
                let mut end = a.e;
                // A range after a bound word: "about 5-10".
                if let Some(b) = self.range_tail(&a, &["to"]) {
                    if let Some(Step::Emit(mut rf, e2)) = self.make_range(i, &a, b, None) {
                        rf.qualifier = Some(qual);
                        return Step::Emit(rf, e2);
                    }
                }
                f.qualifier = Some(qual);
                let v = a.v;
                let mut closed = false;
                // "about 500 or more": the suffix bound wins over "about".
                if qual == Qualifier::About {
                    if let Some((bq, k, c)) = self.suffix_bound(a.e) {
                        f.s = f.amt_s;
                        self.apply_suffix_bound(&mut f, v, (bq, k, c));
                        self.post(&mut f, &a, k);
                        return Step::Emit(Box::new(f), k);
                    }
                }
                // "more than 5000 or equal to" (but not "... or equal to 6000")
                let eq_then_num = {
                    let k = if self.w(end + 2) == "to" {
                        end + 3
                    } else {
                        end + 2
                    };
                    matches!(self.amount(k), Some(Ok(_)))
                };
                if self.w(end) == "or"
                    && matches!(self.w(end + 1), "equal" | "equals")
                    && !eq_then_num
                {
                    closed = true;
                    end += 2;
                    if self.w(end) == "to" {
                        end += 1;
                    }
                    f.qualifier = Some(inclusive(qual));
                    f.e = self.toks[end - 1].e;
                }
                let qual = f.qualifier.unwrap_or(qual);
                match qual {
                    Qualifier::AtLeast | Qualifier::MoreThan => f.low = Some(v),
                    Qualifier::UpTo | Qualifier::LessThan => f.high = Some(v),
                    Qualifier::About => {}
                }
                if qual != Qualifier::About {
                    f.interval = Some(self.bound_interval(qual, v, closed));
                }
                // Two bounds: "more than 10 and less than 40" -> (10, 40).
                let mut k = end;
                if self.is_sym(k, ',') {
                    k += 1;
                }
                if matches!(self.w(k), "and" | "but") {
                    k += 1;
                }
                if k > end {
                    if let Some((q2, qe2)) = self.qualifier(k) {
                        let qe2 = if self.w(qe2) == "the" && a.kind == NumberKind::Ordinal {
                            qe2 + 1
                        } else {
                            qe2
                        };
                        if let Some(Ok(b)) = self.amount(qe2) {
                            if let Qk::Q(q2) = q2 {
                                let mut q2 = q2;
                                let mut e2 = b.e;
                                if self.w(e2) == "or"
                                    && matches!(self.w(e2 + 1), "equal" | "equals")
                                {
                                    e2 += 2;
                                    q2 = inclusive(q2);
                                }
                                let (lo, hi) = if is_lower_bound(Some(qual))
                                    && is_upper_bound(Some(q2))
                                {
                                    ((v, qual), (b.v, q2))
                                } else if is_upper_bound(Some(qual)) && is_lower_bound(Some(q2)) {
                                    ((b.v, q2), (v, qual))
                                } else {
                                    ((f64::NAN, qual), (f64::NAN, qual))
                                };
                                if lo.0 < hi.0 {
                                    f.kind = NumberKind::Range;
                                    f.value = None;
                                    f.low = Some(lo.0);
                                    f.high = Some(hi.0);
                                    f.qualifier = None;
                                    f.interval = Some(Interval {
                                        lo: Some(lo.0),
                                        lo_closed: lo.1 == Qualifier::AtLeast,
                                        hi: Some(hi.0),
                                        hi_closed: hi.1 == Qualifier::UpTo,
                                    });
                                    f.cores.push(self.core_bytes(&b.core));
                                    f.e = self.toks[e2 - 1].e;
                                    self.post(&mut f, &b, e2);
                                    return Step::Emit(Box::new(f), e2);
                                }
                            }
                        }
                    }
                }
                if a.kind == NumberKind::Ordinal {
                    return self.finish_plain(a.s, a);
                }
                if f.kind == NumberKind::Cardinal && f.e < self.toks[end - 1].e {
                    f.e = self.toks[end - 1].e;
                }
                self.post(&mut f, &a, end);
                Step::Emit(Box::new(f), end)
            }
        }
    }

    /// Counted noun, age, and cleanup after the mention.
    fn post(&self, f: &mut Found, a: &Amount, end: usize) {
        if f.kind == NumberKind::Duration {
            let w1 = self.w(end);
            if end > 0 && self.w(end - 1) == "yo" {
                f.age_end = Some(f.e);
            }
            if w1 == "old" {
                f.age_end = Some(self.toks[end].e);
            } else if w1 == "of" && self.w(end + 1) == "age" {
                f.age_end = Some(self.toks[end + 1].e);
            }
        }
        if f.unit.is_none()
            && matches!(
                f.kind,
                NumberKind::Cardinal | NumberKind::Range | NumberKind::Fraction
            )
        {
            let v = f.value.or(f.high).unwrap_or(2.0);
            let (noun, _) = self.counted_noun(end, v);
            f.unit = noun;
        }
        if f.kind == NumberKind::Cardinal && a.core.form == Form::Frac {
            f.kind = NumberKind::Fraction;
        }
        if f.kind == NumberKind::Ordinal {
            f.unit = None;
        }
    }

    /// The head noun after a number: skip modifiers, stop at function words.
    fn counted_noun(&self, k: usize, v: f64) -> (Option<String>, usize) {
        let mut j = k;
        for _ in 0..4 {
            if !self.is_word(j) {
                // Hyphenated modifiers: "1,500 well-trained troops"
                return (None, j);
            }
            let w = self.w(j);
            if lx::not_a_noun(w) || lx::month(w) && self.capitalised(j) {
                return (None, j);
            }
            if self.is_dash(j + 1) && self.glued(j + 1) && self.glued_word(j + 2) {
                j += 3;
                continue;
            }
            let plural = (w.ends_with('s')
                && w.len() > 2
                && !lx::not_plural(w)
                && !w.ends_with("ss")
                && !w.ends_with("ous"))
                || lx::irregular_plural(w);
            if plural && !lx::modifier(w) {
                return (Some(w.to_string()), j + 1);
            }
            if lx::modifier(w)
                || w.ends_with("al")
                || w.ends_with("ed")
                || w.ends_with("ive")
                || w.ends_with("ian")
                || w.ends_with("ish")
                || w.ends_with("ese")
                || w.ends_with("ic")
                || w.ends_with("ful")
            {
                j += 1;
                continue;
            }
            // Singular head: "1 person".
            if v == 1.0 && w.len() > 2 {
                return (Some(w.to_string()), j + 1);
            }
            // Noun adjuncts: "8,000 foster carers", "50 police officers".
            j += 1;
            continue;
        }
        (None, j)
    }
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
                matches!(c, '-' | '−' | '.' | '>' | '<' | '=' | '+' | '≥' | '≤' | '%')
                    || lx::currency_symbol(c).is_some()
                    || lx::vulgar_fraction(c).is_some()
            }
            Tk::Word => true,
        };
        if !start_ok {
            i += 1;
            continue;
        }
        match sc.try_at(i) {
            Some(Step::Emit(f, e)) => {
                let e = e.max(i + 1);
                if out.last().is_none_or(|l| l.e <= f.s) && f.s < f.e {
                    out.push(*f);
                }
                i = e;
            }
            Some(Step::Skip(e)) => i = e.max(i + 1),
            None => i += 1,
        }
    }
    out
}
