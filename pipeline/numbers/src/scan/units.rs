//! What attaches to a bare number: a currency before or after it ("$", "US$",
//! "USD", "dollars", "cents"), per cent, durations, temperatures and measurement
//! units. Turns a [`Core`] into an [`Amount`]; the unit tables are in the lexicon.

use super::*;

impl Sc<'_> {
    /// Currency written before the number: "$", "US$", "c $", "USD".
    pub(super) fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize, f64)> {
        if let Some(c) = self.sym(i) {
            // "&#163;8m", "&pound;5", "&euro;20": a sign left escaped as HTML.
            if c == '&' {
                return self.escaped_sign(i);
            }
            // "$US5", "$A10", "$NZ2.5m": the country after the sign, as Australian
            // and New Zealand papers write it (capitals, glued both sides).
            if c == '$' && self.glued_word(i + 1) && self.is_digits(i + 2) && self.glued(i + 2) {
                let raw = self.raw(i + 1);
                let caps = raw.bytes().all(|b| b.is_ascii_uppercase());
                if let Some(iso) = lx::dollar_prefix(self.w(i + 1)).filter(|_| caps) {
                    return Some((iso, i + 2, 1.0));
                }
            }
            return lx::currency_symbol(c).map(|iso| (iso, i + 1, 1.0));
        }
        if self.is_word(i) {
            let w = self.w(i);
            // "u.s $"
            if w == "u"
                && self.is_sym(i + 1, '.')
                && self.w(i + 2) == "s"
                && self.is_sym(i + 3, '$')
            {
                return Some(("USD", i + 4, 1.0));
            }
            if let Some(iso) = lx::dollar_prefix(w) {
                // Single letters only when unambiguous: "A$5" yes, "a $5" no ("c $" is Canadian).
                let single_ok = w.len() > 1
                    || w == "c"
                    || (self.glued(i + 1) && self.raw(i).chars().all(|c| c.is_ascii_uppercase()));
                if self.is_sym(i + 1, '$')
                    && single_ok
                    && (self.glued(i + 1) || self.raw(i).chars().all(|c| c.is_ascii_lowercase()))
                {
                    return Some((iso, i + 2, 1.0));
                }
            }
            // Abbreviations written before the amount: "Rs 500 crore", "Rs.500",
            // "Rp 10,000", "RM50", "Dh 20", "Tk 300", "KSh 1,000".
            let abbr = match self.raw(i) {
                "Rs" => Some("INR"),
                "Rp" => Some("IDR"),
                "RM" => Some("MYR"),
                "Dh" | "Dhs" => Some("AED"),
                "Tk" => Some("BDT"),
                "KSh" | "Ksh" => Some("KES"),
                // Nordic crowns: no one country, so kind money and no code.
                "kr" | "Kr" => Some(""),
                _ => None,
            };
            // "USD ten", "Rs. fifty": a spelled number after a code or abbreviation
            // ("one" only before a scale: "the USD one" is a pronoun).
            let spelled = |k: usize| {
                let w = self.w(k);
                self.is_word(k)
                    && (lx::unit_word(w).is_some() || lx::tens_word(w).is_some())
                    && (w != "one"
                        || lx::scale_word(self.w(k + 1)).is_some()
                        || self.w(k + 1) == "hundred")
            };
            // "R15.99", "R1,200", "R2.4bn", "R5m": the rand glued to an amount written
            // as a price (a decimal, a thousands comma or a scale), and so the naira
            // as Nigerian papers write it ("N5,000", "N2.5bn"); a bare "R500" or "N95"
            // may be a road, a model or a code and is left alone.
            let letter = match self.raw(i) {
                "R" => Some("ZAR"),
                "N" => Some("NGN"),
                _ => None,
            };
            if let Some(iso) = letter.filter(|_| self.is_digits(i + 1) && self.glued(i + 1)) {
                let sep = |c: char, k: usize| {
                    self.is_sym(k, c) && self.glued(k) && self.is_digits(k + 1) && self.glued(k + 1)
                };
                let cents = sep('.', i + 2) && self.dlen(i + 3) == 2;
                let grouped = sep(',', i + 2) && self.dlen(i + 3) == 3;
                // The scale after the whole part or after its decimals.
                let at = if sep('.', i + 2) { i + 4 } else { i + 2 };
                let scale = self.glued_word(at)
                    && (self.raw(at) == "m"
                        || lx::digit_suffix(self.raw(at), true).is_some_and(|s| s >= 1e6))
                    || self.is_word(at) && !self.glued(at) && lx::scale_word(self.w(at)).is_some();
                let sep = cents || grouped;
                let before_ok = i == 0 || !(self.glued(i) && self.is_word(i - 1));
                if (sep || scale) && before_ok {
                    return Some((iso, i + 1, 1.0));
                }
            }
            if let Some(iso) = abbr {
                let k = if self.is_sym(i + 1, '.') {
                    i + 2
                } else {
                    i + 1
                };
                if self.is_digits(k) || spelled(k) {
                    return Some((iso, k, 1.0));
                }
            }
            // A currency name before the amount, as wire copy and South Asian and
            // West African papers write it: "dollar 22.5 million", "DOLLARS 5m",
            // "Australian dollars 648m", "rupees 500", "naira 2,000". Only before a plain
            // amount ("the dollar 2% higher" is not money) and not before a year
            // ("Euro 2004").
            let (nat, cw) = match lx::currency_word(self.w(i + 1)) {
                Some((iso, _)) => match lx::currency_nationality(w, iso) {
                    Some(n) => (Some(n), i + 1),
                    None => (None, i),
                },
                None => (None, i),
            };
            if matches!(
                self.w(cw),
                "dollar"
                    | "dollars"
                    | "euro"
                    | "euros"
                    | "pound"
                    | "pounds"
                    | "rupee"
                    | "rupees"
                    | "naira"
            ) && self.is_digits(cw + 1)
                && !self.glued(cw + 1)
            {
                let plain = match self.amount(cw + 1) {
                    Some(Ok(a)) => {
                        // "DOLLARS 5m": with a currency, a glued "m" is million.
                        let million = a.kind == NumberKind::Measure
                            && self.raw(a.core.e) == "m"
                            && self.glued(a.core.e);
                        (a.kind == NumberKind::Cardinal || million)
                            && !(a.core.plain_digits
                                && self.dlen(a.core.s) == 4
                                && (1000.0..=2100.0).contains(&a.v))
                    }
                    _ => false,
                };
                if plain {
                    return lx::currency_word(self.w(cw))
                        .map(|(iso, _)| (nat.unwrap_or(iso), cw + 1, 1.0));
                }
            }
            let raw = self.raw(i);
            let (code, scale) = match raw.strip_prefix('M') {
                Some(rest) if rest.len() == 3 && lx::iso_code(rest).is_some() => (rest, 1e6),
                _ => (raw, 1.0),
            };
            let iso = lx::iso_code(code).or_else(|| {
                // "usd 20", and "Rmb300bn" as the FT and the BBC write the renminbi
                lx::common_iso(&code.to_ascii_lowercase())
                    .then(|| lx::iso_code(&code.to_ascii_uppercase()))
                    .flatten()
            });
            if let Some(iso) = iso {
                if self.is_digits(i + 1)
                    || self.is_sym(i + 1, '$')
                    || spelled(i + 1) && (scale > 1.0 || raw.len() == 3)
                {
                    let k = if self.is_sym(i + 1, '$') {
                        i + 2
                    } else {
                        i + 1
                    };
                    return Some((iso, k, scale));
                }
            }
        }
        None
    }

    /// A currency sign escaped as an HTML character reference at `i` ("&#163;",
    /// "&#8364;", "&pound;", "&euro;"), glued to the amount after it.
    fn escaped_sign(&self, i: usize) -> Option<(&'static str, usize, f64)> {
        let (c, semi) = if self.is_sym(i + 1, '#') {
            let code = self.raw(i + 2).parse::<u32>().ok()?;
            (char::from_u32(code)?, i + 3)
        } else {
            let c = match self.w(i + 1) {
                "pound" => '£',
                "euro" => '€',
                "yen" => '¥',
                "dollar" => '$',
                _ => return None,
            };
            (c, i + 2)
        };
        let glued = (i + 1..=semi + 1).all(|k| self.glued(k));
        let iso = lx::currency_symbol(c).filter(|_| glued && self.is_sym(semi, ';'))?;
        self.is_digits(semi + 1).then_some((iso, semi + 1, 1.0))
    }

    /// "20 pounds 50", "3 pounds 20 now": pence after "pounds" make it money, since a
    /// weight's smaller part names its unit ("5 pounds 3 ounces"). After "and" only
    /// with the pence named ("2 pounds and 5 more" is two amounts).
    fn pence_after(&self, e: usize, form: Form) -> bool {
        let named = |c: &Core| matches!(self.w(c.e), "pence" | "p");
        form == Form::Int
            && self.cents_tail(e, "GBP").is_some()
            && (self.w(e) != "and" || self.core(e + 1).is_some_and(|c| named(&c)))
    }

    /// A rate after an amount at `k`: "an hour", "a month", "per day" ("800 won an
    /// hour" is pay, "12 won an award" the verb). Not "a week later", a time.
    fn rate_after(&self, k: usize) -> bool {
        matches!(self.w(k), "a" | "an" | "per")
            && lx::duration_unit(self.w(k + 1)).is_some()
            && !self.w(k + 1).ends_with('s')
            && !matches!(
                self.w(k + 2),
                "later" | "ago" | "earlier" | "after" | "before" | "in" | "of" | "on"
            )
    }

    /// "15 dollars 50", "thirteen dollars and forty-five cents": the minor part of
    /// an amount in `iso`. A named minor unit of another currency ("20 rupees and
    /// 10¢") is an amount of its own.
    pub(super) fn cents_tail(&self, e: usize, iso: &str) -> Option<(f64, usize)> {
        let k = if self.w(e) == "and" { e + 1 } else { e };
        let c = self.core(k)?;
        if c.form != Form::Int || c.v >= 100.0 || c.v < 1.0 {
            return None;
        }
        let minor_sign = (self.raw(c.e) == "c" && self.glued(c.e)) || self.is_sym(c.e, '¢');
        let named = lx::currency_word(self.w(c.e)).is_some_and(|(_, u)| u == 0.01);
        if named || minor_sign {
            return lx::minor_fits(iso, self.w(c.e)).then_some((c.v / 100.0, c.e + 1));
        }
        // "2 dollars 50 now": the minor part ends the clause or meets a function word.
        let end_ok = c.e >= self.n()
            || matches!(self.sym(c.e), Some('.' | ',' | ';' | '!' | '?' | ')'))
            || matches!(self.w(c.e), "now" | "today" | "tonight" | "apiece" | "then")
            || self.is_word(c.e)
                && lx::not_a_noun(self.w(c.e))
                && !matches!(
                    self.w(c.e),
                    "of" | "and" | "or" | "to" | "per" | "a" | "an" | "each" | "times"
                );
        end_ok.then_some((c.v / 100.0, c.e))
    }

    /// Durations written without digits: "a year", "half an hour", "all day",
    /// "another week", "a couple of days", "several days".
    pub(super) fn word_duration(&self, i: usize) -> Option<Amount> {
        fn w_i<'s>(sc: &'s Sc<'_>, i: usize) -> &'s str {
            sc.w(i)
        }
        let full_unit = |k: usize| -> Option<&'static str> {
            let w = self.w(k);
            if w.len() < 3
                || matches!(
                    w,
                    "second"
                        | "seconds"
                        | "sec"
                        | "secs"
                        | "min"
                        | "mins"
                        | "hrs"
                        | "yrs"
                        | "mos"
                        | "wks"
                )
            {
                return None;
            }
            lx::duration_unit(w)
        };
        // "$5 a year", "twice a day", "280,000 jobs a year": a rate, not a duration.
        if matches!(w_i(self, i), "a" | "an") && self.rate_article(i) {
            return None;
        }
        let w = self.w(i);
        let biz = |k: usize| if self.w(k) == "business" { k + 1 } else { k };
        let (v, low, uk): (Option<f64>, Option<f64>, usize) = match w {
            "a" | "an" => match self.w(i + 1) {
                "half" => (Some(0.5), None, i + 2),
                "couple" if self.w(i + 2) == "of" => (Some(2.0), None, i + 3),
                "few" => (None, Some(2.0), i + 2),
                _ => (Some(1.0), None, i + 1),
            },
            "half" => {
                let k = if matches!(self.w(i + 1), "a" | "an") {
                    i + 2
                } else {
                    i + 1
                };
                (Some(0.5), None, biz(k))
            }
            "all" | "full" | "whole" => {
                // "full-year results": a compound adjective, not a duration.
                let hy = self.is_dash(i + 1);
                if hy && self.is_word(i + 3) && !lx::not_a_noun(self.w(i + 3)) {
                    return None;
                }
                (Some(1.0), None, if hy { i + 2 } else { i + 1 })
            }
            "another" => (Some(1.0), None, biz(i + 1)),
            "couple" if self.w(i + 1) == "of" => (Some(2.0), None, i + 2),
            "few" | "several" => (None, Some(2.0), i + 1),
            "some" => (None, None, i + 1),
            _ => return None,
        };
        // "a few seconds", "several seconds": plural after a vague count, no ordinal.
        let unit = if v.is_none() && self.w(uk) == "seconds" {
            lx::duration_unit("seconds")
        } else {
            full_unit(uk)
        }?;
        let plural_word = self.w(uk).ends_with('s') || self.w(uk) == "centuries";
        // "a year" is singular; "several days" plural; "all day" singular.
        let singular_needed =
            matches!(w, "a" | "an" | "all" | "full" | "whole" | "another") && v == Some(1.0);
        if singular_needed && plural_word {
            return None;
        }
        if v.is_none() && !plural_word {
            return None;
        }
        let mut e = uk + 1;
        let mut val = v;
        let mut chain_secs = None;
        // "an hour and a half", "an hour and half", "a day and a quarter"
        if let (Some(v1), Some((f, m))) = (val, self.and_a_fraction(e)) {
            val = Some(v1 + f);
            e = m;
        } else if let Some(v1) = val {
            // "a year and nine months", "an hour, 20 minutes"
            let (v2, secs, m) = self.duration_chain(e, unit, v1);
            if m > e {
                (val, chain_secs, e) = (Some(v2), Some(secs), m);
            }
        }
        let core = Core::derived(i, e, val.unwrap_or(f64::NAN), Form::Int);
        let mut a = self.plain_amount(i, core);
        a.e = e;
        a.kind = NumberKind::Duration;
        a.v = val.unwrap_or(f64::NAN);
        a.unit = Some(unit.to_string());
        a.secs = chain_secs.or(val.map(|x| x * lx::duration_seconds(unit)));
        a.no_core = true;
        a.ident = true;
        let _ = low;
        Some(a)
    }

    /// The "a" at `i` follows an amount or a counted noun, so it reads "per":
    /// "$5 a year", "twice a day", "280,000 jobs a year", "$3 a litre".
    pub(super) fn rate_article(&self, i: usize) -> bool {
        for p in (i.saturating_sub(3)..i).rev() {
            let pw = self.w(p);
            let rate = self.is_digits(p)
                || matches!(self.sym(p), Some(c) if c == '%' || c == ')' || lx::currency_symbol(c).is_some())
                || lx::scale_word(pw).is_some()
                || lx::unit_word(pw).is_some()
                || lx::tens_word(pw).is_some()
                || lx::currency_word(pw).is_some()
                || lx::digit_suffix(self.raw(p), true).is_some() && self.glued(p)
                || matches!(
                    pw,
                    "per"
                        | "once"
                        | "twice"
                        | "thrice"
                        | "times"
                        | "percent"
                        | "cent"
                        | "m"
                        | "bn"
                        | "k"
                );
            if rate {
                return true;
            }
            // Only look past a counted noun, not across clauses.
            if !self.is_word(p) || lx::not_a_noun(pw) && p + 1 != i {
                break;
            }
        }
        false
    }

    /// "a"/"an" counted as one before a unit or currency ("a litre", "a dollar"),
    /// unless it is a rate ("$3 a litre") or part of a compound ("a mile-long").
    fn article_one(&self, i: usize) -> bool {
        matches!(self.w(i), "a" | "an")
            && (lx::article_unit(self.w(i + 1))
                || self.alone_article_unit(i)
                // "a square mile", "a metric ton": a singular two-word unit
                // (Recognizers-Text reads the name alone, as a unit without number).
                || !self.compat
                    && lx::measure_unit2(self.w(i + 1), self.w(i + 2))
                        .is_some_and(|_| !self.w(i + 2).ends_with('s') && self.w(i + 2) != "feet")
                || self.w(i + 2) == "of" && lx::article_unit_of(self.w(i + 1), self.w(i + 3))
                // "a cup and a half", "a pound and a half": a fraction of the unit shows a measure.
                || lx::article_unit_of(self.w(i + 1), "") && self.and_a_fraction(i + 2).is_some()
                // "it costs a pound": money after a paying word; "a pound fifty": pence after.
                || self.w(i + 1) == "pound"
                    && self.w(i + 2) != "of"
                    && (self.money_context(i) || self.pence_after(i + 2, Form::Int)))
            && !(self.is_dash(i + 2) && self.glued(i + 2))
            && !self.rate_article(i)
    }

    pub(super) fn amount(&self, i: usize) -> Option<Result<Amount, usize>> {
        let art = self.article_one(i);
        let r = self.amount_at(i, art);
        let unit_kind = |a: &Amount| {
            matches!(
                a.kind,
                NumberKind::Money | NumberKind::Measure | NumberKind::Duration
            )
        };
        if !art {
            return r;
        }
        match r {
            // The article is no bare number: nothing for the number specs to count.
            Some(Ok(mut a)) if unit_kind(&a) => {
                a.no_core = true;
                Some(Ok(a))
            }
            _ => None,
        }
    }

    fn amount_at(&self, i: usize, art: bool) -> Option<Result<Amount, usize>> {
        if self.is_word(i) {
            if let Some(a) = self
                .word_duration(i)
                .or_else(|| self.slang_money(i))
                .or_else(|| self.alone_quantity(i))
                .or_else(|| self.few_units(i))
            {
                return Some(Ok(a));
            }
        }
        // "-$5", "minus $5": a sign before the currency sign or code.
        let sign = match self.sym(i) {
            Some('-' | '−') => (i == 0 || self.toks[i].gap) && self.glued(i + 1),
            _ => matches!(self.w(i), "minus" | "negative"),
        };
        let signed_cur = sign.then(|| self.currency_prefix(i + 1)).flatten();
        let neg = signed_cur.is_some();
        let (cur, j, pscale) = match signed_cur.or_else(|| self.currency_prefix(i)) {
            Some((iso, j, sc)) => (Some(iso), j, sc),
            None => (None, i, 1.0),
        };
        if cur.is_none() && !art {
            if let Some(a) = self.clock_duration(i) {
                return Some(Ok(a));
            }
        }
        if cur.is_none() {
            if let Some(k) = self.skip_non_quantity(i) {
                return Some(Err(k));
            }
        }
        let mut core = if art {
            Core::derived(i, i + 1, 1.0, Form::Int)
        } else {
            self.core(j)?
        };
        if let Some(k) = self.mixed_spelling_name(&core).filter(|_| cur.is_none()) {
            return Some(Err(k));
        }
        // Part of an identifier ("SCP-173", "A4", "F16"): a plain number, nothing attached.
        if cur.is_none() && self.is_digits(core.s) && core.s > 0 && self.glued(core.s) {
            let p = core.s - 1;
            // A word that is not itself a suffix of digits ("5k-20k" is a range).
            let name =
                |q: usize| self.is_word(q) && !(q > 0 && self.glued(q) && self.is_digits(q - 1));
            let word_glued =
                |q: usize| name(q) || (self.is_digits(q) && q > 0 && self.glued(q) && name(q - 1));
            // "pre-2008", "mid-2004", "sub-100" join a prefix, not a name ([`Sc::whole_words`]).
            // "3-to-5": the second end of a range joined by "-to-" is no code either.
            let prefix = p > 0
                && self.is_dash(p)
                && (super::hyphens::joined_prefix(self.w(p - 1))
                    || self.w(p - 1) == "to" && p >= 2 && self.hyphen(p - 2));
            let ident = name(p)
                || (self.is_dash(p) && p > 0 && self.glued(p) && word_glued(p - 1) && !prefix);
            if ident {
                // Names and codes ("G7", "A321", "F-16", "COVID-19") are not quantities.
                let mut k = core.e;
                while self.glued(k) && (self.is_word(k) || self.is_digits(k)) {
                    k += 1;
                }
                return Some(Err(k));
            }
        }
        let mut e = core.e;
        let mut v = core.v;
        let scaled = !core.plain_digits && core.form != Form::Ord && (self.e_has_scale(core));
        let mk = |kind, e, v, core: Core| {
            let mut a = self.plain_amount(i, core);
            a.kind = kind;
            a.e = e;
            a.v = v;
            a.scaled = scaled;
            a
        };
        if core.form == Form::Ord {
            return Some(Ok(mk(NumberKind::Ordinal, e, v, core)));
        }
        // Digit ordinals: 21st. A glued "st" that fits no ordinal is stone ("11st
        // 4lb", "2st"), left to the measures.
        if self.is_digits(e - 1)
            && lx::ordinal_suffix(self.w(e))
            && self.glued(e)
            && core.form == Form::Int
            && (self.w(e) != "st" || lx::takes_st(v))
        {
            core.form = Form::Ord;
            core.e = e + 1;
            return Some(Ok(mk(NumberKind::Ordinal, e + 1, v, core)));
        }
        if let Some(iso) = cur {
            // "$1.13bn" handled by the core; lowercase "m" glued means million here.
            let suffixed =
                self.glued(e) && matches!(self.raw(e), "m" | "k") && !self.glued_word(e + 1);
            if suffixed {
                v = mulp(v, if self.raw(e) == "m" { 1e6 } else { 1e3 });
                e += 1;
                core.e = e;
            }
            v *= pscale;
            // "$ 10 dollars": the word repeats the sign.
            if lx::currency_word(self.w(e)).is_some_and(|(c, u)| c == iso && u == 1.0)
                && !self.glued(e)
            {
                e += 1;
            }
            // "£1m 50 years ago": no pence after a scale letter either.
            if core.form == Form::Int && !scaled && !suffixed && pscale == 1.0 {
                if let Some((c, m)) = self.cents_tail(e, iso) {
                    v += c;
                    e = m;
                }
            }
            let mut a = mk(NumberKind::Money, e, if neg { -v } else { v }, core);
            a.currency = Some(iso);
            a.prefix_currency = true;
            a.scaled = a.scaled || e > core.e || pscale > 1.0;
            return Some(Ok(a));
        }
        // The cent sign, or a glued "c": "65¢" and "65c" are 0.65 USD.
        if (self.is_sym(e, '¢') || self.glued_cents(e, &core)) && core.form != Form::Ord {
            let mut a = mk(NumberKind::Money, e + 1, v / 100.0, core);
            a.currency = Some("USD");
            a.minor = true;
            a.unit = Some("cents".into());
            return Some(Ok(a));
        }
        // Currency sign after the number: "10 €", "100元".
        if let Some(iso) = self.sym(e).and_then(lx::currency_symbol) {
            // "10 $ 30 $": a sign followed by another amount with its own sign after.
            let next_postfix = self.core(e + 1).is_some_and(|c| {
                self.sym(c.e).and_then(lx::currency_symbol).is_some()
                    || matches!(self.w(c.e), "cent" | "cents")
            });
            if !self.is_digits(e + 1) || next_postfix {
                let mut end = e + 1;
                let mut val = v;
                if core.form == Form::Int && !scaled {
                    if let Some((c, m)) = self
                        .cents_tail(end, iso)
                        .filter(|(_, m)| matches!(self.w(m - 1), "cent" | "cents"))
                    {
                        val += c;
                        end = m;
                    }
                }
                let mut a = mk(NumberKind::Money, end, val, core);
                a.currency = Some(iso);
                return Some(Ok(a));
            }
        }
        // Percent: "76%", "76 per cent", "3pc"; "half a percent", "a third of a percent".
        let pk = match (self.w(e), self.w(e + 1)) {
            ("a", _) if core.form == Form::Frac => e + 1,
            ("of", "a") if core.form == Form::Frac => e + 2,
            _ => e,
        };
        let pe = match (self.sym(pk), self.w(pk), self.w(pk + 1)) {
            (Some('%'), _, _) if pk == e => Some(e + 1),
            (_, "percent" | "percentage" | "percents" | "pct", _) => Some(pk + 1),
            // Lowercase only: "10 PCs" are computers.
            (_, "pc", _) if self.raw(pk) == "pc" => Some(pk + 1),
            (_, "per", "cent") => Some(pk + 2),
            // "5 p.c.", as Indian and older British copy writes it.
            (_, "p", ".")
                if self.raw(pk) == "p"
                    && self.glued(pk + 1)
                    && self.raw(pk + 2) == "c"
                    && self.glued(pk + 2) =>
            {
                Some(pk + 3 + usize::from(self.is_sym(pk + 3, '.') && self.glued(pk + 3)))
            }
            _ => None,
        };
        // "25 basis points", "50bp", "75 bps": hundredths of a percentage point,
        // kept in the unit they are written in (lower case: "BP" is the firm).
        let bp = match (self.w(e), self.w(e + 1)) {
            ("basis", "points" | "point") => Some(e + 2),
            ("bp" | "bps", _) if self.raw(e).starts_with('b') && !self.glued_word(e + 1) => {
                Some(e + 1)
            }
            _ => None,
        };
        if let Some(be) = bp.filter(|_| core.form != Form::Ord) {
            let mut a = mk(NumberKind::Percent, be, v, core);
            a.unit = Some("basis points".into());
            return Some(Ok(a));
        }
        if let Some(pe) = pe {
            let mut a = mk(NumberKind::Percent, pe, v, core);
            if self.w(pe) == "points" || (self.w(pe) == "point" && self.w(pk) != "%") {
                a.e = pe + 1;
                a.unit = Some("percentage points".into());
            }
            return Some(Ok(a));
        }
        // Currency words after: "420 million finnish markka", "50 cents", "12-cent".
        let mut k = e;
        let hy = self.hyphen(k);
        if hy {
            k += 1;
        }
        let mut nat: Option<(&str, usize)> = None;
        if self.is_word(k) && lx::currency_word(self.w(k)).is_none() && !hy {
            if self.w(k) == "hong" && self.w(k + 1) == "kong" {
                nat = Some(("hong", k + 2));
            } else if matches!(self.w(k), "new" | "south") && self.w(k + 1) == "zealand" {
                nat = Some(("new", k + 2));
            } else if matches!(self.w(k), "south" | "north") && self.w(k + 1) == "korean" {
                nat = Some((self.w(k), k + 2));
            } else if self.w(k) == "sri" && self.w(k + 1) == "lankan" {
                nat = Some(("lankan", k + 2));
            } else if self.w(k) == "south" && self.w(k + 1) == "sudanese" {
                nat = Some(("south sudanese", k + 2));
            } else if matches!(
                (self.w(k), self.w(k + 1)),
                ("south", "african") | ("new", "taiwan")
            ) {
                // "South African rand", "New Taiwan dollars": the second word decides.
                nat = Some((self.w(k + 1), k + 2));
            } else if self.raw(k) == "U"
                && self.is_sym(k + 1, '.')
                && self.raw(k + 2) == "S"
                && self.is_sym(k + 3, '.')
            {
                // "5 U.S. dollars"
                nat = Some(("us", k + 4));
            } else {
                nat = Some((self.w(k), k + 1));
            }
        }
        let cw_at = nat.map_or(k, |n| n.1);
        if let Some(rest) = self.raw(k).strip_prefix('M').filter(|r| r.len() == 3) {
            if let Some(iso) = lx::iso_code(rest) {
                let mut a = mk(NumberKind::Money, k + 1, mulp(v, 1e6), core);
                a.currency = Some(iso);
                return Some(Ok(a));
            }
        }
        let cw = self.w(cw_at);
        // "50 Cent" (a name): a capitalised minor unit; "45 Rupees", "12 Euros" are money.
        let cw_name = self.capitalised(cw_at)
            && self.raw(cw_at).chars().skip(1).any(|c| c.is_lowercase())
            && lx::currency_word(cw).is_some_and(|c| c.1 != 1.0);
        // "3 USD50 cards": a code glued to digits belongs to the amount after it;
        // "the 12 euro zone countries": a currency bloc, not money.
        let next_prefix = self.is_digits(cw_at + 1) && self.glued(cw_at + 1)
            || matches!(self.w(cw_at + 1), "zone" | "area" | "bloc");
        // "90 Brazilian reais" has its word; "Brazilian real", "Czech crowns" need both.
        if let Some(iso) = nat.and_then(|(adj, at)| lx::national_currency(adj, self.w(at))) {
            let mut a = mk(NumberKind::Money, cw_at + 1, v, core);
            a.currency = Some(iso);
            return Some(Ok(a));
        }
        if let Some((mut iso, unit_val)) =
            lx::currency_word(cw).filter(|_| !cw_name && !next_prefix)
        {
            let natural = match nat {
                Some((adj, _)) => lx::currency_nationality(adj, iso).map(|x| {
                    iso = x;
                }),
                None => Some(()),
            };
            let sterling = self.w(cw_at + 1) == "sterling";
            // "50 Egyptian pounds": a nationality names the currency, never a weight.
            // "a fifty pound note", "a two pound coin": a pound that names money.
            let money_noun = matches!(
                self.w(cw_at + 1),
                "note" | "notes" | "coin" | "coins" | "voucher" | "vouchers" | "fine" | "fee"
            );
            // News writes money in pounds far more often than weight, so an unscaled
            // "pounds" is weight only with a sign of weighing (see `weight_sign`),
            // a scaled one only after a weighing word.
            let weighed = if scaled {
                self.weight_context(i)
            } else {
                self.weight_sign(i, cw_at, v)
            };
            let pound_weight = matches!(cw, "pound" | "pounds")
                && nat.is_none()
                && !money_noun
                && !self.money_listed_before(i)
                && weighed
                && !sterling
                && (self.w(cw_at + 1) == "of" || !self.money_context(i))
                && !self.pence_after(cw_at + 1, core.form);
            // "5 p" is no money, but a written number before a lowercase "p" is pence
            // as said aloud: "twenty p", "fifty p".
            let said_p = !core.plain_digits && self.is_word(core.s) && self.raw(cw_at) == "p";
            // "85 p", "99 p.": a whole number of pence under a pound with a space
            // before the lowercase "p" (not "5 p.m.", not "p 12" for a page).
            let spaced_p = core.plain_digits
                && v < 100.0
                && self.raw(cw_at) == "p"
                && !(self.is_sym(cw_at + 1, '.') && matches!(self.w(cw_at + 2), "m" | "c"))
                && !self.is_digits(cw_at + 1);
            let single_p = cw == "p" && !self.glued(cw_at) && !said_p && !spaced_p;
            // "12 won medals", "of 20 games, 12 won" is the verb; "3 million won", "5,000
            // Korean won", "1,000 won a month" and any bare amount of a thousand or more
            // ("5,000 won in Seoul": a subject that large is written with its noun) money,
            // unless it may be a year ("2004 won't be remembered").
            let maybe_year = core.plain_digits && (1800.0..=2100.0).contains(&v);
            let bare_won = cw == "won"
                && !scaled
                && (v < 1000.0 || maybe_year)
                && nat.is_none()
                && !self.rate_after(cw_at + 1);
            if natural.is_some() && !pound_weight && !single_p && !bare_won {
                let mut end = cw_at + 1 + usize::from(sterling && cw != "sterling");
                // Divide for minor units: 70 * 0.01 is 0.7000000000000001.
                let mut val = if unit_val < 1.0 {
                    v / (1.0 / unit_val).round()
                } else {
                    v * unit_val
                };
                // "50 euro cents", "20 US cents": the minor unit of the named currency.
                if unit_val == 1.0 && matches!(self.w(end), "cent" | "cents") {
                    let mut a = mk(NumberKind::Money, end + 1, v / 100.0, core);
                    a.currency = Some(iso);
                    a.minor = true;
                    a.unit = Some("cents".into());
                    return Some(Ok(a));
                }
                // "75 USD million"
                if let Some(sc) = lx::scale_word(self.w(end)).filter(|_| !scaled) {
                    val = mulp(val, sc);
                    end += 1;
                } else if unit_val == 1.0 && core.form == Form::Int {
                    // "five thousand dollars and fifty cents": after a scale, only with
                    // the minor unit named.
                    let named = |m: usize| matches!(self.w(m - 1), "cents" | "cent" | "pence");
                    if let Some((c, m)) = self
                        .cents_tail(end, iso)
                        .filter(|&(_, m)| !scaled || named(m))
                    {
                        val += c;
                        end = m;
                    } else if let Some((f, m)) = self.and_a_fraction(end).filter(|_| !scaled) {
                        // "a dollar and a half", "ten euros and a quarter"
                        val += f;
                        end = m;
                    }
                }
                let mut a = mk(NumberKind::Money, end, val, core);
                a.currency = Some(iso);
                a.minor = unit_val != 1.0;
                if a.minor {
                    a.unit = Some(cw.to_string());
                }
                return Some(Ok(a));
            }
        }
        // "10 grand": thousands of an unnamed currency (dollars or pounds), only
        // before no word but a function word ("two grand pianos" are pianos).
        // "a hundred grand", "two hundred and fifty grand": hundreds of thousands
        // (a scale word below a thousand).
        let hundreds = scaled && v < 1000.0;
        if self.raw(k) == "grand"
            && !hy
            && (!scaled || hundreds)
            && matches!(core.form, Form::Int | Form::Dec)
            && (!self.is_word(k + 1) || lx::not_a_noun(self.w(k + 1)))
        {
            let mut a = mk(NumberKind::Money, k + 1, mulp(v, 1e3), core);
            a.currency = Some("");
            return Some(Ok(a));
        }
        // "20 Rs": the rupee abbreviation after the amount.
        if matches!(self.raw(k), "Rs" | "rs") && !hy && !self.glued_word(k + 1) {
            let mut a = mk(NumberKind::Money, k + 1, v, core);
            a.currency = Some("INR");
            return Some(Ok(a));
        }
        // A capital ISO code after the amount: "250 PLN", "3bn ZAR".
        if let Some(iso) = lx::iso_code(self.raw(k)).filter(|_| !hy) {
            if !(self.is_digits(k + 1) && self.glued(k + 1)) {
                let mut a = mk(NumberKind::Money, k + 1, v, core);
                a.currency = Some(iso);
                return Some(Ok(a));
            }
        }
        self.measured(i, e, v, core, scaled)
    }

    pub(super) fn plain_amount(&self, s: usize, core: Core) -> Amount {
        Amount {
            s,
            e: core.e,
            v: core.v,
            kind: NumberKind::Cardinal,
            unit: None,
            currency: None,
            rt_unit: None,
            minor: false,
            secs: None,
            temperature: false,
            core,
            prefix_currency: false,
            scaled: false,
            ident: false,
            no_core: false,
        }
    }

    pub(super) fn e_has_scale(&self, core: Core) -> bool {
        (core.s..core.e).any(|k| {
            let w = self.w(k);
            lx::scale_word(w).is_some()
                || lx::digit_suffix(self.raw(k), true).is_some()
                || w == "hundred"
        })
    }
}
