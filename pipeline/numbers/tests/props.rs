//! Any input yields valid, ordered, disjoint spans and finite numbers, without panics.

use nx_numbers::{NumberExtractor, Options};
use proptest::prelude::*;

fn check(text: &str) -> Result<(), TestCaseError> {
    for compat in [false, true] {
        check_with(
            text,
            NumberExtractor::with_options(Options {
                recognizers_compat: compat,
            }),
        )?;
    }
    Ok(())
}

fn check_with(text: &str, ex: NumberExtractor) -> Result<(), TestCaseError> {
    let all = ex.extract(text);
    let mut prev_end = 0;
    for m in &all {
        let (s, e) = (m.span.start(), m.span.end());
        prop_assert!(s < e, "empty span {s}..{e}");
        prop_assert!(e <= text.len());
        prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        prop_assert!(
            s >= prev_end,
            "overlap or disorder at {s} (previous end {prev_end})"
        );
        prev_end = e;
        for x in [m.value, m.low, m.high].into_iter().flatten() {
            prop_assert!(x.is_finite(), "non-finite {x}");
        }
    }
    Ok(())
}

/// Digit and punctuation soup, with number words mixed in.
fn soup() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "0",
        "1",
        "7",
        "12",
        "999",
        "2024",
        "1,000",
        "3.5",
        ".",
        ",",
        "-",
        "–",
        "/",
        ":",
        "%",
        "$",
        "£",
        "€",
        "^",
        "e",
        "x",
        "k",
        "m",
        "bn",
        "M",
        "st",
        "th",
        " ",
        "  ",
        "\u{202f}",
        "\u{a0}",
        "°",
        "C",
        "½",
        "(",
        ")",
        "~",
        "<",
        ">",
        "=",
        "+",
        "and",
        "a",
        "half",
        "one",
        "hundred",
        "thousand",
        "million",
        "dozen",
        "dozens",
        "of",
        "between",
        "from",
        "to",
        "at least",
        "more than",
        "up to",
        "about",
        "per cent",
        "percent",
        "over",
        "in",
        "out",
        "years",
        "km",
        "feet",
        "pounds",
        "dollars",
        "cents",
        "first",
        "twenty",
        "-",
        "thirds",
        "fifths",
        "point",
        "minus",
        "the",
        "http://x.y/1%20",
        "May",
        "Oct.",
        "am",
        "p.m.",
        "é",
        "日本",
        "😀",
        "\u{301}",
        // Shapes added for news copy: currency names and codes after the amount,
        // marks, compound measures, the article as one, quoted numbers.
        "¢",
        "c",
        "'",
        "\"",
        "′",
        "″",
        "“",
        "”",
        ",",
        "Rupees",
        "bucks",
        "dinars",
        "Kuwaiti",
        "PLN",
        "AED",
        "Rp",
        "sterling",
        "zone",
        "litre",
        "kilogram",
        "g",
        "inches",
        "hours",
        "minutes",
        "below",
        "zero",
        "degrees",
        "couple",
        "pair",
        "thousands",
        "millions",
        "quarter",
        "an",
        "his",
        "largest",
        "step",
    ]);
    prop::collection::vec(atoms, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_unicode(text in "\\PC{0,200}") {
        check(&text)?;
    }

    #[test]
    fn number_soup(text in soup()) {
        check(&text)?;
    }

    #[test]
    fn spaced_soup(parts in prop::collection::vec(soup(), 1..4)) {
        check(&parts.join(" "))?;
    }
}
