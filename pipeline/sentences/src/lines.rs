//! Line blocks: which line breaks end a sentence (all but soft and hard-wrapped ones).

use crate::scan::{ends_with_terminator, is_bullet};

/// Split the text into line blocks: every line break is a hard boundary except a soft
/// (flowed) one, see the crate docs.
pub(crate) fn blocks(text: &str) -> Vec<(usize, usize)> {
    let wrap = wrap_width(text);
    let b = text.as_bytes();
    let n = b.len();
    let mut out = Vec::new();
    let mut start = 0;
    let mut line_start = 0;
    let mut i = 0;
    while i < n {
        let (len, para) = match b[i] {
            b'\n' => (1, false),
            b'\r' => (if i + 1 < n && b[i + 1] == b'\n' { 2 } else { 1 }, false),
            0xE2 if i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) => {
                (3, b[i + 2] == 0xA9)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let next = i + len;
        if para || !soft_break(text, line_start, i, next, wrap) {
            out.push((start, i));
            start = next;
        }
        line_start = next;
        i = next;
    }
    out.push((start, n));
    out
}

pub(crate) fn soft_break(
    text: &str,
    line_start: usize,
    nl: usize,
    next: usize,
    wrap: Option<usize>,
) -> bool {
    let b = text.as_bytes();
    let line = text[line_start..nl].trim_end();
    if line.is_empty() {
        return false;
    }
    let rest = text[next..].trim_start_matches([' ', '\t']);
    let Some(first) = rest.chars().next() else {
        return false;
    };
    if let Some(w) = wrap {
        // Hard-wrapped text: a line that reaches the wrap width continues, unless the
        // next line is blank or starts a list item.
        // A wrapper breaks a line only when the next word would not fit on it, so a
        // line that had room for the next line's first word ended on purpose.
        let next_line = rest.split(['\n', '\r']).next().unwrap_or("");
        let len = line.chars().count();
        let next_word = next_line.split_whitespace().next().unwrap_or("");
        if len + WRAP_SLACK >= w
            && len + 1 + next_word.chars().count() > w
            && !next_line.trim().is_empty()
            && !starts_item(next_line)
        {
            return true;
        }
    }
    // A line that ends on a word no sentence ends with ("… on Monday and", "… the
    // leader of the") goes on in the next line, unless that starts a list item.
    // Nor does a transcript's turn go on into the next speaker's ("A: and\nB: it was").
    if ends_with_joining_word(line)
        && !starts_item(rest)
        && !(starts_speaker_label(&text[line_start..nl]) && starts_speaker_label(rest))
    {
        return true;
    }
    if !matches!(b[nl - 1], b' ' | b'\t') || ends_with_terminator(line) {
        return false;
    }
    first.is_lowercase() || first == '('
}

/// Words that join what comes before to what comes after and so never end a
/// sentence: articles, coordinators, prepositions, complementisers.
const JOINING_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with",
    "from", "by", "into", "onto", "than", "that", "whose", "whether", "because", "although",
    "their", "its", "his", "our", "my", "your",
];

/// The line's last word is one of [`JOINING_WORDS`], written in lower case (a capital
/// "A" or "The" may end a heading or a name).
fn ends_with_joining_word(line: &str) -> bool {
    let last = line
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    JOINING_WORDS.contains(&last)
}

/// How far short of the wrap width a wrapped line may end.
pub(crate) const WRAP_SLACK: usize = 20;

/// The width text was hard-wrapped at, if it was: most lines that continue a paragraph
/// are long and end near one width, no line is much longer, and most continuing lines
/// start in lower case. News files with one paragraph per line never qualify (their
/// lines are far longer), nor do short one-line paragraphs that each start a sentence.
pub(crate) fn wrap_width(text: &str) -> Option<usize> {
    // Per line followed by a non-blank line: its length, and whether that next line
    // starts with a capital.
    let mut lens: Vec<(usize, bool)> = Vec::new();
    let mut max = 0;
    let mut prev: Option<usize> = None;
    for line in text.split('\n') {
        let line = line.trim_end();
        let len = line.chars().count();
        if len > 110 {
            return None;
        }
        max = max.max(len);
        if len > 0 {
            if let Some(p) = prev {
                let cap = line.trim_start().starts_with(char::is_uppercase);
                lens.push((p, cap));
            }
            prev = Some(len);
        } else {
            prev = None;
        }
    }
    if lens.len() < 3 || max < 40 {
        return None;
    }
    let (mut near, mut capitals) = (0, 0);
    for &(l, cap) in &lens {
        if l + WRAP_SLACK >= max {
            near += 1;
            capitals += usize::from(cap);
        }
    }
    // Wrapped prose goes on mostly in lower case; lines that each start with a capital
    // are one-line paragraphs (reviews, list-like posts) of similar length.
    if capitals * 3 > near * 2 {
        return None;
    }
    (near * 4 >= lens.len() * 3).then_some(max)
}

/// A line that opens with a speaker's label, as turns of a transcript or an interview
/// do ("B: yeah", "Interviewer: So", "Mary Lou: no"): one to three words before a colon
/// and a space, the first capitalised, none with a digit or other punctuation.
pub(crate) fn starts_speaker_label(line: &str) -> bool {
    let t = line.trim_start();
    let Some((label, after)) = t.split_once(':') else {
        return false;
    };
    let words: Vec<&str> = label.split(' ').collect();
    words.len() <= 3
        && words[0].starts_with(char::is_uppercase)
        && words
            .iter()
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '\''))
        && after.starts_with([' ', '\t'])
}

/// A line that starts a list item: a bullet, a dash, or a number or letter marker.
pub(crate) fn starts_item(line: &str) -> bool {
    let t = line.trim_start();
    let mut cs = t.chars();
    let Some(c) = cs.next() else { return false };
    if is_bullet(c) || ((c == '-' || c == '*') && cs.next().is_some_and(char::is_whitespace)) {
        return true;
    }
    let b = t.as_bytes();
    let mut i = usize::from(b[0] == b'(');
    let s = i;
    while i < b.len() && b[i].is_ascii_digit() && i - s < 3 {
        i += 1;
    }
    if i == s && i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i > s
        && i < b.len()
        && (b[i] == b'.' || b[i] == b')')
        && (i + 1 >= b.len() || b[i + 1].is_ascii_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_ending_on_a_joining_word_goes_on() {
        let t = "Rain fell on the valley and\nflooded the lower fields.\nRoads closed.";
        assert_eq!(blocks(t).len(), 2, "{:?}", blocks(t));
        let t = "The minister for the\nEnvironment resigned.";
        assert_eq!(blocks(t).len(), 1, "{:?}", blocks(t));
    }

    #[test]
    fn a_line_ending_on_another_word_still_ends() {
        let t = "Rain fell on the valley\nflooded fields were seen.";
        assert_eq!(blocks(t).len(), 2, "{:?}", blocks(t));
        // a list item after a joining word starts anew
        let t = "Bring these and\n- a map\n- a torch";
        assert_eq!(blocks(t).len(), 3, "{:?}", blocks(t));
    }

    #[test]
    fn a_speaker_turn_ending_on_a_joining_word_still_ends() {
        let t = "Q: and the\nMia Ross: well, nobody knew";
        assert_eq!(blocks(t).len(), 2, "{:?}", blocks(t));
        let t = "J: or\nK: maybe next week";
        assert_eq!(blocks(t).len(), 2, "{:?}", blocks(t));
        // Not after a line that is no turn, nor before a time.
        let t = "We left at\nNoon: the rest stayed";
        assert_eq!(blocks(t).len(), 1, "{:?}", blocks(t));
        let t = "A: we met at\n10:30 near the gate";
        assert_eq!(blocks(t).len(), 1, "{:?}", blocks(t));
    }
}
