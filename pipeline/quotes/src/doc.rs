//! Tokens and sentences: the document as the rules see it.
//!
//! The extractor tokenises itself (a quoted segment is one token, "Mr." and
//! "U.S." keep their full stops) and re-splits sentences, because attribution
//! rules need to know where a quote ends a sentence and where an attribution
//! still follows it, which no general sentence splitter decides; the given
//! sentence spans only settle abbreviation full stops.

use super::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum K {
    Word,
    Punct,
    Quote(usize),
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub(crate) s: usize,
    pub(crate) e: usize,
    pub(crate) k: K,
    pub(crate) para: u32,
}

/// A document prepared for matching: tokens (a quoted segment is one token),
/// lowercased words and sentences as token ranges.
pub(crate) struct Doc<'t> {
    pub(crate) text: &'t str,
    pub(crate) lex: &'static Lexicon,
    pub(crate) toks: Vec<Tok>,
    pub(crate) low: String,
    pub(crate) lr: Vec<(u32, u32)>,
    pub(crate) segs: Vec<Seg>,
    pub(crate) sents: Vec<(usize, usize)>,
    /// First token of each token's sentence.
    pub(crate) sstart: Vec<usize>,
}

/// A found attribution before names are resolved (token ranges).
#[derive(Clone, Debug)]
pub(crate) struct Attr {
    pub(crate) speaker: Option<(usize, usize)>,
    pub(crate) cue: (usize, usize),
}

#[derive(Clone, Debug)]
pub(crate) enum Who {
    Own(Attr),
    /// Same speaker and cue as another candidate (split or continued quotes).
    Like(usize),
    /// A transcript label inside the quote (`"PENCE: …`): speaker and colon, bytes.
    Label((usize, usize), (usize, usize)),
    None,
}

#[derive(Clone, Debug)]
pub(crate) struct Cand {
    pub(crate) content: (usize, usize),
    pub(crate) kind: QuoteKind,
    pub(crate) who: Who,
    pub(crate) score: f32,
    pub(crate) fragments: Vec<(usize, usize)>,
    /// A belief, intention or finding: quoted fragments inside do not make it a
    /// partial quote (they are the writer's scare quotes, not the holder's words).
    pub(crate) mind: bool,
    /// Found by [`Doc::stance_frame`] rather than a speech verb.
    pub(crate) stance: bool,
    /// Found by [`Doc::claim_frame`]: a noun cue ("his claim that …") whose
    /// holder is no subject later words may inherit.
    pub(crate) claim: bool,
}

pub(crate) fn is_upper_start(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

pub(crate) fn is_lower_start(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

/// Closing marks of a quotation nested at the end of another one
/// (`'…bad.'''`): what the outer quotation's content may end with after its
/// last punctuation.
pub(crate) const INNER_CLOSE: &[char] = &['\'', '’', '"', '”'];

/// Word characters joined inside a token when followed by an alphanumeric.
pub(crate) fn joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑')
}

impl<'t> Doc<'t> {
    pub(crate) fn new(text: &'t str, sentences: &[Span]) -> Doc<'t> {
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

    pub(crate) fn tx(&self, i: usize) -> &'t str {
        &self.text[self.toks[i].s..self.toks[i].e]
    }

    /// Lowercased word (empty for punctuation and quotes).
    pub(crate) fn lw(&self, i: usize) -> &str {
        let (a, b) = self.lr[i];
        &self.low[a as usize..b as usize]
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.toks[i].k == K::Word
    }

    pub(crate) fn is_p(&self, i: usize, set: &str) -> bool {
        self.toks[i].k == K::Punct && set.contains(self.tx(i))
    }

    /// A percent sign at `i` right after its number ("58% said"): part of the phrase
    /// the number opens.
    pub(crate) fn percent_after_number(&self, i: usize) -> bool {
        i > 0
            && self.is_p(i, "%")
            && self.is_word(i - 1)
            && self.tx(i - 1).starts_with(|c: char| c.is_ascii_digit())
    }

    pub(crate) fn quote_of(&self, i: usize) -> Option<usize> {
        match self.toks[i].k {
            K::Quote(q) => Some(q),
            _ => None,
        }
    }

    /// A lowercase word that reports speech ("said", "insists").
    pub(crate) fn is_cue(&self, i: usize) -> bool {
        self.is_word(i) && is_lower_start(self.tx(i)) && self.lex.cue.contains(self.lw(i))
    }

    pub(crate) fn is_according(&self, i: usize, hi: usize) -> bool {
        self.is_word(i) && self.lw(i) == "according" && i + 1 < hi && self.lw(i + 1) == "to"
    }

    pub(crate) fn seg_text(&self, q: usize) -> &'t str {
        let s = &self.segs[q];
        &self.text[s.cstart..s.cend]
    }

    /// Sentences as token ranges, never crossing paragraphs. A sentence ends at
    /// `.?!` unless an abbreviation or a lowercase continuation says otherwise, and
    /// after a quote ending in `.?!` unless an attribution follows.
    pub(crate) fn split(&self, given: &[Span]) -> Vec<(usize, usize)> {
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
                            let seg_says =
                                use_given && segmenter_breaks(given, &mut gi, t.e, self.toks[nx].s);
                            seg_says
                                || (self.is_word(nx) && self.lex.cap_function.contains(self.lw(nx)))
                        } else {
                            true
                        }
                    }
                    K::Punct
                        if matches!(self.tx(i), ")" | "]") && i > 0 && self.is_p(i - 1, ".?!") =>
                    {
                        // "(D-Ore.):", "(R-Tex.), the chairman": a colon or
                        // comma goes on with the sentence
                        !(self.is_word(i + 1) && is_lower_start(self.tx(i + 1)))
                            && !self.is_p(i + 1, ",;:")
                    }
                    K::Word if self.tx(i).ends_with('.') => {
                        // "Mr. Smith", "U.S. officials": break only before a word
                        // that opens sentences, or where the segmenter did.
                        let nx = i + 1;
                        let seg_says =
                            use_given && segmenter_breaks(given, &mut gi, t.e, self.toks[nx].s);
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
                        // (a quotation inside may close with it: `bad.'''`)
                        let c = self.seg_text(q).trim_end().trim_end_matches(INNER_CLOSE);
                        let ends = c.ends_with(['.', '?', '!', '…']);
                        let exclaim = c.ends_with(['?', '!']);
                        let nx = i + 1;
                        ends && self.is_word(nx)
                            && is_upper_start(self.tx(nx))
                            && !self.attribution_closes(nx)
                            && !(exclaim
                                && (self.attribution_follows(nx) || {
                                    // "…?" Ortiz pressed.: a name and a verb
                                    // outside the lexicon
                                    let para = self.toks[nx].para;
                                    let hi = (nx..(nx + 10).min(self.toks.len()))
                                        .find(|&k| self.toks[k].para != para)
                                        .unwrap_or((nx + 10).min(self.toks.len()));
                                    self.name_then_verb(nx, hi).is_some()
                                }))
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

    pub(crate) fn is_abbrev(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.tx(i);
        let single = w.chars().count() == 1 && is_upper_start(w);
        single || w.contains('.') || self.lex.abbrev.contains(self.lw(i))
    }

    /// Like [`Doc::attribution_follows`], and the sentence ends soon after the verb
    /// (`"…." Kirby said.` but not `"…." Kirby said the plan would fail.`).
    pub(crate) fn attribution_closes(&self, j: usize) -> bool {
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
    pub(crate) fn attribution_follows(&self, j: usize) -> bool {
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
pub(crate) fn dotted_ok(text: &str, start: usize, dot: usize) -> bool {
    // the part since the last dot (or the start) must be a single letter
    let part = &text[start..dot];
    let last = part.rsplit('.').next().unwrap_or(part);
    last.chars().count() == 1
}

/// Whether the given segmentation ends a sentence between byte `end` (the end of
/// a token) and `next` (the start of the one after); moves `gi` past sentences
/// that end earlier, so a left-to-right scan reads `given` once.
fn segmenter_breaks(given: &[Span], gi: &mut usize, end: usize, next: usize) -> bool {
    while *gi < given.len() && given[*gi].end() < end {
        *gi += 1;
    }
    given
        .get(*gi)
        .is_some_and(|s| s.end() <= next && s.end() >= end)
}
