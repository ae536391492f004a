//! Documents in other languages: their language is written, and the English-trained
//! stages pass them by, saying so in `stages`; English documents are untouched.

use news_extract::{Config, Document, Pipeline};
use serde_json::Value;

const ENGLISH: &str = "The council approved 300 new homes on Tuesday. The vote was close, \
                       officials said, and residents are expected to appeal the decision.";
const GERMAN: &str = "Der Stadtrat hat am Dienstag genehmigt, dass 300 neue Wohnungen gebaut \
                      werden. Die Abstimmung war knapp, und die Anwohner wollen klagen.";

/// The rule stages (no model), with `overrides`, over the two texts.
fn lines(overrides: &[&str]) -> (Value, Value) {
    let mut all = vec!["entities.enabled=false".to_string()];
    all.extend(overrides.iter().map(|s| s.to_string()));
    let config = Config::from_toml("test", "", &all).unwrap();
    let p = Pipeline::new(config, 1).unwrap();
    let mut docs = vec![
        Document::new("en", "en.txt", ENGLISH, "utf-8"),
        Document::new("de", "de.txt", GERMAN, "utf-8"),
    ];
    p.annotate(&mut docs);
    let parse = |d: &Document| serde_json::from_str::<Value>(&p.line(d)).unwrap();
    (parse(&docs[0]), parse(&docs[1]))
}

fn stages(v: &Value) -> Vec<&str> {
    v["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect()
}

#[test]
fn english_stages_pass_over_another_language_and_say_so() {
    let (en, de) = lines(&[]);
    assert_eq!(en["language"], "eng");
    assert_eq!(stages(&en), ["anatomy", "sentences", "quotes", "numbers"]);
    assert!(!en["numbers"].as_array().unwrap().is_empty());
    assert!(!en["quotes"].as_array().unwrap().is_empty());
    assert_eq!(de["language"], "deu");
    assert_eq!(stages(&de), ["anatomy", "sentences"]);
    assert!(de["numbers"].as_array().unwrap().is_empty());
    assert!(de["quotes"].as_array().unwrap().is_empty());
    assert_eq!(de["sentences"].as_array().unwrap().len(), 2);
}

#[test]
fn every_stage_runs_when_asked_and_detection_can_be_off() {
    let (_, de) = lines(&["pipeline.skip_other_languages=false"]);
    assert_eq!(de["language"], "deu");
    assert!(!de["numbers"].as_array().unwrap().is_empty());
    let (en, de) = lines(&["pipeline.detect_language=false"]);
    assert!(en["language"].is_null() && de["language"].is_null());
    assert_eq!(stages(&de), ["anatomy", "sentences", "quotes", "numbers"]);
}
