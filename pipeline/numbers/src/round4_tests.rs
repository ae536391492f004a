//! Unit tests for the classes fixed in the fourth round on shapes held-out
//! collections of number expressions use: one test per class, in its own
//! wording, with the side that must stay as it was next to the side that
//! changed.

use super::*;
use crate::tests::{get, spans};

#[test]
fn hundreds_read_digit_by_digit_are_one_number() {
    // Changed: a digit word before a tens word with its unit is hundreds.
    assert_eq!(get("three fifty-six", "three fifty-six").value, Some(356.0));
    assert_eq!(
        get("Call it two thirty one.", "two thirty one").value,
        Some(231.0)
    );
    // Kept: a round tens word, a clock time after "at", and counting out loud.
    assert_eq!(spans("at four twenty-five"), vec!["four", "twenty-five"]);
    assert_eq!(spans("six forty"), vec!["six", "forty"]);
    assert!(!spans("one two thirty three").contains(&"two thirty three"));
}

#[test]
fn a_single_after_a_negation_is_one() {
    // Changed: "not a single", "without a single", "n't ... a single".
    assert_eq!(
        get("Not a single seat was empty.", "a single").value,
        Some(1.0)
    );
    assert_eq!(
        get("The bill passed without a single amendment.", "a single").value,
        Some(1.0)
    );
    assert_eq!(
        get("We haven't had a single complaint.", "a single").value,
        Some(1.0)
    );
    // The noun it counts past a modifier, as an ordinal's.
    assert_eq!(
        get("They didn't field a single young rider.", "a single")
            .unit
            .as_deref(),
        Some("rider")
    );
    // Kept: "a single" as unified or as a status is no count.
    assert!(spans("The bloc wants a single currency.").is_empty());
    assert!(spans("He is a single father.").is_empty());
    assert!(spans("Never a single-minded man.").is_empty());
}

#[test]
fn a_couple_closing_a_sentence_after_a_verb_is_two() {
    // Changed: the counted noun was said before.
    assert_eq!(
        get("Any apples left? I'll grab a couple.", "a couple").value,
        Some(2.0)
    );
    assert_eq!(
        get("Pens? We ordered a couple!", "a couple").value,
        Some(2.0)
    );
    // Kept: after a linking verb or a preposition it is two people.
    assert!(spans("By June they were a couple.").is_empty());
    assert!(spans("They soon became a couple.").is_empty());
    assert!(spans("They were seen out as a couple.").is_empty());
    assert!(spans("A couple walked past.").is_empty());
}

#[test]
fn a_pair_of_one_thing_of_two_parts_is_no_count() {
    // Changed: trousers, scissors, glasses are one item.
    assert!(spans("She packed a pair of trousers.").is_empty());
    assert!(spans("He bought a pair of cheap sunglasses.").is_empty());
    // Kept: a pair of countable things is two.
    assert_eq!(
        get("They signed a pair of strikers.", "a pair of").value,
        Some(2.0)
    );
}

#[test]
fn a_second_before_the_noun_it_counts_is_an_ordinal() {
    // Changed: "a second" + noun ranks.
    let m = get("The firm opened a second depot.", "second");
    assert_eq!((m.kind, m.value), (NumberKind::Ordinal, Some(2.0)));
    assert_eq!(m.unit.as_deref(), Some("depot"));
    assert_eq!(
        get("She sought a second term in office.", "second").kind,
        NumberKind::Ordinal
    );
    // Kept: "a second" as time, and set phrases.
    assert!(spans("Hold on a second.").is_empty());
    assert!(!spans("He crossed the line a second ahead.").contains(&"second"));
    assert!(!spans("It froze for a second or two.").contains(&"second"));
    assert!(spans("Ask for a second opinion.").is_empty());
    assert!(spans("She got a second wind.").is_empty());
}

#[test]
fn a_person_gaining_pounds_gains_weight() {
    // Changed: a gain verb after a personal pronoun weighs.
    let m = get("Over the winter she gained twelve pounds.", "twelve pounds");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Measure, Some("lb"))
    );
    let m = get("They say he's put on six pounds.", "six pounds");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Measure, Some("lb"))
    );
    let m = get("We have gained three pounds each.", "three pounds");
    assert_eq!(m.kind, NumberKind::Measure);
    // Kept: a price that gained pounds is sterling.
    let m = get("The stock gained nine pounds on Friday.", "nine pounds");
    assert_eq!(
        (m.kind, m.currency.as_deref()),
        (NumberKind::Money, Some("GBP"))
    );
}

#[test]
fn grand_after_hundreds_with_their_tens_is_thousands() {
    // Changed: "and" and the tens after "hundred" keep it one sum.
    let m = get(
        "He paid three hundred and twenty grand.",
        "three hundred and twenty grand",
    );
    assert_eq!((m.kind, m.value), (NumberKind::Money, Some(320000.0)));
    // Kept: a bare hundred, and thousands before "grand" are no sum in thousands.
    assert_eq!(
        get("a hundred grand", "a hundred grand").value,
        Some(100000.0)
    );
    assert!(!spans("three thousand grand").contains(&"three thousand grand"));
}

#[test]
fn a_glued_st_that_fits_no_ordinal_is_stone() {
    // Changed: "12st 6lb" is a weight in stones and pounds, "3st" stones.
    let m = get("The boxer came in at 12st 6lb.", "12st 6lb");
    assert_eq!(m.kind, NumberKind::Measure);
    assert_eq!(m.unit.as_deref(), Some("st"));
    assert!((m.value.unwrap() - (12.0 + 6.0 / 14.0)).abs() < 1e-9);
    assert_eq!(
        get("He shed 3st on the plan.", "3st").unit.as_deref(),
        Some("st")
    );
    // Kept: a fitting "st" is an ordinal.
    assert_eq!(get("her 31st birthday", "31st").kind, NumberKind::Ordinal);
    assert_eq!(get("the 101st day", "101st").kind, NumberKind::Ordinal);
}

#[test]
fn a_couple_more_is_two_more() {
    // Changed: "more" between "a couple" and its noun.
    let m = get("We should sign a couple more defenders.", "a couple");
    assert_eq!((m.value, m.unit.as_deref()), (Some(2.0), Some("defenders")));
    assert_eq!(get("Just a couple more.", "a couple").value, Some(2.0));
    // Kept: "the couple" before "more" is two people.
    assert!(spans("The couple more or less agreed.").is_empty());
}
