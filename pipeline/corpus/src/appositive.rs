//! What a speaker's words carry beside the name. The quotes stage gives the speaker as
//! written, and news writes more than a name there: the acronym it will use next ("International
//! Monetary Fund (IMF)"), an appositive ("Titan, a California-based company"), a relative
//! clause ("Barclays, which owns the Woolwich"), an aside between dashes ("Deutsche Bank -
//! itself a target of a lawsuit"), or a description before the name ("the biggest firm,
//! Oil & Natural Gas Corp"). Kept, each spelling would be a speaker of its own, apart from
//! the entity it names.

use std::borrow::Cow;

/// Words that open an appositive after a name: it describes the name, it is not part of it.
const APPOSITIVE_OPENERS: &[&str] = &["a", "an", "the", "another", "itself"];

/// Words that open a relative clause after a name or description.
const RELATIVE_OPENERS: &[&str] = &["which", "who", "whose", "whom", "where"];

/// Dashes that set an aside apart when spaced.
const SPACED_DASHES: &[&str] = &[" - ", " – ", " — "];

/// The name in a speaker's words: one word in brackets dropped ("(IMF)", "(73%)"), cut
/// before a spaced dash, a longer parenthesis, a relative clause or an appositive after a
/// name, and a description before a name dropped. Words that hold nothing of these come back
/// as they are; the result is never empty.
pub(crate) fn core_name(words: &str) -> Cow<'_, str> {
    let words = words.trim();
    // Nearly every speaker is a plain name: no bracket, comma or dash (an en or em dash
    // starts with byte 0xE2) to look for.
    if !words
        .bytes()
        .any(|b| matches!(b, b'(' | b',' | b'-' | 0xE2))
    {
        return Cow::Borrowed(words);
    }
    let unbracketed = without_bracketed_words(words);
    let mut name = unbracketed.as_str();
    // "Deutsche Bank - itself a target": the aside and all after it go.
    if let Some(i) = SPACED_DASHES.iter().filter_map(|d| name.find(d)).min() {
        name = name[..i].trim_end();
    }
    // "the board (which met on Monday)": a longer parenthesis closes the name.
    if let Some(i) = name.find(" (") {
        name = name[..i].trim_end();
    }
    // "Barclays, which owns ...", "Titan, a California-based company".
    if let Some((head, tail)) = name.split_once(", ") {
        let opener = tail.split_whitespace().next().unwrap_or("");
        let head_is_name = head.starts_with(|c: char| c.is_uppercase());
        if RELATIVE_OPENERS.contains(&opener)
            || (head_is_name && APPOSITIVE_OPENERS.contains(&opener))
        {
            name = head;
        } else if !head_is_name
            && opener.starts_with(|c: char| c.is_uppercase())
            && !tail.contains(", ")
        {
            // "the biggest firm, Oil & Natural Gas Corp": the name after its description.
            name = tail;
        }
    }
    Cow::Owned(if name.is_empty() { words } else { name }.to_string())
}

/// `words` without the single words in brackets after a space: "Council of Mortgage
/// Lenders (CML) and British Bankers (BBA)" → "Council of Mortgage Lenders and British
/// Bankers".
fn without_bracketed_words(words: &str) -> String {
    let mut out = String::with_capacity(words.len());
    let mut rest = words;
    while let Some(i) = rest.find(" (") {
        let inside = &rest[i + 2..];
        match inside.split_once(')') {
            Some((word, after)) if !word.is_empty() && !word.contains(char::is_whitespace) => {
                out.push_str(&rest[..i]);
                rest = after;
            }
            _ => {
                out.push_str(&rest[..i + 2]);
                rest = inside;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_in_brackets_is_not_part_of_the_name() {
        assert_eq!(
            core_name("Harbour Pilots Guild (HPG)"),
            "Harbour Pilots Guild"
        );
        assert_eq!(
            core_name("two in three of those asked (66%)"),
            "two in three of those asked"
        );
    }

    #[test]
    fn bracketed_acronyms_inside_a_list_go_and_the_list_stays() {
        assert_eq!(
            core_name("Harbour Pilots Guild (HPG) and Port Users Forum (PUF)"),
            "Harbour Pilots Guild and Port Users Forum"
        );
        assert_eq!(core_name("the board (which met on Monday)"), "the board");
    }

    #[test]
    fn an_aside_between_dashes_is_not_part_of_the_name() {
        assert_eq!(
            core_name("Vale Mining - the region's largest employer"),
            "Vale Mining"
        );
        assert_eq!(core_name("Orta Bank – itself in talks"), "Orta Bank");
    }

    #[test]
    fn relative_clauses_and_appositives_after_a_name_go() {
        assert_eq!(core_name("Kestrel Air, which flies to Oslo"), "Kestrel Air");
        assert_eq!(core_name("Kestrel Air, a budget airline"), "Kestrel Air");
        assert_eq!(
            core_name("the union, whose members walked out"),
            "the union"
        );
    }

    #[test]
    fn a_description_before_a_name_goes() {
        assert_eq!(
            core_name("the city's oldest brewer, Holt & Sons"),
            "Holt & Sons"
        );
    }

    #[test]
    fn lists_and_plain_names_stay_as_written() {
        for words in [
            "Kestrel Air, Orta Bank and Vale Mining",
            "farmers, fishermen and local councils",
            "teachers, including the union",
            "Ada Quist",
            "Holt & Sons",
            "(anonymous)",
        ] {
            assert_eq!(core_name(words), words);
        }
    }
}
