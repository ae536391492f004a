//! Noun cues with their holder: "the mayor's claim that the fund is safe",
//! "his stern warning that fares will rise", "her promise to cut fees". The
//! possessor is the source, the noun the cue, the clause or infinitive the
//! content.

use super::*;
use crate::lexicon::PERSON_NOUNS;

/// Nouns that report what their holder says or holds, before "that".
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "assertions",
    "argument",
    "insistence",
    "warning",
    "warnings",
    "promise",
    "promises",
    "pledge",
    "pledges",
    "vow",
    "suggestion",
    "contention",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "belief",
    "assurance",
    "assurances",
    "prediction",
    "call",
    "calls",
    "threat",
    "threats",
    "demand",
    "demands",
];

/// Of those, the ones an infinitive can complete ("her promise to cut fees").
const TO_NOUNS: &[&str] = &[
    "claim", "promise", "promises", "pledge", "pledges", "vow", "call", "calls", "threat",
    "threats", "demand", "demands",
];

/// Possessive pronouns that hold a claim.
const HOLDERS: &[&str] = &["his", "her", "their", "its", "our", "my"];

impl Doc<'_> {
    /// The holder before the noun cue at `v` (past at most two lower-case
    /// modifiers: "his stern warning", "Mr. Lee's false claims"): a possessive
    /// pronoun or a possessive name ("Mr. Lee's", "the council's").
    fn claim_holder(&self, v: usize, st: usize) -> Option<(usize, usize)> {
        let mut p = v;
        for _ in 0..3 {
            if p == st || !self.is_word(p - 1) {
                return None;
            }
            p -= 1;
            let w = self.lw(p);
            if HOLDERS.contains(&w) {
                return self.object_position(p, st).then_some((p, p + 1));
            }
            if self.possessive((p, p + 1)) {
                let mut a = p;
                while a > st
                    && self.is_word(a - 1)
                    && is_upper_start(self.tx(a - 1))
                    && !self.lex.cap_function.contains(self.lw(a - 1))
                {
                    a -= 1;
                }
                if a > st && self.is_det(a - 1) && !HOLDERS.contains(&self.lw(a - 1)) {
                    a -= 1;
                }
                let head = crate::names::without_possessive(w);
                let named = (a..=p).any(|k| {
                    is_upper_start(self.tx(k)) && !self.lex.cap_function.contains(self.lw(k))
                }) || self.lex.org.contains(head)
                    || self.lex.titles.contains(head)
                    || self.lex.agents.contains(head)
                    || PERSON_NOUNS.contains(&head);
                return (named && self.object_position(a, st)).then_some((a, p + 1));
            }
            // a modifier: lower case, no determiner, verb or function word,
            // nor a plural noun ("His lawyers claim …" is a verb's subject)
            let plural = w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous");
            if !is_lower_start(self.tx(p))
                || self.is_det(p)
                || self.lex.stop.contains(w)
                || !self.np_word(p)
                || plural
            {
                return None;
            }
        }
        None
    }

    /// Whether the claim's noun phrase starting at `a` follows a verb or a
    /// preposition ("doubted the mayor's claim", "Despite his claim"): a
    /// subject's claim ("But his claim that … is wrong") has a clause that
    /// ends where its sentence's verb starts, which needs a parse.
    fn object_position(&self, a: usize, st: usize) -> bool {
        a > st
            && self.is_word(a - 1)
            && if is_lower_start(self.tx(a - 1)) {
                !matches!(self.lw(a - 1), "and" | "or" | "but" | "nor")
            } else {
                matches!(
                    self.lw(a - 1),
                    "despite" | "amid" | "after" | "with" | "given" | "over"
                )
            }
    }

    /// A noun cue at `v` with its holder and what it reports, in the sentence
    /// `st..ce`: "HOLDER('s) [modifier] NOUN that CLAUSE" or "… NOUN to VERB …".
    pub(crate) fn claim_frame(&self, v: usize, st: usize, ce: usize) -> Option<Cand> {
        if !self.is_word(v) || !is_lower_start(self.tx(v)) || v + 3 > ce {
            return None;
        }
        let w = self.lw(v);
        if !CLAIM_NOUNS.contains(&w) {
            return None;
        }
        let link = self.lw(v + 1);
        let nx = v + 2;
        let ok = match link {
            // a complement clause, not a relative one ("the claim that was
            // dropped"): a subject opens it
            "that" => self.is_pron(nx) || self.is_det(nx) || self.np_word(nx),
            // "to" and a verb, not a listener ("his call to the mayor")
            "to" => {
                TO_NOUNS.contains(&w)
                    && self.is_word(nx)
                    && is_lower_start(self.tx(nx))
                    && !self.is_det(nx)
                    && !self.is_pron(nx)
                    && !self.lex.stop.contains(self.lw(nx))
            }
            _ => false,
        };
        if !ok {
            return None;
        }
        let holder = self.claim_holder(v, st)?;
        let cs = if link == "that" { nx } else { v + 1 };
        let cend = self.claim_end(cs, self.clause_end(cs, ce));
        if cend < cs + 2 {
            return None;
        }
        let mut f = self.frame(
            (cs, cend),
            Attr {
                speaker: Some(holder),
                cue: (v, v + 1),
            },
            0.5,
        );
        f.claim = true;
        Some(f)
    }

    /// A noun cue's clause sits inside a noun phrase, so it ends at the
    /// first comma, dash or parenthesis of `cs..cend` ("his call to ban the
    /// import, which …", "… - the candidate began …"), unless a participle
    /// goes on after a comma ("…, including …", "…, opened in 1950, …": the
    /// comma that closes it does not end the clause either).
    fn claim_end(&self, cs: usize, cend: usize) -> usize {
        let participle = |k: usize| {
            k < cend
                && self.is_word(k)
                && is_lower_start(self.tx(k))
                && (self.lw(k).ends_with("ing") || self.lw(k).ends_with("ed"))
        };
        let mut open = false;
        for k in cs + 1..cend {
            let spaced_dash = self.is_p(k, "-")
                && k + 1 < cend
                && self.toks[k].s > self.toks[k - 1].e
                && self.toks[k + 1].s > self.toks[k].e;
            if self.is_p(k, "—–(") || spaced_dash {
                return k;
            }
            if self.is_p(k, ",") {
                if participle(k + 1) {
                    open = true;
                } else if open {
                    open = false;
                } else {
                    return k;
                }
            }
        }
        cend
    }
}
