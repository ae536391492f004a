#![deny(missing_docs)]
//! Number normalisation: finds numeric expressions in news text and resolves
//! them to values, bounds, units and currencies, so claims such as "at least
//! 3,000 soldiers" and "an estimated 10,000 troops" can be compared across
//! articles.
//!
//! The extractor is a hand-written scanner: the text is tokenised once (words,
//! digit runs, symbols) and each position is tried against the constructions
//! below, longest first. There are no regexes and nothing to compile, so calling
//! [`extract`] per document is cheap: 1.6 to 2.6 million words a second of CPU
//! time on one core over the BBC corpus (`examples/eval.rs` measures it).
//!
//! Conventions:
//! - `span` covers the qualifier ("at least"), the currency sign or code, the
//!   number and any unit that belongs to the expression ("km", "years", "%"), but
//!   not the counted noun: "at least 3,000 soldiers" gives span "at least 3,000",
//!   unit "soldiers". The counted noun is the first plural noun within a few
//!   words, skipping modifiers ("1,500 special forces" gives "forces"); it stops
//!   at function words, so it is left empty rather than guessed.
//! - Money values are in units of the currency ("$400 million" is 400000000,
//!   USD; "£600m" GBP; "€1.13bn" EUR); minor units are converted ("50 cents" is
//!   0.5 USD with unit "cents"). A bare "$" is taken as USD.
//! - Measures carry a short unit symbol ("km", "kg", "mi", "°C", "m²");
//!   durations a plural unit name ("years", "hours"). Compound measures are one
//!   mention in the first unit ("6 feet, 3 inches" is 6.25 ft, "2 hours and 30
//!   minutes" 2.5 hours) when the second part is a smaller unit of the same
//!   dimension and system and less than one of the first; metric parts stand side
//!   by side ("1 m 80 cm"), after a comma they are a list. "a"/"an" before a unit or currency
//!   name is one ("a litre", "a dollar"), except as a rate ("$3 a litre").
//! - A rate written after the amount or its counted noun gives `per`: "$50 a
//!   barrel" (bbl), "$20 an hour" (hour), "5% a year", "€3/kg", "40,000 barrels
//!   per day", "£310 per pupil"; after "a"/"an" only time and measurement units
//!   and pricing nouns ("a share", "a head") count, and a time that dates ("a year
//!   earlier", "a week ago") is none.
//! - Continental copy groups thousands with dots: "2.000.000", and a single group
//!   where a decimal comma ("1.250,75") or a spaced euro sign after the amount
//!   ("4.800 €") says so; otherwise "1.250" is an English decimal.
//! - Currency names and codes count before and after the amount ("USD 20",
//!   "20 USD", "45 Rupees", "90 Brazilian reais", "65¢"); a name several
//!   countries share ("dinars") without its nationality gives kind money and no
//!   currency. An ambiguous "pounds" is money unless a sign of weighing is near
//!   (a weighing or dieting word or a thing weighed before, another weight unit
//!   around, "of" or "heavier" after: "shed 12 pounds", "3 pounds of rice");
//!   a scaled one ("two hundred pounds") is money unless a weighing word comes
//!   before ("weighed two hundred pounds"). After money in millions a glued "m"
//!   is million, not metres, at both ends of a range ("$779m-798m", "$5-10m").
//! - Ordinals carry the noun they count in `unit` ("his fourth trip" -> "trip")
//!   after a determiner or possessive, or for digit ordinals ("the 19th century").
//! - Bounds: `at_least`/`more_than` set `low`, `up_to`/`less_than` set `high`
//!   (value kept too); `about` keeps only `value`. Ranges ("between 5 and 10",
//!   "5-10", "from 3,000 to 10,000") have kind `range` (or money, percent,
//!   measure, duration when they carry that unit) with `low`/`high` and no value.
//!   Ends in different units are given in the second's ("from 250 g to 1 kg" is
//!   0.25 to 1 kg); a fraction's counted noun follows "of" ("two-thirds of
//!   voters").
//! - Vague amounts have kind `vague`, no value and a conventional lower bound of
//!   twice the named unit: dozens 24, scores 40, hundreds 200, thousands 2,000,
//!   millions 2,000,000, tens of thousands 20,000, hundreds of thousands
//!   200,000, several/a few hundred 200. "A couple (of) hundred" is two of the
//!   unit give or take: a cardinal (money before a currency name) of 200,
//!   qualifier `about`. A vague count of a unit keeps the unit's
//!   kind and no value: "a few miles" (measure, mi), "several dollars" (money,
//!   USD), "a few seconds" (duration).
//! - Years ("in 1999", "2022", "the year two thousand") get kind `year`; a four-digit number followed by a
//!   counted noun ("2000 workers") stays a cardinal. Calendar dates ("Oct. 3",
//!   "3 October", "2024-10-03", "5/17/2018"), clock times ("7pm", "half past three", "at ten tonight"), phone numbers, ZIP
//!   codes, URLs and codes or names ("G7", "F-16", "Boeing 737-800", "the
//!   Guildford Four") are skipped, never reported as quantities.
//! - Pronoun "one" ("one of the", "no one", "the one", "a very risky one", "if
//!   she asked for one.") is not a number; "one" alone ("One."), in a list ("one,
//!   two") or as a label ("round one") is.
//! - Decades and runs of years have kind `year`, no value, and the first and last
//!   year as `low`/`high`: "the 1990s" (1990 to 1999), "the '80s", "the
//!   mid-1990s" (1993 to 1996), "the 80s" and "the late 60s" (after "the", from the
//!   '30s on), "nineteen sixties", "the 2004-05 season", "2006/07", "1914-18". A plural
//!   hundred year before 2000 is its century: "the 1800s" (1800 to 1899), "the late
//!   1800s" (1870 to 1899); "the 2000s" is a decade.
//!   After a possessive a decade is an age instead: "in his 40s", "her late
//!   teens" are durations in years with bounds (40 to 49, 17 to 19); so is a
//!   number or range after "aged" ("children aged 5", "aged 18 to 30").
//!   After a weather word a decade is degrees: "highs in the low 80s" is a
//!   measure in "°" from 80 to 83.
//! - A mention never starts or ends inside a hyphenated word: "12-year-old" is
//!   one age (a duration of 12 years), "5,000-strong crowd" counts "crowd",
//!   "40-odd" is about 40, "a 15-member panel" counts "member", "pre-2008" is a
//!   year, "sub-$100" a bound; in a name, code or idiom ("Covid-19", "top-10",
//!   "2-for-1", "second-hand", "one-off") a number is none. "No. 10", "the number
//!   9 bus", "world number one" and a bare integer after a name inside a
//!   sentence ("Flight 370", "BBC Radio 4", "Chapter 11") name rather than
//!   count: not reported. A spaced
//!   "plus" and a word after money adds a charge ("£50 plus VAT"), no bound.
//! - Years read out in pairs ("nineteen ninety", "twenty twenty-four") have kind
//!   `year`; "10 grand" is money 10,000 with no currency named.
//! - Fractions of a unit add up in that unit: "3 miles and a half" (3.5 mi), "6
//!   foot 2" (6.17 ft), "1h30" and "1:30 hours" (1.5 hours), "a cup and a half".
//! - Decimals read aloud may mix digits and words ("1 point 5", "point 77", "two
//!   point oh five"); wire-copy mixed numbers join with a hyphen ("5-1/2" is 5.5);
//!   a sign may stand before the currency ("-$5", "minus $5 million").
//!
//! [`Options::recognizers_compat`] adds what Recognizers-Text counts but a news
//! pipeline should not (relative ordinals, unit names without a number); see
//! [`eval`] for the evaluation against its specs.

pub mod eval;
mod lexicon;
mod rate;
mod scan;

use nx_text::Span;
use serde::Serialize;

/// What a numeric expression is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    /// A count or plain quantity.
    Cardinal,
    /// first, 21st.
    Ordinal,
    /// An amount of a currency.
    Money,
    /// 76%, 76 per cent.
    Percent,
    /// half, two-thirds.
    Fraction,
    /// between 5 and 10.
    Range,
    /// A calendar year.
    Year,
    /// two and a half years.
    Duration,
    /// A measurement with a unit (km, kg, °C).
    Measure,
    /// dozens, thousands: a lower bound, no value.
    Vague,
}

/// How a bound qualifies the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// at least, no fewer than.
    AtLeast,
    /// more than, over.
    MoreThan,
    /// about, around, nearly, an estimated.
    About,
    /// up to.
    UpTo,
    /// fewer than, under, less than.
    LessThan,
}

/// One normalised numeric expression.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// The expression, including qualifier and currency sign, excluding the counted noun.
    pub span: Span,
    /// What it is.
    pub kind: NumberKind,
    /// The value, in units of the currency for money.
    pub value: Option<f64>,
    /// Lower bound, when known.
    pub low: Option<f64>,
    /// Upper bound, when known.
    pub high: Option<f64>,
    /// Qualifier of the bound.
    pub qualifier: Option<Qualifier>,
    /// Counted noun or unit ("soldiers", "km", "years").
    pub unit: Option<String>,
    /// ISO 4217 code for money.
    pub currency: Option<String>,
    /// What the amount is per, for a rate written after it: "hour" in "$20 an hour",
    /// "bbl" in "$50 a barrel", "year" in "5% a year" (see the `rate` module).
    pub per: Option<String>,
}

/// Extraction options. The defaults are what news analytics wants.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Also report what Recognizers-Text counts but a news pipeline should not:
    /// relative ordinals ("last", "next", "penultimate", value none) and unit or
    /// currency names without a number ("percent", "the dollar", "fahrenheit").
    /// Off by default; the evaluation reports both modes.
    pub recognizers_compat: bool,
}

/// A reusable extractor. The scanner needs no compiled patterns, so building one
/// is free; it carries the [`Options`] so workers can keep one each.
#[derive(Debug, Clone, Copy, Default)]
pub struct NumberExtractor {
    options: Options,
}

impl NumberExtractor {
    /// An extractor with default options.
    pub fn new() -> NumberExtractor {
        NumberExtractor::default()
    }

    /// An extractor with the given options.
    pub fn with_options(options: Options) -> NumberExtractor {
        NumberExtractor { options }
    }

    /// Every numeric expression in `text`, in order, non-overlapping.
    pub fn extract(&self, text: &str) -> Vec<NumberMention> {
        scan::scan(text, self.options.recognizers_compat)
            .into_iter()
            .filter_map(|f| to_mention(text, f))
            .collect()
    }
}

fn finite(x: Option<f64>) -> Option<f64> {
    x.filter(|v| v.is_finite())
}

fn to_mention(text: &str, f: scan::Found) -> Option<NumberMention> {
    let span = Span::new(text, f.s, f.e)?;
    let per = rate::rate_after(text, f.e, f.kind, f.unit.as_deref());
    let (low, high) = match f.qualifier {
        Some(Qualifier::AtLeast) | Some(Qualifier::MoreThan) if f.kind != NumberKind::Vague => {
            (f.low.or(f.value), f.high)
        }
        Some(Qualifier::UpTo) | Some(Qualifier::LessThan) if f.kind != NumberKind::Vague => {
            (f.low, f.high.or(f.value))
        }
        _ => (f.low, f.high),
    };
    Some(NumberMention {
        span,
        kind: f.kind,
        value: finite(f.value),
        low: finite(low),
        high: finite(high),
        qualifier: f.qualifier,
        unit: f.unit,
        // "" marks a currency word several countries share ("dinars") with no nationality.
        currency: f.currency.filter(|c| !c.is_empty()).map(str::to_string),
        per,
    })
}

/// Every numeric expression in `text`, in order.
pub fn extract(text: &str) -> Vec<NumberMention> {
    NumberExtractor::new().extract(text)
}

#[cfg(test)]
mod everyday_tests;
#[cfg(test)]
mod families_tests;
#[cfg(test)]
mod phrasing_tests;
#[cfg(test)]
mod round3_tests;
#[cfg(test)]
mod round4_tests;
#[cfg(test)]
mod round5_tests;
#[cfg(test)]
mod round6_tests;
#[cfg(test)]
mod round7_tests;
#[cfg(test)]
mod second_look_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod word_and_year_tests;
