//! Lines and their shape: the unit every anatomy rule looks at.
//!
//! In news files a line is a paragraph, a headline, a byline or a piece of
//! page furniture, so the rules classify whole lines and read their shape:
//! how many words, how they end, whether they read like a sentence.

use nx_text::Span;

/// One non-blank line of the text, trimmed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    /// The line without surrounding whitespace.
    pub span: Span,
    /// Whitespace-separated words.
    pub words: usize,
}

/// The non-blank lines of `text`, in order.
pub(crate) fn split(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text
        .bytes()
        .enumerate()
        .chain(std::iter::once((text.len(), b'\n')))
    {
        if b != b'\n' {
            continue;
        }
        // '\n' is ASCII, so both ends are char boundaries.
        if let Some(raw) = Span::new(text, start, i) {
            let span = raw.trim(text);
            if !span.is_empty() {
                let words = span.slice(text).split_whitespace().count();
                out.push(Line { span, words });
            }
        }
        start = i + 1;
    }
    out
}

/// How a line ends, after closing quotes and brackets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ending {
    /// `.` or `…`
    Period,
    /// `?`
    Question,
    /// `!`
    Exclamation,
    /// `:`, `,`, `;`: the line goes on.
    Open,
    /// A word, number or anything else: no punctuation.
    Bare,
}

/// How `s` ends.
pub(crate) fn ending(s: &str) -> Ending {
    let last = s
        .trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
        })
        .chars()
        .next_back();
    match last {
        Some('.' | '…') => Ending::Period,
        Some('?') => Ending::Question,
        Some('!') => Ending::Exclamation,
        Some(':' | ',' | ';') => Ending::Open,
        _ => Ending::Bare,
    }
}

/// Words that make a line read as a clause: auxiliaries and common verbs of news.
const VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
    "will", "would", "can", "could", "may", "might", "must", "should", "shall", "says", "said",
    "say", "told", "tells", "get", "gets", "got", "make", "makes", "made", "take", "takes", "took",
    "go", "goes", "went", "come", "comes", "came", "see", "sees", "saw", "know", "knows", "knew",
    "want", "wants", "need", "needs", "won't", "can't", "isn't", "aren't", "wasn't", "don't",
    "doesn't", "didn't", "hasn't", "haven't",
];

/// True when some word of `s` looks like a verb: a listed auxiliary or common
/// verb, or a lower-case word ending in -ed or -ing (past tense, participle).
pub(crate) fn verbish(s: &str) -> bool {
    s.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        let lower = w.chars().next().is_some_and(char::is_lowercase);
        lower
            && (VERBS
                .iter()
                .any(|v| v.eq_ignore_ascii_case(w) || same_apostrophe(v, w))
                || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))))
    })
}

/// `v` (written with `'`) equals `w` written with a typographic apostrophe.
fn same_apostrophe(v: &str, w: &str) -> bool {
    v.contains('\'') && w.contains('’') && v == w.replace('’', "'")
}

/// A paragraph of running text: long enough and ending like a sentence, or long
/// whatever its end.
pub(crate) fn is_prose(s: &str, words: usize) -> bool {
    (words >= 8
        && matches!(
            ending(s),
            Ending::Period | Ending::Question | Ending::Exclamation
        ))
        || words >= 20
}

/// A short line that does not read as a sentence: few words, no final
/// punctuation, nothing verb-like. Page furniture at the edges of an article
/// has this shape ("Skip to content", "Image copyright AFP").
pub(crate) fn shapeless(s: &str, words: usize, max_words: usize) -> bool {
    words <= max_words && ending(s) == Ending::Bare && !verbish(s)
}

/// Words of a lede (reporting verbs, days): a first paragraph that has them
/// is an article's opening sentence rather than its headline.
const LEDE_MARKERS: &[&str] = &[
    "said",
    "says",
    "told",
    "according",
    "announced",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
];

/// True when `s` has a word of [`LEDE_MARKERS`].
pub(crate) fn has_lede_marker(s: &str) -> bool {
    s.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        LEDE_MARKERS.iter().any(|m| m.eq_ignore_ascii_case(w))
    })
}

/// Short words headline style leaves in lower case.
pub(crate) const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "as",
    "from", "vs", "via", "into", "over", "is",
];

/// Share of the words of `s`, small words aside, that start with a capital or digit.
pub(crate) fn title_case_share(s: &str) -> f64 {
    let (mut caps, mut n) = (0usize, 0usize);
    for w in s.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() || SMALL_WORDS.iter().any(|x| x.eq_ignore_ascii_case(w)) {
            continue;
        }
        n += 1;
        if w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        {
            caps += 1;
        }
    }
    if n == 0 {
        0.0
    } else {
        caps as f64 / n as f64
    }
}

/// True when `s` starts with `prefix`, ASCII case ignored, and the prefix ends
/// at a word boundary.
pub(crate) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    let (sb, pb) = (s.as_bytes(), prefix.as_bytes());
    sb.len() >= pb.len()
        && sb[..pb.len()].eq_ignore_ascii_case(pb)
        && s.is_char_boundary(pb.len())
        && s[pb.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() || !prefix.ends_with(char::is_alphanumeric))
}

/// A line's identity for repetition: lower case, runs of anything but letters
/// and digits as one space, digits as `0` (so "Updated 10:32" and "Updated 11:05"
/// are one line). Written into `out`, which is cleared first.
pub(crate) fn normalise_into(s: &str, out: &mut String) {
    out.clear();
    let mut gap = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            if c.is_numeric() {
                out.push('0');
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            gap = true;
        }
    }
}

/// [`normalise_into`] into a new string.
pub(crate) fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalise_into(s, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_trimmed_and_blank_ones_skipped() {
        let t = "  Headline here \n\n\tBody text.\r\nlast";
        let lines = split(t);
        let got: Vec<&str> = lines.iter().map(|l| l.span.slice(t)).collect();
        assert_eq!(got, ["Headline here", "Body text.", "last"]);
        assert_eq!(lines[1].words, 2);
    }

    #[test]
    fn endings_look_through_closing_quotes() {
        assert_eq!(ending("He left.”"), Ending::Period);
        assert_eq!(ending("Why now?"), Ending::Question);
        assert_eq!(ending("Prices, wages and rents"), Ending::Bare);
        assert_eq!(ending("Contact:"), Ending::Open);
    }

    #[test]
    fn shape_of_furniture_and_prose() {
        assert!(shapeless("Skip to content", 3, 5));
        assert!(
            !shapeless("The mayor resigned", 3, 5),
            "a clause is not furniture"
        );
        assert!(!shapeless("It is over.", 3, 5));
        assert!(is_prose(
            "The council voted on the budget late last night.",
            9
        ));
        assert!(!is_prose("Local elections", 2));
    }

    #[test]
    fn normalised_lines_ignore_case_punctuation_and_digits() {
        assert_eq!(
            normalise("Updated 10:32 GMT"),
            normalise("updated 11:05 gmt")
        );
        assert_eq!(normalise("  Share — this!"), "share this");
    }

    #[test]
    fn prefix_match_stops_at_word_ends() {
        assert!(starts_with_ci("READ MORE: budget", "read more"));
        assert!(!starts_with_ci("Reading list", "read"));
        assert!(starts_with_ci("Editor's note: x", "editor's note:"));
    }
}
