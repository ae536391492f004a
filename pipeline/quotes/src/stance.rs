//! Beliefs, intentions, findings and public stances (`X believes …`, `the
//! poll shows …`, `X called for …`): attributions PolNeAR-style annotation
//! counts although nothing was said, and where their complement ends.

use super::*;
use crate::phrases::{MONTHS, WEEKDAYS};

impl Doc<'_> {
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
        if self.naming_participle(v) {
            return None; // "a website called Borders"
        }
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
        // "a government plan": a noun, not the subject's verb
        if !relative && !self.agrees(np, v) {
            return None;
        }
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
                || matches!(
                    next,
                    "twitter" | "a" | "an" | "his" | "her" | "their" | "its"
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
}
