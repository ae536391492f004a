//! Property tests: any text, however odd, goes through every stage without a
//! panic, and every span it yields honours the output contract.

use news_extract::{Config, Document, Pipeline};
use proptest::prelude::*;
use serde_json::Value;
use std::sync::OnceLock;

fn pipeline(with_entities: bool) -> &'static Pipeline {
    static RULES: OnceLock<Pipeline> = OnceLock::new();
    static ALL: OnceLock<Pipeline> = OnceLock::new();
    let cell = if with_entities { &ALL } else { &RULES };
    cell.get_or_init(|| build(with_entities))
}

fn build(with_entities: bool) -> Pipeline {
    // Every stage on every text, whatever language random words look like.
    let mut overrides = vec![
        "pipeline.chunk_size=8".to_string(),
        "pipeline.skip_other_languages=false".to_string(),
    ];
    if !with_entities {
        overrides.push("entities.enabled=false".into());
    }
    let mut config = Config::from_toml("test", "", &overrides).unwrap();
    config.entities.model =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(&config.entities.model);
    Pipeline::new(config, 2).unwrap()
}

/// Every span of a written line: in bounds, ordered, and `text[start:end] == text`.
fn check_line(line: &str) -> Result<(), TestCaseError> {
    let v: Value = serde_json::from_str(line).unwrap();
    prop_assert!(v["error"].is_null(), "unexpected error: {}", v["error"]);
    let text: Vec<char> = v["text"].as_str().unwrap().chars().collect();
    let mut spans = Vec::new();
    for key in ["title", "byline", "dateline"] {
        if !v[key].is_null() {
            spans.push((key, v[key].clone()));
        }
    }
    for key in [
        "headings",
        "authors",
        "boilerplate",
        "sentences",
        "entities",
        "numbers",
        "quotes",
    ] {
        for s in v[key].as_array().unwrap() {
            spans.push((key, s.clone()));
            if key == "quotes" {
                for part in ["speaker", "cue"] {
                    if !s[part].is_null() {
                        spans.push((part, s[part].clone()));
                    }
                }
                for f in s["fragments"].as_array().unwrap() {
                    spans.push(("fragment", f.clone()));
                }
            }
        }
    }
    for (what, s) in spans {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        prop_assert!(
            a <= b && b <= text.len(),
            "{} {}..{} out of {}",
            what,
            a,
            b,
            text.len()
        );
        let got: String = text[a..b].iter().collect();
        prop_assert_eq!(got.as_str(), s["text"].as_str().unwrap(), "{} text", what);
    }
    for key in ["sentences", "entities", "boilerplate", "headings"] {
        let arr = v[key].as_array().unwrap();
        for w in arr.windows(2) {
            prop_assert!(
                w[0]["end"].as_u64() <= w[1]["start"].as_u64(),
                "{} overlap or disorder",
                key
            );
        }
    }
    Ok(())
}

fn newsy() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,200}",
        "[A-Za-z0-9 .,;:!?\"'“”‘’()$£€%\\-\n]{0,300}",
        proptest::collection::vec(
            prop_oneof![
                Just("said".to_string()),
                Just("\"".to_string()),
                Just("“".to_string()),
                Just("”".to_string()),
                Just("U.S.".to_string()),
                Just("Gen.".to_string()),
                Just("3,000".to_string()),
                Just("$1.5bn".to_string()),
                Just("at least".to_string()),
                Just("\n\n".to_string()),
                Just("José".to_string()),
                Just("according to".to_string()),
                Just("of the".to_string()),
                Just("\nBy Ann Lee\n".to_string()),
                Just("\nMOSCOW (Reuters) -".to_string()),
                Just("\nAdvertisement\n".to_string()),
                Just("\n12 High St.\n".to_string()),
                "[A-Z][a-z]{1,8}",
                "[0-9]{1,6}",
                "\\PC{1,3}",
            ],
            0..60
        )
        // Words mostly apart by a plain space, sometimes by a wider one (no-break or
        // thin space: several bytes in UTF-8).
        .prop_flat_map(|words| {
            let n = words.len();
            (
                Just(words),
                proptest::collection::vec(
                    prop_oneof![8 => Just(" "), 1 => Just("\u{a0}"), 1 => Just("\u{2009}")],
                    n,
                ),
            )
        })
        .prop_map(|(words, gaps)| {
            words.iter().zip(gaps).map(|(w, g)| format!("{w}{g}")).collect()
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn rule_stages_accept_any_text(text in newsy()) {
        let p = pipeline(false);
        let mut docs = vec![Document::new("t", "t.txt", text, "utf-8")];
        p.annotate(&mut docs);
        check_line(&p.line(&docs[0]))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn all_stages_with_the_model_accept_any_text(texts in proptest::collection::vec(newsy(), 1..4)) {
        let p = pipeline(true);
        let mut docs: Vec<Document> = texts.into_iter().enumerate()
            .map(|(i, t)| Document::new(format!("t{i}"), "t.txt", t, "utf-8")).collect();
        p.annotate(&mut docs);
        for d in &docs {
            check_line(&p.line(d))?;
        }
    }
}
