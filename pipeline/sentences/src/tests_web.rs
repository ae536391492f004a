//! Unit tests for the web-text rules found on the second web dev set
//! (`tests/web_dev2.rs`). The sentences are written for these tests.

use super::*;

#[track_caller]
fn check(t: &str, expected: &[&str]) {
    assert_eq!(Segmenter::default().split_str(t), expected, "input: {t:?}");
}

#[test]
fn lower_case_opener_after_a_contraction() {
    check(
        "it doesn't. we tried that last spring",
        &["it doesn't.", "we tried that last spring"],
    );
    check(
        "I asked but they won't. my refund is stuck",
        &["I asked but they won't.", "my refund is stuck"],
    );
    // Abbreviations with an apostrophe are no contraction.
    check(
        "The gov't. spokesman declined to comment.",
        &["The gov't. spokesman declined to comment."],
    );
}
