//! Unit tests for the rules found on the seventh web dev set (`tests/web_dev7.rs`).
//! The sentences are written for these tests.

use super::*;

#[track_caller]
fn check(t: &str, expected: &[&str]) {
    assert_eq!(Segmenter::default().split_str(t), expected, "input: {t:?}");
}

#[test]
fn numbers_ending_sentences_are_no_inline_list() {
    check(
        "The bus left at 4. Nobody told us until 5. We walked home.",
        &[
            "The bus left at 4.",
            "Nobody told us until 5.",
            "We walked home.",
        ],
    );
    // A run from one, or after a colon or a period, is still a list.
    check(
        "Do this: 1. Open the lid 2. Pour the water",
        &["Do this:", "1. Open the lid", "2. Pour the water"],
    );
    check(
        "Two options. 3. Stay home 4. Go out",
        &["Two options.", "3. Stay home", "4. Go out"],
    );
}

#[test]
fn references_to_sections_theorems_and_footnotes_before_a_number() {
    check(
        "The proof is sketched in Sect. 2 and completed in Thm. 4 below.",
        &["The proof is sketched in Sect. 2 and completed in Thm. 4 below."],
    );
    check(
        "Compare ll. 12-15 of the poem with fn. 3 of the essay.",
        &["Compare ll. 12-15 of the poem with fn. 3 of the essay."],
    );
    // A number closing the sentence still ends it.
    check(
        "Details follow in Sect. 3. The next part is shorter.",
        &["Details follow in Sect. 3.", "The next part is shorter."],
    );
}
