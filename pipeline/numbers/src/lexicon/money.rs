//! Currencies: names and codes written after or before the amount, nationality
//! adjectives that pick the ISO code, symbols and dollar prefixes.

/// Currency words after the amount, with ISO code and the value of one in the
/// major unit ("cents" -> USD, 0.01).
pub fn currency_word(w: &str) -> Option<(&'static str, f64)> {
    Some(match w {
        "dollar" | "dollars" | "usd" | "buck" | "bucks" => ("USD", 1.0),
        "cent" | "cents" => ("USD", 0.01),
        // US coins counted by name: "two dimes" (0.2), "five nickels" (0.25); a
        // singular "nickel" is as often the metal ("20 nickel coins").
        "dimes" => ("USD", 0.1),
        "nickels" => ("USD", 0.05),
        "pound" | "pounds" | "sterling" | "gbp" | "quid" => ("GBP", 1.0),
        "pence" | "penny" | "pennies" | "p" => ("GBP", 0.01),
        "euro" | "euros" | "eur" => ("EUR", 1.0),
        "yen" | "jpy" => ("JPY", 1.0),
        "yuan" | "renminbi" | "cny" | "rmb" | "元" | "kuai" => ("CNY", 1.0),
        "rupee" | "rupees" | "inr" | "ரூ" => ("INR", 1.0),
        "paise" | "paisa" => ("INR", 0.01),
        "rouble" | "roubles" | "ruble" | "rubles" | "rub" => ("RUB", 1.0),
        "kopeck" | "kopecks" | "kopek" | "kopeks" => ("RUB", 0.01),
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
        "dirham" | "dirhams" => ("AED", 1.0),
        "riyal" | "riyals" => ("SAR", 1.0),
        "rial" | "rials" => ("IRR", 1.0),
        "reais" => ("BRL", 1.0),
        "ringgit" | "ringgits" => ("MYR", 1.0),
        "zloty" | "zlotys" | "zlotych" | "zł" => ("PLN", 1.0),
        "forint" | "forints" => ("HUF", 1.0),
        "koruna" | "korunas" | "koruny" => ("CZK", 1.0),
        "leu" | "lei" => ("RON", 1.0),
        "leva" => ("BGN", 1.0),
        "tenge" => ("KZT", 1.0),
        "taka" => ("BDT", 1.0),
        "rupiah" | "rupiahs" => ("IDR", 1.0),
        "dong" => ("VND", 1.0),
        "kyat" | "kyats" => ("MMK", 1.0),
        "afghani" | "afghanis" => ("AFN", 1.0),
        "cedi" | "cedis" => ("GHS", 1.0),
        "birr" => ("ETB", 1.0),
        "kwacha" => ("ZMW", 1.0),
        "manat" | "manats" => ("AZN", 1.0),
        "lari" => ("GEL", 1.0),
        "hryvnya" | "hryvnas" => ("UAH", 1.0),
        "tugrik" | "tugriks" => ("MNT", 1.0),
        "riel" | "riels" => ("KHR", 1.0),
        // Several countries' currency with no default: only a nationality names it.
        "dinar" | "dinars" | "shilling" | "shillings" => ("", 1.0),
        // Swedish, Norwegian, Danish and Icelandic crowns share the sign.
        "kr" => ("", 1.0),
        _ => return None,
    })
}

/// Whether `minor` ("cents", "¢", "pence", "paise") is the hundredth of `iso`, so
/// "20 rupees and 10 cents" stays two amounts while "$3 and 50 cents" is one. An
/// unnamed currency ("" from "dinars", "10 grand") takes any.
pub fn minor_fits(iso: &str, minor: &str) -> bool {
    match minor {
        "cent" | "cents" | "c" | "¢" => matches!(
            iso,
            "" | "USD"
                | "EUR"
                | "AUD"
                | "CAD"
                | "NZD"
                | "HKD"
                | "SGD"
                | "TWD"
                | "ZWL"
                | "JMD"
                | "LRD"
                | "NAD"
                | "FJD"
                | "BND"
                | "ZAR"
                | "KES"
                | "UGX"
                | "TZS"
                | "SOS"
                | "LKR"
                | "MUR"
                | "NLG"
        ),
        "pence" | "p" => matches!(iso, "" | "GBP" | "IEP"),
        // An American penny is a cent.
        "penny" | "pennies" => matches!(iso, "" | "GBP" | "IEP" | "USD"),
        "paise" | "paisa" => matches!(iso, "" | "INR" | "PKR" | "NPR"),
        "dimes" | "nickels" => matches!(iso, "" | "USD"),
        "kopeck" | "kopecks" | "kopek" | "kopeks" => matches!(iso, "" | "RUB" | "BYN"),
        _ => true,
    }
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
        ("south" | "korean", "KRW") => "KRW",
        ("swedish", "SEK") => "SEK",
        ("norwegian", "NOK") => "NOK",
        ("danish", "NOK") => "DKK",
        ("icelandic", "SEK") => "ISK",
        ("taiwan" | "taiwanese", "USD") => "TWD",
        ("zimbabwean" | "zimbabwe", "USD") => "ZWL",
        ("jamaican", "USD") => "JMD",
        ("liberian", "USD") => "LRD",
        ("namibian", "USD") => "NAD",
        ("fijian", "USD") => "FJD",
        ("brunei", "USD") => "BND",
        ("lebanese", "GBP" | "TRY") => "LBP",
        ("syrian", "GBP" | "TRY") => "SYP",
        ("sudanese", "GBP") => "SDG",
        ("south sudanese", "GBP") => "SSP",
        ("irish", "GBP") => "IEP",
        ("argentine" | "argentinian" | "argentinean", "MXN") => "ARS",
        ("chilean", "MXN") => "CLP",
        ("colombian", "MXN") => "COP",
        ("philippine" | "filipino", "MXN") => "PHP",
        ("cuban", "MXN") => "CUP",
        ("uruguayan", "MXN") => "UYU",
        ("dominican", "MXN") => "DOP",
        ("pakistani", "INR") => "PKR",
        ("lankan", "INR") => "LKR",
        ("nepalese" | "nepali", "INR") => "NPR",
        ("mauritian", "INR") => "MUR",
        ("indonesian", "IDR") => "IDR",
        ("kuwaiti", "") => "KWD",
        ("iraqi", "") => "IQD",
        ("jordanian", "") => "JOD",
        ("bahraini", "") => "BHD",
        ("libyan", "") => "LYD",
        ("tunisian", "") => "TND",
        ("algerian", "") => "DZD",
        ("serbian", "") => "RSD",
        ("kenyan", "") => "KES",
        ("ugandan", "") => "UGX",
        ("tanzanian", "") => "TZS",
        ("somali", "") => "SOS",
        ("moroccan", "AED") => "MAD",
        ("emirati" | "uae", "AED") => "AED",
        ("saudi", "SAR") => "SAR",
        ("qatari", "SAR") => "QAR",
        ("omani", "SAR" | "IRR") => "OMR",
        ("yemeni", "SAR" | "IRR") => "YER",
        ("iranian", "SAR" | "IRR") => "IRR",
        ("cfa", "FRF") => "XOF",
        ("congolese", "FRF") => "CDF",
        ("rwandan", "FRF") => "RWF",
        ("guinean", "FRF") => "GNF",
        ("italian", "TRY") => "ITL",
        ("belarusian", "RUB") => "BYN",
        ("north", "KRW") => "KPW",
        ("israeli" | "new", "ILS") => "ILS",
        ("nigerian", "NGN") => "NGN",
        ("thai", "THB") => "THB",
        ("ukrainian", "UAH") => "UAH",
        ("polish", "PLN") => "PLN",
        ("hungarian", "HUF") => "HUF",
        ("czech", "CZK") => "CZK",
        ("romanian", "RON") => "RON",
        ("bulgarian", "BGN") => "BGN",
        ("malaysian", "MYR") => "MYR",
        ("vietnamese", "VND") => "VND",
        ("brazilian", "BRL") => "BRL",
        ("south" | "african", "ZAR") => "ZAR",
        ("ghanaian", "GHS") => "GHS",
        ("ethiopian", "ETB") => "ETB",
        ("zambian", "ZMW") => "ZMW",
        ("malawian", "ZMW") => "MWK",
        ("afghan", "AFN") => "AFN",
        ("bangladeshi", "BDT") => "BDT",
        ("kazakh", "KZT") => "KZT",
        ("azerbaijani", "AZN") => "AZN",
        ("georgian", "GEL") => "GEL",
        ("burmese" | "myanmar", "MMK") => "MMK",
        _ => return None,
    })
}

/// A word that names a currency only after its nationality ("brazilian real",
/// "czech crowns"): alone it is an ordinary English word.
pub fn national_currency(adj: &str, w: &str) -> Option<&'static str> {
    Some(match (adj, w) {
        ("brazilian", "real" | "reals") => "BRL",
        ("czech", "crown" | "crowns") => "CZK",
        ("danish", "crown" | "crowns") => "DKK",
        ("swedish", "crown" | "crowns") => "SEK",
        ("norwegian", "crown" | "crowns") => "NOK",
        ("bulgarian", "lev") => "BGN",
        ("peruvian", "sol" | "soles") => "PEN",
        ("venezuelan", "bolivar" | "bolivars") => "VES",
        ("croatian", "kuna" | "kunas") => "HRK",
        ("icelandic", "krona" | "kronur" | "krónur" | "króna" | "crown" | "crowns") => "ISK",
        ("armenian", "dram" | "drams") => "AMD",
        ("mongolian", "tugrik" | "tugriks" | "togrog") => "MNT",
        ("cambodian", "riel" | "riels") => "KHR",
        ("lao" | "laotian", "kip") => "LAK",
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
        "nt" => "TWD",
        _ => return None,
    })
}

/// ISO 4217 codes, written in capitals before or after the amount ("USD 5m",
/// "250 PLN"). Codes that are also English words in capitals (ALL, CUP, MAD,
/// PEN, SOS, TOP) are left out.
pub fn iso_code(raw: &str) -> Option<&'static str> {
    if raw.len() != 3 || !raw.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    if raw == "RMB" {
        return Some("CNY");
    }
    CODES.binary_search(&raw).ok().map(|k| CODES[k])
}

/// Sorted, for the binary search.
const CODES: &[&str] = &[
    "AED", "AFN", "ARS", "AUD", "AZN", "BDT", "BGN", "BHD", "BRL", "BTC", "BYN", "CAD", "CHF",
    "CLP", "CNY", "COP", "CZK", "DKK", "DZD", "EGP", "ETB", "EUR", "GBP", "GEL", "GHS", "HKD",
    "HRK", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JOD", "JPY", "KES", "KPW", "KRW",
    "KWD", "KZT", "LBP", "LKR", "MMK", "MXN", "MYR", "NGN", "NOK", "NPR", "NZD", "OMR", "PHP",
    "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR", "SEK", "SGD", "SYP", "THB", "TND", "TRY",
    "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "VES", "VND", "XAF", "XOF", "ZAR", "ZMW",
];

/// Codes also accepted in lower case, as some copy writes them ("usd 20").
pub fn common_iso(lower: &str) -> bool {
    matches!(
        lower,
        "usd"
            | "eur"
            | "gbp"
            | "jpy"
            | "cny"
            | "chf"
            | "aud"
            | "cad"
            | "inr"
            | "hkd"
            | "rmb"
            | "nzd"
            | "mxn"
            | "sgd"
            | "btc"
    )
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
        '₱' => "PHP",
        '₫' => "VND",
        '₸' => "KZT",
        '₼' => "AZN",
        '₨' => "INR",
        '฿' => "THB",
        '₵' => "GHS",
        '₲' => "PYG",
        '₮' => "MNT",
        _ => return None,
    })
}
