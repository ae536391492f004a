//! Unit tests for the classes fixed from the second look at issue #14 (ordinals,
//! then held-out shapes): one test per class, in its own wording, with the side
//! that must stay as it was next to the side that changed.

use super::*;
use crate::tests::{get, spans};

fn ord(t: &str, s: &str) -> (NumberKind, Option<f64>, Option<String>) {
    let m = get(t, s);
    (m.kind, m.value, m.unit)
}

#[test]
fn number_words_hyphen_joined_through_and_are_one_number() {
    let t = "The choir of one-hundred-and-four singers arrived.";
    let m = get(t, "one-hundred-and-four");
    assert_eq!((m.value, m.unit.as_deref()), (Some(104.0), Some("singers")));
    assert_eq!(
        get("a list of a hundred-and-two tips", "a hundred-and-two").value,
        Some(102.0)
    );
    assert_eq!(
        get("six-hundred-forty seats", "six-hundred-forty").value,
        Some(640.0)
    );
    assert_eq!(
        get("a thousand-and-three votes", "a thousand-and-three").value,
        Some(1003.0)
    );
    assert_eq!(
        ord(
            "the parish's hundred-and-thirtieth fete",
            "hundred-and-thirtieth"
        ),
        (NumberKind::Ordinal, Some(130.0), Some("fete".into()))
    );
    assert_eq!(
        ord("its thousand-and-second night", "thousand-and-second"),
        (NumberKind::Ordinal, Some(1002.0), Some("night".into()))
    );
    // A hyphened range of hundreds stays a range; digits do not join a word.
    let m = get("five hundred-six hundred fans", "five hundred-six hundred");
    assert_eq!((m.low, m.high), (Some(500.0), Some(600.0)));
    assert_eq!(spans("one hundred-20"), vec!["one hundred"]);
}

#[test]
fn an_article_before_a_written_ordinal_is_the_nouns() {
    assert_eq!(
        ord(
            "It was a hundred and second outing for the boat.",
            "hundred and second"
        ),
        (NumberKind::Ordinal, Some(102.0), Some("outing".into()))
    );
    // "a" is the number's one before an ordinal of a scale, and "a hundred and
    // one" is a count.
    assert_eq!(
        get("a hundred millionth", "a hundred millionth").value,
        Some(1e8)
    );
    assert_eq!(
        get("a hundred and six cars", "a hundred and six").value,
        Some(106.0)
    );
}

#[test]
fn ever_after_an_ordinal_is_no_counted_noun() {
    assert_eq!(
        ord("their first ever victory", "first").2.as_deref(),
        Some("victory")
    );
    assert_eq!(ord("It was the band's second ever.", "second").2, None);
}

#[test]
fn a_proportion_may_say_every() {
    let m = get(
        "About one in every six drivers speeds.",
        "About one in every six",
    );
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Fraction, Some("drivers"))
    );
    assert!((m.value.unwrap() - 1.0 / 6.0).abs() < 1e-9);
    let m = get("three out of every four flats", "three out of every four");
    assert_eq!(m.value, Some(0.75));
    assert_eq!(
        get("5 in every 5000 births", "5 in every 5000").value,
        Some(0.001)
    );
    // Without "every" a four-digit year after "in" still dates.
    assert_eq!(spans("Two in 1998 were sold."), vec!["Two", "1998"]);
}

#[test]
fn a_one_word_multiplier_counts_folds() {
    let m = get("Exports rose eightfold last year.", "eightfold");
    assert_eq!((m.value, m.unit.as_deref()), (Some(8.0), Some("fold")));
    let m = get("Fees went up almost ninefold.", "almost ninefold");
    assert_eq!((m.value, m.qualifier), (Some(9.0), Some(Qualifier::About)));
    let m = get("a rise of more than fiftyfold", "more than fiftyfold");
    assert_eq!(
        (m.low, m.qualifier),
        (Some(50.0), Some(Qualifier::MoreThan))
    );
    assert!(spans("The gains were manifold.").is_empty());
}

#[test]
fn north_south_and_just_shy_of_are_bounds() {
    let m = get("Bids came in north of £40m.", "north of £40m");
    assert_eq!((m.qualifier, m.low), (Some(Qualifier::MoreThan), Some(4e7)));
    let m = get("Rates sat just south of 4%.", "just south of 4%");
    assert_eq!(
        (m.qualifier, m.high),
        (Some(Qualifier::LessThan), Some(4.0))
    );
    let m = get("They drew well short of 2,000 fans.", "well short of 2,000");
    assert_eq!(
        (m.qualifier, m.high),
        (Some(Qualifier::LessThan), Some(2000.0))
    );
    let m = get("upward of 70 ships", "upward of 70");
    assert_eq!(m.qualifier, Some(Qualifier::MoreThan));
    // Places, and a count short of a target, are no bound.
    assert!(spans("The farm is north of the lake.").is_empty());
    let m = get("He ended four short of 50.", "50");
    assert_eq!(m.qualifier, None);
}

#[test]
fn a_number_glued_to_one_in_the_other_spelling_is_a_name() {
    for t in ["The Twenty20 season opens.", "Milk from the 7-Eleven shop."] {
        assert!(spans(t).is_empty(), "{t:?} gave {:?}", spans(t));
    }
    // A hyphened range in digits, or a word range, is unchanged.
    assert_eq!(get("seven-nine days", "seven-nine days").low, Some(7.0));
    assert_eq!(get("for 7-11 days", "7-11 days").high, Some(11.0));
}
