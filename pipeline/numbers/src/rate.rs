//! Rates: an amount per something, written right after the mention or its counted noun
//! ("$50 a barrel", "$20 an hour", "5% a year", "€3/kg", "2 million barrels per day",
//! "300 troops a month"). The denominator goes to `per`, so that a price per barrel is
//! never compared with a total.
//!
//! After "per" or "/" any noun or unit is a denominator ("per household"); after "a",
//! "an", "every" or "each" only a time or measurement unit, or a noun that prices are
//! quoted by ("a share", "a head"), since "a" also opens the next noun phrase ("$5m a
//! record", "20 a side"). A time that dates rather than divides ("a year earlier", "a
//! week ago", "a day's work", "a year-on-year rise") is no rate.

use crate::lexicon as lx;
use crate::NumberKind;

/// Nouns prices and counts are quoted by, after "a"/"an"/"every"/"each".
fn per_item_noun(w: &str) -> bool {
    matches!(
        w,
        "share" | "head" | "person" | "night" | "piece" | "passenger" | "household"
    )
}

/// Words after a time that make it a date, not a divisor ("a year earlier"). "On" does
/// only before punctuation or "from" ("a year on, …"; "$5 a day on average" is a rate).
fn dating_word(w: &str) -> bool {
    matches!(
        w,
        "ago"
            | "earlier"
            | "later"
            | "before"
            | "after"
            | "since"
            | "back"
            | "old"
            | "previously"
            | "prior"
    )
}

/// Endings of adjectives, which open a noun phrase after "per" rather than name the
/// denominator ("per successful applicant").
fn adjective_ending(w: &str) -> bool {
    ["ful", "ous", "ive", "able", "ible", "less", "ish"]
        .iter()
        .any(|end| w.len() > end.len() + 2 && w.ends_with(end))
}

/// Function words that never follow "per" as a denominator ("per the agreement").
fn not_a_denominator(w: &str) -> bool {
    lx::determiner(w)
        || lx::unit_word(w).is_some()
        || lx::tens_word(w).is_some()
        || lx::scale_word(w).is_some()
        || adjective_ending(w)
        || matches!(
            w,
            "cent" | "centum" | "mille" | "se" | "him" | "her" | "them" | "it" | "and" | "or"
        )
}

/// One token after the mention: a word (letters only), a slash, or anything else.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok<'t> {
    Word(&'t str),
    Slash,
    Other(char),
}

/// The tokens of `text` from byte `from`, on one line, with whether space came before
/// each; a token of digits or other symbols ends what a rate may read.
fn tokens(text: &str, from: usize) -> impl Iterator<Item = (Tok<'_>, bool)> + '_ {
    let bytes = text.as_bytes();
    let mut i = from;
    std::iter::from_fn(move || {
        let start = i;
        while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t') {
            i += 1;
        }
        let spaced = i > start;
        if i >= bytes.len() || bytes[i] == b'\n' || bytes[i] == b'\r' {
            return None;
        }
        let s = i;
        let c = text[i..].chars().next()?;
        if c.is_alphabetic() {
            while let Some(c) = text[i..].chars().next().filter(|c| c.is_alphabetic()) {
                i += c.len_utf8();
            }
            return Some((Tok::Word(&text[s..i]), spaced));
        }
        i += c.len_utf8();
        Some((if c == '/' { Tok::Slash } else { Tok::Other(c) }, spaced))
    })
}

/// A denominator in its normal form: a time unit in the singular ("hour", "year"), a
/// measurement unit as its symbol ("kg", "bbl"), another noun in lower case. `open`
/// says whether any noun may stand there ("per", "/") or only units and pricing nouns.
fn denominator(raw: &str, open: bool) -> Option<String> {
    let w = raw.to_lowercase();
    if let Some(plural) = lx::duration_unit(&w) {
        return Some(singular_time(plural).to_string());
    }
    if w == "annum" {
        return Some("year".to_string());
    }
    if let Some(unit) = lx::measure_unit(&w, raw, false) {
        // Units of one letter or two ("m", "in", "ft") only as symbols after "/".
        if w.len() > 2 || open {
            return Some(unit.symbol.to_string());
        }
    }
    if w == "capita" {
        return Some("person".to_string());
    }
    if per_item_noun(&w) {
        return Some(w);
    }
    let plain_noun = raw.chars().all(|c| c.is_lowercase()) && raw.chars().count() >= 3;
    (open && plain_noun && !not_a_denominator(&w)).then_some(w)
}

/// "hours" -> "hour", "centuries" -> "century".
fn singular_time(plural: &str) -> &str {
    match plural {
        "centuries" => "century",
        "millennia" => "millennium",
        p => p.strip_suffix('s').unwrap_or(p),
    }
}

/// Whether a mention of this kind can be a rate: amounts and counts, not years,
/// ordinals or fractions ("half a day" is part of a day).
fn rated_kind(kind: NumberKind) -> bool {
    !matches!(
        kind,
        NumberKind::Year | NumberKind::Ordinal | NumberKind::Fraction
    )
}

/// The denominator of a rate that follows a mention ending at byte `end`, past its
/// counted noun `unit` when that comes first.
pub(crate) fn rate_after(
    text: &str,
    end: usize,
    kind: NumberKind,
    unit: Option<&str>,
) -> Option<String> {
    if !rated_kind(kind) {
        return None;
    }
    let mut toks = tokens(text, end).peekable();
    // Past an amount given in another currency in brackets: "$1.9m (£1m) a month".
    if let Some((Tok::Other(')'), false)) = toks.peek().copied() {
        toks.next();
    }
    // Past what a measure or share is of: "5 million tonnes of gas a year".
    if let Some((Tok::Word("of"), true)) = toks.peek().copied() {
        toks.next();
        let mut words = 0;
        while let Some((Tok::Word(w), _)) = toks.peek().copied() {
            if is_opener(w) || words == 4 {
                break;
            }
            toks.next();
            words += 1;
        }
        if words == 0 {
            return None;
        }
    }
    // Past the counted noun: it is among the next few words ("300 North Korean troops").
    if let (Some(noun), Some((Tok::Word(w), _))) = (unit, toks.peek().copied()) {
        let found = is_opener(w)
            || toks
                .by_ref()
                .take(6)
                .take_while(|(t, _)| matches!(t, Tok::Word(_)))
                .any(|(t, _)| matches!(t, Tok::Word(w) if w.eq_ignore_ascii_case(noun)));
        if !found {
            return None;
        }
    }
    let (opener, spaced) = toks.next()?;
    let open = match opener {
        Tok::Slash => true,
        Tok::Word(w) if spaced && w == "per" => true,
        Tok::Word(w) if spaced && is_opener(w) => false,
        _ => return None,
    };
    let (Tok::Word(noun), noun_spaced) = toks.next()? else {
        return None;
    };
    if opener == Tok::Slash && noun_spaced {
        return None;
    }
    let per = denominator(noun, open)?;
    let time = lx::duration_unit(&noun.to_lowercase()).is_some();
    // A date, a possessive or a compound is no rate ("a year ago", "a day's", "a year-on-year").
    match toks.next() {
        Some((Tok::Word(w), true)) if time && dating_word(&w.to_lowercase()) => None,
        Some((Tok::Word("on"), true)) if time => match toks.next() {
            None | Some((Tok::Other(_), _)) | Some((Tok::Word("from"), _)) => None,
            _ => Some(per),
        },
        Some((Tok::Other('\'' | '’' | '-' | '‐'), false)) => None,
        _ => Some(per),
    }
}

fn is_opener(w: &str) -> bool {
    matches!(w, "a" | "an" | "per" | "every" | "each")
}

#[cfg(test)]
mod tests {
    use crate::tests::get;

    /// The `per` of the mention whose text is `span`.
    fn per(text: &str, span: &str) -> Option<String> {
        get(text, span).per
    }

    #[test]
    fn a_price_per_unit_names_its_unit() {
        assert_eq!(
            per("Crude fell to $61 a barrel.", "$61").as_deref(),
            Some("bbl")
        );
        assert_eq!(
            per("Cleaners are paid £9 an hour here.", "£9").as_deref(),
            Some("hour")
        );
        assert_eq!(
            per("Rents reach €900 per month now.", "€900").as_deref(),
            Some("month")
        );
        assert_eq!(
            per("Tomatoes sell at €3/kg today.", "€3").as_deref(),
            Some("kg")
        );
        assert_eq!(
            per("It pays 14 cents a share.", "14 cents").as_deref(),
            Some("share")
        );
    }

    #[test]
    fn a_count_per_period_follows_its_counted_noun() {
        assert_eq!(
            per("The field yields 40,000 barrels per day.", "40,000 barrels").as_deref(),
            Some("day")
        );
        assert_eq!(
            per("About 200 asylum seekers a week arrive.", "About 200").as_deref(),
            Some("week")
        );
        assert_eq!(
            per("Growth slowed to 2% a year.", "2%").as_deref(),
            Some("year")
        );
        assert_eq!(
            per("The fee is $40 per annum.", "$40").as_deref(),
            Some("year")
        );
    }

    #[test]
    fn per_takes_any_noun_but_a_takes_units_only() {
        assert_eq!(
            per("Spending is £310 per pupil.", "£310").as_deref(),
            Some("pupil")
        );
        assert_eq!(
            per("Spending is £310 per capita.", "£310").as_deref(),
            Some("person")
        );
        assert_eq!(per("The club paid $5m a record fee.", "$5m"), None);
        assert_eq!(per("It cost £40 per the contract.", "£40"), None);
    }

    #[test]
    fn a_rate_follows_a_bracketed_conversion_or_an_of_phrase() {
        assert_eq!(
            per("It lost $1.9m (£1m) a month.", "£1m").as_deref(),
            Some("month")
        );
        assert_eq!(
            per(
                "The plant ships 4 million tonnes of coal a year.",
                "4 million tonnes"
            )
            .as_deref(),
            Some("year")
        );
    }

    #[test]
    fn numbers_and_adjectives_after_per_are_no_denominator() {
        assert_eq!(per("Only nine adults per thousand own one.", "nine"), None);
        assert_eq!(per("It came to £90 per successful bid.", "£90"), None);
    }

    #[test]
    fn on_dates_a_time_only_before_punctuation() {
        assert_eq!(
            per("It cost $30 a day on average.", "$30").as_deref(),
            Some("day")
        );
        assert_eq!(
            per("It traded at $48 a barrel on Monday.", "$48").as_deref(),
            Some("bbl")
        );
        assert_eq!(per("Sales were 200 units a year on, up.", "200"), None);
    }

    #[test]
    fn a_time_that_dates_is_no_rate() {
        assert_eq!(per("Profit was $8m a year earlier.", "$8m"), None);
        assert_eq!(per("It sold for $30 a week ago.", "$30"), None);
        assert_eq!(per("It cost £2 a day's pay then.", "£2"), None);
        assert_eq!(per("Sales rose 4% a year-on-year.", "4%"), None);
    }

    #[test]
    fn years_ordinals_and_fractions_are_no_rates() {
        assert_eq!(per("In 2004 a year of growth began.", "2004"), None);
        assert_eq!(per("Her third a week ago.", "third"), None);
        assert_eq!(
            per("They waited half a day a week.", "half a day").as_deref(),
            Some("week")
        );
    }

    #[test]
    fn a_rate_stays_on_its_line() {
        assert_eq!(per("It cost $5\na day later it rose.", "$5"), None);
    }
}
