//! Digit runs: grouping separators ("1,234,567", "1 234 567", Indian "12,34,567",
//! Swiss "1'234'567"),
//! decimals and exponents, and the digit shapes that are not quantities (dates,
//! clock times, phone numbers, ZIP codes, street numbers). Kept apart because it
//! reads digit tokens and punctuation, never the number words.

use super::*;

impl Sc<'_> {
    /// Digits with separators and decimals; returns (value, end, form, plain).
    pub(super) fn digit_number(&self, i: usize) -> Option<(f64, usize, Form, bool)> {
        let mut j;
        let mut s = String::new();
        let mut plain = true;
        if self.is_sym(i, '.') && self.is_digits(i + 1) && self.glued(i + 1) {
            // ".25"
            if i > 0 && self.glued(i) && (self.is_digits(i - 1) || self.is_word(i - 1)) {
                return None;
            }
            s.push_str("0.");
            s.push_str(self.raw(i + 1));
            let v = s.parse().ok()?;
            return Some((v, i + 2, Form::Dec, false));
        }
        if !self.is_digits(i) {
            return None;
        }
        s.push_str(self.raw(i));
        j = i + 1;
        let first_len = self.dlen(i);
        if first_len <= 3 {
            // 1,234,567 (and Indian 12,34,567 when it ends in a 3-group)
            let mut k = j;
            let mut groups = String::new();
            while self.is_sym(k, ',') && self.glued(k) && self.is_digits(k + 1) && self.glued(k + 1)
            {
                let l = self.dlen(k + 1);
                let indian =
                    l == 2 && self.is_sym(k + 2, ',') && self.glued(k + 2) && self.dlen(k + 3) >= 2;
                if l == 3 || indian {
                    groups.push_str(self.raw(k + 1));
                    k += 2;
                } else {
                    break;
                }
            }
            let grouped = k > j && (groups.len().is_multiple_of(3) || self.dlen(k - 1) == 3);
            // 1'234'567, "CHF 2'500": Swiss grouping with apostrophes (three
            // digits after the mark are never inches).
            let mut q = j;
            while matches!(self.sym(q), Some('\'' | '’'))
                && self.glued(q)
                && self.dlen(q + 1) == 3
                && self.glued(q + 1)
            {
                q += 2;
            }
            let swiss = q > j;
            if grouped {
                s.push_str(&groups);
                j = k;
                plain = false;
            } else if swiss && !self.glued_word(q) {
                for g in (j + 1..q).step_by(2) {
                    s.push_str(self.raw(g));
                }
                j = q;
                plain = false;
            } else if k == j {
                // 1 234 567 with (narrow) spaces between 3-digit groups.
                let mut k = j;
                while self.is_digits(k)
                    && self.dlen(k) == 3
                    && self.ws_between(k).chars().count() == 1
                    && self.ws_between(k).chars().all(is_space_sep)
                    && !(self.is_sym(k + 1, '/') && self.glued(k + 1))
                {
                    s.push_str(self.raw(k));
                    k += 1;
                }
                let runs_on = self.is_digits(k) && !self.toks[k].gap;
                if k > j && !runs_on {
                    j = k;
                    plain = false;
                }
            }
        }
        let mut form = Form::Int;
        // Continental grouping with dots: "1.000.000", "2.500.000" (two groups at
        // least; "1.000" alone is one in English copy, unless continental copy says so
        // by what follows: a decimal comma, "1.234,5", or the euro sign after the
        // amount, "2.500 €").
        let mut continental = false;
        if plain && first_len <= 3 && j == i + 1 {
            let mut k = j;
            let mut groups = String::new();
            while self.is_sym(k, '.') && self.glued(k) && self.dlen(k + 1) == 3 && self.glued(k + 1)
            {
                groups.push_str(self.raw(k + 1));
                k += 2;
            }
            let runs_on = self.is_sym(k, '.') && self.is_digits(k + 1) && self.glued(k + 1);
            let said_so = self.decimal_comma(k) || self.is_sym(k, '€') && !self.glued(k);
            if (groups.len() >= 6 || groups.len() == 3 && said_so) && !runs_on {
                s.push_str(&groups);
                j = k;
                plain = false;
                continental = true;
            }
        }
        // Decimal part, unless this is a dotted chain (IP address, version).
        if self.is_sym(j, '.') && self.glued(j) && self.is_digits(j + 1) && self.glued(j + 1) {
            let chain = (self.is_sym(j + 2, '.')
                && self.glued(j + 2)
                && self.is_digits(j + 3)
                && self.glued(j + 3))
                || (i >= 2
                    && self.is_sym(i - 1, '.')
                    && self.glued(i)
                    && self.is_digits(i - 2)
                    && self.glued(i - 1));
            if !chain {
                s.push('.');
                s.push_str(self.raw(j + 1));
                j += 2;
                form = Form::Dec;
                plain = false;
            }
        } else if (plain && first_len <= 3 || continental)
            && self.decimal_comma(j)
            && !(i >= 2 && self.is_sym(i - 1, ',') && self.glued(i) && self.is_digits(i - 2))
        {
            // Continental decimal comma ("5,00", "1,3", "1.234,50").
            s.push('.');
            s.push_str(self.raw(j + 1));
            j += 2;
            form = Form::Dec;
            plain = false;
        }
        let mut v: f64 = s.parse().ok()?;
        if form == Form::Dec && v.fract() == 0.0 {
            form = Form::Int;
        }
        // Exponents: 1e10, 1.3x10^6, 2.5^-1.
        if self.glued(j) && matches!(self.raw(j), "e" | "E") {
            let (neg, k) = self.exp_sign(j + 1);
            if self.is_digits(k) && self.glued(k) {
                let e: f64 = self.digits_val(k);
                v *= 10f64.powf(if neg { -e } else { e });
                return Some((v, k + 1, Form::Pow, false));
            }
        }
        if self.glued(j)
            && matches!(self.raw(j), "x" | "X" | "×")
            && self.raw(j + 1) == "10"
            && self.is_sym(j + 2, '^')
        {
            let (neg, k) = self.exp_sign(j + 3);
            if self.is_digits(k) {
                let e = self.digits_val(k);
                v *= 10f64.powf(if neg { -e } else { e });
                return Some((v, k + 1, Form::Pow, false));
            }
        }
        if self.is_sym(j, '^') && self.glued(j) {
            let (neg, k) = self.exp_sign(j + 1);
            if let Some((e, k2, _, _)) = self.digit_number(k) {
                v = v.powf(if neg { -e } else { e });
                return Some((v, k2, Form::Pow, false));
            }
        }
        Some((v, j, form, plain))
    }

    /// A continental decimal comma at `k`: one or two digits glued after it, and no
    /// further ",digits" (which would make a list or English grouping).
    fn decimal_comma(&self, k: usize) -> bool {
        self.is_sym(k, ',')
            && self.glued(k)
            && self.is_digits(k + 1)
            && self.glued(k + 1)
            && self.dlen(k + 1) <= 2
            && !(self.is_sym(k + 2, ',') && self.is_digits(k + 3))
    }

    pub(super) fn exp_sign(&self, mut k: usize) -> (bool, usize) {
        let mut neg = false;
        while let Some(c @ ('+' | '-')) = self.sym(k) {
            if c == '-' {
                neg = !neg;
            }
            k += 1;
        }
        (neg, k)
    }

    /// A month name at `k`, "May" included (which [`lx::month`] leaves out,
    /// being also a verb).
    fn month_at(&self, k: usize) -> bool {
        lx::month(self.w(k)) || self.w(k) == "may"
    }

    /// A pair `a/b` at `i` that is no part of a whole: two days of a month
    /// ("on 8/9 January"), a tie-break score after a set score ("6-7 (6/8)"),
    /// betting odds ("the 1/3 favourite", "odds … cut from 4/6 to 1/2"), or an
    /// improper pair ("24/7", "8/6").
    fn slash_pair_is_no_fraction(&self, i: usize, a: u32, b: u32) -> bool {
        let days = (1..=31).contains(&a) && (1..=31).contains(&b) && self.month_at(i + 3);
        let tie_break = i >= 4
            && self.is_sym(i - 1, '(')
            && self.is_digits(i - 2)
            && self.is_dash(i - 3)
            && self.glued(i - 3)
            && self.is_digits(i - 4);
        let odds_after = matches!(
            self.w(i + 3),
            "favourite" | "favorite" | "odds" | "shot" | "outsider"
        );
        let odds_before = (i.saturating_sub(16)..i)
            .rev()
            .take_while(|&k| !matches!(self.sym(k), Some('.' | '!' | '?')))
            .any(|k| {
                matches!(
                    self.w(k),
                    "odds" | "favourite" | "favorite" | "bookmakers" | "bookies"
                )
            });
        // "24/7", "8/6", "5/5": no proper fraction, so no number at all (its
        // second half alone is none either).
        let improper = a >= b;
        days || tie_break || odds_after || odds_before || improper
    }

    /// Dates, times, phone numbers and codes starting at `i`: the token end to skip.
    pub(super) fn skip_non_quantity(&self, i: usize) -> Option<usize> {
        if !self.is_digits(i) {
            if self.is_sym(i, '+')
                && self.is_digits(i + 1)
                && self.glued(i + 1)
                && !self.signed_change(i)
            {
                let mut k = i + 1;
                while self.is_digits(k)
                    || (matches!(self.sym(k), Some('-' | '/' | '.')) && self.is_digits(k + 1))
                {
                    k += 1;
                }
                // "+1.5%", "+2.5 percent" is a change, not a phone number.
                let percent = self.is_sym(k, '%') || matches!(self.w(k), "percent" | "per" | "pc");
                if k > i + 2 && !percent {
                    return Some(k);
                }
            }
            return None;
        }
        // Twelve digits or more with no separator, among words, are an identifier (a
        // tweet, an account), never a quantity; written alone they are a number.
        let among_words = (i.saturating_sub(3)..i + 4).any(|k| k != i && self.is_word(k));
        if self.dlen(i) >= 12 && self.raw(i).bytes().all(|b| b.is_ascii_digit()) && among_words {
            return Some(i + 1);
        }
        // 3:45, 10:30:15
        if self.is_sym(i + 1, ':')
            && self.glued(i + 1)
            && self.is_digits(i + 2)
            && self.glued(i + 2)
        {
            let mut k = i + 3;
            while self.is_sym(k, ':') && self.is_digits(k + 1) {
                k += 2;
            }
            return Some(self.skip_ampm(k));
        }
        // 10am, 6 p.m.
        let k = self.skip_ampm(i + 1);
        if k > i + 1 && self.dlen(i) <= 2 {
            return Some(k);
        }
        // 7.30pm, 10.45 a.m.: a clock time written with a dot, as British copy does
        if self.dlen(i) <= 2
            && self.is_sym(i + 1, '.')
            && self.glued(i + 1)
            && self.is_digits(i + 2)
            && self.glued(i + 2)
            && self.dlen(i + 2) == 2
        {
            let k = self.skip_ampm(i + 3);
            if k > i + 3 {
                return Some(k);
            }
        }
        // 9/11, 7/7: a month and a day, the name of a date; a fraction's
        // denominator is small or round ("3/4", "2/3", "5/16", "1/100")
        if self.is_sym(i + 1, '/')
            && self.glued(i + 1)
            && self.is_digits(i + 2)
            && self.glued(i + 2)
            && !(self.is_sym(i + 3, '/') && self.glued(i + 3))
            && !(self.is_sym(i + 3, '-') && self.glued(i + 3))
        {
            let month = self.raw(i).parse::<u32>().unwrap_or(0);
            let day = self.raw(i + 2).parse::<u32>().unwrap_or(0);
            let fraction_denominator = matches!(day, 12 | 16 | 20 | 25 | 30);
            if (1..=12).contains(&month)
                && (11..=31).contains(&day)
                && !fraction_denominator
                && self.raw(i + 2).len() == 2
            {
                return Some(i + 3);
            }
            if self.slash_pair_is_no_fraction(i, month, day) {
                return Some(i + 3);
            }
        }
        // 5/17/2018, 2024-10-03, 555-123-4567
        for sep in ['/', '-', '.'] {
            if self.is_sym(i + 1, sep)
                && self.glued(i + 1)
                && self.is_digits(i + 2)
                && self.glued(i + 2)
                && self.is_sym(i + 3, sep)
                && self.glued(i + 3)
                && self.is_digits(i + 4)
                && self.glued(i + 4)
                && (sep != '.' || self.dlen(i + 4) == 4 || self.dlen(i) == 4)
            {
                let mut k = i + 5;
                while self.is_sym(k, sep) && self.glued(k) && self.is_digits(k + 1) {
                    k += 2;
                }
                return Some(k);
            }
        }
        // Phone numbers with a trunk zero: "020 7946 0958", "0800 123 456".
        if self.dlen(i) >= 3 && self.raw(i).starts_with('0') {
            let mut k = i + 1;
            while self.is_digits(k) && self.dlen(k) >= 3 {
                k += 1;
            }
            if k > i + 1 || self.dlen(i) >= 7 {
                return Some(k);
            }
        }
        // 1995-01 (year-month)
        if self.dlen(i) == 4
            && self.is_dash(i + 1)
            && self.glued(i + 1)
            && self.dlen(i + 2) == 2
            && self.raw(i + 2).starts_with('0')
        {
            return Some(i + 3);
        }
        // Calendar dates: "Oct. 3", "May 4th", "3 October".
        if self.dlen(i) <= 2 && self.digits_val(i) >= 1.0 && self.digits_val(i) <= 31.0 {
            let mut p = i;
            if p >= 1 && self.is_sym(p - 1, '.') {
                p -= 1;
            }
            // What joins two days of a month: "5-6 March", "4 or 5 April", "May 10 to 12".
            let joins_days = |k: usize| self.is_dash(k) || matches!(self.w(k), "or" | "and" | "to");
            // "May 4 or 5", "June 10 to 12": a second day after the month's first.
            let joined_day = |q: usize| {
                q >= 3
                    && joins_days(q - 1)
                    && self.is_digits(q - 2)
                    && self.dlen(q - 2) <= 2
                    && self.is_word(q - 3)
                    && self.capitalised(q - 3)
                    && self.month_at(q - 3)
            };
            if p >= 1 && self.is_word(p - 1) && self.capitalised(p - 1) && self.month_at(p - 1)
                || joined_day(i)
            {
                let mut k = i + 1;
                if lx::ordinal_suffix(self.w(k)) && self.glued(k) {
                    k += 1;
                }
                return Some(k);
            }
            let mut k = i + 1;
            if lx::ordinal_suffix(self.w(k)) && self.glued(k) {
                k += 1;
            }
            // "5-6 March", "4 or 5 April", "12 to 14 March"
            if joins_days(k) && self.is_digits(k + 1) && self.dlen(k + 1) <= 2 {
                k += 2;
                if lx::ordinal_suffix(self.w(k)) && self.glued(k) {
                    k += 1;
                }
            }
            if self.w(k) == "of" {
                k += 1;
            }
            if self.is_word(k) && self.capitalised(k) && self.month_at(k) {
                return Some(k);
            }
        }
        // Street addresses: "10 Downing Street", "304 North Cardinal St."
        {
            let mut k = i + 1;
            let mut names = 0;
            while self.is_word(k) && self.capitalised(k) && names < 4 {
                if matches!(
                    self.w(k),
                    "st" | "street"
                        | "road"
                        | "rd"
                        | "avenue"
                        | "ave"
                        | "lane"
                        | "ln"
                        | "boulevard"
                        | "blvd"
                        | "drive"
                        | "dr"
                        | "way"
                        | "place"
                        | "square"
                        | "terrace"
                        | "crescent"
                        | "close"
                        | "court"
                        | "highway"
                ) && names > 0
                    || matches!(
                        self.w(k),
                        "street" | "road" | "avenue" | "lane" | "boulevard"
                    )
                {
                    return Some(k + 1);
                }
                names += 1;
                k += 1;
            }
        }
        // ZIP codes after a state abbreviation ("NY 10001").
        if self.dlen(i) == 5
            && i >= 1
            && self.raw(i - 1).len() == 2
            && self.raw(i - 1).chars().all(|c| c.is_ascii_uppercase())
        {
            // ZIP+4: "CA 90210-1234".
            if self.is_dash(i + 1)
                && self.glued(i + 1)
                && self.dlen(i + 2) == 4
                && self.glued(i + 2)
            {
                return Some(i + 3);
            }
            return Some(i + 1);
        }
        // Phone numbers with the area code in brackets: "(212) 555-1234".
        if self.dlen(i) == 3
            && i >= 1
            && self.is_sym(i - 1, '(')
            && self.glued(i)
            && self.is_sym(i + 1, ')')
            && self.glued(i + 1)
            && self.dlen(i + 2) == 3
            && self.is_dash(i + 3)
            && self.glued(i + 3)
            && self.dlen(i + 4) == 4
            && self.glued(i + 4)
        {
            return Some(i + 5);
        }
        None
    }

    pub(super) fn skip_ampm(&self, k: usize) -> usize {
        match self.w(k) {
            "am" | "pm" => k + 1,
            "a" | "p" if self.is_sym(k + 1, '.') && self.w(k + 2) == "m" => {
                if self.is_sym(k + 3, '.') {
                    k + 4
                } else {
                    k + 3
                }
            }
            _ => k,
        }
    }
}
