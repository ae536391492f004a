//! Headlines and section headings: short lines that a longer paragraph follows.

use crate::lines::{ending, has_lede_marker, title_case_share, Ending, SMALL_WORDS};

/// Shape of a line and of the paragraph after it, as the rules read them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate<'t> {
    /// The line.
    pub text: &'t str,
    /// Its words.
    pub words: usize,
    /// Words of the next line that is article text (not boilerplate or byline).
    pub next_words: usize,
    /// That line's text, when there is one.
    pub next: Option<&'t str>,
}

/// True when the line reads as a headline: short, not a list item or a
/// quotation, with a longer paragraph after it, and at least two of: no final
/// period, headline capitals, much shorter than the paragraph after it, no
/// words of a lede where the paragraph after it has them.
pub(crate) fn is_headline(c: &Candidate<'_>, max_words: usize) -> bool {
    if c.words < 2 || c.words > max_words || !opens_like_a_headline(c.text) {
        return false;
    }
    // A quotation closed by a comma goes on to its speaker: a sentence.
    if [",”", ",\"", ",’"].iter().any(|q| c.text.contains(q)) {
        return false;
    }
    let Some(next) = c.next else { return false };
    if c.next_words < 8 || c.next_words <= c.words {
        return false;
    }
    let mut score = match ending(c.text) {
        Ending::Bare => 2,
        Ending::Question | Ending::Exclamation => 1,
        Ending::Period => 0,
        Ending::Open => return false,
    };
    if title_case_share(c.text) >= 0.6 {
        score += 1;
    }
    if c.words * 5 <= c.next_words * 3 {
        score += 1;
    }
    let lede_here = has_lede_marker(c.text);
    if lede_here {
        score -= 1;
    } else if has_lede_marker(next) {
        score += 1;
    }
    score >= 2
}

/// True when the line reads as a section heading inside the body: a few words
/// without a final period, colon or comma (a question is fine), opening like a
/// line of its own, followed by a paragraph at least twice as long.
pub(crate) fn is_heading(c: &Candidate<'_>, max_words: usize) -> bool {
    if c.words == 0 || c.words > max_words || !opens_like_a_line(c.text) {
        return false;
    }
    if !matches!(ending(c.text), Ending::Bare | Ending::Question) {
        return false;
    }
    if has_lede_marker(c.text) || c.text.matches(',').count() >= 2 {
        return false;
    }
    // A line cut inside a sentence ends on a small word or runs on in lower case.
    let last = c.text.split_whitespace().next_back().unwrap_or("");
    if SMALL_WORDS.iter().any(|w| w.eq_ignore_ascii_case(last)) {
        return false;
    }
    c.next.is_some_and(opens_like_a_line) && c.next_words >= 8 && c.next_words >= 2 * c.words
}

/// A headline may also open with a quoted phrase, a currency sign or a brand
/// in camel case ("'Strong dollar' call", "$1m payoff", "iTunes sells…").
fn opens_like_a_headline(s: &str) -> bool {
    let rest = s.trim_start_matches(['\'', '"', '‘', '“', '$', '£', '€']);
    let first_word = rest.split_whitespace().next().unwrap_or("");
    opens_like_a_line(rest) || first_word.chars().skip(1).any(char::is_uppercase)
}

/// Starts with a capital or digit, not a bullet, dash or quotation mark.
fn opens_like_a_line(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand<'t>(text: &'t str, next: &'t str) -> Candidate<'t> {
        Candidate {
            text,
            words: text.split_whitespace().count(),
            next_words: next.split_whitespace().count(),
            next: Some(next),
        }
    }

    const LEDE: &str = "The city council voted 7-2 on Tuesday to close two branch libraries next spring, officials said.";

    #[test]
    fn headlines_without_a_period_or_in_title_case() {
        assert!(is_headline(
            &cand("Council votes to shut two libraries", LEDE),
            25
        ));
        assert!(is_headline(
            &cand("Why The Libraries Are Closing?", LEDE),
            25
        ));
        assert!(
            is_headline(
                &cand("Libraries close. What it means for readers.", LEDE),
                25
            ),
            "a headline with its dek"
        );
        assert!(is_headline(&cand("'Quiet branch' to shut first", LEDE), 25));
        assert!(is_headline(&cand("£2m cut for libraries", LEDE), 25));
        assert!(is_headline(
            &cand("eReaders replace library shelves", LEDE),
            25
        ));
    }

    #[test]
    fn a_short_lede_is_not_a_headline() {
        let next = "The motion passed after a debate that lasted until midnight and drew a crowd.";
        assert!(!is_headline(
            &cand("The council voted on Tuesday to close two libraries.", next),
            25
        ));
        assert!(!is_headline(&cand("Libraries closing:", LEDE), 25));
        assert!(!is_headline(&cand("“We lost,” she said", LEDE), 25));
        assert!(
            !is_headline(
                &cand("Council votes to shut two libraries", "Short reply."),
                25
            ),
            "nothing longer follows"
        );
    }

    #[test]
    fn headings_are_short_open_lines_before_a_paragraph() {
        assert!(is_heading(&cand("What happens next?", LEDE), 12));
        assert!(is_heading(&cand("A long fight over funding", LEDE), 12));
        assert!(!is_heading(&cand("She left.", LEDE), 12));
        assert!(!is_heading(&cand("Among those affected:", LEDE), 12));
        assert!(!is_heading(&cand("• Two branches close", LEDE), 12));
        assert!(!is_heading(
            &cand("What happens next?", "Nobody knows."),
            12
        ));
        assert!(!is_heading(
            &cand(
                "The vote was close and the",
                "mayor said the result stood, with eleven members in favour."
            ),
            12
        ));
        assert!(
            !is_heading(&cand("Leeds, York, Hull, Bath", LEDE), 12),
            "a list"
        );
    }
}
