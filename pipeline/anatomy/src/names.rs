//! Bylines, credit lines and the person names in them.
//!
//! A name is a run of two to five capitalised words (initials, all-caps and
//! particles such as "de" or "van" inside allowed). Runs are cut at commas,
//! "and", "&", "|"; a place after "in" is skipped ("Ana Silva in Lima"); an
//! organisation is not a person: a possessive ("CNN's"), a known agency or a
//! word of media and newsroom roles ("Post", "Press", "Correspondent") ends a run.

use nx_text::Span;

use crate::lines::{ending, starts_with_ci, Ending};

/// Words that make a capitalised run an organisation or a role, not a person.
const ORG_OR_ROLE: &[&str] = &[
    "the",
    "by",
    "and",
    "staff",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "editor",
    "editors",
    "writer",
    "writers",
    "press",
    "news",
    "agency",
    "associated",
    "reuters",
    "bloomberg",
    "guardian",
    "telegraph",
    "post",
    "times",
    "journal",
    "herald",
    "tribune",
    "service",
    "services",
    "network",
    "media",
    "daily",
    "weekly",
    "wire",
    "group",
    "radio",
    "tv",
    "television",
    "magazine",
    "bureau",
    "desk",
    "contributor",
    "columnist",
    "analyst",
    "chief",
    "senior",
    "political",
    "foreign",
    "business",
    "science",
    "health",
    "sports",
    "updated",
    "published",
    "reporting",
    "additional",
    "editing",
    "writing",
    "compiled",
    "contributed",
    "special",
    "to",
    "for",
    "with",
    "international",
    "national",
    "world",
    "online",
    "digital",
    "team",
    "opinion",
    "investigations",
    "cnn",
    "ap",
    "afp",
    "bbc",
    "npr",
    "abc",
    "cbs",
    "nbc",
    "upi",
    "dpa",
    "efe",
    "ansa",
    "pa",
    "tass",
    "ria",
    "pti",
    "ians",
    "xinhua",
    "kyodo",
    "yonhap",
];

/// Lower-case particles that may stand inside a name.
const PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "dos", "das",
    "bin", "ibn", "al", "el", "ter",
];

/// Words after which a place follows, up to the next comma or "and".
const PLACE_INTRODUCERS: &[&str] = &["in", "from", "at"];

/// A word of a person's name: capitalised letters with `.`, `-`, `'` inside.
fn is_name_word(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && w.chars().any(char::is_alphabetic)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        && !ORG_OR_ROLE.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// True when `w` ends in a possessive `'s` (an organisation's people: "CNN's").
fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with('\'') || w.ends_with('’')
}

/// Person names in `span` of `text`.
pub(crate) fn person_names(text: &str, span: Span) -> Vec<Span> {
    let s = span.slice(text);
    let mut out = Vec::new();
    // The run of name words: (start, end) byte offsets in `s`, word count.
    let mut run: Option<(usize, usize, usize)> = None;
    let mut in_place = false;
    let flush = |run: &mut Option<(usize, usize, usize)>, out: &mut Vec<Span>| {
        if let Some((a, b, n)) = run.take() {
            if (2..=5).contains(&n) {
                if let Some(sp) = Span::new(text, span.start() + a, span.start() + b) {
                    out.push(sp);
                }
            }
        }
    };
    for (off, raw) in words_with_offsets(s) {
        let lead = raw.len() - raw.trim_start_matches(['(', '[', '"', '“']).len();
        let core = raw[lead..].trim_end_matches([',', ';', ':', ')', ']', '"', '”', '|']);
        let cut_after = core.len() < raw.len() - lead;
        // A final '.' belongs to an initial ("J.") but not to a full word ("Lee.").
        let word = if core.ends_with('.') && core.chars().filter(|c| c.is_alphabetic()).count() > 2
        {
            &core[..core.len() - 1]
        } else {
            core
        };
        let (a, b) = (off + lead, off + lead + word.len());
        let is_sep =
            matches!(word, "and" | "&" | "|" | "with" | "-" | "—" | "–" | "/") || word.is_empty();
        if is_sep {
            flush(&mut run, &mut out);
            in_place = false;
        } else if PLACE_INTRODUCERS.contains(&word) {
            flush(&mut run, &mut out);
            in_place = true;
        } else if in_place {
            // Skipping "in Kyiv" until a comma or "and".
        } else if is_possessive(word) {
            run = None;
        } else if is_name_word(word) {
            run = Some(match run {
                Some((ra, _, n)) => (ra, b, n + 1),
                None => (a, b, 1),
            });
        } else if PARTICLES.contains(&word) && run.is_some() {
            // Kept inside a run only if a name word follows; the end stays put.
            if let Some((ra, rb, n)) = run {
                run = Some((ra, rb, n));
            }
        } else {
            flush(&mut run, &mut out);
        }
        if cut_after {
            flush(&mut run, &mut out);
            in_place = false;
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Words of `s` with their byte offsets.
fn words_with_offsets(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// A byline: "By X and Y", or names followed by an affiliation ("Jane Doe,
/// CNN"; "Jane Doe | Political Correspondent"). Returns the person names.
pub(crate) fn byline_names(text: &str, line: Span, words: usize) -> Option<Vec<Span>> {
    let s = line.slice(text);
    if words > 20 || s.contains('“') || s.contains('"') {
        return None;
    }
    if starts_with_ci(s, "by") {
        if ending(s) == Ending::Period && words > 8 {
            return None;
        }
        let rest = Span::new(text, line.start() + 2, line.end())?;
        let names = person_names(text, rest);
        // Every capitalised word before any affiliation must be a name: "By
        // Monday, officials…" has none.
        return (!names.is_empty()).then_some(names);
    }
    if ending(s) != Ending::Bare {
        return None;
    }
    // Names, then an affiliation after the last comma, bar or dash.
    let cut = s.rfind([',', '|']).or_else(|| s.rfind(" - "))?;
    let (left, right) = (&s[..cut], s[cut..].trim_start_matches([',', '|', ' ', '-']));
    let right_words: Vec<&str> = right.split_whitespace().collect();
    let affiliation = !right_words.is_empty()
        && right_words.len() <= 5
        && right_words.iter().any(|w| {
            ORG_OR_ROLE.iter().any(|x| x.eq_ignore_ascii_case(w))
                || (w.len() <= 5 && w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
        });
    if !affiliation {
        return None;
    }
    let left_span = Span::new(text, line.start(), line.start() + cut)?;
    let names = person_names(text, left_span);
    // The left part must be nothing but names and separators.
    let name_words: usize = names
        .iter()
        .map(|n| n.slice(text).split_whitespace().count())
        .sum();
    let other_words = left
        .split_whitespace()
        .filter(|w| !matches!(*w, "and" | "&"))
        .count();
    (!names.is_empty() && name_words == other_words).then_some(names)
}

/// Clause openings of a wire credit line whose names are authors; editors are not.
const AUTHOR_CLAUSES: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "writing by",
    "compiled by",
    "(reporting by",
    "(additional reporting by",
];

/// Person names in a credit line: the contributors before "contributed …",
/// or the reporters and writers of a wire credit ("Reporting by X; Editing by Y").
pub(crate) fn credit_names(text: &str, line: Span) -> Vec<Span> {
    let s = line.slice(text);
    let lower = s.to_ascii_lowercase();
    if let Some(at) = lower.find(" contributed") {
        return Span::new(text, line.start(), line.start() + at)
            .map(|sp| person_names(text, sp))
            .unwrap_or_default();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for clause in s.split(';') {
        let trimmed_lead = clause.len() - clause.trim_start().len();
        let c = clause.trim_start();
        let at = start + trimmed_lead;
        if let Some(p) = AUTHOR_CLAUSES.iter().find(|p| starts_with_ci(c, p)) {
            if let Some(sp) = Span::new(
                text,
                line.start() + at + p.len(),
                line.start() + start + clause.len(),
            ) {
                out.extend(person_names(text, sp));
            }
        }
        start += clause.len() + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<&str> {
        person_names(t, Span::new(t, 0, t.len()).unwrap())
            .iter()
            .map(|s| s.slice(t))
            .collect()
    }

    fn byline(t: &str) -> Option<Vec<&str>> {
        let words = t.split_whitespace().count();
        byline_names(t, Span::new(t, 0, t.len()).unwrap(), words)
            .map(|v| v.iter().map(|s| s.slice(t)).collect())
    }

    fn credits(t: &str) -> Vec<&str> {
        credit_names(t, Span::new(t, 0, t.len()).unwrap())
            .iter()
            .map(|s| s.slice(t))
            .collect()
    }

    #[test]
    fn names_are_runs_of_capitalised_words() {
        assert_eq!(
            names("Maria de la Cruz, Tom O’Brien and J.D. Vance"),
            ["Maria de la Cruz", "Tom O’Brien", "J.D. Vance"]
        );
        assert_eq!(names("Reuters’ Omar Haddad"), ["Omar Haddad"]);
        assert_eq!(
            names("Ana Silva in Lima and Lee Park in Seoul"),
            ["Ana Silva", "Lee Park"]
        );
        assert!(names("Associated Press").is_empty());
        assert!(
            names("Madonna").is_empty(),
            "one word is not enough to tell a name"
        );
    }

    #[test]
    fn by_lines_name_their_authors() {
        assert_eq!(
            byline("By Priya Natarajan and Carl Olsen"),
            Some(vec!["Priya Natarajan", "Carl Olsen"])
        );
        assert_eq!(
            byline("BY HELEN MARSH, Associated Press"),
            Some(vec!["HELEN MARSH"])
        );
        assert_eq!(byline("By the numbers"), None);
        assert_eq!(byline("By Monday, the river had crested."), None);
    }

    #[test]
    fn name_and_affiliation_lines_are_bylines() {
        assert_eq!(byline("Nadia Fields, CNN"), Some(vec!["Nadia Fields"]));
        assert_eq!(
            byline("Owen Pryce | Political Correspondent"),
            Some(vec!["Owen Pryce"])
        );
        assert_eq!(byline("Lagos, Nigeria"), None, "a place is not a byline");
        assert_eq!(byline("Prices rose, CNN found"), None);
    }

    #[test]
    fn credits_give_reporters_not_editors() {
        assert_eq!(
            credits("The Ledger’s Rosa Kim and DJ Moss contributed to this report."),
            ["Rosa Kim", "DJ Moss"]
        );
        assert_eq!(
            credits("Reporting by Ana Silva in Lima; Additional reporting by Lee Park; Editing by Tom Hale"),
            ["Ana Silva", "Lee Park"]
        );
    }
}
