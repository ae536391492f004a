//! Currencies: names and codes written after or before the amount, nationality
//! adjectives that pick the ISO code, symbols and dollar prefixes.

/// Currency words after the amount, with ISO code and the value of one in the
/// major unit ("cents" -> USD, 0.01).
pub fn currency_word(w: &str) -> Option<(&'static str, f64)> {
    Some(match w {
        "dollar" | "dollars" | "usd" => ("USD", 1.0),
        "cent" | "cents" => ("USD", 0.01),
        "pound" | "pounds" | "sterling" | "gbp" | "quid" => ("GBP", 1.0),
        "pence" | "penny" | "pennies" | "p" => ("GBP", 0.01),
        "euro" | "euros" | "eur" => ("EUR", 1.0),
        "yen" | "jpy" => ("JPY", 1.0),
        "yuan" | "renminbi" | "cny" | "rmb" | "元" | "kuai" => ("CNY", 1.0),
        "rupee" | "rupees" | "inr" | "ரூ" => ("INR", 1.0),
        "rouble" | "roubles" | "ruble" | "rubles" | "rub" => ("RUB", 1.0),
        "franc" | "francs" => ("FRF", 1.0),
        "chf" => ("CHF", 1.0),
        "peseta" | "pesetas" => ("ESP", 1.0),
        "markka" | "markkaa" => ("FIM", 1.0),
        "guilder" | "guilders" => ("NLG", 1.0),
        "won" => ("KRW", 1.0),
        "rand" => ("ZAR", 1.0),
        "peso" | "pesos" => ("MXN", 1.0),
        "lira" | "lire" => ("TRY", 1.0),
        "krona" | "kronor" | "sek" => ("SEK", 1.0),
        "krone" | "kroner" => ("NOK", 1.0),
        "shekel" | "shekels" => ("ILS", 1.0),
        "naira" => ("NGN", 1.0),
        "baht" => ("THB", 1.0),
        "aud" => ("AUD", 1.0),
        "bitcoin" | "bitcoins" | "btc" => ("BTC", 1.0),
        "hryvnia" | "hryvnias" => ("UAH", 1.0),
        "cad" => ("CAD", 1.0),
        "hkd" => ("HKD", 1.0),
        _ => return None,
    })
}

/// A nationality before a currency word that changes its ISO code
/// ("australian dollars", "swiss francs").
pub fn currency_nationality(adj: &str, iso: &str) -> Option<&'static str> {
    Some(match (adj, iso) {
        ("australian", "USD") => "AUD",
        ("canadian", "USD") => "CAD",
        ("hong", "USD") => "HKD",
        ("new", "USD") => "NZD",
        ("singapore", "USD") => "SGD",
        ("us" | "american", "USD") => "USD",
        ("swiss", "FRF") => "CHF",
        ("french", "FRF") => "FRF",
        ("belgian", "FRF") => "BEF",
        ("dutch", "NLG") => "NLG",
        ("finnish", "FIM") => "FIM",
        ("japanese", "JPY") => "JPY",
        ("chinese", "CNY") => "CNY",
        ("indian", "INR") => "INR",
        ("russian", "RUB") => "RUB",
        ("british", "GBP") | ("sterling", "GBP") => "GBP",
        ("egyptian", "GBP") => "EGP",
        ("mexican", "MXN") => "MXN",
        ("turkish", "TRY") => "TRY",
        ("south", "KRW") => "KRW",
        ("swedish", "SEK") => "SEK",
        ("norwegian", "NOK") => "NOK",
        ("danish", "NOK") => "DKK",
        _ => return None,
    })
}

/// Letters written before "$" that name the dollar ("US$", "C$", "HK$").
pub fn dollar_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "us" | "usd" => "USD",
        "aud" => "AUD",
        "cad" => "CAD",
        "nzd" => "NZD",
        "mxn" | "mex" => "MXN",
        "hkd" => "HKD",
        "sgd" => "SGD",
        "c" | "ca" | "can" => "CAD",
        "a" | "au" => "AUD",
        "hk" => "HKD",
        "nz" => "NZD",
        "s" => "SGD",
        "r" => "BRL",
        _ => return None,
    })
}

/// ISO codes written before the amount ("USD 5m", "EUR 20").
pub fn iso_code(raw: &str) -> Option<&'static str> {
    Some(match raw {
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" => "CNY",
        "CHF" => "CHF",
        "AUD" => "AUD",
        "CAD" => "CAD",
        "INR" => "INR",
        "HKD" => "HKD",
        "RMB" => "CNY",
        "NZD" => "NZD",
        "MXN" => "MXN",
        "SGD" => "SGD",
        "BTC" => "BTC",
        _ => return None,
    })
}

/// Currency symbols.
pub fn currency_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '£' => "GBP",
        '€' => "EUR",
        '¥' => "JPY",
        '₹' => "INR",
        '₽' => "RUB",
        '₩' => "KRW",
        '₺' => "TRY",
        '₦' => "NGN",
        '₪' => "ILS",
        '元' => "CNY",
        '₡' => "CRC",
        '₾' => "GEL",
        '₭' => "LAK",
        '₿' => "BTC",
        '₴' => "UAH",
        _ => return None,
    })
}
