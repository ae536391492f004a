//! The data the page renders: compacted records, problems, and the corpus view's
//! top rows, as one JSON value.

use std::collections::{BTreeMap, HashMap};

use serde_json::{json, Map, Value};

use crate::{CorpusTables, Line, ReportInput, ReportOptions};

/// Members listed per cluster or claim: the page says how many more there are.
const MEMBERS_SHOWN: usize = 20;

/// Record fields the page never shows: dropping them keeps a large run's report small.
const DROPPED_FIELDS: [&str; 5] = [
    "sentences",
    "stages",
    "encoding",
    "pipeline_version",
    "config_hash",
];

/// Span lists whose spans' `text` the page recomputes from the record's text.
const SPAN_FIELDS: [&str; 9] = [
    "entities",
    "quotes",
    "numbers",
    "title",
    "headings",
    "dateline",
    "byline",
    "authors",
    "boilerplate",
];

pub(crate) fn build(input: &ReportInput, options: &ReportOptions) -> Value {
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    for line in &input.lines {
        match line {
            Line::Record(v) => docs.push(compact(v)),
            Line::Malformed {
                source,
                line,
                message,
            } => problems.push(json!({
                "source": source, "line": line, "message": message, "after": docs.len(),
            })),
        }
    }
    let empty = CorpusTables::default();
    let (tables, origin) = match &input.corpus {
        Some(t) => (t, "corpus"),
        None => (&empty, "none"),
    };
    json!({
        "title": options.title,
        "sources": options.sources,
        "docs": docs,
        "problems": problems,
        "corpus": corpus_view(tables, origin, options.top),
    })
}

/// A record without the fields the page does not use; span `text`s are dropped
/// when the record has its text (the page slices it by code points instead).
fn compact(record: &Value) -> Value {
    let Value::Object(fields) = record else {
        return record.clone();
    };
    let has_text = fields.get("text").is_some_and(Value::is_string);
    let mut out = Map::new();
    for (key, value) in fields {
        if DROPPED_FIELDS.contains(&key.as_str()) {
            continue;
        }
        let value = if has_text && SPAN_FIELDS.contains(&key.as_str()) {
            strip_span_text(value)
        } else {
            value.clone()
        };
        out.insert(key.clone(), value);
    }
    Value::Object(out)
}

/// Drops `text` from a span (an object with `start`), its lists and its nested
/// spans (a quote's speaker, cue and fragments).
fn strip_span_text(value: &Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.iter().map(strip_span_text).collect()),
        Value::Object(fields) if fields.contains_key("start") => Value::Object(
            fields
                .iter()
                .filter(|(k, _)| k.as_str() != "text")
                .map(|(k, v)| (k.clone(), strip_span_text(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn count(v: &Value, key: &str) -> u64 {
    match &v[key] {
        Value::Number(n) => n.as_u64().unwrap_or(0),
        Value::Array(a) => a.len() as u64,
        _ => 0,
    }
}

/// Sorts rows by `key` (a count or a list's length) descending; ties keep table order.
fn top_by(rows: &[Value], key: &str, n: usize) -> Vec<Value> {
    let mut sorted: Vec<&Value> = rows.iter().collect();
    sorted.sort_by_key(|r| std::cmp::Reverse(count(r, key)));
    sorted.into_iter().take(n).map(cap_members).collect()
}

/// A row with at most [`MEMBERS_SHOWN`] members and `members_total` when cut.
fn cap_members(row: &Value) -> Value {
    let mut row = row.clone();
    if let Some(members) = row.get_mut("members").and_then(Value::as_array_mut) {
        let total = members.len();
        if total > MEMBERS_SHOWN {
            members.truncate(MEMBERS_SHOWN);
            row["members_total"] = json!(total);
        }
    }
    row
}

fn corpus_view(tables: &CorpusTables, origin: &str, top: usize) -> Value {
    let mut by_label: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let mut label_mentions: BTreeMap<String, u64> = BTreeMap::new();
    for e in &tables.entities {
        let label = e["label"].as_str().unwrap_or("?").to_string();
        *label_mentions.entry(label.clone()).or_default() += count(e, "mentions");
        by_label.entry(label).or_default().push(e.clone());
    }
    let entities: BTreeMap<String, Vec<Value>> = by_label
        .into_iter()
        .map(|(label, rows)| (label, top_by(&rows, "mentions", top)))
        .collect();
    let shared: Vec<Value> = tables
        .quotes
        .iter()
        .filter(|q| count(q, "documents") >= 2)
        .cloned()
        .collect();
    json!({
        "origin": origin,
        "totals": {
            "entities": tables.entities.len(), "speakers": tables.speakers.len(),
            "clusters": tables.quotes.len(), "shared_clusters": shared.len(), "claims": tables.claims.len(),
        },
        "speakers": top_by(&tables.speakers, "quotes", top),
        "entities": entities,
        "label_mentions": label_mentions,
        "clusters": top_by(&shared, "documents", top),
        "claim_groups": claim_groups(&tables.claims, top),
        "documents": tables.documents,
    })
}

/// Claims joined through their `conflicts` into groups of disagreeing values,
/// largest groups (by members) first, each group's claims by value.
fn claim_groups(claims: &[Value], top: usize) -> Vec<Value> {
    let index: HashMap<&str, usize> = claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((c["id"].as_str()?, i)))
        .collect();
    let mut parent: Vec<usize> = (0..claims.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for (i, c) in claims.iter().enumerate() {
        for other in c["conflicts"].as_array().into_iter().flatten() {
            if let Some(&j) = other.as_str().and_then(|id| index.get(id)) {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..claims.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut groups: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() >= 2).collect();
    let weight = |g: &Vec<usize>| g.iter().map(|&i| count(&claims[i], "members")).sum::<u64>();
    groups.sort_by_key(|g| std::cmp::Reverse(weight(g)));
    groups
        .into_iter()
        .take(top)
        .map(|mut g| {
            let reading = |c: &Value| {
                ["value", "low", "high"]
                    .iter()
                    .find_map(|k| c[*k].as_f64())
                    .unwrap_or(f64::NAN)
            };
            g.sort_by(|&a, &b| reading(&claims[a]).total_cmp(&reading(&claims[b])));
            json!({
                "unit": claims[g[0]]["unit"],
                "claims": g.iter().map(|&i| cap_members(&claims[i])).collect::<Vec<_>>(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_texts_and_unused_fields_are_dropped_but_offsets_kept() {
        let record = json!({
            "id": "a", "text": "Kirby said yes.", "sentences": [{"start": 0, "end": 15, "text": "x"}],
            "entities": [{"start": 0, "end": 5, "text": "Kirby", "label": "PER", "score": 0.9}],
            "quotes": [{"start": 11, "end": 14, "text": "yes", "kind": "indirect", "fragments": [],
                        "speaker": {"start": 0, "end": 5, "text": "Kirby", "name": "John Kirby"},
                        "cue": {"start": 6, "end": 10, "text": "said"}, "negated": false, "score": 0.5}],
            "dateline": null, "pipeline_version": "0.1.0",
        });
        let c = compact(&record);
        assert!(c.get("sentences").is_none() && c.get("pipeline_version").is_none());
        assert_eq!(
            c["entities"][0],
            json!({"start": 0, "end": 5, "label": "PER", "score": 0.9})
        );
        assert_eq!(
            c["quotes"][0]["speaker"],
            json!({"start": 0, "end": 5, "name": "John Kirby"})
        );
        assert!(c["quotes"][0]["cue"].get("text").is_none());
        assert_eq!(c["text"], "Kirby said yes.");
        assert!(c["dateline"].is_null());
    }

    #[test]
    fn without_text_the_spans_keep_theirs() {
        let record = json!({"id": "a", "entities": [{"start": 0, "end": 5, "text": "Kirby", "label": "PER"}]});
        assert_eq!(compact(&record)["entities"][0]["text"], "Kirby");
    }

    #[test]
    fn conflicting_claims_form_one_group_ordered_by_value() {
        let claim = |id: &str, value: f64, conflicts: &[&str], members: usize| {
            json!({"id": id, "unit": "soldiers", "value": value, "low": null, "high": null,
                   "members": vec![json!({}); members], "conflicts": conflicts})
        };
        let claims = vec![
            claim("a", 10000.0, &["b"], 1),
            claim("b", 3000.0, &["a", "c"], 3),
            claim("c", 12000.0, &["b"], 1),
            claim("d", 5.0, &[], 9),
        ];
        let groups = claim_groups(&claims, 10);
        assert_eq!(groups.len(), 1);
        let values: Vec<f64> = groups[0]["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["value"].as_f64().unwrap())
            .collect();
        assert_eq!(values, [3000.0, 10000.0, 12000.0]);
    }

    #[test]
    fn only_clusters_carried_by_two_articles_are_shown_and_members_are_capped() {
        let tables = CorpusTables {
            quotes: vec![
                json!({"id": "q0", "documents": ["a"], "members": []}),
                json!({"id": "q1", "documents": ["a", "b"], "members": vec![json!({}); 25]}),
            ],
            ..Default::default()
        };
        let view = corpus_view(&tables, "corpus", 10);
        assert_eq!(view["clusters"].as_array().unwrap().len(), 1);
        assert_eq!(
            view["clusters"][0]["members"].as_array().unwrap().len(),
            MEMBERS_SHOWN
        );
        assert_eq!(view["clusters"][0]["members_total"], 25);
    }
}
