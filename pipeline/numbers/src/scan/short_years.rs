//! A year written with its century left out after an apostrophe, after a word
//! that dates: "in '98", "since '05", "the summer of '69", "the class of '12".
//! From '30 on it is of the 1900s and up to '19 of the 2000s; "'20" to "'29"
//! could be either century and are left alone, as the decade "'20s" is. After
//! a capitalised word the year labels a name or a greeting ("Euro '96",
//! "Happy '99").

use super::*;

impl Sc<'_> {
    /// A two-digit year after an apostrophe at `i`.
    pub(super) fn short_year_at(&self, i: usize) -> Option<Step> {
        let k = i + 1;
        let opens = i > 0
            && matches!(self.sym(i), Some('\'' | '’'))
            && (self.toks[i].gap || !self.is_word(i - 1))
            && self.is_digits(k)
            && self.dlen(k) == 2
            && self.glued(k);
        if !opens {
            return None;
        }
        let dating = i > 0
            && matches!(
                self.w(i - 1),
                "in" | "since"
                    | "of"
                    | "from"
                    | "until"
                    | "till"
                    | "to"
                    | "by"
                    | "before"
                    | "after"
                    | "circa"
            );
        // After a name or a greeting the year labels it: "Euro '96", "Woodstock
        // '69", "Happy '99" (a capitalised word with a space before the apostrophe,
        // and no per cent, unit or counted noun after: "Blair '50 per cent'",
        // "Police '30 minutes late'", "Smith '40 people died'" are quotations).
        let named = i > 0
            && self.toks[i].gap
            && self.is_word(i - 1)
            && self.capitalised(i - 1)
            && !matches!(self.w(k + 1), "per" | "percent" | "%")
            && !self.counts_after(k + 1, 2.0)
            && !matches!(self.amount(k), Some(Ok(a)) if a.kind != NumberKind::Cardinal);
        if !(dating || named) {
            return None;
        }
        // Nothing joined after the digits but a closing stop or comma: not a
        // quotation ("'98'"), a decade ("'98s"), a span ("'98-99") or a decimal.
        let joined_after = self.glued(k + 1)
            && (self.is_word(k + 1)
                || self.is_digits(k + 1)
                || !matches!(self.sym(k + 1), Some('.' | ',' | ';' | ')' | '!' | '?'))
                || self.is_digits(k + 2) && self.glued(k + 2));
        if joined_after {
            return None;
        }
        let d: u32 = self.raw(k).parse().ok()?;
        let year = match d {
            30.. => 1900 + d,
            ..=19 => 2000 + d,
            _ => return None,
        };
        let mut f = Found::new(
            self.toks[i].s,
            self.toks[i].s,
            self.toks[k].e,
            NumberKind::Year,
        );
        f.value = Some(f64::from(year));
        Some(Step::Emit(Box::new(f), k + 1))
    }
}
