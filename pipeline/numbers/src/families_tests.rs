//! Unit tests for the classes fixed from the dimension families of issue #14's
//! second round (short unit marks and "zero" as a temperature): one test per
//! class, in its own wording, with the side that must stay as it was next to the
//! side that changed.

use super::*;
use crate::tests::{get, spans};

#[test]
fn a_glued_lower_case_c_after_whole_cents_is_money() {
    let m = get("The vending machine takes 85c a can.", "85c");
    assert_eq!(m.kind, NumberKind::Money);
    assert_eq!((m.value, m.currency.as_deref()), (Some(0.85), Some("USD")));
    assert_eq!(get("45c", "45c").value, Some(0.45));
    // A label's letter, an upper-case C (a temperature), a unit and a decimal stay.
    assert!(spans("She moved into Flat 7c last week.")
        .iter()
        .all(|s| !s.ends_with('c')));
    assert!(spans("He still uses his Nokia 6c daily.")
        .iter()
        .all(|s| !s.ends_with('c')));
    assert!(spans("the Atari series 2c")
        .iter()
        .all(|s| !s.ends_with('c')));
    assert_eq!(get("Only 20c for a paper", "20c").value, Some(0.2));
    assert_eq!(
        get("Paris reached 31C on Monday.", "31C").kind,
        NumberKind::Measure
    );
    assert_eq!(get("a 12cm blade", "12cm").unit.as_deref(), Some("cm"));
    assert!(spans("It cost 1.5c more").iter().all(|s| *s != "1.5c"));
    assert!(spans("It cost 250c more").iter().all(|s| *s != "250c"));
}

#[test]
fn a_straight_double_quote_after_a_number_is_an_inch_mark_when_no_quote_is_open() {
    let m = get("I bought a 14\" frying pan.", "14\"");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (NumberKind::Measure, Some(14.0), Some("in"))
    );
    assert_eq!(get("6\"", "6\"").unit.as_deref(), Some("in"));
    // Closing a quotation that opened before it, it stays a quote mark.
    let t = "He told us \"we lost 3\" and walked off.";
    assert_eq!(get(t, "3").kind, NumberKind::Cardinal);
    let t = "\"The target is 2025\" she said.";
    assert!(spans(t).iter().all(|s| !s.ends_with('"')));
}

#[test]
fn zero_after_below_or_above_is_a_temperature_in_weather_talk() {
    let m = get("Overnight the thermometer sank below zero.", "below zero");
    assert_eq!(
        (m.kind, m.high, m.unit.as_deref()),
        (NumberKind::Measure, Some(0.0), Some("°"))
    );
    assert_eq!(get("above zero", "above zero").kind, NumberKind::Measure);
    // Rates, balances and scores below zero stay plain numbers.
    let m = get("The bank cut its deposit rate below zero.", "below zero");
    assert_eq!((m.kind, m.unit), (NumberKind::Cardinal, None));
    let m = get("His goal difference slipped below zero.", "below zero");
    assert_eq!(m.kind, NumberKind::Cardinal);
}

#[test]
fn degrees_above_zero_are_one_temperature() {
    let m = get(
        "By noon it was eleven degrees above zero.",
        "eleven degrees above zero",
    );
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (NumberKind::Measure, Some(11.0), Some("°"))
    );
    // Below zero still turns the sign.
    assert_eq!(
        get("four degrees below zero", "four degrees below zero").value,
        Some(-4.0)
    );
}

#[test]
fn over_a_duration_is_a_bound_after_waiting_or_standing_alone() {
    let m = get("We waited over three hours for a bus.", "over three hours");
    assert_eq!((m.low, m.unit.as_deref()), (Some(3.0), Some("hours")));
    assert_eq!(get("over 45 minutes", "over 45 minutes").low, Some(45.0));
    // Inside a sentence "over" a period still reads as its span.
    let t = "Over four years the town doubled in size.";
    assert_eq!(get(t, "four years").low, None);
}

#[test]
fn one_unit_of_time_alone_is_a_duration() {
    for (t, unit) in [
        ("one day", "days"),
        ("a sec", "seconds"),
        ("a second", "seconds"),
        ("an hr", "hours"),
        ("a min.", "minutes"),
    ] {
        let m = &extract(t)[0];
        assert_eq!(
            (m.kind, m.value, m.unit.as_deref()),
            (NumberKind::Duration, Some(1.0), Some(unit)),
            "{t}"
        );
    }
    // In a sentence the idiom and the ordinal stay as they were.
    assert!(spans("One day she will understand.").is_empty());
    assert!(spans("The board took a second look.").is_empty());
    assert!(spans("a secs").is_empty());
}

#[test]
fn about_before_a_pair_joined_by_or_is_one_approximate_range() {
    let m = get("Roughly 40 or 50 walkers joined in.", "Roughly 40 or 50");
    assert_eq!(
        (m.low, m.high, m.qualifier),
        (Some(40.0), Some(50.0), Some(Qualifier::About))
    );
    let m = get("about four or five weeks", "about four or five weeks");
    assert_eq!(
        (m.kind, m.low, m.high),
        (NumberKind::Duration, Some(4.0), Some(5.0))
    );
    let m = get("around 7 or 8 dollars", "around 7 or 8 dollars");
    assert_eq!(
        (m.kind, m.currency.as_deref()),
        (NumberKind::Money, Some("USD"))
    );
    // Far apart, the two stay two numbers; "more than" takes no such pair.
    assert!(spans("about 3 or 40 cars").contains(&"about 3"));
    assert!(spans("more than 6 or 7 boats").contains(&"more than 6"));
}

#[test]
fn heating_and_frying_allow_oven_temperatures_with_a_bare_letter() {
    let m = get("Heat the oil to 375 F, then add the fish.", "375 F");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Measure, Some("°F"))
    );
    assert_eq!(get("fry at 190 C", "190 C").unit.as_deref(), Some("°C"));
    // Weather stays within weather: a hot letter code is no temperature.
    assert!(spans("The plane was a 350 F model.")
        .iter()
        .all(|s| *s != "350 F"));
}
