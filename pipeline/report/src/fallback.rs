//! Small corpus tables derived from the records alone, for a report made without
//! `--corpus`: speakers by their resolved name, entities by exact text and label,
//! quotations grouped by identical wording, numbers grouped by unit and value.
//!
//! This is a stand-in, not corpus analysis: no alias merging, no fuzzy matching, no
//! duplicate detection. The tables have the shape of `news-extract corpus`'s so the
//! page renders either the same way; real tables replace these when given.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::{CorpusTables, Line};

/// Rows of one table under construction, keyed for exact grouping.
struct Group {
    first_seen: usize,
    count: usize,
    aliases: BTreeMap<String, usize>,
    documents: Vec<String>,
    members: Vec<Value>,
}

impl Group {
    fn new(first_seen: usize) -> Self {
        Self {
            first_seen,
            count: 0,
            aliases: BTreeMap::new(),
            documents: Vec::new(),
            members: Vec::new(),
        }
    }

    fn add(&mut self, doc: &str, alias: &str) {
        self.count += 1;
        *self.aliases.entry(alias.to_string()).or_default() += 1;
        if self.documents.last().map(String::as_str) != Some(doc) {
            self.documents.push(doc.to_string());
        }
    }

    /// `[{text, count}]`, most frequent first.
    fn aliases_json(&self) -> Value {
        let mut a: Vec<_> = self.aliases.iter().collect();
        a.sort_by(|x, y| y.1.cmp(x.1).then(x.0.cmp(y.0)));
        Value::Array(
            a.into_iter()
                .map(|(text, count)| json!({"text": text, "count": count}))
                .collect(),
        )
    }
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

fn spans<'a>(record: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    record
        .get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
}

fn offsets(span: &Value) -> Option<(u64, u64)> {
    Some((span.get("start")?.as_u64()?, span.get("end")?.as_u64()?))
}

/// Lower-case words of letters and digits: quotations that differ only in
/// punctuation, case or spacing group together.
fn wording_key(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Derives speakers, entities, quotation groups and numeric claims from the
/// document records of `lines` (error records and malformed lines are skipped).
pub fn tables_from_records(lines: &[Line]) -> CorpusTables {
    let mut speakers: BTreeMap<String, Group> = BTreeMap::new();
    let mut entities: BTreeMap<(String, String), Group> = BTreeMap::new();
    let mut quotes: BTreeMap<String, (Group, BTreeMap<String, usize>)> = BTreeMap::new();
    let mut claims: BTreeMap<(String, String, String), (Group, Value)> = BTreeMap::new();
    let mut order = 0;
    for line in lines {
        let Line::Record(record) = line else { continue };
        if record.get("error").is_some() {
            continue;
        }
        let Some(doc) = str_of(record, "id") else {
            continue;
        };
        for e in spans(record, "entities") {
            let (Some(text), Some(label)) = (str_of(e, "text"), str_of(e, "label")) else {
                continue;
            };
            order += 1;
            entities
                .entry((label.to_string(), text.to_string()))
                .or_insert_with(|| Group::new(order))
                .add(doc, text);
        }
        let quote_list: Vec<&Value> = spans(record, "quotes").collect();
        for q in &quote_list {
            let speaker = q.get("speaker").filter(|s| !s.is_null());
            let name = speaker.and_then(|s| str_of(s, "name"));
            order += 1;
            if let (Some(s), Some(name)) = (speaker, name) {
                speakers
                    .entry(name.to_string())
                    .or_insert_with(|| Group::new(order))
                    .add(doc, str_of(s, "text").unwrap_or(name));
            }
            let Some(text) = str_of(q, "text") else {
                continue;
            };
            let key = wording_key(text);
            if key.is_empty() {
                continue;
            }
            let (group, by_speaker) = quotes
                .entry(key)
                .or_insert_with(|| (Group::new(order), BTreeMap::new()));
            group.add(doc, text);
            *by_speaker
                .entry(name.unwrap_or("").to_string())
                .or_default() += 1;
            group.members.push(json!({
                "doc": doc, "start": q.get("start"), "end": q.get("end"), "text": text,
                "kind": q.get("kind"), "speaker": name,
            }));
        }
        for n in spans(record, "numbers") {
            let kind = str_of(n, "kind").unwrap_or("");
            let Some(unit) = str_of(n, "unit").filter(|_| kind != "ordinal" && kind != "year")
            else {
                continue;
            };
            // One claim per value; a number with only bounds is its own claim.
            let reading = match n.get("value").filter(|v| !v.is_null()) {
                Some(v) => v.to_string(),
                None => format!("{}..{}", n["low"], n["high"]),
            };
            let currency = str_of(n, "currency").unwrap_or("").to_string();
            let speaker = offsets(n).and_then(|(s, e)| {
                quote_list
                    .iter()
                    .find(|q| offsets(q).is_some_and(|(qs, qe)| qs <= s && e <= qe))
                    .and_then(|q| q.get("speaker").and_then(|sp| str_of(sp, "name")))
            });
            order += 1;
            let (group, _) = claims
                .entry((unit.to_lowercase(), currency, reading))
                .or_insert_with(|| (Group::new(order), n.clone()));
            group.add(doc, str_of(n, "text").unwrap_or(""));
            group.members.push(json!({
                "doc": doc, "start": n.get("start"), "end": n.get("end"), "text": n.get("text"),
                "qualifier": n.get("qualifier"), "speaker": speaker,
            }));
        }
    }
    CorpusTables {
        entities: entity_rows(entities),
        speakers: speaker_rows(speakers),
        quotes: quote_rows(quotes),
        claims: claim_rows(claims),
        documents: Vec::new(),
    }
}

fn entity_rows(groups: BTreeMap<(String, String), Group>) -> Vec<Value> {
    let mut rows: Vec<_> = groups.into_iter().collect();
    rows.sort_by_key(|(_, g)| g.first_seen);
    rows.into_iter()
        .enumerate()
        .map(|(i, ((label, name), g))| {
            json!({"id": format!("e{i}"), "name": name, "label": label, "aliases": g.aliases_json(),
                   "mentions": g.count, "documents": g.documents})
        })
        .collect()
}

fn speaker_rows(groups: BTreeMap<String, Group>) -> Vec<Value> {
    let mut rows: Vec<_> = groups.into_iter().collect();
    rows.sort_by_key(|(_, g)| g.first_seen);
    rows.into_iter()
        .enumerate()
        .map(|(i, (name, g))| {
            json!({"id": format!("s{i}"), "name": name, "aliases": g.aliases_json(), "entity": null,
                   "quotes": g.count, "documents": g.documents, "titles": []})
        })
        .collect()
}

fn quote_rows(groups: BTreeMap<String, (Group, BTreeMap<String, usize>)>) -> Vec<Value> {
    let mut rows: Vec<_> = groups.into_values().collect();
    rows.sort_by_key(|(g, _)| g.first_seen);
    rows.into_iter()
        .enumerate()
        .map(|(i, (g, by_speaker))| {
            let mut named: Vec<_> = by_speaker
                .into_iter()
                .filter(|(n, _)| !n.is_empty())
                .collect();
            named.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let speaker = named.first().map(|(n, _)| n.clone());
            let others: Vec<Value> = named
                .iter()
                .skip(1)
                .map(|(name, count)| json!({"name": name, "count": count}))
                .collect();
            let first = &g.members[0];
            json!({"id": format!("q{i}"), "speaker": speaker, "other_speakers": others,
                   "text": first["text"], "kind": first["kind"], "members": g.members,
                   "documents": g.documents})
        })
        .collect()
}

fn claim_rows(groups: BTreeMap<(String, String, String), (Group, Value)>) -> Vec<Value> {
    let mut rows: Vec<_> = groups.into_iter().collect();
    rows.sort_by_key(|(_, (g, _))| g.first_seen);
    let ids: Vec<String> = (0..rows.len()).map(|i| format!("c{i}")).collect();
    // Claims about the same unit (and currency) with other values conflict.
    let mut by_unit: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for (i, ((unit, currency, _), _)) in rows.iter().enumerate() {
        by_unit
            .entry((unit.clone(), currency.clone()))
            .or_default()
            .push(i);
    }
    rows.iter()
        .enumerate()
        .map(|(i, ((unit, currency, _), (g, number)))| {
            let conflicts: Vec<&String> = by_unit[&(unit.clone(), currency.clone())]
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| &ids[j])
                .collect();
            let mut speakers: Vec<&str> = g
                .members
                .iter()
                .filter_map(|m| m["speaker"].as_str())
                .collect();
            speakers.sort_unstable();
            speakers.dedup();
            json!({"id": ids[i], "unit": unit, "value": number["value"], "low": number["low"],
                   "high": number["high"], "currency": number["currency"], "members": g.members,
                   "documents": g.documents, "speakers": speakers, "conflicts": conflicts})
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str, text: &str, quotes: Value, numbers: Value, entities: Value) -> Line {
        Line::Record(
            json!({"id": id, "text": text, "quotes": quotes, "numbers": numbers, "entities": entities}),
        )
    }

    fn quote(start: u64, end: u64, text: &str, speaker: &str) -> Value {
        json!({"start": start, "end": end, "text": text, "kind": "direct", "fragments": [],
               "speaker": {"start": 0, "end": 1, "text": speaker, "name": speaker}, "cue": null,
               "negated": false, "score": 0.9})
    }

    fn number(start: u64, end: u64, text: &str, value: f64, unit: &str) -> Value {
        json!({"start": start, "end": end, "text": text, "kind": "cardinal", "value": value,
               "low": null, "high": null, "qualifier": null, "unit": unit, "currency": null})
    }

    #[test]
    fn speakers_are_grouped_by_resolved_name_with_counts_and_documents() {
        let lines = vec![
            record(
                "a",
                "",
                json!([quote(0, 3, "Yes.", "Kirby"), quote(5, 8, "No.", "Kirby")]),
                json!([]),
                json!([]),
            ),
            record(
                "b",
                "",
                json!([quote(0, 3, "Maybe.", "Kirby"), quote(4, 6, "Hi.", "Austin")]),
                json!([]),
                json!([]),
            ),
            Line::Record(
                json!({"id": "c", "source": "c.txt", "error": {"kind": "empty", "message": "empty"}}),
            ),
        ];
        let t = tables_from_records(&lines);
        assert_eq!(t.speakers.len(), 2);
        assert_eq!(t.speakers[0]["name"], "Kirby");
        assert_eq!(t.speakers[0]["quotes"], 3);
        assert_eq!(t.speakers[0]["documents"], json!(["a", "b"]));
        assert_eq!(t.speakers[1]["name"], "Austin");
    }

    #[test]
    fn same_wording_in_two_articles_is_one_cluster_carried_by_both() {
        let lines = vec![
            record(
                "a",
                "",
                json!([quote(0, 20, "A highly concerning probability", "Kirby")]),
                json!([]),
                json!([]),
            ),
            record(
                "b",
                "",
                json!([quote(
                    9,
                    29,
                    "a highly concerning  probability!",
                    "John Kirby"
                )]),
                json!([]),
                json!([]),
            ),
        ];
        let t = tables_from_records(&lines);
        assert_eq!(t.quotes.len(), 1);
        assert_eq!(t.quotes[0]["documents"], json!(["a", "b"]));
        assert_eq!(t.quotes[0]["members"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn numbers_about_one_unit_with_other_values_conflict() {
        let lines = vec![
            record(
                "a",
                "",
                json!([]),
                json!([number(0, 5, "3,000", 3000.0, "soldiers")]),
                json!([]),
            ),
            record(
                "b",
                "",
                json!([]),
                json!([
                    number(0, 6, "10,000", 10000.0, "Soldiers"),
                    number(9, 14, "3,000", 3000.0, "soldiers")
                ]),
                json!([]),
            ),
        ];
        let t = tables_from_records(&lines);
        assert_eq!(t.claims.len(), 2);
        assert_eq!(t.claims[0]["documents"], json!(["a", "b"]));
        assert_eq!(t.claims[0]["conflicts"], json!(["c1"]));
        assert_eq!(t.claims[1]["conflicts"], json!(["c0"]));
    }

    #[test]
    fn entities_are_grouped_by_exact_text_and_label() {
        let e = |text: &str, label: &str| json!({"start": 0, "end": 1, "text": text, "label": label, "score": 0.9});
        let lines = vec![record(
            "a",
            "",
            json!([]),
            json!([]),
            json!([e("Kyiv", "LOC"), e("Kyiv", "ORG"), e("Kyiv", "LOC")]),
        )];
        let t = tables_from_records(&lines);
        assert_eq!(t.entities.len(), 2);
        assert_eq!(t.entities[0]["mentions"], 2);
        assert_eq!(t.entities[1]["label"], "ORG");
    }
}
