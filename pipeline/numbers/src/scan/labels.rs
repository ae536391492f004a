//! Numbers that label rather than count, after a name: "Flight 370", "Apollo
//! 11", "Windows 10", "Chapter 11", "Route 66", "the FTSE 100". A bare integer
//! right after a capitalised word names a thing (as "No. 10" does); years stay
//! ("Spring 2010"), and so does anything with a unit, scale, sign or separator
//! attached. At a sentence start the capital is no evidence, so the word must be
//! no function word, adverb or participle ("About 40", "Released 11 days ago").
//! A plural noun after the label is what the labelled thing is about ("Windows 10
//! users"), unless the name sets a scene ("in Gaza 30 people", "on Tuesday 12
//! people") or the noun is a score ("Chelsea 2 goals to 1").
//!
//! Some common nouns label in lower case too ("page 5", "room 101", "bus 42", "gate
//! 12", "stage 4 cancer", "type 2 diabetes"): a closed list of nouns that number the
//! things they name. Their plurals and the words that measure ("size", "year") are left
//! out: "pages 3-7" is a range, "in size 3 times" counts.

use super::*;

impl Sc<'_> {
    /// The amount `a`, starting at token `i`, is a bare integer that labels the
    /// name before it: the token after the label, past a code or score joined to
    /// it ("Boeing 737-800", "Chelsea 3-1"), or none.
    pub(super) fn label_end(&self, i: usize, a: &Amount) -> Option<usize> {
        if !self.labels_a_name(i, a) {
            return None;
        }
        let mut k = a.e;
        while matches!(self.sym(k), Some('-' | '–' | '/'))
            && self.glued(k)
            && self.is_digits(k + 1)
            && self.glued(k + 1)
        {
            k += 2;
        }
        Some(k)
    }

    fn labels_a_name(&self, i: usize, a: &Amount) -> bool {
        if self.compat
            || i == 0
            || a.core.s != i
            || a.kind != NumberKind::Cardinal
            || a.e != a.core.e
            || !a.core.plain_digits
            || !self.is_digits(i)
            || self.glued(i)
        {
            return false;
        }
        let p = i - 1;
        let year = self.dlen(i) == 4 && (1800.0..=2100.0).contains(&a.v);
        // "British 16 to 20-year-olds", "Italian 300": a nationality is no name.
        let nationality = ["ish", "ese", "ian"].iter().any(|x| self.w(p).ends_with(x));
        // "Chelsea 2 and …", "page 3 to 7": a joining word may start a range or a score;
        // after a label noun (any case) only when a number follows it ("bus 42 to town").
        let joins = matches!(self.w(a.e), "to" | "and" | "or");
        let label_word = label_noun(self.w(p));
        let joins_number = joins && (self.is_digits(a.e + 1) || self.small(a.e + 1).is_some());
        !nationality
            && (if label_word { !joins_number } else { !joins })
            && self.is_word(p)
            && (self.inner_capital(p)
                || self.capitalised(p) && (!self.opens_line(p) || self.name_opens_sentence(p))
                || label_word)
            && !matches!(self.raw(p), "I" | "A")
            && !lx::month(self.w(p))
            && !year
            && !(self.dash_after(a.e) && (self.opens_line(p) || self.w(p).ends_with('s')))
            && match self.counted_noun(a.e, a.v).0 {
                None => true,
                // "Take 2 tablets": after a verb opening the sentence a noun is counted;
                // people using the named thing are not ("Windows 10 users").
                Some(n) if self.opens_line(p) && !n.ends_with("ers") && !label_word => false,
                Some(_) => self.label_before_noun(p, a.e),
            }
    }

    /// Token `p` opens a sentence or a line (a headline runs into the text with no
    /// stop: "Top books\n\nThe 10 authors").
    fn opens_line(&self, p: usize) -> bool {
        self.sentence_start(p) || self.ws_between(p).contains('\n')
    }

    /// A dash or slash joins another number to the one ending before `e`: "Pages
    /// 3-7" and "Expect 3-5 days" are ranges, "Chelsea 3-1" a score.
    fn dash_after(&self, e: usize) -> bool {
        matches!(self.sym(e), Some('-' | '–')) && self.glued(e)
    }

    /// A brand written with a capital inside ("iPhone", "eBay", "iOS"), which
    /// names a thing wherever it stands.
    fn inner_capital(&self, p: usize) -> bool {
        let mut cs = self.raw(p).chars();
        cs.next().is_some_and(|c| c.is_lowercase()) && cs.any(|c| c.is_uppercase())
    }

    /// The capitalised word at `p` opens its sentence and still reads as a name:
    /// not a function word, quantifier, adverb, participle or number word.
    fn name_opens_sentence(&self, p: usize) -> bool {
        let w = self.w(p);
        let stem = |x: &str| w.strip_suffix(x).map_or(0, str::len);
        !lx::not_a_noun(w)
            && !lx::determiner(w)
            && !lx::sentence_adverb(w)
            && lx::unit_word(w).is_none()
            && lx::tens_word(w).is_none()
            && lx::ordinal_word(w).is_none()
            && !w.ends_with("ly")
            && stem("ed") < 3
            && stem("ing") < 4
    }

    /// The label at `p` comes before a lower-case plural noun at `e` that it
    /// describes ("Windows 10 users", "Channel 4 viewers"): not a scene set by a
    /// preposition or a day ("in Gaza 30 people", "Friday 12 fans") nor a score ("Chelsea 2 goals to 1").
    fn label_before_noun(&self, p: usize, e: usize) -> bool {
        let scene = lx::weekday(self.w(p))
            || p > 0 && !self.opens_line(p) && lx::scene_preposition(self.w(p - 1));
        self.is_word(e)
            && !self.capitalised(e)
            && !scene
            && !lx::score_noun(self.w(e))
            && self.w(e + 1) != "to"
            && !matches!(self.sym(e + 1), Some('-' | '–'))
    }
}

/// Nouns that number what they name: a bare integer after one is a label in lower case
/// as with a capital ("page 5", "Platform 9", "article 50"), not a count.
pub(super) fn label_noun(w: &str) -> bool {
    matches!(
        w,
        "page"
            | "room"
            | "bus"
            | "route"
            | "chapter"
            | "gate"
            | "platform"
            | "channel"
            | "exit"
            | "junction"
            | "terminal"
            | "flight"
            | "lane"
            | "row"
            | "seat"
            | "section"
            | "article"
            | "clause"
            | "paragraph"
            | "verse"
            | "track"
            | "episode"
            | "volume"
            | "apartment"
            | "suite"
            | "ward"
            | "stage"
            | "category"
            | "grade"
            | "type"
            | "version"
            | "figure"
            | "appendix"
    )
}

impl Sc<'_> {
    /// A number glued to one in the other spelling names something ("Twenty20",
    /// "7-Eleven"): the token after the name, for a core of one token at `c`.
    pub(super) fn mixed_spelling_name(&self, c: &Core) -> Option<usize> {
        let mixed = if self.is_digits(c.s) {
            self.hyphen(c.e) && self.capitalised(c.e + 1) && self.small(c.e + 1).is_some()
        } else {
            self.is_digits(c.e) && self.glued(c.e)
        };
        if c.e != c.s + 1 || !mixed {
            return None;
        }
        let mut k = c.e;
        while self.glued(k) && (self.is_word(k) || self.is_digits(k) || self.hyphen(k)) {
            k += 1;
        }
        Some(k)
    }
}
