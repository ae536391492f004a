//! The entities stage with the real committed model, on sentences written for
//! these tests.

use std::path::Path;
use std::sync::OnceLock;

use news_extract::{Config, Document, Pipeline};

/// A pipeline with the committed model and these overrides, on `threads` workers.
fn pipeline_with(overrides: &[String], threads: usize) -> Pipeline {
    let mut config = Config::from_toml("test", "", overrides).unwrap();
    config.entities.model = Path::new(env!("CARGO_MANIFEST_DIR")).join(&config.entities.model);
    Pipeline::new(config, threads).expect("the committed model loads")
}

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| pipeline_with(&["pipeline.stages=[\"entities\"]".into()], 2))
}

/// (text, label) of each entity, via the written line so offsets are checked too.
fn entities(text: &str) -> Vec<(String, String)> {
    let p = pipeline();
    let mut docs = vec![Document::new("t", "t.txt", text, "utf-8")];
    p.annotate(&mut docs);
    let line: serde_json::Value = serde_json::from_str(&p.line(&docs[0])).unwrap();
    let chars: Vec<char> = text.chars().collect();
    line["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let (a, b) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            let sliced: String = chars[a..b].iter().collect();
            assert_eq!(sliced, e["text"].as_str().unwrap());
            let score = e["score"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&score));
            (sliced, e["label"].as_str().unwrap().to_string())
        })
        .collect()
}

fn has(found: &[(String, String)], text: &str, label: &str) -> bool {
    found.iter().any(|(t, l)| t == text && l == label)
}

#[test]
fn finds_people_places_and_organisations() {
    let found = entities("Angela Merkel met Emmanuel Macron in Paris on Tuesday, a spokesman for the European Commission said.");
    assert!(has(&found, "Angela Merkel", "PER"), "{found:?}");
    assert!(has(&found, "Emmanuel Macron", "PER"), "{found:?}");
    assert!(has(&found, "Paris", "LOC"), "{found:?}");
    assert!(has(&found, "European Commission", "ORG"), "{found:?}");
    assert!(!found.iter().any(|(t, _)| t == "Tuesday"), "{found:?}");
}

#[test]
fn casing_matters_to_the_uncased_encoder() {
    // The same words, lower-cased, are not names.
    let found = entities("the apple fell from the tree near the river bank.");
    assert!(found.is_empty(), "{found:?}");
    let found = entities("Apple said the new plant in Austin, Texas, would open in June.");
    assert!(has(&found, "Apple", "ORG"), "{found:?}");
    assert!(has(&found, "Austin", "LOC"), "{found:?}");
}

#[test]
fn offsets_are_code_points_in_non_ascii_text() {
    let text = "« Bonjour » — José Ramírez flew from São Paulo to Zürich with Nestlé executives.";
    let found = entities(text);
    assert!(has(&found, "José Ramírez", "PER"), "{found:?}");
    assert!(has(&found, "São Paulo", "LOC"), "{found:?}");
    assert!(has(&found, "Zürich", "LOC"), "{found:?}");
}

#[test]
fn whole_words_never_fragments() {
    let found = entities(
        "Volodymyr Zelenskyy thanked Tsakhiagiin Elbegdorj and the Kyrgyzstani delegation.",
    );
    for (t, _) in &found {
        let starts_word = text_boundary(
            "Volodymyr Zelenskyy thanked Tsakhiagiin Elbegdorj and the Kyrgyzstani delegation.",
            t,
        );
        assert!(starts_word, "{t:?} is a word fragment");
    }
    assert!(
        found
            .iter()
            .any(|(t, l)| t.contains("Zelenskyy") && l == "PER"),
        "{found:?}"
    );
}

fn text_boundary(text: &str, piece: &str) -> bool {
    text.match_indices(piece).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

#[test]
fn long_articles_are_windowed_not_truncated() {
    let filler = "The committee met again and discussed the budget for the coming year in detail. "
        .repeat(120);
    let text = format!(
        "Barack Obama opened the session. {filler}Finally, Nicola Sturgeon spoke in Edinburgh."
    );
    let found = entities(&text);
    assert!(has(&found, "Barack Obama", "PER"), "{found:?}");
    assert!(
        has(&found, "Nicola Sturgeon", "PER"),
        "entity past the first window: {found:?}"
    );
    assert!(has(&found, "Edinburgh", "LOC"), "{found:?}");
}

#[test]
fn batching_with_other_documents_does_not_change_labels() {
    let p = pipeline();
    let target = "Officials in Seoul said Kim Jong Un had met Vladimir Putin in Vladivostok.";
    let alone = entities(target);
    let mut docs: Vec<Document> = [
        "A short one about Berlin.",
        target,
        &"Filler words without names keep going for a while here. ".repeat(30),
    ]
    .iter()
    .enumerate()
    .map(|(i, t)| Document::new(format!("d{i}"), "x", *t, "utf-8"))
    .collect();
    p.annotate(&mut docs);
    let batched: Vec<(String, String)> = docs[1]
        .entities
        .iter()
        .map(|e| {
            (
                e.span.slice(target).to_string(),
                e.label.as_str().to_string(),
            )
        })
        .collect();
    assert_eq!(alone, batched);
    assert!(has(&alone, "Vladimir Putin", "PER"), "{alone:?}");
}

#[test]
fn entities_never_cross_line_breaks() {
    // An address block: one place per line, which the model alone would merge
    // (the tokenizer sees line breaks as plain spaces).
    let text = "Head office: 221 Baker St.\nMarylebone Centre\nLondon NW1\nShares of Tesco fell on Monday.";
    let found = entities(text);
    assert!(found.iter().all(|(t, _)| !t.contains('\n')), "{found:?}");
    assert!(
        found.iter().any(|(t, l)| t == "London" && l == "LOC"),
        "{found:?}"
    );
}

/// The seed articles' entity spans and labels with the entities stage at `precision`.
fn seed_entities(precision: &str) -> Vec<(String, usize, usize, String)> {
    let p = pipeline_with(
        &[
            "pipeline.stages=[\"anatomy\",\"entities\"]".into(),
            format!("entities.precision=\"{precision}\""),
        ],
        1,
    );
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut names: Vec<_> = std::fs::read_dir(&seeds).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    let mut docs: Vec<Document> = names
        .iter()
        .map(|f| Document::new(f.display().to_string(), "s", std::fs::read_to_string(f).unwrap(), "utf-8"))
        .collect();
    p.annotate(&mut docs);
    docs.iter()
        .flat_map(|d| {
            d.entities.iter().map(move |e| {
                (d.id.clone(), e.span.start(), e.span.end(), e.label.as_str().to_string())
            })
        })
        .collect()
}

/// Each precision this machine runs fast enough for a test gives the seed
/// articles' text (boilerplate left out, as in a run) the entity spans of fp32,
/// and all but a few of its labels (scores may differ). A word whose label
/// hangs on a near tie may flip between precisions, and sums run in another
/// order on another CPU, so up to 2% of the entities may differ, never more.
/// bf16 is checked only where the CPU multiplies it natively (elsewhere it is
/// emulated and slow), int8 only where fbgemm runs.
#[test]
fn every_supported_precision_agrees_with_fp32_on_the_seed_articles() {
    let reference = seed_entities("fp32");
    assert!(reference.len() > 100, "{} entities", reference.len());
    let cpu = nx_ner::CpuFeatures::detect();
    let mut others = vec!["auto"];
    if nx_ner::int8_runs() {
        others.push("int8");
    }
    if cpu.native_bf16() {
        others.push("bf16");
    }
    let spans = |v: &[(String, usize, usize, String)]| -> Vec<(String, usize, usize)> {
        v.iter().map(|(d, s, e, _)| (d.clone(), *s, *e)).collect()
    };
    for precision in others {
        let got = seed_entities(precision);
        let (want, have) = (spans(&reference), spans(&got));
        let missing: Vec<_> = want.iter().filter(|e| !have.contains(e)).collect();
        let extra: Vec<_> = have.iter().filter(|e| !want.contains(e)).collect();
        let relabelled: Vec<_> = got.iter().filter(|e| !reference.contains(e) && want.contains(&(e.0.clone(), e.1, e.2))).collect();
        let differing = missing.len() + extra.len() + relabelled.len();
        eprintln!("{precision}: {differing} of {} entities differ from fp32", reference.len());
        assert!(
            differing * 50 <= reference.len(),
            "{precision}: spans missing {missing:?}, extra {extra:?}, relabelled {relabelled:?}"
        );
    }
}
