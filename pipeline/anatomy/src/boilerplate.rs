//! Lines that are not article text, whatever their place in the article.
//!
//! Each rule reads evidence of its own: the shape of an address (street
//! numbers, postcodes, phone numbers); the same line twice in one document;
//! a line that recurs across the input ([`Furniture`]); and phrases of page
//! furniture, promotion, editors' notes and credits, which count only on a
//! line of their own and of the right length, never inside a paragraph.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

use crate::furniture::Furniture;
use crate::lines::{ending, is_prose, normalise_into, starts_with_ci, Ending, Line};

/// Why a stretch is not article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoilerplateKind {
    /// A line or block that occurs more than once in the document.
    Repeated,
    /// A postal address or contact block (street, postcode, phone, e-mail).
    Address,
    /// An editor's note: updates, corrections, where the story first ran.
    EditorNote,
    /// A credit line: who contributed, reported, wrote or edited.
    Credit,
    /// Page furniture: advertisement and share labels, cookie notices,
    /// navigation, time stamps, captions, short shapeless lines at the edges.
    Furniture,
    /// Promotion: newsletters, "Read more", related links, apps.
    Promo,
    /// A line that recurs across many documents of the input (site furniture).
    Site,
}

impl BoilerplateKind {
    /// The kind as written in the output.
    pub fn as_str(&self) -> &'static str {
        match self {
            BoilerplateKind::Repeated => "repeated",
            BoilerplateKind::Address => "address",
            BoilerplateKind::EditorNote => "editor_note",
            BoilerplateKind::Credit => "credit",
            BoilerplateKind::Furniture => "furniture",
            BoilerplateKind::Promo => "promo",
            BoilerplateKind::Site => "site",
        }
    }
}

/// The kind of each line that is boilerplate wherever it stands; `None` for the others.
pub(crate) fn classify(
    text: &str,
    lines: &[Line],
    furniture: &Furniture,
) -> Vec<Option<BoilerplateKind>> {
    let mut kinds: Vec<Option<BoilerplateKind>> = lines
        .iter()
        .map(|l| by_phrase(l.span.slice(text), l.words))
        .collect();
    mark_addresses(text, lines, &mut kinds);
    mark_learned_and_repeated(text, lines, furniture, &mut kinds);
    kinds
}

/// Editor's notes, credits, promotion and furniture told by their words, on a
/// line of their own and of their usual length.
pub(crate) fn by_phrase(s: &str, words: usize) -> Option<BoilerplateKind> {
    if words <= 60 && EDITOR_NOTE.iter().any(|p| starts_with_ci(s, p)) {
        return Some(BoilerplateKind::EditorNote);
    }
    if is_credit(s, words) {
        return Some(BoilerplateKind::Credit);
    }
    if words <= 20 && PROMO.iter().any(|p| starts_with_ci(s, p)) {
        return Some(BoilerplateKind::Promo);
    }
    if is_furniture(s, words) {
        return Some(BoilerplateKind::Furniture);
    }
    None
}

/// Openings of editors' notes.
const EDITOR_NOTE: &[&str] = &[
    "editor's note",
    "editor’s note",
    "editors' note",
    "editors’ note",
    "note to readers",
    "correction:",
    "clarification:",
    "update:",
    "this story has been updated",
    "this article has been updated",
    "this story was updated",
    "this article was updated",
    "this story has been corrected",
    "this article has been corrected",
    "this story was originally published",
    "this article was originally published",
    "this story originally appeared",
    "this article originally appeared",
    "this story first appeared",
    "this article first appeared",
    "a version of this story",
    "a version of this article",
    "an earlier version of this",
    "this is a developing story",
    "this story is developing",
    "this is a breaking news story",
    "this story will be updated",
];

/// Openings of credit lines, wire style.
const CREDIT_OPENINGS: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "writing by",
    "editing by",
    "compiled by",
    "(reporting by",
    "(additional reporting by",
];

/// Phrases that end a contributor line ("X and Y contributed to this report").
const CREDIT_PHRASES: &[&str] = &[
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
    "contributed to the report",
];

/// A credit line: a wire-style opening, or a short line naming contributors.
pub(crate) fn is_credit(s: &str, words: usize) -> bool {
    if words > 50 {
        return false;
    }
    if CREDIT_OPENINGS.iter().any(|p| starts_with_ci(s, p)) {
        return true;
    }
    // The contributor phrase ends the line (but for its punctuation).
    let tail = s.trim_end_matches(|c: char| !c.is_alphanumeric());
    let lower_tail = tail.len().saturating_sub(40);
    let lower_tail = (lower_tail..=tail.len())
        .find(|&i| tail.is_char_boundary(i))
        .unwrap_or(tail.len());
    let end = tail[lower_tail..].to_ascii_lowercase();
    CREDIT_PHRASES.iter().any(|p| end.ends_with(p))
}

/// Openings of promotion lines.
const PROMO: &[&str] = &[
    "sign up",
    "subscribe",
    "read more",
    "read also",
    "also read",
    "read next",
    "read the full",
    "related:",
    "related coverage",
    "related articles",
    "related stories",
    "related content",
    "more:",
    "more from",
    "see also",
    "click here",
    "follow us",
    "download the",
    "download our",
    "get the latest",
    "get our",
    "join our",
    "don't miss",
    "don’t miss",
    "watch:",
    "watch live",
    "listen:",
    "you might also like",
    "you may also like",
    "recommended:",
    "most read",
    "most popular",
    "trending now",
    "support our journalism",
    "want more",
    "newsletter",
    "►",
    "▶",
];

/// Whole lines of page furniture, normalised (see `lines::normalise_into`).
const FURNITURE_LINES: &[&str] = &[
    "advertisement",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share article",
    "share on facebook",
    "share on twitter",
    "share on x",
    "share via email",
    "tweet",
    "email",
    "print",
    "comments",
    "comment",
    "skip to content",
    "skip to main content",
    "skip navigation",
    "menu",
    "home",
    "search",
    "close",
    "log in",
    "sign in",
    "back to top",
    "continue reading",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "article continues below advertisement",
    "scroll to continue",
    "image",
    "photo",
    "video",
    "getty images",
    "accept",
    "accept all",
    "accept cookies",
    "reject all",
    "manage cookies",
    "cookie settings",
    "privacy policy",
    "terms of use",
    "terms of service",
    "loading",
    "toggle caption",
    "hide caption",
    "show caption",
    "enlarge this image",
    "0 min read",
    "listen to this article",
    "gift this article",
    "save",
];

/// Openings of furniture lines that carry more words (captions, stamps, notices).
const FURNITURE_OPENINGS: &[&str] = &[
    "image caption",
    "image copyright",
    "image source",
    "media caption",
    "photo:",
    "photograph:",
    "photo credit",
    "(photo",
    "copyright ©",
    "copyright (c)",
    "©",
    "published",
    "updated",
    "last updated",
    "posted",
    "first published",
    "share on",
    "share via",
];

/// Page furniture: a known line, a caption or time stamp, a cookie notice, or navigation.
fn is_furniture(s: &str, words: usize) -> bool {
    if words <= 6 {
        let mut key = String::new();
        normalise_into(s, &mut key);
        if FURNITURE_LINES.contains(&key.as_str()) {
            return true;
        }
    }
    if words <= 14 && FURNITURE_OPENINGS.iter().any(|p| starts_with_ci(s, p)) {
        // Time stamps must carry a number, or "Updated figures show…" would count.
        let stamp_like = [
            "published",
            "updated",
            "last updated",
            "posted",
            "first published",
        ]
        .iter()
        .any(|p| starts_with_ci(s, p));
        if !stamp_like || s.chars().any(|c| c.is_ascii_digit()) {
            return ending(s) != Ending::Period || words <= 8;
        }
    }
    if words <= 20 && contains_ci(s, "all rights reserved") {
        return true;
    }
    if words <= 60 && contains_ci(s, "cookie") {
        let hits = [
            "we use",
            "accept",
            "consent",
            "policy",
            "this site",
            "this website",
        ]
        .iter()
        .filter(|p| contains_ci(s, p))
        .count();
        if hits >= 1 && (contains_ci(s, "we use") || contains_ci(s, "accept")) {
            return true;
        }
    }
    is_navigation(s, words)
}

/// Three or more short items joined by `|`, `›`, `»`, `>` or `•`: a breadcrumb or menu.
fn is_navigation(s: &str, words: usize) -> bool {
    if words > 24 || ending(s) == Ending::Period {
        return false;
    }
    let items = s
        .split(['|', '›', '»', '>', '•'])
        .map(str::trim)
        .collect::<Vec<_>>();
    items.len() >= 3
        && items
            .iter()
            .all(|i| !i.is_empty() && i.split_whitespace().count() <= 4)
}

/// Case-insensitive (ASCII) substring test.
fn contains_ci(s: &str, needle: &str) -> bool {
    let (h, n) = (s.as_bytes(), needle.as_bytes());
    h.len() >= n.len() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// Street-name endings that follow a house number.
const STREET_SUFFIXES: &[&str] = &[
    "st",
    "street",
    "ave",
    "avenue",
    "av",
    "rd",
    "road",
    "blvd",
    "boulevard",
    "ln",
    "lane",
    "dr",
    "drive",
    "way",
    "pl",
    "place",
    "ct",
    "court",
    "sq",
    "square",
    "hwy",
    "highway",
    "pkwy",
    "parkway",
    "terrace",
    "crescent",
    "close",
    "suite",
    "floor",
    "plaza",
];

/// Words of a contact label ("Physical Address", "Contact us", "Tel").
const CONTACT_WORDS: &[&str] = &[
    "address",
    "contact",
    "phone",
    "telephone",
    "tel",
    "fax",
    "email",
    "e-mail",
    "headquarters",
    "office",
    "mailing",
    "location",
];

/// Strong evidence of an address or contact line.
pub(crate) fn is_address_line(s: &str, words: usize) -> bool {
    if words == 0 || words > 12 || is_prose(s, words) {
        return false;
    }
    let toks: Vec<&str> = s
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | '(' | ')')))
        .collect();
    let street = toks.iter().enumerate().any(|(i, t)| {
        t.starts_with(|c: char| c.is_ascii_digit())
            && t.len() <= 6
            && toks[i + 1..]
                .iter()
                .take(5)
                .any(|w| STREET_SUFFIXES.iter().any(|x| x.eq_ignore_ascii_case(w)))
    });
    let zip = toks
        .windows(2)
        .any(|w| w[0].len() == 2 && w[0].chars().all(|c| c.is_ascii_uppercase()) && is_zip(w[1]));
    let postcode = toks
        .windows(2)
        .any(|w| is_outward_code(w[0]) && is_inward_code(w[1]));
    let po_box = contains_ci(s, "p.o. box") || contains_ci(s, "po box");
    let email = toks.iter().any(|t| {
        t.split_once('@').is_some_and(|(a, b)| {
            !a.is_empty() && b.contains('.') && !b.starts_with('.') && !b.ends_with('.')
        })
    });
    street || zip || postcode || po_box || email || has_phone(s)
}

/// `12345` or `12345-6789`.
fn is_zip(t: &str) -> bool {
    let (a, b) = t.split_once('-').unwrap_or((t, ""));
    a.len() == 5
        && a.bytes().all(|c| c.is_ascii_digit())
        && (b.is_empty() || (b.len() == 4 && b.bytes().all(|c| c.is_ascii_digit())))
}

/// The first half of a UK postcode: `SW1A`, `M1`, `EC2V`.
fn is_outward_code(t: &str) -> bool {
    let b = t.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    (1..=2).contains(&letters)
        && (2..=4).contains(&b.len())
        && b.get(letters).is_some_and(u8::is_ascii_digit)
        && b[letters..]
            .iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

/// The second half of a UK postcode: a digit and two letters (`1AA`).
fn is_inward_code(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 3 && b[0].is_ascii_digit() && b[1].is_ascii_uppercase() && b[2].is_ascii_uppercase()
}

/// A run of digits and phone punctuation holding 10 to 15 digits.
fn has_phone(s: &str) -> bool {
    let mut digits = 0;
    let mut seps = 0;
    for c in s.chars().chain(std::iter::once('x')) {
        if c.is_ascii_digit() {
            digits += 1;
        } else if matches!(c, ' ' | '-' | '.' | '(' | ')' | '+') {
            if digits > 0 {
                seps += 1;
            }
        } else {
            if (10..=15).contains(&digits) && seps >= 1 {
                return true;
            }
            digits = 0;
            seps = 0;
        }
    }
    false
}

/// A short label line of a contact block ("Physical Address", "Contact us:").
fn is_contact_label(s: &str, words: usize) -> bool {
    words <= 4
        && !is_prose(s, words)
        && s.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            CONTACT_WORDS.iter().any(|x| x.eq_ignore_ascii_case(w))
        })
}

/// Address lines, and the short lines around them that belong to the block
/// (labels, other address lines).
fn mark_addresses(text: &str, lines: &[Line], kinds: &mut [Option<BoilerplateKind>]) {
    let strong: Vec<bool> = lines
        .iter()
        .map(|l| is_address_line(l.span.slice(text), l.words))
        .collect();
    let belongs = |i: usize| {
        let l = &lines[i];
        let s = l.span.slice(text);
        strong[i] || is_contact_label(s, l.words)
    };
    for i in 0..lines.len() {
        if !strong[i] {
            continue;
        }
        kinds[i] = Some(BoilerplateKind::Address);
        for j in (0..i).rev() {
            if !belongs(j) {
                break;
            }
            kinds[j] = Some(BoilerplateKind::Address);
        }
        for (j, kind) in kinds.iter_mut().enumerate().skip(i + 1) {
            if !belongs(j) {
                break;
            }
            *kind = Some(BoilerplateKind::Address);
        }
    }
}

/// Lines the input shares with many other documents (`site`), and lines that
/// occur twice in this one (`repeated`): every copy of a short line, the later
/// copies of a paragraph.
fn mark_learned_and_repeated(
    text: &str,
    lines: &[Line],
    furniture: &Furniture,
    kinds: &mut [Option<BoilerplateKind>],
) {
    let mut key = String::new();
    let mut seen: HashMap<u64, (usize, usize)> = HashMap::with_capacity(lines.len());
    let mut hashes = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        normalise_into(l.span.slice(text), &mut key);
        if kinds[i].is_none() && furniture.contains_normalised(&key) {
            kinds[i] = Some(BoilerplateKind::Site);
        }
        if key.len() < 3 {
            hashes.push(None);
            continue;
        }
        let mut h = std::hash::DefaultHasher::new();
        key.hash(&mut h);
        let h = h.finish();
        seen.entry(h).or_insert((i, 0)).1 += 1;
        hashes.push(Some(h));
    }
    for (i, h) in hashes.into_iter().enumerate() {
        let Some(h) = h else { continue };
        let (first, count) = seen[&h];
        if count < 2 || kinds[i].is_some() {
            continue;
        }
        let l = &lines[i];
        if i != first || !is_prose(l.span.slice(text), l.words) {
            kinds[i] = Some(BoilerplateKind::Repeated);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    fn kinds_of(text: &str) -> Vec<(String, Option<BoilerplateKind>)> {
        let lines = split(text);
        let kinds = classify(text, &lines, &Furniture::default());
        lines
            .iter()
            .zip(kinds)
            .map(|(l, k)| (l.span.slice(text).to_string(), k))
            .collect()
    }

    #[test]
    fn a_contact_block_is_an_address_with_its_label() {
        let t = "Contact us\n18 Harbour Road\nLeith EH6 6LX\nTel: +44 131 555 0199\nThe ferry resumed service on Monday after a two-week strike by crews.";
        let k = kinds_of(t);
        for row in &k[..4] {
            assert_eq!(row.1, Some(BoilerplateKind::Address), "{}", row.0);
        }
        assert_eq!(k[4].1, None);
    }

    #[test]
    fn us_addresses_and_emails_are_addresses() {
        assert!(is_address_line("1200 Elm Ave., Suite 4", 4));
        assert!(is_address_line("Springfield, IL 62701", 3));
        assert!(is_address_line("newsroom@example-daily.com", 1));
        assert!(is_address_line("(312) 555-0142", 2));
        assert!(!is_address_line(
            "The 300 workers on Main Street went on strike for better pay and safer shifts.",
            15
        ));
        assert!(!is_address_line("Inflation hit 3.2% in 2024", 5));
    }

    #[test]
    fn a_repeated_short_block_is_boilerplate_everywhere_and_a_repeated_paragraph_after_its_first_copy(
    ) {
        let para = "The river rose two metres overnight and flooded the lower town.";
        let t = format!("Flood Watch Live\n{para}\nResidents were moved to the school hall.\nFlood Watch Live\n{para}");
        let k = kinds_of(&t);
        assert_eq!(k[0].1, Some(BoilerplateKind::Repeated));
        assert_eq!(k[1].1, None, "the first copy of a paragraph is text");
        assert_eq!(k[2].1, None);
        assert_eq!(k[3].1, Some(BoilerplateKind::Repeated));
        assert_eq!(k[4].1, Some(BoilerplateKind::Repeated));
    }

    #[test]
    fn phrases_count_only_on_lines_of_their_own_size() {
        assert_eq!(
            by_phrase("ADVERTISEMENT", 1),
            Some(BoilerplateKind::Furniture)
        );
        assert_eq!(
            by_phrase("Sign up for our morning briefing", 6),
            Some(BoilerplateKind::Promo)
        );
        assert_eq!(
            by_phrase("Read more: Why the port strike matters", 7),
            Some(BoilerplateKind::Promo)
        );
        assert_eq!(
            by_phrase(
                "Editor’s note: An earlier version misstated the date of the vote.",
                11
            ),
            Some(BoilerplateKind::EditorNote)
        );
        assert_eq!(
            by_phrase(
                "Paula Ortiz in Lima and Sam Reed contributed to this report.",
                11
            ),
            Some(BoilerplateKind::Credit)
        );
        assert_eq!(
            by_phrase("Reporting by Ana Silva; Editing by Tom Hale", 8),
            Some(BoilerplateKind::Credit)
        );
        assert_eq!(
            by_phrase("Updated 9:41 AM ET, Fri March 7, 2025", 8),
            Some(BoilerplateKind::Furniture)
        );
        assert_eq!(
            by_phrase("We use cookies to improve your experience. Accept", 8),
            Some(BoilerplateKind::Furniture)
        );
        assert_eq!(
            by_phrase("News | World | Europe | Politics", 4),
            Some(BoilerplateKind::Furniture)
        );
        // Same words inside running text are not boilerplate.
        assert_eq!(
            by_phrase(
                "Updated figures show the deficit widened in the third quarter.",
                10
            ),
            None
        );
        assert_eq!(by_phrase("Voters who subscribe to the theory were more likely to abstain, the survey found, and many of them said so openly.", 21), None);
        assert_eq!(by_phrase("Share prices fell.", 3), None);
    }

    #[test]
    fn learned_furniture_marks_site_lines() {
        let f = Furniture::learn(
            [
                "Daily Ledger Morning Edition\nA.",
                "Daily Ledger Morning Edition\nB.",
                "Daily Ledger Morning Edition\nC.",
            ],
            2,
        );
        let t = "Daily Ledger Morning Edition\nThe bridge reopened.";
        let lines = split(t);
        let k = classify(t, &lines, &f);
        assert_eq!(k, vec![Some(BoilerplateKind::Site), None]);
    }
}
