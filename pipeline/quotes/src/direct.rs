//! Direct quotes: quoted segments that stand as utterances, with the
//! attribution before or after them, and the speaker inherited by split,
//! continued and multi-paragraph quotes.

use super::*;
use crate::lexicon::{past_form, regular_past, BE_FORMS};
use crate::phrases::adverb_ly;

impl Doc<'_> {
    pub(crate) fn sentence_of(&self) -> Vec<usize> {
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
    pub(crate) fn direct_shape(&self, qi: usize, st: usize, en: usize) -> bool {
        let q = self.quote_of(qi).unwrap_or(0);
        let content = self.seg_text(q).trim();
        if content.is_empty() {
            return false;
        }
        // `"…," he said, but "…"`: a conjunction after an attribution opens too
        let conj_after_cue = qi > st + 2
            && matches!(self.lw(qi - 1), "but" | "and")
            && self.is_p(qi - 2, ",")
            && (qi.saturating_sub(8).max(st)..qi - 2).any(|k| self.is_cue(k));
        let opens = qi == st
            || self.is_p(qi - 1, ":,—–-(")
            || self.is_cue(qi - 1)
            || self.quote_of(qi - 1).is_some()
            || conj_after_cue;
        let inner_end = content
            .trim_end_matches(INNER_CLOSE)
            .ends_with(['.', ',', '?', '!', '…', '—', '–', '-', ';', ':']);
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
            // `," Tester said, referring to the excuse, "you give …"`
            let introduced = (self.is_p(qi - 1, ",") || conj_after_cue)
                && (qi.saturating_sub(12).max(st)..qi - 1)
                    .any(|k| self.is_cue(k) || self.quote_of(k).is_some());
            if !introduced {
                return false;
            }
        }
        inner_end || outer_end || attr_next || !self.segs[q].closed
    }

    /// The attribution after a quote: `," Kirby said`, `," said Kirby`,
    /// `," Kirby, the spokesman, said`, `," according to Kirby`.
    pub(crate) fn post_attr(&self, qi: usize, en: usize) -> Option<Attr> {
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
        // "…," Dana barked. / "…?" Ortiz pressed, … / "…," Ms. Lund shot
        // back with a laugh.: a name, then a past-tense verb outside the
        // lexicon (and its particle), then the end or an adverbial
        if let Some(a) = self.name_then_verb(j, hi) {
            return Some(a);
        }
        // "…," the lawsuit states. / "…," the court papers state.: a source
        // phrase, then a verb that ends the sentence; in this slot even a
        // word that is more often a noun ("states", "reports") is the verb
        if let Some(v) = (j + 1..hi.min(j + 7)).find(|&k| {
            !self.is_word(k)
                || ((verbish(k) || self.lex.noun_like_cue(self.lw(k))) && ends_after(k + 1))
        }) {
            if self.is_word(v) && self.is_det(j) && self.speakerish((j, v)) {
                return Some(Attr {
                    speaker: Some((j, v)),
                    cue: (v, v + 1),
                });
            }
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
    pub(crate) fn pre_attr(&self, qi: usize, st: usize) -> Option<Attr> {
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
            if let Some(np) = self.label_before_colon(p, lo) {
                return Some(Attr {
                    speaker: Some(np),
                    cue: (p, p + 1),
                });
            }
            // "And Mr. Carter gloated: "…"", "As Lane put it: "…"": a verb
            // outside the lexicon right before the colon, its subject before it
            let put_it =
                p >= lo + 2 && self.lw(p - 1) == "it" && matches!(self.lw(p - 2), "put" | "puts");
            let v = if put_it { p - 2 } else { p.saturating_sub(1) };
            if p > lo
                && v > lo
                && self.is_word(v)
                && is_lower_start(self.tx(v))
                && !self.lex.stop.contains(self.lw(v))
                && (put_it || regular_past(self.lw(v)) || self.lw(v).ends_with("ues"))
            {
                if let Some(np) = self.np_before(v, lo).filter(|&np| self.speakerish(np)) {
                    return Some(Attr {
                        speaker: Some(np),
                        cue: (v, p),
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
        // "As Lane put it, "…"": "put it" before a comma as before a colon
        if self.is_p(p, ",")
            && p >= lo + 3
            && self.lw(p - 1) == "it"
            && matches!(self.lw(p - 2), "put" | "puts")
        {
            if let Some(np) = self.np_before(p - 2, lo).filter(|&np| self.speakerish(np)) {
                return Some(Attr {
                    speaker: Some(np),
                    cue: (p - 2, p),
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

    /// A quote a comma introduces after a short clause whose verb is no cue
    /// of the lexicon ("The mayor conceded, however, "…"", "Lane issued a
    /// statement, "…"") and that no other rule attributes: the clause's
    /// subject says it, and its verb group is the cue. Only a quote of a
    /// sentence's length (not a title in a list: `films such as "Dusk",`).
    fn comma_clause_attr(&self, qi: usize, st: usize) -> Option<Attr> {
        let p = qi.checked_sub(1).filter(|&p| p > st && self.is_p(p, ","))?;
        let q = self.quote_of(qi)?;
        if self.seg_text(q).split_whitespace().nth(3).is_none() {
            return None;
        }
        // the clause: from the previous quote in the sentence, short
        let lo = (st..p)
            .rev()
            .find(|&k| self.quote_of(k).is_some())
            .map_or(st, |k| k + 1);
        // (a quote inside reported speech, `added that … because, "…"`, is
        // a partial quote of that speech, and one after a conjunction
        // belongs to its clause)
        let reported = (lo..p - 1).any(|k| self.is_cue(k) && self.lw(k + 1) == "that");
        let conj = matches!(
            self.lw(p - 1),
            "because" | "that" | "since" | "if" | "as" | "although" | "though" | "whether"
        );
        if p <= lo || p - lo > 25 || reported || conj {
            return None;
        }
        let np = self.subject(lo, p).filter(|&np| self.speakerish(np))?;
        // the verb after the subject (and an appositive set off by commas),
        // past adverbs ("famously clashed")
        let mut v = np.1;
        if self.is_p(v, ",") {
            v = (v + 1..p).find(|&k| self.is_p(k, ","))? + 1;
        }
        while v + 1 < p && self.is_word(v) && adverb_ly(self.lw(v)) {
            v += 1;
        }
        if v >= p || !self.is_word(v) || !is_lower_start(self.tx(v)) {
            return None;
        }
        // a verb: a past form, an auxiliary, or a present in -s ("sings")
        let aux = |w: &str| self.lex.between.contains(w) || BE_FORMS.contains(&w);
        let w = self.lw(v);
        if !(past_form(w) || aux(w) || (w.ends_with('s') && !w.ends_with("ss"))) {
            return None;
        }
        // "was prompted", "has long argued": the auxiliaries and the verb
        let mut e = v + 1;
        while e < p && self.is_word(e) && aux(self.lw(e - 1)) {
            e += 1;
        }
        Some(Attr {
            speaker: Some(np),
            cue: (v, e),
        })
    }

    /// A speaker label before a colon that the plain label rule misses: one
    /// after a dash that closes a headline ("POLLS TIGHTEN - Ana Ruiz:"),
    /// one with a parenthetical ("Sen. Jo Park (D-Ore.):"), or a longer
    /// title and name ("Former state treasurer Ana Maria Ruiz:"). The label
    /// is a name: capitalised words, the last one a name.
    fn label_before_colon(&self, p: usize, lo: usize) -> Option<(usize, usize)> {
        // skip a parenthetical right before the colon
        let mut end = p;
        if end > lo + 1 && self.is_p(end - 1, ")") {
            end = (lo..end - 1).rev().take(8).find(|&k| self.is_p(k, "("))?;
        }
        let np = self.np_walk_back(end, lo)?;
        let from_dash = np.0 > lo && self.is_p(np.0 - 1, "-—–");
        if !(np.0 == lo || from_dash) || end - np.0 > 8 || p - lo > 16 {
            return None;
        }
        let last = end - 1;
        let named = self.is_word(last)
            && is_upper_start(self.tx(last))
            && !self.lex.cap_function.contains(self.lw(last))
            && !self.lex.stop.contains(self.lw(last));
        (named && (end < p || from_dash || end - np.0 > 5)).then_some(np)
    }

    pub(crate) fn is_lower_verb_form(&self, v: usize) -> bool {
        self.lw(v).ends_with("ing")
    }

    pub(crate) fn direct(&self, out: &mut Vec<Cand>) {
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
                if attr.is_none() {
                    attr = self.comma_clause_attr(qi, st);
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
                            claim: false,
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
                    claim: false,
                });
            }
        }
        self.inherit(out, &seg_cand);
    }

    /// Split quotes, continued paragraphs and quote-only paragraphs take the
    /// speaker of the quote they continue.
    pub(crate) fn inherit(&self, out: &mut [Cand], seg_cand: &[Option<usize>]) {
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
                    // a paragraph of quotes only, right after a quoted paragraph
                    let para_start = tok == 0 || self.toks[tok - 1].para != para;
                    let para_only = para_start && self.quotes_only_from(tok);
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
    /// Whether the paragraph from token `k` on holds only quotations and
    /// punctuation: the convention of a quotation running over several
    /// paragraphs, each opening a new mark ("…," he said.¶"More words. "And
    /// more."), whose later paragraphs name no speaker.
    pub(crate) fn quotes_only_from(&self, k: usize) -> bool {
        let Some(para) = self.toks.get(k).map(|t| t.para) else {
            return false;
        };
        self.toks[k..]
            .iter()
            .take_while(|t| t.para == para)
            .all(|t| t.k != K::Word)
    }

    /// A direct quote still without speaker, after reported speech in its
    /// paragraph (`…, said X. "…"`): the speaker of that speech.
    pub(crate) fn inherit_late(&self, out: &mut [Cand]) {
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
                // a paragraph of quotes, or one that opens with a whole quoted
                // sentence ("…". It is …)
                let para_only = (k == 0 || self.toks[k - 1].para != para)
                    && (self.quotes_only_from(k)
                        || (k + 1 < self.toks.len() && self.is_p(k + 1, ".")));
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

/// At most this many reported-speech frames per sentence.
pub(crate) const MAX_FRAMES: usize = 64;

/// What follows a postposed attribution.
pub(crate) enum Tail {
    /// The sentence ends (after short adverbials).
    End,
    /// A comma at this token, then more of the reported clause.
    Medial(usize),
    /// Something else: not an attribution.
    Bad,
}

/// Particles of phrasal reporting verbs ("went on", "shot back", "chimed in").
pub(crate) const PARTICLES: &[&str] = &["on", "back", "in", "out", "up"];

/// A speaker was found (not inherited).
pub(crate) fn has_speaker(w: &Who) -> bool {
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
pub(crate) fn transcript_label(
    text: &str,
    cs: usize,
    ce: usize,
) -> Option<((usize, usize), (usize, usize))> {
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

pub(crate) fn root_of(out: &[Cand], mut i: usize) -> usize {
    while let Who::Like(j) = out[i].who {
        if j == i {
            break;
        }
        i = j;
    }
    i
}

/// Mostly capitalised words and no sentence punctuation: a title or a name.
pub(crate) fn title_like(s: &str) -> bool {
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

pub(crate) fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &text[s..e];
    let lead = t.len() - t.trim_start().len();
    let body = t.trim();
    (s + lead, s + lead + body.len())
}
