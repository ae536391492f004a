//! The quotes stage with the committed model's attribution tags, on sentences
//! written for these tests: what the rules alone miss and the model adds.

use std::path::Path;

use news_extract::{Config, Document, Pipeline};

fn pipeline(model_tags: bool) -> Pipeline {
    let overrides = [
        "pipeline.stages=[\"sentences\", \"entities\", \"quotes\"]".to_string(),
        format!("quotes.model_tags={model_tags}"),
    ];
    let mut config = Config::from_toml("test", "", &overrides).unwrap();
    config.entities.model = Path::new(env!("CARGO_MANIFEST_DIR")).join(&config.entities.model);
    Pipeline::new(config, 1).expect("the committed model loads")
}

/// (kind, content, speaker text, cue text) of each quote, read back from the
/// written line so the offsets are checked too.
fn quotes(p: &Pipeline, text: &str) -> Vec<[String; 4]> {
    let mut docs = vec![Document::new("t", "t.txt", text, "utf-8")];
    p.annotate(&mut docs);
    let line: serde_json::Value = serde_json::from_str(&p.line(&docs[0])).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let slice = |v: &serde_json::Value| -> String {
        if v.is_null() {
            return String::new();
        }
        let (a, b) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        let s: String = chars[a..b].iter().collect();
        assert_eq!(s, v["text"].as_str().unwrap());
        s
    };
    line["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            [
                q["kind"].as_str().unwrap().to_string(),
                slice(q),
                slice(&q["speaker"]),
                slice(&q["cue"]),
            ]
        })
        .collect()
}

#[test]
fn the_model_finds_attributions_with_uncommon_cues() {
    let with = pipeline(true);
    let without = pipeline(false);
    let cases = [
        (
            "The Lindqvist campaign has pointed out that the new tax credits allowed the firm to hire three hundred workers.",
            "The Lindqvist campaign",
            "the new tax credits allowed the firm to hire three hundred workers",
        ),
        (
            "A memo on the ministry's website states that farmers would receive six weeks of emergency support.",
            "A memo on the ministry's website",
            "farmers would receive six weeks of emergency support",
        ),
    ];
    for (text, speaker, content) in cases {
        assert!(quotes(&without, text).is_empty(), "rules alone: {text}");
        let q = quotes(&with, text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0][0], "indirect");
        assert!(q[0][1].contains(content), "{q:?}");
        assert_eq!(q[0][2], speaker, "{q:?}");
        assert!(!q[0][3].is_empty(), "a cue: {q:?}");
    }
}

#[test]
fn rule_quotes_are_unchanged_by_the_model() {
    let text = "\"The harbour will reopen in May,\" Mayor Ines Duarte said. She added that the ferry would run twice a day.";
    let a = quotes(&pipeline(true), text);
    let b = quotes(&pipeline(false), text);
    assert_eq!(a, b);
    assert_eq!(a.len(), 2, "{a:?}");
}
