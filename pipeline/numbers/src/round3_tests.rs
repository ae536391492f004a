//! Unit tests for the classes fixed in the third round on text the stage was not
//! tuned on: one test per class, in its own wording, with the side that must
//! stay as it was next to the side that changed.

use super::*;
use crate::tests::get;

fn unit(t: &str, s: &str) -> Option<String> {
    get(t, s).unit
}

#[test]
fn ordinal_before_a_noun_noun_compound_counts_the_head() {
    // Changed: the second noun of a compound that ends the phrase is the head.
    assert_eq!(
        unit("She claimed her 4th world title.", "4th").as_deref(),
        Some("title")
    );
    assert_eq!(
        unit("It was their sixth league win, a record.", "sixth").as_deref(),
        Some("win")
    );
    assert_eq!(
        unit("the 12th party conference of the year", "12th").as_deref(),
        Some("conference")
    );
    assert_eq!(
        unit("Their 3rd road trip ended badly.", "3rd").as_deref(),
        Some("trip")
    );
    // Kept: a verb, an adverb or a period after the first noun leaves it the head.
    assert_eq!(
        unit("The second driver hit a barrier.", "second").as_deref(),
        Some("driver")
    );
    assert_eq!(
        unit("her third flight home since May", "third").as_deref(),
        Some("flight")
    );
    assert_eq!(
        unit("his 30th try overall.", "30th").as_deref(),
        Some("try")
    );
    assert_eq!(
        unit("the fourth quarter result", "fourth").as_deref(),
        Some("quarter")
    );
    assert_eq!(unit("the first day back", "first").as_deref(), Some("day"));
    // Kept: a participle or adjective after the noun, or a rank the ordinal counts.
    assert_eq!(
        unit("the first girl born in the new year", "first").as_deref(),
        Some("girl")
    );
    assert_eq!(
        unit("the second player guilty of a foul", "second").as_deref(),
        Some("player")
    );
    assert_eq!(
        unit("the first match shown by the network", "first").as_deref(),
        Some("match")
    );
    assert_eq!(
        unit("a fourth place finish", "fourth").as_deref(),
        Some("place")
    );
    assert_eq!(
        unit("from her second floor balcony", "second").as_deref(),
        Some("floor")
    );
    assert_eq!(
        unit("the first spokesman said", "first").as_deref(),
        Some("spokesman")
    );
}

#[test]
fn digit_numerator_before_a_denominator_word_is_a_fraction() {
    let m = get("About 2 thirds of the members voted.", "About 2 thirds");
    assert_eq!(m.kind, NumberKind::Fraction);
    assert!((m.value.unwrap() - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(m.unit.as_deref(), Some("members"));
    assert_eq!(get("7 tenths", "7 tenths").value, Some(0.7));
    assert_eq!(
        get("3 quarters of the land", "3 quarters").value,
        Some(0.75)
    );
    // Kept: periods, improper fractions and seconds of time.
    let m = get("The firm grew for 3 quarters in a row.", "3");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Cardinal, Some("quarters"))
    );
    assert_eq!(
        get("She won by 4 seconds.", "4 seconds").kind,
        NumberKind::Duration
    );
    assert_eq!(get("count 7 fifths", "7").kind, NumberKind::Cardinal);
}

#[test]
fn a_couple_of_a_unit_is_about_two_of_it() {
    let m = get(
        "A couple hundred nurses joined the strike.",
        "A couple hundred",
    );
    assert_eq!(
        (m.kind, m.value, m.low, m.qualifier, m.unit.as_deref()),
        (
            NumberKind::Cardinal,
            Some(200.0),
            None,
            Some(Qualifier::About),
            Some("nurses")
        )
    );
    let m = get("a couple of thousand tickets", "a couple of thousand");
    assert_eq!(
        (m.value, m.qualifier),
        (Some(2000.0), Some(Qualifier::About))
    );
    assert_eq!(
        get("a couple dozen chairs", "a couple dozen").value,
        Some(24.0)
    );
    let m = get("It cost a couple hundred euros.", "a couple hundred euros");
    assert_eq!(
        (m.kind, m.value, m.currency.as_deref()),
        (NumberKind::Money, Some(200.0), Some("EUR"))
    );
    // A bound before it stays the bound.
    let m = get(
        "at least a couple hundred homes",
        "at least a couple hundred",
    );
    assert_eq!(
        (m.low, m.qualifier),
        (Some(200.0), Some(Qualifier::AtLeast))
    );
    // Kept: "several" and "a few" are vague, with a lower bound.
    let m = get("a few hundred homes", "a few hundred");
    assert_eq!(
        (m.kind, m.low, m.value),
        (NumberKind::Vague, Some(200.0), None)
    );
}

#[test]
fn height_before_the_noun_it_describes_keeps_its_inches() {
    let m = get("Witnesses saw a 6 foot 1 man running.", "6 foot 1");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Measure, Some("ft"))
    );
    assert!((m.value.unwrap() - (6.0 + 1.0 / 12.0)).abs() < 1e-9);
    assert!(get("her 5ft 4 sister", "5ft 4").value.is_some());
    // Kept: no article before, or a plural after, leaves two amounts.
    assert_eq!(get("a 20 foot 3 boats", "20 foot").value, Some(20.0));
    assert_eq!(
        get("They climbed 9 feet 4 climbers at a time.", "9 feet").value,
        Some(9.0)
    );
}

#[test]
fn rupees_and_naira_named_before_the_amount_are_money() {
    let m = get("Farmers get rupees 350 a quintal.", "rupees 350");
    assert_eq!(
        (m.kind, m.value, m.currency.as_deref()),
        (NumberKind::Money, Some(350.0), Some("INR"))
    );
    let m = get("Rupees 2,500 crore was set aside.", "Rupees 2,500 crore");
    assert_eq!(m.currency.as_deref(), Some("INR"));
    let m = get("a fare of naira 1,200", "naira 1,200");
    assert_eq!(
        (m.value, m.currency.as_deref()),
        (Some(1200.0), Some("NGN"))
    );
    // Kept: not before a year or a percentage.
    assert!(extract("the rupee 2% weaker")
        .iter()
        .all(|m| m.kind != NumberKind::Money));
    assert!(extract("Rupees 2019 report")
        .iter()
        .all(|m| m.kind != NumberKind::Money));
}

#[test]
fn pounds_are_money_unless_something_is_weighed() {
    let kind = |t: &str, s: &str| get(t, s).kind;
    // Changed: with no sign of weighing, news pounds are sterling.
    let m = get("The ticket was thirty pounds.", "thirty pounds");
    assert_eq!(
        (m.kind, m.currency.as_deref()),
        (NumberKind::Money, Some("GBP"))
    );
    assert_eq!(kind("nine pounds", "nine pounds"), NumberKind::Money);
    // Kept: weighing, dieting, a weighed thing, another weight unit, "of" after.
    assert_eq!(
        kind("The parcel weighs nine pounds.", "nine pounds"),
        NumberKind::Measure
    );
    assert_eq!(
        kind("She shed 30 pounds in a year.", "30 pounds"),
        NumberKind::Measure
    );
    assert_eq!(
        kind("The newborn was 7 pounds.", "7 pounds"),
        NumberKind::Measure
    );
    assert_eq!(
        kind("6 pounds 4 ounces", "6 pounds 4 ounces"),
        NumberKind::Measure
    );
    assert_eq!(
        kind("They sold 4 pounds of cheese.", "4 pounds"),
        NumberKind::Measure
    );
    assert_eq!(
        kind("He is 10 pounds heavier now.", "10 pounds"),
        NumberKind::Measure
    );
    assert_eq!(
        kind("a twenty pound sack", "twenty pound"),
        NumberKind::Measure
    );
}
