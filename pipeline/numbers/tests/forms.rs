//! Number shapes news copy uses beyond the Recognizers-Text specs: currency names
//! and codes after the amount, units on ranges, plural scales, compound measures,
//! the indefinite article as one, ordinals with their noun, quoted numbers. Each
//! test is one class, in sentences written for it.

use nx_numbers::{extract, NumberKind, NumberMention};

/// The mention whose span text is `span`; panics with the full output otherwise.
fn get(text: &str, span: &str) -> NumberMention {
    let all = extract(text);
    match all.iter().find(|m| m.span.slice(text) == span) {
        Some(m) => m.clone(),
        None => panic!(
            "no mention {span:?} in {text:?}; got {:?}",
            all.iter()
                .map(|m| (m.span.slice(text), m.kind, m.value, m.unit.clone()))
                .collect::<Vec<_>>()
        ),
    }
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
}

fn money(text: &str, span: &str, value: f64, iso: &str) {
    let m = get(text, span);
    assert_eq!(m.kind, NumberKind::Money, "{span}");
    assert!(
        close(m.value, value),
        "{span}: value {:?} != {value}",
        m.value
    );
    assert_eq!(m.currency.as_deref(), Some(iso), "{span}");
}

fn measure(text: &str, span: &str, value: f64, unit: &str) {
    let m = get(text, span);
    assert!(
        matches!(m.kind, NumberKind::Measure | NumberKind::Duration),
        "{span}: {:?}",
        m.kind
    );
    assert!(
        close(m.value, value),
        "{span}: value {:?} != {value}",
        m.value
    );
    assert_eq!(m.unit.as_deref(), Some(unit), "{span}");
}

#[test]
fn currency_names_after_the_amount_in_any_case() {
    money("Tickets sold for 45 Rupees each.", "45 Rupees", 45.0, "INR");
    money("The bill came to 12 Euros.", "12 Euros", 12.0, "EUR");
    money("He lent her 40 bucks last week.", "40 bucks", 40.0, "USD");
    money(
        "A fine of 300 pounds sterling was set.",
        "300 pounds sterling",
        300.0,
        "GBP",
    );
    money(
        "Rent rose to 2,500 dirhams a month.",
        "2,500 dirhams",
        2500.0,
        "AED",
    );
    money("Bread costs 4 zlotys there.", "4 zlotys", 4.0, "PLN");
    money("The fare is 30 ringgit.", "30 ringgit", 30.0, "MYR");
    money(
        "It sold for 90 Brazilian reais.",
        "90 Brazilian reais",
        90.0,
        "BRL",
    );
    money(
        "Wages of 700 Kuwaiti dinars were paid.",
        "700 Kuwaiti dinars",
        700.0,
        "KWD",
    );
    money(
        "They charged 15 riyals per visit.",
        "15 riyals",
        15.0,
        "SAR",
    );
    // A capitalised minor unit stays a name ("50 Cent" the rapper).
    let t = "Fans of 50 Cent queued.";
    assert!(extract(t).iter().all(|m| m.kind != NumberKind::Money));
}

#[test]
fn cent_sign_and_minor_units() {
    let t = "A stamp now costs 65¢.";
    let m = get(t, "65¢");
    assert_eq!(m.kind, NumberKind::Money);
    assert!(close(m.value, 0.65));
    assert_eq!(m.currency.as_deref(), Some("USD"));
}

#[test]
fn iso_codes_before_and_after_the_amount() {
    money(
        "The fund raised AED 40 million.",
        "AED 40 million",
        4e7,
        "AED",
    );
    money("A loan of 250 PLN was due.", "250 PLN", 250.0, "PLN");
    money("Shares rose to SAR 31.5 today.", "SAR 31.5", 31.5, "SAR");
    money("The deal is worth 3bn ZAR.", "3bn ZAR", 3e9, "ZAR");
}

#[test]
fn article_is_one_for_currencies_and_units() {
    money("Each copy costs a dollar.", "a dollar", 1.0, "USD");
    measure("She bought a litre of milk.", "a litre", 1.0, "l");
    measure("It weighed a kilogram.", "a kilogram", 1.0, "kg");
    measure("The border is a mile away.", "a mile", 1.0, "mi");
    // A rate is not an amount: "$3 a litre" keeps "$3" and reports no second mention.
    let t = "Petrol hit $3 a litre.";
    assert_eq!(extract(t).len(), 1, "{:?}", extract(t));
    // Idioms with units that are not measures.
    let t = "He did not budge a foot and owed a pound of flesh.";
    assert!(extract(t).iter().all(|m| m.kind != NumberKind::Measure));
}

#[test]
fn fractions_of_a_unit() {
    measure("Add half a litre of water.", "half a litre", 0.5, "l");
    measure(
        "They walked a quarter of a mile.",
        "a quarter of a mile",
        0.25,
        "mi",
    );
    measure(
        "The talk ran three quarters of an hour.",
        "three quarters of an hour",
        0.75,
        "hours",
    );
    measure(
        "We waited quarter of an hour.",
        "quarter of an hour",
        0.25,
        "hours",
    );
    let t = "Nearly quarter of a million people voted.";
    assert!(close(get(t, "Nearly quarter of a million").value, 250000.0));
    // A period of the year is no fraction.
    let t = "Sales fell in the third quarter of a weak year.";
    assert!(extract(t).iter().all(|m| m.kind != NumberKind::Fraction));
}

#[test]
fn spaced_single_letter_units_and_ranges_keep_their_unit() {
    let t = "Use from 200 to 800 g of butter.";
    let m = get(t, "from 200 to 800 g");
    assert_eq!(m.kind, NumberKind::Measure);
    assert_eq!((m.low, m.high), (Some(200.0), Some(800.0)));
    assert_eq!(m.unit.as_deref(), Some("g"));
    measure("Stir in 150 g of sugar.", "150 g", 150.0, "g");
    let t = "Tanks hold between 2 and 4 l of fuel.";
    assert_eq!(get(t, "between 2 and 4 l").unit.as_deref(), Some("l"));
    let t = "Bags of 10-20 kg were stacked.";
    assert_eq!(get(t, "10-20 kg").unit.as_deref(), Some("kg"));
    let t = "Prices rose by 10 to 15 per cent.";
    let m = extract(t);
    assert!(m.iter().any(|m| m.kind == NumberKind::Percent), "{m:?}");
    // A spaced "g" before a word is not grams ("5 g spot").
    let t = "Only 5 g players remain.";
    assert!(extract(t).iter().all(|m| m.kind != NumberKind::Measure));
}

#[test]
fn plural_scale_words_after_a_number() {
    let t = "The town lost eighty-two thousands residents.";
    let m = get(t, "eighty-two thousands");
    assert!(close(m.value, 82000.0));
    assert_eq!(m.unit.as_deref(), Some("residents"));
    assert!(close(get("It cost 3 millions.", "3 millions").value, 3e6));
    let t = "Turnout was four point five million.";
    assert!(close(get(t, "four point five million").value, 4.5e6));
    // "thousands of" after no number stays vague.
    let t = "Thousands of fans sang.";
    assert_eq!(extract(t)[0].kind, NumberKind::Vague);
}

#[test]
fn scale_word_opening_a_written_number() {
    let t = "The count read thousand four hundred and six.";
    assert!(close(get(t, "thousand four hundred and six").value, 1406.0));
    // Alone it is no number ("a thousand-year reign" has its article).
    let t = "Thousand Oaks is a city.";
    assert!(extract(t).is_empty(), "{:?}", extract(t));
}

#[test]
fn a_couple_and_a_pair_of_are_two() {
    let t = "She bought a pair of boots and a couple of lamps.";
    let m = get(t, "a pair of");
    assert!(close(m.value, 2.0));
    assert_eq!(m.unit.as_deref(), Some("boots"));
    assert!(close(get(t, "a couple of").value, 2.0));
    // A married couple is not a number.
    assert!(extract("The couple moved.").is_empty());
}

#[test]
fn compound_measures_add_up_in_the_first_unit() {
    measure(
        "The player stands 6 feet, 3 inches tall.",
        "6 feet, 3 inches",
        6.25,
        "ft",
    );
    measure(
        "The flight took 3 hours and 15 minutes.",
        "3 hours and 15 minutes",
        3.25,
        "hours",
    );
    measure(
        "Queues lasted 1 hour, 30 minutes.",
        "1 hour, 30 minutes",
        1.5,
        "hours",
    );
    measure(
        "The baby weighed 3 kg and 500 g.",
        "3 kg and 500 g",
        3.5,
        "kg",
    );
    measure(
        "He jumped 2 metres 10 centimetres.",
        "2 metres 10 centimetres",
        2.1,
        "m",
    );
    // Larger second parts are separate amounts, not one measure.
    let t = "They ran 5 km and 8 km that week.";
    assert_eq!(extract(t).len(), 2, "{:?}", extract(t));
    let t = "Shifts of 2 hours and 90 minutes alternate.";
    assert_eq!(extract(t).len(), 2, "{:?}", extract(t));
}

#[test]
fn ordinals_carry_their_counted_noun() {
    let t = "It was her second visit to the region.";
    assert_eq!(get(t, "second").unit.as_deref(), Some("visit"));
    let t = "The 19th century saw the city grow.";
    assert_eq!(get(t, "19th").unit.as_deref(), Some("century"));
    let t = "Their third official report came out.";
    assert_eq!(get(t, "third").unit.as_deref(), Some("report"));
    // An adverb has no noun.
    let t = "She was first elected in May.";
    assert_eq!(get(t, "first").unit, None);
}

#[test]
fn a_quoted_number_keeps_its_counted_noun() {
    let t = "Officials cited “8,000” refugees at the camp.";
    assert_eq!(get(t, "8,000").unit.as_deref(), Some("refugees"));
    let t = "The memo said \"450\" jobs would go.";
    assert_eq!(get(t, "450").unit.as_deref(), Some("jobs"));
}

#[test]
fn temperatures_below_zero_are_negative() {
    let t = "It fell to 12 degrees below zero overnight.";
    let m = get(t, "12 degrees below zero");
    assert!(close(m.value, -12.0), "{:?}", m.value);
}

#[test]
fn number_words_are_not_counted_nouns() {
    let t = "He counted one two three aloud.";
    assert!(
        extract(t).iter().all(|m| m.unit.is_none()),
        "{:?}",
        extract(t)
    );
}

#[test]
fn ordinal_nouns_skip_superlatives_and_quantifiers() {
    let t = "It is the world's fifth largest carmaker.";
    assert_eq!(get(t, "fifth").unit.as_deref(), Some("carmaker"));
    let t = "The firm is the second biggest, analysts said.";
    assert_eq!(get(t, "second").unit, None);
    let t = "Sales were strong in the first few months.";
    assert_eq!(get(t, "first").unit.as_deref(), Some("months"));
    let t = "She was the first senior EU official to attend.";
    assert_eq!(get(t, "first").unit.as_deref(), Some("official"));
    let t = "It was her third and probably final match.";
    assert_eq!(get(t, "third").unit.as_deref(), Some("match"));
    let t = "The strike is now in its second year.";
    assert_eq!(get(t, "second").unit.as_deref(), Some("year"));
    let t = "He failed the first test of the season.";
    assert_eq!(get(t, "first").unit.as_deref(), Some("test"));
}

#[test]
fn a_currency_bloc_is_not_money() {
    let t = "The 16 euro zone members agreed.";
    assert!(
        extract(t).iter().all(|m| m.kind != NumberKind::Money),
        "{:?}",
        extract(t)
    );
}

#[test]
fn digits_and_a_fraction() {
    measure(
        "The trip took 4 and a half hours.",
        "4 and a half hours",
        4.5,
        "hours",
    );
    let t = "About 7 and a quarter million voters turned out.";
    assert!(close(get(t, "About 7 and a quarter million").value, 7.25e6));
}

#[test]
fn feet_and_inch_marks() {
    measure(
        "The centre is 7'1\" and fast.",
        "7'1\"",
        7.0 + 1.0 / 12.0,
        "ft",
    );
    measure("A wall 9′ high stood there.", "9′", 9.0, "ft");
    measure("Buy the 12″ model.", "12″", 12.0, "in");
    // A closing quotation mark after a number is no unit.
    let t = "He said 'we paid 40' and left.";
    assert!(extract(t).iter().all(|m| m.kind != NumberKind::Measure));
}

#[test]
fn volume_units_and_minor_signs() {
    measure("Pour 2 quarts of stock.", "2 quarts", 2.0, "qt");
    measure("Output hit 40 hectolitres.", "40 hectolitres", 40.0, "hl");
    measure(
        "Ships sailed 300 nautical miles.",
        "300 nautical miles",
        300.0,
        "nmi",
    );
    money("Change was $3 and 25c.", "$3 and 25c", 3.25, "USD");
}

#[test]
fn pounds_after_a_paying_word_are_money() {
    money(
        "She paid ten pounds for the ticket.",
        "ten pounds",
        10.0,
        "GBP",
    );
    money("The club was fined 400 pounds.", "400 pounds", 400.0, "GBP");
    // Weight stays weight: "of" after, or no paying word before.
    measure("They paid for 5 pounds of apples.", "5 pounds", 5.0, "lb");
    measure("The baby weighed 8 pounds.", "8 pounds", 8.0, "lb");
}

#[test]
fn metres_per_second() {
    measure("Winds reached 30 m/s on the coast.", "30 m/s", 30.0, "m/s");
}

#[test]
fn cents_of_a_named_currency() {
    money("A stamp costs 85 euro cents.", "85 euro cents", 0.85, "EUR");
}

#[test]
fn one_hundredth_after_a_determiner_is_a_position() {
    let t = "She greeted the one hundredth visitor.";
    let m = get(t, "one hundredth");
    assert_eq!(m.kind, NumberKind::Ordinal);
    assert!(close(m.value, 100.0));
    let t = "He won by one hundredth of a second.";
    assert!(close(get(t, "one hundredth of a second").value, 0.01));
}

#[test]
fn minor_units_convert_without_binary_noise() {
    // 70 * 0.01 is 0.7000000000000001 in floating point; the value must be 0.7.
    assert_eq!(get("It rose to 70 cents.", "70 cents").value, Some(0.7));
    assert_eq!(get("Shares ended at 138p.", "138p").value, Some(1.38));
}

#[test]
fn range_ends_in_different_units() {
    let t = "Doses went from 250 g to 1 kg.";
    let m = get(t, "from 250 g to 1 kg");
    assert_eq!(m.unit.as_deref(), Some("kg"));
    assert!(close(m.low, 0.25) && close(m.high, 1.0), "{m:?}");
    let t = "Delays ranged from 45 minutes to 2 hours.";
    let m = get(t, "from 45 minutes to 2 hours");
    assert_eq!(m.unit.as_deref(), Some("hours"));
    assert!(close(m.low, 0.75) && close(m.high, 2.0), "{m:?}");
}

#[test]
fn continental_grouping_with_dots() {
    let t = "The city has 2.500.000 residents.";
    assert!(close(get(t, "2.500.000").value, 2.5e6));
    // Groups of other sizes stay a chain, never one number ("10.0.0.1").
    let t = "Connect to 10.0.0.1 now.";
    assert!(extract(t).iter().all(|m| m.value != Some(10001.0)));
}

#[test]
fn fractions_count_the_group_after_of() {
    let t = "Nearly two-thirds of voters agreed.";
    assert_eq!(get(t, "Nearly two-thirds").unit.as_deref(), Some("voters"));
    let t = "A quarter of the workers left.";
    assert_eq!(get(t, "A quarter").unit.as_deref(), Some("workers"));
    measure("Drink 8 fl oz daily.", "8 fl oz", 8.0, "fl oz");
}

/// No mention in `text` has value `v`.
fn no_value(text: &str, v: f64) {
    let all = extract(text);
    assert!(
        all.iter().all(|m| !close(m.value, v)),
        "{text:?} gave {v}: {all:?}"
    );
}

#[test]
fn decimals_read_aloud_with_digits() {
    let v = |text: &str, span: &str| get(text, span).value;
    assert!(close(
        v("Growth was 1 point 5 last year.", "1 point 5"),
        1.5
    ));
    assert!(close(v("point 77", "point 77"), 0.77));
    assert!(close(v("It hit three point 5.", "three point 5"), 3.5));
    assert!(close(
        v("It rose to two point oh five.", "two point oh five"),
        2.05
    ));
    // "point" as a noun with a label, or before a noun, is no decimal point.
    no_value("The deal is under point 4 of the plan.", 0.4);
    no_value("They made point 3 of the charter clear.", 0.3);
    assert!(close(v("A 10 point plan.", "10"), 10.0));
}

#[test]
fn mixed_numbers_joined_by_a_hyphen() {
    measure("Use 1-1/2 cups of flour.", "1-1/2 cups", 1.5, "cup");
    assert!(close(get("2-3/4", "2-3/4").value, 2.75));
    // A sentence stop after it, even spaced as wire copy spaces it.
    assert!(close(get("It rose to 18-7/8 .", "18-7/8").value, 18.875));
    no_value("It was 3-1/2/2020.", 3.5);
    // Not a common denominator: a score or rating, not a mixed number.
    no_value("It was rated 4-5/10 overall.", 4.5);
}

#[test]
fn a_signed_percent_is_no_phone_number() {
    let m = get("The index closed +1.5% higher.", "1.5%");
    assert_eq!(m.kind, NumberKind::Percent);
    assert!(extract("Call +44 20 7946 0958 now.").is_empty());
}

#[test]
fn an_article_unit_with_a_fraction_after_it() {
    measure(
        "Add a cup and a half of milk.",
        "a cup and a half",
        1.5,
        "cup",
    );
    measure(
        "Buy a pound and a half of beef.",
        "a pound and a half",
        1.5,
        "lb",
    );
    assert!(extract("She lifted a cup.").is_empty());
}

#[test]
fn feet_and_inch_marks_ending_a_clause() {
    measure("He is 6'.", "6'", 6.0, "ft");
    measure("The screen is 13''.", "13''", 13.0, "in");
    // Inside a quotation the mark closes it.
    assert_eq!(get("She said 'I am 6'.", "6").kind, NumberKind::Cardinal);
}

#[test]
fn a_spaced_capital_l_is_litres() {
    measure("The tank holds 5 L.", "5 L", 5.0, "l");
    assert_eq!(
        get("They recalled part 24 L-20.", "24").kind,
        NumberKind::Cardinal
    );
}

#[test]
fn below_or_under_zero_is_negative() {
    measure(
        "It was 10 degrees under zero.",
        "10 degrees under zero",
        -10.0,
        "°",
    );
    measure(
        "Temperatures fell to five below zero.",
        "five below zero",
        -5.0,
        "°",
    );
}

#[test]
fn pence_after_pounds_make_money() {
    money("The fare is 3 pounds 20 now.", "3 pounds 20", 3.2, "GBP");
    money(
        "It was 2 pounds and 50 pence.",
        "2 pounds and 50 pence",
        2.5,
        "GBP",
    );
    measure(
        "He lost 30 pounds, 20 of them in May.",
        "30 pounds",
        30.0,
        "lb",
    );
    measure(
        "He lost 20 pounds and 5 more to go.",
        "20 pounds",
        20.0,
        "lb",
    );
}

#[test]
fn nordic_crowns_are_money_of_no_one_country() {
    for (text, span) in [("It cost 100 kr.", "100 kr"), ("It cost kr 100.", "kr 100")] {
        let m = get(text, span);
        assert_eq!(m.kind, NumberKind::Money, "{span}");
        assert_eq!(m.currency, None, "{span}");
    }
}

#[test]
fn a_sign_before_the_currency() {
    money("The balance was -$5 today.", "-$5", -5.0, "USD");
    money(
        "It stood at minus $5 million.",
        "minus $5 million",
        -5e6,
        "USD",
    );
    // A dash between amounts is a range, not a sign.
    assert!(get("Fares are $5-$10.", "$5-$10").value.is_none());
}

#[test]
fn spaced_million_abbreviations() {
    money("Profit was $5.5 mn.", "$5.5 mn", 5.5e6, "USD");
    money("Profit was 5.5 mln euros.", "5.5 mln euros", 5.5e6, "EUR");
}

#[test]
fn named_cents_after_a_scaled_amount() {
    money(
        "It was five thousand dollars and fifty cents.",
        "five thousand dollars and fifty cents",
        5000.5,
        "USD",
    );
    money(
        "It raised two million dollars and 5 more.",
        "two million dollars",
        2e6,
        "USD",
    );
}

#[test]
fn won_before_a_rate_is_the_currency() {
    money("Wages of 800 won an hour.", "800 won", 800.0, "KRW");
    money(
        "Cleaners earn 9,000 won per hour.",
        "9,000 won",
        9000.0,
        "KRW",
    );
    for text in ["Only 12 won an award.", "Of the 30, 12 won a week later."] {
        assert!(
            extract(text).iter().all(|m| m.kind != NumberKind::Money),
            "{text}"
        );
    }
}

#[test]
fn a_month_and_day_with_a_slash_is_a_date_not_a_fraction() {
    for text in [
        "Security changed after 9/11 and never went back.",
        "The post-9/11 slump hit airlines hardest.",
        "Survivors of 7/13 gathered on Sunday.",
    ] {
        let all = extract(text);
        assert!(
            all.iter().all(|m| m.kind != NumberKind::Fraction),
            "{text:?}: {all:?}"
        );
    }
    // fractions keep their small or round denominators
    for (text, span, value) in [
        ("Only 2/3 of voters turned out.", "2/3", 2.0 / 3.0),
        ("The bolt is 5/16 of an inch wide.", "5/16 of an inch", 5.0 / 16.0),
        ("Almost 1/12 of the crop was lost.", "Almost 1/12", 1.0 / 12.0),
    ] {
        assert!(close(get(text, span).value, value), "{text:?}");
    }
}
