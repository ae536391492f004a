//! Quantity words that are numbers only in some places: a scale or group word
//! that is the whole input ("thousand", "a couple", "dozen": a chat answer or a
//! form field, never a counted mention inside a sentence), money slang with its
//! article ("a fiver", "a tenner", "a grand"), and the money a list shows
//! ("5 dollars and 3 pounds").

use super::*;

impl Sc<'_> {
    /// Token `i` ends a short utterance of at most four words that is the
    /// whole input ("I want one", "I'll take one", "give me one"): a request or
    /// answer, whose last number word counts.
    pub(super) fn short_utterance(&self, i: usize) -> bool {
        if i == 0 || i > 6 {
            return false;
        }
        let words = (0..i).filter(|&p| self.is_word(p)).count();
        words <= 3 && (0..i).all(|p| self.is_word(p) || matches!(self.sym(p), Some('\'' | '’')))
    }

    /// Tokens `e..` hold nothing but closing punctuation.
    pub(super) fn only_punctuation_from(&self, e: usize) -> bool {
        (e..self.n()).all(|k| matches!(self.sym(k), Some('.' | '!' | '?' | '…')))
    }

    /// A scale or group word that is the whole input: "thousand", "a million",
    /// "dozen", "a couple", "a pair", with a fraction of it added ("dozen and a
    /// half"). Inside a sentence "the couple" and "a pair"
    /// are people and things, and a bare "thousand" is a typo more often than not.
    pub(super) fn alone_quantity(&self, i: usize) -> Option<Amount> {
        if i > 0 {
            return None;
        }
        if let Some(a) = self.alone_duration() {
            return Some(a);
        }
        let art = matches!(self.w(0), "a" | "an" | "one");
        let k = usize::from(art);
        let mut v = match self.w(k) {
            "couple" | "pair" if art || self.only_punctuation_from(1) => 2.0,
            "dozen" => 12.0,
            w => lx::scale_word(w)?,
        };
        // "dozen and a half", "thousand and a half": a fraction of the group added.
        let mut e = k + 1;
        let group = v > 2.0;
        if group && self.w(e) == "and" && matches!(self.w(e + 1), "a" | "one") {
            if let Some((f, m)) = self.frac_phrase(e + 1).filter(|(f, _)| *f < 1.0) {
                v += f * v;
                e = m;
            }
        }
        if !self.is_word(k) || !self.only_punctuation_from(e) {
            return None;
        }
        Some(self.plain_amount(0, Core::derived(0, e, v, Form::Int)))
    }

    /// Money slang after an article: "a fiver" and "a tenner" (pound notes), "a
    /// quid" (a pound; not "a quid pro quo"), "a
    /// grand" (a thousand of an unnamed currency, as in "10 grand"), only before no
    /// word but a function word ("a grand piano", "a grand total" are no money).
    pub(super) fn slang_money(&self, i: usize) -> Option<Amount> {
        if self.w(i) != "a" {
            return None;
        }
        let (v, iso) = match self.w(i + 1) {
            "fiver" => (5.0, "GBP"),
            "tenner" => (10.0, "GBP"),
            "quid" => (1.0, "GBP"),
            "grand" => (1000.0, ""),
            _ => return None,
        };
        let next = i + 2;
        if self.glued(i + 2) && self.is_dash(i + 2)
            || self.is_word(next) && !lx::not_a_noun(self.w(next))
        {
            return None;
        }
        let mut a = self.plain_amount(i, Core::derived(i, next, v, Form::Int));
        a.kind = NumberKind::Money;
        a.currency = Some(iso);
        a.no_core = true;
        Some(a)
    }
}

impl Sc<'_> {
    /// "a foot", "a ton", "a cup" as the whole input: the unit names left out of
    /// [`lx::article_unit`] for their idioms ("a foot in the door", "a ton of
    /// work") have none when nothing follows.
    pub(super) fn alone_article_unit(&self, i: usize) -> bool {
        i == 0
            && matches!(self.w(0), "a" | "an")
            && matches!(
                self.w(1),
                "foot" | "ton" | "cup" | "yard" | "pound" | "stone"
            )
            && self.only_punctuation_from(2)
    }
}

impl Sc<'_> {
    /// An amount of money ends just before the "and", "or" or comma before token
    /// `i`: "5 dollars and 3 pounds", "$5 or 3 pounds" list money, so an ambiguous
    /// "pounds" after it is money too.
    pub(super) fn money_listed_before(&self, i: usize) -> bool {
        if i < 2 || !matches!(self.w(i - 1), "and" | "or" | ",") {
            return false;
        }
        let k = i - 2;
        let w = self.w(k);
        lx::currency_word(w).is_some() && !matches!(w, "pound" | "pounds")
            || lx::iso_code(self.raw(k)).is_some()
            || self.is_digits(k)
                && (k.saturating_sub(3)..k).any(|p| {
                    self.sym(p).and_then(lx::currency_symbol).is_some() && !self.toks[p + 1].gap
                })
    }
}

impl Sc<'_> {
    /// "a few miles", "several kilometres", "a few dollars", "a few grand": a vague
    /// count of a plural measure unit or currency, as "a few hours" is of a
    /// duration. Kind measure or money with the unit or currency and no value.
    /// "pounds" is money only after a paying word or "for" ("it costs a few
    /// pounds", "sold for just a few pounds"), weight otherwise ("shed a few pounds").
    pub(super) fn few_units(&self, i: usize) -> Option<Amount> {
        let k = match self.w(i) {
            "a" if self.w(i + 1) == "few" => i + 2,
            "several" => i + 1,
            _ => return None,
        };
        let w = self.w(k);
        if !self.is_word(k) || self.is_dash(k + 1) && self.glued(k + 1) {
            return None;
        }
        let plural = w.ends_with('s') || w == "feet";
        let money = |iso: &'static str| {
            let mut a = self.plain_amount(i, Core::derived(i, k + 1, f64::NAN, Form::Int));
            a.kind = NumberKind::Money;
            a.v = f64::NAN;
            a.currency = Some(iso);
            a.no_core = true;
            a
        };
        let for_price = (i.saturating_sub(2)..i).any(|p| self.w(p) == "for");
        if w == "pounds" && (self.money_context(i) || for_price) {
            return Some(money("GBP"));
        }
        // "a few grand": thousands of a currency it does not name ("10 grand").
        if w == "grand" && (!self.is_word(k + 1) || lx::not_a_noun(self.w(k + 1))) {
            return Some(money(""));
        }
        if let Some(u) = lx::measure_unit(w, self.raw(k), false).filter(|_| plural && w.len() > 2) {
            let mut a = self.plain_amount(i, Core::derived(i, k + 1, f64::NAN, Form::Int));
            a.kind = NumberKind::Measure;
            a.v = f64::NAN;
            a.unit = Some(u.symbol.to_string());
            a.rt_unit = Some(u.rt_name);
            a.no_core = true;
            return Some(a);
        }
        match lx::currency_word(w) {
            // Whole units only: "a few cents" stays a count of coins.
            Some((iso, unit_val)) if unit_val == 1.0 && (plural || w == "quid") => Some(money(iso)),
            _ => None,
        }
    }

    /// One unit of time that is the whole input: "one day", "a sec", "a second",
    /// "an hr". In a sentence "one day" opens a story and "a second" may be an
    /// ordinal ("a second look"), and the short forms are read only with a number.
    fn alone_duration(&self) -> Option<Amount> {
        if !matches!(self.w(0), "a" | "an" | "one") || !self.only_punctuation_from(2) {
            return None;
        }
        let w = self.w(1);
        let short = w.len() < 2 || matches!(w, "yo" | "mo");
        let unit = lx::duration_unit(w).filter(|_| !short && !w.ends_with('s'))?;
        let mut a = self.plain_amount(0, Core::derived(0, 2, 1.0, Form::Int));
        a.kind = NumberKind::Duration;
        a.unit = Some(unit.to_string());
        a.secs = Some(lx::duration_seconds(unit));
        a.no_core = self.w(0) != "one";
        a.ident = true;
        Some(a)
    }
}
