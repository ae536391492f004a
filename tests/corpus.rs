//! `news-extract corpus` over the seed run: the five seed articles cover one event in five
//! outlets, so the corpus view must join what they share. Expectations come from reading the
//! seeds, not from the tables.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn news_extract(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_news-extract")).current_dir(root()).args(args).output().expect("binary runs")
}

fn table(dir: &Path, name: &str) -> Vec<Value> {
    std::fs::read_to_string(dir.join(format!("{name}.jsonl")))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect()
}

/// Runs the seeds once and builds the corpus tables with one and with two threads.
fn seed_tables() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let run = dir.path().join("seeds.jsonl");
    let o = news_extract(&["run", "seeds", "-q", "-o", run.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    for (out, j) in [(&one, "1"), (&two, "2")] {
        let o = news_extract(&["corpus", run.to_str().unwrap(), "-j", j, "-o", out.to_str().unwrap()]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert!(String::from_utf8_lossy(&o.stderr).contains("5 documents"));
    }
    (dir, one, two)
}

#[test]
fn the_seed_corpus_joins_what_the_outlets_share() {
    let (_dir, tables, two_threads) = seed_tables();
    for name in ["entities", "speakers", "quotes", "claims", "documents"] {
        let a = std::fs::read(tables.join(format!("{name}.jsonl"))).unwrap();
        assert_eq!(a, std::fs::read(two_threads.join(format!("{name}.jsonl"))).unwrap(), "{name} differs by threads");
    }

    let speakers = table(&tables, "speakers");
    let zelensky: Vec<&Value> = speakers.iter().filter(|s| s["name"].as_str().unwrap().contains("Zelensk")).collect();
    assert_eq!(zelensky.len(), 1, "Zelensky and Zelenskyy are one speaker");
    assert!(zelensky[0]["aliases"].as_array().unwrap().len() >= 2);

    let entities = table(&tables, "entities");
    let us: Vec<&Value> = entities
        .iter()
        .filter(|e| e["aliases"].as_array().unwrap().iter().any(|a| a["text"] == "U.S." || a["text"] == "US"))
        .collect();
    assert_eq!(us.len(), 1, "U.S. and US are one entity");
    let austin = entities.iter().find(|e| e["name"] == "Lloyd Austin").expect("Lloyd Austin");
    assert!(austin["aliases"].as_array().unwrap().iter().any(|a| a["text"] == "Austin"));

    let quotes = table(&tables, "quotes");
    let shared_by = |speaker: &str| {
        quotes.iter().filter(|q| q["speaker"] == speaker && q["documents"].as_array().unwrap().len() >= 2).count()
    };
    assert!(shared_by("Lloyd Austin") >= 2, "Austin's quotations repeated across outlets are clusters");
    assert!(shared_by("John Kirby") >= 2, "so are Kirby's");
    let seen = quotes.iter().find(|q| q["text"].as_str().unwrap().contains("left to be seen")).unwrap();
    assert!(strs(&seen["documents"]).len() >= 3, "the reworded Austin quotation is one cluster");

    let claims = table(&tables, "claims");
    let soldiers = |value: f64| {
        claims.iter().find(|c| c["unit"] == "soldier" && c["value"].as_f64() == Some(value)).map(|c| strs(&c["documents"]).len())
    };
    assert!(soldiers(3000.0).unwrap() >= 4, "3,000 troops/soldiers in four articles or more");
    assert!(soldiers(10000.0).unwrap() >= 3, "10,000 soldiers in three articles or more");

    let documents = table(&tables, "documents");
    assert_eq!(documents.len(), 5);
    assert!(documents.iter().all(|d| d["story"] == documents[0]["story"]), "one story");
    assert!(documents.iter().all(|d| d["duplicate_group"] == d["doc"]), "no copies among the seeds");
}

#[test]
fn every_table_line_matches_its_schema() {
    let (_dir, tables, _) = seed_tables();
    for name in ["entities", "speakers", "quotes", "claims", "documents"] {
        let raw = std::fs::read_to_string(root().join(format!("pipeline/schema/corpus/{name}.schema.json"))).unwrap();
        let schema = jsonschema::JSONSchema::options().compile(&serde_json::from_str(&raw).unwrap()).expect("schema compiles");
        let rows = table(&tables, name);
        assert!(!rows.is_empty(), "{name} is empty");
        for row in rows {
            if let Err(errors) = schema.validate(&row) {
                let msgs: Vec<String> = errors.map(|e| format!("{e} at {}", e.instance_path)).collect();
                panic!("{name} row {row} does not match its schema:\n{}", msgs.join("\n"));
            }
        }
    }
}

#[test]
fn a_bad_line_is_named_and_the_rest_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let run = dir.path().join("run.jsonl");
    std::fs::write(&run, "{\"id\":\"a\",\"text\":\"Hello.\"}\n{broken\n").unwrap();
    let out = dir.path().join("tables");
    let o = news_extract(&["corpus", run.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("run.jsonl:2:"));
    assert_eq!(table(&out, "documents").len(), 1);
}

#[test]
fn a_missing_input_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let o = news_extract(&["corpus", "no/such/run.jsonl", "-o", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no/such/run.jsonl"));
}
