#![deny(missing_docs)]
//! Number normalisation. (Stub: to be implemented.)

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
}

/// Every numeric expression in `text`, in order.
pub fn extract(_text: &str) -> Vec<NumberMention> {
    Vec::new()
}
