//! Unit tests for the classes fixed in the seventh round (issue #14, what is
//! reported for a number form): one test per class, in its own wording, with
//! the side that must stay as it was next to the side that changed.

use crate::tests::{get, spans};
use crate::{NumberKind, Qualifier};

#[test]
fn digits_read_out_with_oh_are_one_number() {
    // Changed: "oh" between digit words reads them as one digit string.
    assert_eq!(
        get("Flight three oh two landed.", "three oh two").value,
        Some(302.0)
    );
    assert_eq!(get("eight oh eight", "eight oh eight").value, Some(808.0));
    assert_eq!(get("five oh oh", "five oh oh").value, Some(500.0));
    // Kept: digit words without "oh" are counted one by one, "oh" after a comma
    // or a lone "oh" is an exclamation, and a year in pairs stays a year.
    assert_eq!(spans("four five six"), vec!["four", "five", "six"]);
    assert_eq!(spans("It was five, oh, maybe six."), vec!["five", "six"]);
    assert_eq!(spans("three oh"), vec!["three"]);
    assert_eq!(
        get("born in nineteen oh two", "nineteen oh two").value,
        Some(1902.0)
    );
}

#[test]
fn a_count_hyphened_to_a_scale_ordinal_is_one_ordinal() {
    // Changed: "4-millionth" was a count of 4 "millionth".
    let m = get("They greeted the 4-millionth passenger.", "4-millionth");
    assert_eq!(m.kind, NumberKind::Ordinal);
    assert_eq!(m.value, Some(4_000_000.0));
    assert_eq!(m.unit.as_deref(), Some("passenger"));
    assert_eq!(
        get("our 20-thousandth order", "20-thousandth").value,
        Some(20_000.0)
    );
    // Kept: spelled ones were already ordinals; other hyphened words still count.
    assert_eq!(
        get("the six-hundredth game", "six-hundredth").value,
        Some(600.0)
    );
    assert_eq!(
        get("a 12-member jury", "12-member").unit.as_deref(),
        Some("member")
    );
}

#[test]
fn an_apostrophe_year_after_a_capitalised_word_is_a_year() {
    // Changed: "'88" after a name or greeting was the count 88.
    let m = get("They still talk of Italia '90.", "'90");
    assert_eq!(m.kind, NumberKind::Year);
    assert_eq!(m.value, Some(1990.0));
    assert_eq!(
        get("Merry Christmas and Happy '03!", "'03").value,
        Some(2003.0)
    );
    // Kept: a quotation that opens on a count, unit or per cent is no year.
    assert_eq!(
        get("Ministers '45 minutes away'", "45 minutes").value,
        Some(45.0)
    );
    assert_eq!(get("Jones '60 jobs to go'", "60").value, Some(60.0));
    assert_eq!(get("Labour '35 per cent'", "35 per cent").value, Some(35.0));
}

#[test]
fn whole_pence_with_a_space_before_p_are_money() {
    // Changed: "40 p" was the count 40.
    let m = get("A loaf went up 40 p overnight.", "40 p");
    assert_eq!(m.kind, NumberKind::Money);
    assert_eq!(m.value, Some(0.4));
    assert_eq!(m.currency.as_deref(), Some("GBP"));
    // Kept: a clock time, a count over a pound's worth, and digits after "p";
    // "p.c." is per cent.
    assert!(spans("We meet at 7 p.m. sharp.").is_empty());
    assert_eq!(get("a 9 p.c. gain", "9 p.c.").kind, NumberKind::Percent);
    assert_eq!(get("Index at 250 p today", "250").value, Some(250.0));
    assert_eq!(spans("It scored 3 p 4 in the test."), vec!["3", "4"]);
}

#[test]
fn a_spaced_trn_is_trillion_and_a_spaced_tn_before_a_currency() {
    // Changed: both stayed the bare number.
    assert_eq!(get("a 1.7 trn budget", "1.7 trn").value, Some(1.7e12));
    let m = get("Reserves hit 3.1 tn euros.", "3.1 tn euros");
    assert_eq!(m.value, Some(3.1e12));
    assert_eq!(m.currency.as_deref(), Some("EUR"));
    // Kept: a spaced "tn" without a currency may be tonnes, so no scale.
    assert_eq!(get("some 40 tn of scrap", "some 40").value, Some(40.0));
}

#[test]
fn a_capital_r_glued_to_a_price_is_the_rand() {
    // Changed: "R" before a price was dropped with it.
    let m = get("Petrol rose to R22.45 a litre.", "R22.45");
    assert_eq!(m.currency.as_deref(), Some("ZAR"));
    assert_eq!(m.value, Some(22.45));
    assert_eq!(get("a R3,500 grant", "R3,500").value, Some(3500.0));
    assert_eq!(get("Eskom owes R1.2bn.", "R1.2bn").value, Some(1.2e9));
    assert_eq!(get("a R40m stadium", "R40m").value, Some(4e7));
    // Kept: a bare "R" and digits, or a version number, is a name or a code.
    assert!(spans("Take the R340 south.").is_empty());
    assert!(spans("The R2.1 update shipped.").is_empty());
}

#[test]
fn a_part_of_one_pound_is_a_weight() {
    // Changed: "3/4 pound" and "0.25 pound" alone were sterling.
    let m = get("3/4 pound", "3/4 pound");
    assert_eq!(m.kind, NumberKind::Measure);
    assert_eq!(m.unit.as_deref(), Some("lb"));
    assert_eq!(get("0.25 pound", "0.25 pound").value, Some(0.25));
    // Kept: a word of paying still makes it money, and whole pounds are money.
    let paid = get("They charged 0.5 pound a page.", "0.5 pound");
    assert_eq!(paid.currency.as_deref(), Some("GBP"));
    assert_eq!(get("3 pound", "3 pound").kind, NumberKind::Money);
}

#[test]
fn the_country_after_a_dollar_sign_names_the_dollar() {
    // Changed: "$US" and "$A" before digits gave nothing.
    let m = get("The miner made $US2.7bn.", "$US2.7bn");
    assert_eq!(m.currency.as_deref(), Some("USD"));
    assert_eq!(m.value, Some(2.7e9));
    assert_eq!(
        get("tickets at $A45", "$A45").currency.as_deref(),
        Some("AUD")
    );
    // Kept: the sign alone is the US dollar; a lowercase word after it is no country.
    assert_eq!(get("It costs $45.", "$45").currency.as_deref(), Some("USD"));
    assert_eq!(get("US$45", "US$45").currency.as_deref(), Some("USD"));
}

#[test]
fn a_hash_before_digits_names_a_rank() {
    // Changed: "#2" was the count 2 (of "spot" below).
    assert!(spans("They fell to the #2 spot.").is_empty());
    assert!(spans("#7 seed").is_empty());
    // Kept: a spaced hash signs nothing, and the number after it is still read.
    assert_eq!(spans("Press # then 5 twice."), vec!["5"]);
}

#[test]
fn a_currency_sign_escaped_as_html_is_the_sign() {
    // Changed: "&#163;" gave the cardinal 163 and "2.5bn" with no currency.
    let m = get("Profits of &#163;2.5bn were made.", "&#163;2.5bn");
    assert_eq!(m.currency.as_deref(), Some("GBP"));
    assert_eq!(m.value, Some(2.5e9));
    assert_eq!(get("&#8364;9", "&#8364;9").currency.as_deref(), Some("EUR"));
    assert_eq!(
        get("only &yen;300", "&yen;300").currency.as_deref(),
        Some("JPY")
    );
    // Kept: another escaped letter is none of it, and "&" in a name signs nothing.
    assert_eq!(spans("a caf&#233; with 4 tables"), vec!["4"]);
    assert_eq!(spans("Q&A at 8 venues"), vec!["8"]);
}

#[test]
fn apostrophes_between_groups_of_three_digits_group_thousands() {
    // Changed: "4'560'000" was three numbers, 4, 560 and 0.
    assert_eq!(
        get("It drew 4'560'000 visits.", "4'560'000").value,
        Some(4_560_000.0)
    );
    assert_eq!(get("CHF 3'100", "CHF 3'100").value, Some(3100.0));
    assert_eq!(
        get("up to 2'000'000.5", "up to 2'000'000.5").value,
        Some(2_000_000.5)
    );
    // Kept: feet and inches, and a quotation opening on digits.
    assert_eq!(
        get("He is 5'11\" tall.", "5'11\"").unit.as_deref(),
        Some("ft")
    );
    assert_eq!(spans("Polls gave him '100 days'"), vec!["100 days"]);
}

#[test]
fn a_decade_with_an_apostrophe_s_after_the_is_a_decade() {
    // Changed: "the 1950's" was the year 1950.
    let m = get("Cars of the 1950's lined the street.", "1950's");
    assert_eq!((m.low, m.high, m.value), (Some(1950.0), Some(1959.0), None));
    assert_eq!(get("in the late '70's", "late '70's").low, Some(1977.0));
    // Kept: a possessive of a year without "the", or before a name, is the year.
    assert_eq!(get("2010's budget was tight.", "2010").value, Some(2010.0));
    assert_eq!(get("the 1980's Olympics", "1980").value, Some(1980.0));
}

#[test]
fn as_few_as_and_as_high_as_are_bounds() {
    // Changed: the words were left out and no bound set.
    let m = get(
        "Some shops sell it for as little as 80p.",
        "as little as 80p",
    );
    assert_eq!((m.low, m.qualifier), (Some(0.8), Some(Qualifier::AtLeast)));
    let m = get("Unemployment could go as high as 11%.", "as high as 11%");
    assert_eq!((m.high, m.qualifier), (Some(11.0), Some(Qualifier::UpTo)));
    assert_eq!(
        get("getting on for 90 minutes", "getting on for 90 minutes").qualifier,
        Some(Qualifier::About)
    );
    // Kept: "as many as" is still a ceiling, and "as long as" a conjunction.
    assert_eq!(get("as many as 60 boats", "as many as 60").high, Some(60.0));
    assert_eq!(get("as long as 3 people agree", "3").qualifier, None);
}

#[test]
fn a_capital_n_glued_to_a_price_is_the_naira() {
    // Changed: "N" before a price was dropped with it.
    let m = get("Rice costs N1,450 a bag in Kano.", "N1,450");
    assert_eq!(
        (m.value, m.currency.as_deref()),
        (Some(1450.0), Some("NGN"))
    );
    assert_eq!(get("a N7.2bn contract", "N7.2bn").value, Some(7.2e9));
    // Kept: a bare "N" and digits is a code or a model.
    assert!(spans("Wear N95 masks.").is_empty());
    assert!(spans("Take the N7 to Naas.").is_empty());
}

#[test]
fn dimes_and_nickels_counted_are_us_money() {
    // Changed: "three dimes" was a count of dimes.
    let m = get("He had three dimes left.", "three dimes");
    assert_eq!((m.value, m.currency.as_deref()), (Some(0.3), Some("USD")));
    assert_eq!(get("ten nickels", "ten nickels").value, Some(0.5));
    // Kept: a singular "nickel" before a noun is the metal.
    assert_eq!(get("40 nickel rods", "40").unit.as_deref(), Some("rods"));
}

#[test]
fn inches_glued_after_ft_make_a_height() {
    // Changed: "6ft1" was 6 square feet and "5ft9" two numbers.
    let m = get("The 6ft1 keeper saved it.", "6ft1");
    assert_eq!(
        (m.unit.as_deref(), m.value),
        (Some("ft"), Some(6.0 + 1.0 / 12.0))
    );
    assert_eq!(get("He is 5ft9.", "5ft9").value, Some(5.75));
    // Kept: a large figure of feet with a 2 is area.
    assert_eq!(
        get("a 900ft2 flat", "900ft2").unit.as_deref(),
        Some("sq ft")
    );
}

#[test]
fn a_glued_c_before_of_warming_is_degrees() {
    // Changed: "of" after a glued "C" made it no temperature.
    let m = get("Scientists warn of 2.7C of warming.", "2.7C");
    assert_eq!((m.unit.as_deref(), m.value), (Some("°C"), Some(2.7)));
    // Kept: "of" before anything else leaves a glued letter alone.
    assert!(spans("Form 13F of the act").is_empty());
}

#[test]
fn a_capital_v_glued_to_digits_is_volts() {
    // Changed: "48V" and "33kV" gave nothing.
    assert_eq!(get("a 48V system", "48V").unit.as_deref(), Some("V"));
    assert_eq!(get("the 33kV grid", "33kV").unit.as_deref(), Some("kV"));
    // Kept: a spaced capital "V" is no unit, and a letter before digits is a code.
    assert_eq!(
        get("It has 2 V shapes", "2").unit.as_deref(),
        Some("shapes")
    );
    assert!(spans("a V6 engine").is_empty());
}

#[test]
fn ends_joined_by_hyphened_to_make_a_range() {
    // Changed: "two-to-four" was dropped as a chain of hyphened numbers, and
    // "six- to eight-week" gave its ends apart.
    let m = get("a two-to-four day trip", "two-to-four day");
    assert_eq!(
        (m.low, m.high, m.unit.as_deref()),
        (Some(2.0), Some(4.0), Some("days"))
    );
    let m = get("six- to eight-week courses", "six- to eight-week");
    assert_eq!((m.low, m.high), (Some(6.0), Some(8.0)));
    // Changed: digit ends too ("7-to-9" read its second end as part of a code).
    let m = get("a 7-to-9% rise", "7-to-9%");
    assert_eq!((m.low, m.high), (Some(7.0), Some(9.0)));
    // Kept: downward or equal ends are idioms or scores, no range; codes stay none.
    assert!(spans("a nine-to-five life").is_empty());
    assert!(spans("a 9-to-5 life").is_empty());
    assert!(spans("the MiG-29 jet").is_empty());
    assert!(spans("one-to-one lessons").is_empty());
}

#[test]
fn a_year_in_words_after_a_dating_word_is_a_year() {
    // Changed: "in nineteen hundred and twelve" was the count 1912.
    let m = get(
        "It sank in nineteen hundred and twelve.",
        "nineteen hundred and twelve",
    );
    assert_eq!((m.kind, m.value), (NumberKind::Year, Some(1912.0)));
    assert_eq!(
        get("until two thousand and one", "two thousand and one").kind,
        NumberKind::Year
    );
    // Kept: a counted noun after it makes it a count.
    let m = get("in two thousand households", "two thousand");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Cardinal, Some("households"))
    );
}

#[test]
fn a_glued_m_before_a_hyphened_count_word_is_million() {
    // Changed: "2.5m-strong" was 2.5 metres.
    let m = get("the 2.5m-strong diaspora", "2.5m-strong");
    assert_eq!((m.kind, m.value), (NumberKind::Cardinal, Some(2_500_000.0)));
    assert_eq!(get("a 7m-seat order", "7m-seat").value, Some(7_000_000.0));
    // Kept: before a word of size it is metres.
    assert_eq!(
        get("a 30m-high wave", "30m-high").unit.as_deref(),
        Some("m")
    );
}
