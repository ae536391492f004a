//! Entity spans made to sit on the name: the model labels pre-token words, and
//! the tokenizer cuts punctuation into words of its own, so a decoded span can
//! start or end on punctuation that is not part of the name ("U.S.-" from
//! "U.S.-led", "North Korea-" from "North Korea-made"), lose a final period that
//! is ("U.S" from "U.S."), or be punctuation alone ("."). These rules look only
//! at the text, never at the label, so they hold for any model. The label
//! rules after them (`harmonise`, `office_holders`) settle a name's label from
//! the article.

use std::collections::HashMap;

use nx_text::{Entity, EntityLabel, Span};

/// Name endings that take their period: single letters ("U.S.", "J.") and
/// common abbreviations of company and personal suffixes.
const DOTTED_ENDINGS: [&str; 9] = ["Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros", "Plc", "St"];

/// Lower-case words that join the parts of a name ("Bank of England", "Food
/// and Agriculture Organisation") and so never end one: a span that does
/// ("Fiat and" of "Fiat and General Motors", "Paris Club of" of "the Paris
/// Club of creditor nations") was cut off or run on by the model.
const JOINING_WORDS: [&str; 14] =
    ["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"];

/// Lower-case particles that open a surname ("de Gaulle", "van Gogh", "al-Assad").
const NAME_PARTICLES: [&str; 22] = [
    "al", "bin", "ibn", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos",
    "du", "el", "la", "le", "ter", "van", "von", "y", "zu",
];

/// Whether a name the model ended on "of" (`start..end`, labelled `first`)
/// and the name it begins at `next` after one space (labelled `second`) are
/// one name: "of" joins the head of a name to the rest of it ("Gangs of New
/// York", "City of London"), so the model ran on, then split the name where
/// its complement is a name of its own. An organisation followed by a place
/// is left apart: news names a company by its home ("SK Telecom of South
/// Korea"). ("and" is left out too: "Fiat and General Motors" are two.)
pub(crate) fn runs_on_into(
    text: &str,
    (start, end, first): (usize, usize, EntityLabel),
    (next, second): (usize, EntityLabel),
) -> bool {
    text.get(end..next) == Some(" ")
        && !(first == EntityLabel::Org && second == EntityLabel::Loc)
        && text[start..end]
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|last| last == "of" && end - start > last.len())
}

/// Whether "The", tagged as a name of its own (`start..end`), is the first word
/// of the name the model begins at `next` after one space: a name that takes
/// the article takes it whole ("The Hague", "The Sunday Times", titles of
/// works), and the model, which mostly sees "The" outside names, begins the
/// name again at its second word. One name, with the second part's label.
pub(crate) fn article_opens(text: &str, (start, end): (usize, usize), next: usize) -> bool {
    text.get(start..end) == Some("The") && text.get(end..next) == Some(" ")
}

/// Punctuation that may end a name: closing brackets matching an opening one
/// inside it, and the period of an abbreviation (handled apart).
fn closes_an_inner_bracket(name: &str, c: char) -> bool {
    let open = match c {
        ')' => '(',
        ']' => '[',
        _ => return false,
    };
    name.contains(open)
}

/// The end of `text[s..e]` without its trailing punctuation: a closing
/// bracket whose opening one is inside stays, the rest goes.
fn without_trailing_punctuation(text: &str, s: usize, mut e: usize) -> usize {
    while let Some(c) = text[s..e].chars().next_back() {
        if c.is_alphanumeric() || closes_an_inner_bracket(&text[s..e - c.len_utf8()], c) {
            break;
        }
        e -= c.len_utf8();
    }
    e
}

/// The span of `text` the entity at `start..end` should cover, or `None` when
/// nothing of a name is left (punctuation alone). It never reaches back before
/// `floor`, the end of the entity before it, so that entities never overlap.
pub(crate) fn tidy(text: &str, floor: usize, start: usize, end: usize) -> Option<Span> {
    let mut s = start;
    let mut e = end;
    // Leading punctuation and spaces are never part of a name (an opening bracket
    // or quote mark belongs to the sentence).
    while let Some(c) = text[s..e].chars().next() {
        if c.is_alphanumeric() {
            break;
        }
        s += c.len_utf8();
    }
    // "ex-" before a name says what someone was: "ex-Chelsea striker" names
    // Chelsea ("pro-" and "anti-" words stay whole: "pro-Baghdad" is one MISC).
    let name = &text[s..e];
    if let Some(rest) = name.strip_prefix("ex-").or_else(|| name.strip_prefix("Ex-")) {
        if rest.starts_with(char::is_uppercase) {
            s += 3;
        }
    }
    // A name never starts inside a word: a span opening after an apostrophe in a
    // word ("Brien" of "O'Brien", "s Choir" of "Newton's Choir") takes the word in.
    let apostrophe = |c: char| c == '\'' || c == '\u{2019}';
    let mut before = text[..s].chars().rev();
    if before.next().is_some_and(apostrophe) && before.next().is_some_and(char::is_alphanumeric) {
        // The space may be wider than a byte (an en quad, a no-break space).
        let word = text[..s]
            .char_indices()
            .rfind(|&(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        // Where the word's start is in the entity before, the span stays as it was.
        if word >= floor {
            s = word;
            while !text[s..].starts_with(char::is_alphanumeric) && s < start {
                s += text[s..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    // A lower-case word is no first word of a name ("south Asia", "the WEF's global
    // Health Initiative", "walker Gillian"), save the particles of a surname ("de
    // Gaulle", "van Gogh") and words with a capital in them ("iPod", "sub-Saharan").
    while let Some((first, rest)) = text[s..e].split_once(' ') {
        let lower = first.chars().all(|c| c.is_lowercase());
        if !lower || NAME_PARTICLES.contains(&first) || rest.is_empty() {
            break;
        }
        s += first.len() + 1;
    }
    e = without_trailing_punctuation(text, s, e);
    if s >= e {
        return None;
    }
    // A name has a capital letter, unless the whole text is written without them
    // ("uk" of "amazon.co.uk", "fbi" of "fbi.gov").
    if !text[s..e].chars().any(char::is_uppercase) && text.chars().any(char::is_uppercase) {
        return None;
    }
    // A joining word never ends a name; the punctuation before it goes too.
    while let Some((space, c)) =
        text[s..e].char_indices().rev().find(|(_, c)| c.is_whitespace())
    {
        // The space may be wider than a byte (a no-break space).
        if !JOINING_WORDS.contains(&&text[s + space + c.len_utf8()..e]) {
            break;
        }
        e = without_trailing_punctuation(text, s, s + space);
    }
    if s >= e {
        return None;
    }
    // A possessive ending goes where the article also writes the name without it
    // ("Green Day's new single" beside "Green Day"); a name that always carries it
    // ("McDonald's", "St Mary's") keeps it.
    for possessive in ["'s", "\u{2019}s"] {
        if let Some(bare) = text[s..e].strip_suffix(possessive) {
            if !bare.is_empty() && written_bare(text, bare) {
                e = s + bare.len();
            }
        }
    }
    // A lone capital hyphened to a lower-case word is part of that word ("U-turn",
    // "A-levels", "T-shirt").
    let lone_capital = e == s + 1 && text.as_bytes()[s].is_ascii_uppercase();
    let hyphened_word = text[e..]
        .strip_prefix('-')
        .is_some_and(|w| w.starts_with(char::is_lowercase));
    // "Gov. Ann Lee (R)", "(D)": a lone capital in brackets after a name is a party;
    // "@handle" is an account, not a name as written.
    let bracketed = text[..s].ends_with('(') && text[e..].starts_with(')');
    if lone_capital && (hyphened_word || bracketed) || text[..s].ends_with('@') {
        return None;
    }
    // Capitals glued to a dollar sign name the currency ("A$", "HK$", "NZ$"): CoNLL
    // tags the whole word MISC, so the sign joins the span rather than leave "A" alone.
    let capitals =
        (1..=3).contains(&(e - s)) && text[s..e].bytes().all(|b| b.is_ascii_uppercase());
    if capitals && text[e..].starts_with('$') {
        e += 1;
    }
    // An abbreviation takes its period back: "U.S" + "." and "Acme Inc" + ".".
    if text[e..].starts_with('.') {
        let last = text[s..e]
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let single_letter = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
        if single_letter || DOTTED_ENDINGS.contains(&last) {
            e += 1;
        }
    }
    Span::new(text, s, e)
}

/// Whether `text` writes `bare` as a whole word somewhere with no possessive
/// ending after it.
fn written_bare(text: &str, bare: &str) -> bool {
    text.match_indices(bare).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let rest = &text[i + bare.len()..];
        !before.is_some_and(char::is_alphanumeric)
            && !rest.starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '\u{2019}')
    })
}

/// A word is never split between entities: two entities of one label that
/// touch, with nothing between them ("U." and "S." from "U.S." when the
/// model begins a second entity inside the word), become one.
pub(crate) fn join_touching(text: &str, entities: &mut Vec<Entity>) {
    let mut out: Vec<Entity> = Vec::with_capacity(entities.len());
    for e in entities.drain(..) {
        match out.last_mut() {
            Some(prev) if prev.label == e.label && prev.span.end() == e.span.start() => {
                let (a, b) = (prev.span.len() as f32, e.span.len() as f32);
                prev.score = (prev.score * a + e.score * b) / (a + b).max(1.0);
                prev.span = Span::new(text, prev.span.start(), e.span.end()).expect("both spans are of text");
            }
            _ => out.push(e),
        }
    }
    *entities = out;
}

/// One name, one span within an article: two neighbours one space apart whose
/// words the article tags elsewhere as one name are that name, with its label
/// ("Ask" ORG | "Jeeves" PER where "Ask Jeeves" is an organisation elsewhere;
/// "The" | "Godfather" beside "The Godfather"). The model split the name
/// where its context was thin; elsewhere it saw the whole.
pub(crate) fn join_split_names(text: &str, entities: &mut Vec<Entity>) {
    let whole: HashMap<&str, EntityLabel> = entities
        .iter()
        .filter(|e| e.span.slice(text).contains(' '))
        .map(|e| (e.span.slice(text), e.label))
        .collect();
    if whole.is_empty() {
        return;
    }
    let mut out: Vec<Entity> = Vec::with_capacity(entities.len());
    for e in entities.drain(..) {
        if let Some(prev) = out.last_mut() {
            if prev.span.end() + 1 == e.span.start() && text.as_bytes()[prev.span.end()] == b' ' {
                let joined = &text[prev.span.start()..e.span.end()];
                if let Some(&label) = whole.get(joined) {
                    let (a, b) = (prev.span.len() as f32, e.span.len() as f32);
                    prev.score = (prev.score * a + e.score * b) / (a + b).max(1.0);
                    prev.span = Span::new(text, prev.span.start(), e.span.end()).expect("both spans are of text");
                    prev.label = label;
                    continue;
                }
            }
        }
        out.push(e);
    }
    *entities = out;
}

/// One name, one label within an article: where the same surface form is
/// tagged with several labels and one of them carries more than
/// `share` of the mentions' summed scores, every mention takes it ("Biden" as
/// ORG in "the Biden administration" beside five PER "Biden"s). Forms seen once
/// keep their label.
pub(crate) fn harmonise(text: &str, entities: &mut [Entity], share: f32) {
    let mut by_form: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        by_form.entry(e.span.slice(text)).or_default().push(i);
    }
    for mentions in by_form.values().filter(|m| m.len() > 1) {
        let mut mass: Vec<(EntityLabel, f32)> = Vec::new();
        for &i in mentions {
            let e = &entities[i];
            match mass.iter_mut().find(|(l, _)| *l == e.label) {
                Some(slot) => slot.1 += e.score,
                None => mass.push((e.label, e.score)),
            }
        }
        if mass.len() < 2 {
            continue;
        }
        let total: f32 = mass.iter().map(|(_, m)| m).sum();
        let (label, top) = mass
            .iter()
            .copied()
            .fold((mass[0].0, f32::MIN), |best, x| if x.1 > best.1 { x } else { best });
        if top > share * total {
            for &i in mentions {
                entities[i].label = label;
            }
        }
    }
}

/// Words that, in lower case right after a one-word name, make the name a
/// person: "the Biden administration", "the Obama presidency" (an agency's
/// own name capitalises it: "Federal Aviation Administration").
const OFFICE_OF_A_PERSON: [&str; 2] = ["administration", "presidency"];

/// A one-word name tagged ORG right before "administration" or "presidency"
/// in lower case names the person who holds the office: it becomes PER.
pub(crate) fn office_holders(text: &str, entities: &mut [Entity]) {
    for e in entities.iter_mut().filter(|e| e.label == EntityLabel::Org) {
        let name = e.span.slice(text);
        let titlecase = name.chars().next().is_some_and(char::is_uppercase)
            && name.chars().skip(1).all(char::is_lowercase)
            && name.chars().count() > 1;
        let next = text[e.span.end()..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next());
        if titlecase && next.is_some_and(|w| OFFICE_OF_A_PERSON.contains(&w)) {
            e.label = EntityLabel::Per;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_the_article_tags_as_one_name_are_that_name() {
        use EntityLabel::*;
        let text = "Dial Mercer bought a stake. Analysts said Dial Mercer may sell. Dial Mercer.";
        let mut es = vec![
            entity(text, 0, "Dial Mercer", Org, 0.9),
            entity(text, 40, "Dial", Org, 0.6),
            entity(text, 45, "Mercer", Per, 0.5),
            entity(text, 60, "Dial", Misc, 0.6),
        ];
        join_split_names(text, &mut es);
        let got: Vec<(&str, EntityLabel)> = es.iter().map(|e| (e.span.slice(text), e.label)).collect();
        assert_eq!(got, [("Dial Mercer", Org), ("Dial Mercer", Org), ("Dial", Misc)]);
        // Two names side by side that the article never writes as one stay two.
        let text = "Tom Vale met Rhea Stone. Vale Rhea";
        let mut es = vec![
            entity(text, 0, "Tom Vale", Per, 0.9),
            entity(text, 25, "Vale", Per, 0.9),
            entity(text, 30, "Rhea", Per, 0.9),
        ];
        join_split_names(text, &mut es);
        assert_eq!(es.len(), 3);
    }

    fn entity(text: &str, at: usize, form: &str, label: EntityLabel, score: f32) -> Entity {
        let start = text[at..].find(form).unwrap() + at;
        Entity {
            span: Span::new(text, start, start + form.len()).unwrap(),
            label,
            score,
        }
    }

    #[test]
    fn entities_touching_inside_a_word_are_one() {
        let text = "the E.U. summit in Rome";
        let mut es = vec![
            entity(text, 0, "E.", EntityLabel::Org, 0.8),
            entity(text, 0, "U.", EntityLabel::Org, 0.6),
            entity(text, 0, "Rome", EntityLabel::Loc, 0.9),
        ];
        join_touching(text, &mut es);
        let forms: Vec<&str> = es.iter().map(|e| e.span.slice(text)).collect();
        assert_eq!(forms, ["E.U.", "Rome"]);
        assert!((es[0].score - 0.7).abs() < 1e-6);
        // a space between them, or another label, keeps them apart
        let text = "Paris Hilton and E.U.";
        let mut es = vec![
            entity(text, 0, "Paris", EntityLabel::Loc, 0.5),
            entity(text, 0, "Hilton", EntityLabel::Loc, 0.5),
            entity(text, 0, "E.", EntityLabel::Org, 0.5),
            entity(text, 0, "U.", EntityLabel::Misc, 0.5),
        ];
        join_touching(text, &mut es);
        assert_eq!(es.len(), 4);
    }

    #[test]
    fn a_name_takes_the_label_most_of_its_mentions_carry() {
        let text = "Ortega spoke. The Ortega government fell. Ortega left.";
        let mut es = vec![
            entity(text, 0, "Ortega", EntityLabel::Per, 0.9),
            entity(text, 14, "Ortega", EntityLabel::Org, 0.6),
            entity(text, 42, "Ortega", EntityLabel::Per, 0.95),
        ];
        harmonise(text, &mut es, 0.6);
        assert!(es.iter().all(|e| e.label == EntityLabel::Per));
    }

    #[test]
    fn a_name_before_administration_in_lower_case_is_the_office_holder() {
        let text = "The Biden administration and the Obama presidency, not the Food Administration or the NASA administration.";
        let mut es = vec![
            entity(text, 0, "Biden", EntityLabel::Org, 0.9),
            entity(text, 0, "Obama", EntityLabel::Org, 0.9),
            entity(text, 0, "Food Administration", EntityLabel::Org, 0.9),
            entity(text, 0, "NASA", EntityLabel::Org, 0.9),
        ];
        office_holders(text, &mut es);
        let labels: Vec<EntityLabel> = es.iter().map(|e| e.label).collect();
        assert_eq!(labels, [EntityLabel::Per, EntityLabel::Per, EntityLabel::Org, EntityLabel::Org]);
    }

    #[test]
    fn an_even_split_or_a_single_mention_is_left_alone() {
        let text = "Jordan won. Jordan said.";
        let mut es = vec![
            entity(text, 0, "Jordan", EntityLabel::Loc, 0.9),
            entity(text, 12, "Jordan", EntityLabel::Per, 0.9),
        ];
        harmonise(text, &mut es, 0.6);
        assert_eq!(es[0].label, EntityLabel::Loc);
        assert_eq!(es[1].label, EntityLabel::Per);
    }

    fn tidied<'t>(text: &'t str, piece: &str) -> Option<&'t str> {
        let start = text.find(piece).expect("piece in text");
        tidy(text, 0, start, start + piece.len()).map(|s| s.slice(text))
    }

    #[test]
    fn a_hyphen_joining_a_name_to_a_word_stays_out() {
        assert_eq!(tidied("a Franco-led bid", "Franco-"), Some("Franco"));
        assert_eq!(tidied("the South Sudan-brokered pact", "South Sudan-"), Some("South Sudan"));
    }

    #[test]
    fn a_possessive_goes_where_the_name_is_also_written_without_it() {
        let text = "Blur's tour opens. Fans of Blur queued.";
        assert_eq!(tidied(text, "Blur's"), Some("Blur"));
        let text = "Their Harrods’s sale begins. Harrods said so.";
        assert_eq!(tidied(text, "Harrods’s"), Some("Harrods"));
        let text = "Sainsbury's profits rose. Sainsbury's shares fell.";
        assert_eq!(tidied(text, "Sainsbury's"), Some("Sainsbury's"));
    }

    #[test]
    fn a_hyphened_or_bracketed_capital_or_a_handle_is_no_name() {
        assert_eq!(tidied("a sudden U-turn on fees", "U"), None);
        assert_eq!(tidied("pupils sitting A-levels", "A"), None);
        assert_eq!(tidied("said Sen. Ann Lee (R) on Friday", "R"), None);
        assert_eq!(tidied("follow @AnnLeeNews today", "AnnLeeNews"), None);
        // A capital before a capitalised part is a name; "Q magazine" is one too.
        assert_eq!(tidied("the rapper C-Murder", "C"), Some("C"));
        assert_eq!(tidied("Q magazine said", "Q"), Some("Q"));
    }

    #[test]
    fn a_name_never_starts_inside_a_word_or_on_a_lower_case_word() {
        assert_eq!(tidied("said Mary O'Hara today", "Hara"), Some("O'Hara"));
        assert_eq!(tidied("said\u{2000}O'Hara today", "Hara"), Some("O'Hara"));
        // never back into the entity before ("AB" of "AB'G")
        let text = "met AB'G there";
        let g = text.find('G').unwrap();
        let floor = text.find('\'').unwrap();
        assert_eq!(tidy(text, floor, g, g + 1).map(|s| s.slice(text)), Some("G"));
        assert_eq!(tidy(text, floor, floor, g + 1).map(|s| s.slice(text)), Some("G"));
        assert_eq!(tidied("across northern Europe", "northern Europe"), Some("Europe"));
        assert_eq!(tidied("the firm's retail Banking Unit", "retail Banking Unit"), Some("Banking Unit"));
        // Surname particles and words with a capital stay.
        assert_eq!(tidied("General de Gaulle said", "de Gaulle"), Some("de Gaulle"));
        assert_eq!(tidied("in sub-Saharan Africa", "sub-Saharan Africa"), Some("sub-Saharan Africa"));
    }

    #[test]
    fn a_span_without_a_capital_is_no_name_in_cased_text() {
        assert_eq!(tidied("Visit shop.example.de today", "de"), None);
        assert_eq!(tidied("Ask the cia now", "cia"), None);
        // Text written all in lower case keeps its names.
        assert_eq!(tidied("met obama in paris", "paris"), Some("paris"));
    }

    #[test]
    fn capitals_glued_to_a_dollar_sign_take_the_sign() {
        let text = "Profits rose to A$12m, then NZ$3bn; US dollars fell.";
        assert_eq!(tidied(text, "A"), Some("A$"));
        assert_eq!(tidied(text, "NZ"), Some("NZ$"));
        assert_eq!(tidied(text, "US"), Some("US"));
    }

    #[test]
    fn dotted_abbreviations_keep_their_final_period() {
        assert_eq!(tidied("troops left the U.K. last year", "U.K"), Some("U.K."));
        assert_eq!(tidied("shares of Initech Inc. rose", "Initech Inc"), Some("Initech Inc."));
        assert_eq!(tidied("the U.K.-backed plan", "U.K.-"), Some("U.K."));
        // a sentence's period after a whole word stays the sentence's
        assert_eq!(tidied("They flew to Oslo.", "Oslo"), Some("Oslo"));
    }

    #[test]
    fn a_joining_word_never_ends_a_name() {
        assert_eq!(tidied("Fiat and General Motors", "Fiat and"), Some("Fiat"));
        assert_eq!(tidied("the Paris Club of creditor nations", "Paris Club of"), Some("Paris Club"));
        assert_eq!(tidied("Trinity Mirror and the Daily Mail", "Trinity Mirror and the"), Some("Trinity Mirror"));
        assert_eq!(tidied("Acme Inc. and rivals", "Acme Inc. and"), Some("Acme Inc."));
        // inside a name they stay, and a capitalised one is a word of the name
        assert_eq!(tidied("the Bank of England said", "Bank of England"), Some("Bank of England"));
        assert_eq!(tidied("in The Hague", "The Hague"), Some("The Hague"));
        assert_eq!(tidied("a film, The", "The"), Some("The"));
    }

    #[test]
    fn a_name_run_on_into_of_takes_the_next_name_in() {
        use EntityLabel::*;
        let text = "He saw Gangs of New York, the Bank of England and a friend of\nMary.";
        let at = |w: &str| text.find(w).unwrap();
        let ends = |w: &str| at(w) + w.len();
        // A name ended on "of" and another beginning one space later.
        assert!(runs_on_into(text, (at("Gangs"), ends("Gangs of"), Misc), (at("New"), Loc)));
        assert!(runs_on_into(text, (at("Bank"), ends("Bank of"), Org), (at("England"), Org)));
        // Not when the name ends on another word, when a line break lies
        // between, or when "of" is all the name holds.
        assert!(!runs_on_into(text, (at("Gangs"), ends("Gangs"), Misc), (at("of"), Misc)));
        assert!(!runs_on_into(text, (at("friend"), ends("friend of"), Per), (at("Mary"), Per)));
        assert!(!runs_on_into(text, (at("of New"), ends("of"), Misc), (at("New"), Loc)));
    }

    #[test]
    fn a_company_of_a_place_stays_two_names() {
        let text = "SK Telecom of South Korea";
        let of = text.find(" South").unwrap();
        let korea = of + 1;
        assert!(!runs_on_into(text, (0, of, EntityLabel::Org), (korea, EntityLabel::Loc)));
        assert!(runs_on_into(text, (0, of, EntityLabel::Misc), (korea, EntityLabel::Loc)));
    }

    #[test]
    fn a_former_ex_is_no_part_of_the_name() {
        assert_eq!(tidied("Ex-Boeing director jailed", "Ex-Boeing"), Some("Boeing"));
        assert_eq!(tidied("the ex-Chelsea striker", "ex-Chelsea"), Some("Chelsea"));
        assert_eq!(tidied("a pro-Baghdad militia", "pro-Baghdad"), Some("pro-Baghdad"));
        assert_eq!(tidied("an ex-president", "ex-president"), Some("ex-president"));
    }

    #[test]
    fn a_joining_word_after_a_no_break_space_goes_too() {
        let text = "Gov.\u{a0}Chris Christie of\u{a0}the";
        assert_eq!(tidied(text, "Chris Christie of\u{a0}the"), Some("Chris Christie"));
        assert_eq!(tidied("New\u{a0}York", "New\u{a0}York"), Some("New\u{a0}York"));
    }

    #[test]
    fn punctuation_alone_is_no_name() {
        assert_eq!(tidied("He left . Then", "."), None);
        assert_eq!(tidied("a -- b", "--"), None);
    }

    #[test]
    fn quotes_and_commas_around_a_name_stay_out() {
        assert_eq!(tidied("the “Fenwick” brand", "“Fenwick”"), Some("Fenwick"));
        assert_eq!(tidied("in Lagos, Nigeria", "Lagos,"), Some("Lagos"));
    }

    #[test]
    fn a_bracket_closing_inside_the_name_stays() {
        assert_eq!(tidied("the Party (Reformed) said", "Party (Reformed)"), Some("Party (Reformed)"));
        assert_eq!(tidied("(Norway)", "(Norway)"), Some("Norway"));
    }
}
