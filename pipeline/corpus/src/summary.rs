//! One line of a run, reduced to what the corpus view keeps: resolved mentions, speakers,
//! shingled quotations, claims and a fingerprint. Built in parallel, one per line.

use crate::claims::ClaimItem;
use crate::documents::{name_features, Fingerprint};
use crate::entities::{resolve_in_document, Mention};
use crate::quotes::{QuoteItem, QuoteKind};
use crate::record::RawRecord;
use crate::speakers::SpeakerMention;
use rustc_hash::FxHashMap;

/// What the corpus keeps of one line.
#[derive(Debug)]
pub(crate) struct DocSummary {
    pub id: String,
    /// An error record: counted, in no table.
    pub failed: bool,
    pub mentions: Vec<Mention>,
    /// Per quotation, its speaker in `speaker_list` (none for an unresolved pronoun or no
    /// speaker).
    pub speakers: Vec<Option<u32>>,
    /// The article's distinct speakers (a speaker is usually quoted several times).
    pub speaker_list: Vec<SpeakerMention>,
    pub quotes: Vec<QuoteItem>,
    pub claims: Vec<ClaimItem>,
    /// Per claim, the quotation it sits in.
    pub claim_quote: Vec<Option<usize>>,
    pub fingerprint: Fingerprint,
    /// Resolved entity keys with counts, as story features.
    pub names: Vec<(u64, u32)>,
}

impl DocSummary {
    /// Parses and reduces a line; `Ok(None)` for a blank line.
    pub fn parse(line: &str) -> Result<Option<DocSummary>, String> {
        if line.trim().is_empty() {
            return Ok(None);
        }
        let record: RawRecord =
            serde_json::from_str(line).map_err(|e| format!("not a news-extract record: {e}"))?;
        let id = record.id.to_string();
        if record.error.is_some() {
            return Ok(Some(DocSummary::failed(id)));
        }
        let text = record
            .text
            .as_deref()
            .ok_or_else(|| format!("record {id} has neither text nor error"))?;
        // Speakers repeat within an article: each name (and each way of writing the speaker)
        // is read once.
        let mut speaker_names: Vec<&str> = Vec::new();
        for q in &record.quotes {
            if let Some(name) = q.speaker.as_ref().map(|s| &*s.name) {
                if !speaker_names.contains(&name) {
                    speaker_names.push(name);
                }
            }
        }
        let entity_forms: Vec<(&str, &str)> = record
            .entities
            .iter()
            .map(|e| (&*e.text, &*e.label))
            .collect();
        let mentions = resolve_in_document(&entity_forms, &speaker_names);
        let mut name_counts: FxHashMap<&str, u32> = FxHashMap::default();
        for m in &mentions {
            *name_counts.entry(&m.key).or_default() += m.count;
        }
        let names = name_features(
            name_counts
                .into_iter()
                .filter(|(k, _)| !k.is_empty())
                .collect(),
        );

        let mut speakers = Vec::with_capacity(record.quotes.len());
        let mut speaker_list = Vec::new();
        let mut speaker_mentions: FxHashMap<(&str, &str), Option<u32>> = FxHashMap::default();
        let mut quotes = Vec::with_capacity(record.quotes.len());
        let mut quote_spans = Vec::with_capacity(record.quotes.len());
        for q in &record.quotes {
            let Some(kind) = QuoteKind::parse(&q.kind) else {
                continue;
            };
            let fragments: Vec<&str> = q.fragments.iter().map(|f| &*f.text).collect();
            let mut item = QuoteItem::new(0, q.start, q.end, &q.text, kind, &fragments);
            item.negated = q.negated;
            item.speaker_written = q.speaker.as_ref().map(|s| s.name.to_string());
            speakers.push(q.speaker.as_ref().and_then(|s| {
                *speaker_mentions
                    .entry((&s.text, &s.name))
                    .or_insert_with(|| {
                        let mention = SpeakerMention::new(&s.text, &s.name)?;
                        speaker_list.push(mention);
                        Some(speaker_list.len() as u32 - 1)
                    })
            }));
            quotes.push(item);
            quote_spans.push((q.start, q.end));
        }
        let mut claims = Vec::new();
        let mut claim_quote = Vec::new();
        for n in &record.numbers {
            let claim = ClaimItem::new(
                0,
                (n.start, n.end, &n.text),
                &n.kind,
                (n.value, n.low, n.high),
                n.qualifier.as_deref(),
                n.unit.as_deref(),
                n.currency.as_deref(),
            )
            .map(|c| c.per(n.per.as_deref()));
            if let Some(c) = claim {
                claim_quote.push(
                    quote_spans
                        .iter()
                        .position(|&(s, e)| s <= n.start && n.end <= e),
                );
                claims.push(c);
            }
        }
        let boilerplate: Vec<(usize, usize)> = record
            .boilerplate
            .iter()
            .map(|b| (b.start, b.end))
            .collect();
        Ok(Some(DocSummary {
            id,
            failed: false,
            mentions,
            speakers,
            speaker_list,
            quotes,
            claims,
            claim_quote,
            fingerprint: Fingerprint::new(text, &boilerplate),
            names,
        }))
    }

    fn failed(id: String) -> DocSummary {
        DocSummary {
            id,
            failed: true,
            mentions: Vec::new(),
            speakers: Vec::new(),
            speaker_list: Vec::new(),
            quotes: Vec::new(),
            claims: Vec::new(),
            claim_quote: Vec::new(),
            fingerprint: Fingerprint::new("", &[]),
            names: Vec::new(),
        }
    }
}
