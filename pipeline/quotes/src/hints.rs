//! Attributions the entities model tagged (content, source, cue) where the
//! rules found nothing: the long tail of PolNeAR-style attributions ("has
//! pointed out that …", "the ad also mentions …") that no word list covers.
//! The rules keep precedence: a tagged content is used only where no rule
//! candidate lies, and only with a cue, from the model or the cue lexicon.
//! Where a rule's reported clause and a confident tagged content cover the
//! same words, the model's boundaries are kept (the rules find clauses well
//! but guess where they end).

use nx_text::{AttributionRole, AttributionTag};

use crate::indirect::overlap;
use crate::lexicon::{BE_FORMS, POSSESSIVES};

use super::*;

impl Doc<'_> {
    /// Token range `a..b` of the tokens inside byte span `s..e`.
    pub(crate) fn tokens_in(&self, (s, e): (usize, usize)) -> Option<(usize, usize)> {
        let a = self.toks.partition_point(|t| t.s < s);
        let b = self.toks.partition_point(|t| t.e <= e);
        (a < b).then_some((a, b))
    }

    /// Byte span `s..e` of the tokens in range `a..b` (the inverse of `tokens_in`).
    fn bytes_of(&self, (a, b): (usize, usize)) -> (usize, usize) {
        (self.toks[a].s, self.toks[b - 1].e)
    }

    /// Add the model's attributions that no candidate in `out` overlaps.
    pub(crate) fn model_attributions(
        &self,
        tags: &[AttributionTag],
        min_score: f32,
        out: &mut Vec<Cand>,
    ) {
        let of = |role: AttributionRole| -> Vec<((usize, usize), f32)> {
            tags.iter()
                .filter(|t| t.role == role)
                .filter_map(|t| Some((self.tokens_in((t.span.start(), t.span.end()))?, t.score)))
                .collect()
        };
        let contents = of(AttributionRole::Content);
        let sources = of(AttributionRole::Source);
        let cues = of(AttributionRole::Cue);
        self.refit(&contents, min_score, out);
        let mut taken: Vec<(usize, usize)> = out.iter().map(|c| self.byte_range(c)).collect();
        for &(tag, score) in &contents {
            if score < min_score || tag.1 - tag.0 < 2 {
                continue;
            }
            // a content cut inside its clause runs on to the clause's end
            let (a, b) = self.cut_at_contrast(self.complete(tag));
            let bytes = self.bytes_of((a, b));
            if taken.iter().any(|&(s, e)| s < bytes.1 && bytes.0 < e) {
                continue;
            }
            // the sentences the content spans: st..hi
            let (st, _) = self.sentence_at(a);
            let (_, hi) = self.sentence_at(b - 1);
            // the cue: the model's nearest in the content's sentences, else a
            // reporting verb just before or after the content
            let near = |(x, y): (usize, usize)| {
                if y <= a {
                    a - y
                } else if x >= b {
                    x - b
                } else {
                    usize::MAX
                }
            };
            // the model's cue must be a reporting, belief or stance predicate
            let cue = cues
                .iter()
                .filter(|&&((x, y), _)| x >= st && y <= hi && near((x, y)) <= 12)
                .filter(|&&(r, _)| self.cue_ok(r, (a, b)))
                .min_by_key(|&&(r, _)| near(r))
                .map(|&(r, _)| r)
                .or_else(|| {
                    let cue_at = |k: usize| self.is_cue(k) && self.cue_ok((k, k + 1), (a, b));
                    let before = (a.saturating_sub(3).max(st)..a).rev().find(|&k| cue_at(k));
                    let after = (b..(b + 3).min(hi)).find(|&k| cue_at(k));
                    before.or(after).map(|k| (k, k + 1))
                });
            let Some(cue) = cue else { continue };
            // the source: the model's nearest to the cue, else the subject
            // before the cue or the phrase after it
            // and the source something that can say or hold it
            // (not a possessive, not an expletive "it"), on the cue's side of
            // the content: the subject of a cue before it, not a phrase after
            let can_say = |r: (usize, usize)| {
                (self.speakerish(r) || self.relative(r))
                    && !self.possessive(r)
                    && !self.expletive_source(r, cue)
                    && !self.clause_phrase(r)
                    && !(r.0 >= cue.1 && cue.0 >= b && self.participle_cue(cue))
            };
            // (but a cue in an opening adjunct, "Citing the poll, Smith said",
            // "In a statement announcing the pick, the union …", has its
            // subject after the comma that closes the adjunct)
            let adjunct = cue.0 == st
                || (self.is_word(st)
                    && matches!(
                        self.lw(st),
                        "in" | "after"
                            | "before"
                            | "while"
                            | "when"
                            | "though"
                            | "although"
                            | "despite"
                            | "since"
                            | "as"
                            | "by"
                            | "with"
                            | "without"
                            | "upon"
                            | "on"
                            | "following"
                            | "once"
                            | "if"
                    ));
            let opening = |x: usize| {
                adjunct
                    && !(st..cue.0).any(|k| self.is_p(k, ","))
                    && (b..x).any(|k| self.is_p(k, ","))
            };
            let cue_side = |(x, y): (usize, usize)| {
                if cue.1 <= a {
                    y <= a || opening(x)
                } else {
                    x >= b
                }
            };
            let model_source = sources
                .iter()
                .filter(|&&((x, y), _)| x >= st && y <= hi && cue_side((x, y)))
                .filter_map(|&(r, score)| Some((self.phrase_subject(r, st)?, score)))
                .filter(|&(r, _)| can_say(r))
                .min_by_key(|&((x, y), _)| {
                    if y <= cue.0 {
                        cue.0 - y
                    } else {
                        x.saturating_sub(cue.1)
                    }
                })
                .map(|(r, _)| r);
            let rule_source = (cue.1 <= a).then(|| self.np_before(cue.0, st)).flatten();
            // a passive's source is its agent after "by" ("was dubbed … by
            // campaigners"), not its subject
            let agent = self
                .passive_addressee(cue)
                .then(|| self.passive_agent(cue, (a, b)))
                .flatten();
            let b = agent.map_or(b, |(_, end)| end);
            let source = agent
                .map(|(r, _)| r)
                .or(model_source)
                .or(rule_source.filter(|&r| can_say(r)))
                .or_else(|| {
                    (cue.0 >= b)
                        .then(|| self.np_after(cue.1, hi))
                        .flatten()
                        .filter(|&r| can_say(r))
                });
            // a quote nobody says is no use to "who said what"
            let Some(source) = source else { continue };
            // "his assessment of …", "the mayor's criticism of …": a noun
            // cue's possessor holds the stance (where a source phrase was
            // found at all: the possessor alone makes no attribution)
            let source = (cue.1 <= a)
                .then(|| self.possessor_of(cue, st))
                .flatten()
                .unwrap_or(source);
            // the cue governs the content by its place
            if !self.cue_reaches(cue, (a, b), Some(source)) {
                continue;
            }
            taken.push(bytes);
            out.push(self.frame(
                (a, b),
                Attr {
                    speaker: Some(source),
                    cue,
                },
                (0.5 * score).min(0.6),
            ));
        }
    }

    /// The possessor before a noun cue at `c` ("his assessment of",
    /// "Lane's repeated criticism of", "the mayor's remark"): a possessive
    /// pronoun or a name or description ending in `'s`, right before the cue
    /// or before one adjective. Capitalised words are not skipped ("Clinton's
    /// Senate vote"), nor a noun ("her campaign message": the message, not
    /// she, is the cue's subject).
    pub(crate) fn possessor_of(&self, (c, e): (usize, usize), lo: usize) -> Option<(usize, usize)> {
        // a noun cue: no verb group inside ("their time to criticize", "his
        // judgment has been called into question")
        let verbal = (c..e).any(|k| {
            self.is_word(k)
                && (NOT_NOUN_CUE.contains(&self.lw(k)) || BE_FORMS.contains(&self.lw(k)))
        });
        let mut p = c.checked_sub(1).filter(|&p| p >= lo && self.is_word(p))?;
        if verbal {
            return None;
        }
        if !self.possessor_word(p) && p > lo && adjective_like(self.tx(p)) {
            p -= 1;
        }
        if !self.is_word(p) || !self.possessor_word(p) {
            return None;
        }
        // a possessive pronoun holds the stance only where it can name someone: "his",
        // "her" resolve as "he" and "she" do; "its", "their", "your" would stay the
        // speaker's only name
        if POSSESSIVES.contains(&self.lw(p)) {
            return matches!(self.lw(p), "his" | "her").then_some((p, p + 1));
        }
        // "Tuesday's debate", "last year's promise": a time owns nothing said
        let stem = self.lw(p).trim_end_matches(['s', '\'', '’']);
        // ("he's", "that's": a contraction, no possessive)
        if self.lex.pron.contains(stem) || self.lex.stop.contains(stem) {
            return None;
        }
        if stem.ends_with("day") || matches!(stem, "year" | "week" | "month" | "today") {
            return None;
        }
        // a name ("President Lane's"), or a short description opened by an
        // article ("the mayor's"), never reaching over a lower-case verb
        let mut s = p;
        if is_upper_start(self.tx(p)) {
            while s > lo && self.is_word(s - 1) && is_upper_start(self.tx(s - 1)) {
                s -= 1;
            }
            if self.lex.cap_function.contains(self.lw(s)) && s < p {
                s += 1;
            }
        } else {
            s = (p.saturating_sub(3).max(lo)..p)
                .rev()
                .find(|&k| self.is_det(k))
                .filter(|&d| (d + 1..p).all(|k| self.is_word(k) && !self.is_cue(k)))?;
        }
        Some((s, p + 1))
    }

    fn possessor_word(&self, p: usize) -> bool {
        POSSESSIVES.contains(&self.lw(p)) || self.possessive((p, p + 1))
    }

    /// A reported clause's boundaries are the rules' weakest guess (where does
    /// "…, which …" or "… in early-morning tweets" end?); where the model tagged
    /// one confident content over it, its boundaries win, unless they swallow
    /// the candidate's own cue or speaker (then the model saw another, outer
    /// attribution) or reach into another candidate.
    fn refit(&self, contents: &[((usize, usize), f32)], min_score: f32, out: &mut [Cand]) {
        for i in 0..out.len() {
            let c = &out[i];
            let Who::Own(attr) = &c.who else { continue };
            if c.kind != QuoteKind::Indirect || !c.fragments.is_empty() {
                continue;
            }
            let mut over = contents
                .iter()
                .filter(|&&(r, score)| score >= min_score && overlap(r, c.content));
            let (Some(&(mut tag, _)), None) = (over.next(), over.next()) else {
                continue;
            };
            // the rules leave the complementizer out ("said that …"); so do
            // the boundaries taken from the model
            if tag.1 > tag.0 + 1 && self.is_word(tag.0) && self.lw(tag.0) == "that" {
                tag.0 += 1;
            }
            // nor end where the model stopped inside the clause ("sailed to"),
            // nor run on into another attribution ("… but the union argued …")
            tag = self.cut_at_contrast(self.complete(tag));
            let bytes = self.bytes_of(tag);
            if tag == c.content
                || overlap(tag, attr.cue)
                || attr.speaker.is_some_and(|s| overlap(tag, s))
                || out
                    .iter()
                    .enumerate()
                    .any(|(j, o)| j != i && overlap(bytes, self.byte_range(o)))
            {
                continue;
            }
            out[i].content = tag;
        }
    }
}

/// A lower-case word with an adjective's ending ("repeated", "effusive",
/// "personal", "public"): a modifier between a possessor and its
/// noun.
fn adjective_like(w: &str) -> bool {
    w.starts_with(|c: char| c.is_lowercase())
        && w.len() > 4
        && ["ed", "ive", "al", "ic", "ous", "ful", "ent", "ant", "ar"]
            .iter()
            .any(|s| w.ends_with(s))
}

/// Words that make a model cue a verb group, not a noun ("time to
/// criticize", "campaign by talking about").
const NOT_NOUN_CUE: &[&str] = &[
    "to", "by", "has", "have", "had", "will", "would", "can", "could",
];
