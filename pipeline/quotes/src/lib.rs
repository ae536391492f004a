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
//! The stages live in their own modules, in the order they run: `doc` (tokens
//! and sentences), `direct` (quoted segments and their attributions),
//! `indirect` (reported speech and partial quotes), `stance` (beliefs,
//! findings and stances), `clause` (where a reported clause starts and ends),
//! `cues` (what can be a cue or a source),
//! `colon` (speaker labels and paragraphs set off by a colon),
//! `names` (person mentions of the article), `near` (speakers described by
//! what they are close to or familiar with), `output` (choosing among
//! candidates, building quotes) and `speaker` (mention to name); `phrases`
//! holds the noun-phrase walks they share, `lexicon` the word lists and
//! `marks` quote-mark pairing.
//!
//! Figures: [`eval::polnear`] (PolNeAR-style data) and [`eval::textacy`]; run
//! `cargo run -p nx-quotes --release --example eval-quotes -- polnear_dev.jsonl`.

use std::collections::HashMap;

use nx_text::{AttributionTag, Entity, EntityLabel, Span};
use serde::Serialize;

pub mod eval;
#[rustfmt::skip] // word lists read better packed
mod lexicon;
mod according;
mod claims;
mod clause;
mod colon;
mod cues;
mod direct;
mod doc;
mod hints;
mod indirect;
mod marks;
mod names;
mod near;
mod output;
mod phrases;
mod senses;
mod speaker;
mod stance;
mod survey;

use direct::*;
use doc::*;
use lexicon::{lexicon, Lexicon, DOCUMENT_NOUNS, FINDING_VERBS, NOUN_TOO, TAIL_WORDS};
use marks::Seg;
use names::*;

/// How the quotation is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// In quote marks, or set off as its own paragraph after a reporting verb
    /// and a colon (`Limbaugh added:` and then the words).
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
    /// The cue is negated ("has not confirmed", "never said", "didn't
    /// believe", "no longer thinks"): the source did *not* say or hold this.
    /// Only negation of the cue's own verb group counts; a denial verb
    /// ("denied that …") is a cue like any other and is not negated, nor is a
    /// negative subject ("no one said").
    pub negated: bool,
}

/// Options from the `[quotes]` config table.
#[derive(Debug, Clone, Default)]
pub struct QuoteOptions {
    /// Also report indirect (reported) speech.
    pub indirect: bool,
    /// Use the attribution parts the entities model tagged (see
    /// [`QuoteExtractor::extract_with_tags`]); off, they are ignored.
    pub model_tags: bool,
    /// Model-tagged contents below this mean confidence are ignored (for new
    /// quotes and for the boundaries of the rules' reported clauses).
    pub tag_min_score: f32,
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
        self.extract_with_tags(text, sentences, entities, &[])
    }

    /// [`QuoteExtractor::extract`], also given the attribution parts the
    /// entities model tagged (used when [`QuoteOptions::model_tags`] is on): a
    /// tagged content where no rule found anything becomes an indirect quote
    /// when a cue and a speaker go with it, and a confident one over a rule's
    /// reported clause sets where that clause begins and ends.
    pub fn extract_with_tags(
        &self,
        text: &str,
        sentences: &[Span],
        entities: &[Entity],
        tags: &[AttributionTag],
    ) -> Vec<Quote> {
        let doc = Doc::new(text, sentences);
        let mut cands = Vec::new();
        doc.direct(&mut cands);
        doc.reported(&mut cands);
        doc.colon_attributions(&mut cands);
        if self.options.model_tags && !tags.is_empty() {
            doc.model_attributions(tags, self.options.tag_min_score, &mut cands);
        }
        doc.inherit_late(&mut cands);
        let names = Names::new(&doc, entities);
        doc.finish(cands, &names, self.options.indirect)
    }
}

#[cfg(test)]
mod tests;
