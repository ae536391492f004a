//! Written numbers and the bare-number core: "forty-two", "three hundred and two",
//! "one and a half million", fractions ("two-thirds", "one in five", "3/4") and
//! digits with scale words or suffixes ("1.13bn", "10k", "2.5 million"). Everything
//! here yields a [`Core`]: a value with no unit, qualifier or counted noun.

use super::*;

/// Plural ordinal below ten ending a compound denominator ("firsts" in "twenty-firsts").
fn compound_den(w: &str) -> Option<f64> {
    let b = w.strip_suffix('s')?;
    lx::ordinal_word(b).filter(|o| *o < 10.0)
}

/// A scale word ("thousand", "million"), as a hyphen may join it to its number.
fn scale_like(w: &str) -> bool {
    lx::scale_word(w).is_some()
}

impl Sc<'_> {
    /// Below a hundred in words, or a standalone ordinal. (value, end, ordinal)
    pub(super) fn small(&self, i: usize) -> Option<(f64, usize, bool)> {
        let w = self.w(i);
        if let Some(t) = lx::tens_word(w) {
            let k = if self.is_dash(i + 1) { i + 2 } else { i + 1 };
            let wk = self.w(k);
            if let Some(u) = lx::unit_word(wk).filter(|u| (1.0..10.0).contains(u)) {
                return Some((t + u, k + 1, false));
            }
            if let Some(o) = lx::ordinal_word(wk).filter(|o| (1.0..10.0).contains(o)) {
                return Some((t + o, k + 1, true));
            }
            return Some((t, i + 1, false));
        }
        if let Some(u) = lx::unit_word(w) {
            return Some((u, i + 1, false));
        }
        if let Some(o) = lx::ordinal_word(w).filter(|o| *o < 100.0) {
            return Some((o, i + 1, true));
        }
        lx::glued_tens(w).map(|v| (v, i + 1, false))
    }

    /// A group below a thousand: "three hundred and two", "a hundred", "322 hundred".
    pub(super) fn group(&self, i: usize) -> Option<(f64, usize, bool)> {
        let w = self.w(i);
        let (mut v, mut j, had_h);
        if matches!(w, "a" | "an") && self.w(i + 1) == "hundred" {
            v = 100.0;
            j = i + 2;
            had_h = true;
        } else if matches!(w, "a" | "an") && self.w(i + 1) == "hundredth" {
            return None;
        } else if matches!(w, "a" | "an") && lx::scale_word(self.w(i + 1)).is_some() {
            return Some((1.0, i + 1, false));
        } else if w == "hundred" {
            v = 100.0;
            j = i + 1;
            had_h = true;
        } else if matches!(w, "thousand" | "million" | "billion")
            && (self.small(i + 1).is_some()
                || self
                    .past_and(i + 1)
                    .is_some_and(|a| self.small(a).is_some()))
        {
            // A written number opening on its scale: "thousand four hundred and six".
            return Some((1.0, i, false));
        } else {
            let (sv, sj, ord) = match self.small(i) {
                Some(x) => x,
                None => {
                    // Digits only count inside a written number when a scale follows.
                    let (dv, dj, _, _) = self.digit_number(i)?;
                    let dj = self.past_hyphen(dj, |w| w == "hundred" || scale_like(w));
                    let nw = self.w(dj);
                    if nw == "hundred" || nw == "hundredth" || lx::scale_word(nw).is_some() {
                        (dv, dj, false)
                    } else {
                        return None;
                    }
                }
            };
            if ord {
                return Some((sv, sj, true));
            }
            v = sv;
            j = self.past_hyphen(sj, |w| matches!(w, "hundred" | "hundredth"));
            // "five hundreds tvs" (but "hundreds of" is vague).
            let hundreds = self.w(j) == "hundreds" && self.w(j + 1) != "of" && j > i;
            if self.w(j) == "hundred" || hundreds {
                v *= 100.0;
                j += 1;
                had_h = true;
            } else if self.w(j) == "hundredth" {
                return Some((v * 100.0, j + 1, true));
            } else {
                had_h = false;
            }
        }
        if had_h {
            // The rest may be hyphen-joined too: "one-hundred-twenty",
            // "hundred-and-fiftieth"; digits only after a space ("hundred and 5").
            let (k, joined) = match self.past_and(j) {
                Some(k) => (k, self.hyphen(j)),
                None if self.hyphen(j) => (j + 1, true),
                None => (j, false),
            };
            let tail = self.small(k).or_else(|| {
                (!joined
                    && self.is_digits(k)
                    && self.dlen(k) <= 2
                    && self.digits_val(k) >= 1.0
                    && !(self.is_sym(k + 1, '.') && self.is_digits(k + 2)))
                .then(|| (self.digits_val(k), k + 1, false))
            });
            if let Some((s, m, ord)) = tail {
                let nw = self.w(m);
                let next_is_group_scale = nw == "hundred" || nw == "hundreds";
                if s < 100.0 && !next_is_group_scale {
                    return Some((v + s, m, ord));
                }
            }
        }
        Some((v, j, false))
    }

    /// The token after an "and" at `j`, spaced ("hundred and one") or hyphen-joined
    /// ("hundred-and-first", "thousand-and-one").
    pub(super) fn past_and(&self, j: usize) -> Option<usize> {
        if self.w(j) == "and" {
            Some(j + 1)
        } else if self.hyphen(j) && self.w(j + 1) == "and" && self.hyphen(j + 2) {
            Some(j + 3)
        } else {
            None
        }
    }

    /// Value of a small number between an "and" and `j` inside `i..j`.
    pub(super) fn and_tail(&self, i: usize, j: usize) -> Option<f64> {
        let a = (i..j).rev().find(|&p| self.w(p) == "and")?;
        match self.small(a + 1) {
            Some((s, m, false)) if m == j => Some(s),
            _ => None,
        }
    }

    /// A written cardinal (optionally with a trailing fraction or ordinal).
    /// Returns (value, end, form).
    pub(super) fn cardinal(&self, i: usize) -> Option<(f64, usize, Form)> {
        let mut total = 0.0;
        let mut last = f64::INFINITY;
        let mut j = i;
        let mut ok = false;
        let mut form = Form::Int;
        let mut first = true;
        loop {
            // "one billion and a half million": a fraction as a group before a scale.
            if let Some((f, m)) = self.frac_phrase(j) {
                let m2 = if self.w(m) == "a" { m + 1 } else { m };
                if let Some(s) = lx::scale_word(self.w(m2)).filter(|s| *s < last) {
                    total += mulp(f, s);
                    j = m2 + 1;
                    ok = true;
                    form = Form::Frac;
                    break;
                }
            }
            let Some((g, k, ord)) = self.group(j) else {
                break;
            };
            // A teen or "twenty" alone may open a year read in pairs ("nineteen
            // ninety"); asked only here so words that are no number pay nothing.
            if first && k == i + 1 && !ord && (11.0..=20.0).contains(&g) {
                if let Some((v, m)) = self.spoken_price(i) {
                    return Some((v, m, Form::Dec));
                }
                if let Some((v, m)) = self.spoken_year(i) {
                    return Some((v, m, Form::Int));
                }
            }
            // "one twenty-two": hundreds read out digit by digit; "one oh one".
            if first && k == i + 1 && !ord && g < 10.0 && self.is_word(i) {
                if let Some((v, m)) = self.spoken_hundreds(i).or_else(|| self.spoken_digits(i)) {
                    return Some((v, m, Form::Int));
                }
            }
            if !first && self.is_digits(j) && lx::scale_word(self.w(k)).is_none() && k == j + 1 {
                break;
            }
            // "280 million first preferred": an ordinal after a scale needs "and".
            let after_and = j > 0 && self.w(j - 1) == "and"
                || j > 2 && self.hyphen(j - 1) && self.w(j - 2) == "and";
            if !first && ord && !after_and && k == j + 1 {
                break;
            }
            first = false;
            if ord {
                total += g;
                j = k;
                ok = true;
                form = Form::Ord;
                break;
            }
            let (mut g2, mut k2) = (g, k);
            // "two and a half", "two & a half", "two-and-a-half"
            let and_at = if matches!(self.w(k), "and" | "&") {
                Some(k + 1)
            } else if self.is_dash(k)
                && self.glued(k)
                && self.w(k + 1) == "and"
                && self.is_dash(k + 2)
            {
                Some(k + 3)
            } else {
                None
            };
            if let Some(fk) = and_at {
                if let Some((f, m)) = self.frac_phrase(fk) {
                    g2 = g + f;
                    k2 = m;
                    form = Form::Frac;
                }
            }
            let ks = self.past_hyphen(k2, |w| {
                scale_like(w) || lx::ordinal_word(w).is_some_and(|o| o >= 1000.0)
            });
            let sw = self.w(ks);
            if let Some(s) = lx::scale_word(sw).filter(|s| *s < last) {
                total += mulp(g2, s);
                last = s;
                j = ks + 1;
                ok = true;
                while let Some(s2) = lx::scale_word(self.w(j)).filter(|s2| *s2 > s) {
                    total *= s2;
                    last = s2;
                    j += 1;
                }
                if form == Form::Frac {
                    form = Form::Int;
                }
                if let Some(a) = self.past_and(j) {
                    // "a thousand and one", "thousand-and-first"
                    if let Some((f, m)) = self.frac_phrase(a) {
                        if lx::scale_word(self.w(m)).is_none() {
                            total += f * last;
                            j = m;
                            form = Form::Frac;
                            break;
                        }
                    }
                    if self.group(a).is_some() || self.frac_phrase(a).is_some() {
                        let save = j;
                        j = a;
                        // only continue if something smaller follows
                        if let Some((_, gk, _)) = self.group(j) {
                            if let Some(s3) = lx::scale_word(self.w(gk)) {
                                if s3 >= last {
                                    j = save;
                                    break;
                                }
                            }
                        }
                        continue;
                    }
                    break;
                }
                // "one thousand, two hundred and five": a comma after a scale of a
                // thousand or more, then a written group with "hundred" or a smaller
                // scale ("one, two, three" and "a thousand, twenty" stay apart).
                if self.is_sym(j, ',') && last >= 1000.0 && self.is_word(j + 1) {
                    if let Some((_, gk, false)) = self.group(j + 1) {
                        let has_h = (j + 1..gk).any(|p| self.w(p) == "hundred");
                        let smaller = lx::scale_word(self.w(self.past_hyphen(gk, scale_like)))
                            .is_some_and(|s3| s3 < last);
                        if has_h || smaller {
                            j += 1;
                        }
                    }
                }
                continue;
            }
            if let Some(s) = lx::ordinal_word(sw).filter(|s| *s >= 1000.0 && *s < last) {
                total += mulp(g2, s);
                j = ks + 1;
                ok = true;
                form = Form::Ord;
                break;
            }
            total += g2;
            j = k2;
            ok = true;
            break;
        }
        if !ok {
            return None;
        }
        // "two hundred point zero three", "nine point nought four"
        if form == Form::Int && self.w(j) == "point" {
            let guarded = self.w(i) == "one"
                && i > 0
                && matches!(
                    self.w(i - 1),
                    "at" | "some" | "any" | "every" | "that" | "this" | "the" | "one"
                );
            let mut k = j + 1;
            let mut digits = String::new();
            loop {
                let zero = self.zero_digit(k);
                let Some(u) = lx::unit_word(self.w(k))
                    .filter(|u| *u < 10.0)
                    .or(zero.then_some(0.0))
                else {
                    break;
                };
                digits.push(char::from(b'0' + u as u8));
                k += 1;
            }
            if digits.is_empty() {
                if let Some((v, m, false)) = self.small(k) {
                    digits = format!("{}", v as u64);
                    k = m;
                }
            }
            // "three point 5": the decimals in digits, one token with nothing glued.
            if digits.is_empty() {
                if let Some(d) = self.point_digits(k) {
                    digits = d.to_string();
                    k += 1;
                }
            }
            if !digits.is_empty() && !guarded {
                total += format!("0.{digits}").parse::<f64>().unwrap_or(0.0);
                // "two point two million" scales the decimal (only below a scale).
                if let Some(sc) = lx::scale_word(self.w(k)).filter(|_| last.is_infinite()) {
                    let v = mulp(total, sc);
                    let form = if v.fract() == 0.0 {
                        Form::Int
                    } else {
                        Form::Dec
                    };
                    return Some((v, k + 1, form));
                }
                return Some((total, k, Form::Dec));
            }
        }
        // Compound denominators: "one hundred thirty-fifths" (100/35),
        // "three twenty-firsts" (3/21).
        if form == Form::Int {
            let k = if self.is_dash(j) { j + 1 } else { j };
            if let Some(d) = compound_den(self.w(k)) {
                if j > i + 1 && self.w(j - 2) != "and" {
                    if let Some(t) = lx::tens_word(self.w(j - 1)).or_else(|| {
                        (self.is_dash(j) && j >= 2)
                            .then(|| lx::tens_word(self.w(j - 1)))
                            .flatten()
                    }) {
                        return Some(((total - t) / (t + d), k + 1, Form::Frac));
                    }
                }
            }
            if let Some(t) = lx::tens_word(self.w(j)) {
                let k = if self.is_dash(j + 1) { j + 2 } else { j + 1 };
                if let Some(d) = compound_den(self.w(k)) {
                    return Some((total / (t + d), k + 1, Form::Frac));
                }
            }
        }
        // "N fifths": the whole cardinal is the numerator.
        if form == Form::Int {
            let k = if self.is_dash(j) { j + 1 } else { j };
            if let Some((d, true)) = lx::denominator(self.w(k)) {
                if total != 1.0 {
                    // "one hundred and three quarters" is 100 + 3/4 (a proper
                    // fraction after "and"); "one hundred and thirty fifths" is 130/5.
                    if let Some(s) = self.and_tail(i, j).filter(|s| *s < d) {
                        return Some((total - s + s / d, k + 1, Form::Frac));
                    }
                    return Some((total / d, k + 1, Form::Frac));
                }
            }
        }
        Some((total, j, form))
    }

    /// A bare number at `i`: digits (with suffixes, scale words, fractions) or words.
    pub(super) fn core(&self, i: usize) -> Option<Core> {
        let (neg, j) = self.sign_at(i)?;
        let mut c = self.unsigned(j)?;
        if c.form == Form::Int && c.v.fract() == 0.0 {
            let (w1, w2) = (self.w(c.e), self.w(c.e + 1));
            let k = match (w1, w2) {
                ("over", _) | ("in", _) => Some(c.e + 1),
                ("out", "of") => Some(c.e + 2),
                _ => self.hyphen_in_ratio(c.e),
            };
            // "one in every five", "two out of every three"
            let every = w1 != "over" && k.is_some_and(|k| self.w(k) == "every");
            let k = k.map(|k| k + usize::from(every));
            if let Some(k) = k {
                if let Some(d) = self
                    .unsigned(k)
                    .filter(|d| d.form == Form::Int && d.v > 0.0 && d.v.fract() == 0.0)
                {
                    // "in 2000" dates; "in every 2000" does not.
                    let year = d.plain_digits && self.dlen(d.s) == 4 && !every;
                    let ok = match w1 {
                        "over" => !self.is_word(d.e) && !self.is_digits(d.e),
                        "out" => c.v <= d.v,
                        _ => c.v < d.v && !year && (d.v <= 1000.0 || !d.plain_digits || every),
                    };
                    if ok {
                        c = Core::derived(c.s, d.e, c.v / d.v, Form::Frac);
                    }
                }
            }
        }
        if neg {
            c.v = -c.v;
            c.s = i;
            c.plain_digits = false;
            c.lone_word = None;
        }
        Some(c)
    }

    pub(super) fn unsigned(&self, i: usize) -> Option<Core> {
        if let Some(c) = self.sym(i) {
            if let Some(f) = lx::vulgar_fraction(c) {
                return Some(Core::derived(i, i + 1, f, Form::Frac));
            }
        }
        if self.is_digits(i) || self.is_sym(i, '.') {
            let (mut v, mut j, mut form, mut plain) = self.digit_number(i)?;
            // Digit fractions and mixed numbers: 3/4, 10 1/2.
            if form == Form::Int
                && self.is_sym(j, '/')
                && self.glued(j)
                && self.is_digits(j + 1)
                && self.glued(j + 1)
            {
                let d = self.digits_val(j + 1);
                if d != 0.0 && !(self.is_sym(j + 2, '/')) {
                    // Only proper fractions: "8/6" (a score), "2002/03", "24/7" are not.
                    if v >= d || self.dlen(i) > 3 {
                        return None;
                    }
                    return Some(Core::derived(i, j + 2, v / d, Form::Frac));
                }
            }
            if form == Form::Int
                && self.is_digits(j)
                && self.toks[j].gap
                && self.is_sym(j + 1, '/')
                && self.glued(j + 1)
                && self.is_digits(j + 2)
                && self.glued(j + 2)
            {
                let (n, d) = (self.digits_val(j), self.digits_val(j + 2));
                if d != 0.0 && n < d {
                    return Some(Core::derived(i, j + 3, v + n / d, Form::Frac));
                }
            }
            // "1-1/2 cups": a mixed number joined by a hyphen, as US recipes write it;
            // only a small proper fraction of a common denominator, so scores and
            // dates ("3-1/2/2020") stay apart.
            if form == Form::Int
                && plain
                && self.dlen(i) <= 2
                && self.hyphen(j)
                && self.is_digits(j + 1)
                && self.is_sym(j + 2, '/')
                && self.glued(j + 2)
                && self.is_digits(j + 3)
                && self.glued(j + 3)
                && !(matches!(self.sym(j + 4), Some('/' | '-' | '.')) && self.glued(j + 4))
            {
                let (n, d) = (self.digits_val(j + 1), self.digits_val(j + 3));
                if matches!(d as u32, 2 | 3 | 4 | 8) && n >= 1.0 && n < d {
                    return Some(Core::derived(i, j + 4, v + n / d, Form::Frac));
                }
            }
            // "2 thirds", "4 fifths of the seats", "3 sixteenths": a small proper
            // numerator in digits before a denominator word. Quarters count periods too ("for 3
            // quarters"), so they need "of" after them.
            if form == Form::Int && plain && self.dlen(i) <= 2 && self.is_word(j) {
                if let Some((d, plural)) = lx::denominator(self.w(j)) {
                    let of = self.w(j + 1) == "of";
                    let fits = v >= 1.0 && v < d && d <= 100.0 && plural == (v != 1.0);
                    if fits && (of || plural && d != 4.0) {
                        return Some(Core::derived(i, j + 1, v / d, Form::Frac));
                    }
                }
            }
            // "1 point 5": a decimal read aloud with digits either side.
            if form == Form::Int && plain {
                if let Some(c) = self.digits_point(i, j) {
                    return Some(c);
                }
            }
            // "2½", "2 ¼": a vulgar fraction glued or one space after the whole part.
            if form == Form::Int && (self.glued(j) || self.ws_between(j) == " ") {
                if let Some(f) = self.sym(j).and_then(lx::vulgar_fraction) {
                    return Some(self.vulgar_mixed(i, j + 1, v + f));
                }
            }
            if form == Form::Pow {
                return Some(Core {
                    s: i,
                    e: j,
                    v,
                    form,
                    plain_digits: false,
                    lone_word: None,
                });
            }
            // Abbreviated scales: 10k, $1.13bn, 2.33 k.
            let suffix_ok = self.is_word(j)
                && (self.glued(j) || self.ws_between(j).len() <= 2)
                && !self.glued_word(j + 1);
            if suffix_ok {
                let g_code = self.raw(j) == "G" && v < 10.0 && v.fract() == 0.0; // "4G", "5G" networks
                if let Some(s) = lx::digit_suffix(self.raw(j), self.glued(j)).filter(|_| !g_code) {
                    // A spaced "tn" is trillion before a currency ("2.3 tn yen"), else tonnes.
                    let tn_money = self.raw(j) == "tn"
                        && lx::currency_word(self.w(j + 1)).is_some_and(|c| c.1 == 1.0);
                    let spaced_lower = !self.glued(j)
                        && self.raw(j).chars().all(|c| c.is_ascii_lowercase())
                        && !tn_money
                        && !matches!(
                            self.raw(j),
                            "bn" | "bln" | "tln" | "trn" | "mn" | "mln" | "mil" | "bil"
                        );
                    if !spaced_lower || self.raw(j) == "k" {
                        v = mulp(v, s);
                        j += 1;
                        plain = false;
                        if v.fract() == 0.0 {
                            form = Form::Int;
                        }
                    }
                }
            }
            // "3 and a half", "5 and a quarter million": a fraction after "and".
            // Only a lowercase fraction of one ("a half", "one quarter"): "Key Stages 3 and
            // 4 and two-fifths of schools", "Halo 2 and Half-Life" are lists.
            let one_part = matches!(self.raw(j + 1), "a" | "an" | "one")
                && !self.capitalised(j + 2)
                && !self.is_dash(j + 3);
            let and = matches!(self.w(j), "and" | "&");
            if form == Form::Int && and && one_part {
                if let Some((f, m)) = self.frac_phrase(j + 1).filter(|(f, _)| *f < 1.0) {
                    let whole = v + f;
                    return Some(match lx::scale_word(self.w(m)) {
                        Some(sc) => Core::derived(i, m + 1, mulp(whole, sc), Form::Int),
                        None => Core::derived(i, m, whole, Form::Frac),
                    });
                }
            }
            // "1 and 1/2", "2 & 3/4 cups": a proper fraction in digits after "and".
            if form == Form::Int && and && plain && self.is_digits(j + 1) {
                let frac = self
                    .core(j + 1)
                    .filter(|c| c.form == Form::Frac && c.v > 0.0 && c.v < 1.0);
                if let Some(c) = frac {
                    return Some(Core::derived(i, c.e, v + c.v, Form::Frac));
                }
            }
            // Digits followed by scale words: hand over to the written grammar.
            let nw = self.w(self.past_hyphen(j, |w| w == "hundred" || scale_like(w)));
            if nw == "hundred"
                || nw == "hundredth"
                || lx::scale_word(nw).is_some()
                || nw == "dozen"
                || nw == "dozens"
            {
                if matches!(nw, "dozen" | "dozens") {
                    return Some(Core::derived(i, j + 1, v * 12.0, form));
                }
                if let Some((cv, ce, cf)) = self.cardinal(i) {
                    if ce > j {
                        let f = if cf == Form::Int && cv.fract() != 0.0 {
                            Form::Dec
                        } else {
                            cf
                        };
                        let f = if f == Form::Dec && cv.fract() == 0.0 {
                            Form::Int
                        } else {
                            f
                        };
                        return Some(Core::derived(i, ce, cv, f));
                    }
                }
            }
            if matches!(nw, "dzs" | "dozs" | "doz") {
                return Some(Core::derived(i, j + 1, v * 12.0, form));
            }
            // "3 million and a half"
            return Some(Core {
                s: i,
                e: j,
                v,
                form,
                plain_digits: plain,
                lone_word: None,
            });
        }
        if !self.is_word(i) {
            return None;
        }
        let w = self.w(i);
        // "a couple of lamps", "a pair of boots": two (not "the couple", "a couple
        // of hundred", which is vague and found before).
        if w == "a"
            && matches!(self.w(i + 1), "couple" | "pair")
            && self.w(i + 2) == "of"
            && self.is_word(i + 3)
            && !(self.w(i + 1) == "pair" && self.pair_is_one_thing(i + 3))
        {
            return Some(Core::derived(i, i + 3, 2.0, Form::Int));
        }
        // "not a single vote" (one), "I took a couple." (two, its noun left out).
        if w == "a" {
            if let Some(c) = self.negated_single(i).or_else(|| self.couple_at_end(i)) {
                return Some(c);
            }
        }
        // "point five", "point 77": a decimal with its zero left out.
        if w == "point" || w == "oh" {
            if let Some(c) = self.bare_point(i) {
                return Some(c);
            }
        }
        // "a couple days", "a couple bucks", "a couple things" (chat drops the "of");
        // not "a couple walks the dog", where a determiner after shows a verb.
        if w == "a" && self.w(i + 1) == "couple" && self.is_word(i + 2) && !self.capitalised(i + 2)
        {
            let n = self.w(i + 2);
            let unit = lx::duration_unit(n).is_some_and(|_| n.ends_with('s'))
                || lx::currency_word(n).is_some()
                || lx::measure_unit(n, self.raw(i + 2), false).is_some() && n.ends_with('s');
            let plural_noun = n.ends_with('s')
                && !lx::not_plural(n)
                && !lx::not_a_noun(n)
                && !matches!(
                    self.w(i + 3),
                    "the" | "a" | "an" | "their" | "his" | "her" | "its" | "our" | "my" | "your"
                );
            // "a couple more (days)": two more, the noun counted past "more".
            if unit || plural_noun || lx::irregular_plural(n) || n == "more" {
                return Some(Core::derived(i, i + 2, 2.0, Form::Int));
            }
        }
        // "a score of villagers", "two score years", "a brace of goals".
        if let Some(c) = self.old_count(i) {
            return Some(c);
        }
        // "half a million", "half a dozen", "two thirds of a million"
        let frac = self.frac_phrase(i).map(|(f, m)| {
            // "half-million", "a quarter-million", "half-a-million": hyphens join
            // the fraction to its scale.
            let hop = |k: usize| if self.hyphen(k) { k + 1 } else { k };
            let mut k = hop(m);
            if self.w(k) == "of" && self.w(k + 1) == "a" {
                k += 2;
            } else if self.w(k) == "a" {
                k = hop(k + 1);
            }
            // "half a hundred"; "a half dozen" as well as "half a dozen".
            let hundred = self.w(k) == "hundred" && k > m;
            if let Some(s) = lx::scale_word(self.w(k)).or(hundred.then_some(100.0)) {
                (mulp(f, s), k + 1)
            } else if self.w(k) == "dozen" && (k > m || self.w(m - 1) == "half") {
                (f * 12.0, k + 1)
            } else {
                (f, m)
            }
        });
        // "a hundred and first birthday": the article belongs to the noun, and the
        // ordinal starts after it (in "a hundred trillionth" it is the number's one).
        let card = self.cardinal(i).filter(|c| {
            let small_last = lx::ordinal_word(self.w(c.1 - 1)).is_some_and(|o| o < 100.0);
            !(matches!(w, "a" | "an") && c.2 == Form::Ord && small_last)
        });
        let mut best: Option<Core> = None;
        if let Some((v, e, form)) = card {
            let lone = (e == i + 1).then_some(match w {
                "one" => "one",
                "half" => "half",
                _ => "",
            });
            best = Some(Core {
                s: i,
                e,
                v,
                form,
                plain_digits: false,
                lone_word: lone.filter(|s| !s.is_empty()),
            });
        }
        if let Some((v, e)) = frac {
            // "a third quarter", "a fourth term": an ordinal, not a fraction.
            let ordinal_use = matches!(w, "a" | "an")
                && e == i + 2
                && !matches!(self.w(i + 1), "half" | "quarter")
                && ((self.is_word(e) && !lx::not_a_noun(self.w(e)))
                    || (self.is_dash(e)
                        && self.glued(e)
                        && self.is_word(e + 1)
                        && self.glued(e + 1)));
            if ordinal_use {
                return None;
            }
            // "the one hundredth visitor" is a position; "one hundredth of a second" a part.
            let det_ordinal = w == "one"
                && i > 0
                && matches!(
                    self.w(i - 1),
                    "the" | "its" | "his" | "her" | "their" | "our"
                )
                && self.w(e) != "of"
                && best
                    .as_ref()
                    .is_some_and(|b| b.form == Form::Ord && b.e == e);
            if !det_ordinal
                && best
                    .as_ref()
                    .is_none_or(|b| e > b.e || (e == b.e && matches!(w, "a" | "an" | "one")))
            {
                let form = if v.fract() == 0.0 && e > i + 2 {
                    Form::Int
                } else {
                    Form::Frac
                };
                let lone = (w == "half" && e == i + 1).then_some("half");
                best = Some(Core {
                    s: i,
                    e,
                    v,
                    form,
                    plain_digits: false,
                    lone_word: lone,
                });
            }
        }
        // "a dozen", "three dozens", "three hundred and two dozens"
        if let Some(b) = best.as_mut() {
            // "two and a half dozen": a mixed number counts dozens too.
            let mixed = b.form == Form::Frac && b.v > 1.0;
            // "two-dozen eggs": a hyphen may join the count to "dozen".
            let k = if self.hyphen(b.e) { b.e + 1 } else { b.e };
            if matches!(self.w(k), "dozen" | "dozens" | "dzs" | "dozs")
                && (b.form == Form::Int || mixed)
            {
                // "three hundred and two dozens" is 300 + 2 x 12.
                b.v = match self.and_tail(b.s, b.e) {
                    Some(s) => b.v - s + s * 12.0,
                    None => b.v * 12.0,
                };
                b.e = k + 1;
                b.lone_word = None;
                if b.v.fract() == 0.0 {
                    b.form = Form::Int;
                }
            }
        } else if matches!(w, "a" | "one") && self.w(i + 1) == "dozen" {
            best = Some(Core::derived(i, i + 2, 12.0, Form::Int));
        }
        // "a dozen and a half" is eighteen.
        if let Some(b) = best.as_mut().filter(|b| self.w(b.e - 1) == "dozen") {
            if self.w(b.e) == "and" && matches!(self.w(b.e + 1), "a" | "one") {
                if let Some((f, m)) = self.frac_phrase(b.e + 1).filter(|(f, _)| *f < 1.0) {
                    b.v += f * 12.0;
                    b.e = m;
                }
            }
        } else if let Some(o) = lx::ordinal_word(w).filter(|o| *o >= 100.0) {
            // A bare "hundredth", "trillionth".
            best = Some(Core::derived(i, i + 1, o, Form::Ord));
        }
        // "one over three", "2000 over 3" (only when nothing is counted after).
        let b = best?;
        Some(b)
    }
}
