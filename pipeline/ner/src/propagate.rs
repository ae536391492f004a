//! One person, found once, is found everywhere in the article: the model sees
//! a window of about a hundred sub-tokens, so a name it tags in one paragraph
//! can go untagged in another where its context is thin ("Austin added that…"
//! far from "Defense Secretary Lloyd Austin"). Every other occurrence of a
//! tagged person's name, and the surname of a tagged full name, is that person,
//! unless the article also writes the form in lower case ("May" beside "may":
//! a common word) or tags it with another label. Places and organisations are
//! not spread: their names sit inside longer names ("Chicago" in "Chicago
//! Bulls"), and spreading them cost more than it found (CoNLL dev and WikiGold
//! both rose with persons alone; WikiGold fell with every label).

use std::collections::{BTreeMap, HashSet};

use nx_text::{Entity, EntityLabel, Span};

/// Forms shorter than this (in characters) are never spread: "US", "EU" are
/// tagged reliably, and two letters are too often something else.
const MIN_FORM_CHARS: usize = 3;

/// Add a PER entity for every untagged, whole-word occurrence of a tagged
/// person's name or of the last word of a tagged name of two or more words.
/// Longer forms are placed first; an occurrence overlapping an entity is skipped.
pub(crate) fn propagate(text: &str, entities: &mut Vec<Entity>) {
    // form -> (label, best score); None when the article tags it with two labels.
    let mut forms: BTreeMap<&str, Option<(EntityLabel, f32)>> = BTreeMap::new();
    for e in entities.iter() {
        add(&mut forms, e.span.slice(text), e.label, e.score);
    }
    split_person_tails(text, entities, &forms);
    for e in entities.iter().filter(|e| e.label == EntityLabel::Per) {
        if let Some((_, last)) = e.span.slice(text).rsplit_once(' ') {
            if last.chars().all(char::is_alphabetic) {
                add(&mut forms, last, e.label, e.score);
            }
        }
    }
    let lower: HashSet<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect();
    let mut candidates: Vec<(&str, EntityLabel, f32)> = forms
        .into_iter()
        .filter_map(|(form, v)| v.map(|(label, score)| (form, label, score)))
        .filter(|(form, label, _)| *label == EntityLabel::Per && spreadable(form, &lower))
        .collect();
    // Longest first, so "Lloyd Austin" is placed before "Austin" inside it.
    candidates.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
    let mut taken: Vec<(usize, usize)> = entities
        .iter()
        .map(|e| (e.span.start(), e.span.end()))
        .collect();
    let mut added = Vec::new();
    for (form, label, score) in candidates {
        for (at, _) in text.match_indices(form) {
            let end = at + form.len();
            let whole_word = !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !text[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if !whole_word || runs_on(&text[end..]) || taken.iter().any(|&(s, e)| s < end && at < e)
            {
                continue;
            }
            if let Some(span) = Span::new(text, at, end) {
                taken.push((at, end));
                added.push(Entity { span, label, score });
            }
        }
    }
    if !added.is_empty() {
        entities.extend(added);
        entities.sort_by_key(|e| (e.span.start(), e.span.end()));
    }
}

/// Titles whose portfolio follows after "of" or "for" and runs into the holder's
/// name: "Secretary of Defense Lloyd Austin", "Minister for Health Jane Doe".
const PORTFOLIO_TITLES: [&str; 4] = ["Secretary", "Minister", "Commissioner", "Director"];

/// Whether the text before a name ends with a portfolio title and "of"/"for".
fn after_portfolio_title(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    matches!(words.next(), Some("of" | "for"))
        && words.next().is_some_and(|w| PORTFOLIO_TITLES.contains(&w))
}

/// A portfolio tagged together with its holder is split: in "Secretary of Defense
/// Lloyd Austin" a name of another label, "Defense Lloyd Austin" (ORG), that ends
/// with a person tagged elsewhere in the article is "Defense" (ORG) and "Lloyd
/// Austin" (PER): the article tags "Lloyd Austin", or "Austin" with a capitalised
/// given name before it. Only after a portfolio title ("Secretary of"): title-case
/// names of films and shows ("Breakfast With Frost", "Million Dollar Baby") end
/// in words that are someone's name elsewhere, and splitting them on BBC news was
/// wrong every time.
fn split_person_tails(
    text: &str,
    entities: &mut Vec<Entity>,
    forms: &BTreeMap<&str, Option<(EntityLabel, f32)>>,
) {
    let person = |form: &str| match forms.get(form) {
        Some(Some((EntityLabel::Per, score))) => Some(*score),
        _ => None,
    };
    let mut persons = Vec::new();
    for e in entities.iter_mut().filter(|e| e.label != EntityLabel::Per) {
        if !after_portfolio_title(&text[..e.span.start()]) {
            continue;
        }
        let name = e.span.slice(text);
        let spaces: Vec<usize> = name.match_indices(' ').map(|(i, _)| i).collect();
        // The longest full name first: the first space from the left whose tail is a person.
        let full = spaces.iter().find_map(|&i| {
            let tail = &name[i + 1..];
            person(tail).filter(|_| tail.contains(' ')).map(|s| (i, s))
        });
        // Else a tagged surname with a given name before it: the last two words.
        let given = || {
            let &[.., i, j] = spaces.as_slice() else {
                return None;
            };
            let first = &name[i + 1..j];
            let capitalised = first.chars().next().is_some_and(char::is_uppercase)
                && first.chars().all(char::is_alphabetic);
            person(&name[j + 1..])
                .filter(|_| capitalised)
                .map(|s| (i, s))
        };
        let Some((i, score)) = full.or_else(given) else {
            continue;
        };
        let start = e.span.start();
        let head_end = start + name[..i].trim_end().len();
        if let (Some(head), Some(person)) = (
            Span::new(text, start, head_end),
            Span::new(text, start + i + 1, e.span.end()),
        ) {
            e.span = head;
            persons.push(Entity {
                span: person,
                label: EntityLabel::Per,
                score,
            });
        }
    }
    if !persons.is_empty() {
        entities.extend(persons);
        entities.sort_by_key(|e| (e.span.start(), e.span.end()));
    }
}

/// Whether a capitalised word follows on the same line: the name runs on and
/// the form is only its first part ("Lord" of "Lord Goldsmith").
fn runs_on(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', '\t']);
    rest.len() < after.len() && rest.chars().next().is_some_and(char::is_uppercase)
}

/// Note `form` as tagged `label`; a second label makes it ambiguous (None).
fn add<'t>(
    forms: &mut BTreeMap<&'t str, Option<(EntityLabel, f32)>>,
    form: &'t str,
    label: EntityLabel,
    score: f32,
) {
    let slot = forms.entry(form).or_insert(Some((label, score)));
    match slot {
        Some((l, s)) if *l == label => *s = s.max(score),
        _ => *slot = None,
    }
}

/// A form worth spreading: a capitalised name of a few letters that the
/// article never writes as a lower-case word.
fn spreadable(form: &str, lower: &HashSet<&str>) -> bool {
    form.chars().count() >= MIN_FORM_CHARS
        && form.chars().next().is_some_and(char::is_uppercase)
        && !form
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .any(|w| {
                lower.contains(w.to_lowercase().as_str())
                    && w.chars().skip(1).all(char::is_lowercase)
            })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(text: &str, form: &str, nth: usize, label: EntityLabel) -> Entity {
        let (start, _) = text.match_indices(form).nth(nth).expect("form in text");
        Entity {
            span: Span::new(text, start, start + form.len()).unwrap(),
            label,
            score: 0.9,
        }
    }

    fn forms(text: &str, es: &[Entity]) -> Vec<(String, EntityLabel)> {
        es.iter()
            .map(|e| (e.span.slice(text).to_string(), e.label))
            .collect()
    }

    #[test]
    fn a_tagged_person_is_tagged_where_the_name_recurs() {
        let text = "Grace Ochieng cut fares. Later, Grace Ochieng said demand rose.";
        let mut es = vec![entity(text, "Grace Ochieng", 0, EntityLabel::Per)];
        propagate(text, &mut es);
        assert_eq!(es.len(), 2);
        assert_eq!(es[1].span.slice(text), "Grace Ochieng");
        assert_eq!(es[1].span.start(), text.rfind("Grace").unwrap());
    }

    #[test]
    fn a_form_followed_by_a_capitalised_word_is_part_of_a_longer_name() {
        let text = "Ann Lord spoke. Then Lord Goldsmith met Lord. Lord smiled.";
        let mut es = vec![
            entity(text, "Ann Lord", 0, EntityLabel::Per),
            entity(text, "Goldsmith", 0, EntityLabel::Per),
        ];
        propagate(text, &mut es);
        let got: Vec<usize> = es
            .iter()
            .filter(|e| e.span.slice(text) == "Lord")
            .map(|e| e.span.start())
            .collect();
        assert_eq!(
            got,
            [text.find("Lord.").unwrap(), text.rfind("Lord").unwrap()]
        );
    }

    #[test]
    fn places_and_organisations_are_not_spread() {
        let text = "Chicago voted. The Chicago Bulls won. Kenya Airways grew; Kenya Airways hired.";
        let mut es = vec![
            entity(text, "Chicago", 0, EntityLabel::Loc),
            entity(text, "Kenya Airways", 0, EntityLabel::Org),
        ];
        propagate(text, &mut es);
        assert_eq!(es.len(), 2);
    }

    #[test]
    fn the_surname_of_a_full_name_is_the_person() {
        let text = "Defense Secretary Lloyd Austin spoke. Austin added that talks went on.";
        let mut es = vec![entity(text, "Lloyd Austin", 0, EntityLabel::Per)];
        propagate(text, &mut es);
        assert_eq!(
            forms(text, &es),
            [
                ("Lloyd Austin".into(), EntityLabel::Per),
                ("Austin".into(), EntityLabel::Per)
            ]
        );
    }

    #[test]
    fn a_person_tagged_elsewhere_is_split_off_the_end_of_another_name() {
        let text = "Secretary of Defense Lloyd Austin spoke. Lloyd Austin added more.";
        let mut es = vec![
            entity(text, "Defense Lloyd Austin", 0, EntityLabel::Org),
            entity(text, "Lloyd Austin", 1, EntityLabel::Per),
        ];
        propagate(text, &mut es);
        assert_eq!(
            forms(text, &es),
            [
                ("Defense".into(), EntityLabel::Org),
                ("Lloyd Austin".into(), EntityLabel::Per),
                ("Lloyd Austin".into(), EntityLabel::Per)
            ]
        );
    }

    #[test]
    fn a_tagged_surname_splits_off_with_its_given_name() {
        let text = "Secretary of Defense Lloyd Austin spoke. Austin added more.";
        let mut es = vec![
            entity(text, "Defense Lloyd Austin", 0, EntityLabel::Org),
            entity(text, "Austin", 1, EntityLabel::Per),
        ];
        propagate(text, &mut es);
        assert_eq!(
            forms(text, &es),
            [
                ("Defense".into(), EntityLabel::Org),
                ("Lloyd Austin".into(), EntityLabel::Per),
                ("Austin".into(), EntityLabel::Per)
            ]
        );
    }

    #[test]
    fn a_title_case_name_without_a_portfolio_title_is_not_split() {
        let text = "He told Breakfast With David Frost that David Frost agreed.";
        let mut es = vec![
            entity(text, "Breakfast With David Frost", 0, EntityLabel::Org),
            entity(text, "David Frost", 1, EntityLabel::Per),
        ];
        propagate(text, &mut es);
        assert!(forms(text, &es).contains(&("Breakfast With David Frost".into(), EntityLabel::Org)));
    }

    #[test]
    fn a_form_the_article_also_writes_in_lower_case_is_a_common_word() {
        let text = "Theresa May spoke. Voters may agree. May said no.";
        let mut es = vec![entity(text, "Theresa May", 0, EntityLabel::Per)];
        propagate(text, &mut es);
        assert_eq!(es.len(), 1);
    }

    #[test]
    fn a_form_tagged_with_two_labels_is_not_spread() {
        let text = "Jordan won. Jordan said. Jordan again.";
        let mut es = vec![
            entity(text, "Jordan", 0, EntityLabel::Loc),
            entity(text, "Jordan", 1, EntityLabel::Per),
        ];
        propagate(text, &mut es);
        assert_eq!(es.len(), 2);
    }

    #[test]
    fn only_whole_words_outside_other_entities_are_taken() {
        let text = "Chen met Chenoweth at Chen Industries. Chen left.";
        let mut es = vec![
            entity(text, "Chen", 0, EntityLabel::Per),
            entity(text, "Chen Industries", 0, EntityLabel::Org),
        ];
        propagate(text, &mut es);
        let got = forms(text, &es);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(es[2].span.start(), text.rfind("Chen").unwrap());
    }

    #[test]
    fn short_or_lower_case_forms_are_not_spread() {
        let text = "EU talks. The EU met. iPhone sales; iPhone again.";
        let mut es = vec![
            entity(text, "EU", 0, EntityLabel::Org),
            entity(text, "iPhone", 0, EntityLabel::Misc),
        ];
        propagate(text, &mut es);
        assert_eq!(es.len(), 2);
    }
}
