//! Unit tests for phrasings the tuning specs never showed, one family each, in
//! sentences written for the tests (they generalise the stage; no held-out data
//! was seen).

use super::tests::get;
use super::*;

macro_rules! assert_val {
    ($m:expr, $v:expr) => {{
        let (got, want): (Option<f64>, f64) = ($m.value, $v);
        assert!(
            got.is_some_and(|g| (g - want).abs() <= 1e-9 * want.abs().max(1.0)),
            "value {got:?} != {want}"
        )
    }};
}

#[test]
fn a_qualifier_reaches_past_an_opening_quote_mark() {
    for (t, span, q, noun) in [
        (
            "Roughly “4,500” migrants crossed last month.",
            "Roughly “4,500”",
            Qualifier::About,
            "migrants",
        ),
        (
            "The union said \"more than 60\" drivers walked out.",
            "more than 60",
            Qualifier::MoreThan,
            "drivers",
        ),
        (
            "No fewer than ‘twelve’ ministers signed.",
            "No fewer than ‘twelve’",
            Qualifier::AtLeast,
            "ministers",
        ),
    ] {
        let m = get(t, span);
        assert_eq!(m.qualifier, Some(q), "{t}");
        assert_eq!(m.unit.as_deref(), Some(noun), "{t}");
    }
}

#[test]
fn a_qualifier_stays_out_of_a_quoted_sentence_that_opens_on_the_number() {
    let t = "He said that about \"40% of the staff were away that week\".";
    assert_eq!(get(t, "40%").qualifier, None);
}

#[test]
fn the_counted_noun_follows_a_closing_mark_around_a_whole_bound() {
    let t = "Police counted “at least 800” cars on the bridge.";
    let m = get(t, "at least 800");
    assert_eq!(m.unit.as_deref(), Some("cars"));
    assert_eq!(m.low, Some(800.0));
}

#[test]
fn abbreviations_and_signs_of_about_are_qualifiers() {
    for (t, span) in [
        ("The fort held approx. 700 men.", "approx. 700"),
        ("The abbey dates from c. 1120 and seats ca. 400.", "ca. 400"),
        ("Queues of ~250 cars formed.", "~250"),
        ("A drop of ≈ 3 metres was measured.", "≈ 3 metres"),
    ] {
        assert_eq!(get(t, span).qualifier, Some(Qualifier::About), "{t}");
    }
    // A capital C before a full stop is a letter or a grade, not circa.
    let t = "She got a C. 40 others failed.";
    assert_eq!(get(t, "40").qualifier, None);
}

#[test]
fn a_minor_unit_of_another_currency_is_an_amount_of_its_own() {
    let t = "The stall asked 30 rupees and 15¢ for the two.";
    assert_eq!(get(t, "30 rupees").currency.as_deref(), Some("INR"));
    assert_eq!(get(t, "15¢").currency.as_deref(), Some("USD"));
    let t = "A coffee was £2 and 40 cents in the other shop.";
    assert_val!(get(t, "£2"), 2.0);
    // Its own minor unit still joins: pence to pounds, paise to rupees.
    assert_val!(get("He paid £4 and 20p.", "£4 and 20p"), 4.2);
    let m = get(
        "Tea costs 12 rupees and 50 paise.",
        "12 rupees and 50 paise",
    );
    assert_val!(m, 12.5);
    assert_eq!(m.currency.as_deref(), Some("INR"));
}

#[test]
fn a_nationality_before_pounds_makes_money_and_two_word_nationalities_count() {
    for (t, span, iso) in [
        (
            "A taxi ride was 90 Egyptian pounds.",
            "90 Egyptian pounds",
            "EGP",
        ),
        (
            "Bread rose to 3 Sudanese pounds.",
            "3 Sudanese pounds",
            "SDG",
        ),
        (
            "Fees of 120 South Sudanese pounds apply.",
            "120 South Sudanese pounds",
            "SSP",
        ),
        (
            "He was paid 400 South African rand.",
            "400 South African rand",
            "ZAR",
        ),
        (
            "It sold for 75 New Taiwan dollars.",
            "75 New Taiwan dollars",
            "TWD",
        ),
        ("The fine was 250 new shekels.", "250 new shekels", "ILS"),
        (
            "A night costs 9,000 Icelandic kronur.",
            "9,000 Icelandic kronur",
            "ISK",
        ),
    ] {
        let m = get(t, span);
        assert_eq!(m.kind, NumberKind::Money, "{t}");
        assert_eq!(m.currency.as_deref(), Some(iso), "{t}");
    }
    // Without a nationality, pounds stay a weight.
    assert_eq!(
        get("The sack weighed 90 pounds.", "90 pounds").kind,
        NumberKind::Measure
    );
}

#[test]
fn calendar_parts_of_a_duration_add_up_by_the_calendar() {
    let m = get(
        "He served four years and nine months.",
        "four years and nine months",
    );
    assert_val!(m, 4.75);
    assert_eq!(m.unit.as_deref(), Some("years"));
    let m = get(
        "Terms run from 3 months to 1 year.",
        "from 3 months to 1 year",
    );
    assert_eq!(m.low, Some(0.25));
    assert_eq!(m.high, Some(1.0));
}

#[test]
fn a_duration_written_with_an_article_chains_smaller_parts() {
    let m = get(
        "The flight lasted an hour and 40 minutes.",
        "an hour and 40 minutes",
    );
    assert_val!(m, 1.0 + 40.0 / 60.0);
    assert_eq!(m.unit.as_deref(), Some("hours"));
    assert_val!(get("He waited a year, 3 months.", "a year, 3 months"), 1.25);
    // A larger second part is a second amount.
    assert_eq!(
        tests::spans("It took a week and 10 days."),
        vec!["a week", "10 days"]
    );
}

#[test]
fn a_scale_or_group_word_alone_is_a_number_but_not_inside_a_sentence() {
    for (t, v) in [("billion", 1e9), ("Dozen.", 12.0), ("a pair", 2.0)] {
        let all = extract(t);
        assert_eq!(all.len(), 1, "{t}");
        assert_eq!(all[0].value, Some(v), "{t}");
    }
    assert!(extract("The pair were fined.").is_empty());
    assert!(extract("thousand lakes").is_empty());
    // Unit names kept from "a" for their idioms count when they are all there is.
    assert_eq!(get("A yard.", "A yard").unit.as_deref(), Some("yd"));
    assert!(extract("She had a foot in both camps.").is_empty());
}

#[test]
fn money_slang_with_its_article() {
    let m = get("He bet me a fiver on it.", "a fiver");
    assert_eq!((m.kind, m.value), (NumberKind::Money, Some(5.0)));
    assert_eq!(m.currency.as_deref(), Some("GBP"));
    assert_val!(
        get("The repair cost her a grand, she said.", "a grand"),
        1000.0
    );
    assert!(extract("They bought a grand piano.").is_empty());
}

#[test]
fn an_article_counts_one_of_a_two_word_unit() {
    for (t, span, unit) in [
        (
            "The blaze burned a square mile of forest.",
            "a square mile",
            "sq mi",
        ),
        ("Each crate holds a cubic metre.", "a cubic metre", "m³"),
        (
            "The ship sat a nautical mile offshore.",
            "a nautical mile",
            "nmi",
        ),
    ] {
        let m = get(t, span);
        assert_eq!(m.kind, NumberKind::Measure, "{t}");
        assert_eq!(m.unit.as_deref(), Some(unit), "{t}");
    }
    // Plural or no unit after the adjective: no count of one.
    assert!(extract("They ate a square meal.").is_empty());
}

#[test]
fn a_height_may_leave_off_its_inch_mark() {
    let m = get("The striker is 5'10 and quick.", "5'10");
    assert_val!(m, 5.0 + 10.0 / 12.0);
    assert_eq!(m.unit.as_deref(), Some("ft"));
    assert_val!(get("At 6’3, she towers over them.", "6’3"), 6.25);
    // Not a height: a large first part, or digits that run on.
    assert!(tests::spans("Platform 9'3 opened.")
        .iter()
        .all(|s| !s.contains('\'')));
}

#[test]
fn two_word_unit_abbreviations_keep_their_full_stops() {
    let m = get("Pour in 8 fl. oz. of stock.", "8 fl. oz");
    assert_eq!(m.unit.as_deref(), Some("fl oz"));
    let m = get("The fridge has 18 cu. ft. of space.", "18 cu. ft");
    assert_eq!(m.unit.as_deref(), Some("cu ft"));
}

#[test]
fn both_ends_of_a_range_read_a_glued_m_alike() {
    let m = get("The mast is 8m to 9m tall.", "8m to 9m");
    assert_eq!((m.low, m.high), (Some(8.0), Some(9.0)));
    assert_eq!(m.unit.as_deref(), Some("m"));
    let m = get("Waves reached between 4m and 6m.", "between 4m and 6m");
    assert_eq!((m.low, m.high), (Some(4.0), Some(6.0)));
    // A counted noun after the second end keeps millions at both.
    let m = get("It has 5m to 7m users.", "5m to 7m");
    assert_eq!((m.low, m.high), (Some(5e6), Some(7e6)));
}

#[test]
fn an_improper_slash_pair_is_no_number_at_all() {
    for t in ["The shop is open 24/7 now.", "Her tiebreak record is 9/4."] {
        assert!(extract(t).is_empty(), "{t}: {:?}", tests::spans(t));
    }
    assert_eq!(
        get("Only 2/5 of the seats sold.", "2/5").kind,
        NumberKind::Fraction
    );
}

#[test]
fn coordinated_ordinals_share_their_noun() {
    let t = "Profits fell in the 1st and 2nd halves.";
    assert_eq!(get(t, "1st").unit.as_deref(), Some("halves"));
    let t = "Their fifth and sixth albums sold well.";
    assert_eq!(get(t, "fifth").unit.as_deref(), Some("albums"));
    assert_eq!(get(t, "sixth").unit.as_deref(), Some("albums"));
}

#[test]
fn a_currency_name_takes_and_a_half() {
    let m = get(
        "A loaf was a dollar and a half then.",
        "a dollar and a half",
    );
    assert_val!(m, 1.5);
    assert_eq!(m.currency.as_deref(), Some("USD"));
    assert_val!(
        get(
            "Entry is ten euros and a quarter.",
            "ten euros and a quarter"
        ),
        10.25
    );
    // A fraction of something else is not part of the amount.
    let t = "He paid five dollars and a half dozen eggs.";
    assert_val!(get(t, "five dollars"), 5.0);
}

#[test]
fn a_decade_of_life_after_a_possessive_is_an_age() {
    let m = get("A man in his 40s was arrested.", "40s");
    assert_eq!(m.kind, NumberKind::Duration);
    assert_eq!((m.low, m.high), (Some(40.0), Some(49.0)));
    assert_eq!(m.unit.as_deref(), Some("years"));
    let m = get("She is in her late twenties.", "late twenties");
    assert_eq!((m.low, m.high), (Some(27.0), Some(29.0)));
    let m = get("Two boys in their early teens", "early teens");
    assert_eq!((m.low, m.high), (Some(13.0), Some(15.0)));
    // Later items of a list of ages are ages too.
    let t = "Fans in their 30s, 40s and 50s came.";
    assert_eq!(get(t, "50s").kind, NumberKind::Duration);
    // After "the" a decade stays years of the calendar.
    assert_eq!(
        get("music of the forties", "forties").kind,
        NumberKind::Year
    );
}

#[test]
fn a_number_after_aged_is_an_age() {
    let m = get("Pupils aged 11 sat the test.", "11");
    assert_eq!(m.kind, NumberKind::Duration);
    assert_eq!(m.unit.as_deref(), Some("years"));
    let m = get("Adults aged 18 to 64 were asked.", "18 to 64");
    assert_eq!((m.low, m.high), (Some(18.0), Some(64.0)));
    assert_eq!(m.unit.as_deref(), Some("years"));
}

#[test]
fn short_and_small_duration_units() {
    for (t, span, unit) in [
        ("The lease runs 1 yr.", "1 yr", "years"),
        ("Allow 1 wk for delivery.", "1 wk", "weeks"),
        ("A pulse of 20 nanoseconds", "20 nanoseconds", "nanoseconds"),
    ] {
        let m = get(t, span);
        assert_eq!(m.kind, NumberKind::Duration, "{t}");
        assert_eq!(m.unit.as_deref(), Some(unit), "{t}");
    }
}

#[test]
fn or_so_is_about_and_a_unit_or_two_is_a_range() {
    let m = get("The repair takes a week or so.", "a week or so");
    assert_eq!(m.qualifier, Some(Qualifier::About));
    assert_eq!((m.low, m.high), (None, None));
    let m = get("Roughly 40 or so boats sailed.", "Roughly 40 or so");
    assert_eq!(m.qualifier, Some(Qualifier::About));
    let m = get("Rain is due in an hour or two.", "an hour or two");
    assert_eq!(m.kind, NumberKind::Duration);
    assert_eq!((m.low, m.high), (Some(1.0), Some(2.0)));
    let m = get("Tips of a dollar or two help.", "a dollar or two");
    assert_eq!(m.currency.as_deref(), Some("USD"));
    // A second count with a unit of its own is a second amount.
    assert_eq!(
        tests::spans("in a day or two weeks"),
        vec!["a day", "two weeks"]
    );
}

#[test]
fn a_word_of_addition_before_the_noun_counts_it_too() {
    let t = "The army sent 2,000 more soldiers and two other ships.";
    assert_eq!(get(t, "2,000").unit.as_deref(), Some("soldiers"));
    assert_eq!(get(t, "two").unit.as_deref(), Some("ships"));
    // Not across a comparison.
    assert_eq!(get("It sold 40 more than before.", "40").unit, None);
}

#[test]
fn a_fraction_of_a_scale_is_a_cardinal_even_hyphened() {
    for (t, span, v) in [
        (
            "Some half-million homes lost power.",
            "Some half-million",
            5e5,
        ),
        ("A quarter-million fans came.", "A quarter-million", 2.5e5),
        (
            "It drew three-quarter million votes.",
            "three-quarter million",
            7.5e5,
        ),
        ("Half a billion people watched.", "Half a billion", 5e8),
    ] {
        let m = get(t, span);
        assert_eq!(m.kind, NumberKind::Cardinal, "{t}");
        assert_val!(m, v);
    }
    assert_eq!(get("He ate a half.", "a half").kind, NumberKind::Fraction);
}

#[test]
fn a_spaced_in_is_an_inch_only_where_no_preposition_can_be() {
    let m = get("Cut a board 14 in. wide.", "14 in");
    assert_eq!(m.unit.as_deref(), Some("in"));
    assert_eq!(get("8 in", "8 in").unit.as_deref(), Some("in"));
    assert_eq!(get("They won 8 in a row.", "8").unit, None);
    assert_eq!(get("She scored 8 in.", "8").unit, None);
}

#[test]
fn basis_points_are_a_percent_unit() {
    let m = get("The bank cut rates by 50 basis points.", "50 basis points");
    assert_eq!(m.kind, NumberKind::Percent);
    assert_eq!(m.unit.as_deref(), Some("basis points"));
    assert_eq!(
        get("a 25bp rise", "25bp").unit.as_deref(),
        Some("basis points")
    );
    assert_eq!(get("He owns 3 BP garages.", "3").kind, NumberKind::Cardinal);
}

#[test]
fn a_decade_of_degrees_in_weather_copy_is_a_temperature_range() {
    let m = get("Highs will reach the low 90s on Friday.", "low 90s");
    assert_eq!(m.kind, NumberKind::Measure);
    assert_eq!((m.low, m.high), (Some(90.0), Some(93.0)));
    assert_eq!(m.unit.as_deref(), Some("°"));
    let m = get("Overnight lows in the upper teens", "upper teens");
    assert_eq!((m.low, m.high), (Some(17.0), Some(19.0)));
    // Without a weather word it is no temperature but the decade.
    let m = get("Fashion of the 70s returned.", "70s");
    assert_eq!(m.kind, NumberKind::Year);
    assert_eq!((m.low, m.high), (Some(1970.0), Some(1979.0)));
}

#[test]
fn a_word_of_addition_before_a_time_unit_keeps_the_duration() {
    let m = get("Talks need two more weeks.", "two more weeks");
    assert_eq!(m.kind, NumberKind::Duration);
    assert_eq!(m.unit.as_deref(), Some("weeks"));
    assert_val!(get("Give it 10 extra minutes.", "10 extra minutes"), 10.0);
}

#[test]
fn a_fraction_of_one_currency_unit_is_money() {
    let m = get("A stamp cost half a dollar then.", "half a dollar");
    assert_eq!(
        (m.kind, m.currency.as_deref()),
        (NumberKind::Money, Some("USD"))
    );
    assert_val!(m, 0.5);
    assert_val!(
        get("It was a quarter of a euro.", "a quarter of a euro"),
        0.25
    );
    // Half a pound stays a weight.
    assert_eq!(
        get("Add half a pound of butter.", "half a pound").kind,
        NumberKind::Measure
    );
}

#[test]
fn a_bare_number_after_a_name_labels_it() {
    for t in [
        "He told BBC Radio 4 on Monday.",
        "The airline filed for Chapter 11 in May.",
        "Fans queued for Halo 2 overnight.",
        "The search for Flight 370 goes on.",
        "They flew a Boeing 737-800 there.",
    ] {
        assert!(extract(t).is_empty(), "{t}: {:?}", tests::spans(t));
    }
    // Counts, ranges, years and nationalities stay.
    assert_eq!(
        get("They beat Chelsea 3 goals to 1.", "3").unit.as_deref(),
        Some("goals")
    );
    assert_eq!(
        get("It opened in Spring 2010.", "2010").kind,
        NumberKind::Year
    );
    assert_eq!(
        get("a poll of British 16 to 20 year olds", "16 to 20 year").low,
        Some(16.0)
    );
}

#[test]
fn a_bare_quarter_before_a_unit_is_a_quarter_of_it() {
    let m = get("Stir in quarter cup of milk.", "quarter cup");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Measure, Some("cup"))
    );
    assert_val!(m, 0.25);
    assert!(extract("They reached the quarter final.").is_empty());
}

#[test]
fn ish_and_odd_after_a_number_make_it_about() {
    let m = get("We had 30-ish guests.", "30-ish");
    assert_eq!(m.qualifier, Some(Qualifier::About));
    let m = get("see you at the 20ish mark", "20ish");
    assert_eq!(m.qualifier, Some(Qualifier::About));
    let m = get("He spent 40 odd years there.", "40 odd");
    assert_eq!(m.qualifier, Some(Qualifier::About));
    assert_eq!(m.unit.as_deref(), Some("years"));
    // Small counts of odd things are odd things.
    assert_eq!(get("He wore 2 odd socks.", "2").qualifier, None);
}

#[test]
fn spaced_chat_scales_mil_and_bil() {
    assert_val!(get("The house sold for 2 mil.", "2 mil"), 2e6);
    let m = get("a $3 mil payout", "$3 mil");
    assert_eq!(m.currency.as_deref(), Some("USD"));
    assert_val!(m, 3e6);
    assert_val!(get("worth 4 bil now", "4 bil"), 4e9);
}

#[test]
fn a_currency_code_before_a_spelled_number() {
    let m = get("The fee was USD twenty.", "USD twenty");
    assert_eq!(
        (m.kind, m.currency.as_deref()),
        (NumberKind::Money, Some("USD"))
    );
    assert_val!(m, 20.0);
    assert_val!(get("pay Rs. fifty", "Rs. fifty"), 50.0);
    assert!(tests::spans("Pick the USD one.").is_empty());
}

#[test]
fn a_glued_degree_letter_before_a_word_of_change_is_a_temperature() {
    let m = get("Scientists warn of a 3C rise by 2100.", "3C");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Measure, Some("°C"))
    );
    assert_eq!(
        get("Keep to the 1.5C limit.", "1.5C").unit.as_deref(),
        Some("°C")
    );
    assert!(extract("The 13F filing came late.").is_empty());
}

#[test]
fn a_vague_hundreds_takes_a_larger_scale_after_it() {
    let m = get(
        "A few hundred thousand fans lined the route.",
        "A few hundred thousand",
    );
    assert_eq!((m.kind, m.low), (NumberKind::Vague, Some(2e5)));
    assert_eq!(m.unit.as_deref(), Some("fans"));
    let m = get(
        "It cost several hundred million euros.",
        "several hundred million",
    );
    assert_eq!(m.low, Some(2e8));
}

#[test]
fn pounds_listed_after_money_are_money() {
    let t = "Tickets were 8 euros or 7 pounds.";
    let m = get(t, "7 pounds");
    assert_eq!(
        (m.kind, m.currency.as_deref()),
        (NumberKind::Money, Some("GBP"))
    );
    // After a weight they stay a weight.
    let t = "He gained 2 kg and 4 pounds.";
    assert_eq!(get(t, "4 pounds").kind, NumberKind::Measure);
}

#[test]
fn a_rank_counts_its_place_without_a_determiner() {
    let m = get("Leeds finished in second place.", "second");
    assert_eq!(m.unit.as_deref(), Some("place"));
    assert_eq!(get("She was first elected in 2010.", "first").unit, None);
}

#[test]
fn an_en_dash_set_apart_before_a_number_is_a_minus() {
    for (t, span, v) in [
        ("Temperatures fell to –7C overnight.", "–7C", -7.0),
        ("The index closed at –2.5% on the day.", "–2.5%", -2.5),
        ("It was –12 degrees in Oslo.", "–12 degrees", -12.0),
    ] {
        assert_eq!(get(t, span).value, Some(v), "{t}");
    }
    // after a number, spaced or not, it joins a range
    for (t, span) in [
        ("Pages 3–7 were missing.", "3–7"),
        ("from 3 – 7 degrees", "from 3 – 7 degrees"),
    ] {
        let m = get(t, span);
        assert_eq!((m.low, m.high), (Some(3.0), Some(7.0)), "{t}");
    }
}

#[test]
fn one_after_a_superlative_is_a_pronoun() {
    for t in [
        "Pick the smallest one you can find.",
        "The newest one sold out at once.",
    ] {
        assert!(extract(t).is_empty(), "{t}: {:?}", tests::spans(t));
    }
    assert_eq!(tests::spans("The contest has one winner."), ["one"]);
}

#[test]
fn an_adjective_in_able_or_ible_before_an_ordinals_noun_is_skipped() {
    let t = "This is their third sustainable project.";
    assert_eq!(get(t, "third").unit.as_deref(), Some("project"));
    let t = "It was his second visible blunder.";
    assert_eq!(get(t, "second").unit.as_deref(), Some("blunder"));
}

#[test]
fn a_year_after_in_is_no_range_with_the_amount_after_to() {
    let t = "Sales grew from $40 million in 2019 to $65 million in 2021.";
    assert_eq!(tests::spans(t), ["$40 million", "2019", "$65 million", "2021"]);
    // Amounts before the year still make a range.
    let t = "Flights cost from $200 to $300 in 2020.";
    assert_eq!(get(t, "from $200 to $300").low, Some(200.0));
}

#[test]
fn a_hyphened_two_word_unit_is_one_unit() {
    for (t, span) in [
        ("They let a 3,500 square-foot shop.", "3,500 square-foot"),
        ("A 900-square-metre site was cleared.", "900-square-metre"),
    ] {
        let m = get(t, span);
        assert_eq!(m.kind, NumberKind::Measure, "{t}");
    }
    let m = get("She opened a four-percentage-point gap.", "four-percentage-point");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Percent, Some("percentage points"))
    );
}

#[test]
fn long_digit_runs_are_identifiers() {
    for t in [
        "The post 981234567012345678 was removed.",
        "Quote reference 400123456789 when you call.",
    ] {
        assert!(extract(t).is_empty(), "{t}: {:?}", tests::spans(t));
    }
    assert_eq!(tests::spans("It owes 40000000 rupees."), ["40000000 rupees"]);
    assert_eq!(tests::spans("981234567012345678"), ["981234567012345678"]);
}

#[test]
fn an_acronym_before_the_counted_noun_modifies_it() {
    let t = "Some 9,000 US troops and 300 UN monitors stayed.";
    assert_eq!(get(t, "Some 9,000").unit.as_deref(), Some("troops"));
    assert_eq!(get(t, "300").unit.as_deref(), Some("monitors"));
}

#[test]
fn an_em_dash_between_words_is_no_hyphen() {
    assert_eq!(tests::spans("It may happen one day—and soon."), ["one day"]);
    assert_eq!(tests::spans("They waited two hours—then left."), ["two hours"]);
}

#[test]
fn titles_once_and_age_groups_are_set_phrases() {
    // A title led by "first" ranks nobody; "the first minister to" still ranks.
    assert!(tests::spans("Deputy First Minister Ann Cole and the first lady met.").is_empty());
    assert_eq!(tests::spans("She was the first minister to resign."), ["first"]);
    // "One morning" opening a sentence is an indefinite time; "one day later" a period.
    assert!(tests::spans("One morning the bridge was gone.").is_empty());
    assert_eq!(tests::spans("But one day later it was back."), ["one day"]);
    // An age group is a decade of life in years.
    let m = get("Fifty-somethings are the fastest-growing group.", "Fifty-somethings");
    assert_eq!(
        (m.kind, m.low, m.high, m.unit.as_deref()),
        (NumberKind::Duration, Some(50.0), Some(59.0), Some("years"))
    );
}

#[test]
fn a_past_verb_or_a_clause_after_time_ends_the_noun_search() {
    // "time" is what an ordinal counts, not a modifier of the next plural.
    let m = get("For the second time buyers face higher rates.", "second");
    assert_eq!(m.unit.as_deref(), Some("time"));
    // An irregular past verb is no modifier of the plural after it.
    let m = get("Of the 9 finalists, 3 took prizes home.", "3");
    assert_eq!(m.unit, None);
    // A hyphenated compound still modifies: "made-up".
    let m = get("He told 3 made-up stories.", "3");
    assert_eq!(m.unit.as_deref(), Some("stories"));
}

#[test]
fn a_sixth_form_is_a_school_stage() {
    assert_eq!(
        tests::spans("The sixth-form block and two sixth formers."),
        ["two"]
    );
    assert_eq!(tests::spans("She joined the sixth form in 2020."), ["2020"]);
}
