//! Reported speech and other attributions without quote marks: `X said (that)
//! …`, `…, X said.`, `according to X, …`, and quoted fragments inside reported
//! clauses (partial quotes). The sentence walk lives here; beliefs and stances
//! are in `stance`, clause boundaries in `clause`, what can be a cue or a
//! source in `cues`.

use super::*;
use crate::cues::SPEECH_S_CORE;
use crate::lexicon::POSSESSIVES;

impl Doc<'_> {
    pub(crate) fn is_clause_verb(&self, v: usize, hi: usize) -> bool {
        if !self.is_word(v) || !is_lower_start(self.tx(v)) {
            return false;
        }
        let w = self.lw(v);
        let that_next = v + 1 < hi && self.lw(v + 1) == "that";
        self.lex.clause.contains(w) || (that_next && self.lex.cue.contains(w))
    }

    // token positions index several parallel arrays here
    #[allow(clippy::needless_range_loop)]
    pub(crate) fn reported(&self, out: &mut Vec<Cand>) {
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
                    // "according to early returns": an adjective in -ly
                    let early = v + 3 < en && matches!(self.lw(v + 2), "early" | "only");
                    let np = match self.np_after(v + 2, en) {
                        None if early => self.np_after(v + 3, en).map(|np| (v + 2, np.1)),
                        np => np,
                    };
                    let Some(mut np) = np else {
                        continue;
                    };
                    let lead = (st..v)
                        .all(|k| self.is_word(k) && self.lex.cap_function.contains(self.lw(k)));
                    let content = if lead {
                        // "According to early results of polls taken for two
                        // networks, …": the source runs to its comma
                        if let Some(c) = self.according_source_end(np, ce) {
                            np.1 = c;
                        }
                        let mut c = np.1;
                        if c < ce && self.is_p(c, ",") {
                            c += 1;
                            // "According to Ann Lee, the city's planner, …"
                            c = self.past_appositive(np, c, ce);
                        }
                        (c, ce)
                    } else {
                        let mut e = v;
                        if e > st && self.is_p(e - 1, ",(—–") {
                            e -= 1;
                        }
                        // "…: CLAUSE, according to X": the clause after the colon
                        let s = self.after_last_colon(st, e);
                        (s, e)
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
                        if e2 > np.1 + 3 && self.reads_as_clause(np.1 + 1, e2) {
                            frames.push(self.frame((np.1 + 1, e2), attr, 0.65));
                        }
                    } else if content.1 > content.0 + 2 {
                        frames.push(self.frame(content, attr, 0.7));
                    }
                    continue;
                }
                // "In the latest poll, …" / "… in a new survey."
                if let Some(f) = self.in_survey(v, st, ce) {
                    frames.push(f);
                    continue;
                }
                // "the mayor's claim that …", "her promise to …"
                if let Some(f) = self.claim_frame(v, st, ce) {
                    frames.push(f);
                    continue;
                }
                let cue = self.is_cue(v) || self.title_cue(v, st, en);
                let stance = self.is_stance(v);
                if !cue && !stance {
                    continue;
                }
                // "her opening remarks", "Republican claims", "Friday's
                // tweets": plural nouns
                let w = self.lw(v);
                if cue
                    && w.ends_with('s')
                    && !SPEECH_S_CORE.contains(&w)
                    && (v == st
                        || !self.is_word(v - 1)
                        || self.lw(v - 1).ends_with("'s")
                        || (!is_upper_start(self.tx(v - 1))
                            && !self.is_pron(v - 1)
                            && (st..v)
                                .rev()
                                .take(3)
                                .any(|k| POSSESSIVES.contains(&self.lw(k)))))
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
                // "…, argued that Dems' support …" opens a clause, not an inversion;
                // and what an inversion reports is a clause: in "The plaintiff, a
                // university, announced the news" the words before are the subject
                if v > st + 1
                    && self.comma_like(v - 1)
                    && !self.lw(v).ends_with("ing")
                    && !(v + 1 < en && self.is_word(v + 1) && self.lw(v + 1) == "that")
                {
                    if let Some(np2) = self.np_after(v + 1, en) {
                        let cut = if self.quote_of(v - 1).is_some() {
                            v
                        } else {
                            v - 1
                        };
                        let medial = matches!(self.tail(np2.1, en), Tail::Medial(_));
                        if (medial || !self.subject_in_apposition(st, cut))
                            && self.push_post(&mut frames, st, cut, (v, v + 1), np2, np2.1, en, ce)
                        {
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
                    // "…, with analysts saying …": the one after "with" speaks
                    let with_np = np.filter(|n| {
                        gerund && n.0 > st && self.is_word(n.0 - 1) && self.lw(n.0 - 1) == "with"
                    });
                    let speaker = if with_np.is_some() {
                        with_np
                    } else if gerund {
                        // ", adding that …": the speaker of the sentence so far
                        if !(v > st && self.is_p(v - 1, ",")) {
                            break 'speech;
                        }
                        // (not a noun cue's holder: "rejected the party's
                        // call to …, saying …" is the subject's)
                        frames
                            .iter()
                            .rev()
                            .find(|f| !f.claim)
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
                    // "the increase has fuelled …": a subject that can say nothing
                    if !self.speakerish(speaker) && !self.relative(speaker)
                        || (!gerund && !self.relative(speaker) && !self.agrees(speaker, v))
                    {
                        break 'speech;
                    }
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

    /// A postposed or medial attribution: the clause before `cut` (and the part
    /// after a medial attribution) reported by `speaker`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn push_post(
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
            // "…, according to Craig Bryan, head of the center." and "…, the
            // group said, compared with …": what follows is about the speaker
            // or an adjunct of the sentence, not more of what was said
            if cut <= s || e <= c + 2 {
                return false;
            }
            if self.reads_as_clause(c + 1, e) {
                frames.push(self.frame((s, cut), attr.clone(), 0.65));
                frames.push(self.frame((c + 1, e), attr, 0.65));
            } else {
                frames.push(self.frame((s, cut), attr, 0.7));
            }
            return true;
        }
        if cut <= s
            || self.text[self.toks[s].s..self.toks[cut - 1].e]
                .split_whitespace()
                .count()
                < 3
            || (self.subordinate_only(s, cut) && self.cue_goes_on(after, en))
        {
            return false;
        }
        frames.push(self.frame((s, cut), attr, 0.7));
        true
    }

    /// Whether `a..b` is one subordinate clause and nothing more ("Though the
    /// bridge was shut", "Even as the talks went on"): before a speaker and a
    /// cue that go on ("…, the council promised to reopen it"), it sets the
    /// scene for the attribution and is not what was said (before "…, he
    /// said, …" or "…, he said." it is). A comma inside
    /// may close it before a main clause ("If it rains, the match is off").
    pub(crate) fn subordinate_only(&self, a: usize, b: usize) -> bool {
        let mut k = a;
        if self.is_word(k) && matches!(self.lw(k), "even" | "only" | "just") {
            k += 1;
        }
        k < b
            && self.is_word(k)
            && SUBORDINATORS.contains(&self.lw(k))
            && !(k + 1..b).any(|j| self.is_p(j, ",;:—–") || self.quote_of(j).is_some())
    }

    /// Whether the words at `after` go on with the cue's own object or clause
    /// ("promised to reopen it", "told him he had …"), not with the end of the
    /// sentence, a comma or an adverbial ("said.", "said, …", "said on Monday").
    fn cue_goes_on(&self, after: usize, en: usize) -> bool {
        if after >= en || !self.is_word(after) {
            return false;
        }
        let w = self.lw(after);
        w == "to"
            || !(TAIL_WORDS.contains(&w)
                || w.ends_with("day")
                || (w.ends_with("ly") && is_lower_start(self.tx(after))))
    }

    /// Whether `a..b` is a subject with an appositive and no clause ("Lead claimant,
    /// the Teachers Union"): the words before a verb that follows them, not what an
    /// inverted attribution after them reports. A clause ("Two directors, Ann Lee and
    /// Tom Hale, remain defendants") has words of its own after the last comma.
    pub(crate) fn subject_in_apposition(&self, a: usize, b: usize) -> bool {
        let Some(k) = (a..b).rev().find(|&k| self.is_p(k, ",")) else {
            return false;
        };
        k + 1 < b
            && (self.is_det(k + 1) || is_upper_start(self.tx(k + 1)))
            && !self.reads_as_clause(a, b)
    }

    pub(crate) fn frame(&self, (a, b): (usize, usize), attr: Attr, score: f32) -> Cand {
        Cand {
            content: (a, b),
            kind: QuoteKind::Indirect,
            who: Who::Own(attr),
            score,
            fragments: Vec::new(),
            mind: false,
            stance: false,
            claim: false,
        }
    }
}

/// Conjunctions that open a subordinate (adverbial) clause.
const SUBORDINATORS: &[&str] = &[
    "though", "although", "while", "whilst", "when", "whenever", "if", "unless", "because",
    "since", "once", "until", "before", "after", "as", "whereas",
];

pub(crate) fn overlap(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}
