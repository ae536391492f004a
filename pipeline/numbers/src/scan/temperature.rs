//! Temperatures after a number: "-5°C", "40 C (104 F)", "25 ºC", "70 degrees
//! Fahrenheit", a bare degree sign (an angle after "rotate" or "turn"), and the heat of
//! an oven ("bake at 200C"). Split from `measure`, which hands over here.

use super::*;

impl Sc<'_> {
    /// The unit of a temperature written after the number `v` ending at token `e`: the
    /// token after the unit and its symbol ("°C", "°F", "K", or "°" for bare degrees).
    pub(super) fn temperature(&self, e: usize, v: f64) -> Option<(usize, &'static str)> {
        let mut k = e;
        let mut deg = false;
        if self.is_sym(k, '°')
            || self.raw(k) == "º"
            || matches!(self.w(k), "degree" | "degrees" | "deg")
        {
            k += 1;
            deg = true;
        }
        // Words that carry a clause on after a temperature ("40C in Seville").
        let goes_on = |m: usize| {
            matches!(
                self.w(m),
                "in" | "on"
                    | "at"
                    | "and"
                    | "or"
                    | "with"
                    | "by"
                    | "as"
                    | "across"
                    | "overnight"
                    | "today"
                    | "yesterday"
                    | "while"
                    | "when"
                    | "but"
                    | "is"
                    | "was"
                    | "were"
                    | "are"
                    | "will"
                    | "tomorrow"
                    | "tonight"
                    // a change or limit of temperature: "a 2C rise", "the 1.5C target"
                    | "rise"
                    | "increase"
                    | "drop"
                    | "fall"
                    | "warming"
                    | "limit"
                    | "target"
                    | "threshold"
                    | "warmer"
                    | "cooler"
                    | "hotter"
                    | "colder"
            )
        };
        // A bare "C"/"F" glued to digits is a temperature only when plausible and
        // not part of a code ("13F filing", "777F").
        let bare_ok = |lo: f64, hi: f64| {
            // "1.5C of warming", "2C of global heating": an amount of change.
            let of_change = self.w(k + 1) == "of"
                && matches!(
                    self.w(k + 2),
                    "warming" | "heating" | "cooling" | "global" | "heat" | "frost"
                );
            let next_ok = k + 1 >= self.n()
                || !self.is_word(k + 1) && !matches!(self.sym(k + 1), Some('/' | '-'))
                || goes_on(k + 1)
                || of_change;
            (lo..=hi).contains(&v) && next_ok
        };
        let glued_letter = |k: usize| !(self.glued_word(k + 1));
        // Ovens and hobs run hotter than weather: "bake at 200C", "the oven's at 425F",
        // "heat the oil to 350 F".
        let cooking = || {
            (e.saturating_sub(6)..e).any(|p| {
                matches!(
                    self.w(p),
                    "oven"
                        | "ovens"
                        | "bake"
                        | "baked"
                        | "roast"
                        | "preheat"
                        | "preheated"
                        | "cook"
                        | "heat"
                        | "heated"
                        | "grill"
                        | "fry"
                )
            })
        };
        let hot = |weather: f64, oven: f64| {
            if v > weather && cooking() {
                oven
            } else {
                weather
            }
        };
        // "40 C (104 F)", as agency copy writes it: a spaced capital letter closing the
        // clause or before a word that carries a temperature's clause on, of place, time
        // or contrast ("40 C in Seville", "-5 C overnight"; not "on": "40 C on the back"
        // is a label), after a number that no name or code word opens ("Type 40 C." is not).
        let spaced_ok = |lo: f64, hi: f64| {
            let s = e.saturating_sub(1);
            let named = s > 0 && self.is_word(s - 1) && self.capitalised(s - 1);
            !self.glued(k)
                && (lo..=hi).contains(&v)
                && !named
                && (k + 1 >= self.n()
                    || matches!(
                        self.sym(k + 1),
                        Some('.' | ',' | ';' | '(' | ')' | '!' | '?')
                    )
                    || goes_on(k + 1)
                        && !matches!(self.w(k + 1), "on" | "with" | "as" | "is" | "are"))
        };
        // "25 ºC": a masculine ordinal sign for the degree, read as one word with its letter.
        match self.w(k) {
            "ºc" | "˚c" => return Some((k + 1, "°C")),
            "ºf" | "˚f" => return Some((k + 1, "°F")),
            _ => {}
        }
        if self.is_sym(k, '˚') && matches!(self.w(k + 1), "c" | "f") && self.glued(k + 1) {
            return Some((k + 2, if self.w(k + 1) == "c" { "°C" } else { "°F" }));
        }
        match self.w(k) {
            "celsius" | "centigrade" | "celcius" | "centigrate" => Some((k + 1, "°C")),
            "fahrenheit" | "farenheit" | "fahrenheight" => Some((k + 1, "°F")),
            "kelvin" | "kelvins" => Some((k + 1, "K")),
            "c" if glued_letter(k)
                && (deg
                    || self.raw(k) == "C"
                        && (self.glued(k) && bare_ok(-90.0, hot(60.0, 300.0))
                            || spaced_ok(-90.0, hot(60.0, 300.0)))) =>
            {
                Some((k + 1, "°C"))
            }
            "f" if glued_letter(k)
                && (deg
                    || self.raw(k) == "F"
                        && (self.glued(k) && bare_ok(-130.0, hot(140.0, 575.0))
                            || spaced_ok(-130.0, hot(140.0, 575.0)))) =>
            {
                Some((k + 1, "°F"))
            }
            _ if deg => {
                // Bare degrees: an angle after "rotate"/"turn", otherwise a temperature.
                let lo = e.saturating_sub(5);
                let angle = (lo..e).any(|p| {
                    matches!(
                        self.w(p),
                        "rotate"
                            | "rotated"
                            | "turn"
                            | "turned"
                            | "angle"
                            | "tilt"
                            | "tilted"
                            | "incline"
                            | "bank"
                            | "banked"
                            | "pitch"
                    )
                }) || matches!(self.w(k), "angle" | "turn" | "arc");
                if angle {
                    return None;
                }
                let k = if self.w(k - 1) == "deg" && self.is_sym(k, '.') {
                    k + 1
                } else {
                    k
                };
                Some((k, "°"))
            }
            _ => None,
        }
    }
}
