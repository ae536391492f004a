//! Number words: cardinals, tens, scales, digit suffixes, ordinals, fraction
//! denominators, vulgar fractions and month names (which tell dates apart).

/// Cardinal words below a hundred that stand alone ("seven", "forty").
pub fn unit_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nought" | "naught" | "nil" | "zilch" => 0.0,
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
        // Common misspellings in chat and wire copy.
        "ninety" | "ninty" => 90.0,
        _ => return None,
    })
}

/// A tens word glued to a unit word, as chat types it: "twentyfive" 25,
/// "fortyone" 41. Words of eight letters or more only, split after the tens.
pub fn glued_tens(w: &str) -> Option<f64> {
    // Cheap gate: a tens word's first letter and a unit word's last.
    let b = w.as_bytes();
    if b.len() < 8
        || !matches!(b[0], b't' | b'f' | b's' | b'e' | b'n')
        || !matches!(b[b.len() - 1], b'e' | b'o' | b'x' | b'n' | b't' | b'r')
        || !w.is_ascii()
    {
        return None;
    }
    (5..=7).filter(|&cut| cut < w.len()).find_map(|cut| {
        let (t, u) = w.split_at(cut);
        let u = unit_word(u).filter(|u| (1.0..10.0).contains(u))?;
        Some(tens_word(t)? + u)
    })
}

/// Scale words that multiply a group ("thousand", "lakh").
pub fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        // Plurals after a number ("seventy-five thousands", "3 millions"); "thousands
        // of" with no number before is a vague amount, found before this is asked.
        "thousand" | "thousands" => 1e3,
        "million" | "millions" => 1e6,
        "billion" | "billions" => 1e9,
        "trillion" | "trillions" => 1e12,
        "quadrillion" | "quadrillions" => 1e15,
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
        "bn" | "bln" | "Bn" | "BN" | "bil" => 1e9,
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
        "twelfth" | "twelth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" | "fourtieth" => 40.0,
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

/// Whether whole number `v` takes the ordinal suffix "st" ("1st", "21st",
/// "101st"; not "11st" or "5st", which are stone).
pub fn takes_st(v: f64) -> bool {
    v.fract() == 0.0 && v % 10.0 == 1.0 && v % 100.0 != 11.0
}

/// Digit ordinal suffixes ("21st").
pub fn ordinal_suffix(w: &str) -> bool {
    matches!(w, "st" | "nd" | "rd" | "th")
}

/// The tens of a decade written as a word ("eighties" 80, "teens" 10): decades of
/// years, of life and of degrees all read it, each with its own start of the teens.
pub fn decade_word(w: &str) -> Option<u32> {
    Some(match w {
        "teens" => 10,
        "twenties" => 20,
        "thirties" => 30,
        "forties" => 40,
        "fifties" => 50,
        "sixties" => 60,
        "seventies" => 70,
        "eighties" => 80,
        "nineties" => 90,
        _ => return None,
    })
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
