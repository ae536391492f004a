//! Runs the public sentence-boundary test sets when the shared data is present.

use std::path::PathBuf;

use nx_sentences::{eval, Segmenter};

/// The shared data folder: `$NEWS_EXTRACT_DATA`, else `../shared/data` beside the workspace.
fn data_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("NEWS_EXTRACT_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"))
        });
    dir.is_dir().then_some(dir)
}

#[test]
fn golden_rules_pass() {
    let Some(dir) = data_dir() else {
        eprintln!("SKIPPED golden_rules_pass: shared data not found (set NEWS_EXTRACT_DATA)");
        return;
    };
    let r =
        eval::golden_rules(&dir.join("sbd/golden_rules_en.json"), &Segmenter::default()).unwrap();
    eprintln!("{r}");
    assert_eq!(r.total, 48);
    assert!(r.passed >= 48, "golden rules regressed:\n{r}");
}

#[test]
fn pysbd_tests_do_not_regress() {
    let Some(dir) = data_dir() else {
        eprintln!(
            "SKIPPED pysbd_tests_do_not_regress: shared data not found (set NEWS_EXTRACT_DATA)"
        );
        return;
    };
    let r = eval::pysbd_tests(
        &dir.join("sbd/pysbd_english_tests.jsonl"),
        &Segmenter::default(),
    )
    .unwrap();
    eprintln!(
        "{}",
        r.to_string().lines().take(3).collect::<Vec<_>>().join("\n")
    );
    assert_eq!(r.total, 196);
    assert!(r.passed >= 172, "pySBD tests regressed:\n{r}");
    // The cases that need no text cleaning are the ones a non-rewriting segmenter can pass.
    assert!(
        r.groups[0].passed >= 77,
        "clean=false cases regressed:\n{r}"
    );
}
