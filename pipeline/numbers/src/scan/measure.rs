//! Durations, temperatures and measurement units after a number: "3 hours",
//! "1 year 2 months", "-5°C", "12 km", "5 ft 10 in". Kept apart from the currency
//! and per cent attachments in `units`, which hand over here when neither applies;
//! the temperature units themselves are read in `temperature`.

use super::*;
use std::ops::Range;

impl Sc<'_> {
    /// The amount at `i` whose bare number `core` (value `v`, ending at token `e`)
    /// carries a duration, temperature or measurement unit, else a plain cardinal.
    pub(super) fn measured(
        &self,
        i: usize,
        e: usize,
        v: f64,
        core: Core,
        scaled: bool,
    ) -> Option<Result<Amount, usize>> {
        let mk = |kind, e, v, core: Core| {
            let mut a = self.plain_amount(i, core);
            a.kind = kind;
            a.e = e;
            a.v = v;
            a.scaled = scaled;
            a
        };
        // A fraction of one unit: "half a litre", "three quarters of an hour".
        if core.form == Form::Frac {
            let k = match (self.w(e), self.w(e + 1)) {
                ("a" | "an", _) => e + 1,
                ("of", "a" | "an") => e + 2,
                _ => e,
            };
            let w = self.w(k);
            let of_unit = self.w(k + 1) == "of" && lx::article_unit_of(w, self.w(k + 2));
            // After "of a" or "a" any spelled unit is one of it: "two-thirds of a cup",
            // "half a ton" (the idiom is "a ton of", with no fraction before).
            let of_a_unit = k > e
                && w.len() > 2
                && lx::measure_unit(w, self.raw(k), false).is_some()
                && !w.ends_with('s');
            // "half a dollar", "a quarter of a euro": a fraction of one currency unit.
            if let Some((iso, unit_val)) = lx::currency_word(w).filter(|_| {
                k > e && lx::article_unit(w) && !self.glued_word(k + 1) && !self.hyphen(k + 1)
            }) {
                let mut a = mk(NumberKind::Money, k + 1, v * unit_val, core);
                a.currency = Some(iso);
                a.minor = unit_val != 1.0;
                a.unit = a.minor.then(|| w.to_string());
                return Some(Ok(a));
            }
            if k > e
                && (lx::duration_unit(w).is_some() || lx::article_unit(w) || of_unit || of_a_unit)
            {
                if let Some(Ok(a)) = self.measured(i, k, v, core, scaled) {
                    if matches!(a.kind, NumberKind::Duration | NumberKind::Measure) {
                        return Some(Ok(a));
                    }
                }
            }
        }
        // Durations: "3 hours", "3.5years", "30-minutes", "two and a half years".
        // "two more years", "5 extra minutes": a word of addition before a plural unit.
        let added = matches!(self.w(e), "more" | "extra" | "additional" | "fewer")
            && self.w(e + 1).ends_with('s')
            && lx::duration_unit(self.w(e + 1)).is_some();
        let dk = if self.hyphen(e) || added { e + 1 } else { e };
        // A capitalised unit mid-sentence is part of a title ("24 Hour Party People").
        let title = |k: usize| {
            let r = self.raw(k);
            r.len() > 2
                && self.capitalised(k)
                && r.chars().skip(1).all(|c| c.is_lowercase())
                && self.is_word(k + 1)
                && self.capitalised(k + 1)
        };
        // "1m30s": a glued "m" between minutes and seconds is minutes.
        let min_sec = self.raw(dk) == "m"
            && self.glued(dk)
            && self.is_digits(dk + 1)
            && self.glued(dk + 1)
            && self.raw(dk + 2) == "s"
            && self.glued(dk + 2);
        let unit = lx::duration_unit(self.w(dk)).or(min_sec.then_some("minutes"));
        if let Some(unit) = unit.filter(|_| !title(dk)) {
            let short = self.w(dk).len() <= 2;
            let glued = self.glued(dk);
            let short_ok = !short
                || glued
                || matches!(self.w(dk), "h" | "hr" | "yr" | "wk" | "ys" | "mo" | "yo")
                || self.raw(dk) == "ms";
            let letter_ok = glued || !matches!(self.w(dk), "s" | "y");
            let runs_on = self.glued_word(dk + 1);
            let ok = self.is_word(dk) && short_ok && letter_ok && !runs_on;
            if ok {
                let mut a = mk(NumberKind::Duration, dk + 1, v, core);
                a.unit = Some(unit.to_string());
                let (val, mut secs, mut end) = self.duration_chain(dk + 1, unit, v);
                a.v = val;
                // "an hour and a half", "two weeks and a quarter"
                if end == dk + 1 {
                    if let Some((f, m)) = self.and_a_fraction(end) {
                        a.v += f;
                        secs += f * lx::duration_seconds(unit);
                        end = m;
                    }
                }
                a.e = end;
                a.secs = Some(secs);
                return Some(Ok(a));
            }
        }
        // Temperatures; "five below zero" names none but is one.
        let below_zero = matches!(self.w(e), "below" | "under")
            && matches!(self.w(e + 1), "zero" | "freezing")
            && v > 0.0
            && core.form != Form::Ord;
        // "it was ten below last night", "it's 5 below": "below" ending the clause
        // after "it" and a word of being, or after a weather word, is below zero too
        // ("ten below par", "5 below the target" go on; "she was 4 below" is golf).
        let bare_below = self.w(e) == "below"
            && core.form == Form::Int
            && v > 0.0
            && v <= 60.0
            && (e + 1 >= self.n()
                || matches!(self.sym(e + 1), Some('.' | ',' | ';' | '!' | '?'))
                || matches!(
                    self.w(e + 1),
                    "last" | "tonight" | "today" | "overnight" | "yesterday" | "outside" | "this"
                ))
            && (core.s > 0
                && matches!(self.w(core.s - 1), "was" | "is" | "s" | "be" | "hit" | "reached")
                && (core.s.saturating_sub(4)..core.s).any(|p| self.w(p) == "it")
                || self.weather_before(core.s));
        let temp = self.temperature(e, v).or(below_zero.then_some((e, "°")));
        let temp = temp.or(self.zero_temperature(core.s, e).then_some((e, "°")));
        if bare_below && temp.is_none() {
            let mut a = mk(NumberKind::Measure, e + 1, -v, core);
            a.unit = Some("°".to_string());
            a.rt_unit = Some("Degree");
            a.temperature = true;
            return Some(Ok(a));
        }
        if let Some((mut te, unit)) = temp {
            let mut v = v;
            // "12 degrees below zero" is -12, and so is "12 degrees below freezing"
            // on any scale but Fahrenheit (which freezes at 32).
            let zero = self.w(te + 1) == "zero" || self.w(te + 1) == "freezing" && unit != "°F";
            if matches!(self.w(te), "below" | "under") && zero && v > 0.0 {
                v = -v;
                te += 2;
            } else if self.w(te) == "above" && self.w(te + 1) == "zero" && v > 0.0 {
                te += 2;
            }
            let mut a = mk(NumberKind::Measure, te, v, core);
            a.unit = Some(unit.to_string());
            a.rt_unit = Some(match unit {
                "°C" => "C",
                "°F" => "F",
                "K" => "K",
                _ => "Degree",
            });
            a.temperature = true;
            return Some(Ok(a));
        }
        // Feet and inches written with marks: 6'2", 5′10″, 6' tall, 10″.
        if core.form != Form::Ord {
            if let Some((val, end, unit)) = self.prime_marks(e, v) {
                let mut a = mk(NumberKind::Measure, end, val, core);
                a.unit = Some(unit.to_string());
                a.rt_unit = Some(if unit == "ft" { "Foot" } else { "Inch" });
                return Some(Ok(a));
            }
        }
        // Measurements.
        let mk_i = if self.hyphen(e) { e + 1 } else { e };
        let bracket = matches!(self.sym(mk_i), Some('(' | '[' | '{' | '<')) && !self.glued(mk_i);
        let ui = if bracket { mk_i + 1 } else { mk_i };
        if self.is_word(ui) && !title(ui) {
            let glued = self.glued(ui) && !bracket;
            // "3 sq. miles", "20 cu. ft.", "5 fl. oz.": the abbreviation's period.
            let dotted = matches!(self.w(ui), "sq" | "cu" | "fl");
            // "a 15,000 square-foot office", "a 2,000-square-metre plot"
            let hyphened = self.hyphen(ui + 1) && self.glued(ui + 1) && self.glued_word(ui + 2);
            let (u2_at, u2_end) = if dotted && self.is_sym(ui + 1, '.') || hyphened {
                (ui + 2, ui + 3)
            } else {
                (ui + 1, ui + 2)
            };
            if let Some(u) = lx::measure_unit2(self.w(ui), self.w(u2_at)) {
                let mut a = mk(NumberKind::Measure, u2_end, v, core);
                a.unit = Some(u.symbol.to_string());
                a.rt_unit = Some(u.rt_name);
                return Some(Ok(a));
            }
            let raw = self.raw(ui);
            let after_glued_word = self.glued_word(ui + 1);
            // "6ft2", "5ft10": a height with its inches glued on (a person's feet,
            // three to eight, then under twelve inches), not square feet.
            if self.w(ui) == "ft"
                && core.form == Form::Int
                && (3.0..=8.0).contains(&v)
                && self.is_digits(ui + 1)
                && self.glued(ui + 1)
                && self.dlen(ui + 1) <= 2
                && self.digits_val(ui + 1) < 12.0
                && !self.is_digits(ui + 2)
                && !(self.glued_word(ui + 2) && self.w(ui + 2) != "in")
            {
                let end = ui + 2 + usize::from(self.w(ui + 2) == "in" && self.glued(ui + 2));
                let mut a = mk(NumberKind::Measure, end, v + self.digits_val(ui + 1) / 12.0, core);
                a.unit = Some("ft".to_string());
                a.rt_unit = Some("Foot");
                return Some(Ok(a));
            }
            // "km2", "m²": area; other digits glued after a unit make a code ("24703L202").
            let power = if self.is_digits(ui + 1) && self.glued(ui + 1) {
                match self.raw(ui + 1) {
                    "2" if !(self.is_digits(ui + 2) || self.glued_word(ui + 2)) => Some(2),
                    _ => return Some(Ok(mk(NumberKind::Cardinal, e, v, core))),
                }
            } else if self.is_sym(ui + 1, '²') {
                Some(2)
            } else {
                None
            };
            if let Some(2) = power {
                let sq = match self.w(ui) {
                    "km" => Some(("km²", "Square kilometer")),
                    "m" => Some(("m²", "Square meter")),
                    "cm" => Some(("cm²", "Square centimeter")),
                    "mi" => Some(("sq mi", "Square mile")),
                    "ft" => Some(("sq ft", "Square foot")),
                    _ => None,
                };
                if let Some((sym, rt)) = sq {
                    let mut a = mk(NumberKind::Measure, ui + 2, v, core);
                    a.unit = Some(sym.to_string());
                    a.rt_unit = Some(rt);
                    return Some(Ok(a));
                }
            }
            if !after_glued_word {
                let lowered = self.w(ui);
                // A spaced "g" or "l" is a unit only before no word or "of" ("150 g of
                // sugar", "from 200 to 800 g"), not before a noun ("5 g players").
                // A capital "L" ("5 L") not joined to what follows ("24703 L-202" is a code).
                let code_l = raw == "L"
                    && self.glued(ui + 1)
                    && !matches!(self.sym(ui + 1), Some('.' | ',' | ';' | '!' | '?' | ')'));
                // A capital "L" sizes a vessel or an engine ("a 1.5 L bottle", "a 2 L engine").
                let vessel = raw == "L" && lx::litre_vessel(self.w(ui + 1));
                let spaced_ok = matches!(raw, "g" | "l" | "L")
                    && !code_l
                    && (!self.is_word(ui + 1)
                        || vessel
                        || matches!(self.w(ui + 1), "of" | "each" | "per" | "to" | "and" | "or"));
                // A spaced "in" is an inch before a measure word or as the whole input
                // with its number ("5 in. wide", "12 in"), never the preposition.
                let spaced_in = raw == "in" && {
                    let k = ui + 1 + usize::from(self.is_sym(ui + 1, '.'));
                    self.measure_context(k) && !matches!(self.w(k), "x" | "by" | "world")
                        || core.s == 0 && self.only_punctuation_from(ui + 1)
                };
                let unit = lx::measure_unit(lowered, raw, glued || spaced_ok || spaced_in)
                    .filter(|_| !self.ratio_in(ui));
                let pounds_money =
                    matches!(lowered, "pound" | "pounds") && scaled && !self.weight_context(i);
                if let Some(u) = unit.filter(|_| !pounds_money) {
                    // A spaced "m" is a metre only when no word follows ("1 m x 1 m", "12 m 2 dm").
                    if raw == "m" && !glued && self.is_word(ui + 1) && !self.measure_context(ui + 1)
                    {
                        return Some(Ok(mk(NumberKind::Cardinal, e, v, core)));
                    }
                    // Lowercase glued "m" after a number with a counted noun is "million" in news
                    // ("10m people"), except race distances ("100m hurdles", "4x100m").
                    let next = self.w(ui + 1);
                    let sports = matches!(
                        next,
                        "hurdles"
                            | "heats"
                            | "finals"
                            | "races"
                            | "events"
                            | "titles"
                            | "runners"
                            | "sprints"
                            | "records"
                            | "champions"
                            | "indoors"
                            | "outdoors"
                            | "times"
                            | "rounds"
                            | "swims"
                            | "medals"
                    );
                    let counted_next = self.is_word(ui + 1)
                        && !self.capitalised(ui + 1)
                        && (next.ends_with('s') && !lx::not_plural(next) && !sports
                            || lx::irregular_plural(next));
                    let race = matches!(
                        v as u64,
                        50 | 60
                            | 100
                            | 110
                            | 200
                            | 400
                            | 500
                            | 800
                            | 1000
                            | 1500
                            | 3000
                            | 5000
                            | 10000
                    ) && v.fract() == 0.0
                        && !counted_next
                        || (core.s > 0
                            && self.glued(core.s)
                            && matches!(self.raw(core.s - 1), "x" | "X"));
                    // Heights and distances are written with two decimals ("2.20m").
                    let precise = self.raw(core.e - 1).len() == 2 && core.form == Form::Dec;
                    let money_next = lx::currency_word(next).is_some();
                    if raw == "m"
                        && glued
                        && self.is_word(ui + 1)
                        && (money_next || !self.measure_context(ui + 1) && !race && !precise)
                    {
                        let mut c2 = core;
                        c2.e = ui + 1;
                        c2.v = mulp(c2.v, 1e6);
                        c2.plain_digits = false;
                        let mut a = mk(NumberKind::Cardinal, ui + 1, mulp(v, 1e6), c2);
                        a.scaled = true;
                        // "984m euros"
                        if let Some((iso, 1.0)) = lx::currency_word(self.w(ui + 1)) {
                            if !matches!(self.w(ui + 1), "pound" | "pounds" | "won" | "p")
                                || self.w(ui + 1) == "pounds"
                            {
                                a.kind = NumberKind::Money;
                                a.currency = Some(iso);
                                a.e = ui + 2;
                            }
                        }
                        return Some(Ok(a));
                    }
                    let mut end = ui + 1;
                    if bracket {
                        if matches!(self.sym(end), Some(')' | ']' | '}' | '>')) {
                            end += 1;
                        } else {
                            return Some(Ok(mk(NumberKind::Cardinal, e, v, core)));
                        }
                    }
                    let mut val = v;
                    let mut symbol = u.symbol;
                    let mut rt = u.rt_name;
                    // Speeds: "miles an hour", "kilometers per hour", "km/h".
                    let (a1, a2) = (self.w(end), self.w(end + 1));
                    if matches!(a1, "an" | "per" | "a" | "/") && matches!(a2, "hour" | "h" | "hr") {
                        if symbol == "mi" {
                            symbol = "mph";
                            rt = "Mile per hour";
                            end += 2;
                        } else if symbol == "km" {
                            symbol = "km/h";
                            rt = "Kilometer per hour";
                            end += 2;
                        }
                    } else if symbol == "m"
                        && matches!(a1, "per" | "/")
                        && matches!(a2, "s" | "second" | "sec")
                    {
                        symbol = "m/s";
                        rt = "Meter per second";
                        end += 2;
                    } else if let Some((s, r)) = lx::per_second(symbol)
                        .filter(|_| matches!(a1, "per" | "/" | "a") && matches!(a2, "second" | "s" | "sec"))
                    {
                        // Data rates: "8 megabits per second", as "8Mbps".
                        (symbol, rt, end) = (s, r, end + 2);
                    } else if symbol == "mi" && matches!(a1, "per" | "a") && a2 == "gallon" {
                        // Fuel economy: "40 miles per gallon".
                        symbol = "mpg";
                        rt = "Mile per gallon";
                        end += 2;
                    } else if let Some((s, r)) =
                        Self::watt_hours(symbol).filter(|_| matches!(a1, "hour" | "hours"))
                    {
                        // Energy: "300 kilowatt hours", "2 terawatt hours".
                        symbol = s;
                        rt = r;
                        end += 1;
                    }
                    // Compound measures in the first unit: "5 ft 2 in", "6 feet, 3 inches",
                    // "3 kg and 500 g", "2 metres 10 centimetres".
                    if let Some((val2, e2)) = self.compound_part(symbol, end) {
                        val += val2;
                        end = e2;
                    } else if let Some((inches, e2)) =
                        self.bare_inches(end, i, 0.0..12.0).filter(|_| symbol == "ft")
                    {
                        // Heights: "6 foot 2", "5 feet 10", "six-foot-two".
                        val += inches / 12.0;
                        end = e2;
                    } else if let Some((cm, e2)) =
                        self.bare_inches(end, i, 10.0..100.0).filter(|_| symbol == "m")
                    {
                        // Heights and jumps read in metres and centimetres:
                        // "1 metre 85", "two metres fifty".
                        val += cm / 100.0;
                        end = e2;
                    } else if let Some((f, e2)) = self.and_a_fraction(end) {
                        // "3 miles and a half", "a litre and a half".
                        val += f;
                        end = e2;
                    }
                    let mut a = mk(NumberKind::Measure, end, val, core);
                    a.unit = Some(symbol.to_string());
                    a.rt_unit = Some(rt);
                    return Some(Ok(a));
                }
                if lowered == "degrees" || lowered == "degree" || raw == "°" {
                    let mut a = mk(NumberKind::Measure, ui + 1, v, core);
                    a.unit = Some("°".into());
                    a.rt_unit = Some("Degree");
                    return Some(Ok(a));
                }
            }
        }
        // Digits glued to letters that are no unit ("3D", "1990s", "4x4"): not a quantity.
        if self.glued_word(e) && self.is_digits(e - 1) && self.w(e) != "ish" {
            return Some(Err(e + 1));
        }
        Some(Ok(mk(NumberKind::Cardinal, e, v, core)))
    }

    /// Feet and inch marks glued after a number ending at `e` with value `v`:
    /// (value, end, unit). Primes always count; an ASCII apostrophe or quote only
    /// as feet-and-inches ("6'2\"") or before a measure word ("6' tall", "10\"
    /// long"), since elsewhere it closes a quotation.
    fn prime_marks(&self, e: usize, v: f64) -> Option<(f64, usize, &'static str)> {
        let feet = |k: usize| matches!(self.sym(k), Some('\'' | '′' | '’')) && self.glued(k);
        // An inch mark at `k`: its end, or none.
        let inch = |k: usize| -> Option<usize> {
            if !self.glued(k) {
                return None;
            }
            match self.sym(k) {
                Some('"' | '″' | '”') => Some(k + 1),
                Some('\'' | '′') if self.sym(k + 1) == self.sym(k) && self.glued(k + 1) => {
                    Some(k + 2)
                }
                _ => None,
            }
        };
        // "6'2\"", "5' 10\"": the inches may stand one space apart.
        let near = |k: usize| self.glued(k) || self.ws_between(k) == " ";
        if feet(e) && self.is_digits(e + 1) && near(e + 1) && self.digits_val(e + 1) < 12.0 {
            if let Some(end) = inch(e + 2) {
                return Some((v + self.digits_val(e + 1) / 12.0, end, "ft"));
            }
        }
        // "He is 5'11.", "6’1 tall": a person's height with its inch mark left off,
        // when the inches end the clause or a measure word follows.
        if feet(e)
            && self.is_digits(e + 1)
            && self.glued(e + 1)
            && self.dlen(e + 1) <= 2
            && self.digits_val(e + 1) < 12.0
            && matches!(v, 4.0 | 5.0 | 6.0 | 7.0)
        {
            let k = e + 2;
            let clause_end = k >= self.n()
                || matches!(self.w(k), "and" | "but" | "with" | "or")
                || matches!(self.sym(k), Some('.' | ',' | ';' | '!' | '?' | ')'))
                    && !self.glued(k + 1);
            if clause_end || self.measure_context(k) {
                return Some((v + self.digits_val(e + 1) / 12.0, k, "ft"));
            }
        }
        if let Some(end) = inch(e) {
            if self.is_sym(e, '″')
                || self.measure_context(end)
                || self.bare_mark(e, end)
                || self.bare_inch(e, end)
            {
                return Some((v, end, "in"));
            }
        }
        if feet(e)
            && (self.is_sym(e, '′') || self.measure_context(e + 1) || self.bare_mark(e, e + 1))
        {
            return Some((v, e + 1, "ft"));
        }
        None
    }

    /// An ASCII mark at `m..end` ending the clause ("He is 6'.", "13''") that cannot
    /// close a quotation: no quote opens before it in the paragraph.
    fn bare_mark(&self, m: usize, end: usize) -> bool {
        let clause_end = end >= self.n()
            || matches!(self.sym(end), Some('.' | ',' | ';' | '!' | '?' | ')'))
                && !self.glued_word(end + 1);
        if !clause_end || !matches!(self.sym(m), Some('\'')) {
            return false;
        }
        let para = self.text[..self.toks[m].s].rfind('\n').map_or(0, |p| p + 1);
        let opens = (0..m)
            .rev()
            .take_while(|&k| self.toks[k].s >= para)
            .any(|k| {
                matches!(self.sym(k), Some('\'' | '‘' | '`' | '"' | '“'))
                    && !self.glued(k)
                    && (self.glued(k + 1) || k + 1 == m)
            });
        !opens
    }

    /// "and a half", "and a quarter", "and three quarters" at `k` after a unit: the
    /// fraction of that unit and where it ends. Not when a unit or scale follows
    /// the fraction ("2 km and a half mile" is two amounts), nor a bare "half of"
    /// ("3 hours and half of the budget").
    pub(super) fn and_a_fraction(&self, k: usize) -> Option<(f64, usize)> {
        if self.w(k) != "and" {
            return None;
        }
        let (f, m) = self.frac_phrase(k + 1)?;
        let next = self.w(m);
        let free = lx::duration_unit(next).is_none()
            && lx::scale_word(next).is_none()
            && lx::measure_unit(next, self.raw(m), self.glued(m)).is_none()
            && lx::currency_word(next).is_none()
            && !matches!(next, "a" | "an" | "dozen")
            // "and half of the money" is another amount; "and a half of water" is not.
            && !(next == "of" && self.w(k + 1) == "half");
        (f < 1.0 && free).then_some((f, m))
    }

    /// The unit of the next part of a duration chain after a part in `last` seconds,
    /// and where it ends: a unit word ("3 hours 15 minutes"), or the compact forms
    /// "1h30", "2h30m", "1h 30m", "1m30s" (a glued "m" or bare digits after hours
    /// are minutes, a glued "s" after minutes seconds).
    fn next_duration_unit(
        &self,
        c2: &Core,
        last: f64,
        joined: bool,
    ) -> Option<(&'static str, usize)> {
        let k = c2.e;
        if let Some(u) =
            lx::duration_unit(self.w(k)).filter(|_| self.is_word(k) && self.w(k).len() > 1)
        {
            return Some((u, k + 1));
        }
        // "an hour thirty", "two hours forty-five", "1 hour 15": minutes said after
        // whole hours, with no noun after them ("2 hours 30 people" is two counts).
        let spoken_minutes = !joined
            && last == 3600.0
            && c2.form == Form::Int
            && (10.0..60.0).contains(&c2.v)
            && (self.is_word(c2.s) || self.dlen(c2.s) == 2 && self.toks[c2.s].gap)
            && (!self.is_word(k) || lx::not_a_noun(self.w(k)) && self.w(k) != "of");
        if spoken_minutes {
            return Some(("minutes", k));
        }
        if joined || c2.form != Form::Int || !self.is_digits(c2.s) || c2.v >= 60.0 {
            return None;
        }
        let glued_unit = self.is_word(k) && self.glued(k) && !self.glued_word(k + 1);
        match (last as u64, self.raw(k)) {
            (3600, "m") if glued_unit => Some(("minutes", k + 1)),
            (60, "s") if glued_unit => Some(("seconds", k + 1)),
            // "1h30": two digits glued to the "h", nothing attached after.
            (3600, _)
                if self.glued(c2.s)
                    && self.dlen(c2.s) == 2
                    && (!self.is_word(k) || !self.glued(k) && lx::not_a_noun(self.w(k)))
                    && !self.is_digits(k) =>
            {
                Some(("minutes", k))
            }
            _ => None,
        }
    }

    /// "1:30 hours", "2:45 minutes": a duration written as a clock, the part after
    /// the colon in sixtieths.
    pub(super) fn clock_duration(&self, i: usize) -> Option<Amount> {
        let ok = self.is_digits(i)
            && self.dlen(i) <= 2
            && self.is_sym(i + 1, ':')
            && self.glued(i + 1)
            && self.is_digits(i + 2)
            && self.glued(i + 2)
            && self.dlen(i + 2) == 2
            && self.digits_val(i + 2) < 60.0
            && !self.is_sym(i + 3, ':');
        let unit =
            lx::duration_unit(self.w(i + 3)).filter(|u| matches!(*u, "hours" | "minutes"))?;
        if !ok || self.w(i + 3).len() < 2 {
            return None;
        }
        let v = self.digits_val(i) + self.digits_val(i + 2) / 60.0;
        let core = Core::derived(i, i + 3, v, Form::Dec);
        let mut a = self.plain_amount(i, core);
        a.kind = NumberKind::Duration;
        a.e = i + 4;
        a.unit = Some(unit.to_string());
        a.secs = Some(v * lx::duration_seconds(unit));
        Some(a)
    }

    /// The energy unit a power unit makes with "hours" after it.
    fn watt_hours(power: &str) -> Option<(&'static str, &'static str)> {
        Some(match power {
            "kW" => ("kWh", "Kilowatt hour"),
            "MW" => ("MWh", "Megawatt hour"),
            "GW" => ("GWh", "Gigawatt hour"),
            "TW" => ("TWh", "Terawatt hour"),
            _ => return None,
        })
    }

    /// A bare whole number of inches after feet ("6 foot 2", "six-foot-two"): below
    /// twelve, with no word after it but a measure word ("5 feet 10 tall") or one that
    /// goes on with the clause and so counts nothing ("six foot two and quick") unless
    /// hyphens join it, so "30 feet 2 people" stays two amounts. After an article
    /// or possessive the height is a modifier, and a singular noun may follow it
    /// ("a 5 foot 8 woman", "his 6 ft 1 brother"); the amount starts at token `i`.
    /// With a `range` of ten to a hundred it reads the centimetres after metres
    /// ("1 metre 85") the same way.
    fn bare_inches(&self, k: usize, i: usize, range: Range<f64>) -> Option<(f64, usize)> {
        // "a six-foot-two forward": the hyphens make one modifier of it.
        let joined = self.hyphen(k);
        let k = if joined { k + 1 } else { k };
        let c = self.core(k)?;
        let n = self.w(c.e);
        let modified_noun = i > 0
            && lx::determiner(self.w(i - 1))
            && self.is_word(c.e)
            && !self.capitalised(c.e)
            && n.len() > 2
            && (!n.ends_with('s') || n.ends_with("ss"))
            && !lx::not_a_noun(n)
            && !lx::irregular_plural(n)
            && lx::measure_unit(n, self.raw(c.e), false).is_none()
            && lx::duration_unit(n).is_none();
        let sym_ok = match self.sym(c.e) {
            None => true,
            Some('.') => !self.is_digits(c.e + 1),
            Some(ch) => !matches!(ch, '-' | '–' | '/' | ':' | '%' | '\'' | '"' | '’'),
        };
        let ok = c.form == Form::Int
            && range.contains(&c.v)
            && c.s == k
            && !self.is_digits(c.e)
            && sym_ok
            && (!self.is_word(c.e)
                || joined
                || modified_noun
                || self.measure_context(c.e)
                || matches!(self.w(c.e), "and" | "but" | "or" | "who" | "with" | "is" | "was"));
        ok.then_some((c.v, c.e))
    }

    /// Where the next part starts after "and", "," or ", and" at `k`.
    /// Chains after `v` `unit` ending before `end`: "1 year 1 month 21 days", "3
    /// hours and 15 minutes", "1 hour, 30 minutes", "an hour and 20 minutes". After
    /// "and" or a comma the next part must be a smaller unit and less than one of
    /// the unit before ("2 hours and 90 minutes" are two amounts). Gives the value
    /// in `unit`, the seconds, and the token after the chain.
    pub(super) fn duration_chain(&self, mut end: usize, unit: &str, v: f64) -> (f64, f64, usize) {
        let mut secs = v * lx::duration_seconds(unit);
        let mut last = lx::duration_seconds(unit);
        let mut val = v;
        loop {
            let joined = self.joiner(end);
            let Some(c2) = self.core(joined.unwrap_or(end)) else {
                break;
            };
            if c2.form == Form::Ord {
                break;
            }
            let Some((u2, ue)) = self.next_duration_unit(&c2, last, joined.is_some()) else {
                break;
            };
            let s2 = lx::duration_seconds(u2);
            if joined.is_some() && !(s2 < last && c2.v * s2 < last) {
                break;
            }
            secs += c2.v * s2;
            val += c2.v * lx::duration_ratio(u2, unit);
            last = s2;
            end = ue;
        }
        (val, secs, end)
    }

    pub(super) fn joiner(&self, k: usize) -> Option<usize> {
        if self.is_sym(k, ',') {
            Some(if self.w(k + 1) == "and" { k + 2 } else { k + 1 })
        } else if self.w(k) == "and" {
            Some(k + 1)
        } else {
            None
        }
    }

    /// The second part of a compound measure after a `symbol` unit ending at `k`,
    /// in that unit: a smaller unit of the same dimension and system, less than one
    /// of the first ("6 feet, 3 inches" adds 0.25 ft; "5 km and 8 km", "3 gallons and
    /// 250 millilitres" are two amounts). Metric parts are written side by side ("1 m
    /// 80 cm"): after a comma they are a list ("3 tonnes, 5 kg, 8 ounces").
    fn compound_part(&self, symbol: &str, k: usize) -> Option<(f64, usize)> {
        if lx::metric_unit(symbol) && self.is_sym(k, ',') {
            return None;
        }
        let (f1, dim) = lx::unit_scale(symbol)?;
        let k2 = self.joiner(k).unwrap_or(k);
        let c2 = self
            .core(k2)
            .filter(|c| matches!(c.form, Form::Int | Form::Dec) && c.v > 0.0)?;
        let uk = c2.e;
        if !self.is_word(uk) || self.glued_word(uk + 1) {
            return None;
        }
        let (raw, w) = (self.raw(uk), self.w(uk));
        let glued = self.glued(uk) || !self.is_word(uk + 1);
        let u2 = if symbol == "ft" && w == "in" {
            "in"
        } else {
            lx::measure_unit(w, raw, glued)?.symbol
        };
        let (f2, dim2) = lx::unit_scale(u2)?;
        let same_system = lx::metric_unit(symbol) == lx::metric_unit(u2);
        (dim2 == dim && same_system && f2 < f1 && c2.v * f2 < f1).then(|| (c2.v * f2 / f1, uk + 1))
    }

    /// A word after a number that shows a measure ("6 m tall", "100m sprint").
    pub(super) fn measure_context(&self, i: usize) -> bool {
        lx::measure_context_word(self.w(i))
    }
}
