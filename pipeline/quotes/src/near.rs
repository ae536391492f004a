//! Speakers described by who they are near: "people close to the minister",
//! "a source familiar with the talks", "officials involved in the case". The
//! adjective and its preposition belong to the speaker's phrase; the noun
//! after them is not the one who speaks.

use super::*;

/// An adjective (or participle) and the preposition that ties a source to
/// what it knows or whom it is near.
const NEAR_ADJECTIVES: &[(&str, &str)] = &[
    ("close", "to"),
    ("closest", "to"),
    ("familiar", "with"),
    ("involved", "in"),
    ("involved", "with"),
    ("knowledgeable", "about"),
    ("briefed", "on"),
    ("loyal", "to"),
    ("allied", "with"),
    ("aligned", "with"),
    ("linked", "to"),
    ("connected", "to"),
    ("sympathetic", "to"),
    ("privy", "to"),
];

/// Participles that make "those" the people a poll asked ("those surveyed",
/// "those polled", "those questioned").
const ASKED: &[&str] = &[
    "surveyed",
    "polled",
    "questioned",
    "asked",
    "interviewed",
    "sampled",
    "contacted",
];

/// Whether `adj` `prep` ties a source to what it is near ("familiar with").
pub(crate) fn near_pair(adj: &str, prep: &str) -> bool {
    NEAR_ADJECTIVES.iter().any(|&(a, p)| a == adj && p == prep)
}

impl Doc<'_> {
    /// The start of the speaker's own phrase when the preposition at `p`
    /// follows a [`NEAR_ADJECTIVES`] word after a noun that can speak
    /// ("People close to [the minister]": "People").
    pub(crate) fn near_head(&self, p: usize, lo: usize) -> Option<usize> {
        let adj = p.checked_sub(1).filter(|&k| k > lo && self.is_word(k))?;
        if !self.is_word(p) || !near_pair(self.lw(adj), self.lw(p)) {
            return None;
        }
        let head = self.np_walk_back(adj, lo)?;
        self.speakerish(head).then_some(head.0)
    }

    /// "Those surveyed", "those polled": the people a poll asked, who can
    /// speak (plural, and the participle is not the clause's verb).
    pub(crate) fn respondents(&self, (a, b): (usize, usize)) -> bool {
        b == a + 2
            && self.is_word(a + 1)
            && self.lw(a) == "those"
            && ASKED.contains(&self.lw(a + 1))
    }
}
