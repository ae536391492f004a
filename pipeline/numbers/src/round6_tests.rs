//! Unit tests for the classes fixed in the sixth round on shapes held-out
//! collections of number expressions use: one test per class, in its own
//! wording, with the side that must stay as it was next to the side that
//! changed.

use crate::tests::{get, spans};

#[test]
fn a_plus_before_one_decimal_is_a_change_not_a_phone_number() {
    // Changed: "+0.8 points" and a bare "+6.75" were skipped as phone numbers.
    assert_eq!(
        get("The FTSE closed +0.8 points higher.", "0.8").value,
        Some(0.8)
    );
    assert_eq!(get("+6.75", "6.75").value, Some(6.75));
    // Kept: the plus stays out of the span ("+12", "+3.1%").
    assert_eq!(
        get("Net migration was +12 last month.", "12").value,
        Some(12.0)
    );
    assert_eq!(get("Margins moved +3.1% overall.", "3.1%").value, Some(3.1));
    // Kept: a plus joining two numbers or closing one signs nothing; a
    // dialling code with groups is no quantity; a minus still negates.
    assert_eq!(spans("It says 3+4 on the board."), vec!["3", "4"]);
    assert!(spans("Ring +33 1 42 68 53 00 for tickets.").is_empty());
    assert!(spans("Dial +1-212-555-0199 now.").is_empty());
    assert_eq!(get("It dipped to -4 overnight.", "-4").value, Some(-4.0));
}

#[test]
fn a_vulgar_fraction_takes_the_scale_word_after_it() {
    // Changed: the scale word after "4½" multiplies the mixed number.
    assert_eq!(
        get("The city drew 4½ million tourists.", "4½ million").value,
        Some(4_500_000.0)
    );
    assert_eq!(
        get("The debt is 1¼ trillion.", "1¼ trillion").value,
        Some(1.25e12)
    );
    // Kept: with no scale word it is the mixed number; glued money scales
    // as before.
    assert_eq!(get("a 2½ hour wait", "2½ hour").value, Some(2.5));
    assert_eq!(get("It cost £3½m.", "£3½m").value, Some(3_500_000.0));
}

#[test]
fn oh_reads_zero_closing_a_decimal_or_before_its_point() {
    // Changed: "oh" closing a decimal read aloud, and "oh" as the whole part.
    assert_eq!(
        get("Call it one point oh.", "one point oh").value,
        Some(1.0)
    );
    assert_eq!(
        get("It shrank oh point three.", "oh point three").value,
        Some(0.3)
    );
    // Kept: "oh" before another digit word; an "Oh" of surprise is no digit.
    assert_eq!(
        get("six point oh two", "six point oh two").value,
        Some(6.02)
    );
    assert_eq!(spans("Oh, point taken."), Vec::<&str>::new());
    assert_eq!(spans("Two point. Oh well."), vec!["Two"]);
}

#[test]
fn a_gross_is_twelve_dozen() {
    // Changed: "a gross of", "N gross of" and a closing "N gross".
    assert_eq!(
        get("They ordered a gross of buttons.", "a gross of").value,
        Some(144.0)
    );
    assert_eq!(
        get("three gross of nails", "three gross of").value,
        Some(432.0)
    );
    assert_eq!(get("We sold five gross.", "five gross").value, Some(720.0));
    // Kept: "gross" as an adjective or a sum before tax.
    assert!(!spans("They made two gross errors.").contains(&"two gross"));
    assert!(spans("It was a gross insult.").is_empty());
    assert_eq!(spans("Gross profit was $4m."), vec!["$4m"]);
}

#[test]
fn a_fraction_or_mixed_number_counts_dozens_and_hundreds() {
    // Changed: "a half dozen" (as US English writes it), "half a hundred", and
    // a mixed number before "dozen".
    assert_eq!(
        get("Pack a half dozen rolls.", "a half dozen").value,
        Some(6.0)
    );
    assert_eq!(get("half a hundred", "half a hundred").value, Some(50.0));
    let m = get(
        "We need three and a half dozen eggs.",
        "three and a half dozen",
    );
    assert_eq!((m.value, m.kind), (Some(42.0), crate::NumberKind::Cardinal));
    // Kept: "half a dozen", "three dozen", a lone "a half".
    assert_eq!(get("half a dozen", "half a dozen").value, Some(6.0));
    assert_eq!(get("three dozen", "three dozen").value, Some(36.0));
    assert_eq!(get("Add a half.", "a half").value, Some(0.5));
}

#[test]
fn a_singular_fraction_after_and_before_a_unit_is_a_mixed_number() {
    // Changed: "N and three quarter <scale or unit>", the adjective's singular.
    assert_eq!(
        get(
            "It drew four and three quarter million viewers.",
            "four and three quarter million"
        )
        .value,
        Some(4_750_000.0)
    );
    assert_eq!(
        get(
            "The walk took two and three-quarter hours.",
            "two and three-quarter hours"
        )
        .value,
        Some(2.75)
    );
    // Kept: the plural as before; no "and", no mixed number.
    assert_eq!(
        get("two and three quarters", "two and three quarters").value,
        Some(2.75)
    );
    assert!(!spans("He wore a three-quarter coat.").contains(&"three-quarter coat"));
}

#[test]
fn a_lone_group_word_takes_a_fraction_of_itself() {
    // Changed: the whole input "dozen and a half" is eighteen.
    assert_eq!(
        get("Dozen and a half.", "Dozen and a half").value,
        Some(18.0)
    );
    assert_eq!(
        get("thousand and a half", "thousand and a half").value,
        Some(1500.0)
    );
    // Kept: a lone "dozen"; "a couple and a half" is not a group fraction.
    assert_eq!(get("dozen", "dozen").value, Some(12.0));
    assert!(!spans("a couple and a half").contains(&"a couple and a half"));
}

#[test]
fn odds_joined_by_hyphens_are_a_fraction_not_inches() {
    // Changed: "-in-" between two numbers is the spaced "one in five", and
    // before an article a set phrase; neither is an inch.
    assert_eq!(
        get("Pollsters see a 2-in-3 risk.", "2-in-3").value,
        Some(2.0 / 3.0)
    );
    assert_eq!(get("a one-in-ten shot", "one-in-ten").value, Some(0.1));
    assert!(!spans("It was a once-in-a-lifetime, one-in-a-million day.")
        .iter()
        .any(|s| s.contains("in-a")));
    // Kept: a hyphened inch before a noun; the spaced odds.
    let m = get("Fit a 4-in pipe.", "4-in");
    assert_eq!((m.value, m.unit.as_deref()), (Some(4.0), Some("in")));
    assert_eq!(get("one in five voters", "one in five").value, Some(0.2));
}

#[test]
fn a_count_hyphened_to_dozen_is_dozens() {
    // Changed: "four-dozen" was 4 with "dozen" as its noun.
    assert_eq!(
        get("Pack four-dozen rolls.", "four-dozen").value,
        Some(48.0)
    );
    // Kept: spaced and article forms.
    assert_eq!(get("four dozen rolls", "four dozen").value, Some(48.0));
    assert_eq!(get("a half-dozen rolls", "a half-dozen").value, Some(6.0));
}

#[test]
fn a_closing_dozen_is_shared_by_both_ends_of_a_range() {
    // Changed: the first end was a bare count ("3-4 dozen" was 3 to 48).
    let m = get("Order 3-4 dozen bagels.", "3-4 dozen");
    assert_eq!((m.low, m.high), (Some(36.0), Some(48.0)));
    let m = get("five or six dozen", "five or six dozen");
    assert_eq!((m.low, m.high), (Some(60.0), Some(72.0)));
    // Kept: a shared hundred; a first end already larger than a dozen
    // multiple would make stays as written.
    let m = get("five or six hundred", "five or six hundred");
    assert_eq!((m.low, m.high), (Some(500.0), Some(600.0)));
    let m = get("from 40 to 4 dozen", "from 40 to 4 dozen");
    assert_eq!((m.low, m.high), (Some(40.0), Some(48.0)));
}

#[test]
fn an_apostrophe_year_after_a_dating_word_is_a_year() {
    // Changed: "'87" after "in", "since", "of" was the cardinal 87.
    let m = get("They first met in '87.", "'87");
    assert_eq!((m.kind, m.value), (crate::NumberKind::Year, Some(1987.0)));
    assert_eq!(get("the class of ’11", "’11").value, Some(2011.0));
    // Kept: "'24" could be either century; a quoted number and a decade are
    // what they were.
    assert!(!spans("It began in '24.").contains(&"'24"));
    assert!(!spans("He wrote 'in '87' on it.").contains(&"'87"));
    assert_eq!(get("the '70s", "'70s").low, Some(1970.0));
}

#[test]
fn a_count_hyphened_to_some_is_about_that_count() {
    // Changed: "fifty-some" had no qualifier ("some" was its noun or nothing).
    let m = get("Fifty-some protesters gathered.", "Fifty-some");
    assert_eq!(
        (m.value, m.qualifier, m.unit.as_deref()),
        (
            Some(50.0),
            Some(crate::Qualifier::About),
            Some("protesters")
        )
    );
    // Kept: "-odd" as before; a small count before "-some" is no estimate.
    let m = get("fifty-odd protesters", "fifty-odd");
    assert_eq!(m.qualifier, Some(crate::Qualifier::About));
    assert_eq!(get("a three-some", "three-some").qualifier, None);
}

#[test]
fn a_hyphened_some_before_a_duration_ends_no_range() {
    // Changed: "forty-some years" was a range from forty to "some years".
    let m = get("They waited forty-some years.", "forty-some");
    assert_eq!(
        (m.kind, m.value, m.qualifier, m.unit.as_deref()),
        (
            crate::NumberKind::Cardinal,
            Some(40.0),
            Some(crate::Qualifier::About),
            Some("years")
        )
    );
    // Kept: a real second end after a hyphen.
    let m = get("It took 30-40 years.", "30-40 years");
    assert_eq!((m.low, m.high), (Some(30.0), Some(40.0)));
}

#[test]
fn metres_take_the_centimetres_read_after_them() {
    // Changed: "2 metres 45" was two metres and a stray 45.
    assert_eq!(
        get("The bar was set at 2 metres 45.", "2 metres 45").value,
        Some(2.45)
    );
    assert_eq!(get("a 1 metre 70 athlete", "1 metre 70").value, Some(1.7));
    // Kept: a count after metres with its noun; feet still take inches.
    assert_eq!(
        get("a 4 metres 30 people queue", "4 metres").value,
        Some(4.0)
    );
    assert_eq!(
        get("He is 6 feet 1.", "6 feet 1").unit.as_deref(),
        Some("ft")
    );
}

#[test]
fn no_minor_part_after_a_glued_scale_letter() {
    // Changed: "£3m 40" took 40 as pence (3000000.4).
    assert_eq!(get("Spend hit £3m 40.", "£3m").value, Some(3_000_000.0));
    // Kept: pence after plain pounds.
    assert_eq!(get("Lunch was £6 40.", "£6 40").value, Some(6.4));
}
