//! Units attached to a number: durations and measurements, with their canonical
//! symbols and Recognizers-Text names.

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
