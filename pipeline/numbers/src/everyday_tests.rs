//! Unit tests for the classes fixed from the everyday-expression probes (issue
//! #14): one sentence per class, in its own wording, with the non-number side
//! next to the number side where a class has one.

use super::*;
use crate::tests::{get, spans};

fn shape(m: &NumberMention) -> (NumberKind, Option<f64>, Option<&str>, Option<&str>) {
    (m.kind, m.value, m.unit.as_deref(), m.currency.as_deref())
}

#[test]
fn a_vague_count_of_a_measure_or_currency_keeps_the_unit() {
    let t = "The tide crept a few feet up the slipway; fixing it costs several dollars.";
    assert_eq!(
        shape(&get(t, "a few feet")),
        (NumberKind::Measure, None, Some("ft"), None)
    );
    assert_eq!(
        shape(&get(t, "several dollars")),
        (NumberKind::Money, None, None, Some("USD"))
    );
    // An ambiguous "pounds" is weight unless a paying word comes before.
    let t = "She shed a few pounds, then paid a few pounds for tea.";
    let all = extract(t);
    assert_eq!(all[0].unit.as_deref(), Some("lb"));
    assert_eq!(all[1].currency.as_deref(), Some("GBP"));
    let t = "Old kettles go for only a few pounds.";
    assert_eq!(get(t, "a few pounds").currency.as_deref(), Some("GBP"));
    assert_eq!(
        shape(&get("Hold it for several seconds.", "several seconds")),
        (NumberKind::Duration, None, Some("seconds"), None)
    );
    let m = get("The repairs cost a few grand.", "a few grand");
    assert_eq!((m.kind, m.value, m.currency.as_deref()), (NumberKind::Money, None, None));
    assert!(spans("They own several grand pianos.").is_empty());
    // Not a unit: people, times and milestones stay uncounted.
    for t in [
        "A few people waved several times.",
        "It hit a few milestones.",
    ] {
        assert!(spans(t).is_empty(), "{t:?} gave {:?}", spans(t));
    }
}

#[test]
fn a_decade_after_the_or_read_out_is_years() {
    let y = |t: &str, s: &str| {
        let m = get(t, s);
        (m.kind, m.low, m.high)
    };
    let t = "Her playlist is all the 70s disco she grew up with.";
    assert_eq!(y(t, "70s"), (NumberKind::Year, Some(1970.0), Some(1979.0)));
    let t = "Rents soared in the late 90s.";
    assert_eq!(
        y(t, "late 90s"),
        (NumberKind::Year, Some(1997.0), Some(1999.0))
    );
    let t = "Cinema in the nineteen fifties was booming.";
    assert_eq!(
        y(t, "nineteen fifties"),
        (NumberKind::Year, Some(1950.0), Some(1959.0))
    );
    let t = "An eighteen-nineties mill stood here.";
    assert_eq!(
        y(t, "eighteen-nineties"),
        (NumberKind::Year, Some(1890.0), Some(1899.0))
    );
    // Not after "the": an age; the 20s could be either century.
    assert_eq!(
        get("Her uncle is in his 70s.", "70s").kind,
        NumberKind::Duration
    );
    assert!(spans("Flappers danced through the 20s.").is_empty());
    assert!(spans("The pension age may reach the late 60s.").is_empty());
    assert!(spans("Life expectancy in the region is still only the mid-50s.").is_empty());
}

#[test]
fn a_whole_number_and_a_fraction_join_with_and_or_ampersand() {
    let t = "Knead for 3 & a half minutes, then fold in 1 and 1/4 cups of oats.";
    assert_eq!(
        shape(&get(t, "3 & a half minutes")),
        (NumberKind::Duration, Some(3.5), Some("minutes"), None)
    );
    assert_eq!(
        shape(&get(t, "1 and 1/4 cups")),
        (NumberKind::Measure, Some(1.25), Some("cup"), None)
    );
    assert_eq!(
        get("Nine & a half weeks", "Nine & a half weeks").value,
        Some(9.5)
    );
    // Two whole numbers stay two: a list, not a sum.
    assert_eq!(spans("The kids are 6 & 9 now."), vec!["6", "9"]);
}

#[test]
fn money_slang_with_articles_hundreds_and_spoken_pence() {
    let t = "He sold the van for two hundred grand and tipped a quid.";
    assert_eq!(get(t, "two hundred grand").value, Some(200000.0));
    assert_eq!(
        shape(&get(t, "a quid")),
        (NumberKind::Money, Some(1.0), None, Some("GBP"))
    );
    let t = "Chips were a pound twenty, sweets thirty p.";
    assert_eq!(get(t, "a pound twenty").value, Some(1.2));
    assert_eq!(
        shape(&get(t, "thirty p")),
        (NumberKind::Money, Some(0.3), Some("p"), Some("GBP"))
    );
    // Not money: an idiom, a weight, a spaced "p" after digits, grand pianos.
    assert!(spans("It was a quid pro quo.").is_empty());
    assert_eq!(
        get("Grab a pound of plums.", "a pound").unit.as_deref(),
        Some("lb")
    );
    assert_eq!(get("See note 4 p 12.", "4").kind, NumberKind::Cardinal);
    assert_eq!(
        get("Six hundred grand pianos.", "Six hundred").kind,
        NumberKind::Cardinal
    );
}

#[test]
fn an_hour_before_a_part_of_the_day_is_a_clock_time() {
    for t in [
        "Meet me at nine tonight.",
        "The bar is open until 2 in the morning.",
        "Doors shut at eight this evening.",
    ] {
        assert!(spans(t).is_empty(), "{t:?} gave {:?}", spans(t));
    }
    // A count with its noun, or beyond the clock, stays a number.
    assert_eq!(spans("Nine guests stayed tonight."), vec!["Nine"]);
    assert_eq!(spans("Prices rose at 15 tonight's rate."), vec!["15"]);
}

#[test]
fn over_after_a_word_of_lasting_is_a_bound() {
    let m = get("The repairs took over a week.", "over a week");
    assert_eq!(
        (m.qualifier, m.low, m.unit.as_deref()),
        (Some(Qualifier::MoreThan), Some(1.0), Some("weeks"))
    );
    let m = get("She was away for over three months.", "over three months");
    assert_eq!(m.low, Some(3.0));
    // "over" as "during" stays a period.
    let t = "Over two years the town grew.";
    assert_eq!(get(t, "two years").qualifier, None);
}

#[test]
fn minutes_said_after_whole_hours_join_the_duration() {
    let t = "The ferry takes an hour forty, the train 2 hours 15.";
    let m = get(t, "an hour forty");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Duration, Some("hours"))
    );
    assert!((m.value.unwrap() - 5.0 / 3.0).abs() < 1e-9);
    assert_eq!(get(t, "2 hours 15").value, Some(2.25));
    // A count with a noun after the hours stays a count of its own.
    let t = "After 3 hours 40 fans were still queueing, and 2 hours 12 of them left.";
    assert_eq!(get(t, "40").unit.as_deref(), Some("fans"));
    assert_eq!(get(t, "12").kind, NumberKind::Cardinal);
}

#[test]
fn below_ending_a_clause_about_the_weather_is_below_zero() {
    let t = "By dawn it was fifteen below, and lows reach 8 below tonight.";
    let m = get(t, "fifteen below");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (NumberKind::Measure, Some(-15.0), Some("°"))
    );
    assert_eq!(get(t, "8 below").value, Some(-8.0));
    // Golf and targets: "below" there is no temperature.
    let t = "He shot six below par; she was 3 below, level with him.";
    assert_eq!(get(t, "six").kind, NumberKind::Cardinal);
    assert_eq!(get(t, "3").kind, NumberKind::Cardinal);
}

#[test]
fn a_fraction_of_one_unit_and_spoons_after_an_article() {
    let t = "The crane lifts half a ton; stir in a tablespoon.";
    assert_eq!(
        shape(&get(t, "half a ton")),
        (NumberKind::Measure, Some(0.5), Some("t"), None)
    );
    assert_eq!(
        shape(&get(t, "a tablespoon")),
        (NumberKind::Measure, Some(1.0), Some("tbsp"), None)
    );
    // Without a fraction "a ton of" is an idiom.
    assert!(spans("We have a ton of homework.").is_empty());
}

#[test]
fn between_takes_an_ampersand_as_and() {
    let m = get("Allow between 15 & 20 minutes.", "between 15 & 20 minutes");
    assert_eq!(
        (m.low, m.high, m.unit.as_deref()),
        (Some(15.0), Some(20.0), Some("minutes"))
    );
}

#[test]
fn a_tens_word_glued_to_its_unit_word_is_one_number() {
    let t = "lol i got thirtysix likes and ninetyone comments";
    assert_eq!(get(t, "thirtysix").value, Some(36.0));
    assert_eq!(get(t, "ninetyone").unit.as_deref(), Some("comments"));
    // Other glued words are no numbers.
    for t in ["a sixtyish crowd", "twentyeleven"] {
        assert!(
            spans(t).iter().all(|s| !s.contains("ty")),
            "{t:?} gave {:?}",
            spans(t)
        );
    }
}

#[test]
fn up_after_a_turning_verb_and_its_object_is_a_particle() {
    let m = get("Turn the heat up to 220 for the crust.", "220");
    assert_eq!((m.qualifier, m.high), (None, None));
    // A ceiling stays a ceiling.
    let m = get("The hall takes up to 220 guests.", "up to 220");
    assert_eq!(m.qualifier, Some(Qualifier::UpTo));
}

#[test]
fn compounds_of_irregular_plurals_are_counted_nouns() {
    let t = "Four gunmen held nine schoolchildren; two policewomen and 30 townspeople helped.";
    assert_eq!(get(t, "Four").unit.as_deref(), Some("gunmen"));
    assert_eq!(get(t, "nine").unit.as_deref(), Some("schoolchildren"));
    assert_eq!(get(t, "two").unit.as_deref(), Some("policewomen"));
    assert_eq!(get(t, "30").unit.as_deref(), Some("townspeople"));
    // Singular words ending in -men are no plurals.
    assert_eq!(
        get("He gave 3 specimen jars.", "3").unit.as_deref(),
        Some("jars")
    );
}

#[test]
fn a_glued_c_or_f_after_an_oven_word_reads_cooking_heat() {
    let t = "Preheat the oven to 190C and roast at 400F.";
    assert_eq!(get(t, "190C").unit.as_deref(), Some("°C"));
    assert_eq!(get(t, "400F").unit.as_deref(), Some("°F"));
    // Without an oven word such heat is a code or model, not a temperature.
    assert!(spans("Staff fitted the 250C unit.")
        .iter()
        .all(|s| *s != "250C"));
}

#[test]
fn one_and_a_scale_ordinal_alone_is_a_rank() {
    let m = get("one thousandth", "one thousandth");
    assert_eq!((m.kind, m.value), (NumberKind::Ordinal, Some(1000.0)));
    // A part: "of" after it, the article, or a qualifier before.
    let t = "It shrank to one hundredth of its size, then about one thousandth more.";
    assert_eq!(get(t, "one hundredth").kind, NumberKind::Fraction);
    assert_eq!(get(t, "about one thousandth").value, Some(0.001));
    assert_eq!(get("a hundredth", "a hundredth").kind, NumberKind::Fraction);
}

#[test]
fn a_pound_before_a_note_coin_or_fine_is_money() {
    let t = "He found a twenty pound note and two 1 pound coins in a 5 pound bag of flour.";
    assert_eq!(
        shape(&get(t, "twenty pound")),
        (NumberKind::Money, Some(20.0), None, Some("GBP"))
    );
    assert_eq!(get(t, "1 pound").currency.as_deref(), Some("GBP"));
    assert_eq!(get(t, "5 pound").unit.as_deref(), Some("lb"));
}

#[test]
fn a_closing_scale_is_shared_by_both_ends_of_a_range() {
    let t = "Expect four or five hundred guests, maybe 7 or 8 thousand online.";
    let m = get(t, "four or five hundred");
    assert_eq!((m.low, m.high), (Some(400.0), Some(500.0)));
    let m = get(t, "7 or 8 thousand");
    assert_eq!((m.low, m.high), (Some(7000.0), Some(8000.0)));
    let m = get(
        "It seats between six and seven hundred.",
        "between six and seven hundred",
    );
    assert_eq!((m.low, m.high), (Some(600.0), Some(700.0)));
    // Far apart after the scale is off: two numbers.
    assert_eq!(spans("He polled 2 or 300 votes."), vec!["2", "300"]);
}

#[test]
fn round_digits_made_plural_before_of_are_vague() {
    let t = "We got 100s of replies and 1,000s of likes.";
    let m = get(t, "100s");
    assert_eq!(
        (m.kind, m.low, m.unit.as_deref()),
        (NumberKind::Vague, Some(200.0), Some("replies"))
    );
    assert_eq!(get(t, "1,000s").low, Some(2000.0));
    // A century stays a century.
    assert_eq!(get("Mills of the 1700s.", "1700s").kind, NumberKind::Year);
}

#[test]
fn a_range_below_zero_may_count_down() {
    let m = get("Nights of -3 to -8C are likely.", "-3 to -8C");
    assert_eq!(
        (m.kind, m.low, m.high),
        (NumberKind::Measure, Some(-8.0), Some(-3.0))
    );
    let m = get("minus two to minus six", "minus two to minus six");
    assert_eq!((m.low, m.high), (Some(-6.0), Some(-2.0)));
    // Above zero a falling pair is no range ("won 5 to 3").
    assert_eq!(spans("They won 5 to 3."), vec!["5", "3"]);
}

#[test]
fn a_number_after_a_lower_case_label_noun_names_no_amount() {
    for t in [
        "Turn to page 5 for the map.",
        "She slept in room 101 that night.",
        "Take bus 42 to the harbour.",
        "The train leaves from platform 9.",
        "The doctors found stage 4 cancer.",
        "Type 2 diabetes is common; so is type 1 diabetes.",
        "Under article 50 the talks began.",
    ] {
        let all = extract(t);
        assert!(
            all.iter().all(|m| m.kind != NumberKind::Cardinal),
            "{t}: {all:?}"
        );
    }
    // The noun counted after a number, or a plural before it, is no label.
    assert_eq!(get("The page had 5 errors.", "5").unit.as_deref(), Some("errors"));
    assert_eq!(get("Read pages 3 to 7.", "3 to 7").low, Some(3.0));
    assert_eq!(get("The room held 101 guests.", "101").value, Some(101.0));
}
