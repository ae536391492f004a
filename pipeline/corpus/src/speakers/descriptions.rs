//! How a speaker's forms tell a description ("analysts", "MPs", "the American") from a name.

use crate::counts::Counts;
use crate::normalize::is_acronym;

/// How English words for a person or people of a nation or region end, singular (the party
/// endings "-crat" and "-ist" are left out: "Liberal Democrats" quoted is the party, one
/// speaker across articles; "Republicans", ending as "American" does, are read per article):
/// "American", "Israeli", "Japanese", "Irish", "Irishman", "Spaniard", "Briton", "French",
/// "Swiss".
const PEOPLE_ENDINGS: &[&str] = &["an", "i", "ese", "ish", "man", "ard", "on", "ch", "ss"];

/// A form's first letter.
pub(super) fn first_letter(form: &str) -> Option<char> {
    form.chars().find(|c| c.is_alphabetic())
}

/// Whether a speaker's most frequent form is written as a name, with a capital.
pub(super) fn written_as_name(names: &Counts) -> bool {
    names
        .top()
        .and_then(first_letter)
        .is_some_and(|c| !c.is_lowercase())
}

/// Whether a form ends on the plural of an acronym ("MPs", "Labour MEPs", "GPs"): people
/// of one kind, a description as "analysts" is, though written in capitals.
pub(super) fn plural_of_acronym(form: &str) -> bool {
    let last = form.rsplit(' ').next().unwrap_or(form);
    last.strip_suffix('s').is_some_and(is_acronym)
}

/// Whether a form's first letter is lower case ("analysts", "the firm").
pub(super) fn written_in_lower_case(form: &str) -> bool {
    first_letter(form).is_some_and(char::is_lowercase)
}

/// Whether a form is one or two capitalised words whose last is a word for a person or
/// people of a kind (`PEOPLE_ENDINGS`, singular or plural: "American", "South Africans",
/// "Dutchmen"); "Lib Dems" or "Linux" are not.
pub(super) fn names_people_of_a_kind(form: &str) -> bool {
    let words: Vec<&str> = form.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    if words.len() > 2
        || !words
            .iter()
            .all(|w| first_letter(w).is_some_and(char::is_uppercase))
    {
        return false;
    }
    let last = last.to_lowercase();
    let singular = match last.strip_suffix("men") {
        Some(stem) => format!("{stem}man"),
        None if last.ends_with("ss") => last.clone(),
        None => last.strip_suffix('s').unwrap_or(&last).to_string(),
    };
    singular.len() >= 4 && PEOPLE_ENDINGS.iter().any(|e| singular.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_for_people_of_a_kind() {
        for form in [
            "American",
            "Israelis",
            "Japanese",
            "Irish",
            "Irishman",
            "Dutchmen",
            "Spaniard",
            "Briton",
            "French",
            "Swiss",
            "South Africans",
            "Republican",
        ] {
            assert!(names_people_of_a_kind(form), "{form}");
        }
        for form in [
            "Lib Dems",
            "Linux",
            "Democrat",
            "the American",
            "Premier League",
            "Dr",
        ] {
            assert!(!names_people_of_a_kind(form), "{form}");
        }
    }

    #[test]
    fn lower_case_and_plural_acronyms_are_descriptions() {
        assert!(written_in_lower_case("analysts"));
        assert!(!written_in_lower_case("Analysts"));
        assert!(plural_of_acronym("Labour MEPs"));
        assert!(!plural_of_acronym("NATO"));
    }
}
