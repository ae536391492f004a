//! Units attached to a number: durations and measurements, with their canonical
//! symbols and Recognizers-Text names.

/// A duration unit, normalised to its plural name.
pub fn duration_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "nanosecond" | "nanoseconds" => "nanoseconds",
        "microsecond" | "microseconds" => "microseconds",
        "millisecond" | "milliseconds" | "ms" | "msec" | "msecs" => "milliseconds",
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
        "millennium" | "millennia" | "millenniums" => "millennia",
        _ => return None,
    })
}

/// Seconds in one of each normalised duration unit (for the duration spec's parser).
pub fn duration_seconds(unit: &str) -> f64 {
    match unit {
        "nanoseconds" => 1e-9,
        "microseconds" => 1e-6,
        "milliseconds" => 0.001,
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
        "millennia" => 31536000000.0,
        _ => 0.0,
    }
}

/// How many `to` units one `from` unit makes, for values: calendar units count in
/// months ("2 years and 6 months" is 2.5 years, not 2.49 by 30-day months), the
/// rest by their seconds.
pub fn duration_ratio(from: &str, to: &str) -> f64 {
    let months = |u: &str| match u {
        "months" => Some(1.0),
        "years" => Some(12.0),
        "decades" => Some(120.0),
        "centuries" => Some(1200.0),
        "millennia" => Some(12000.0),
        _ => None,
    };
    match (months(from), months(to)) {
        (Some(a), Some(b)) => a / b,
        _ => duration_seconds(from) / duration_seconds(to),
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

/// Nouns a size in litres comes before: "a 1.5 L bottle", "a 2 L engine".
pub fn litre_vessel(w: &str) -> bool {
    matches!(
        w,
        "bottle" | "bottles" | "jug" | "jugs" | "carton" | "cartons" | "tank" | "tanks" | "engine"
    )
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
        "MWh" => return Some(u!("MWh", "Megawatt hour")),
        "TW" => return Some(u!("TW", "Terawatt")),
        "PB" => return Some(u!("PB", "Petabyte")),
        "Hz" => return Some(u!("Hz", "Hertz")),
        "kHz" => return Some(u!("kHz", "Kilohertz")),
        "MHz" => return Some(u!("MHz", "Megahertz")),
        "GHz" => return Some(u!("GHz", "Gigahertz")),
        // Rates, resolution and charge of devices: "a 2Mbps line", "a 12MP camera",
        // "a 3,000 mAh battery". "MP" alone is a Member of Parliament.
        "kbps" | "Kbps" => return Some(u!("kbit/s", "Kilobit per second")),
        "Mbps" | "mbps" => return Some(u!("Mbit/s", "Megabit per second")),
        "Gbps" | "gbps" => return Some(u!("Gbit/s", "Gigabit per second")),
        "MP" if glued => return Some(u!("MP", "Megapixel")),
        "mAh" => return Some(u!("mAh", "Milliampere hour")),
        // Volts glued in capitals: "a 12V battery", "an 11kV line" (spaced, a
        // capital "V" may be a letter or a numeral).
        "V" if glued => return Some(u!("V", "Volt")),
        "kV" | "KV" if glued => return Some(u!("kV", "Kilovolt")),
        _ => {}
    }
    Some(match w {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => {
            u!("km", "Kilometer")
        }
        "m" if glued => u!("m", "Meter"),
        "m" => u!("m", "Meter"),
        "metre" | "metres" | "meter" | "meters" | "mtr" | "mtrs" => u!("m", "Meter"),
        "cm" | "cms" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => {
            u!("cm", "Centimeter")
        }
        "mm" | "mms" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => {
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
        "gram" | "grams" | "gramme" | "grammes" | "gms" => u!("g", "Gram"),
        "gm" if glued => u!("g", "Gram"),
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
        // "11st 4lb": a glued "st" that fits no ordinal (the scanner asks).
        "st" if glued && raw == "st" => u!("st", "Stone"),
        "drachma" | "drachmas" | "dram" | "drams" => u!("dr", "Dram"),
        "litre" | "litres" | "liter" | "liters" | "ltr" | "ltrs" => u!("l", "Liter"),
        "l" if glued => u!("l", "Liter"),
        "ml" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => {
            u!("ml", "Milliliter")
        }
        "gallon" | "gallons" | "gal" | "gals" => u!("gal", "Gallon"),
        "quart" | "quarts" | "qt" => u!("qt", "Quart"),
        "hectolitre" | "hectolitres" | "hectoliter" | "hectoliters" | "hl" => {
            u!("hl", "Hectoliter")
        }
        "centilitre" | "centilitres" | "centiliter" | "centiliters" | "cl" => {
            u!("cl", "Centiliter")
        }
        "decilitre" | "decilitres" | "deciliter" | "deciliters" | "dl" => u!("dl", "Deciliter"),
        "cc" => u!("cm³", "Cubic centimeter"),
        "micrometre" | "micrometres" | "micrometer" | "micrometers" | "micron" | "microns" => {
            u!("μm", "Micrometer")
        }
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
        "mpg" => u!("mpg", "Mile per gallon"),
        "kph" | "kmph" => u!("km/h", "Kilometer per hour"),
        "knot" | "knots" => u!("kn", "Knot"),
        "bit" | "bits" if glued || raw.len() > 1 => u!("bit", "Bit"),
        "byte" | "bytes" => u!("byte", "Byte"),
        "kilobyte" | "kilobytes" => u!("KB", "Kilobyte"),
        "megabyte" | "megabytes" => u!("MB", "Megabyte"),
        "gigabyte" | "gigabytes" => u!("GB", "Gigabyte"),
        "terabyte" | "terabytes" => u!("TB", "Terabyte"),
        "petabyte" | "petabytes" => u!("PB", "Petabyte"),
        "hertz" => u!("Hz", "Hertz"),
        "kilohertz" => u!("kHz", "Kilohertz"),
        "megahertz" => u!("MHz", "Megahertz"),
        "gigahertz" => u!("GHz", "Gigahertz"),
        "terawatt" | "terawatts" => u!("TW", "Terawatt"),
        "megawatt" | "megawatts" => u!("MW", "Megawatt"),
        "gigawatt" | "gigawatts" => u!("GW", "Gigawatt"),
        "kilowatt" | "kilowatts" => u!("kW", "Kilowatt"),
        "watt" | "watts" => u!("W", "Watt"),
        "kilobit" | "kilobits" => u!("kb", "Kilobit"),
        "megabit" | "megabits" => u!("Mb", "Megabit"),
        "gigabit" | "gigabits" => u!("Gb", "Gigabit"),
        "megapixel" | "megapixels" => u!("MP", "Megapixel"),
        "horsepower" | "bhp" => u!("hp", "Horsepower"),
        "hp" if raw == "hp" => u!("hp", "Horsepower"),
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
        ("cubic", "feet" | "foot") | ("cu", "ft" | "feet") => u!("cu ft", "Cubic foot"),
        ("cu", "m") => u!("m³", "Cubic meter"),
        ("cubic", "metres" | "meters" | "metre" | "meter") => u!("m³", "Cubic meter"),
        ("metric", "tons" | "tonnes" | "ton" | "tonne") => u!("t", "Metric ton"),
        ("light", "years" | "year") => u!("ly", "Light year"),
        ("nautical", "miles" | "mile") => u!("nmi", "Nautical mile"),
        ("fluid", "ounces" | "ounce") | ("fl", "oz") => u!("fl oz", "Fluid ounce"),
        ("cubic", "centimetres" | "centimeters" | "centimetre" | "centimeter" | "cm") => {
            u!("cm³", "Cubic centimeter")
        }
        ("cubic", "kilometres" | "kilometers" | "km") => u!("km³", "Cubic kilometer"),
        ("square", "centimetres" | "centimeters" | "cm") => u!("cm²", "Square centimeter"),
        _ => return None,
    })
}

/// A metric unit symbol: compound measures keep to one system ("1 m 80 cm", "6 feet, 3
/// inches"), never mixing it with imperial units.
pub fn metric_unit(symbol: &str) -> bool {
    matches!(
        symbol,
        "km" | "m" | "dm" | "cm" | "mm" | "t" | "kg" | "g" | "mg" | "l" | "ml" | "cl" | "dl" | "hl"
    )
}

/// A unit's size in its dimension's base (metre, gram, litre), to add up compound
/// measures ("6 feet, 3 inches", "3 kg and 500 g"). The dimension is 0 length,
/// 1 mass, 2 volume.
pub fn unit_scale(symbol: &str) -> Option<(f64, u8)> {
    Some(match symbol {
        "km" => (1000.0, 0),
        "m" => (1.0, 0),
        "dm" => (0.1, 0),
        "cm" => (0.01, 0),
        "mm" => (0.001, 0),
        "mi" => (1609.344, 0),
        "yd" => (0.9144, 0),
        "ft" => (0.3048, 0),
        "in" => (0.0254, 0),
        "t" => (1e6, 1),
        "kg" => (1000.0, 1),
        "g" => (1.0, 1),
        "mg" => (0.001, 1),
        "st" => (6350.29318, 1),
        "lb" => (453.59237, 1),
        "oz" => (28.349523125, 1),
        "l" => (1.0, 2),
        "ml" => (0.001, 2),
        "cl" => (0.01, 2),
        "dl" => (0.1, 2),
        "hl" => (100.0, 2),
        "qt" => (0.946352946, 2),
        "gal" => (3.785411784, 2),
        "pt" => (0.473176473, 2),
        _ => return None,
    })
}

/// Singular unit and currency names that "a"/"an" counts as one ("a litre", "a
/// dollar"). Names that are idioms or other words after an article ("a pound of
/// flesh", "a foot", "a ton of", "a cup", "a yard", "a bit") are left out.
pub fn article_unit(w: &str) -> bool {
    matches!(
        w,
        "kilogram"
            | "kilogramme"
            | "kilo"
            | "gram"
            | "gramme"
            | "milligram"
            | "microgram"
            | "quart"
            | "tonne"
            | "metre"
            | "meter"
            | "kilometre"
            | "kilometer"
            | "centimetre"
            | "centimeter"
            | "millimetre"
            | "millimeter"
            | "mile"
            | "inch"
            | "litre"
            | "liter"
            | "millilitre"
            | "milliliter"
            | "gallon"
            | "pint"
            | "teaspoon"
            | "tablespoon"
            | "ounce"
            | "acre"
            | "hectare"
            | "kilowatt"
            | "megawatt"
            | "dollar"
            | "euro"
            | "rupee"
            | "yuan"
            | "rouble"
            | "ruble"
            | "franc"
            | "buck"
            | "cent"
            | "penny"
            | "dirham"
            | "riyal"
            | "shekel"
            | "peso"
    )
}

/// Units that "a"/"an" counts as one only before "of" ("a cup of flour", "a pound
/// of beef", "a foot of snow"): alone they are other words ("a cup" final, "a
/// foot" in the door, "a pound" coin). "a pound of flesh" stays an idiom.
pub fn article_unit_of(w: &str, noun: &str) -> bool {
    matches!(
        w,
        "cup" | "teaspoon" | "tablespoon" | "pound" | "foot" | "yard" | "quart" | "barrel"
    ) && noun != "flesh"
}

/// Words after a number and unit that show a measure, not a scale or a name: "6 m
/// tall", "100m sprint", "a 10 m wall".
pub fn measure_context_word(w: &str) -> bool {
    matches!(
        w,
        "tall"
            | "long"
            | "high"
            | "wide"
            | "deep"
            | "away"
            | "above"
            | "below"
            | "x"
            | "by"
            | "thick"
            | "across"
            | "apart"
            | "sprint"
            | "race"
            | "run"
            | "hurdles"
            | "freestyle"
            | "backstroke"
            | "breaststroke"
            | "butterfly"
            | "relay"
            | "medley"
            | "event"
            | "final"
            | "title"
            | "champion"
            | "record"
            | "jump"
            | "mark"
            | "heat"
            | "semi"
            | "world"
            | "olympic"
            | "indoor"
            | "outdoor"
            | "tower"
            | "wall"
            | "drop"
            | "fall"
            | "length"
            | "radius"
            | "diameter"
            | "square"
    )
}

/// A data unit per second, in the symbol "Mbps" already gives ("8 megabits per
/// second" is 8 Mbit/s): (symbol, Recognizers-Text name).
pub fn per_second(symbol: &str) -> Option<(&'static str, &'static str)> {
    Some(match symbol {
        "kb" => ("kbit/s", "Kilobit per second"),
        "Mb" => ("Mbit/s", "Megabit per second"),
        "Gb" => ("Gbit/s", "Gigabit per second"),
        _ => return None,
    })
}
