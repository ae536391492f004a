//! Word lists. Kept as `match` tables so lookups compile to jump tables and cost
//! nothing to build per document.

/// Cardinal words below a hundred that stand alone ("seven", "forty").
pub fn unit_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nought" | "naught" | "nil" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

/// Multiples of ten ("twenty" .. "ninety").
pub fn tens_word(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" | "fourty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Scale words that multiply a group ("thousand", "lakh").
pub fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// Abbreviated scales written after digits ("10k", "$1.13bn", "3 bln").
/// `glued` is true when no space separates them from the digits.
pub fn digit_suffix(raw: &str, glued: bool) -> Option<f64> {
    Some(match raw {
        "k" | "K" => 1e3,
        "M" | "mn" | "mln" | "mil" | "MM" => 1e6,
        "bn" | "bln" | "Bn" | "BN" => 1e9,
        "b" | "B" if glued => 1e9,
        "G" => 1e9,
        "tn" | "tln" | "trn" => 1e12,
        _ => return None,
    })
}

/// Ordinal words with their value ("third" -> 3).
pub fn ordinal_word(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" | "nineth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    })
}

/// Denominator words: singular forms after "a"/"one", plural after other numerators.
/// "first" and "second" are left out: "a second" is time, not a fraction.
pub fn denominator(w: &str) -> Option<(f64, bool)> {
    let (base, plural) = match w.strip_suffix('s') {
        Some(b) if w != "halves" => (b, true),
        _ if w == "halves" => ("half", true),
        _ => (w, false),
    };
    let d = match base {
        "half" => 2.0,
        "quarter" => 4.0,
        "first" | "second" => return None,
        b => ordinal_word(b)?,
    };
    Some((d, plural))
}

/// Digit ordinal suffixes ("21st").
pub fn ordinal_suffix(w: &str) -> bool {
    matches!(w, "st" | "nd" | "rd" | "th")
}

/// Month names, to recognise calendar dates ("Oct. 3", "3 October").
pub fn month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// A duration unit, normalised to its plural name.
pub fn duration_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => "seconds",
        "minute" | "minutes" | "min" | "mins" => "minutes",
        "hour" | "hours" | "h" | "hr" | "hrs" => "hours",
        "day" | "days" => "days",
        "week" | "weeks" | "wk" | "wks" => "weeks",
        "fortnight" | "fortnights" => "fortnights",
        "month" | "months" | "mo" | "mos" => "months",
        "year" | "years" | "yr" | "yrs" | "ys" | "y" | "yo" => "years",
        "decade" | "decades" => "decades",
        "century" | "centuries" => "centuries",
        _ => return None,
    })
}

/// Seconds in one of each normalised duration unit (for the duration spec's parser).
pub fn duration_seconds(unit: &str) -> f64 {
    match unit {
        "seconds" => 1.0,
        "minutes" => 60.0,
        "hours" => 3600.0,
        "days" => 86400.0,
        "weeks" => 604800.0,
        "fortnights" => 1209600.0,
        "months" => 2592000.0,
        "years" => 31536000.0,
        "decades" => 315360000.0,
        "centuries" => 3153600000.0,
        _ => 0.0,
    }
}

/// A measurement unit: canonical symbol, Recognizers-Text name, and whether the
/// surface form is ambiguous enough that it only counts when glued to the digits
/// ("5m", "3t", "10l").
pub struct Unit {
    /// Canonical short unit ("km").
    pub symbol: &'static str,
    /// The name Recognizers-Text resolves it to ("Kilometer").
    pub rt_name: &'static str,
}

macro_rules! u {
    ($s:expr, $n:expr) => {
        Unit {
            symbol: $s,
            rt_name: $n,
        }
    };
}

/// Single-word measurement units. `glued` is true when the unit touches the digits.
pub fn measure_unit(w: &str, raw: &str, glued: bool) -> Option<Unit> {
    // Case-sensitive abbreviations first: MB vs mb, M vs m.
    match raw {
        "MB" => return Some(u!("MB", "Megabyte")),
        "GB" => return Some(u!("GB", "Gigabyte")),
        "TB" => return Some(u!("TB", "Terabyte")),
        "KB" | "kB" => return Some(u!("KB", "Kilobyte")),
        "Mb" | "mb" => return Some(u!("Mb", "Megabit")),
        "Gb" | "gb" => return Some(u!("Gb", "Gigabit")),
        "MW" => return Some(u!("MW", "Megawatt")),
        "GW" => return Some(u!("GW", "Gigawatt")),
        "kW" | "KW" => return Some(u!("kW", "Kilowatt")),
        "kWh" | "KWh" | "kwh" => return Some(u!("kWh", "Kilowatt hour")),
        "GWh" => return Some(u!("GWh", "Gigawatt hour")),
        "TWh" => return Some(u!("TWh", "Terawatt hour")),
        _ => {}
    }
    Some(match w {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => {
            u!("km", "Kilometer")
        }
        "m" if glued => u!("m", "Meter"),
        "m" => u!("m", "Meter"),
        "metre" | "metres" | "meter" | "meters" => u!("m", "Meter"),
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => {
            u!("cm", "Centimeter")
        }
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => {
            u!("mm", "Millimeter")
        }
        "dm" | "decimetre" | "decimetres" | "decimeter" | "decimeters" => u!("dm", "Decimeter"),
        "pm" | "picometer" | "picometers" | "picometre" | "picometres" => u!("pm", "Picometer"),
        "nm" | "nanometre" | "nanometres" | "nanometer" | "nanometers" => u!("nm", "Nanometer"),
        "mile" | "miles" | "mi" => u!("mi", "Mile"),
        "yard" | "yards" | "yd" | "yds" => u!("yd", "Yard"),
        "foot" | "feet" | "ft" => u!("ft", "Foot"),
        "inch" | "inches" => u!("in", "Inch"),
        "in" if glued => u!("in", "Inch"),
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramme"
        | "kilogrammes" => {
            u!("kg", "Kilogram")
        }
        "g" if glued && raw == "g" => u!("g", "Gram"),
        "gram" | "grams" | "gramme" | "grammes" => u!("g", "Gram"),
        "mg" | "milligram" | "milligrams" => u!("mg", "Milligram"),
        "μg" | "mcg" | "microgram" | "micrograms" | "microgramme" | "microgrammes" => {
            u!("μg", "Microgram")
        }
        "tonne" | "tonnes" | "ton" | "tons" => u!("t", "Ton"),
        "t" if glued && raw == "t" => u!("t", "Ton"),
        "lb" | "lbs" => u!("lb", "Pound"),
        "pound" | "pounds" => u!("lb", "Pound"),
        "ounce" | "ounces" | "oz" => u!("oz", "Ounce"),
        "stone" if !glued => u!("st", "Stone"),
        "drachma" | "drachmas" | "dram" | "drams" => u!("dr", "Dram"),
        "litre" | "litres" | "liter" | "liters" => u!("l", "Liter"),
        "l" if glued => u!("l", "Liter"),
        "ml" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => {
            u!("ml", "Milliliter")
        }
        "gallon" | "gallons" => u!("gal", "Gallon"),
        "barrel" | "barrels" | "bbl" => u!("bbl", "Barrel"),
        "pint" | "pints" => u!("pt", "Pint"),
        "cup" | "cups" => u!("cup", "Cup"),
        "tablespoon" | "tablespoons" | "tbsp" => u!("tbsp", "Tablespoon"),
        "teaspoon" | "teaspoons" | "tsp" => u!("tsp", "Teaspoon"),
        "acre" | "acres" => u!("acre", "Acre"),
        "hectare" | "hectares" | "ha" => u!("ha", "Hectare"),
        "km2" => u!("km²", "Square kilometer"),
        "m2" => u!("m²", "Square meter"),
        "mph" => u!("mph", "Mile per hour"),
        "kph" | "kmph" => u!("km/h", "Kilometer per hour"),
        "knot" | "knots" => u!("kn", "Knot"),
        "bit" | "bits" if glued || raw.len() > 1 => u!("bit", "Bit"),
        "byte" | "bytes" => u!("byte", "Byte"),
        "megabyte" | "megabytes" => u!("MB", "Megabyte"),
        "gigabyte" | "gigabytes" => u!("GB", "Gigabyte"),
        "megawatt" | "megawatts" => u!("MW", "Megawatt"),
        "gigawatt" | "gigawatts" => u!("GW", "Gigawatt"),
        "kilowatt" | "kilowatts" => u!("kW", "Kilowatt"),
        "watt" | "watts" => u!("W", "Watt"),
        "volt" | "volts" => u!("V", "Volt"),
        "calorie" | "calories" | "kcal" => u!("kcal", "Calorie"),
        "rad" | "radian" | "radians" => u!("rad", "Radian"),
        "turn" | "turns" => u!("turn", "Turn"),
        _ => return None,
    })
}

/// Two-word units ("square metres", "metric tons", "cubic feet", "miles an hour").
pub fn measure_unit2(a: &str, b: &str) -> Option<Unit> {
    Some(match (a, b) {
        ("square", "kilometres" | "kilometers" | "kilometre" | "kilometer" | "km") => {
            u!("km²", "Square kilometer")
        }
        ("square", "metres" | "meters" | "metre" | "meter" | "m") => u!("m²", "Square meter"),
        ("square", "miles" | "mile") => u!("sq mi", "Square mile"),
        ("square", "feet" | "foot" | "ft") => u!("sq ft", "Square foot"),
        ("sq", "km") => u!("km²", "Square kilometer"),
        ("sq", "m") => u!("m²", "Square meter"),
        ("sq", "ft") => u!("sq ft", "Square foot"),
        ("sq", "mi" | "miles" | "mile") => u!("sq mi", "Square mile"),
        ("sq", "kilometres" | "kilometers") => u!("km²", "Square kilometer"),
        ("sq", "metres" | "meters") => u!("m²", "Square meter"),
        ("sq", "feet") => u!("sq ft", "Square foot"),
        ("cubic", "feet" | "foot") => u!("cu ft", "Cubic foot"),
        ("cubic", "metres" | "meters" | "metre" | "meter") => u!("m³", "Cubic meter"),
        ("metric", "tons" | "tonnes" | "ton" | "tonne") => u!("t", "Metric ton"),
        ("light", "years" | "year") => u!("ly", "Light year"),
        _ => return None,
    })
}

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

/// Unicode vulgar fractions.
pub fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

/// Words after a number that never name what is counted.
pub fn not_a_noun(w: &str) -> bool {
    matches!(
        w,
        "of" | "and"
            | "or"
            | "the"
            | "a"
            | "an"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "from"
            | "by"
            | "with"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "did"
            | "do"
            | "does"
            | "this"
            | "that"
            | "these"
            | "those"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "who"
            | "which"
            | "as"
            | "than"
            | "per"
            | "each"
            | "percent"
            | "but"
            | "so"
            | "it"
            | "they"
            | "he"
            | "she"
            | "we"
            | "you"
            | "i"
            | "not"
            | "no"
            | "yes"
            | "into"
            | "over"
            | "under"
            | "since"
            | "until"
            | "after"
            | "before"
            | "ago"
            | "earlier"
            | "later"
            | "last"
            | "next"
            | "year"
            | "less"
            | "plus"
            | "times"
            | "thus"
            | "across"
            | "always"
            | "perhaps"
            | "says"
            | "said"
            | "whereas"
            | "whose"
            | "us"
            | "yesterday"
            | "today"
            | "tomorrow"
            | "apiece"
            | "alone"
            | "altogether"
            | "respectively"
            | "overall"
            | "again"
            | "also"
            | "only"
            | "just"
            | "still"
            | "already"
            | "then"
            | "there"
            | "here"
            | "away"
            | "ahead"
            | "back"
            | "up"
            | "down"
            | "off"
            | "out"
            | "more"
            | "most"
            | "fewer"
            | "least"
            | "such"
            | "about"
            | "around"
            | "between"
            | "during"
            | "against"
            | "among"
            | "through"
            | "if"
            | "when"
            | "while"
            | "where"
            | "what"
            | "how"
            | "why"
            | "all"
            | "both"
            | "either"
            | "neither"
            | "nor"
            | "yet"
            | "because"
            | "unless"
            | "though"
            | "although"
            | "whether"
            | "via"
            | "onto"
            | "upon"
            | "within"
            | "without"
            | "towards"
            | "toward"
            | "am"
            | "pm"
            | "old"
            | "aged"
            | "ages"
            | "st"
            | "nd"
            | "rd"
            | "th"
            | "million"
            | "billion"
            | "thousand"
            | "hundred"
            | "trillion"
            | "cent"
            | "percentage"
            | "points"
            | "point"
    )
}

/// Adjectives and modifiers skipped on the way to the counted noun
/// ("1,500 special forces" -> "forces").
pub fn modifier(w: &str) -> bool {
    matches!(
        w,
        "new"
            | "more"
            | "additional"
            | "extra"
            | "other"
            | "further"
            | "special"
            | "armed"
            | "young"
            | "old"
            | "small"
            | "large"
            | "big"
            | "local"
            | "foreign"
            | "senior"
            | "junior"
            | "full"
            | "part"
            | "time"
            | "full-time"
            | "part-time"
            | "civilian"
            | "military"
            | "private"
            | "public"
            | "former"
            | "elderly"
            | "british"
            | "american"
            | "russian"
            | "ukrainian"
            | "chinese"
            | "french"
            | "german"
            | "israeli"
            | "palestinian"
            | "us"
            | "uk"
            | "eu"
            | "un"
            | "nato"
            | "allied"
            | "enemy"
            | "active"
            | "registered"
            | "confirmed"
            | "suspected"
            | "reported"
            | "known"
            | "unidentified"
            | "missing"
            | "injured"
            | "wounded"
            | "dead"
            | "displaced"
            | "illegal"
            | "undocumented"
            | "skilled"
            | "unemployed"
            | "elite"
            | "combat"
            | "ground"
            | "police"
            | "medical"
            | "health"
            | "care"
            | "emergency"
            | "rescue"
            | "security"
            | "government"
            | "state"
            | "federal"
            | "regional"
            | "national"
            | "international"
            | "economic"
            | "political"
            | "different"
            | "separate"
            | "individual"
            | "independent"
            | "main"
            | "major"
            | "minor"
            | "key"
            | "top"
            | "leading"
            | "high"
            | "low"
            | "short"
            | "long"
            | "key-"
            | "million"
            | "billion"
            | "thousand"
            | "young-"
            | "very"
            | "brand"
            | "record"
            | "annual"
            | "monthly"
            | "weekly"
            | "daily"
            | "average"
            | "total"
            | "extra-"
            | "mostly"
            | "fellow"
            | "likely"
            | "possible"
            | "potential"
            | "eligible"
            | "identical"
            | "consecutive"
            | "straight"
            | "successive"
            | "separate-"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "last"
            | "previous"
            | "next"
            | "whole"
    )
}

/// Plural nouns that do not end in -s.
pub fn irregular_plural(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "children"
            | "men"
            | "women"
            | "police"
            | "staff"
            | "personnel"
            | "cattle"
            | "sheep"
            | "fish"
            | "deer"
            | "aircraft"
            | "livestock"
            | "crew"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
            | "data"
            | "media"
            | "criteria"
            | "folk"
            | "youth"
            | "clergy"
            | "infantry"
            | "cavalry"
            | "artillery"
            | "offspring"
            | "spacecraft"
            | "workforce"
    )
}

/// Words ending in -s that are not plural nouns.
pub fn not_plural(w: &str) -> bool {
    matches!(
        w,
        "this"
            | "has"
            | "was"
            | "is"
            | "as"
            | "its"
            | "his"
            | "hers"
            | "ours"
            | "yours"
            | "theirs"
            | "us"
            | "thus"
            | "plus"
            | "less"
            | "across"
            | "various"
            | "previous"
            | "serious"
            | "famous"
            | "numerous"
            | "enormous"
            | "anonymous"
            | "unless"
            | "does"
            | "goes"
            | "gas"
            | "bus"
            | "campus"
            | "status"
            | "bonus"
            | "census"
            | "virus"
            | "focus"
            | "consensus"
            | "process"
            | "access"
            | "press"
            | "loss"
            | "boss"
            | "class"
            | "mass"
            | "glass"
            | "grass"
            | "cross"
            | "business"
            | "success"
            | "address"
            | "progress"
            | "congress"
            | "always"
            | "perhaps"
            | "whereas"
            | "besides"
            | "towards"
            | "afterwards"
            | "says"
            | "lies"
            | "dies"
            | "sees"
            | "tries"
            | "means"
            | "news"
            | "series"
            | "species"
            | "politics"
            | "economics"
            | "physics"
            | "athletics"
            | "analysis"
            | "crisis"
            | "basis"
            | "thesis"
            | "diagnosis"
            | "yes"
            | "alias"
            | "bias"
            | "canvas"
            | "christmas"
            | "texas"
            | "kansas"
            | "paris"
            | "ones"
            | "whose"
            | "cos"
            | "vs"
            | "aids"
            | "nhs"
            | "bbc"
            | "iss"
            | "gets"
            | "makes"
            | "takes"
            | "gives"
            | "comes"
            | "becomes"
            | "remains"
            | "seems"
            | "includes"
            | "shows"
            | "needs"
            | "wants"
            | "helps"
            | "works"
            | "puts"
            | "runs"
            | "rises"
            | "falls"
            | "grows"
            | "stands"
            | "accounts"
            | "represents"
            | "costs"
            | "totals"
            | "equals"
            | "exceeds"
            | "ranks"
            | "plans"
            | "aims"
            | "hopes"
            | "expects"
            | "sells"
            | "buys"
            | "pays"
            | "earns"
            | "employs"
            | "contains"
            | "holds"
            | "hits"
            | "reaches"
    )
}
