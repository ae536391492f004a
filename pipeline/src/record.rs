//! Output records: what one JSON line holds.
//!
//! This is the only place where byte spans become Unicode code-point offsets, and
//! every span is written with its `text`, so `text[start:end] == span.text` holds
//! in Python for every span of every stage. The field meanings are documented in
//! the README and in `pipeline/schema/record.schema.json`.

use nx_text::{CharOffsets, Span};
use serde::Serialize;

use crate::document::{Document, Meta};

/// Version of the pipeline, written into every line.
pub const PIPELINE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A span as written: code-point offsets and the covered text.
#[derive(Debug, Serialize)]
pub struct SpanRecord<'a> {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset one past the last character.
    pub end: usize,
    /// The covered text.
    pub text: &'a str,
}

/// An entity as written.
#[derive(Debug, Serialize)]
pub struct EntityRecord<'a> {
    #[serde(flatten)]
    span: SpanRecord<'a>,
    label: &'static str,
    score: f64,
}

/// A speaker as written.
#[derive(Debug, Serialize)]
pub struct SpeakerRecord<'a> {
    #[serde(flatten)]
    span: SpanRecord<'a>,
    name: &'a str,
}

/// A quotation as written.
#[derive(Debug, Serialize)]
pub struct QuoteRecord<'a> {
    #[serde(flatten)]
    span: SpanRecord<'a>,
    kind: nx_quotes::QuoteKind,
    fragments: Vec<SpanRecord<'a>>,
    speaker: Option<SpeakerRecord<'a>>,
    cue: Option<SpanRecord<'a>>,
    /// The cue is negated ("has not confirmed"): the source did not say it.
    negated: bool,
    score: f64,
}

/// A number as written.
#[derive(Debug, Serialize)]
pub struct NumberRecord<'a> {
    #[serde(flatten)]
    span: SpanRecord<'a>,
    kind: nx_numbers::NumberKind,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    qualifier: Option<nx_numbers::Qualifier>,
    unit: Option<&'a str>,
    currency: Option<&'a str>,
    per: Option<&'a str>,
}

/// A dateline as written: the span and its place.
#[derive(Debug, Serialize)]
pub struct DatelineRecord<'a> {
    #[serde(flatten)]
    span: SpanRecord<'a>,
    place: &'a str,
}

/// A boilerplate stretch as written.
#[derive(Debug, Serialize)]
pub struct BoilerplateRecord<'a> {
    #[serde(flatten)]
    span: SpanRecord<'a>,
    kind: nx_anatomy::BoilerplateKind,
}

/// The line of a processed document.
#[derive(Debug, Serialize)]
pub struct DocumentRecord<'a> {
    id: &'a str,
    source: &'a str,
    #[serde(skip_serializing_if = "Meta::is_empty")]
    meta: &'a Meta,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    encoding: &'a str,
    language: Option<&'a str>,
    stages: &'a [&'static str],
    title: Option<SpanRecord<'a>>,
    headings: Vec<SpanRecord<'a>>,
    dateline: Option<DatelineRecord<'a>>,
    byline: Option<SpanRecord<'a>>,
    authors: Vec<SpanRecord<'a>>,
    boilerplate: Vec<BoilerplateRecord<'a>>,
    sentences: Vec<SpanRecord<'a>>,
    entities: Vec<EntityRecord<'a>>,
    quotes: Vec<QuoteRecord<'a>>,
    numbers: Vec<NumberRecord<'a>>,
    pipeline_version: &'static str,
    config_hash: &'a str,
}

/// The error part of a failed document's line.
#[derive(Debug, Serialize)]
pub struct ErrorDetail<'a> {
    kind: &'a str,
    message: &'a str,
}

/// The line of a document that could not be processed.
#[derive(Debug, Serialize)]
pub struct ErrorRecord<'a> {
    id: &'a str,
    source: &'a str,
    error: ErrorDetail<'a>,
    pipeline_version: &'static str,
    config_hash: &'a str,
}

/// Scores are model probabilities; four decimals keep lines short and stable.
fn round4(x: f32) -> f64 {
    (f64::from(x) * 10_000.0).round() / 10_000.0
}

/// Everything a line needs besides the document.
#[derive(Debug, Clone)]
pub struct LineContext {
    /// Stages that ran, in order.
    pub stages: Vec<&'static str>,
    /// Stages that ran on a document in another language than English: those not
    /// [`crate::stages::english_only`].
    pub stages_for_other_languages: Vec<&'static str>,
    /// Hash of the effective config.
    pub config_hash: String,
    /// Write the document text.
    pub include_text: bool,
}

/// Serialise one document as one JSON line (without the newline).
pub fn to_json_line(doc: &Document, ctx: &LineContext) -> String {
    if let Some(err) = &doc.error {
        let rec = ErrorRecord {
            id: &doc.id,
            source: &doc.source,
            error: ErrorDetail {
                kind: &err.kind,
                message: &err.message,
            },
            pipeline_version: PIPELINE_VERSION,
            config_hash: &ctx.config_hash,
        };
        return serde_json::to_string(&rec).expect("records serialise");
    }
    let text = doc.text.as_str();
    let anatomy = &doc.anatomy;
    let offsets = CharOffsets::new(text);
    let span = |s: Span| {
        let (start, end) = offsets.span(s);
        SpanRecord {
            start,
            end,
            text: s.slice(text),
        }
    };
    let rec = DocumentRecord {
        id: &doc.id,
        source: &doc.source,
        meta: &doc.meta,
        text: ctx.include_text.then_some(text),
        encoding: doc.encoding,
        language: doc.language,
        stages: if doc.skips_english_stages {
            &ctx.stages_for_other_languages
        } else {
            &ctx.stages
        },
        title: anatomy.title.map(span),
        headings: anatomy.headings.iter().map(|&s| span(s)).collect(),
        dateline: anatomy.dateline.map(|d| DatelineRecord {
            span: span(d.span),
            place: d.place.slice(text),
        }),
        byline: anatomy.byline.map(span),
        authors: anatomy.authors.iter().map(|&s| span(s)).collect(),
        boilerplate: anatomy
            .boilerplate
            .iter()
            .map(|b| BoilerplateRecord {
                span: span(b.span),
                kind: b.kind,
            })
            .collect(),
        sentences: doc.sentences.iter().map(|&s| span(s)).collect(),
        entities: doc
            .entities
            .iter()
            .map(|e| EntityRecord {
                span: span(e.span),
                label: e.label.as_str(),
                score: round4(e.score),
            })
            .collect(),
        quotes: doc
            .quotes
            .iter()
            .map(|q| QuoteRecord {
                span: span(q.content),
                kind: q.kind,
                fragments: q.fragments.iter().map(|&f| span(f)).collect(),
                speaker: q.speaker.as_ref().map(|s| SpeakerRecord {
                    span: span(s.span),
                    name: &s.name,
                }),
                cue: q.cue.map(span),
                negated: q.negated,
                score: round4(q.score),
            })
            .collect(),
        numbers: doc
            .numbers
            .iter()
            .map(|n| NumberRecord {
                span: span(n.span),
                kind: n.kind,
                value: n.value,
                low: n.low,
                high: n.high,
                qualifier: n.qualifier,
                unit: n.unit.as_deref(),
                currency: n.currency.as_deref(),
                per: n.per.as_deref(),
            })
            .collect(),
        pipeline_version: PIPELINE_VERSION,
        config_hash: &ctx.config_hash,
    };
    serde_json::to_string(&rec).expect("records serialise")
}
