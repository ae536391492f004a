//! Qualifiers, bounds and ranges: "at least", "more than ... or equal to",
//! "between 5 and 10", "5-10", "from 3,000 to 10,000", suffix bounds ("500 or
//! more") and vague amounts ("dozens", "tens of thousands"), which carry a lower
//! bound and no value. Separate from the units because a range joins two
//! [`Amount`]s and decides which unit, scale and currency they share.

use super::qualifier_words::{opens_a_qualifier, QUALS};
use super::*;

/// The unit a vague multiple counts in: "several hundred", "a few dozen", "a
/// couple of million".
fn vague_unit(x: &str) -> Option<f64> {
    match x {
        "hundred" => Some(100.0),
        "dozen" => Some(12.0),
        _ => lx::scale_word(x),
    }
}

/// Lower bound given to vague amounts ("dozens" means at least two dozen).
fn vague(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 24.0,
        "scores" => 40.0,
        "hundreds" => 200.0,
        "thousands" => 2000.0,
        "millions" => 2e6,
        "billions" => 2e9,
        "trillions" => 2e12,
        _ => return None,
    })
}

/// The bound with "or equal" added: "more than ... or equal to" is at least.
fn inclusive(q: Qualifier) -> Qualifier {
    match q {
        Qualifier::MoreThan => Qualifier::AtLeast,
        Qualifier::LessThan => Qualifier::UpTo,
        x => x,
    }
}

fn is_lower_bound(q: Option<Qualifier>) -> bool {
    matches!(q, Some(Qualifier::AtLeast | Qualifier::MoreThan))
}

fn is_upper_bound(q: Option<Qualifier>) -> bool {
    matches!(q, Some(Qualifier::UpTo | Qualifier::LessThan))
}

impl Sc<'_> {
    pub(super) fn qualifier(&self, i: usize) -> Option<(Qk, usize)> {
        let w0 = self.w(i);
        if w0.is_empty() || !opens_a_qualifier(w0) {
            return None;
        }
        // "<>30", "=>30" are not bounds.
        if self.sym(i).is_some()
            && i > 0
            && self.glued(i)
            && matches!(self.sym(i - 1), Some('<' | '>' | '='))
        {
            return None;
        }
        'outer: for (words, q) in QUALS {
            if words[0] != w0 {
                continue;
            }
            for (k, want) in words.iter().enumerate().skip(1) {
                if self.w(i + k) != *want {
                    continue 'outer;
                }
            }
            // "c." and "ca." for circa are lower case or capitalised, with a number
            // after a space: not "Vitamin C. 5 people", "CA. 90210".
            if matches!(words, ["c" | "ca", "."])
                && (matches!(self.raw(i), "C" | "CA")
                    || !self.toks.get(i + 2).is_some_and(|t| t.gap))
            {
                continue;
            }
            // "turn it up to 72", "went up to 5": "up" is a particle of the verb, and
            // the number is where it ends, not a ceiling.
            // "turn the heat up to 200": the verb before its object.
            let verb_object = i > 2
                && lx::determiner(self.w(i - 2))
                && matches!(
                    self.w(i - 3),
                    "turn" | "turns" | "turned" | "turning" | "crank" | "cranked" | "dial"
                );
            if words[0] == "up" && i > 0 && (self.particle_up(i - 1) || verb_object) {
                return None;
            }
            return Some((*q, self.past_opening_quote(i + words.len())));
        }
        None
    }

    /// `k`, or the token after an opening quote mark at `k` that is glued to what
    /// it quotes: "around “10,000” soldiers" quotes the number, not the bound, so
    /// the qualifier reaches past the mark. Only a short quotation that closes
    /// within a few tokens: "about "27% of the world's ..." opens a quoted
    /// sentence, which the reporter's "about" stays out of.
    fn past_opening_quote(&self, k: usize) -> usize {
        let opening = self.opening_mark(k) && self.toks[k].gap && self.glued(k + 1);
        let closes_soon =
            || (k + 2..(k + 7).min(self.n())).any(|c| self.closing_mark(c) && self.glued(c));
        if opening && closes_soon() {
            k + 1
        } else {
            k
        }
    }

    /// The word at `p` takes "up" as its particle: an object pronoun ("turn it up")
    /// or a verb of turning or moving in the past ("went up to 5.5%"); "may go up
    /// to" stays a ceiling.
    fn particle_up(&self, p: usize) -> bool {
        matches!(
            self.w(p),
            "it" | "them"
                | "turn"
                | "turns"
                | "turned"
                | "turning"
                | "went"
                | "crank"
                | "cranked"
                | "ramp"
                | "ramped"
                | "dial"
                | "dialled"
                | "dialed"
                | "moved"
                | "move"
                | "moves"
                | "stepped"
                | "step"
                | "steps"
                | "bumped"
                | "bump"
        )
    }

    /// "100s of", "1000s of", "10,000s of": a round number in digits made plural
    /// before "of" is the vague amount ("hundreds of"): its lower bound and end.
    fn vague_digits(&self, k: usize) -> Option<(f64, usize)> {
        let r = self.raw(k);
        if !(r.starts_with('1') && r[1..].bytes().all(|b| b == b'0')) {
            return None;
        }
        let (v, j, _, _) = self.digit_number(k)?;
        let round = [100.0, 1e3, 1e4, 1e5, 1e6].contains(&v);
        (round && self.raw(j) == "s" && self.glued(j) && self.w(j + 1) == "of")
            .then_some((2.0 * v, j + 1))
    }

    pub(super) fn vague_at(&self, k: usize, q: Option<Qk>, start: usize) -> Option<Step> {
        let w = self.w(k);
        let digits = if self.is_digits(k) {
            Some(self.vague_digits(k)?)
        } else {
            None
        };
        let (low, mut e) = match (w, self.w(k + 1), self.w(k + 2)) {
            _ if digits.is_some() => digits?,
            ("tens", "of", x @ ("thousands" | "millions" | "billions")) => {
                (10.0 * vague(x)?, k + 3)
            }
            ("hundreds", "of", x @ ("thousands" | "millions" | "billions")) => {
                (100.0 * vague(x)?, k + 3)
            }
            (
                "several" | "many",
                x @ ("hundred" | "thousand" | "million" | "billion" | "dozen"),
                _,
            ) => (2.0 * vague_unit(x)?, k + 2),
            ("a", "few", x @ ("hundred" | "thousand" | "million" | "billion" | "dozen")) => {
                (2.0 * vague_unit(x)?, k + 3)
            }
            ("a", "couple", "of") => (2.0 * vague_unit(self.w(k + 3))?, k + 4),
            // "a couple hundred people": chat and US copy drop the "of".
            ("a", "couple", x @ ("hundred" | "thousand" | "million" | "billion" | "dozen")) => {
                (2.0 * vague_unit(x)?, k + 3)
            }
            (x, _, _) => (vague(x)?, k + 1),
        };
        // "a few hundred thousand", "several hundred million": a larger scale after.
        let mut low = low;
        if self.w(e - 1) == "hundred" {
            if let Some(s) = lx::scale_word(self.w(e)).filter(|_| !self.w(e).ends_with('s')) {
                low *= s;
                e += 1;
            }
        }
        if w == "scores" && self.w(k + 1) != "of" {
            return None;
        }
        // "hundreds" must not be a fraction denominator or follow a number.
        if k > 0
            && (self.is_digits(k - 1)
                || lx::unit_word(self.w(k - 1)).is_some()
                || lx::tens_word(self.w(k - 1)).is_some())
        {
            return None;
        }
        if matches!(q, Some(Qk::Between | Qk::From | Qk::Equal)) {
            return None;
        }
        let qual = match q {
            Some(Qk::Q(q)) => Some(q),
            _ => None,
        };
        let mut f = Found::new(
            self.toks[start].s,
            self.toks[k].s,
            self.toks[e - 1].e,
            NumberKind::Vague,
        );
        f.low = Some(low);
        f.qualifier = qual;
        if self.w(e) == "of" {
            let (noun, _) = self.counted_noun(e + 1, 2.0);
            f.unit = noun;
            if let Some((iso, _)) = f.unit.as_deref().and_then(lx::currency_word) {
                f.currency = Some(iso);
            }
        } else if let Some((iso, _)) = lx::currency_word(self.w(e)) {
            f.currency = Some(iso);
            f.unit = Some(self.w(e).to_string());
            e += 1;
        } else if !w.ends_with('s') {
            // "several hundred protesters", "a few thousand fans" (a plural "thousands"
            // needs "of": "thousands marched").
            f.unit = self.counted_noun(e, 2.0).0;
        }
        // "a couple hundred", "a couple of thousand dollars": two of the unit, give
        // or take, so an approximate amount rather than a vague lower bound.
        if w == "a" && self.w(k + 1) == "couple" {
            f.value = Some(low);
            f.low = None;
            f.qualifier = qual.or(Some(Qualifier::About));
            f.kind = if f.currency.is_some() {
                // The currency name belongs to the amount ("a couple hundred dollars").
                if f.unit.as_deref() == Some(self.w(e - 1)) {
                    f.e = self.toks[e - 1].e;
                }
                f.unit = None;
                NumberKind::Money
            } else {
                NumberKind::Cardinal
            };
        }
        Some(Step::Emit(Box::new(f), e))
    }

    /// Range continuation after `a`: "-10", "to 10", "through 10", "~10".
    pub(super) fn range_tail(&self, a: &Amount, sep_words: &[&str]) -> Option<Amount> {
        let e = a.e;
        // "two-to-three weeks", "10-to-15%": "to" between hyphens; "5- to 10-year
        // terms": a hyphen left hanging before "to". Only upward ("9-to-5", "a
        // 2-to-1 vote" and "one-to-one" are no ranges).
        let hyphen_to = self.is_dash(e)
            && self.glued(e)
            && self.w(e + 1) == "to"
            && (self.hyphen(e + 2) || !self.glued(e + 1) && !self.glued(e + 2));
        // (Accepted after a verb of change too, as a dash is: "rose 8-to-12%".)
        if hyphen_to {
            let k = if self.hyphen(e + 2) { e + 3 } else { e + 2 };
            return match self.amount(k)? {
                Ok(b) if b.v > a.v && b.core.form != Form::Ord => Some(b),
                _ => None,
            };
        }
        if a.ident {
            return None;
        }
        let (k, dash) = if self.is_dash(e) || self.is_sym(e, '~') {
            (e + 1, true)
        } else if sep_words.contains(&self.w(e)) {
            let mut k = e + 1;
            if self.w(e) == "up" {
                k += 1;
            }
            (k, false)
        } else {
            return None;
        };
        if dash
            && (self.is_word(e - 1)
                && !a.scaled
                && a.kind == NumberKind::Cardinal
                && a.core.lone_word.is_some())
        {
            return None;
        }
        // "thirty-some years": "-some" is a compound's tail, no second end.
        if dash && self.glued(k) && self.w(k) == "some" {
            return None;
        }
        // Second end: allow a repeated currency sign.
        let b = match self.amount(k)? {
            Ok(b) => b,
            Err(_) => return None,
        };
        if b.core.form == Form::Ord && a.core.form != Form::Ord {
            return None;
        }
        Some(b)
    }

    /// A bound after amount `a`: "500 or more", "200 or greater", "60-plus", "300 plus".
    /// A spaced "plus" and a word after money adds a charge ("£50 plus VAT", "£2,000
    /// plus costs"), no bound.
    pub(super) fn suffix_bound(&self, a: &Amount) -> Option<(Qualifier, usize, bool)> {
        let e = a.e;
        let (w1, w2) = (self.w(e), self.w(e + 1));
        if w1 == "plus" && a.currency.is_some() && !self.glued(e) && self.is_word(e + 1) {
            return None;
        }
        let q = match (w1, w2) {
            ("or" | "and", "more" | "greater" | "above" | "higher" | "over") => Qualifier::AtLeast,
            ("or" | "and", "less" | "fewer" | "below" | "lower" | "under") => Qualifier::UpTo,
            ("-" | "+", "plus") if self.glued(e) => return Some((Qualifier::AtLeast, e + 2, true)),
            ("plus", _) if !self.is_digits(e + 1) && self.w(e + 1) != "a" => {
                return Some((Qualifier::AtLeast, e + 1, true))
            }
            ("+", _) if self.glued(e) && !self.is_digits(e + 1) => {
                return Some((Qualifier::AtLeast, e + 1, true))
            }
            // "a week or so", "20 minutes or so": about.
            ("or", "so") if !self.is_digits(e + 2) => return Some((Qualifier::About, e + 2, true)),
            // "20ish": about.
            ("ish", _) if self.glued(e) => return Some((Qualifier::About, e + 1, true)),
            // "20 odd years", "a hundred odd people": about, before what it counts.
            ("odd", next)
                if a.kind == NumberKind::Cardinal
                    && a.v >= 10.0
                    && (lx::duration_unit(next).is_some()
                        || next.ends_with('s') && !lx::not_a_noun(next)
                        || lx::irregular_plural(next)
                        || !self.is_word(e + 1)) =>
            {
                return Some((Qualifier::About, e + 1, true))
            }
            _ => return None,
        };
        let mut k = e + 2;
        if self.w(k) == "than" {
            // "200 or greater than 190": the bound belongs to 190.
            if matches!(self.amount(k + 1), Some(Ok(_))) {
                return None;
            }
            k += 1;
        }
        Some((q, k, true))
    }

    /// Records a suffix bound ("500 or more") found by [`Sc::suffix_bound`] on `f`.
    pub(super) fn apply_suffix_bound(
        &self,
        f: &mut Found,
        v: f64,
        (q, k, closed): (Qualifier, usize, bool),
    ) {
        f.qualifier = Some(q);
        f.e = self.toks[k - 1].e;
        f.interval = Some(self.bound_interval(q, v, closed));
        match q {
            Qualifier::AtLeast | Qualifier::MoreThan => f.low = Some(v),
            Qualifier::UpTo | Qualifier::LessThan => f.high = Some(v),
            Qualifier::About => f.interval = None,
        }
    }

    pub(super) fn bound_interval(&self, q: Qualifier, v: f64, closed: bool) -> Interval {
        match q {
            Qualifier::AtLeast => Interval {
                lo: Some(v),
                lo_closed: true,
                hi: None,
                hi_closed: false,
            },
            Qualifier::MoreThan => Interval {
                lo: Some(v),
                lo_closed: closed,
                hi: None,
                hi_closed: false,
            },
            Qualifier::UpTo => Interval {
                lo: None,
                lo_closed: false,
                hi: Some(v),
                hi_closed: true,
            },
            Qualifier::LessThan => Interval {
                lo: None,
                lo_closed: false,
                hi: Some(v),
                hi_closed: closed,
            },
            Qualifier::About => Interval {
                lo: Some(v),
                lo_closed: true,
                hi: Some(v),
                hi_closed: true,
            },
        }
    }

    pub(super) fn make_range(
        &self,
        start: usize,
        a: &Amount,
        mut b: Amount,
        q: Option<Qk>,
    ) -> Option<Step> {
        let mut a = a.clone();
        // Years and ordinals do not form quantity ranges, except "between the tenth and the fifteenth".
        let year_like = |x: &Amount| self.four_digits(x) && (1000.0..=2100.0).contains(&x.v);
        // ("2000-2010 workers" counts: a plural noun after it that no year has)
        if year_like(&a) && year_like(&b) && !self.counts_after(b.e, b.v)
            || q.is_none() && year_like(&a) && b.v < 100.0
        {
            return None;
        }
        if (a.kind == NumberKind::Ordinal) != (b.kind == NumberKind::Ordinal) {
            return None;
        }
        // "rose from $362m in 2014 to $557m": a year after "in" ends a comparison and
        // lends nothing to the amount after "to".
        let dated = start > 0 && matches!(self.w(start - 1), "in" | "since" | "by" | "until");
        if dated && year_like(&a) && a.kind == NumberKind::Cardinal && b.kind != a.kind {
            return None;
        }
        // "$779m-798m", "$5-10m": after money a glued "m" is million, not metres, and
        // applies to both ends.
        if a.kind == NumberKind::Money
            && a.prefix_currency
            && b.kind == NumberKind::Measure
            && b.currency.is_none()
            && b.e == b.core.e + 1
            && self.raw(b.core.e) == "m"
            && self.glued(b.core.e)
        {
            b.kind = NumberKind::Cardinal;
            b.v = mulp(b.core.v, 1e6);
            b.scaled = true;
            b.unit = None;
            b.rt_unit = None;
            if !a.scaled && a.v * 1e6 <= b.v {
                a.v = mulp(a.v, 1e6);
                a.scaled = true;
            }
        }
        self.metres_both_ends(&mut a, &b);
        // Shared scale/currency/unit: "$5-10 million", "5 to 10 km", "3 and 5 million".
        let bare_first = a.core.e == a.e && (a.kind == NumberKind::Cardinal || a.prefix_currency);
        if (b.scaled || self.ends_in_dozens(&b)) && !a.scaled && bare_first {
            let scale = self.tail_scale(&b);
            if scale > 1.0 && a.v * scale <= b.v {
                a.v *= scale;
            }
        }
        if a.kind == NumberKind::Cardinal
            && b.kind != NumberKind::Cardinal
            && b.kind != NumberKind::Ordinal
        {
            a.kind = b.kind;
            a.unit = b.unit.clone();
            a.currency = b.currency;
            a.rt_unit = b.rt_unit;
        }
        if b.kind == NumberKind::Cardinal && a.kind == NumberKind::Money {
            b.kind = NumberKind::Money;
            b.currency = a.currency;
            if !b.scaled && a.scaled {
                let s = self.tail_scale(&a);
                if b.v * s >= a.v {
                    b.v *= s;
                }
            }
        }
        if b.kind == NumberKind::Cardinal && a.kind == NumberKind::Percent {
            b.kind = NumberKind::Percent;
        }
        if a.kind != b.kind {
            return None;
        }
        // Ends in different units ("from 100 g to 1 kg", "from 30 minutes to 2 hours"):
        // the range is in the second end's unit; other dimensions make no range.
        if a.unit.is_some() && b.unit.is_some() && a.unit != b.unit {
            let (ua, ub) = (
                a.unit.as_deref().unwrap_or(""),
                b.unit.as_deref().unwrap_or(""),
            );
            match a.kind {
                NumberKind::Measure => match (lx::unit_scale(ua), lx::unit_scale(ub)) {
                    (Some((fa, da)), Some((fb, db))) if da == db => a.v = a.v * fa / fb,
                    _ => return None,
                },
                NumberKind::Duration => {
                    if lx::duration_seconds(ua) > 0.0 && lx::duration_seconds(ub) > 0.0 {
                        a.v *= lx::duration_ratio(ua, ub);
                    } else {
                        return None;
                    }
                }
                _ => {}
            }
        }
        // Ends run upwards, except below zero, counted down ("minus 5 to minus 10").
        let descending_below_zero = a.v < 0.0 && b.v < a.v;
        if q.is_none() && a.v >= b.v && !descending_below_zero {
            return None;
        }
        let mut f = self.found_from(start, &a);
        f.e = self.toks[b.e - 1].e;
        f.cores.push(self.core_bytes(&b.core));
        f.kind = if a.kind == NumberKind::Cardinal || a.kind == NumberKind::Ordinal {
            NumberKind::Range
        } else {
            a.kind
        };
        f.value = None;
        f.low = Some(a.v.min(b.v));
        f.high = Some(a.v.max(b.v));
        f.unit = b.unit.clone().or(a.unit.clone());
        f.currency = a.currency.or(b.currency);
        f.rt_unit = b.rt_unit.or(a.rt_unit);
        f.interval = Some(Interval {
            lo: Some(a.v),
            lo_closed: true,
            hi: Some(b.v),
            hi_closed: false,
        });
        if let (Some(sa), Some(sb)) = (a.secs, b.secs) {
            f.secs = Some(sa.min(sb));
        }
        let end = b.e;
        self.post(&mut f, &b, end);
        Some(Step::Emit(Box::new(f), end))
    }

    /// "3 dozen" closing a range ("2-3 dozen", "two or three dozen"): the
    /// dozen is shared by both ends as a scale word is.
    pub(super) fn ends_in_dozens(&self, b: &Amount) -> bool {
        b.core.e > b.core.s + 1 && matches!(self.w(b.core.e - 1), "dozen" | "dozens")
    }

    pub(super) fn tail_scale(&self, b: &Amount) -> f64 {
        // "two or three hundred", "5-6 hundred": a closing "hundred" is shared too.
        if b.core.e > b.core.s + 1 && self.w(b.core.e - 1) == "hundred" {
            return 100.0;
        }
        if self.ends_in_dozens(b) {
            return 12.0;
        }
        for k in (b.core.s..b.core.e).rev() {
            let w = self.w(k);
            if let Some(s) = lx::scale_word(w) {
                return s;
            }
            if let Some(s) = lx::digit_suffix(self.raw(k), true) {
                return s;
            }
        }
        if b.e > b.core.e && b.currency.is_some() {
            if let Some(s) = lx::digit_suffix(self.raw(b.core.e), true) {
                return s;
            }
            if self.raw(b.core.e) == "m" {
                return 1e6;
            }
        }
        1.0
    }

    /// "10m to 12m tall", "between 10m and 12m": a glued "m" before "to" or "and"
    /// reads as million (a word follows), but the second end, which stands before
    /// the rest of the sentence, shows metres; both ends take its reading.
    fn metres_both_ends(&self, a: &mut Amount, b: &Amount) {
        let glued_m = |x: &Amount| {
            x.core.e > x.core.s + 1
                && self.raw(x.core.e - 1) == "m"
                && self.glued(x.core.e - 1)
                && self.is_digits(x.core.e - 2)
        };
        let b_metres = b.kind == NumberKind::Measure
            && b.unit.as_deref() == Some("m")
            && b.e == b.core.e + 1
            && self.raw(b.core.e) == "m"
            && self.glued(b.core.e);
        if a.kind != NumberKind::Cardinal || !a.scaled || !glued_m(a) || !b_metres {
            return;
        }
        let Some(raw) = self.core(a.core.s).filter(|c| c.e == a.core.e - 1) else {
            return;
        };
        a.kind = NumberKind::Measure;
        a.v = raw.v;
        a.core = raw;
        a.scaled = false;
        a.unit = b.unit.clone();
        a.rt_unit = b.rt_unit;
    }

    pub(super) fn finish(&self, i: usize, q: Qk, a: Amount) -> Step {
        match q {
            Qk::Between => {
                // "between 5 and 10", "between 5 & 10", "between the tenth and the fifteenth"
                if let Some(k) = [a.e]
                    .into_iter()
                    .find(|k| matches!(self.w(*k), "and" | "&") || self.is_dash(*k))
                {
                    let k2 = if self.w(k + 1) == "the" { k + 2 } else { k + 1 };
                    if let Some(Ok(b)) = self.amount(k2) {
                        if let Some(st) = self.make_range(i, &a, b, Some(q)) {
                            return st;
                        }
                    }
                }
                self.finish_plain(i + 1, a)
            }
            Qk::From => {
                if let Some(b) = self.range_tail(&a, &["to", "through", "up"]) {
                    if let Some(st) = self.make_range(i, &a, b, Some(q)) {
                        return st;
                    }
                }
                let mut a2 = a;
                a2.s = i + 1;
                self.finish_plain(i + 1, a2)
            }
            Qk::Equal => {
                let mut f = self.found_from(i, &a);
                let mut end = a.e;
                f.interval = Some(Interval {
                    lo: Some(a.v),
                    lo_closed: true,
                    hi: Some(a.v),
                    hi_closed: true,
                });
                if let Some((bq, k, _)) = self.suffix_bound(&a) {
                    f.interval = Some(self.bound_interval(bq, a.v, true));
                    f.qualifier = Some(bq);
                    f.e = self.toks[k - 1].e;
                    end = k;
                }
                self.post(&mut f, &a, end);
                Step::Emit(Box::new(f), end)
            }
            Qk::Q(_) if self.four_digits(&a) && self.possessive(a.e) => self.finish_plain(a.s, a),
            Qk::Q(qual) => {
                let mut f = self.found_from(i, &a);
                let mut end = a.e;
                // A range after a bound word: "about 5-10", "about 20 or 30 people".
                let or = || {
                    (qual == Qualifier::About)
                        .then(|| self.near_or(&a))
                        .flatten()
                };
                if let Some(b) = self.range_tail(&a, &["to"]).or_else(or) {
                    if let Some(Step::Emit(mut rf, e2)) = self.make_range(i, &a, b, None) {
                        rf.qualifier = Some(qual);
                        return Step::Emit(rf, e2);
                    }
                }
                f.qualifier = Some(qual);
                let v = a.v;
                let mut closed = false;
                // "about 500 or more": the suffix bound wins over "about".
                if qual == Qualifier::About {
                    if let Some((bq, k, c)) = self.suffix_bound(&a) {
                        // ("about 500 or so" keeps both words of the one bound)
                        if bq != Qualifier::About {
                            f.s = f.amt_s;
                        }
                        self.apply_suffix_bound(&mut f, v, (bq, k, c));
                        self.post(&mut f, &a, k);
                        return Step::Emit(Box::new(f), k);
                    }
                }
                // "more than 5000 or equal to" (but not "... or equal to 6000")
                let eq_then_num = {
                    let k = if self.w(end + 2) == "to" {
                        end + 3
                    } else {
                        end + 2
                    };
                    matches!(self.amount(k), Some(Ok(_)))
                };
                if self.w(end) == "or"
                    && matches!(self.w(end + 1), "equal" | "equals")
                    && !eq_then_num
                {
                    closed = true;
                    end += 2;
                    if self.w(end) == "to" {
                        end += 1;
                    }
                    f.qualifier = Some(inclusive(qual));
                    f.e = self.toks[end - 1].e;
                }
                let qual = f.qualifier.unwrap_or(qual);
                match qual {
                    Qualifier::AtLeast | Qualifier::MoreThan => f.low = Some(v),
                    Qualifier::UpTo | Qualifier::LessThan => f.high = Some(v),
                    Qualifier::About => {}
                }
                if qual != Qualifier::About {
                    f.interval = Some(self.bound_interval(qual, v, closed));
                }
                // Two bounds: "more than 10 and less than 40" -> (10, 40).
                let mut k = end;
                if self.is_sym(k, ',') {
                    k += 1;
                }
                if matches!(self.w(k), "and" | "but") {
                    k += 1;
                }
                if k > end {
                    if let Some((q2, qe2)) = self.qualifier(k) {
                        let qe2 = if self.w(qe2) == "the" && a.kind == NumberKind::Ordinal {
                            qe2 + 1
                        } else {
                            qe2
                        };
                        if let Some(Ok(b)) = self.amount(qe2) {
                            if let Qk::Q(q2) = q2 {
                                let mut q2 = q2;
                                let mut e2 = b.e;
                                if self.w(e2) == "or"
                                    && matches!(self.w(e2 + 1), "equal" | "equals")
                                {
                                    e2 += 2;
                                    q2 = inclusive(q2);
                                }
                                let (lo, hi) = if is_lower_bound(Some(qual))
                                    && is_upper_bound(Some(q2))
                                {
                                    ((v, qual), (b.v, q2))
                                } else if is_upper_bound(Some(qual)) && is_lower_bound(Some(q2)) {
                                    ((b.v, q2), (v, qual))
                                } else {
                                    ((f64::NAN, qual), (f64::NAN, qual))
                                };
                                if lo.0 < hi.0 {
                                    f.kind = NumberKind::Range;
                                    f.value = None;
                                    f.low = Some(lo.0);
                                    f.high = Some(hi.0);
                                    f.qualifier = None;
                                    f.interval = Some(Interval {
                                        lo: Some(lo.0),
                                        lo_closed: lo.1 == Qualifier::AtLeast,
                                        hi: Some(hi.0),
                                        hi_closed: hi.1 == Qualifier::UpTo,
                                    });
                                    f.cores.push(self.core_bytes(&b.core));
                                    f.e = self.toks[e2 - 1].e;
                                    self.post(&mut f, &b, e2);
                                    return Step::Emit(Box::new(f), e2);
                                }
                            }
                        }
                    }
                }
                if a.kind == NumberKind::Ordinal {
                    return self.finish_plain(a.s, a);
                }
                if f.kind == NumberKind::Cardinal && f.e < self.toks[end - 1].e {
                    f.e = self.toks[end - 1].e;
                }
                self.post(&mut f, &a, end);
                Step::Emit(Box::new(f), end)
            }
        }
    }
}
