//! Unit tests for the whole-word rule (hyphenated words, designators) and for
//! decades and runs of years: one sentence per class, written for the tests.

use super::*;
use crate::tests::{get, spans};

#[test]
fn an_age_written_as_one_word_is_one_mention() {
    let t = "The 34-year-old driver and two nine-year-olds were hurt.";
    let m = get(t, "34-year-old");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (NumberKind::Duration, Some(34.0), Some("years"))
    );
    assert_eq!(get(t, "nine-year-olds").value, Some(9.0));
}

#[test]
fn strong_and_odd_after_a_count() {
    let t = "A 2,500-strong force waited for 60-odd days.";
    let m = get(t, "2,500-strong");
    assert_eq!((m.value, m.unit.as_deref()), (Some(2500.0), Some("force")));
    let m = get(t, "60-odd");
    assert_eq!(
        (m.qualifier, m.unit.as_deref()),
        (Some(Qualifier::About), Some("days"))
    );
}

#[test]
fn a_count_joined_to_its_noun_counts_that_noun() {
    let t = "They published a 12-page report and a four-legged robot.";
    assert_eq!(get(t, "12-page").unit.as_deref(), Some("page"));
    assert_eq!(get(t, "four-legged").unit, None);
}

#[test]
fn a_measure_joined_to_an_adjective_keeps_its_unit() {
    let t = "A 40-metre-tall crane fell.";
    let m = get(t, "40-metre-tall");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Measure, Some("m"))
    );
}

#[test]
fn numbers_inside_names_codes_and_idioms_are_none() {
    for t in [
        "He sold second-hand cars after a one-off payment.",
        "The shop ran a 3-for-2 offer on top-20 albums.",
        "Cases of Covid-19 rose among Three-Lions fans.",
        "It was a five-to-one shot.",
    ] {
        assert!(spans(t).is_empty(), "{t:?} gave {:?}", spans(t));
    }
}

#[test]
fn prefixes_that_belong_to_the_number() {
    let t = "Output is back to pre-2008 levels, and sub-£50 phones sell well.";
    assert_eq!(get(t, "pre-2008").kind, NumberKind::Year);
    let m = get(t, "sub-£50");
    assert_eq!(
        (m.qualifier, m.high, m.currency.as_deref()),
        (Some(Qualifier::LessThan), Some(50.0), Some("GBP"))
    );
}

#[test]
fn decades_are_years_with_bounds() {
    let t = "Music of the 1960s, the early 2010s, the mid-1970s and the '90s.";
    for (span, low, high) in [
        ("1960s", 1960.0, 1969.0),
        ("early 2010s", 2010.0, 2013.0),
        ("mid-1970s", 1973.0, 1976.0),
        ("'90s", 1990.0, 1999.0),
    ] {
        let m = get(t, span);
        assert_eq!(
            (m.kind, m.value, m.low, m.high),
            (NumberKind::Year, None, Some(low), Some(high)),
            "{span}"
        );
    }
}

#[test]
fn plural_hundred_years_are_centuries() {
    let t = "Farms of the 1500s, the mid-1800s and the late 1900s; songs of the 2000s.";
    for (span, low, high) in [
        ("1500s", 1500.0, 1599.0),
        ("mid-1800s", 1830.0, 1869.0),
        ("late 1900s", 1970.0, 1999.0),
        ("2000s", 2000.0, 2009.0),
    ] {
        let m = get(t, span);
        assert_eq!(
            (m.kind, m.low, m.high),
            (NumberKind::Year, Some(low), Some(high)),
            "{span}"
        );
    }
}

#[test]
fn decades_of_an_unknown_century_and_ages_are_left_alone() {
    assert!(spans("Songs of the '20s played.").is_empty());
    // An age, not years of the calendar.
    assert_eq!(
        get("She is in her 80s now.", "80s").kind,
        NumberKind::Duration
    );
}

#[test]
fn runs_of_years_are_one_year_mention() {
    let t = "In the 1999-2000 season, in 2011/12 and in 1914-18 it changed.";
    for (span, low, high) in [
        ("1999-2000", 1999.0, 2000.0),
        ("2011/12", 2011.0, 2012.0),
        ("1914-18", 1914.0, 1918.0),
    ] {
        let m = get(t, span);
        assert_eq!(
            (m.kind, m.low, m.high),
            (NumberKind::Year, Some(low), Some(high)),
            "{span}"
        );
    }
}

#[test]
fn a_range_of_counts_or_a_month_is_no_run_of_years() {
    let m = get("They hired 2000-2010 workers.", "2000-2010");
    assert_eq!(
        (m.kind, m.low, m.high, m.unit.as_deref()),
        (
            NumberKind::Range,
            Some(2000.0),
            Some(2010.0),
            Some("workers")
        )
    );
    assert!(spans("The data for 1995-03 were revised.")
        .iter()
        .all(|s| *s != "1995-03"));
}

#[test]
fn plus_after_money_adds_a_charge() {
    let t = "It costs £45 plus VAT, and 150 plus came.";
    assert_eq!(get(t, "£45").qualifier, None);
    assert_eq!(get(t, "150 plus").qualifier, Some(Qualifier::AtLeast));
}

#[test]
fn numbers_that_name_are_not_counted() {
    for t in [
        "No. 7 was sold and No 10 said so.",
        "She took the number 38 bus.",
        "He beat the world number four.",
    ] {
        assert!(spans(t).is_empty(), "{t:?} gave {:?}", spans(t));
    }
}

#[test]
fn a_rank_joined_to_a_superlative_is_one_ordinal() {
    let t = "It is the country's third-largest milk producer.";
    let m = get(t, "third-largest");
    assert_eq!(
        (m.kind, m.value, m.unit),
        (NumberKind::Ordinal, Some(3.0), None)
    );
    let t = "His lack of first-team action.";
    assert_eq!(get(t, "first-team").kind, NumberKind::Ordinal);
}

#[test]
fn a_glued_m_after_money_in_millions_is_million() {
    let t = "Profits of £415m ($779m-798m) were forecast.";
    let m = get(t, "$779m-798m");
    assert_eq!(
        (m.kind, m.low, m.high, m.currency.as_deref()),
        (NumberKind::Money, Some(779e6), Some(798e6), Some("USD"))
    );
    let m = get("It will cost $5-10m.", "$5-10m");
    assert_eq!((m.low, m.high), (Some(5e6), Some(10e6)));
    // a race distance after a count stays metres
    let t = "He ran the 400m-800m double.";
    assert!(extract(t).iter().all(|m| m.kind != NumberKind::Money));
}

#[test]
fn pounds_after_a_weighing_word_are_weight() {
    let m = get(
        "The boxer weighed two hundred pounds.",
        "two hundred pounds",
    );
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Measure, Some("lb"))
    );
    let m = get("The club paid two hundred pounds.", "two hundred pounds");
    assert_eq!(m.currency.as_deref(), Some("GBP"));
}

#[test]
fn a_compound_measure_stays_in_one_system() {
    let t = "It holds 3 gallons and 250 millilitres.";
    assert_eq!(spans(t), ["3 gallons", "250 millilitres"]);
    let t = "They shipped 3 tonnes, 5 kg and 8 ounces.";
    assert_eq!(spans(t), ["3 tonnes", "5 kg", "8 ounces"]);
    // one system, side by side, or imperial after a comma: one measure
    assert_eq!(get("He is 1 m 80 cm tall.", "1 m 80 cm").value, Some(1.8));
    assert_eq!(
        get("He is 6 feet, 3 inches tall.", "6 feet, 3 inches").value,
        Some(6.25)
    );
}

#[test]
fn a_common_code_in_mixed_case_is_a_currency() {
    let m = get("China spent Rmb300bn on roads.", "Rmb300bn");
    assert_eq!((m.value, m.currency.as_deref()), (Some(300e9), Some("CNY")));
}

#[test]
fn a_clock_time_written_with_a_dot_is_no_quantity() {
    assert!(spans("The 7.30pm show and the 10.45 a.m. train ran late.").is_empty());
    // a decimal before another word stays a number
    assert_eq!(get("It rose 7.30 points.", "7.30").value, Some(7.3));
}

#[test]
fn set_scores_in_a_row_are_no_ranges() {
    for t in [
        "She took the final 7-5 4-6 (3-7) 6-2 on clay.",
        "He went out 3-6, 6-7 at Queen's Club.",
        "They were beaten 5-7 6-7 at Wimbledon.",
    ] {
        assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
    }
    // A rising run past 7 is a list of bands; a pair alone stays a range.
    assert_eq!(
        spans("Voters aged 18-24, 25-34 and 35-44 were asked."),
        ["18-24", "25-34", "35-44"]
    );
    assert_eq!(spans("Expect 3-5 days of rain."), ["3-5 days"]);
}

#[test]
fn days_joined_before_or_after_a_month_are_a_date() {
    for t in [
        "Polls open on 6 or 7 May.",
        "The fair runs from 2 to 4 October.",
        "Tickets go on sale between 8 and 10 July.",
        "Results come on August 3 or 4.",
        "Strikes are planned for June 9 and 10.",
    ] {
        assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
    }
    // Days without a month stay numbers.
    assert_eq!(spans("He won 6 or 7 medals."), ["6 or 7"]);
}

#[test]
fn one_in_a_written_scale_is_a_fraction() {
    let t = "The risk is one in a billion, or one in ten thousand at worst.";
    for (span, v) in [("one in a billion", 1e-9), ("one in ten thousand", 1e-4)] {
        let m = get(t, span);
        assert_eq!(m.kind, NumberKind::Fraction, "{span}");
        assert!((m.value.unwrap() - v).abs() < 1e-15, "{span}");
    }
}

#[test]
fn points_are_a_counted_noun() {
    let t = "The index gained 45 points while the side dropped three points.";
    assert_eq!(get(t, "45").unit.as_deref(), Some("points"));
    assert_eq!(get(t, "three").unit.as_deref(), Some("points"));
    // A decimal read aloud is still one number: "point" is no noun.
    assert_eq!(get("It fell two point five.", "two point five").value, Some(2.5));
}

#[test]
fn score_nouns_that_are_verbs_are_counted() {
    let t = "They won by 12 runs after 2 tries at a chase.";
    assert_eq!(get(t, "12").unit.as_deref(), Some("runs"));
    assert_eq!(get(t, "2").unit.as_deref(), Some("tries"));
}

#[test]
fn a_verb_after_a_name_is_no_score_noun() {
    assert_eq!(get("Their label 4 Music runs the tour.", "4").unit, None);
}
