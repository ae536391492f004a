//! Unit tests for the classes fixed in the fifth round on shapes held-out
//! collections of number expressions use: one test per class, in its own
//! wording, with the side that must stay as it was next to the side that
//! changed.

use super::*;
use crate::tests::{get, spans};

#[test]
fn old_counting_words_count_in_twenties_and_braces() {
    // Changed: "N score" and a glued "fourscore" are twenties, with the ones
    // after "and"; "a brace of" and a scored brace are two.
    assert_eq!(
        get("three score and ten", "three score and ten").value,
        Some(70.0)
    );
    assert_eq!(
        get("The oak stood threescore summers.", "threescore").value,
        Some(60.0)
    );
    assert_eq!(
        get("He shot a brace of pheasants.", "a brace of").value,
        Some(2.0)
    );
    assert_eq!(get("Kane netted a brace.", "a brace").value, Some(2.0));
    // Kept: "a score of" still twenty; "the two score" is both scoring, a
    // brace worn is no count, a music score no number.
    assert_eq!(
        get("A score of ponies grazed.", "A score of").value,
        Some(20.0)
    );
    assert!(!spans("When the two score, the crowd roars.").contains(&"two score"));
    assert!(spans("She wears a brace.").is_empty());
    assert!(spans("He wrote the score for the film.").is_empty());
}

#[test]
fn zilch_is_zero() {
    assert_eq!(get("The refund came to zilch.", "zilch").value, Some(0.0));
}

#[test]
fn digit_numerator_over_a_large_denominator_is_a_fraction() {
    // Changed: denominators past twelfths ("sixteenths", "twentieths").
    assert_eq!(
        get("Cut 5 sixteenths off.", "5 sixteenths").value,
        Some(0.3125)
    );
    assert_eq!(
        get("It rose 3 twentieths of a point.", "3 twentieths").value,
        Some(0.15)
    );
    // Kept: quarters without "of" are periods.
    assert_ne!(get("Profit fell for 3 quarters.", "3").value, Some(0.75));
}

#[test]
fn below_freezing_is_below_zero_except_in_fahrenheit() {
    assert_eq!(
        get(
            "Roads iced at 4 degrees below freezing.",
            "4 degrees below freezing"
        )
        .value,
        Some(-4.0)
    );
    assert_eq!(
        get("It dipped to six below freezing.", "six below freezing").value,
        Some(-6.0)
    );
    // Kept: Fahrenheit freezes at 32, so the number stays as written.
    assert_eq!(get("It was 10°F below freezing.", "10°F").value, Some(10.0));
}

#[test]
fn on_second_thoughts_is_no_ordinal() {
    assert!(spans("On second thoughts, I'll walk.").is_empty());
    assert!(spans("but on second thought they stayed").is_empty());
    // Kept: "second" ranking a noun after a possessive is still an ordinal.
    assert_eq!(get("It was his second thought.", "second").value, Some(2.0));
}

#[test]
fn one_ending_a_short_request_counts() {
    // Changed: "one" closing an utterance of at most four words.
    assert_eq!(get("I'll take one", "one").value, Some(1.0));
    assert_eq!(get("give me one!", "one").value, Some(1.0));
    // Kept: "the one", and "one" closing a longer sentence after a verb stands
    // for a noun said before.
    assert!(spans("that's the one").is_empty());
    assert!(spans("The minister said she had never asked for one.").is_empty());
}

#[test]
fn a_price_read_in_pairs_after_costs_is_units_and_hundredths() {
    assert_eq!(
        get(
            "The lamp costs nineteen ninety-five.",
            "nineteen ninety-five"
        )
        .value,
        Some(19.95)
    );
    assert_eq!(
        get("It sells for just twelve oh five.", "twelve oh five").value,
        Some(12.05)
    );
    // Kept: the same pairs elsewhere are a year.
    let y = get(
        "The plant opened in nineteen ninety-five.",
        "nineteen ninety-five",
    );
    assert_eq!((y.kind, y.value), (NumberKind::Year, Some(1995.0)));
}

#[test]
fn a_capital_l_before_a_vessel_is_litres() {
    let m = get("Grab a 2 L jug.", "2 L");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Measure, Some("l"))
    );
    assert_eq!(get("a 1.6 L engine", "1.6 L").unit.as_deref(), Some("l"));
    // Kept: a spaced L before another noun is no unit.
    assert!(!spans("Row 5 L seats").contains(&"5 L"));
}
