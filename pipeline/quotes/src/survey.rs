//! Polls and surveys that "in" cites as the source of a finding: "In the
//! latest Gazette poll, the senator leads …", "… leads by nine points in a new
//! survey." The poll is the source, "in" the cue, the clause the content.

use super::*;

/// Head nouns of a poll or survey.
const SURVEY_NOUNS: &[&str] = &["poll", "polls", "survey", "surveys"];

/// Participles and prepositions that open a poll's postmodifier ("of likely
/// voters", "taken last week", "conducted for the paper").
const POSTMODIFIER_OPENERS: &[&str] = &[
    "of",
    "by",
    "for",
    "from",
    "taken",
    "conducted",
    "released",
    "published",
    "commissioned",
    "carried",
];

/// Words that open an adjunct that sets the scene ("Though he trails in the
/// polls, …", "Despite a lead in the poll, …").
const SCENE_OPENERS: &[&str] = &[
    "though",
    "although",
    "while",
    "whilst",
    "despite",
    "depending",
    "as",
    "because",
    "if",
    "when",
    "since",
    "unless",
    "whereas",
    "after",
    "before",
    "even",
];

impl Doc<'_> {
    /// The poll noun phrase after "in" at `v`: its words run from `v + 1` to a
    /// poll noun within a few words ("the latest Gazette poll", "a new
    /// national survey"), with no verb or function word but a determiner
    /// between. Returns the phrase.
    fn survey_after(&self, v: usize, ce: usize) -> Option<(usize, usize)> {
        let a = v + 1;
        if a >= ce || !(self.is_det(a) || self.np_word(a)) {
            return None;
        }
        let mut k = a;
        while k < ce && k < a + 8 {
            if !self.is_word(k) {
                return None;
            }
            let w = self.lw(k);
            if SURVEY_NOUNS.contains(&w) {
                // "a poll worker", "the survey results": the poll word must head
                let next_noun = k + 1 < ce
                    && self.is_word(k + 1)
                    && self.np_word(k + 1)
                    && !POSTMODIFIER_OPENERS.contains(&self.lw(k + 1));
                return (!next_noun).then_some((a, k + 1));
            }
            // "in the wake of polls": no preposition inside the phrase
            if !(self.np_word(k) || (k == a && self.is_det(k)))
                || POSTMODIFIER_OPENERS.contains(&w)
                || matches!(w, "in" | "on" | "at" | "with" | "to")
            {
                return None;
            }
            k += 1;
        }
        None
    }

    /// Where the poll's phrase and its postmodifier end: at `np.1`, or past
    /// "of likely voters" / ", taken last week" up to the next comma or the
    /// clause end `ce` (words only). `None` when something else follows.
    fn survey_end(&self, (_, b): (usize, usize), ce: usize) -> Option<usize> {
        if b >= ce {
            return Some(ce);
        }
        let mut k = b;
        if self.is_p(k, ",") && k + 1 < ce && POSTMODIFIER_OPENERS.contains(&self.lw(k + 1)) {
            k += 1;
        }
        if self.is_word(k) && POSTMODIFIER_OPENERS.contains(&self.lw(k)) {
            while k < ce && k < b + 16 && (self.is_word(k) || self.is_p(k, "-/&")) {
                if self.is_cue(k) {
                    return None;
                }
                k += 1;
            }
        }
        (k >= ce || self.is_p(k, ",")).then_some(k)
    }

    /// An attribution to a poll that "in" at `v` opens, in the sentence
    /// `st..ce` (`ce` before its closing punctuation): fronted ("In the
    /// latest poll, CLAUSE") or trailing ("CLAUSE in a new survey.").
    pub(crate) fn in_survey(&self, v: usize, st: usize, ce: usize) -> Option<Cand> {
        if !self.is_word(v) || self.lw(v) != "in" {
            return None;
        }
        let np = self.survey_after(v, ce)?;
        // a clause that opens on a subordinator is an adjunct, not a finding
        let opens_adjunct = |cs: usize| self.is_word(cs) && SCENE_OPENERS.contains(&self.lw(cs));
        // "In a survey, the charity found that …", "In the poll, 45
        // percent said …": the clause has a source and a cue of its own
        let own_cue = |a: usize, b: usize| {
            (a..b).any(|k| {
                let that_next = k + 1 < b && self.lw(k + 1) == "that";
                self.is_clause_verb(k, b)
                    || (self.is_word(k)
                        && is_lower_start(self.tx(k))
                        && (FINDING_VERBS.contains(&self.lw(k))
                            || (that_next && (self.is_stance(k) || self.lw(k) == "discovered"))))
            })
        };
        let end = self.survey_end(np, ce)?;
        let attr = Attr {
            speaker: Some(np),
            cue: (v, v + 1),
        };
        // fronted: only sentence connectives before "In" ("But in …")
        let lead = (st..v).all(|k| self.is_word(k) && self.lex.cap_function.contains(self.lw(k)));
        if lead {
            if end >= ce || !self.is_p(end, ",") {
                return None;
            }
            let cs = end + 1;
            if cs >= ce || !self.content_start_ok(cs) || self.is_cue(cs) || opens_adjunct(cs) {
                return None;
            }
            let cend = self.clause_end(cs, ce);
            // "In the poll, 45 percent said …": the share is the source
            if cend < cs + 3 || own_cue(cs, cend) {
                return None;
            }
            return Some(self.frame((cs, cend), attr, 0.55));
        }
        // trailing: the poll closes the clause before it; not what took
        // part in it ("took part in", "were questioned in"). Only one poll:
        // "… in the polls", "… in national polls" tell a standing, not a
        // finding
        if !matches!(self.lw(np.1 - 1), "poll" | "survey")
            || v == 0
            || !self.is_word(v - 1)
            || matches!(
                self.lw(v - 1),
                "part" | "took" | "participate" | "participated"
            )
            || (self.lw(v - 1).ends_with("ed") && is_lower_start(self.tx(v - 1)))
        {
            return None;
        }
        // the poll (and its postmodifier) ends the sentence; an earlier poll
        // ("minus 10 in the previous survey") is what a figure is compared
        // with
        if end < ce
            || (np.0..np.1).any(|k| matches!(self.lw(k), "previous" | "last" | "earlier" | "prior"))
        {
            return None;
        }
        // the clause starts the sentence, or after a short fronted adverbial
        // ("As a result, …", "In Ohio, …")
        let mut cs = st;
        if let Some(c) = (st..v.min(st + 5)).find(|&k| self.is_p(k, ",")) {
            cs = c + 1;
        }
        if (cs..v).any(|k| !self.is_word(k) && !self.is_p(k, ",-%$'’")) {
            return None; // a quotation or a parenthesis: not one plain clause
        }
        if v < cs + 3
            || !self.content_start_ok(cs)
            || opens_adjunct(cs)
            || own_cue(cs, v)
            || (cs..v).any(|k| self.is_cue(k) || self.is_stance(k))
        {
            return None;
        }
        Some(self.frame((cs, v), attr, 0.55))
    }
}
