//! Where the source of a fronted "According to X, …" ends, and where its
//! clause starts: a source may carry a postmodifier ("early results of exit
//! polls taken for two networks") and a named source an appositive ("Ann
//! Lee, the city's planner").

use super::*;
use crate::lexicon::PERSON_NOUNS;

/// Words that open a source's postmodifier: a preposition or a participle
/// ("of polls", "by the agency", "conducted for", "released Monday").
const POSTMODIFIER: &[&str] = &[
    "of",
    "by",
    "for",
    "from",
    "in",
    "on",
    "at",
    "with",
    "out",
    "conducted",
    "taken",
    "released",
    "published",
    "compiled",
    "obtained",
    "filed",
    "reviewed",
    "seen",
    "based",
];

impl Doc<'_> {
    /// The comma that ends a fronted "according to" source `np` when a
    /// postmodifier follows its noun phrase ("… of exit polls conducted for
    /// the networks,"): words only, no verb that reports, within 20 tokens.
    pub(crate) fn according_source_end(&self, (_, b): (usize, usize), ce: usize) -> Option<usize> {
        if b >= ce || !self.is_word(b) || !POSTMODIFIER.contains(&self.lw(b)) {
            return None;
        }
        let mut k = b;
        while k < ce && k < b + 20 {
            if self.is_p(k, ",") {
                return (k > b).then_some(k);
            }
            if !(self.is_word(k) || self.is_p(k, "-/&.")) || self.is_clause_verb(k, ce) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// Where the clause after a fronted "According to NAME," starts: past an
    /// appositive that describes the named source ("According to Ann Lee,
    /// the city's planner, the road …"), else at `c`. The appositive is a
    /// noun phrase that can speak, with no verb, closed by a comma that a
    /// clause of three words or more follows (not "which …").
    pub(crate) fn past_appositive(&self, (a, b): (usize, usize), c: usize, ce: usize) -> usize {
        let named = (a..b).all(|k| !self.is_word(k) || is_upper_start(self.tx(k)))
            && !(a..b).any(|k| DOCUMENT_NOUNS.contains(&self.lw(k)));
        if !named || c >= ce || !self.is_word(c) {
            return c;
        }
        let Some(e) = (c + 1..(c + 10).min(ce)).find(|&k| !self.is_word(k)) else {
            return c;
        };
        let clause_after = e + 4 <= ce
            && self.is_p(e, ",")
            && self.is_word(e + 1)
            && !matches!(self.lw(e + 1), "who" | "whose" | "which" | "where" | "when");
        let head = self.lw(e - 1);
        let role = self.lex.titles.contains(head)
            || self.lex.agents.contains(head)
            || PERSON_NOUNS.contains(&head)
            || ["er", "or", "ist", "ant", "ent", "ian"]
                .iter()
                .any(|s| head.ends_with(s) && head.len() > s.len() + 2);
        if clause_after
            && role
            && is_lower_start(self.tx(e - 1))
            && !self.reads_as_clause(c, e)
            && (self.is_det(c) || self.possessive((c, c + 1)) || is_upper_start(self.tx(c)))
        {
            e + 1
        } else {
            c
        }
    }

    /// Where the last clause of `st..e` starts: after its last colon or
    /// semicolon outside parentheses ("(£6bn; $8bn)" is one figure), else `st`.
    pub(crate) fn after_last_colon(&self, st: usize, e: usize) -> usize {
        let mut depth = 0usize;
        let mut start = st;
        for k in st..e {
            if self.is_p(k, "(") {
                depth += 1;
            } else if self.is_p(k, ")") {
                depth = depth.saturating_sub(1);
            } else if depth == 0 && self.is_p(k, ":;") {
                start = k + 1;
            }
        }
        start
    }
}
