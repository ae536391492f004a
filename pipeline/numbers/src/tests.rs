//! Unit tests: one sentence per construction, written for the tests.

use super::*;

/// The mention whose span text is `span`; panics with the full output otherwise.
pub(crate) fn get(text: &str, span: &str) -> NumberMention {
    let all = extract(text);
    match all.iter().find(|m| m.span.slice(text) == span) {
        Some(m) => m.clone(),
        None => panic!(
            "no mention {span:?} in {text:?}; got {:?}",
            all.iter()
                .map(|m| (m.span.slice(text), m.kind, m.value))
                .collect::<Vec<_>>()
        ),
    }
}

pub(crate) fn spans(text: &str) -> Vec<&str> {
    extract(text)
        .into_iter()
        .map(|m| m.span.slice(text))
        .collect()
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
}

macro_rules! assert_val {
    ($m:expr, $v:expr) => {
        assert!(close($m.value, $v), "value {:?} != {}", $m.value, $v)
    };
}

#[test]
fn at_least_with_counted_noun() {
    let t = "Officials said at least 3,000 soldiers were deployed.";
    let m = get(t, "at least 3,000");
    assert_eq!(m.kind, NumberKind::Cardinal);
    assert_val!(m, 3000.0);
    assert_eq!(m.low, Some(3000.0));
    assert_eq!(m.high, None);
    assert_eq!(m.qualifier, Some(Qualifier::AtLeast));
    assert_eq!(m.unit.as_deref(), Some("soldiers"));
}

#[test]
fn estimated_is_about() {
    let t = "The ministry put the figure at an estimated 10,000 troops on Tuesday.";
    let m = get(t, "an estimated 10,000");
    assert_val!(m, 10000.0);
    assert_eq!(m.qualifier, Some(Qualifier::About));
    assert_eq!(m.unit.as_deref(), Some("troops"));
    assert_eq!(m.low, None);
}

#[test]
fn a_slash_pair_that_is_no_part_of_a_whole_is_no_fraction() {
    for (t, pair) in [
        ("Ties will be played on 19/20 February.", "19/20"),
        ("Nadal won 6-7 (6/8) 6-2 on clay.", "6/8"),
        ("He is the 1/3 favourite to leave the house.", "1/3"),
        (
            "Odds on a draw were cut from 4/6 to 1/2 by lunchtime.",
            "4/6",
        ),
        (
            "Odds on a draw were cut from 4/6 to 1/2 by lunchtime.",
            "1/2",
        ),
    ] {
        let got = spans(t);
        assert!(got.iter().all(|s| !s.contains(pair)), "{t}: {got:?}");
    }
    // a fraction stays one
    let t = "Add 3/4 of the stock, then the remaining 1/4 in May.";
    assert_eq!(get(t, "3/4").kind, NumberKind::Fraction);
}

#[test]
fn exactly_belongs_to_the_number() {
    let t = "The tickets cost exactly $10 each, and precisely 40 people came.";
    let m = get(t, "exactly $10");
    assert_val!(m, 10.0);
    assert_eq!(m.currency.as_deref(), Some("USD"));
    assert_eq!(m.qualifier, None);
    let m = get(t, "precisely 40");
    assert_eq!(m.unit.as_deref(), Some("people"));
}

#[test]
fn counted_noun_skips_modifiers_and_of_phrases() {
    let t = "The convoy carried 16,500 containers of munitions and 1,500 special forces.";
    assert_eq!(get(t, "16,500").unit.as_deref(), Some("containers"));
    assert_eq!(get(t, "1,500").unit.as_deref(), Some("forces"));
    let t = "Around 250 people and 40 police officers gathered.";
    assert_eq!(get(t, "Around 250").unit.as_deref(), Some("people"));
    assert_eq!(get(t, "40").unit.as_deref(), Some("officers"));
}

#[test]
fn a_plural_inside_a_name_before_a_noun_is_a_modifier() {
    let t = "She owns four Beach Boys records and two New Yorks guides.";
    assert_eq!(get(t, "four").unit.as_deref(), Some("records"));
    assert_eq!(get(t, "two").unit.as_deref(), Some("guides"));
    // A name that is the head keeps its count.
    let t = "Some 200 Marines arrived, with 30 Rangers.";
    assert_eq!(get(t, "Some 200").unit.as_deref(), Some("marines"));
    assert_eq!(get(t, "30").unit.as_deref(), Some("rangers"));
}

#[test]
fn a_capitalised_number_word_inside_a_sentence_opens_a_name() {
    assert_eq!(spans("They lost two Five Nations matches."), ["two"]);
    assert!(spans("He wore the Three Lions badge with pride.").is_empty());
    // At a sentence or line start it counts.
    assert_eq!(spans("Three Britons were hurt."), ["Three"]);
    assert_eq!(spans("Crash on the motorway\nTwo Britons were hurt."), ["Two"]);
}

#[test]
fn separators_decimals_negatives() {
    let t = "Output was 3.5 units, then 0.4, then 1,234,567 and finally -12.75 overall.";
    assert_val!(get(t, "3.5"), 3.5);
    assert_val!(get(t, "0.4"), 0.4);
    assert_val!(get(t, "1,234,567"), 1234567.0);
    assert_val!(get(t, "-12.75"), -12.75);
}

#[test]
fn scale_words_and_suffixes() {
    let t = "It has 1 million users, 3.5 billion views, 10k likes and 2.5 thousand shares.";
    assert_val!(get(t, "1 million"), 1e6);
    assert_val!(get(t, "3.5 billion"), 3.5e9);
    assert_val!(get(t, "10k"), 1e4);
    assert_val!(get(t, "2.5 thousand"), 2500.0);
}

#[test]
fn written_numbers() {
    let t = "We saw three boats, forty-two gulls, a hundred crabs and a dozen seals.";
    assert_val!(get(t, "three"), 3.0);
    assert_val!(get(t, "forty-two"), 42.0);
    assert_val!(get(t, "a hundred"), 100.0);
    assert_val!(get(t, "a dozen"), 12.0);
    let t = "The fund grew to one and a half million after two hundred and six days.";
    assert_val!(get(t, "one and a half million"), 1.5e6);
    let t = "There were nine hundred and ninety-nine entries.";
    assert_val!(get(t, "nine hundred and ninety-nine"), 999.0);
}

#[test]
fn money_symbols_codes_and_words() {
    let t = "The bill came to $400 million, while the bank lost £600m and €1.13bn.";
    let m = get(t, "$400 million");
    assert_eq!(m.kind, NumberKind::Money);
    assert_val!(m, 4e8);
    assert_eq!(m.currency.as_deref(), Some("USD"));
    let m = get(t, "£600m");
    assert_val!(m, 6e8);
    assert_eq!(m.currency.as_deref(), Some("GBP"));
    let m = get(t, "€1.13bn");
    assert_val!(m, 1.13e9);
    assert_eq!(m.currency.as_deref(), Some("EUR"));
    let t = "Aid of US$20m and USD 5 million arrived, plus 300 euros, and 50 cents.";
    assert_val!(get(t, "US$20m"), 2e7);
    assert_eq!(get(t, "USD 5 million").currency.as_deref(), Some("USD"));
    assert_eq!(get(t, "300 euros").currency.as_deref(), Some("EUR"));
    let c = get(t, "50 cents");
    assert_val!(c, 0.5);
    assert_eq!(c.currency.as_deref(), Some("USD"));
    let t = "Tickets cost twelve dollars each.";
    assert_val!(get(t, "twelve dollars"), 12.0);
}

#[test]
fn pounds_weight_vs_money() {
    let t = "He lost 25 pounds; the club paid 3 million pounds.";
    assert_eq!(get(t, "25 pounds").kind, NumberKind::Measure);
    assert_eq!(get(t, "3 million pounds").kind, NumberKind::Money);
}

#[test]
fn percents() {
    let t = "Turnout was 76%, support 76 percent, and 76 per cent agreed; rates rose 0.5 percentage points.";
    for s in ["76%", "76 percent", "76 per cent"] {
        let m = get(t, s);
        assert_eq!(m.kind, NumberKind::Percent);
        assert_val!(m, 76.0);
    }
    assert_eq!(
        get(t, "0.5 percentage points").unit.as_deref(),
        Some("percentage points")
    );
}

#[test]
fn ordinals() {
    let t = "She finished fourth in the 21st race, her first podium in the twenty-second season.";
    assert_val!(get(t, "fourth"), 4.0);
    assert_val!(get(t, "21st"), 21.0);
    assert_val!(get(t, "first"), 1.0);
    assert_val!(get(t, "twenty-second"), 22.0);
    assert!(extract(t).iter().all(|m| m.kind == NumberKind::Ordinal));
}

#[test]
fn fractions() {
    let t = "Half of the members, a third of donors and two-thirds of voters agreed.";
    let h = get(t, "Half");
    assert_eq!(h.kind, NumberKind::Fraction);
    assert_val!(h, 0.5);
    assert_val!(get(t, "a third"), 1.0 / 3.0);
    assert_val!(get(t, "two-thirds"), 2.0 / 3.0);
    let t = "One in five adults and 3/4 of the class.";
    assert_val!(get(t, "One in five"), 0.2);
    assert_val!(get(t, "3/4"), 0.75);
}

#[test]
fn ranges() {
    let t = "Between 5 and 10 people were hurt.";
    let m = get(t, "Between 5 and 10");
    assert_eq!(m.kind, NumberKind::Range);
    assert_eq!((m.low, m.high, m.value), (Some(5.0), Some(10.0), None));
    assert_eq!(m.unit.as_deref(), Some("people"));
    let t = "Estimates ran from 3,000 to 10,000 deaths, with 5-10 towns affected.";
    let m = get(t, "from 3,000 to 10,000");
    assert_eq!((m.low, m.high), (Some(3000.0), Some(10000.0)));
    assert_eq!(m.unit.as_deref(), Some("deaths"));
    let m = get(t, "5-10");
    assert_eq!((m.low, m.high), (Some(5.0), Some(10.0)));
    let t = "The project costs $5-10 million.";
    let m = get(t, "$5-10 million");
    assert_eq!(m.kind, NumberKind::Money);
    assert_eq!((m.low, m.high), (Some(5e6), Some(1e7)));
}

#[test]
fn bounds() {
    let t = "Up to 700 jobs go; more than 600,000 people and over 1 million voters; fewer than 50 cases; under 300 homes; less than 20 tonnes.";
    let m = get(t, "Up to 700");
    assert_eq!(
        (m.qualifier, m.high, m.low),
        (Some(Qualifier::UpTo), Some(700.0), None)
    );
    let m = get(t, "more than 600,000");
    assert_eq!(
        (m.qualifier, m.low),
        (Some(Qualifier::MoreThan), Some(600000.0))
    );
    let m = get(t, "over 1 million");
    assert_eq!((m.qualifier, m.low), (Some(Qualifier::MoreThan), Some(1e6)));
    assert_eq!(get(t, "fewer than 50").qualifier, Some(Qualifier::LessThan));
    assert_eq!(get(t, "under 300").high, Some(300.0));
    let m = get(t, "less than 20 tonnes");
    assert_eq!(
        (m.kind, m.qualifier, m.high),
        (NumberKind::Measure, Some(Qualifier::LessThan), Some(20.0))
    );
}

#[test]
fn about_words() {
    let t = "Nearly 40 homes, almost 30 cars, about 20 boats, around 10 bikes and roughly 5 vans.";
    for s in [
        "Nearly 40",
        "almost 30",
        "about 20",
        "around 10",
        "roughly 5",
    ] {
        assert_eq!(get(t, s).qualifier, Some(Qualifier::About), "{s}");
    }
}

#[test]
fn vague_amounts_have_lower_bounds() {
    let t = "Dozens of people were hurt, hundreds fled, tens of thousands marched and thousands of homes burned.";
    let m = get(t, "Dozens");
    assert_eq!(
        (m.kind, m.value, m.low),
        (NumberKind::Vague, None, Some(24.0))
    );
    assert_eq!(m.unit.as_deref(), Some("people"));
    assert_eq!(get(t, "hundreds").low, Some(200.0));
    assert_eq!(get(t, "tens of thousands").low, Some(20000.0));
    assert_eq!(get(t, "thousands").unit.as_deref(), Some("homes"));
}

#[test]
fn measures() {
    let t = "The road is 12 km long, the crate weighs 30kg, it was 30°C, and the lake lies 5 miles away at 8,000 metres.";
    let m = get(t, "12 km");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Measure, Some("km"))
    );
    assert_eq!(get(t, "30kg").unit.as_deref(), Some("kg"));
    assert_eq!(get(t, "30°C").unit.as_deref(), Some("°C"));
    assert_eq!(get(t, "5 miles").unit.as_deref(), Some("mi"));
    assert_val!(get(t, "8,000 metres"), 8000.0);
}

#[test]
fn durations() {
    let t = "The talks lasted two and a half years, then 3 hours, then 45 minutes.";
    let m = get(t, "two and a half years");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Duration, Some("years"))
    );
    assert_val!(m, 2.5);
    assert_eq!(get(t, "3 hours").unit.as_deref(), Some("hours"));
}

#[test]
fn years_are_not_quantities() {
    let t = "In 1999 the plant opened; by 2022 it had closed.";
    assert_eq!(get(t, "1999").kind, NumberKind::Year);
    assert_eq!(get(t, "2022").kind, NumberKind::Year);
    let t = "The firm hired 2000 workers.";
    assert_eq!(get(t, "2000").kind, NumberKind::Cardinal);
}

#[test]
fn dates_times_phones_are_skipped() {
    let t = "Call 555-123-4567 at 3:45 PM or 10am on Oct. 3, or on 3 October, or on 2024-10-03.";
    let got = extract(t);
    assert!(
        got.iter().all(|m| !matches!(
            m.kind,
            NumberKind::Cardinal | NumberKind::Measure | NumberKind::Duration
        )),
        "{:?}",
        got.iter().map(|m| m.span.slice(t)).collect::<Vec<_>>()
    );
    assert!(spans("Visit https://example.com/a/2024/10%20off for details.").is_empty());
}

#[test]
fn pronoun_one_is_not_a_number() {
    assert!(spans("One of the men said no one knew.").is_empty());
    assert!(spans("She picked the one on the left; that one was better.").is_empty());
    assert_eq!(spans("Only one man survived."), vec!["one"]);
}

#[test]
fn ordinal_half_and_second_are_not_fractions_or_time() {
    assert!(extract("In the second half they scored.")
        .iter()
        .all(|m| m.kind == NumberKind::Ordinal));
    assert!(spans("Wait a second.").is_empty());
}

#[test]
fn spans_are_ordered_and_disjoint() {
    let t = "Between 5 and 10 people, $3bn, 40% and at least 7 km.";
    let all = extract(t);
    assert_eq!(all.len(), 4);
    for w in all.windows(2) {
        assert!(w[0].span.end() <= w[1].span.start());
    }
}

#[test]
fn codes_and_names_are_not_quantities() {
    assert!(spans("The G7 met as ITV1 aired the A321 story on 4G phones.").is_empty());
    assert!(spans("Sales of 3D sets rose in the shops.").is_empty());
    assert!(spans("The Guildford Four were freed.").is_empty());
    assert!(spans("It was a one-off deal and no-one came.").is_empty());
}

#[test]
fn a_third_before_a_noun_is_an_ordinal() {
    let t = "Profits fell in a third quarter.";
    assert_eq!(get(t, "third").kind, NumberKind::Ordinal);
    let t = "A third of voters stayed home.";
    assert_eq!(get(t, "A third").kind, NumberKind::Fraction);
}

#[test]
fn million_vs_metre() {
    let t = "Some 10m people watched the 100m final.";
    let m = get(t, "Some 10m");
    assert_eq!((m.kind, m.value), (NumberKind::Cardinal, Some(1e7)));
    assert_eq!(m.unit.as_deref(), Some("people"));
    assert_eq!(get(t, "100m").kind, NumberKind::Measure);
    let t = "Losses were less than 100m euros, with 50m passengers, and he cleared 2.20m.";
    assert_eq!(
        get(t, "less than 100m euros").currency.as_deref(),
        Some("EUR")
    );
    assert_eq!(get(t, "50m").value, Some(5e7));
    assert_eq!(get(t, "2.20m").kind, NumberKind::Measure);
}

#[test]
fn suffix_bounds_and_two_sided_bounds() {
    let t = "We need 500 or more volunteers, and more than 10 but fewer than 40 boats.";
    let m = get(t, "500 or more");
    assert_eq!(
        (m.qualifier, m.low),
        (Some(Qualifier::AtLeast), Some(500.0))
    );
    let m = get(t, "more than 10 but fewer than 40");
    assert_eq!(
        (m.kind, m.low, m.high),
        (NumberKind::Range, Some(10.0), Some(40.0))
    );
}

#[test]
fn compat_mode_adds_relative_ordinals_and_names_only_when_asked() {
    let t = "The penultimate vote was last week; the dollar fell.";
    assert!(spans(t).is_empty());
    let ex = NumberExtractor::with_options(Options {
        recognizers_compat: true,
    });
    let got: Vec<_> = ex
        .extract(t)
        .into_iter()
        .map(|m| (m.span.slice(t).to_string(), m.kind))
        .collect();
    assert!(
        got.contains(&("penultimate".to_string(), NumberKind::Ordinal)),
        "{got:?}"
    );
    assert!(
        got.contains(&("dollar".to_string(), NumberKind::Money)),
        "{got:?}"
    );
}

#[test]
fn exact_scaling() {
    assert_eq!(
        get("It was worth 8.2bn euros.", "8.2bn euros").value,
        Some(8.2e9)
    );
    assert_eq!(get("A cost of $1.13bn.", "$1.13bn").value, Some(1.13e9));
}

#[test]
fn changes_scores_and_phones_are_not_ranges() {
    let t = "Unemployment fell by 21,000 to 1.4 million.";
    assert!(extract(t).iter().all(|m| m.kind != NumberKind::Range));
    assert!(spans("Arsenal won 3-1 after a 2-2 draw.").is_empty());
    assert!(spans("Call 020 7946 0958 today.").is_empty());
    let t = "The jet seats 110 to 135 passengers.";
    let m = get(t, "110 to 135");
    assert_eq!(
        (m.kind, m.low, m.high),
        (NumberKind::Range, Some(110.0), Some(135.0))
    );
    assert_eq!(m.unit.as_deref(), Some("passengers"));
}

#[test]
fn street_addresses_are_skipped() {
    assert!(spans("She lives at 221 Baker Street in London.").is_empty());
    assert!(spans("Send it to 12 West Elm St. please.").is_empty());
}

#[test]
fn x_or_y_is_an_approximate_range() {
    let t = "Only two or three pictures sold, to 5 or 50 buyers.";
    let m = get(t, "two or three");
    assert_eq!(
        (m.kind, m.low, m.high, m.value),
        (NumberKind::Range, Some(2.0), Some(3.0), None)
    );
    assert_eq!(m.unit.as_deref(), Some("pictures"));
    assert_eq!(get(t, "50").kind, NumberKind::Cardinal);
}

#[test]
fn years_before_period_nouns_and_possessives() {
    let t = "Fourth-quarter 2004 profits fell, and prices stayed above 2004's average.";
    assert_eq!(get(t, "2004").kind, NumberKind::Year);
    let years = extract(t)
        .iter()
        .filter(|m| m.kind == NumberKind::Year)
        .count();
    assert_eq!(years, 2, "{:?}", spans(t));
    assert!(extract(t)
        .iter()
        .all(|m| m.kind != NumberKind::Cardinal && m.qualifier.is_none()));
}

#[test]
fn percent_forms_with_fractions_and_pc() {
    let t = "Rates rose by half a percent, then 1/2 percent, and the bank added 15pc.";
    for (s, v) in [
        ("half a percent", 0.5),
        ("1/2 percent", 0.5),
        ("15pc", 15.0),
    ] {
        let m = get(t, s);
        assert_eq!(m.kind, NumberKind::Percent, "{s}");
        assert_val!(m, v);
    }
    let t = "The Fed lifted rates by a quarter of a percentage point.";
    let m = get(t, "a quarter of a percentage point");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Percent, Some("percentage points"))
    );
    assert_val!(m, 0.25);
    // "PCs" are computers, not per cent.
    assert!(extract("The school bought 10 PCs.")
        .iter()
        .all(|m| m.kind != NumberKind::Percent));
}

#[test]
fn currency_name_written_before_the_amount() {
    let t = "The price starts at dollar 22.5 million; Qantas made Australian dollars 648m.";
    let m = get(t, "dollar 22.5 million");
    assert_eq!(
        (m.kind, m.currency.as_deref()),
        (NumberKind::Money, Some("USD"))
    );
    assert_val!(m, 2.25e7);
    let m = get(t, "Australian dollars 648m");
    assert_eq!(m.currency.as_deref(), Some("AUD"));
    assert_val!(m, 6.48e8);
    // Not before a percentage or a year.
    let t = "It pushed the dollar 2% higher before Euro 2004 began.";
    assert!(extract(t).iter().all(|m| m.kind != NumberKind::Money));
    assert_eq!(get(t, "2004").kind, NumberKind::Year);
}

#[test]
fn rupees_and_glued_codes() {
    let t = "The project costs Rs 500 crore, and the shop gave away 3 USD50 vouchers.";
    let m = get(t, "Rs 500 crore");
    assert_eq!(m.currency.as_deref(), Some("INR"));
    assert_val!(m, 5e9);
    let m = get(t, "USD50");
    assert_eq!(
        (m.kind, m.currency.as_deref()),
        (NumberKind::Money, Some("USD"))
    );
    assert_val!(m, 50.0);
    assert_eq!(get(t, "3").kind, NumberKind::Cardinal);
}

#[test]
fn dollars_and_cents_and_spaced_signs() {
    let t = "She paid fifteen dollars and 20 cents, then € 5 and 7 €.";
    let m = get(t, "fifteen dollars and 20 cents");
    assert_eq!(m.currency.as_deref(), Some("USD"));
    assert_val!(m, 15.2);
    for (s, v) in [("€ 5", 5.0), ("7 €", 7.0)] {
        let m = get(t, s);
        assert_eq!(m.currency.as_deref(), Some("EUR"), "{s}");
        assert_val!(m, v);
    }
}

#[test]
fn positions_counted_from_the_end_are_not_ordinals() {
    for t in [
        "It was the second to last game.",
        "Norwich are second-from-bottom in the table.",
        "The second-to-last stage and the third from last were wet.",
        "He finished second-last.",
    ] {
        assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
    }
    // A plain ordinal followed by "to" is still one.
    assert_val!(get("He came second to Smith.", "second"), 2.0);
    assert_val!(get("It was the twenty-first time.", "twenty-first"), 21.0);
}

#[test]
fn zip_codes_and_bracketed_phone_numbers_are_skipped() {
    assert!(spans("Write to Albany, NY 10001 or Beverly Hills, CA 90210-1234.").is_empty());
    assert!(spans("Call (212) 555-1234 for tickets.").is_empty());
}

#[test]
fn vague_scale_takes_the_counted_noun() {
    let t = "Several hundred protesters gathered and a few thousand fans watched; hundreds fled.";
    let m = get(t, "Several hundred");
    assert_eq!(
        (m.kind, m.low, m.value, m.unit.as_deref()),
        (NumberKind::Vague, Some(200.0), None, Some("protesters"))
    );
    assert_eq!(get(t, "a few thousand").unit.as_deref(), Some("fans"));
    assert_eq!(get(t, "hundreds").unit, None);
}

#[test]
fn areas_and_negative_words() {
    let t = "The fire covered 200 sq miles; temperatures fell to minus 5.";
    let m = get(t, "200 sq miles");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (NumberKind::Measure, Some("sq mi"))
    );
    assert_val!(get(t, "minus 5"), -5.0);
}

#[test]
fn continental_copy_groups_with_dots_when_a_decimal_comma_or_trailing_euro_says_so() {
    let m = get("Rent is now 1.250,75 € a month.", "1.250,75 €");
    assert_val!(m, 1250.75);
    assert_eq!(m.currency.as_deref(), Some("EUR"));
    assert_val!(get("The hall holds 3.456,5 tonnes of grain.", "3.456,5 tonnes"), 3456.5);
    assert_val!(get("Tickets cost 4.800 € each.", "4.800 €"), 4800.0);
    assert_val!(get("The bill was 2.000.000,25 € in all.", "2.000.000,25 €"), 2000000.25);
    // A single dot group with nothing continental after it is an English decimal.
    assert_val!(get("The index rose 1.250 points.", "1.250"), 1.25);
    assert_val!(get("It cost €4.800 in all.", "€4.800"), 4.8);
}

#[test]
fn a_spaced_temperature_letter_before_a_word_of_place_time_or_contrast() {
    for (t, span, v) in [
        ("It reached 38 C in Madrid on Sunday.", "38 C", 38.0),
        ("Expect -7 C overnight across the north.", "-7 C", -7.0),
        ("Highs of 95 F when the sun is out.", "95 F", 95.0),
    ] {
        let m = get(t, span);
        assert_val!(m, v);
        assert_eq!(m.kind, NumberKind::Measure);
    }
    // A label on a shirt or a code word before the number is none.
    assert!(!spans("The jersey said 12 C on the front.").contains(&"12 C"));
    assert!(!spans("Check Annex 4 C in the report.").contains(&"4 C"));
}

#[test]
fn feet_and_inches_in_words_before_a_clause_that_goes_on() {
    let m = get("The lock is six foot five and fast.", "six foot five");
    assert_eq!(m.unit.as_deref(), Some("ft"));
    assert_val!(m, 6.0 + 5.0 / 12.0);
    let m = get("A 5 feet 9 or so man.", "5 feet 9 or so");
    assert_val!(m, 5.75);
    assert_eq!(m.qualifier, Some(Qualifier::About));
    // A count after the feet is its own amount.
    assert!(spans("The wall is 30 feet and 2 guards stand by.").contains(&"2"));
}

#[test]
fn a_bare_won_after_a_thousand_or_more_is_the_korean_currency() {
    let m = get("A bowl of noodles costs 8,000 won near the station.", "8,000 won");
    assert_eq!(m.kind, NumberKind::Money);
    assert_eq!(m.currency.as_deref(), Some("KRW"));
    // Small counts and years before "won" are subjects of the verb.
    let t = "Of their 30 matches, 18 won and 2004 won't be forgotten.";
    assert!(extract(t).iter().all(|m| m.currency.is_none()), "{:?}", spans(t));
}

#[test]
fn a_number_the_word_year_names_is_a_year_in_any_form() {
    let m = get("Back in the year nineteen hundred, few had cars.", "nineteen hundred");
    assert_eq!(m.kind, NumberKind::Year);
    assert_eq!(
        get("The year two thousand and ten began badly.", "two thousand and ten").kind,
        NumberKind::Year
    );
    // School years are no calendar years.
    assert_ne!(get("Year 11 pupils sat the test.", "11").kind, NumberKind::Year);
}

#[test]
fn fuel_economy_energy_storage_and_frequency_units() {
    for (t, span, unit) in [
        ("The hybrid manages 62 mpg in town.", "62 mpg", "mpg"),
        ("Older vans do 25 miles per gallon.", "25 miles per gallon", "mpg"),
        ("The dam yields 4 terawatt hours yearly.", "4 terawatt hours", "TWh"),
        ("Homes used 900 kilowatt hours each.", "900 kilowatt hours", "kWh"),
        ("The archive fills 12 terabytes.", "12 terabytes", "TB"),
        ("The chip runs at 2.4 GHz.", "2.4 GHz", "GHz"),
        ("The station broadcasts on 98 megahertz.", "98 megahertz", "MHz"),
    ] {
        assert_eq!(get(t, span).unit.as_deref(), Some(unit), "{t}");
    }
    // Devices: data rates, resolution, engine power, battery charge.
    for (t, span, unit) in [
        ("Rural lines offer 2Mbps at best.", "2Mbps", "Mbit/s"),
        ("A 10 megabit link was laid.", "10 megabit", "Mb"),
        ("Its 8 megapixel sensor is new.", "8 megapixel", "MP"),
        ("The phone has a 48MP lens.", "48MP", "MP"),
        ("A 300 horsepower engine powers it.", "300 horsepower", "hp"),
        ("The 5,000 mAh cell lasts a day.", "5,000 mAh", "mAh"),
    ] {
        assert_eq!(get(t, span).unit.as_deref(), Some(unit), "{t}");
    }
    // "MP" set apart is a Member of Parliament.
    assert_eq!(get("She beat 40 MP rivals.", "40").kind, NumberKind::Cardinal);
    // "hours" after a power unit with a word between is a duration of its own.
    assert!(spans("It ran at 5 kW for 3 hours.").contains(&"3 hours"));
}

#[test]
fn a_number_of_figures_or_digits_is_a_magnitude_not_a_count() {
    for t in [
        "She signed a seven-figure deal.",
        "Inflation hit 3-digit levels.",
        "The club paid a six-figure fee.",
    ] {
        assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
    }
}

#[test]
fn a_decade_in_words_after_the_is_a_run_of_years() {
    let m = get("Punk was born in the seventies.", "seventies");
    assert_eq!(m.kind, NumberKind::Year);
    assert_eq!((m.low, m.high), (Some(1970.0), Some(1979.0)));
    let m = get("It peaked in the late Eighties.", "late Eighties");
    assert_eq!((m.low, m.high), (Some(1987.0), Some(1989.0)));
    // After a possessive it is an age, never years; "twenties" could be either century.
    assert_eq!(
        get("She is in her fifties.", "fifties").kind,
        NumberKind::Duration
    );
    assert!(spans("Jazz ruled the twenties.").is_empty());
    // Weather words before it make a temperature, not a decade.
    let t = "Highs will be in the eighties today.";
    assert_eq!(get(t, "eighties").kind, NumberKind::Measure);
}

#[test]
fn a_degree_word_before_a_bound_belongs_to_it() {
    for (t, span, q) in [
        ("It lasted a little over 20 minutes.", "a little over 20 minutes", Qualifier::MoreThan),
        ("Slightly fewer than 300 voted.", "Slightly fewer than 300", Qualifier::LessThan),
        ("Shares closed well below $4.", "well below $4", Qualifier::LessThan),
    ] {
        assert_eq!(get(t, span).qualifier, Some(q), "{t}");
    }
}

#[test]
fn a_glued_temperature_range_before_a_verb() {
    let m = get("Highs of 18-22C are likely.", "18-22C");
    assert_eq!(m.unit.as_deref(), Some("°C"));
    assert_eq!((m.low, m.high), (Some(18.0), Some(22.0)));
}
