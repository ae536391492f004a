//! Datelines: where (and when, and through which agency) a story was filed,
//! before a dash at the start of its first paragraph.
//!
//! "WASHINGTON —", "Kyiv, Ukraine –", "MOSCOW (Reuters) -", "LONDON, Oct 23 (AP) —",
//! "Washington—". The place is a few capitalised words (all caps or not), maybe
//! with a region after a comma; a date after a comma and an agency in
//! brackets may follow. What comes after the dash must open a sentence, which
//! tells a dateline from an opening phrase set off by dashes ("Officials — some
//! of them — said…").

use nx_text::Span;

/// A dateline and the place in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// From the start of the paragraph to the end of the dash.
    pub span: Span,
    /// The place ("MOSCOW", "Kyiv, Ukraine").
    pub place: Span,
}

/// Bytes of a paragraph searched for the dash.
const MAX_PREFIX: usize = 90;

/// Words of a place, commas aside.
const MAX_PLACE_WORDS: usize = 6;

/// Capitalised words that open sentences, never datelines.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "now",
    "today",
    "here",
    "there",
    "officials",
    "meanwhile",
    "however",
    "still",
    "yes",
    "no",
    "then",
    "when",
    "if",
    "as",
    "in",
    "on",
    "at",
    "for",
    "after",
    "before",
    "by",
    "with",
    "what",
    "who",
    "why",
    "how",
    "one",
    "two",
    "some",
    "many",
    "most",
];

/// Month names and their abbreviations, for the date part.
const MONTHS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
];

/// The dateline at the start of `para` (a trimmed paragraph of `text`).
pub(crate) fn find(text: &str, para: Span) -> Option<Dateline> {
    let s = para.slice(text);
    let (dash_at, dash_end) = find_dash(s)?;
    // The dash must be followed by the opening of a sentence.
    let after = s[dash_end..].trim_start();
    let opens = after.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'')
    });
    if !opens {
        return None;
    }
    let mut head = s[..dash_at].trim_end();
    let hyphen = s[dash_at..].starts_with('-');
    let mut agency = false;
    // "(Reuters)", "(AP)": an agency in brackets.
    if head.ends_with(')') {
        agency = true;
        let open = head.rfind('(')?;
        let inner = &head[open + 1..head.len() - 1];
        let inner_ok = !inner.is_empty()
            && inner.split_whitespace().count() <= 4
            && inner
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
        if !inner_ok {
            return None;
        }
        head = head[..open].trim_end();
    }
    // Parts after commas: the place and its region, then maybe a date.
    let mut place_end = 0;
    let mut place_words = 0;
    let mut seen_date = false;
    let mut pos = 0;
    for (i, part) in head.split(',').enumerate() {
        let start = pos + (part.len() - part.trim_start().len());
        pos += part.len() + 1;
        let p = part.trim();
        if p.is_empty() {
            return None;
        }
        if i > 0 && is_date(p) {
            seen_date = true;
            continue;
        }
        if seen_date || !is_place_part(p, i == 0) {
            return None;
        }
        place_words += p.split_whitespace().count();
        place_end = start + p.len();
    }
    if place_end == 0 || place_words > MAX_PLACE_WORDS {
        return None;
    }
    // A hyphen also joins title-case phrases ("Vote For Me - the show…"): after
    // one, the place must be in capitals or an agency or date must be there.
    let city = head.split(',').next().unwrap_or("");
    let caps = !city.chars().any(char::is_lowercase);
    if hyphen && !(caps || agency || seen_date) {
        return None;
    }
    let span = Span::new(text, para.start(), para.start() + dash_end)?;
    let place = Span::new(text, para.start(), para.start() + place_end)?;
    Some(Dateline { span, place })
}

/// The first dash that could end a dateline: an em or en dash, `--`, or a
/// hyphen with space after it (not the one in "WINSTON-SALEM").
fn find_dash(s: &str) -> Option<(usize, usize)> {
    let limit = s.len().min(MAX_PREFIX);
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if i >= limit {
            return None;
        }
        match c {
            '—' | '–' => return Some((i, i + c.len_utf8())),
            '-' => match it.peek() {
                Some((_, '-')) => return Some((i, i + 2)),
                Some((_, n)) if n.is_whitespace() => return Some((i, i + 1)),
                _ => {}
            },
            // A sentence ended before any dash: no dateline. "D.C." and
            // "Oct." keep their dot before a space, so only '?' '!' stop here.
            '?' | '!' | '"' | '“' => return None,
            _ => {}
        }
    }
    None
}

/// A comma part of a place: capitalised words (particles inside allowed),
/// the first not a sentence opener.
fn is_place_part(p: &str, first: bool) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return false;
    }
    if first && OPENERS.iter().any(|o| o.eq_ignore_ascii_case(words[0])) {
        return false;
    }
    words.iter().enumerate().all(|(k, w)| {
        let capital = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'));
        capital
            || (k > 0
                && k + 1 < words.len()
                && matches!(*w, "de" | "la" | "el" | "of" | "upon" | "on" | "am" | "sur"))
    })
}

/// "Oct 23", "October 23", "Oct. 23", "23 October", "2024", "Monday".
fn is_date(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 {
        return false;
    }
    words.iter().all(|w| {
        let w = w.trim_end_matches('.');
        w.chars().all(|c| c.is_ascii_digit())
            || MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w))
            || w.to_ascii_lowercase().ends_with("day")
    }) && words.iter().any(|w| {
        let w = w.trim_end_matches('.');
        MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w)) || w.chars().all(|c| c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(t: &str) -> Option<(&str, &str)> {
        find(t, Span::new(t, 0, t.len()).unwrap()).map(|d| (d.span.slice(t), d.place.slice(t)))
    }

    #[test]
    fn wire_datelines_with_agency_and_date() {
        assert_eq!(
            dl("BERLIN (Reuters) - Germany's cabinet approved the plan."),
            Some(("BERLIN (Reuters) -", "BERLIN"))
        );
        assert_eq!(
            dl("PARIS, March 4 (AP) — Strikes shut the metro."),
            Some(("PARIS, March 4 (AP) —", "PARIS"))
        );
        assert_eq!(
            dl("NAIROBI, Kenya -- Rains eased on Friday."),
            Some(("NAIROBI, Kenya --", "NAIROBI, Kenya"))
        );
    }

    #[test]
    fn plain_datelines_with_or_without_spaces() {
        assert_eq!(
            dl("Ottawa— Canada's central bank held rates."),
            Some(("Ottawa—", "Ottawa"))
        );
        assert_eq!(
            dl("Rio de Janeiro – Police said 12 people were held."),
            Some(("Rio de Janeiro –", "Rio de Janeiro"))
        );
        assert_eq!(
            dl("WINSTON-SALEM, N.C. (AP) — A plant closed."),
            Some(("WINSTON-SALEM, N.C. (AP) —", "WINSTON-SALEM, N.C."))
        );
    }

    #[test]
    fn dashes_that_set_off_phrases_are_not_datelines() {
        assert_eq!(dl("Officials — some of them new — said nothing."), None);
        assert_eq!(dl("Apple — the world's largest company — fell."), None);
        assert_eq!(dl("The mayor - who was absent - sent a note."), None);
        assert_eq!(dl("U.S.-backed forces took the town."), None);
        assert_eq!(dl("Pop Idol Night - ITV's new contest starts."), None);
        assert_eq!(
            dl("Prices rose again in March and the bank says it will act soon — Economists agree."),
            None
        );
    }
}
