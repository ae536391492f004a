//! Reported speech and other attributions without quote marks: `X said (that)
//! …`, `…, X said.`, `according to X, …`, quoted fragments inside reported
//! clauses (partial quotes), and beliefs, findings and public stances
//! (`X believes …`, `the poll shows …`, `X called for …`), which PolNeAR-style
//! annotation counts as attributions too.

use super::*;
use crate::phrases::{MONTHS, WEEKDAYS};

/// Third-person reporting verbs ending in -s that are never plural nouns here
/// ("says", not "claims").
const SPEECH_S_CORE: &[&str] = &[
    "says", "tells", "adds", "warns", "insists", "argues", "writes", "explains",
];

impl Doc<'_> {
    pub(crate) fn is_clause_verb(&self, v: usize, hi: usize) -> bool {
        if !self.is_word(v) || !is_lower_start(self.tx(v)) {
            return false;
        }
        let w = self.lw(v);
        let that_next = v + 1 < hi && self.lw(v + 1) == "that";
        self.lex.clause.contains(w) || (that_next && self.lex.cue.contains(w))
    }

    /// Where the reported clause starts after verb `v`: past an object for
    /// tell-verbs, past short adverbials before "that", past "that".
    pub(crate) fn clause_start(&self, v: usize, hi: usize) -> Option<usize> {
        let mut j = v + 1;
        // "that" within a few tokens (said on Tuesday that, told reporters that),
        // or past a place adverbial with commas ("said at a rally in Toledo,
        // Ohio, that")
        let place = j < hi && matches!(self.lw(j), "at" | "in" | "on" | "during");
        let reach = if place { 16 } else { 8 };
        let that = (j..hi.min(j + reach))
            .take_while(|&k| {
                (self.is_word(k) || (place && self.is_p(k, ",")))
                    && !self.lex.cue.contains(self.lw(k))
            })
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
                        if e2 > np.1 + 3 && self.reads_as_clause(np.1 + 1, e2) {
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
                    && !SPEECH_S_CORE.contains(&w)
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
                // "…, argued that Dems' support …" opens a clause, not an inversion
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
    pub(crate) fn is_stance(&self, v: usize) -> bool {
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
    pub(crate) fn stance_frame(
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
    pub(crate) fn names_document(&self, (a, b): (usize, usize)) -> bool {
        (a..b).any(|k| self.is_word(k) && DOCUMENT_NOUNS.contains(&self.lw(k)))
    }

    /// The subject of a finding verb at `v` when it is a long phrase around a
    /// document noun ("The latest Reuters/Ipsos poll released Friday"): from the
    /// phrase holding the nearest such noun up to the verb, within the sentence
    /// and without crossing another reporting verb.
    pub(crate) fn document_before(&self, v: usize, st: usize) -> Option<(usize, usize)> {
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
    pub(crate) fn stance_end(&self, c: usize, e: usize, mind: bool) -> usize {
        let clause = self.is_word(c) && matches!(self.lw(c), "to" | "that");
        for k in c + 1..e {
            let nx = k + 1;
            if self.is_p(k, ",—–(")
                && nx < e
                && self.is_word(nx)
                && matches!(
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
                )
            {
                return k;
            }
            if self.is_p(k, "—–(") {
                return k;
            }
            if mind || clause || !self.is_word(k) || k < c + 2 {
                continue;
            }
            let w = self.lw(k);
            let next = if nx < e { self.lw(nx) } else { "" };
            let timed = WEEKDAYS.contains(&next)
                || MONTHS.contains(&next)
                || matches!(next, "twitter" | "a" | "an" | "his" | "her" | "their" | "its");
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
    pub(crate) fn noun_like_s(&self, v: usize, en: usize) -> bool {
        let w = self.lw(v);
        w.ends_with('s')
            && !w.ends_with("ss")
            && !SPEECH_S_CORE.contains(&w)
            && !matches!(
                w,
                "asks"
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
    pub(crate) fn title_cue(&self, v: usize, st: usize, en: usize) -> bool {
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
    pub(crate) fn comma_like(&self, k: usize) -> bool {
        self.is_p(k, ",—–")
            || self
                .quote_of(k)
                .is_some_and(|q| self.seg_text(q).trim_end().ends_with(','))
    }

    /// A phrase that can be an unnamed or named source: a pronoun, a name, or a
    /// head noun for people, roles or documents ("officials", "a spokesperson").
    pub(crate) fn speakerish(&self, (a, b): (usize, usize)) -> bool {
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
        {
            return false;
        }
        frames.push(self.frame((s, cut), attr, 0.7));
        true
    }

    /// Whether `a..b` reads as a clause rather than a noun phrase or adjunct
    /// ("head of the center at …", "compared with $2,700 …"): it opens with a
    /// conjunction, holds a quotation, or has a word only a clause has (an
    /// auxiliary or copula, a past-tense form that no determiner or preposition
    /// governs, a reporting verb).
    pub(crate) fn reads_as_clause(&self, a: usize, b: usize) -> bool {
        let prep = |k: usize| self.is_word(k) && PREPOSITIONS.contains(&self.lw(k));
        if self.is_word(a) && CLAUSE_OPENERS.contains(&self.lw(a)) {
            return true;
        }
        (a..b).any(|k| {
            if self.quote_of(k).is_some() {
                return true;
            }
            if !self.is_word(k) || !is_lower_start(self.tx(k)) {
                return false;
            }
            let w = self.lw(k);
            let past = (w.len() > 4 && w.ends_with("ed")) || IRREGULAR_PAST.contains(&w);
            matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "am")
                || (self.lex.between.contains(w) && self.lex.stop.contains(w))
                || (past
                    && if k == a {
                        !(k + 1 < b && prep(k + 1))
                    } else {
                        !(self.is_det(k - 1) || prep(k - 1))
                    })
                || self.is_cue(k)
        })
    }

    /// What follows a postposed attribution: the sentence end (after at most a
    /// few adverbials: "on Tuesday", "in a statement", "who asked not to be named",
    /// ", adding …"), or a comma and the rest of a medial attribution.
    pub(crate) fn tail(&self, j: usize, en: usize) -> Tail {
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
    pub(crate) fn content_start_ok(&self, cs: usize) -> bool {
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
    pub(crate) fn clause_end(&self, cs: usize, ce: usize) -> usize {
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

    pub(crate) fn frame(&self, (a, b): (usize, usize), attr: Attr, score: f32) -> Cand {
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

pub(crate) fn overlap(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Words that open a clause, not a noun phrase.
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "or", "nor", "yet", "so", "until", "because", "while", "when", "if",
    "although", "though", "since", "unless", "whether",
];

/// Prepositions that govern a participle ("of", "with") or follow one ("compared with").
const PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "at", "by", "with", "for", "from", "to", "as", "into", "about", "over",
    "under", "than", "after", "before",
];

/// Common irregular past-tense forms (the regular ones end in "-ed").
const IRREGULAR_PAST: &[&str] = &[
    "went", "paid", "made", "took", "gave", "came", "got", "found", "told", "thought", "knew",
    "saw", "became", "began", "felt", "left", "kept", "held", "brought", "built", "bought",
    "sent", "spent", "lost", "won", "ran", "met", "led", "grew", "fell", "rose", "wrote", "spoke",
    "chose", "drove", "broke", "stood", "sold", "meant", "heard",
];
