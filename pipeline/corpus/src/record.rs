//! The parts of a `run` line the corpus view reads. Everything else in the line (sentences,
//! anatomy, scores) is skipped by serde without being built.

use serde::Deserialize;
use std::borrow::Cow;

/// One line of a `run` output: a document record or an error record.
#[derive(Debug, Deserialize)]
pub(crate) struct RawRecord<'a> {
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(borrow, default)]
    pub text: Option<Cow<'a, str>>,
    #[serde(default)]
    pub boilerplate: Vec<RawSpan>,
    #[serde(borrow, default)]
    pub entities: Vec<RawEntity<'a>>,
    #[serde(borrow, default)]
    pub quotes: Vec<RawQuote<'a>>,
    #[serde(borrow, default)]
    pub numbers: Vec<RawNumber<'a>>,
    #[serde(default)]
    pub error: Option<serde::de::IgnoredAny>,
}

/// A span whose text is not needed.
#[derive(Debug, Clone, Copy, Deserialize)]
pub(crate) struct RawSpan {
    pub start: usize,
    pub end: usize,
}

/// A span's text (its offsets are not needed).
#[derive(Debug, Deserialize)]
pub(crate) struct RawTextSpan<'a> {
    #[serde(borrow)]
    pub text: Cow<'a, str>,
}

/// A named-entity mention.
#[derive(Debug, Deserialize)]
pub(crate) struct RawEntity<'a> {
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    #[serde(borrow)]
    pub label: Cow<'a, str>,
}

/// A quotation's speaker: the words in the article and the name they resolve to.
#[derive(Debug, Deserialize)]
pub(crate) struct RawSpeaker<'a> {
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    #[serde(borrow)]
    pub name: Cow<'a, str>,
}

/// A quotation.
#[derive(Debug, Deserialize)]
pub(crate) struct RawQuote<'a> {
    pub start: usize,
    pub end: usize,
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    #[serde(borrow)]
    pub kind: Cow<'a, str>,
    #[serde(borrow, default)]
    pub fragments: Vec<RawTextSpan<'a>>,
    #[serde(borrow, default)]
    pub speaker: Option<RawSpeaker<'a>>,
    #[serde(default)]
    pub negated: bool,
}

/// A normalised number.
#[derive(Debug, Deserialize)]
pub(crate) struct RawNumber<'a> {
    pub start: usize,
    pub end: usize,
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    #[serde(borrow)]
    pub kind: Cow<'a, str>,
    #[serde(default)]
    pub value: Option<f64>,
    #[serde(default)]
    pub low: Option<f64>,
    #[serde(default)]
    pub high: Option<f64>,
    #[serde(borrow, default)]
    pub qualifier: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub unit: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub currency: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub per: Option<Cow<'a, str>>,
}
