#![deny(missing_docs)]
//! Quote attribution: direct, partial and indirect (reported) speech, with the
//! speaker and the reporting cue, for English news.
//!
//! Rule-based on purpose: it runs on every article, must be fast and predictable,
//! and news attribution follows a small number of conventions (`"…," X said`,
//! `X said: "…"`, `X said [that] …`, `…, X said.`, `according to X, …`). The
//! extractor pairs quote marks itself, tokenises lightly, and scans its own
//! sentences (the given sentence spans only help decide abbreviation full stops), so
//! it works with whatever segmentation and entities it is given.
//!
//! Speakers are resolved within the article: a surname to the most frequent full
//! name ending with it, `he`/`she` to the person just named as a subject or just
//! quoted, a title ("the spokesperson") to the person introduced with it, a relative
//! pronoun to its antecedent. PER/ORG entities, when given, decide what is a person.
//!
//! The work is linear in the text: every scan is bounded by a sentence, a window or
//! a cap, so run-on input cannot make it quadratic.
//!
//! Figures: [`eval::polnear`] (PolNeAR-style data) and [`eval::textacy`]; run
//! `cargo run -p nx-quotes --release --example eval-quotes -- polnear_dev.jsonl`.

use std::collections::HashMap;

use nx_text::{Entity, EntityLabel, Span};
use serde::Serialize;

pub mod eval;
#[rustfmt::skip] // word lists read better packed
mod lexicon;
mod marks;

use lexicon::{lexicon, Lexicon};
use marks::Seg;

/// How the quotation is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// In quote marks.
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
    /// Reported speech without quote marks.
    Indirect,
}

/// Who said it.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The mention that says it ("He", "Austin", "the Pentagon spokesperson").
    pub span: Span,
    /// The mention resolved to the fullest name in the article ("Lloyd Austin").
    pub name: String,
}

/// One quotation.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The content, without quote marks. For partial quotes, the reported clause
    /// that holds the quoted fragments (the fragments alone lose their sense).
    pub content: Span,
    /// How it is reported.
    pub kind: QuoteKind,
    /// Who said it, when found.
    pub speaker: Option<Speaker>,
    /// The reporting words ("said", "according to", ":"), when found.
    pub cue: Option<Span>,
    /// Confidence in 0..=1.
    pub score: f32,
    /// For partial quotes, the quoted fragments inside `content`, without marks.
    pub fragments: Vec<Span>,
}

/// Options from the `[quotes]` config table.
#[derive(Debug, Clone, Default)]
pub struct QuoteOptions {
    /// Also report indirect (reported) speech.
    pub indirect: bool,
}

/// Finds quotations and attributes them.
#[derive(Debug, Clone)]
pub struct QuoteExtractor {
    options: QuoteOptions,
}

impl QuoteExtractor {
    /// Build an extractor.
    pub fn new(options: QuoteOptions) -> QuoteExtractor {
        QuoteExtractor { options }
    }

    /// The quotations in `text`, in order of content start. `sentences` are the
    /// sentence spans of the text; `entities` the named entities (may be empty when
    /// the entities stage is off).
    pub fn extract(&self, text: &str, sentences: &[Span], entities: &[Entity]) -> Vec<Quote> {
        let doc = Doc::new(text, sentences);
        let mut cands = Vec::new();
        doc.direct(&mut cands);
        doc.reported(&mut cands);
        doc.inherit_late(&mut cands);
        let names = Names::new(&doc, entities);
        doc.finish(cands, &names, self.options.indirect)
    }
}

// ---------------------------------------------------------------------------
// Tokens and sentences

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum K {
    Word,
    Punct,
    Quote(usize),
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    s: usize,
    e: usize,
    k: K,
    para: u32,
}

/// A document prepared for matching: tokens (a quoted segment is one token),
/// lowercased words and sentences as token ranges.
struct Doc<'t> {
    text: &'t str,
    lex: &'static Lexicon,
    toks: Vec<Tok>,
    low: String,
    lr: Vec<(u32, u32)>,
    segs: Vec<Seg>,
    sents: Vec<(usize, usize)>,
    /// First token of each token's sentence.
    sstart: Vec<usize>,
}

/// A found attribution before names are resolved (token ranges).
#[derive(Clone, Debug)]
struct Attr {
    speaker: Option<(usize, usize)>,
    cue: (usize, usize),
}

#[derive(Clone, Debug)]
enum Who {
    Own(Attr),
    /// Same speaker and cue as another candidate (split or continued quotes).
    Like(usize),
    /// A transcript label inside the quote (`"PENCE: …`): speaker and colon, bytes.
    Label((usize, usize), (usize, usize)),
    None,
}

#[derive(Clone, Debug)]
struct Cand {
    content: (usize, usize),
    kind: QuoteKind,
    who: Who,
    score: f32,
    fragments: Vec<(usize, usize)>,
    /// A belief, intention or finding: quoted fragments inside do not make it a
    /// partial quote (they are the writer's scare quotes, not the holder's words).
    mind: bool,
    /// Found by [`Doc::stance_frame`] rather than a speech verb.
    stance: bool,
}

fn is_upper_start(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

fn is_lower_start(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

/// Word characters joined inside a token when followed by an alphanumeric.
fn joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑')
}

impl<'t> Doc<'t> {
    fn new(text: &'t str, sentences: &[Span]) -> Doc<'t> {
        let paras = marks::paragraphs(text);
        let segs = marks::segments(text, &paras);
        let mut toks = Vec::with_capacity(text.len() / 5);
        let mut low = String::with_capacity(text.len());
        let mut lr = Vec::with_capacity(text.len() / 5);
        let mut para = 0u32;
        let mut si = 0;
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if si < segs.len() && segs[si].open == i {
                let sg = &segs[si];
                toks.push(Tok {
                    s: i,
                    e: sg.end,
                    k: K::Quote(si),
                    para,
                });
                lr.push((0, 0));
                i = sg.end;
                si += 1;
                continue;
            }
            let next_open = segs.get(si).map_or(usize::MAX, |s| s.open);
            let c = text[i..].chars().next().unwrap_or(' ');
            if c == '\n' {
                if toks.last().is_some_and(|t: &Tok| t.para == para) {
                    para += 1;
                }
                i += 1;
                continue;
            }
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            if c.is_alphanumeric() {
                let mut j = i + c.len_utf8();
                while j < b.len() && j != next_open {
                    let d = text[j..].chars().next().unwrap_or(' ');
                    if d.is_alphanumeric() {
                        j += d.len_utf8();
                        continue;
                    }
                    if (joiner(d) || d == ',') && j + d.len_utf8() != next_open {
                        let after = text[j + d.len_utf8()..].chars().next();
                        let digits =
                            b[j - 1].is_ascii_digit() && after.is_some_and(|a| a.is_ascii_digit());
                        let ok = match d {
                            '.' => dotted_ok(text, i, j) || digits,
                            ',' => digits,
                            _ => true,
                        };
                        if after.is_some_and(|a| a.is_alphanumeric()) && ok {
                            j += d.len_utf8();
                            continue;
                        }
                    }
                    break;
                }
                // "Mr.", "U.S.", "J.": the full stop belongs to the word
                if j < b.len() && b[j] == b'.' && j + 1 != next_open {
                    let w = &text[i..j];
                    let single = w.chars().count() == 1 && is_upper_start(w);
                    let lw = w.to_ascii_lowercase();
                    if single || w.contains('.') || lexicon().abbrev.contains(lw.as_str()) {
                        j += 1;
                    }
                }
                let ls = low.len() as u32;
                for ch in text[i..j].chars() {
                    if ch == '’' {
                        low.push('\'');
                    } else {
                        low.extend(ch.to_lowercase());
                    }
                }
                lr.push((ls, low.len() as u32));
                toks.push(Tok {
                    s: i,
                    e: j,
                    k: K::Word,
                    para,
                });
                i = j;
                continue;
            }
            let n = c.len_utf8();
            toks.push(Tok {
                s: i,
                e: i + n,
                k: K::Punct,
                para,
            });
            lr.push((0, 0));
            i += n;
        }
        let mut doc = Doc {
            text,
            lex: lexicon(),
            toks,
            low,
            lr,
            segs,
            sents: Vec::new(),
            sstart: Vec::new(),
        };
        doc.sents = doc.split(sentences);
        let mut sstart = vec![0; doc.toks.len()];
        for &(a, b) in &doc.sents {
            for x in &mut sstart[a..b] {
                *x = a;
            }
        }
        doc.sstart = sstart;
        doc
    }

    fn tx(&self, i: usize) -> &'t str {
        &self.text[self.toks[i].s..self.toks[i].e]
    }

    /// Lowercased word (empty for punctuation and quotes).
    fn lw(&self, i: usize) -> &str {
        let (a, b) = self.lr[i];
        &self.low[a as usize..b as usize]
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks[i].k == K::Word
    }

    fn is_p(&self, i: usize, set: &str) -> bool {
        self.toks[i].k == K::Punct && set.contains(self.tx(i))
    }

    fn quote_of(&self, i: usize) -> Option<usize> {
        match self.toks[i].k {
            K::Quote(q) => Some(q),
            _ => None,
        }
    }

    /// A lowercase word that reports speech ("said", "insists").
    fn is_cue(&self, i: usize) -> bool {
        self.is_word(i) && is_lower_start(self.tx(i)) && self.lex.cue.contains(self.lw(i))
    }

    fn is_according(&self, i: usize, hi: usize) -> bool {
        self.is_word(i) && self.lw(i) == "according" && i + 1 < hi && self.lw(i + 1) == "to"
    }

    fn seg_text(&self, q: usize) -> &'t str {
        let s = &self.segs[q];
        &self.text[s.cstart..s.cend]
    }

    /// Sentences as token ranges, never crossing paragraphs. A sentence ends at
    /// `.?!` unless an abbreviation or a lowercase continuation says otherwise, and
    /// after a quote ending in `.?!` unless an attribution follows.
    fn split(&self, given: &[Span]) -> Vec<(usize, usize)> {
        let n = self.toks.len();
        let mut out = Vec::new();
        let mut start = 0;
        let mut gi = 0;
        let use_given = given.len() > 1;
        for i in 0..n {
            let last = i + 1 == n || self.toks[i + 1].para != self.toks[i].para;
            let brk = last || {
                let t = &self.toks[i];
                match t.k {
                    K::Punct if matches!(self.tx(i), "." | "?" | "!" | "…") => {
                        let nx = i + 1;
                        let next_lower = self.is_word(nx) && is_lower_start(self.tx(nx));
                        let next_cont = self.is_p(nx, ",;:)]%");
                        if next_lower || next_cont {
                            false
                        } else if self.tx(i) == "." && i > 0 && self.is_abbrev(i - 1) {
                            // "Mr. Smith", "U.S. officials": break only before a
                            // word that opens sentences, or where the segmenter did.
                            while gi < given.len() && given[gi].end() < t.e {
                                gi += 1;
                            }
                            let seg_says = use_given
                                && gi < given.len()
                                && given[gi].end() <= self.toks[nx].s
                                && given[gi].end() >= t.e;
                            seg_says
                                || (self.is_word(nx) && self.lex.cap_function.contains(self.lw(nx)))
                        } else {
                            true
                        }
                    }
                    K::Punct
                        if matches!(self.tx(i), ")" | "]") && i > 0 && self.is_p(i - 1, ".?!") =>
                    {
                        !(self.is_word(i + 1) && is_lower_start(self.tx(i + 1)))
                    }
                    K::Word if self.tx(i).ends_with('.') => {
                        // "Mr. Smith", "U.S. officials": break only before a word
                        // that opens sentences, or where the segmenter did.
                        let nx = i + 1;
                        while gi < given.len() && given[gi].end() < t.e {
                            gi += 1;
                        }
                        let seg_says = use_given
                            && gi < given.len()
                            && given[gi].end() <= self.toks[nx].s
                            && given[gi].end() >= t.e;
                        // titles and initials before a name never end a sentence,
                        // whatever a (possibly naive) segmenter says
                        let w = self.tx(i);
                        let title = self.lex.titles.contains(self.lw(i))
                            || (w.chars().count() == 2 && is_upper_start(w));
                        let name_next = self.is_word(nx)
                            && is_upper_start(self.tx(nx))
                            && !self.lex.cap_function.contains(self.lw(nx));
                        let continues = (self.is_word(nx) && is_lower_start(self.tx(nx)))
                            || (title && name_next);
                        !continues
                            && (seg_says
                                || self.quote_of(nx).is_some()
                                || (self.is_word(nx)
                                    && self
                                        .lex
                                        .cap_function
                                        .contains(self.lw(nx).trim_end_matches('.'))))
                    }
                    K::Quote(q) => {
                        let c = self.seg_text(q).trim_end();
                        let ends = c.ends_with(['.', '?', '!', '…']);
                        let exclaim = c.ends_with(['?', '!']);
                        let nx = i + 1;
                        ends && self.is_word(nx)
                            && is_upper_start(self.tx(nx))
                            && !self.attribution_closes(nx)
                            && !(exclaim && self.attribution_follows(nx))
                    }
                    _ => false,
                }
            };
            if brk {
                out.push((start, i + 1));
                start = i + 1;
            }
        }
        out
    }

    fn is_abbrev(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.tx(i);
        let single = w.chars().count() == 1 && is_upper_start(w);
        single || w.contains('.') || self.lex.abbrev.contains(self.lw(i))
    }

    /// Like [`Doc::attribution_follows`], and the sentence ends soon after the verb
    /// (`"…." Kirby said.` but not `"…." Kirby said the plan would fail.`).
    fn attribution_closes(&self, j: usize) -> bool {
        let para = self.toks[j].para;
        let n = self.toks.len();
        let Some(v) = (j..(j + 26).min(n))
            .take_while(|&k| {
                self.toks[k].para == para && (self.is_word(k) || (k > j && self.is_p(k, ",()")))
            })
            .find(|&k| self.is_cue(k))
        else {
            return false;
        };
        if v > j + 6 && !(j + 1..(j + 7).min(v)).any(|k| self.is_p(k, ",(")) {
            return false;
        }
        if v > j
            && matches!(
                self.lw(v - 1),
                "not" | "n't" | "did" | "to" | "would" | "will" | "could" | "never"
            )
        {
            return false;
        }
        for k in v + 1..(v + 8).min(n + 1) {
            if k == n || self.toks[k].para != para || self.is_p(k, ".,;!?") {
                return true;
            }
            if self.lw(k) == "that" || self.quote_of(k).is_some() {
                return false;
            }
        }
        false
    }

    /// A short name or pronoun then a reporting verb ("Kirby said", "he asked").
    fn attribution_follows(&self, j: usize) -> bool {
        let para = self.toks[j].para;
        for k in j..(j + 7).min(self.toks.len()) {
            if self.toks[k].para != para || !self.is_word(k) {
                return false;
            }
            if self.is_cue(k) {
                return true;
            }
        }
        false
    }
}

/// A dot inside a token: initialisms ("U.S", "e.g") but not sentence ends.
fn dotted_ok(text: &str, start: usize, dot: usize) -> bool {
    // the part since the last dot (or the start) must be a single letter
    let part = &text[start..dot];
    let last = part.rsplit('.').next().unwrap_or(part);
    last.chars().count() == 1
}

// ---------------------------------------------------------------------------
// Noun phrases

impl Doc<'_> {
    /// A word that may sit inside a speaker noun phrase.
    fn np_word(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.lw(i);
        if is_upper_start(self.tx(i)) {
            let t = self.tx(i);
            if t.len() >= 2
                && t.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
                && !matches!(w, "i" | "a")
            {
                return true; // acronym: "IT firm", "NATO"
            }
            let name_next =
                i + 1 < self.toks.len() && self.is_word(i + 1) && is_upper_start(self.tx(i + 1));
            if name_next && matches!(w, "will" | "may" | "june" | "april" | "august" | "mark") {
                return true;
            }
            return !self.lex.cap_function.contains(w)
                || self.lex.det.contains(w)
                || self.lex.titles.contains(w);
        }
        if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            return true;
        }
        !self.lex.stop.contains(w) && !self.lex.cue.contains(w) && !w.ends_with("ly")
    }

    fn is_det(&self, i: usize) -> bool {
        self.is_word(i) && self.lex.det.contains(self.lw(i))
    }

    fn is_pron(&self, i: usize) -> bool {
        self.is_word(i) && self.lex.pron.contains(self.lw(i))
    }

    /// The subject noun phrase ending just before the verb at `v` (after any
    /// auxiliaries and adverbs), not reaching below `lo`. Allows an appositive
    /// ("Kirby, the spokesman, said").
    fn np_before(&self, v: usize, lo: usize) -> Option<(usize, usize)> {
        let mut i = v;
        while i > lo && self.is_word(i - 1) && {
            let w = self.lw(i - 1);
            self.lex.between.contains(w)
                || (w.ends_with("ly") && is_lower_start(self.tx(i - 1)) && w.len() > 4)
        } {
            i -= 1;
        }
        // "… and said", ", saying": the subject of the clause
        let gerund = self.lw(v).ends_with("ing");
        if i > lo
            && (self.lw(i - 1) == "and"
                || (gerund
                    && (self.is_p(i - 1, ",")
                        || matches!(
                            self.lw(i - 1),
                            "before" | "after" | "while" | "by" | "when" | "in"
                        ))))
        {
            return self
                .subject(lo, i - 1)
                .or_else(|| self.subject(self.sstart[v].min(lo), i - 1));
        }
        // relative clause: "a video that said", "officials who said"
        // the relative pronoun is the mention; its antecedent gives the name
        if i > lo && self.is_word(i - 1) && matches!(self.lw(i - 1), "who" | "which" | "that") {
            return self.antecedent(i - 1, lo).map(|_| (i - 1, i));
        }
        // "who in 2010 said", "who on Tuesday said"
        if let Some(r) = (i.saturating_sub(5).max(lo)..i)
            .rev()
            .find(|&k| self.is_word(k) && self.lw(k) == "who")
        {
            let pp = r + 1 < i
                && matches!(
                    self.lw(r + 1),
                    "in" | "on"
                        | "at"
                        | "during"
                        | "last"
                        | "earlier"
                        | "this"
                        | "after"
                        | "before"
                );
            if pp && (r + 1..i).all(|k| self.is_word(k) && !self.is_cue(k)) {
                return self.antecedent(r, lo).map(|_| (r, r + 1));
            }
        }
        if i > lo && self.is_pron(i - 1) {
            if i - 1 > lo && self.is_det(i - 2) {
                return None; // "the one"
            }
            return Some((i - 1, i));
        }
        if let Some(np) = self.np_walk_back(i, lo) {
            return Some(np);
        }
        // appositive: NAME , description , VERB
        if i > lo + 2 && self.is_p(i - 1, ",") {
            let mut k = i - 1;
            let floor = lo.max((i - 1).saturating_sub(30));
            while k > floor {
                k -= 1;
                if self.is_p(k, ",") {
                    let np = self.np_walk_back(k, lo)?;
                    // the appositive should describe, not be a clause
                    let relative = matches!(self.lw(k + 1), "who" | "whose" | "which");
                    let inside = !relative && (k + 1..i - 1).any(|x| self.is_cue(x));
                    if inside {
                        return None;
                    }
                    // "The president of the republic, Tomas Varga, said": the
                    // name in the appositive is the speaker, the phrase before
                    // it only describes them
                    let name = (k + 1..i - 1).all(|x| {
                        self.is_word(x)
                            && is_upper_start(self.tx(x))
                            && !self.lex.cap_function.contains(self.lw(x))
                            && !self.lex.org.contains(self.lw(x))
                    }) && i - 1 - (k + 1) <= 4;
                    let described = self.is_det(np.0)
                        || !(np.0..np.1).any(|x| {
                            is_upper_start(self.tx(x))
                                && !self.lex.titles.contains(self.lw(x))
                                && !self.lex.cap_function.contains(self.lw(x))
                        });
                    if name && described {
                        return Some((k + 1, i - 1));
                    }
                    return Some(np);
                }
                if self.toks[k].k != K::Word && !self.is_p(k, "-’'.") {
                    return None;
                }
            }
        }
        None
    }

    /// The noun phrase a relative pronoun at `r` refers to ("officials who").
    fn antecedent(&self, r: usize, lo: usize) -> Option<(usize, usize)> {
        self.np_walk_back(r, lo).or_else(|| {
            (r > lo && self.is_p(r - 1, ","))
                .then(|| self.np_walk_back(r - 1, lo))
                .flatten()
        })
    }

    /// The subject of the clause starting at `lo` (after an introductory phrase
    /// closed by a comma): a name, title or pronoun followed by a lowercase verb.
    fn subject(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        let mut s = lo;
        if s < hi
            && self.is_word(s)
            && self.lex.cap_function.contains(self.lw(s))
            && !self.lex.det.contains(self.lw(s))
            && !self.is_pron(s)
        {
            let comma = (s..hi.min(s + 14)).find(|&k| self.is_p(k, ","))?;
            s = comma + 1;
        }
        let mut np = self.np_after(s, hi)?;
        // "Warren appeared": the name, not the verb after it
        if let Some(lc) = (np.0..np.1).rev().find(|&k| is_upper_start(self.tx(k))) {
            let keep = if self.lw(lc).ends_with("'s") {
                lc + 2
            } else {
                lc + 1
            };
            np.1 = np.1.min(keep);
        }
        let named = (np.0..np.1)
            .any(|k| is_upper_start(self.tx(k)) && !self.lex.cap_function.contains(self.lw(k)))
            || (np.1 - np.0 == 1 && self.is_pron(np.0))
            || (np.1 > np.0 + 1 && self.is_det(np.0));
        if !named || np.1 >= hi {
            return None;
        }
        let mut after = np.1;
        if self.is_p(after, ",") {
            // "Huma Abedin, vice chairwoman for the campaign, emailed"
            after = (after + 1..hi.min(after + 16)).find(|&k| self.is_p(k, ","))? + 1;
        }
        (after < hi && self.is_word(after) && is_lower_start(self.tx(after))).then_some(np)
    }

    fn np_walk_back(&self, end: usize, lo: usize) -> Option<(usize, usize)> {
        let mut s = end;
        let mut n = 0;
        while s > lo && n < 12 {
            let t = s - 1;
            if self.is_det(t) {
                // "the American Enterprise Institute" inside "X of the …"
                if s < end
                    && t > lo + 1
                    && self.lw(t - 1) == "of"
                    && is_upper_start(self.tx(s))
                    && self.is_word(t - 2)
                    && is_upper_start(self.tx(t - 2))
                {
                    s = t - 1;
                    continue;
                }
                if s == end {
                    // "Another tweeted", "Some said"
                    if matches!(
                        self.lw(t),
                        "another"
                            | "one"
                            | "some"
                            | "many"
                            | "several"
                            | "others"
                            | "both"
                            | "most"
                            | "few"
                    ) {
                        return Some((t, end));
                    }
                    return None;
                }
                s = t;
                break;
            }
            // a parenthesis inside the phrase: "Harry M. Reid (D-Nev.)"
            if self.is_p(t, ")") && s == end {
                if let Some(o) = (t.saturating_sub(8).max(lo)..t)
                    .rev()
                    .find(|&k| self.is_p(k, "("))
                {
                    if o > lo {
                        let inner = self.np_walk_back(o, lo)?;
                        return Some((inner.0, end));
                    }
                }
                return None;
            }
            if self.is_p(t, "$") && s < end && t > lo && self.is_word(t - 1) {
                s = t;
                continue;
            }
            if self.np_word(t) {
                s = t;
                n += 1;
                continue;
            }
            // "Secretary of State", "Burton and Nick"
            if (self.lw(t) == "of" || self.lw(t) == "and")
                && t > lo
                && s < end
                && is_upper_start(self.tx(s))
                && self.is_word(t - 1)
                && is_upper_start(self.tx(t - 1))
            {
                s = t;
                continue;
            }
            break;
        }
        // don't start with a joining word
        while s < end && matches!(self.lw(s), "of" | "and") {
            s += 1;
        }
        (s < end).then_some((s, end))
    }

    /// The noun phrase starting at `j` (inverted subject: `said Defense Secretary
    /// Lloyd Austin`), not reaching `hi`.
    fn np_after(&self, j: usize, hi: usize) -> Option<(usize, usize)> {
        if j >= hi || !self.is_word(j) {
            return None;
        }
        if self.is_pron(j) {
            return Some((j, j + 1));
        }
        let mut k = j;
        if self.is_det(k) {
            k += 1;
        }
        let body = k;
        let mut n = 0;
        while k < hi && n < 8 {
            if self.np_word(k) && !self.is_det(k) {
                k += 1;
                n += 1;
                continue;
            }
            if (self.lw(k) == "of" || self.lw(k) == "and")
                && k > body
                && k + 1 < hi
                && self.is_word(k + 1)
                && is_upper_start(self.tx(k + 1))
                && is_upper_start(self.tx(k - 1))
            {
                k += 1;
                continue;
            }
            // "calculations by Amy Glasmeier", "X of the Y Institute"
            if matches!(self.lw(k), "by" | "from" | "of")
                && k > body
                && k + 2 < hi
                && ((self.is_word(k + 1)
                    && is_upper_start(self.tx(k + 1))
                    && !self.lex.cap_function.contains(self.lw(k + 1)))
                    || (self.lw(k + 1) == "the"
                        && self.is_word(k + 2)
                        && is_upper_start(self.tx(k + 2))))
            {
                k += if self.lw(k + 1) == "the" { 2 } else { 1 };
                continue;
            }
            // possessive split by the tokenizer never happens ('s is joined)
            break;
        }
        while k > body + 1
            && self.is_word(k - 1)
            && matches!(self.lw(k - 1), "of" | "and" | "by" | "from" | "the")
        {
            k -= 1;
        }
        (k > body).then_some((j, k))
    }
}

// ---------------------------------------------------------------------------
// Direct quotes

impl Doc<'_> {
    fn sentence_of(&self) -> Vec<usize> {
        let mut v = vec![0; self.toks.len()];
        for (si, &(a, b)) in self.sents.iter().enumerate() {
            for x in &mut v[a..b] {
                *x = si;
            }
        }
        v
    }

    /// Does the quote at token `qi` stand as an utterance of its own (rather than
    /// a title, a scare-quoted word or a fragment inside a clause)?
    fn direct_shape(&self, qi: usize, st: usize, en: usize) -> bool {
        let q = self.quote_of(qi).unwrap_or(0);
        let content = self.seg_text(q).trim();
        if content.is_empty() {
            return false;
        }
        let opens = qi == st
            || self.is_p(qi - 1, ":,—–-(")
            || self.is_cue(qi - 1)
            || self.quote_of(qi - 1).is_some();
        let inner_end = content.ends_with(['.', ',', '?', '!', '…', '—', '–', '-', ';', ':']);
        let outer_end = qi + 1 >= en || self.is_p(qi + 1, ".,?!;:—–-)");
        let attr_next = qi + 1 < en && (self.is_cue(qi + 1) || self.attribution_follows(qi + 1));
        if !opens {
            return false;
        }
        let words = content.split_whitespace().count();
        if !inner_end && title_like(content) && words < 12 {
            return false;
        }
        // a quoted subhead ("'Legend in the Coal Fields.'") or stage direction
        let bare = content.trim_end_matches(['.', '!', '?']);
        let alone = (qi == 0 || self.toks[qi - 1].para != self.toks[qi].para)
            && (qi + 1 >= self.toks.len() || self.toks[qi + 1].para != self.toks[qi].para);
        if (alone && title_like(bare) && words < 10)
            || (bare.starts_with('(') && bare.ends_with(')'))
        {
            return false;
        }
        // a lowercase start continues a clause ("…, "but not among them."") unless
        // an attribution or a colon introduces it (`he said, "and we will."`)
        let lower = content
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_lowercase);
        if lower && qi > st && !self.is_p(qi - 1, ":") && !self.is_cue(qi - 1) {
            let introduced = self.is_p(qi - 1, ",")
                && (qi.saturating_sub(6).max(st)..qi - 1)
                    .any(|k| self.is_cue(k) || self.quote_of(k).is_some());
            if !introduced {
                return false;
            }
        }
        inner_end || outer_end || attr_next || !self.segs[q].closed
    }

    /// The attribution after a quote: `," Kirby said`, `," said Kirby`,
    /// `," Kirby, the spokesman, said`, `," according to Kirby`.
    fn post_attr(&self, qi: usize, en: usize) -> Option<Attr> {
        let mut j = qi + 1;
        if j < en && self.is_p(j, ",—–-") {
            j += 1;
        }
        // stop at the next quote
        let hi = (j..en).find(|&k| self.quote_of(k).is_some()).unwrap_or(en);
        if j >= hi || !self.is_word(j) {
            return None;
        }
        if self.is_according(j, hi) {
            let np = self.np_after(j + 2, hi)?;
            return Some(Attr {
                speaker: Some(np),
                cue: (j, j + 2),
            });
        }
        if self.is_cue(j) {
            let np = self.np_after(j + 1, hi);
            return Some(Attr {
                speaker: np,
                cue: (j, j + 1),
            });
        }
        // a verb outside the lexicon in the attribution slot: "…," he beamed /
        // "…!" beamed Donald Hartley.
        let verbish = |k: usize| {
            k < hi
                && self.is_word(k)
                && is_lower_start(self.tx(k))
                && !self.lex.stop.contains(self.lw(k))
                && (self.lw(k).ends_with("ed") || self.lw(k).ends_with('s'))
        };
        let ends_after = |k: usize| k >= hi || self.is_p(k, ".,;!?");
        if self.is_pron(j) && verbish(j + 1) && ends_after(j + 2) {
            return Some(Attr {
                speaker: Some((j, j + 1)),
                cue: (j + 1, j + 2),
            });
        }
        // "…," she went on / Kirby shot back.
        if let Some(v) = (j + 1..hi.min(j + 5))
            .find(|&k| self.is_word(k) && PARTICLES.contains(&self.lw(k)) && ends_after(k + 1))
        {
            if self.is_word(v - 1)
                && is_lower_start(self.tx(v - 1))
                && !self.lex.stop.contains(self.lw(v - 1))
            {
                if let Some(np) = self.np_before(v - 1, j).filter(|np| np.0 == j) {
                    return Some(Attr {
                        speaker: Some(np),
                        cue: (v - 1, v + 1),
                    });
                }
            }
        }
        // any lowercase verb in the slot right after the quote, then a name that
        // ends the sentence: `"…", beamed Donald Hartley.`
        let slot = j < hi
            && self.is_word(j)
            && is_lower_start(self.tx(j))
            && !self.lex.stop.contains(self.lw(j))
            && !self.is_det(j);
        if (slot && (self.is_p(qi + 1, ",") || self.comma_like(qi)))
            || (verbish(j) && self.lw(j).ends_with("ed"))
        {
            if let Some(np) = self.np_after(j + 1, hi) {
                if is_upper_start(self.tx(np.0)) && !self.is_det(np.0) && ends_after(np.1) {
                    return Some(Attr {
                        speaker: Some(np),
                        cue: (j, j + 1),
                    });
                }
            }
        }
        // NP … VERB within a short window
        let lim = hi.min(j + 32);
        let mut k = j;
        while k < lim {
            if self.is_cue(k) {
                let np = self.np_before(k, j).filter(|np| np.0 == j);
                // "Cecelia Purner, 67, a retired teacher in Allentown, Pa., said"
                let np = np.or_else(|| {
                    let c = (j..k).find(|&x| self.is_p(x, ","))?;
                    let np = self.np_walk_back(c, j).filter(|np| np.0 == j)?;
                    self.is_p(k - 1, ",").then_some(np)
                });
                if let Some(np) = np {
                    return Some(Attr {
                        speaker: Some(np),
                        cue: (k, k + 1),
                    });
                }
            }
            if !(self.is_word(k) || self.is_p(k, ",-’'().")) {
                return None;
            }
            if k > j + 10 && !self.toks[j..k].iter().any(|t| t.k == K::Punct) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// The attribution before a quote: `Kirby said: "`, `He added, "`,
    /// `According to Kirby, "`, `Kirby: "`.
    fn pre_attr(&self, qi: usize, st: usize) -> Option<Attr> {
        if qi <= st {
            return None;
        }
        let p = qi - 1;
        // lower bound: the previous quote in the sentence
        let lo = (st..p)
            .rev()
            .find(|&k| self.quote_of(k).is_some())
            .map_or(st, |k| k + 1);
        if self.is_p(p, ":") {
            if let Some(v) = (lo..p).rev().find(|&k| self.is_cue(k)) {
                let np = self.np_before(v, lo).or_else(|| self.subject(st, v));
                if np.is_some() || self.is_lower_verb_form(v) {
                    return Some(Attr {
                        speaker: np,
                        cue: (v, v + 1),
                    });
                }
            }
            if let Some(a) = (lo..p).find(|&k| self.is_according(k, p)) {
                let np = self.np_after(a + 2, p);
                return Some(Attr {
                    speaker: np,
                    cue: (a, a + 2),
                });
            }
            // "Kirby:" transcript / headline style
            if let Some(np) = self.np_walk_back(p, lo) {
                if np.0 == lo && p - lo <= 5 {
                    return Some(Attr {
                        speaker: Some(np),
                        cue: (p, p + 1),
                    });
                }
            }
            // "Clinton has since apologized for what happened: "…""
            if p - lo <= 25 {
                if let Some(np) = self.subject(lo, p) {
                    return Some(Attr {
                        speaker: Some(np),
                        cue: (p, p + 1),
                    });
                }
            }
            return Some(Attr {
                speaker: None,
                cue: (p, p + 1),
            });
        }
        let v = if self.is_p(p, ",—–") && p > lo {
            p - 1
        } else {
            p
        };
        if self.is_cue(v) {
            let np = self.np_before(v, lo).or_else(|| self.subject(st, v));
            if np.is_some() {
                return Some(Attr {
                    speaker: np,
                    cue: (v, v + 1),
                });
            }
        }
        // phrasal: "Hillary shot back, "…""
        if v > lo + 1
            && v != p
            && self.is_word(v)
            && PARTICLES.contains(&self.lw(v))
            && self.is_word(v - 1)
            && is_lower_start(self.tx(v - 1))
            && !self.lex.stop.contains(self.lw(v - 1))
        {
            if let Some(np) = self.np_before(v - 1, lo) {
                return Some(Attr {
                    speaker: Some(np),
                    cue: (v - 1, v + 1),
                });
            }
        }
        // "she told the mayors who gathered in X, "…""
        if self.is_p(p, ",") && !self.is_cue(v) {
            let floor = lo.max(p.saturating_sub(20));
            let floor = (floor..p)
                .rev()
                .find(|&k| self.toks[k].k != K::Word)
                .map_or(floor, |k| k + 1);
            if let Some(v) = (floor..p).rev().find(|&k| self.is_cue(k)) {
                if let Some(np) = self.np_before(v, lo) {
                    return Some(Attr {
                        speaker: Some(np),
                        cue: (v, v + 1),
                    });
                }
            }
        }
        // "According to Kirby, "…""
        if let Some(a) = (lo..p).find(|&k| self.is_according(k, p)) {
            let np = self.np_after(a + 2, p)?;
            return Some(Attr {
                speaker: Some(np),
                cue: (a, a + 2),
            });
        }
        None
    }

    fn is_lower_verb_form(&self, v: usize) -> bool {
        self.lw(v).ends_with("ing")
    }

    fn direct(&self, out: &mut Vec<Cand>) {
        let sent_of = self.sentence_of();
        let mut seg_cand: Vec<Option<usize>> = vec![None; self.segs.len()];
        for &(st, en) in &self.sents {
            for qi in st..en {
                let Some(q) = self.quote_of(qi) else { continue };
                if !self.direct_shape(qi, st, en) {
                    continue;
                }
                let mut attr = self.post_attr(qi, en).or_else(|| self.pre_attr(qi, st));
                // a colon at the end of the previous paragraph introduces this one
                if attr.is_none() && qi == st && qi > 0 && self.is_p(qi - 1, ":") {
                    let pst = self.sents[sent_of[qi - 1]].0;
                    attr = self.pre_attr(qi, pst).filter(|a| a.speaker.is_some());
                }
                // "…" — Bernie Sanders / a next paragraph "- Sanders."
                if attr.is_none() {
                    let d = qi + 1;
                    if d + 1 < self.toks.len() && self.is_p(d, "-—–―") && self.is_word(d + 1)
                    {
                        let para = self.toks[d].para;
                        let pend = (d..self.toks.len())
                            .find(|&k| self.toks[k].para != para)
                            .unwrap_or(self.toks.len());
                        let first_in_para = self.toks[d - 1].para != para;
                        if (first_in_para || d == en - 1 || en == pend) && pend - d <= 12 {
                            if let Some(np) = self
                                .np_after(d + 1, pend)
                                .filter(|np| is_upper_start(self.tx(np.0)))
                            {
                                attr = Some(Attr {
                                    speaker: Some(np),
                                    cue: (d, d + 1),
                                });
                            }
                        }
                    }
                }
                let sg = &self.segs[q];
                let (mut cs, ce) = trim_span(self.text, sg.cstart, sg.cend);
                if cs >= ce {
                    continue;
                }
                if let Some((label, colon)) = transcript_label(self.text, cs, ce) {
                    let (s2, _) = trim_span(self.text, colon.1, ce);
                    if s2 < ce {
                        cs = s2;
                        seg_cand[q] = Some(out.len());
                        out.push(Cand {
                            content: (cs, ce),
                            kind: QuoteKind::Direct,
                            who: Who::Label(label, colon),
                            score: 0.85,
                            fragments: Vec::new(),
                            mind: false,
                            stance: false,
                        });
                        continue;
                    }
                }
                let score = match &attr {
                    Some(Attr {
                        speaker: Some(_), ..
                    }) => 0.9,
                    Some(_) => 0.6,
                    None => 0.4,
                };
                seg_cand[q] = Some(out.len());
                out.push(Cand {
                    content: (cs, ce),
                    kind: QuoteKind::Direct,
                    who: attr.map_or(Who::None, Who::Own),
                    score,
                    fragments: Vec::new(),
                    mind: false,
                    stance: false,
                });
            }
        }
        self.inherit(out, &seg_cand);
    }

    /// Split quotes, continued paragraphs and quote-only paragraphs take the
    /// speaker of the quote they continue.
    fn inherit(&self, out: &mut [Cand], seg_cand: &[Option<usize>]) {
        // chains (multi-paragraph quotes): the attributed segment lends its speaker
        let mut by_chain: HashMap<usize, usize> = HashMap::new();
        for (q, c) in seg_cand.iter().enumerate() {
            if let Some(ci) = *c {
                if has_speaker(&out[ci].who) {
                    by_chain.entry(self.segs[q].chain).or_insert(ci);
                }
            }
        }
        let mut chain_last: HashMap<usize, usize> = HashMap::new();
        let mut last: Option<(usize, u32)> = None; // (candidate, paragraph)
        let mut prev_para_last: Option<(usize, u32)> = None;
        let mut cur_para = u32::MAX;
        for (q, c) in seg_cand.iter().enumerate() {
            let Some(ci) = *c else { continue };
            let sg = &self.segs[q];
            let tok = self.toks.partition_point(|t| t.s < sg.open);
            let para = self.toks[tok].para;
            if para != cur_para {
                prev_para_last = last;
                cur_para = para;
            }
            let attributed = has_speaker(&out[ci].who);
            if !attributed {
                // the latest attributed segment of this quote, else a later one
                let chained = chain_last
                    .get(&sg.chain)
                    .or(by_chain.get(&sg.chain))
                    .filter(|&&s| s != ci);
                let src = if let Some(&src) = chained {
                    Some((src, 0.85))
                } else if let Some((src, p)) = last.filter(|&(_, p)| p == para) {
                    let _ = p;
                    Some((src, 0.8))
                } else {
                    // a paragraph that is only a quote, right after a quoted paragraph
                    let para_start = tok == 0 || self.toks[tok - 1].para != para;
                    let para_only =
                        para_start && self.toks.get(tok + 1).is_none_or(|t| t.para != para);
                    prev_para_last
                        .filter(|&(_, p)| para_only && p + 1 >= para && p != para)
                        .map(|(s, _)| (s, 0.6))
                };
                if let Some((src, score)) = src {
                    let root = root_of(out, src);
                    out[ci].who = Who::Like(root);
                    out[ci].score = score;
                } else if matches!(out[ci].who, Who::None) {
                    // unattributed: keep only sentence-like quotes
                    let content = &self.text[out[ci].content.0..out[ci].content.1];
                    if content.split_whitespace().count() < 4 {
                        out[ci].score = 0.0;
                    }
                }
            }
            let attributed_now = !matches!(out[ci].who, Who::None) && out[ci].score > 0.0;
            if attributed_now {
                last = Some((ci, para));
                chain_last.insert(sg.chain, ci);
            }
        }
    }
}

impl Doc<'_> {
    /// A direct quote still without speaker, after reported speech in its
    /// paragraph (`…, said X. "…"`): the speaker of that speech.
    fn inherit_late(&self, out: &mut [Cand]) {
        let mut spans: Vec<(usize, usize, usize)> = (0..out.len())
            .map(|i| {
                let (s, e) = self.byte_range(&out[i]);
                (s, e, i)
            })
            .collect();
        spans.sort();
        let para_of = |b: usize| {
            let k = self.toks.partition_point(|t| t.e <= b);
            self.toks.get(k).map_or(u32::MAX, |t| t.para)
        };
        let mut last: Option<(usize, u32)> = None;
        for &(s, _, i) in &spans {
            let para = para_of(s);
            let has = has_speaker(&out[i].who) || matches!(out[i].who, Who::Like(_));
            if out[i].kind == QuoteKind::Direct
                && matches!(out[i].who, Who::None)
                && out[i].score >= 0.0
            {
                let k = self.toks.partition_point(|t| t.e <= s);
                let para_only = (k == 0 || self.toks[k - 1].para != para)
                    && self
                        .toks
                        .get(k + 1)
                        .is_none_or(|t| t.para != para || self.is_p(k + 1, "."));
                if let Some((src, p)) = last {
                    if p == para || (para_only && p + 1 == para) {
                        out[i].who = Who::Like(root_of(out, src));
                        out[i].score = 0.7;
                    }
                }
            }
            if has {
                last = Some((i, para));
            }
        }
    }
}

/// Words that open the adverbials after a postposed attribution ("said on
/// Tuesday", "said in a statement", "said last week").
const TAIL_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "to",
    "with",
    "for",
    "from",
    "of",
    "by",
    "via",
    "while",
    "when",
    "as",
    "later",
    "earlier",
    "recently",
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
    "next",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "afterward",
    "afterwards",
    "again",
    "too",
    "also",
    "then",
    "privately",
    "publicly",
    "told",
    "then",
    "outside",
    "inside",
    "about",
    "through",
    "over",
    "under",
    "without",
    "near",
    "following",
    "amid",
    "because",
    "since",
    "than",
    "once",
    "shortly",
    "late",
    "early",
    "here",
    "there",
    "now",
    "back",
    "in",
    "told",
    "recalled",
    "added",
];

/// Stance verbs whose form is also a common noun ("show", "plans", "support").
const NOUN_TOO: &[&str] = &[
    "show",
    "shows",
    "support",
    "supports",
    "plan",
    "plans",
    "question",
    "questions",
    "call",
    "calls",
    "attack",
    "attacks",
    "demand",
    "demands",
    "challenge",
    "challenges",
    "fear",
    "fears",
    "hope",
    "hopes",
    "doubt",
    "doubts",
    "wish",
    "favor",
    "favors",
    "praise",
    "blame",
    "offer",
    "offers",
    "promise",
    "promises",
    "pledge",
    "pledges",
    "vow",
    "vows",
    "estimate",
    "estimates",
    "worry",
    "worries",
    "echo",
    "label",
    "want",
    "wants",
];

/// Verbs that report what a document or data found ("the poll shows").
const FINDING_VERBS: &[&str] = &[
    "show",
    "shows",
    "showed",
    "shown",
    "found",
    "finds",
    "suggests",
    "suggested",
    "indicates",
    "indicated",
    "reveals",
    "revealed",
    "estimates",
    "estimated",
    "concluded",
    "concludes",
];

/// Nouns for documents and data that can hold a finding.
const DOCUMENT_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "analysis",
    "data",
    "figures",
    "numbers",
    "results",
    "research",
    "review",
    "audit",
    "investigation",
    "video",
    "footage",
    "transcript",
    "documents",
    "records",
    "filings",
    "average",
    "averages",
    "census",
    "model",
    "forecast",
    "memo",
    "letter",
    "emails",
    "report's",
    "records",
];

/// At most this many reported-speech frames per sentence.
const MAX_FRAMES: usize = 64;

/// What follows a postposed attribution.
enum Tail {
    /// The sentence ends (after short adverbials).
    End,
    /// A comma at this token, then more of the reported clause.
    Medial(usize),
    /// Something else: not an attribution.
    Bad,
}

/// Particles of phrasal reporting verbs ("went on", "shot back", "chimed in").
const PARTICLES: &[&str] = &["on", "back", "in", "out", "up"];

/// A speaker was found (not inherited).
fn has_speaker(w: &Who) -> bool {
    matches!(
        w,
        Who::Own(Attr {
            speaker: Some(_),
            ..
        }) | Who::Label(..)
    )
}

/// `PENCE: …` / `MR. SMITH: …` at the start of quoted text: a transcript speaker
/// label (one to four capitalised words) and its colon, as byte ranges.
fn transcript_label(text: &str, cs: usize, ce: usize) -> Option<((usize, usize), (usize, usize))> {
    let t = &text[cs..ce];
    let colon = t.find(':')?;
    if colon == 0 || colon > 40 || !t[colon + 1..].starts_with(char::is_whitespace) {
        return None;
    }
    let label = &t[..colon];
    let words: Vec<&str> = label.split_whitespace().collect();
    let caps = label.chars().filter(|c| c.is_uppercase()).count();
    let ok = !words.is_empty()
        && words.len() <= 4
        && caps >= 2
        && label
            .chars()
            .all(|c| !c.is_lowercase() && (c.is_alphabetic() || " .'-".contains(c)));
    ok.then_some((
        (cs, cs + label.trim_end().len()),
        (cs + colon, cs + colon + 1),
    ))
}

fn root_of(out: &[Cand], mut i: usize) -> usize {
    while let Who::Like(j) = out[i].who {
        if j == i {
            break;
        }
        i = j;
    }
    i
}

/// Mostly capitalised words and no sentence punctuation: a title or a name.
fn title_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() {
        return true;
    }
    let caps = words
        .iter()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        .count();
    let small = words
        .iter()
        .filter(|w| {
            matches!(
                **w,
                "of" | "the" | "a" | "an" | "and" | "in" | "on" | "for" | "to" | "at" | "with"
            )
        })
        .count();
    caps > 0 && caps + small == words.len() && (words.len() > 1 || caps == 1)
}

fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &text[s..e];
    let lead = t.len() - t.trim_start().len();
    let body = t.trim();
    (s + lead, s + lead + body.len())
}

// ---------------------------------------------------------------------------
// Reported speech

impl Doc<'_> {
    fn is_clause_verb(&self, v: usize, hi: usize) -> bool {
        if !self.is_word(v) || !is_lower_start(self.tx(v)) {
            return false;
        }
        let w = self.lw(v);
        let that_next = v + 1 < hi && self.lw(v + 1) == "that";
        self.lex.clause.contains(w) || (that_next && self.lex.cue.contains(w))
    }

    /// Where the reported clause starts after verb `v`: past an object for
    /// tell-verbs, past short adverbials before "that", past "that".
    fn clause_start(&self, v: usize, hi: usize) -> Option<usize> {
        let mut j = v + 1;
        // "that" within a few tokens (said on Tuesday that, told reporters that)
        let that = (j..hi.min(j + 8))
            .take_while(|&k| self.is_word(k) && !self.lex.cue.contains(self.lw(k)))
            .find(|&k| self.lw(k) == "that");
        if let Some(t) = that {
            return (t + 1 < hi).then_some(t + 1);
        }
        if self.lex.object.contains(self.lw(v)) {
            // skip the listener: "told reporters", "told The Associated Press"
            let np = self.np_after(j, hi)?;
            j = np.1;
            if j < hi && self.is_p(j, ",") {
                j += 1;
            }
        }
        if j < hi && self.lw(j) == "of" {
            return None; // "spoke of", "said of the plan"
        }
        if j < hi && self.is_p(j, ",") {
            return None;
        }
        (j < hi).then_some(j)
    }

    // token positions index several parallel arrays here
    #[allow(clippy::needless_range_loop)]
    fn reported(&self, out: &mut Vec<Cand>) {
        // tokens already used by direct attributions
        let mut used = vec![false; self.toks.len()];
        let mut quote_cand: HashMap<usize, usize> = HashMap::new();
        for (ci, c) in out.iter().enumerate() {
            if let Who::Own(a) = &c.who {
                for x in &mut used[a.cue.0..a.cue.1] {
                    *x = true;
                }
                if let Some(sp) = a.speaker {
                    for x in &mut used[sp.0..sp.1] {
                        *x = true;
                    }
                }
            }
            let tok = self.toks.partition_point(|t| t.e <= c.content.0);
            if tok < self.toks.len() {
                quote_cand.insert(tok, ci);
            }
        }
        let direct_toks: Vec<bool> = (0..self.toks.len())
            .map(|i| self.quote_of(i).is_some() && quote_cand.contains_key(&i))
            .collect();
        let n0 = out.len();
        for si in 0..self.sents.len() {
            let (st, en) = self.sents[si];
            // drop closing punctuation from the clause end
            let mut ce = en;
            while ce > st && self.is_p(ce - 1, ".?!…;") {
                ce -= 1;
            }
            let mut frames: Vec<Cand> = Vec::new();
            let mut sent_speaker: Option<(usize, usize)> = None;
            let mut speaker_looked = false;
            'verbs: for v in st..en {
                if frames.len() >= MAX_FRAMES {
                    break; // a run-on "sentence": keep the work linear
                }
                if used[v] {
                    if sent_speaker.is_none() && !speaker_looked {
                        speaker_looked = true;
                        if let Some(ci) = (st..en).find_map(|k| quote_cand.get(&k)) {
                            if let Who::Own(Attr {
                                speaker: Some(sp), ..
                            }) = out[*ci].who
                            {
                                sent_speaker = Some(sp);
                            }
                        }
                    }
                    continue;
                }
                if !self.is_word(v) {
                    continue;
                }
                // according to X, …  /  …, according to X
                if self.is_according(v, en) {
                    let Some(np) = self.np_after(v + 2, en) else {
                        continue;
                    };
                    let lead = (st..v)
                        .all(|k| self.is_word(k) && self.lex.cap_function.contains(self.lw(k)));
                    let content = if lead {
                        let mut c = np.1;
                        if c < ce && self.is_p(c, ",") {
                            c += 1;
                        }
                        (c, ce)
                    } else {
                        let mut e = v;
                        if e > st && self.is_p(e - 1, ",(—–") {
                            e -= 1;
                        }
                        (st, e)
                    };
                    let attr = Attr {
                        speaker: Some(np),
                        cue: (v, v + 2),
                    };
                    // medial: "Among the precedents at risk, according to X, are 16 …"
                    let medial = !lead
                        && np.1 + 3 < ce
                        && self.is_p(np.1, ",")
                        && self.content_start_ok(np.1 + 1);
                    if medial {
                        let e2 = self.clause_end(np.1 + 1, ce);
                        if content.1 > content.0 {
                            frames.push(self.frame(content, attr.clone(), 0.65));
                        }
                        if e2 > np.1 + 3 {
                            frames.push(self.frame((np.1 + 1, e2), attr, 0.65));
                        }
                    } else if content.1 > content.0 + 2 {
                        frames.push(self.frame(content, attr, 0.7));
                    }
                    continue;
                }
                let cue = self.is_cue(v) || self.title_cue(v, st, en);
                let stance = self.is_stance(v);
                if !cue && !stance {
                    continue;
                }
                // "her opening remarks", "Republican claims": plural nouns
                let w = self.lw(v);
                if cue
                    && w.ends_with('s')
                    && !matches!(
                        w,
                        "says"
                            | "tells"
                            | "adds"
                            | "warns"
                            | "insists"
                            | "argues"
                            | "writes"
                            | "explains"
                    )
                    && (v == st
                        || !self.is_word(v - 1)
                        || (!is_upper_start(self.tx(v - 1))
                            && !self.is_pron(v - 1)
                            && (st..v).rev().take(3).any(|k| {
                                matches!(
                                    self.lw(k),
                                    "his" | "her" | "its" | "their" | "our" | "my" | "your"
                                )
                            })))
                {
                    continue;
                }
                let prev_ok = v == st
                    || !(self.is_word(v - 1)
                        && matches!(
                            self.lw(v - 1),
                            "to" | "was"
                                | "were"
                                | "is"
                                | "are"
                                | "be"
                                | "been"
                                | "being"
                                | "of"
                                | "in"
                                | "for"
                                | "with"
                                | "by"
                                | "from"
                                | "as"
                                | "get"
                                | "gets"
                                | "got"
                        )
                        || self.is_det(v - 1));
                if !prev_ok {
                    continue;
                }
                // postposed: "…, officials said." / "…, said Kirby." / medial
                // "The plan, he said, will fail."
                let np = self.np_before(v, st);
                if !cue {
                    if let Some(f) = self.stance_frame(v, st, ce, np) {
                        frames.push(f);
                    }
                    continue;
                }
                if let Some(np) = np {
                    if np.0 > st + 1 && self.comma_like(np.0 - 1) && self.speakerish(np) {
                        let cut = if self.quote_of(np.0 - 1).is_some() {
                            np.0
                        } else {
                            np.0 - 1
                        };
                        if self.push_post(&mut frames, st, cut, (v, v + 1), np, v + 1, en, ce) {
                            continue;
                        }
                    }
                }
                if v > st + 1 && self.comma_like(v - 1) && !self.lw(v).ends_with("ing") {
                    if let Some(np2) = self.np_after(v + 1, en) {
                        let cut = if self.quote_of(v - 1).is_some() {
                            v
                        } else {
                            v - 1
                        };
                        if self.push_post(&mut frames, st, cut, (v, v + 1), np2, np2.1, en, ce) {
                            continue;
                        }
                    }
                }
                'speech: {
                    // preposed: "X said (that) …"
                    if !self.is_clause_verb(v, en) || self.noun_like_s(v, en) {
                        break 'speech;
                    }
                    if v > st && self.lw(v - 1) == "let's" {
                        break 'speech;
                    }
                    let gerund = self.lw(v).ends_with("ing");
                    if !gerund && v > st && self.is_p(v - 1, ",") && np.is_none() {
                        break 'speech; // an inversion whose subject was not found
                    }
                    let speaker = if gerund {
                        // ", adding that …": the speaker of the sentence so far
                        if !(v > st && self.is_p(v - 1, ",")) {
                            break 'speech;
                        }
                        frames
                            .last()
                            .and_then(|f| match &f.who {
                                Who::Own(a) => a.speaker,
                                _ => None,
                            })
                            .or(sent_speaker)
                            .or(np)
                    } else {
                        np
                    };
                    let Some(speaker) = speaker else {
                        break 'speech;
                    };
                    let Some(cs) = self.clause_start(v, ce) else {
                        break 'speech;
                    };
                    if !self.content_start_ok(cs) {
                        break 'speech;
                    }
                    let cend = self.clause_end(cs, ce);
                    if cend <= cs + 1 || self.is_p(cend - 1, ":") {
                        break 'speech;
                    }
                    // starts with a direct quote: that quote is the utterance
                    if direct_toks[cs] && self.toks[cs].e + 3 >= self.toks[cend - 1].e {
                        break 'speech;
                    }
                    let score = if self.lw(v + 1) == "that" { 0.7 } else { 0.6 };
                    frames.push(self.frame(
                        (cs, cend),
                        Attr {
                            speaker: Some(speaker),
                            cue: (v, v + 1),
                        },
                        score,
                    ));
                    continue 'verbs;
                }
                if stance {
                    if let Some(f) = self.stance_frame(v, st, ce, np) {
                        frames.push(f);
                    }
                }
                // later verbs inside this clause belong to it (nested), skip past
                // its end only for simple cases
            }
            // fragments: quotes inside frames make them partial
            for f in &mut frames {
                let (a, b) = f.content;
                for k in a..b {
                    if let Some(q) = self.quote_of(k) {
                        if direct_toks[k] || title_like(self.seg_text(q).trim()) {
                            continue;
                        }
                        let sg = &self.segs[q];
                        f.fragments.push(trim_span(self.text, sg.cstart, sg.cend));
                    }
                }
                if !f.fragments.is_empty() && !f.mind {
                    f.kind = QuoteKind::Partial;
                    f.score = (f.score + 0.1).min(1.0);
                }
            }
            // quoted fragments outside any frame: "called the plan "reckless""
            for qi in st..en {
                if frames.len() >= MAX_FRAMES {
                    break;
                }
                if self.quote_of(qi).is_none() || direct_toks[qi] {
                    continue;
                }
                let inside = frames.iter().any(|f| f.content.0 <= qi && qi < f.content.1);
                if inside {
                    continue;
                }
                let q = self.quote_of(qi).unwrap_or(0);
                if title_like(self.seg_text(q).trim()) {
                    continue;
                }
                if let Some(v) = (qi.saturating_sub(40).max(st)..qi).rev().find(|&k| {
                    self.is_word(k)
                        && !used[k]
                        && is_lower_start(self.tx(k))
                        && (self.lex.fragment.contains(self.lw(k))
                            || self.lex.cue.contains(self.lw(k)))
                        && !self.noun_like_s(k, en)
                        && !(k > st && matches!(self.lw(k - 1), "let's" | "a" | "an" | "the"))
                }) {
                    if frames
                        .iter()
                        .any(|f| matches!(&f.who, Who::Own(a) if a.cue == (v, v + 1)))
                    {
                        continue; // one frame per cue
                    }
                    if let Some(np) = self.np_before(v, st) {
                        let cs = v + 1;
                        let sg = &self.segs[q];
                        let mut f = self.frame(
                            (
                                cs,
                                if qi + 1 < en && self.is_p(qi + 1, ",;:—–-(") {
                                    qi + 1
                                } else {
                                    self.clause_end(cs, ce).max(qi + 1)
                                },
                            ),
                            Attr {
                                speaker: Some(np),
                                cue: (v, v + 1),
                            },
                            0.6,
                        );
                        f.kind = QuoteKind::Partial;
                        f.fragments.push(trim_span(self.text, sg.cstart, sg.cend));
                        frames.push(f);
                    }
                }
            }
            // keep frames that don't overlap an earlier one in this sentence
            frames.sort_by_key(|f| (f.content.0, std::cmp::Reverse(f.content.1)));
            // a stance inside reported speech ("Stein said she plans to …") is
            // part of what was said, not an attribution of its own
            let outer: Vec<(usize, usize)> = frames
                .iter()
                .filter(|f| !f.stance)
                .map(|f| f.content)
                .collect();
            let mut kept: Vec<Cand> = Vec::new();
            for f in frames {
                let from = match &f.who {
                    Who::Own(a) => a.speaker.map_or(a.cue.0, |sp| sp.0.min(a.cue.0)),
                    _ => f.content.0,
                };
                if f.stance && outer.iter().any(|o| o.0 <= from && f.content.1 <= o.1) {
                    continue;
                }
                if kept.iter().any(|k| {
                    overlap(k.content, f.content)
                        && f.kind == QuoteKind::Indirect
                        && k.kind != QuoteKind::Indirect
                }) {
                    continue;
                }
                if kept.iter().any(|k| k.content == f.content) {
                    continue;
                }
                kept.push(f);
            }
            out.extend(kept);
        }
        let _ = n0;
    }

    /// A lowercase verb of belief, intention, finding or public stance
    /// ("believes", "wants", "shows", "criticized"): see [`Doc::stance_frame`].
    fn is_stance(&self, v: usize) -> bool {
        self.is_word(v)
            && is_lower_start(self.tx(v))
            && (self.lex.mind.contains(self.lw(v)) || self.lex.stance.contains(self.lw(v)))
    }

    /// A non-speech attribution: SUBJECT STANCE-VERB COMPLEMENT, where the
    /// complement (a clause, a to-infinitive or an object with what follows it)
    /// is the content. PolNeAR annotates beliefs ("he believes the plan will
    /// fail"), intentions ("she wants to run"), findings ("the poll shows Smith
    /// ahead") and public stances ("they criticized the plan", "called for a
    /// ban") as attributions; news readers ask "who holds this view" of them too.
    /// The subject must look like a source (a name, a pronoun, a role or a
    /// document) so ordinary transitive sentences stay out.
    fn stance_frame(
        &self,
        v: usize,
        st: usize,
        ce: usize,
        np: Option<(usize, usize)>,
    ) -> Option<Cand> {
        // "A poll of likely voters released Friday shows …": a finding's subject
        // is the document, however long the phrase around it
        let finding = FINDING_VERBS.contains(&self.lw(v));
        let doc_np = if finding && np.is_none_or(|np| !self.names_document(np)) {
            self.document_before(v, st)
        } else {
            None
        };
        let from_doc = doc_np.is_some();
        let np = doc_np.or(np)?;
        let last = self.lw(np.1 - 1);
        if last.ends_with("'s") || last.ends_with("s'") {
            return None; // "Trump's plans": a possessive, not a subject
        }
        let relative = np.1 == np.0 + 1 && matches!(self.lw(np.0), "who" | "which" | "that");
        // "… noted that Trump wanted …", "saying he wants …": the stance is
        // inside someone's words or the writer's claim, not an attribution
        if np.0 > 0
            && self.is_word(np.0 - 1)
            && (self.lw(np.0 - 1) == "that" || self.is_cue(np.0 - 1) || self.is_stance(np.0 - 1))
        {
            return None;
        }
        let org = self.lex.org.contains(self.lw(np.1 - 1));
        if !relative && !from_doc && !org && !self.speakerish(np) {
            return None;
        }
        // "his TV show", "their plans": a noun after a possessive
        if np.1 > np.0 + 1
            && NOUN_TOO.contains(&self.lw(v))
            && matches!(
                self.lw(np.0),
                "his" | "her" | "its" | "their" | "our" | "my" | "your"
            )
        {
            return None;
        }
        let mut c = v + 1;
        let mut cue_end = v + 1;
        // "called for a ban", "called on Congress to act"
        if c < ce
            && matches!(self.lw(v), "call" | "calls" | "called" | "calling")
            && matches!(self.lw(c), "for" | "on")
        {
            c += 1;
            cue_end = c;
        }
        if c < ce && self.lw(c) == "that" {
            c += 1;
        }
        if c >= ce || !(self.is_word(c) || self.quote_of(c).is_some() || self.is_p(c, "$")) {
            return None;
        }
        // "the tax plan would raise …", "Republican support was …": a noun
        if (!self.content_start_ok(c) && self.lw(c) != "to")
            || matches!(
                self.lw(c),
                "down"
                    | "away"
                    | "forward"
                    | "ahead"
                    | "around"
                    | "together"
                    | "it's"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "could"
                    | "should"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
                    | "does"
                    | "did"
            )
        {
            return None;
        }
        let e = self.stance_end(
            c,
            self.clause_end(c, ce),
            self.lex.mind.contains(self.lw(v)),
        );
        if e <= c {
            return None;
        }
        let mut f = self.frame(
            (c, e),
            Attr {
                speaker: Some(np),
                cue: (v, cue_end),
            },
            0.5,
        );
        f.mind = self.lex.mind.contains(self.lw(v));
        f.stance = true;
        Some(f)
    }

    /// A phrase headed by (or holding) a word for a document or data source.
    fn names_document(&self, (a, b): (usize, usize)) -> bool {
        (a..b).any(|k| self.is_word(k) && DOCUMENT_NOUNS.contains(&self.lw(k)))
    }

    /// The subject of a finding verb at `v` when it is a long phrase around a
    /// document noun ("The latest Reuters/Ipsos poll released Friday"): from the
    /// phrase holding the nearest such noun up to the verb, within the sentence
    /// and without crossing another reporting verb.
    fn document_before(&self, v: usize, st: usize) -> Option<(usize, usize)> {
        let lo = st.max(v.saturating_sub(30));
        let k = (lo..v)
            .rev()
            .take_while(|&k| !self.is_cue(k) && !self.is_p(k, ";:") && self.quote_of(k).is_none())
            .find(|&k| self.is_word(k) && DOCUMENT_NOUNS.contains(&self.lw(k)))?;
        let np = self.np_walk_back(k + 1, lo).unwrap_or((k, k + 1));
        Some((np.0, v))
    }

    /// Where a stance complement ends inside its clause `(c, e)`: before an
    /// appended comment (", which …", ", another sign …", " — …"), and for an
    /// object complement ("endorsed Smith at a rally on Monday") before the
    /// adverbials of time, place and occasion that are the writer's, not part
    /// of the stance.
    fn stance_end(&self, c: usize, e: usize, mind: bool) -> usize {
        let clause = self.is_word(c) && matches!(self.lw(c), "to" | "that");
        for k in c + 1..e {
            let nx = k + 1;
            if self.is_p(k, ",—–(") && nx < e && self.is_word(nx) {
                if matches!(
                    self.lw(nx),
                    "which"
                        | "as"
                        | "another"
                        | "a"
                        | "an"
                        | "even"
                        | "namely"
                        | "and"
                        | "in"
                        | "on"
                        | "at"
                        | "during"
                        | "after"
                        | "before"
                        | "when"
                        | "while"
                        | "since"
                        | "despite"
                        | "amid"
                        | "saying"
                        | "adding"
                ) {
                    return k;
                }
            }
            if self.is_p(k, "—–(") {
                return k;
            }
            if mind || clause || !self.is_word(k) || k < c + 2 {
                continue;
            }
            let w = self.lw(k);
            let next = if nx < e { self.lw(nx) } else { "" };
            let timed = matches!(
                next,
                "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "january"
                    | "february"
                    | "march"
                    | "april"
                    | "may"
                    | "june"
                    | "july"
                    | "august"
                    | "september"
                    | "october"
                    | "november"
                    | "december"
                    | "twitter"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
            );
            if matches!(
                w,
                "during"
                    | "after"
                    | "before"
                    | "while"
                    | "when"
                    | "amid"
                    | "despite"
                    | "last"
                    | "earlier"
                    | "yesterday"
                    | "today"
                    | "at"
            ) || (matches!(w, "on" | "in") && timed)
            {
                return k;
            }
        }
        e
    }

    /// An `-s` form that is more often a plural noun ("claims", "remarks",
    /// "reports") unless "that" follows.
    fn noun_like_s(&self, v: usize, en: usize) -> bool {
        let w = self.lw(v);
        w.ends_with('s')
            && !w.ends_with("ss")
            && !matches!(
                w,
                "says"
                    | "tells"
                    | "adds"
                    | "warns"
                    | "insists"
                    | "argues"
                    | "writes"
                    | "explains"
                    | "asks"
                    | "calls"
                    | "urges"
                    | "recalls"
                    | "acknowledges"
                    | "admits"
                    | "suggests"
                    | "predicts"
                    | "confirms"
                    | "announces"
                    | "concedes"
                    | "contends"
                    | "maintains"
                    | "stresses"
                    | "declares"
                    | "notes"
            )
            && (v + 1 >= en || self.lw(v + 1) != "that")
    }

    /// A reporting verb in a Title Case headline ("Trump's Son Says The Battle …").
    fn title_cue(&self, v: usize, st: usize, en: usize) -> bool {
        if v == st || v + 1 >= en || !self.is_word(v) || !is_upper_start(self.tx(v)) {
            return false;
        }
        let w = self.lw(v);
        let cue = matches!(
            w,
            "says"
                | "said"
                | "tells"
                | "told"
                | "warns"
                | "warned"
                | "claims"
                | "admits"
                | "insists"
                | "vows"
                | "denies"
                | "suggests"
                | "predicts"
                | "argues"
                | "reveals"
                | "confirms"
                | "explains"
                | "shows"
                | "finds"
                | "slams"
                | "blasts"
                | "urges"
        );
        cue && self.is_word(v - 1)
            && is_upper_start(self.tx(v - 1))
            && self.is_word(v + 1)
            && is_upper_start(self.tx(v + 1))
            && (v.saturating_sub(8).max(st)..(v + 8).min(en))
                .filter(|&k| self.is_word(k))
                .all(|k| !is_lower_start(self.tx(k)) || self.tx(k).len() <= 4)
    }

    /// A comma, a dash, or a quote ending in a comma (`…," said X`).
    fn comma_like(&self, k: usize) -> bool {
        self.is_p(k, ",—–")
            || self
                .quote_of(k)
                .is_some_and(|q| self.seg_text(q).trim_end().ends_with(','))
    }

    /// A phrase that can be an unnamed or named source: a pronoun, a name, or a
    /// head noun for people, roles or documents ("officials", "a spokesperson").
    fn speakerish(&self, (a, b): (usize, usize)) -> bool {
        if b == a + 1 && self.is_pron(a) {
            return true;
        }
        if (a..b).any(|k| {
            self.is_word(k)
                && is_upper_start(self.tx(k))
                && !self.lex.cap_function.contains(self.lw(k))
        }) {
            return true;
        }
        let head = self.lw(b - 1);
        self.lex.agents.contains(head)
            || self.lex.titles.contains(head)
            || [
                "ers", "ors", "ists", "ants", "ents", "ians", "ials", "er", "or", "ist", "ian",
                "ial",
            ]
            .iter()
            .any(|suf| head.ends_with(suf) && head.len() > suf.len() + 3)
            || (b > a + 1
                && self.is_det(a)
                && matches!(
                    self.lw(a),
                    "another" | "one" | "some" | "many" | "several" | "most"
                ))
    }

    /// A postposed or medial attribution: the clause before `cut` (and the part
    /// after a medial attribution) reported by `speaker`.
    #[allow(clippy::too_many_arguments)]
    fn push_post(
        &self,
        frames: &mut Vec<Cand>,
        st: usize,
        cut: usize,
        cue: (usize, usize),
        speaker: (usize, usize),
        after: usize,
        en: usize,
        ce: usize,
    ) -> bool {
        let tail = self.tail(after, en);
        if matches!(tail, Tail::Bad) {
            return false;
        }
        let mut s = st;
        while s < cut && self.is_word(s) && matches!(self.lw(s), "but" | "and" | "so" | "yet") {
            s += 1;
        }
        let attr = Attr {
            speaker: Some(speaker),
            cue,
        };
        if let Tail::Medial(c) = tail {
            let e = self.clause_end(c + 1, ce);
            if cut > s && e > c + 2 {
                frames.push(self.frame((s, cut), attr.clone(), 0.65));
                frames.push(self.frame((c + 1, e), attr, 0.65));
                return true;
            }
            return false;
        }
        if cut <= s
            || self.text[self.toks[s].s..self.toks[cut - 1].e]
                .split_whitespace()
                .count()
                < 3
        {
            return false;
        }
        frames.push(self.frame((s, cut), attr, 0.7));
        true
    }

    /// What follows a postposed attribution: the sentence end (after at most a
    /// few adverbials: "on Tuesday", "in a statement", "who asked not to be named",
    /// ", adding …"), or a comma and the rest of a medial attribution.
    fn tail(&self, j: usize, en: usize) -> Tail {
        let mut n = 0;
        if j < en && self.is_word(j) && matches!(self.lw(j), "who" | "whose" | "which") {
            return Tail::End;
        }
        // a clause after the verb makes it a preposed attribution, not a tail
        if j < en && self.is_word(j) {
            let w = self.lw(j);
            let adverbial = TAIL_WORDS.contains(&w)
                || (w.ends_with("ly") && is_lower_start(self.tx(j)))
                || self.lex.agents.contains(w)
                || w.ends_with("day")
                || (j > 0 && self.lex.object.contains(self.lw(j - 1)));
            if !adverbial {
                return Tail::Bad;
            }
        }
        for k in j..en {
            if self.is_p(k, ".?!…") && k + 1 == en {
                return Tail::End;
            }
            if self.is_p(k, ",;—–") {
                if k + 1 == en
                    || (k + 1 < en
                        && self.is_word(k + 1)
                        && (self.lw(k + 1).ends_with("ing")
                            || matches!(self.lw(k + 1), "who" | "whose" | "which" | "according")))
                {
                    return Tail::End;
                }
                if k + 1 < en
                    && self.is_word(k + 1)
                    && is_upper_start(self.tx(k + 1))
                    && self.lex.cap_function.contains(self.lw(k + 1))
                    && !self.lex.det.contains(self.lw(k + 1))
                    && !self.is_pron(k + 1)
                {
                    return Tail::End; // ", as she left", ", but …"
                }
                if k + 1 < en && self.quote_of(k + 1).is_some() {
                    return Tail::Bad; // ", he replied, "…"": a direct quote follows
                }
                if k + 1 < en && self.is_word(k + 1) && matches!(self.lw(k + 1), "a" | "an") {
                    return Tail::End; // ", a professor at …": an appositive
                }
                return if n <= 4 { Tail::Medial(k) } else { Tail::Bad };
            }
            if self.quote_of(k).is_some() {
                return Tail::Bad;
            }
            n += 1;
            if n > 10 || (self.is_word(k) && self.lw(k) == "that") {
                return Tail::Bad;
            }
        }
        Tail::End
    }

    /// Reported clauses don't open with a preposition or conjunction ("joked
    /// with", "asked them to").
    fn content_start_ok(&self, cs: usize) -> bool {
        !(self.is_word(cs)
            && matches!(
                self.lw(cs),
                "with"
                    | "on"
                    | "about"
                    | "to"
                    | "for"
                    | "in"
                    | "at"
                    | "by"
                    | "from"
                    | "of"
                    | "into"
                    | "over"
                    | "against"
                    | "as"
                    | "and"
                    | "or"
                    | "but"
                    | "up"
                    | "out"
                    | "off"
                    | "back"
                    | "so"
            ))
    }

    /// Where a reported clause ends: the sentence end, or before a new clause
    /// (", but …", "; …", ", he appears …", ", said X", "and added …").
    fn clause_end(&self, cs: usize, ce: usize) -> usize {
        let mut paren = self.is_p(cs, "(");
        // a reported clause longer than a few hundred tokens is not one
        let ce = ce.min(cs + 400);
        for k in cs + 1..ce {
            paren |= self.is_p(k, "(");
            if self.is_p(k, ";") || (self.is_p(k, ")") && !paren) {
                return k;
            }
            let nx = k + 1;
            if self.is_p(k, ",") && nx < ce && self.is_word(nx) {
                let w = self.lw(nx);
                if self.is_cue(nx)
                    || (w.ends_with("ing")
                        && is_lower_start(self.tx(nx))
                        && !matches!(
                            w,
                            "including"
                                | "according"
                                | "regarding"
                                | "concerning"
                                | "following"
                                | "during"
                        ))
                    || matches!(
                        w,
                        "but"
                            | "though"
                            | "although"
                            | "while"
                            | "whereas"
                            | "yet"
                            | "who"
                            | "whose"
                    )
                {
                    return k;
                }
                if w == "and"
                    && nx + 1 < ce
                    && self.is_word(nx + 1)
                    && (self.is_pron(nx + 1)
                        || self.is_det(nx + 1)
                        || is_upper_start(self.tx(nx + 1)))
                {
                    return k;
                }
                if self.is_pron(nx)
                    && nx + 1 < ce
                    && self.is_word(nx + 1)
                    && is_lower_start(self.tx(nx + 1))
                    && !self.lex.stop.contains(w)
                {
                    return k;
                }
                if is_upper_start(self.tx(nx))
                    && (nx + 1..ce.min(nx + 6))
                        .take_while(|&x| self.is_word(x))
                        .any(|x| self.is_cue(x))
                {
                    return k;
                }
            }
            // "— and thinks …", "but has withheld …": the reporter's own clause
            if self.is_word(k)
                && nx < ce
                && self.is_word(nx)
                && ((matches!(self.lw(k), "and" | "but") && self.is_p(k - 1, "—–-"))
                    || (self.lw(k) == "but"
                        && (matches!(
                            self.lw(nx),
                            "has"
                                | "have"
                                | "had"
                                | "is"
                                | "was"
                                | "were"
                                | "will"
                                | "would"
                                | "did"
                                | "does"
                        ) || self.lw(nx).ends_with("ed"))))
            {
                return k;
            }
            if self.is_word(k) && matches!(self.lw(k), "and" | "but") && nx < ce {
                let mut x = nx;
                while x < ce && self.is_word(x) && self.lex.between.contains(self.lw(x)) {
                    x += 1;
                }
                if x < ce && self.is_cue(x) && !self.lw(x).ends_with("ing") {
                    return k;
                }
            }
        }
        ce
    }

    fn frame(&self, (a, b): (usize, usize), attr: Attr, score: f32) -> Cand {
        Cand {
            content: (a, b),
            kind: QuoteKind::Indirect,
            who: Who::Own(attr),
            score,
            fragments: Vec::new(),
            mind: false,
            stance: false,
        }
    }
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

// ---------------------------------------------------------------------------
// Names

/// Person and organisation mentions of the article, for resolving speakers.
struct Names {
    /// (byte position, name tokens) of person-like mentions, in order.
    persons: Vec<(usize, Vec<String>)>,
    /// Whether each person mention opens its sentence (a likely subject).
    subject: Vec<bool>,
    /// Surname → fullest name.
    full: HashMap<String, String>,
    /// Title head ("spokesperson") → (position, person name).
    titles: HashMap<String, Vec<(usize, String)>>,
    /// Entity spans when the entity stage ran.
    entities: Vec<Entity>,
    /// Gender of a resolved name, when a first name, an honorific or a
    /// gendered title says it ("Mrs. Okafor", "Maria Lopez", "spokeswoman").
    gender: HashMap<String, Gender>,
    /// Single-word names introduced with an honorific or title ("Mr. Bell"):
    /// names of persons in their own right.
    titled: std::collections::HashSet<String>,
}

/// Grammatical gender of a person, for `he`/`she`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Gender {
    Male,
    Female,
}

/// Gender from a first name, an honorific or a gendered title word (lowercase).
fn gender_word(w: &str) -> Option<Gender> {
    let w = w.trim_end_matches('.');
    let lex = lexicon();
    if lex.male.contains(w)
        || matches!(
            w,
            "mr" | "sir"
                | "lord"
                | "king"
                | "prince"
                | "father"
                | "spokesman"
                | "chairman"
                | "congressman"
                | "councilman"
                | "businessman"
                | "brother"
                | "son"
                | "husband"
        )
    {
        Some(Gender::Male)
    } else if lex.female.contains(w)
        || matches!(
            w,
            "mrs"
                | "ms"
                | "miss"
                | "lady"
                | "dame"
                | "queen"
                | "princess"
                | "spokeswoman"
                | "chairwoman"
                | "congresswoman"
                | "councilwoman"
                | "businesswoman"
                | "sister"
                | "daughter"
                | "wife"
                | "mother"
        )
    {
        Some(Gender::Female)
    } else {
        None
    }
}

/// A capitalised word that looks like a role noun ("Pilot", "Epidemiologist").
fn role_like(w: &str) -> bool {
    [
        "ist", "er", "or", "ian", "ant", "ent", "ot", "ess", "man", "woman", "ief", "ee", "eon",
    ]
    .iter()
    .any(|s| w.ends_with(s) && w.len() > s.len() + 2)
}

fn norm_title(w: &str) -> String {
    let w = w.trim_end_matches('.');
    match w {
        "spokesman" | "spokeswoman" | "spokesperson" | "spokespeople" => "spokesperson".into(),
        "chairman" | "chairwoman" | "chair" | "chairperson" => "chair".into(),
        _ => w.to_string(),
    }
}

const TITLE_MODIFIERS: &[&str] = &[
    "vice",
    "defence",
    "defense",
    "foreign",
    "interior",
    "finance",
    "health",
    "justice",
    "state",
    "press",
    "prime",
    "deputy",
    "assistant",
    "gop",
    "democratic",
    "republican",
    "chief",
    "mr",
    "mrs",
    "ms",
    "dr",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "sir",
    "lord",
    "lady",
    "dame",
];

impl Names {
    fn new(doc: &Doc, entities: &[Entity]) -> Names {
        let lex = doc.lex;
        let mut persons = Vec::new();
        let mut subject = Vec::new();
        let mut titles: HashMap<String, Vec<(usize, String)>> = HashMap::new();
        let mut gender: HashMap<String, Gender> = HashMap::new();
        let mut surname_gender: HashMap<String, Gender> = HashMap::new();
        let mut titled = std::collections::HashSet::new();
        let n = doc.toks.len();
        let mut i = 0;
        let per_spans: Vec<&Entity> = entities
            .iter()
            .filter(|e| e.label == EntityLabel::Per)
            .collect();
        while i < n {
            if !(doc.is_word(i) && is_upper_start(doc.tx(i))) {
                i += 1;
                continue;
            }
            // a run of capitalised words (with "of" inside, initials)
            let s = i;
            let mut e = i;
            while e < n && doc.toks[e].para == doc.toks[s].para {
                if doc.is_word(e) && is_upper_start(doc.tx(e)) {
                    let possessive = doc.lw(e).ends_with("'s");
                    e += 1;
                    if possessive {
                        break;
                    }
                    // initial or abbreviation full stop: "J.", "Mr."
                    if e < n
                        && doc.is_p(e, ".")
                        && doc.is_abbrev(e - 1)
                        && e + 1 < n
                        && doc.is_word(e + 1)
                        && is_upper_start(doc.tx(e + 1))
                    {
                        e += 1;
                    }
                    continue;
                }
                break;
            }
            i = e.max(s + 1);
            let words: Vec<(usize, String)> = (s..e)
                .filter(|&k| doc.is_word(k))
                .map(|k| (k, doc.lw(k).trim_end_matches("'s").to_string()))
                .collect();
            // drop sentence-opening function words
            let mut a = 0;
            while a < words.len()
                && lex.cap_function.contains(words[a].1.as_str())
                && !lex.titles.contains(words[a].1.as_str())
            {
                a += 1;
            }
            let words = &words[a..];
            if words.is_empty() {
                continue;
            }
            let last_title = words.iter().rposition(|(_, w)| {
                lex.titles.contains(w.as_str()) || lex.titles.contains(format!("{w}.").as_str())
            });
            let mut name_from = last_title.map_or(0, |t| t + 1);
            // "Pilot Erin Walsh" opening a sentence: a role, then the name
            if last_title.is_none()
                && words.len() == 3
                && doc.sstart[words[0].0] == words[0].0
                && role_like(&words[0].1)
            {
                name_from = 1;
            }
            let mut name: Vec<(usize, String)> = words[name_from..].to_vec();
            if name.len() > 3 {
                name = name[name.len() - 2..].to_vec();
            }
            if name.is_empty()
                || name.iter().any(|(_, w)| {
                    lex.org.contains(w.as_str()) || lex.cap_function.contains(w.as_str())
                })
            {
                continue;
            }
            // all-caps acronyms are organisations
            if name.iter().all(|&(k, _)| {
                let t = doc.tx(k);
                t.len() > 1 && t.chars().all(|c| !c.is_lowercase())
            }) {
                continue;
            }
            if !per_spans.is_empty() {
                let span = (doc.toks[name[0].0].s, doc.toks[name[name.len() - 1].0].e);
                if !per_spans
                    .iter()
                    .any(|p| p.span.start() < span.1 && span.0 < p.span.end())
                {
                    continue;
                }
            }
            let toks: Vec<String> = name
                .iter()
                .map(|&(k, _)| {
                    doc.tx(k)
                        .trim_end_matches("'s")
                        .trim_end_matches("’s")
                        .to_string()
                })
                .collect();
            let pos = doc.toks[s].s;
            let full = toks.join(" ");
            // title heads: inside the run, just before it, or in an appositive
            let mut heads: Vec<String> = Vec::new();
            if let Some(t) = last_title {
                if let Some((_, w)) = words[..=t]
                    .iter()
                    .rev()
                    .find(|(_, w)| !TITLE_MODIFIERS.contains(&w.as_str()))
                {
                    heads.push(norm_title(w));
                }
            }
            if s > 0
                && doc.is_word(s - 1)
                && is_lower_start(doc.tx(s - 1))
                && lex.titles.contains(doc.lw(s - 1))
            {
                heads.push(norm_title(doc.lw(s - 1)));
            }
            if e < n && doc.is_p(e, ",") {
                let mut k = e + 1;
                let mut best = None;
                while k < n && k < e + 10 && doc.is_word(k) {
                    if is_lower_start(doc.tx(k))
                        && lex.titles.contains(doc.lw(k))
                        && !TITLE_MODIFIERS.contains(&doc.lw(k))
                    {
                        best = Some(norm_title(doc.lw(k)));
                    }
                    k += 1;
                }
                if let Some(b) = best {
                    heads.push(b);
                }
            }
            if toks.len() >= 2 || last_title.is_some() {
                for h in heads.iter().cloned() {
                    titles.entry(h).or_default().push((pos, full.clone()));
                }
            }
            let opens = (doc.sstart[s]..s).all(|k| {
                doc.is_word(k)
                    && (lex.cap_function.contains(doc.lw(k))
                        || lex.titles.contains(doc.lw(k))
                        || is_upper_start(doc.tx(k)))
            });
            // gender: the first name, else an honorific or title before it
            let g = toks
                .first()
                .filter(|_| toks.len() >= 2)
                .and_then(|f| gender_word(&f.to_lowercase()))
                .or_else(|| {
                    words[..name_from]
                        .iter()
                        .rev()
                        .find_map(|(_, w)| gender_word(w))
                })
                .or_else(|| heads.iter().find_map(|h| gender_word(h)));
            if let Some(g) = g {
                gender.entry(full.clone()).or_insert(g);
                if let Some(last) = toks.last() {
                    surname_gender.entry(last.clone()).or_insert(g);
                }
            }
            if toks.len() == 1 && last_title.is_some() {
                titled.insert(full.clone());
            }
            subject.push(opens);
            persons.push((pos, toks));
        }
        let full = Names::full_names(&persons);
        // a full name takes the gender its surname was given elsewhere
        for name in full.values() {
            if let Some(g) = name.rsplit(' ').next().and_then(|s| surname_gender.get(s)) {
                gender.entry(name.clone()).or_insert(*g);
            }
        }
        for (s, g) in surname_gender {
            gender.entry(s).or_insert(g);
        }
        Names {
            persons,
            full,
            subject,
            titles,
            entities: entities.to_vec(),
            gender,
            titled,
        }
    }

    /// The fullest person name ending with `surname`.
    fn expand(&self, surname: &str) -> Option<String> {
        self.full.get(surname).cloned()
    }

    /// Surname → full name: the most frequent full form, then the longest, then
    /// the earliest. Built once so resolution stays linear.
    fn full_names(persons: &[(usize, Vec<String>)]) -> HashMap<String, String> {
        let mut counts: HashMap<&[String], (usize, usize)> = HashMap::new();
        for (i, (_, toks)) in persons.iter().enumerate() {
            if toks.len() >= 2 {
                counts.entry(toks.as_slice()).or_insert((0, i)).0 += 1;
            }
        }
        let mut best: HashMap<&str, (&[String], usize, usize)> = HashMap::new();
        for (t, (c, first)) in counts {
            let Some(last) = t.last() else { continue };
            let e = best.entry(last.as_str()).or_insert((t, c, first));
            if (c, t.len(), std::cmp::Reverse(first)) > (e.1, e.0.len(), std::cmp::Reverse(e.2)) {
                *e = (t, c, first);
            }
        }
        best.into_iter()
            .map(|(k, (t, _, _))| (k.to_string(), t.join(" ")))
            .collect()
    }

    /// The name a person mention stands for: a full name, a surname expanded to
    /// the full name, or a single name introduced with a title ("Mr. Bell").
    fn mention_name(&self, toks: &[String]) -> Option<String> {
        if toks.len() >= 2 {
            Some(toks.join(" "))
        } else {
            self.expand(&toks[0])
                .or_else(|| self.titled.contains(&toks[0]).then(|| toks[0].clone()))
        }
    }

    /// Whether `name` can be referred to by a pronoun of gender `want` (unknown
    /// genders can).
    fn fits(&self, name: &str, want: Option<Gender>, learned: &HashMap<String, Gender>) -> bool {
        let known = self.gender.get(name).or_else(|| learned.get(name));
        want.is_none_or(|w| known.is_none_or(|g| *g == w))
    }

    /// The last person opening a sentence before `pos` whose gender fits, with where.
    fn last_subject_at(
        &self,
        pos: usize,
        want: Option<Gender>,
        learned: &HashMap<String, Gender>,
    ) -> Option<(usize, String)> {
        let k = self.persons.partition_point(|(p, _)| *p < pos);
        let from = k.saturating_sub(64);
        self.persons[from..k]
            .iter()
            .zip(&self.subject[from..k])
            .rev()
            .filter(|(_, s)| **s)
            .find_map(|((p, toks), _)| {
                self.mention_name(toks)
                    .filter(|n| self.fits(n, want, learned))
                    .map(|n| (*p, n))
            })
    }

    /// The last person mentioned before `pos` whose gender fits, as a full name.
    fn last_person_before(
        &self,
        pos: usize,
        want: Option<Gender>,
        learned: &HashMap<String, Gender>,
    ) -> Option<String> {
        let k = self.persons.partition_point(|(p, _)| *p < pos);
        self.persons[k.saturating_sub(64)..k]
            .iter()
            .rev()
            .find_map(|(_, toks)| {
                self.mention_name(toks)
                    .filter(|n| self.fits(n, want, learned))
            })
    }

    fn by_title(&self, head: &str, pos: usize) -> Option<String> {
        let v = self.titles.get(&norm_title(head))?;
        v.iter()
            .rev()
            .find(|(p, _)| *p < pos)
            .or_else(|| v.first())
            .map(|(_, n)| n.clone())
    }
}

// ---------------------------------------------------------------------------
// Output

impl Doc<'_> {
    fn finish(&self, cands: Vec<Cand>, names: &Names, indirect: bool) -> Vec<Quote> {
        // order by content start; keep direct over overlapping reported frames
        let mut order: Vec<usize> = (0..cands.len()).filter(|&i| cands[i].score > 0.0).collect();
        order.sort_by_key(|&i| {
            (
                self.byte_range(&cands[i]).0,
                cands[i].kind != QuoteKind::Direct,
            )
        });
        let mut keep = vec![false; cands.len()];
        let mut directs: Vec<(usize, usize)> = Vec::new();
        for &i in &order {
            let c = &cands[i];
            let (bs, be) = self.byte_range(c);
            if bs >= be {
                continue;
            }
            if c.kind != QuoteKind::Direct {
                // direct quotes never overlap each other, so the ones that can
                // cover this span are contiguous in start order
                let from = directs.partition_point(|&(_, e)| e <= bs);
                let covered = directs[from..]
                    .iter()
                    .take_while(|&&(s, _)| s < be)
                    .any(|&(s, e)| (e.min(be) - s.max(bs)) * 2 > (be - bs));
                if covered {
                    continue;
                }
            } else {
                directs.push((bs, be));
            }
            if c.kind == QuoteKind::Indirect && !indirect {
                continue;
            }
            keep[i] = true;
        }
        // resolve speakers in text order (pronouns look back at earlier speakers)
        let mut resolved: Vec<Option<Speaker>> = vec![None; cands.len()];
        // speakers so far (position, paragraph, name), and genders that
        // pronouns resolved to them have shown
        let mut history: Vec<(usize, u32, String)> = Vec::new();
        let mut learned: HashMap<String, Gender> = HashMap::new();
        let mut all: Vec<usize> = (0..cands.len()).collect();
        all.sort_by_key(|&i| self.byte_range(&cands[i]).0);
        for &i in &all {
            if let Who::Label(lab, _) = cands[i].who {
                let raw = &self.text[lab.0..lab.1];
                let title: Vec<String> = raw
                    .split_whitespace()
                    .filter(|w| !self.lex.titles.contains(w.to_lowercase().as_str()))
                    .map(|w| {
                        let mut c = w.chars();
                        c.next().map_or(String::new(), |f| {
                            f.to_string() + &c.as_str().to_lowercase()
                        })
                    })
                    .collect();
                let name = match title.as_slice() {
                    [one] => names.expand(one).unwrap_or_else(|| one.clone()),
                    [] => raw.to_string(),
                    more => more.join(" "),
                };
                if let Some(span) = Span::new(self.text, lab.0, lab.1) {
                    let k = self
                        .toks
                        .partition_point(|t| t.e <= lab.0)
                        .min(self.toks.len().saturating_sub(1));
                    let para = self.toks.get(k).map_or(0, |t| t.para);
                    history.push((span.start(), para, name.clone()));
                    resolved[i] = Some(Speaker { span, name });
                }
            }
            if let Who::Own(a) = &cands[i].who {
                if let Some(sp) = a.speaker {
                    let (name, person) = self.resolve(sp, names, &history, &learned);
                    let span = Span::new(self.text, self.toks[sp.0].s, self.toks[sp.1 - 1].e)
                        .expect("token bounds");
                    if person {
                        if sp.1 == sp.0 + 1 && matches!(self.lw(sp.0), "he" | "she") {
                            let g = if self.lw(sp.0) == "he" {
                                Gender::Male
                            } else {
                                Gender::Female
                            };
                            learned.entry(name.clone()).or_insert(g);
                        }
                        history.push((span.start(), self.toks[sp.0].para, name.clone()));
                    }
                    resolved[i] = Some(Speaker { span, name });
                }
            }
        }
        let mut out = Vec::new();
        for &i in &order {
            if !keep[i] {
                continue;
            }
            let c = &cands[i];
            let root = match c.who {
                Who::Like(j) => root_of(&cands, j),
                _ => i,
            };
            let (speaker, cue) = match &cands[root].who {
                Who::Label(_, colon) => (
                    resolved[root].clone(),
                    Span::new(self.text, colon.0, colon.1),
                ),
                Who::Own(a) => {
                    let cue = Span::new(self.text, self.toks[a.cue.0].s, self.toks[a.cue.1 - 1].e);
                    (resolved[root].clone(), cue)
                }
                _ => (None, None),
            };
            let (bs, be) = self.byte_range(c);
            let Some(content) = Span::new(self.text, bs, be) else {
                continue;
            };
            let mut score = c.score;
            if speaker.is_none() {
                score = score.min(0.4);
            }
            let fragments = c
                .fragments
                .iter()
                .filter_map(|&(s, e)| Span::new(self.text, s, e))
                .filter(|s| !s.is_empty())
                .collect();
            out.push(Quote {
                content,
                kind: c.kind,
                speaker,
                cue,
                score,
                fragments,
            });
        }
        out.sort_by_key(|q| (q.content.start(), q.content.end()));
        out
    }

    /// Content byte range: direct quotes hold bytes; frames hold token ranges.
    fn byte_range(&self, c: &Cand) -> (usize, usize) {
        if c.kind == QuoteKind::Direct {
            return c.content;
        }
        let (a, b) = c.content;
        if a >= b || b > self.toks.len() {
            return (0, 0);
        }
        let mut s = self.toks[a].s;
        // no dangling punctuation at the end of a clause
        let mut b = b;
        while b > a + 1 && self.is_p(b - 1, ",;:—–-") {
            b -= 1;
        }
        let mut e = self.toks[b - 1].e;
        // a clause that is one quote: drop the marks
        if let (Some(q), true) = (self.quote_of(a), a + 1 == b) {
            let sg = &self.segs[q];
            s = sg.cstart;
            e = sg.cend;
        }
        trim_span(self.text, s, e)
    }

    /// The speaker's name and whether it is a person.
    fn resolve(
        &self,
        sp: (usize, usize),
        names: &Names,
        history: &[(usize, u32, String)],
        learned: &HashMap<String, Gender>,
    ) -> (String, bool) {
        let pos = self.toks[sp.0].s;
        let text = &self.text[pos..self.toks[sp.1 - 1].e];
        let lex = self.lex;
        if sp.1 - sp.0 == 1 && matches!(self.lw(sp.0), "who" | "which" | "that") {
            if let Some(a) = self.antecedent(sp.0, self.sstart[sp.0]) {
                return self.resolve(a, names, history, learned);
            }
        }
        if sp.1 - sp.0 == 1 && self.is_pron(sp.0) {
            let w = self.lw(sp.0);
            if matches!(w, "he" | "she") {
                let want = Some(if w == "he" {
                    Gender::Male
                } else {
                    Gender::Female
                });
                let para = self.toks[sp.0].para;
                // the latest speaker the pronoun can refer to
                let last = history
                    .iter()
                    .rev()
                    .take(8)
                    .find(|(_, _, n)| names.fits(n, want, learned));
                // a person named in this or the previous sentence
                let st = self.sstart[sp.0];
                let prev_st = if st > 0 { self.sstart[st - 1] } else { 0 };
                let near = names
                    .last_subject_at(pos, want, learned)
                    .filter(|&(p, _)| p >= self.toks[prev_st].s);
                if let Some((p, name)) = near {
                    if last.is_none_or(|(lp, _, _)| p > *lp) {
                        return (name, true);
                    }
                }
                if let Some((_, p, name)) = last {
                    if para <= p + 2 {
                        return (name.clone(), true);
                    }
                }
                if let Some(n) = names.last_person_before(pos, want, learned) {
                    return (n, true);
                }
                if let Some((_, _, name)) = last.or(history.last()) {
                    return (name.clone(), true);
                }
            }
            return (text.to_string(), false);
        }
        // entities first when given
        let s_b = pos;
        let e_b = self.toks[sp.1 - 1].e;
        for en in &names.entities {
            if en.span.start() < e_b && s_b < en.span.end() && en.label == EntityLabel::Per {
                // entity spans come from another stage: never trust them to slice
                let Some(t) = self
                    .text
                    .get(en.span.start().max(s_b)..en.span.end().min(e_b))
                else {
                    continue;
                };
                let t = t.trim_end_matches("'s").trim_end_matches("’s");
                let toks: Vec<&str> = t
                    .split_whitespace()
                    .filter(|w| !lex.titles.contains(w.to_lowercase().as_str()))
                    .collect();
                if toks.len() == 1 {
                    if let Some(full) = names.expand(toks[0]) {
                        return (full, true);
                    }
                }
                if !toks.is_empty() {
                    return (toks.join(" "), true);
                }
            }
        }
        let org_entity = names
            .entities
            .iter()
            .any(|en| en.span.start() < e_b && s_b < en.span.end() && en.label == EntityLabel::Org);
        let no_det = {
            let mut k = sp.0;
            while k + 1 < sp.1 && self.is_det(k) {
                k += 1;
            }
            self.text[self.toks[k].s..e_b].to_string()
        };
        if org_entity {
            return (no_det, false);
        }
        // "the (Pentagon) spokesperson": the person introduced with that title
        let head = sp.1 - 1;
        if is_lower_start(self.tx(head)) && lex.titles.contains(self.lw(head)) {
            if let Some(n) = names.by_title(self.lw(head), pos) {
                return (n, true);
            }
            return (no_det, false);
        }
        // "Judicial Watch president Tom Fitton": the name after the last title
        if let Some(t) = (sp.0..sp.1).rev().find(|&k| {
            self.is_word(k)
                && (lex.titles.contains(self.lw(k))
                    || lex.titles.contains(self.lw(k).trim_end_matches('.')))
        }) {
            let rest: Vec<usize> = (t + 1..sp.1).collect();
            if !rest.is_empty()
                && rest.iter().all(|&k| {
                    self.is_word(k) && is_upper_start(self.tx(k)) && !lex.org.contains(self.lw(k))
                })
                && t > sp.0
            {
                let name: Vec<&str> = rest
                    .iter()
                    .map(|&k| self.tx(k).trim_end_matches("'s").trim_end_matches("’s"))
                    .collect();
                if name.len() == 1 {
                    return (
                        names.expand(name[0]).unwrap_or_else(|| name[0].to_string()),
                        true,
                    );
                }
                let name = if name.len() > 3 {
                    name[name.len() - 2..].to_vec()
                } else {
                    name
                };
                return (name.join(" "), true);
            }
        }
        // capitalised name inside the phrase
        let caps: Vec<usize> = (sp.0..sp.1)
            .filter(|&k| {
                self.is_word(k)
                    && is_upper_start(self.tx(k))
                    && !lex.cap_function.contains(self.lw(k))
            })
            .collect();
        if caps.is_empty() {
            return (no_det, false);
        }
        let lows: Vec<String> = caps
            .iter()
            .map(|&k| self.lw(k).trim_end_matches("'s").to_string())
            .collect();
        if lows.iter().any(|w| lex.org.contains(w.as_str()))
            || self.lw(head).ends_with("'s")
            || is_lower_start(self.tx(head))
        {
            return (no_det, false);
        }
        let last_title = lows.iter().rposition(|w| {
            lex.titles.contains(w.as_str()) || lex.titles.contains(format!("{w}.").as_str())
        });
        let mut from = last_title.map_or(0, |t| t + 1);
        if last_title.is_none()
            && caps.len() == 3
            && self.sstart[caps[0]] == caps[0]
            && role_like(&lows[0])
        {
            from = 1;
        }
        // contiguous runs of capitalised words after the title; the name is the
        // last run of two or more words before any "of"/"at"/"from" phrase
        let cut = (sp.0..sp.1)
            .find(|&k| {
                k > caps[from.min(caps.len() - 1)]
                    && matches!(self.lw(k), "of" | "at" | "from" | "for")
            })
            .unwrap_or(sp.1);
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for (x, &k) in caps.iter().enumerate().skip(from) {
            if k >= cut {
                break;
            }
            match runs.last_mut() {
                Some(r) if caps[r.1 - 1] + 1 == k => r.1 = x + 1,
                _ => runs.push((x, x + 1)),
            }
        }
        let (from, run_end) = runs
            .iter()
            .rev()
            .find(|r| r.1 - r.0 >= 2)
            .or(runs.first())
            .copied()
            .unwrap_or((from, from));
        let name: Vec<&str> = caps[from..run_end]
            .iter()
            .map(|&k| self.tx(k).trim_end_matches("'s").trim_end_matches("’s"))
            .collect();
        if name.is_empty() {
            if let Some(n) = names.by_title(&lows[lows.len() - 1], pos) {
                return (n, true);
            }
            return (no_det, false);
        }
        if name.len() == 1 {
            if let Some(full) = names.expand(name[0]) {
                return (full, true);
            }
            let all_caps = name[0].chars().all(|c| !c.is_lowercase());
            if all_caps && name[0].chars().count() > 1 && last_title.is_none() {
                // acronym (or a transcript speaker label)
                return (name[0].to_string(), false);
            }
            return (
                name[0].to_string(),
                last_title.is_some()
                    || names
                        .persons
                        .iter()
                        .any(|(_, t)| t.len() == 1 && t[0] == name[0]),
            );
        }
        let name: Vec<&str> = if name.len() > 3 {
            name[name.len() - 2..].to_vec()
        } else {
            name
        };
        (name.join(" "), true)
    }
}

#[cfg(test)]
mod tests;
