//! Unit tests for the web-text rules found on the third web dev set
//! (`tests/web_dev3.rs`). The sentences are written for these tests.

use super::*;

#[track_caller]
fn check(t: &str, expected: &[&str]) {
    assert_eq!(Segmenter::default().split_str(t), expected, "input: {t:?}");
}

#[test]
fn command_or_sentence_adverb_after_a_lost_period() {
    check(
        "the curry was too mild Try the lamb instead",
        &["the curry was too mild", "Try the lamb instead"],
    );
    check(
        "we got lost twice on the way Bring a map if you go",
        &["we got lost twice on the way", "Bring a map if you go"],
    );
    check(
        "the plumber fixed it in an hour Highly recommend him",
        &["the plumber fixed it in an hour", "Highly recommend him"],
    );
    check(
        "my phone keeps restarting According to the forum it is the battery",
        &[
            "my phone keeps restarting",
            "According to the forum it is the battery",
        ],
    );
    check(
        "the movers were careful Crew was on time too",
        &["the movers were careful", "Crew was on time too"],
    );
    // After "and" or "or" the capitalised word goes on with a title or a name.
    check(
        "The choir sang Now or Never at the close.",
        &["The choir sang Now or Never at the close."],
    );
    check(
        "He likes cards and Take a chance on me was his song.",
        &["He likes cards and Take a chance on me was his song."],
    );
    // After a naming word it is a title.
    check(
        "Her album called Try a little harder sold well.",
        &["Her album called Try a little harder sold well."],
    );
}
