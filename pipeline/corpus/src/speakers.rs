//! One speaker however written. A quotation's speaker, as its article resolved it, is keyed
//! like an entity; where the key names a canonical entity the speaker is that entity, so
//! "Volodymyr Zelensky" and "Volodymyr Zelenskyy" are one speaker. Descriptions that are not
//! names ("U.S. officials") are speakers of their own, keyed without their determiner. What
//! the words carry beside the name (an acronym in brackets, an appositive) is left out.
//! Pronouns the article could not resolve are no one's.

use crate::appositive::core_name;
use crate::counts::{ranked_id, sorted_stably, Alias, Counts, DocList};
use crate::entities::{Label, MergedEntities};
use crate::normalize::{shared_name_tokens, strip_determiner, strip_possessive};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

mod descriptions;
use descriptions::{names_people_of_a_kind, plural_of_acronym, written_as_name, written_in_lower_case};

/// Speaker words that name no one unless the article resolved them.
const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "which", "who", "this", "that", "one", "him",
    "her", "them", "its",
];

/// Forms of address: alone, one names nobody ("Mr" where an article's "Mr Ebbers" lost its
/// name), and every such speaker or person of the corpus would pool into one.
pub(crate) const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "prof",
];

/// Words that join two subjects; a title holds none.
const CONJUNCTIONS: &[&str] = &["and", "or", "nor", "but", "&"];

/// Titles longer than this are clauses, not titles.
const MAX_TITLE_WORDS: usize = 6;

/// A speaker as one quotation gives it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SpeakerMention {
    /// The resolved name, determiner and possessive dropped.
    pub name: String,
    /// A title or role written with the name ("Defense Secretary", "spokesman").
    pub title: Option<String>,
    /// The folded key of the name.
    pub key: String,
}

impl SpeakerMention {
    /// Reads a quotation's speaker; `None` for an unresolved pronoun or a form of address
    /// alone.
    pub fn new(text: &str, name: &str) -> Option<SpeakerMention> {
        let name = strip_possessive(strip_determiner(&core_name(name)))
            .trim()
            .to_string();
        let name_words = shared_name_tokens(&name);
        let key = name_words.join(" ");
        if key.is_empty() || PRONOUNS.contains(&key.as_str()) || HONORIFICS.contains(&key.as_str())
        {
            return None;
        }
        let title = title_of(text, &name_words);
        Some(SpeakerMention { name, title, key })
    }
}

/// The title in a speaker's words: what precedes the name ("White House spokesperson" in
/// "White House spokesperson John Kirby"), or the words themselves when they hold no part of
/// the name and are not a pronoun ("the defense secretary" for "Lloyd Austin").
fn title_of(text: &str, name_words: &[String]) -> Option<String> {
    let text = strip_possessive(strip_determiner(text));
    let text_words = shared_name_tokens(text);
    let joined = text_words.join(" ");
    let title = if text_words.ends_with(name_words) && text_words.len() > name_words.len() {
        // Cut the written text before the name's first word.
        let keep = text_words.len() - name_words.len();
        let mut seen = 0;
        let cut = text
            .split_whitespace()
            .take_while(|w| {
                seen += shared_name_tokens(w).len();
                seen <= keep
            })
            .collect::<Vec<_>>();
        title_words(&cut)
    } else if !text_words.iter().any(|w| name_words.contains(w))
        && !PRONOUNS.contains(&joined.as_str())
        // A possessive or quantifier alone ("his" resolved to the name) describes no one.
        && !LEADING_NOT_TITLE.contains(&joined.as_str())
    {
        text.to_string()
    } else {
        return None;
    };
    // A form of address before the name ("manager Sir Alex Ferguson", "Dr Liam Fox") is
    // how the name is written, not a title or role.
    let mut kept: Vec<&str> = title.split_whitespace().collect();
    while kept.last().is_some_and(|w| {
        let bare = w.trim_end_matches([',', '.']).to_lowercase();
        HONORIFICS.contains(&bare.as_str())
    }) {
        kept.pop();
    }
    let title = kept.join(" ");
    // "Liverpool's" before "Rafael Benitez" says whose he is: the title is "Liverpool".
    let title = strip_possessive(strip_determiner(title.trim_end_matches([',', ' ']))).to_string();
    // An age ("the 28-year-old") or a pronoun-like "one" describes the person as the
    // article saw them that day, and it is the words most often resolved to the wrong
    // antecedent: no role to list.
    if title.split_whitespace().all(|w| {
        let w = w.to_lowercase();
        w.ends_with("-year-old") || matches!(w.as_str(), "one" | "another")
    }) {
        return None;
    }
    let words = title.split_whitespace().count();
    // "Russia and" in "Russia and North Korea" is another subject, not a title.
    let joins = title
        .split_whitespace()
        .any(|w| CONJUNCTIONS.contains(&w.to_lowercase().as_str()));
    (words > 0 && words <= MAX_TITLE_WORDS && !joins && title.chars().any(char::is_alphabetic))
        .then_some(title)
}

/// Lower-case words that belong to a title before a name ("White House spokesperson John
/// Kirby", "former defence minister Ben Wallace"); a title is otherwise capitalised words.
const ROLE_WORDS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "minister",
    "president",
    "leader",
    "chief",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "official",
    "officer",
    "adviser",
    "advisor",
    "ambassador",
    "governor",
    "senator",
    "mayor",
    "commander",
    "general",
    "analyst",
    "economist",
    "executive",
    "head",
    "deputy",
    "vice",
    "foreign",
    "defence",
    "defense",
    "prime",
    "interior",
    "finance",
    "health",
    "former",
    "senior",
    "coach",
    "manager",
    "captain",
    "boss",
    "chancellor",
    "spokesperson's",
    "lawyer",
    "attorney",
    "judge",
    "professor",
    "founder",
    "general-secretary",
    "secretary-general",
    "of",
    "for",
    "and",
    "the",
];

/// Words that open a noun phrase but are no part of a title ("Some analysts", "His party
/// leader").
const LEADING_NOT_TITLE: &[&str] = &[
    "of", "for", "and", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
    "this", "that", "these", "those", "some", "many", "other", "several", "most", "all", "both",
    "another",
];

/// Prepositions that end a phrase before a title ("a letter from the office chief").
const PREPOSITIONS: &[&str] = &[
    "from",
    "with",
    "by",
    "at",
    "in",
    "on",
    "to",
    "alongside",
    "about",
    "against",
    "among",
    "between",
    "into",
    "like",
    "than",
    "via",
    "without",
];

/// The title in the words before a name: their last run of capitalised or role words, so a
/// clause the speaker span swept in stays out ("Conservatives accepted Prime Minister" →
/// "Prime Minister").
fn title_words(words: &[&str]) -> String {
    let role = |w: &str| ROLE_WORDS.contains(&w.to_lowercase().as_str());
    let mut keep = 0;
    // Whether a role word ("secretary", not "of") stands among the words kept so far.
    let mut role_after = false;
    for w in words.iter().rev() {
        let capitalised = w
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic());
        // A lower-case word before the role it qualifies is part of it ("shadow home
        // secretary", "race director", "political editor"), unless it could close a
        // clause the span swept in: a past form ("accepted Prime Minister") or a word
        // that opens a phrase.
        let modifier = keep > 0
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && !w.ends_with("ed")
            && !LEADING_NOT_TITLE.contains(w)
            && !CONJUNCTIONS.contains(w)
            && !PREPOSITIONS.contains(w)
            && role_after;
        if capitalised || role(w) || modifier {
            keep += 1;
            role_after |= role(w) && !LEADING_NOT_TITLE.contains(&w.to_lowercase().as_str());
        } else {
            break;
        }
    }
    let mut title = &words[words.len() - keep..];
    while let Some((first, rest)) = title.split_first() {
        if LEADING_NOT_TITLE.contains(&first.to_lowercase().as_str()) {
            title = rest;
        } else {
            break;
        }
    }
    title.join(" ")
}

/// A canonical speaker of the corpus view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerRow {
    /// `S` and the rank by quotations.
    pub id: String,
    /// The entity's name when the speaker is one, else the most frequent form.
    pub name: String,
    /// Each name as the articles resolved it, with its count.
    pub aliases: Vec<Alias>,
    /// The entity id when the speaker is a named entity.
    pub entity: Option<String>,
    /// Quotations attributed to the speaker.
    pub quotes: u64,
    /// Documents that quote the speaker, in input order.
    pub documents: Vec<String>,
    /// Titles and roles written with the name, with counts.
    pub titles: Vec<Alias>,
}

/// One key's speaker in one document.
#[derive(Debug, Default)]
struct Node {
    names: Counts,
    titles: Counts,
    quotes: u64,
    documents: DocList,
    doc: u32,
}

/// Speakers gathered as documents stream by, one node per folded name and document.
#[derive(Debug, Default)]
pub(crate) struct SpeakerTable {
    nodes: Vec<Node>,
    keys: Vec<String>,
    /// The latest node of each key: documents arrive one after another.
    index: rustc_hash::FxHashMap<String, usize>,
}

/// Speakers merged: rows, and the way from a node to the speaker a quotation or claim
/// names. That is its row, except that one article's description and another's are one
/// speaker there: two articles' "the company said" with the same words are one quotation.
pub(crate) struct MergedSpeakers {
    pub rows: Vec<SpeakerRow>,
    /// Each node's speaker, an index into `speaker_names`.
    pub node_speaker: Vec<usize>,
    /// The name of each speaker a quotation or claim names: its most quoted row's.
    pub speaker_names: Vec<String>,
    /// Each node's row in `rows`: one article's description is not another's.
    pub node_row: Vec<usize>,
}

impl SpeakerTable {
    /// Adds one quotation's speaker; returns its node.
    pub fn add(&mut self, doc: u32, speaker: &SpeakerMention) -> u32 {
        let i = match self.index.get_mut(&speaker.key) {
            Some(i) if self.nodes[*i].doc == doc => *i,
            latest => {
                let i = self.nodes.len();
                match latest {
                    Some(latest) => *latest = i,
                    None => {
                        self.index.insert(speaker.key.clone(), i);
                    }
                }
                self.nodes.push(Node {
                    doc,
                    ..Node::default()
                });
                self.keys.push(speaker.key.clone());
                i
            }
        };
        let node = &mut self.nodes[i];
        node.names.add(&speaker.name);
        if let Some(t) = &speaker.title {
            node.titles.add(t);
        }
        node.quotes += 1;
        node.documents.push(doc);
        i as u32
    }

    /// One row per entity spoken for, one per other name, and one per description and
    /// document.
    pub fn merge(self, entities: &MergedEntities, doc_ids: &[String]) -> MergedSpeakers {
        // A key some article writes in lower case is a description ("analysts", "the
        // company"): the company of one article is not that of another, so a description
        // is a speaker of its article alone. A name no entity holds ("Woolf") spans them.
        // A person named by nationality ("the American") is a description too, and names
        // no entity.
        let by_nationality: FxHashSet<&str> = self
            .keys
            .iter()
            .zip(&self.nodes)
            .filter(|(key, n)| nationality_speaker(key, &n.names, entities))
            .map(|(k, _)| k.as_str())
            .collect();
        let descriptions: FxHashSet<&str> = self
            .keys
            .iter()
            .zip(&self.nodes)
            .filter(|(key, n)| {
                by_nationality.contains(key.as_str())
                    || n.names
                        .iter()
                        .any(|(form, _)| written_in_lower_case(form) || plural_of_acronym(form))
            })
            .map(|(k, _)| k.as_str())
            .collect();
        type GroupKey<'k> = (Option<usize>, &'k str, Option<u32>);
        let mut row_of_group: FxHashMap<GroupKey, usize> = FxHashMap::default();
        let mut groups: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
        let mut group_speaker: Vec<(Option<usize>, &str)> = Vec::new();
        let mut node_group = Vec::with_capacity(self.nodes.len());
        for (i, key) in self.keys.iter().enumerate() {
            // A description written in lower case ("the company said", "the firm") names
            // no entity, even where a title or name folds to the same key ("The Firm").
            let entity = entities
                .by_key(key)
                .filter(|_| written_as_name(&self.nodes[i].names))
                .filter(|_| !by_nationality.contains(key.as_str()));
            let group_key = match entity {
                Some(_) => (entity, "", None),
                None if descriptions.contains(key.as_str()) => {
                    (None, key.as_str(), Some(self.nodes[i].doc))
                }
                None => (None, key.as_str(), None),
            };
            let g = *row_of_group.entry(group_key).or_insert_with(|| {
                groups.push((entity, Vec::new()));
                group_speaker.push((group_key.0, group_key.1));
                groups.len() - 1
            });
            groups[g].1.push(i);
            node_group.push(g);
        }
        let rows: Vec<(SpeakerRow, usize)> = groups
            .par_iter()
            .enumerate()
            .map(|(g, (entity, members))| {
                // Most speakers are one node: read it as it is.
                let merged: Node;
                let Node {
                    names,
                    titles,
                    quotes,
                    documents,
                    ..
                } = match &members[..] {
                    [only] => &self.nodes[*only],
                    _ => {
                        merged = merge_nodes(&self.nodes, members);
                        &merged
                    }
                };
                let name = match entity {
                    Some(e) => entities.rows[*e].name.clone(),
                    None => names.top().unwrap_or_default().to_string(),
                };
                let row = SpeakerRow {
                    id: String::new(),
                    name,
                    aliases: names.aliases(),
                    entity: entity.map(|e| entities.rows[e].id.clone()),
                    quotes: *quotes,
                    documents: documents.ids(doc_ids),
                    titles: titles.aliases(),
                };
                (row, g)
            })
            .collect();
        let mut rows = sorted_stably(rows, |(a, _), (b, _)| {
            b.quotes
                .cmp(&a.quotes)
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.entity.cmp(&b.entity))
        });
        let mut group_index = vec![0; groups.len()];
        let mut group_row = vec![0; groups.len()];
        let mut speaker_of: FxHashMap<(Option<usize>, &str), usize> = FxHashMap::default();
        let mut speaker_names = Vec::new();
        for (rank, (row, g)) in rows.iter_mut().enumerate() {
            row.id = ranked_id(b'S', rank);
            group_row[*g] = rank;
            group_index[*g] = *speaker_of.entry(group_speaker[*g]).or_insert_with(|| {
                speaker_names.push(row.name.clone());
                speaker_names.len() - 1
            });
        }
        // A description's name is its most frequent form over all its articles.
        let mut forms: Vec<Counts> = Vec::new();
        forms.resize_with(speaker_names.len(), Counts::default);
        for (g, (entity, members)) in groups.iter().enumerate() {
            if entity.is_none() {
                for &m in members {
                    forms[group_index[g]].merge(&self.nodes[m].names);
                }
            }
        }
        for (name, forms) in speaker_names.iter_mut().zip(&forms) {
            if let Some(top) = forms.top() {
                *name = top.to_string();
            }
        }
        MergedSpeakers {
            rows: rows.into_iter().map(|(r, _)| r).collect(),
            node_speaker: node_group.iter().map(|&g| group_index[g]).collect(),
            speaker_names,
            node_row: node_group.into_iter().map(|g| group_row[g]).collect(),
        }
    }
}

/// Whether a speaker is a person or people of a nation or party, named by a word the corpus
/// tags MISC ("the American", "the Irishman", "Britons"): the American of one article is not
/// that of another, so it is a description, a speaker of its article alone.
fn nationality_speaker(key: &str, names: &Counts, entities: &MergedEntities) -> bool {
    names.top().is_some_and(names_people_of_a_kind)
        && entities
            .by_key(key)
            .is_some_and(|e| entities.rows[e].label == Label::Misc)
}

/// The counts of several nodes added up.
fn merge_nodes(nodes: &[Node], members: &[usize]) -> Node {
    let mut merged = Node::default();
    for &m in members {
        let n = &nodes[m];
        merged.names.merge(&n.names);
        merged.titles.merge(&n.titles);
        merged.documents.merge(&n.documents);
        merged.quotes += n.quotes;
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{resolve_in_document, EntityTable};

    #[test]
    fn an_unresolved_pronoun_is_no_speaker() {
        assert_eq!(SpeakerMention::new("he", "he"), None);
        assert_eq!(SpeakerMention::new("It", "it"), None);
    }

    #[test]
    fn a_form_of_address_alone_is_no_speaker() {
        assert_eq!(SpeakerMention::new("Mrs", "Mrs"), None);
        assert_eq!(SpeakerMention::new("Dr.", "Dr."), None);
        let s = SpeakerMention::new("Mrs Okafor", "Mrs Okafor").unwrap();
        assert_eq!(s.name, "Mrs Okafor");
    }

    #[test]
    fn the_words_before_the_name_are_its_title() {
        let s = SpeakerMention::new("White House spokesperson John Kirby", "John Kirby").unwrap();
        assert_eq!(s.title.as_deref(), Some("White House spokesperson"));
        let s = SpeakerMention::new("U.S. Defense Secretary Lloyd Austin", "Lloyd Austin").unwrap();
        assert_eq!(s.title.as_deref(), Some("U.S. Defense Secretary"));
    }

    #[test]
    fn a_description_without_the_name_is_a_title() {
        let s = SpeakerMention::new("the defense secretary", "Lloyd Austin").unwrap();
        assert_eq!(s.title.as_deref(), Some("defense secretary"));
    }

    #[test]
    fn a_clause_before_the_title_is_left_out() {
        let s = SpeakerMention::new(
            "Conservatives accepted Prime Minister Tony Blair",
            "Tony Blair",
        )
        .unwrap();
        assert_eq!(s.title.as_deref(), Some("Prime Minister"));
        let s = SpeakerMention::new("former defence minister Ben Wallace", "Ben Wallace").unwrap();
        assert_eq!(s.title.as_deref(), Some("former defence minister"));
        assert_eq!(
            SpeakerMention::new("Some analysts", "analysts")
                .unwrap()
                .title,
            None
        );
        let s = SpeakerMention::new("His deputy Jane Doe", "Jane Doe").unwrap();
        assert_eq!(s.title.as_deref(), Some("deputy"));
    }

    #[test]
    fn a_lower_case_word_before_a_role_qualifies_it() {
        for (span, title) in [
            ("shadow home secretary Vera Holt", "shadow home secretary"),
            ("the festival director Vera Holt", "festival director"),
            (
                "Lib Dem home affairs spokesman Vera Holt",
                "Lib Dem home affairs spokesman",
            ),
        ] {
            let s = SpeakerMention::new(span, "Vera Holt").unwrap();
            assert_eq!(s.title.as_deref(), Some(title), "{span}");
        }
        // A word that closes a clause swept into the span stays out.
        let s = SpeakerMention::new("voters rejected Mayor Vera Holt", "Vera Holt").unwrap();
        assert_eq!(s.title.as_deref(), Some("Mayor"));
        let s = SpeakerMention::new("a note from harbour chief Vera Holt", "Vera Holt").unwrap();
        assert_eq!(s.title.as_deref(), Some("harbour chief"));
        // "of" joins a title ("Secretary of State") but is no role a word qualifies.
        let s = SpeakerMention::new("star of Vera Holt", "Vera Holt").unwrap();
        assert_eq!(s.title, None);
    }

    #[test]
    fn a_possessive_before_the_name_is_whose_it_is() {
        let m = SpeakerMention::new("Harbour Rovers' Imogen Tarrant", "Imogen Tarrant").unwrap();
        assert_eq!(m.title.as_deref(), Some("Harbour Rovers"));
        let m = SpeakerMention::new("Vale's Imogen Tarrant", "Imogen Tarrant").unwrap();
        assert_eq!(m.title.as_deref(), Some("Vale"));
    }

    #[test]
    fn a_possessive_alone_is_no_title() {
        for word in ["his", "Her", "their"] {
            let m = SpeakerMention::new(word, "Imogen Tarrant").unwrap();
            assert_eq!(m.title, None, "{word}");
        }
    }

    #[test]
    fn an_age_alone_or_one_is_no_title() {
        for text in ["the 44-year-old", "One", "Another"] {
            let s = SpeakerMention::new(text, "Rosa Diaz").unwrap();
            assert_eq!(s.title, None, "{text}");
        }
        let s = SpeakerMention::new("the 44-year-old chemist", "Rosa Diaz").unwrap();
        assert_eq!(s.title.as_deref(), Some("44-year-old chemist"));
    }

    #[test]
    fn another_subject_joined_to_the_name_is_no_title() {
        assert_eq!(
            SpeakerMention::new("Russia and North Korea", "North Korea")
                .unwrap()
                .title,
            None
        );
    }

    #[test]
    fn the_name_alone_or_a_surname_gives_no_title() {
        assert_eq!(
            SpeakerMention::new("Austin", "Lloyd Austin").unwrap().title,
            None
        );
        assert_eq!(
            SpeakerMention::new("Yoon Suk-yeol,", "Yoon Suk-yeol")
                .unwrap()
                .title,
            None
        );
        assert_eq!(
            SpeakerMention::new("Austin’s comment", "Lloyd Austin")
                .unwrap()
                .title,
            None
        );
    }

    #[test]
    fn a_form_of_address_before_the_name_is_no_title() {
        let s = SpeakerMention::new("Leeds captain Sir Ian Moore", "Ian Moore").unwrap();
        assert_eq!(s.title.as_deref(), Some("Leeds captain"));
        assert_eq!(
            SpeakerMention::new("Dr Nia Evans", "Nia Evans")
                .unwrap()
                .title,
            None
        );
    }

    #[test]
    fn a_description_in_lower_case_is_no_entity() {
        let mut e = EntityTable::default();
        e.add(0, &resolve_in_document(&[("The Union", "MISC")], &[]));
        e.add(0, &resolve_in_document(&[("Acme", "ORG")], &[]));
        let ids = vec!["a".to_string()];
        let merged = e.merge(&ids);
        let mut s = SpeakerTable::default();
        s.add(0, &SpeakerMention::new("the union", "union").unwrap());
        s.add(0, &SpeakerMention::new("Acme", "Acme").unwrap());
        let m = s.merge(&merged, &ids);
        let linked: Vec<(&str, bool)> = m
            .rows
            .iter()
            .map(|r| (r.name.as_str(), r.entity.is_some()))
            .collect();
        assert!(linked.contains(&("union", false)), "{linked:?}");
        assert!(linked.contains(&("Acme", true)), "{linked:?}");
    }

    #[test]
    fn a_person_named_by_nationality_is_a_speaker_of_its_article_alone() {
        let mut e = EntityTable::default();
        let ids: Vec<String> = ["a", "b"].map(String::from).to_vec();
        for doc in 0..2 {
            e.add(doc, &resolve_in_document(&[("Peruvian", "MISC"), ("Acme", "ORG")], &[]));
        }
        let merged = e.merge(&ids);
        let mut s = SpeakerTable::default();
        for doc in 0..2 {
            // One article's "the Peruvian" is not another's.
            s.add(doc, &SpeakerMention::new("the Peruvian", "Peruvian").unwrap());
            s.add(doc, &SpeakerMention::new("Acme", "Acme").unwrap());
        }
        let m = s.merge(&merged, &ids);
        let rows: Vec<(&str, usize, bool)> = m
            .rows
            .iter()
            .map(|r| (r.name.as_str(), r.documents.len(), r.entity.is_some()))
            .collect();
        assert_eq!(
            rows,
            [("Acme", 2, true), ("Peruvian", 1, false), ("Peruvian", 1, false)]
        );
    }

    #[test]
    fn a_description_is_a_speaker_of_its_article_alone() {
        let merged = EntityTable::default().merge(&[]);
        let ids: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        let mut s = SpeakerTable::default();
        // Two articles' banks are two banks, however each writes the word.
        s.add(0, &SpeakerMention::new("the bank", "bank").unwrap());
        s.add(0, &SpeakerMention::new("The bank", "bank").unwrap());
        s.add(1, &SpeakerMention::new("Bank", "Bank").unwrap());
        // A name no entity holds is one speaker across the articles.
        s.add(0, &SpeakerMention::new("Okonjo", "Okonjo").unwrap());
        s.add(2, &SpeakerMention::new("Okonjo", "Okonjo").unwrap());
        let m = s.merge(&merged, &ids);
        let rows: Vec<(&str, u64, usize)> = m
            .rows
            .iter()
            .map(|r| (r.name.as_str(), r.quotes, r.documents.len()))
            .collect();
        assert_eq!(rows, [("Okonjo", 2, 2), ("bank", 2, 1), ("Bank", 1, 1)]);
        // Quotations and claims still see one bank: the same words in two articles join.
        assert_eq!(m.speaker_names, ["Okonjo", "bank"]);
        s = SpeakerTable::default();
        s.add(0, &SpeakerMention::new("Bank", "Bank").unwrap());
        s.add(0, &SpeakerMention::new("Bank", "Bank").unwrap());
        s.add(1, &SpeakerMention::new("the bank", "bank").unwrap());
        s.add(2, &SpeakerMention::new("the bank", "bank").unwrap());
        s.add(2, &SpeakerMention::new("the bank", "bank").unwrap());
        // Named as most articles write it, not as its most quoted article does.
        assert_eq!(s.merge(&merged, &ids).speaker_names, ["bank"]);
        assert_eq!(m.node_speaker, [1, 1, 0, 0]);
    }

    #[test]
    fn the_plural_of_an_acronym_is_a_description() {
        let merged = EntityTable::default().merge(&[]);
        let ids: Vec<String> = ["a", "b"].map(String::from).to_vec();
        let mut s = SpeakerTable::default();
        // Two articles' MPs are not the same people.
        s.add(0, &SpeakerMention::new("MPs", "MPs").unwrap());
        s.add(1, &SpeakerMention::new("MPs", "MPs").unwrap());
        s.add(
            0,
            &SpeakerMention::new("Harbour GPs", "Harbour GPs").unwrap(),
        );
        s.add(
            1,
            &SpeakerMention::new("Harbour GPs", "Harbour GPs").unwrap(),
        );
        // An acronym itself and a name ending in "s" stay one speaker across articles.
        s.add(0, &SpeakerMention::new("NATO", "NATO").unwrap());
        s.add(1, &SpeakerMention::new("NATO", "NATO").unwrap());
        s.add(0, &SpeakerMention::new("Ada Jones", "Ada Jones").unwrap());
        s.add(1, &SpeakerMention::new("Ada Jones", "Ada Jones").unwrap());
        let m = s.merge(&merged, &ids);
        let mut rows: Vec<(&str, usize)> = m
            .rows
            .iter()
            .map(|r| (r.name.as_str(), r.documents.len()))
            .collect();
        rows.sort();
        assert_eq!(
            rows,
            [
                ("Ada Jones", 2),
                ("Harbour GPs", 1),
                ("Harbour GPs", 1),
                ("MPs", 1),
                ("MPs", 1),
                ("NATO", 2)
            ]
        );
    }

    #[test]
    fn spellings_of_one_entity_are_one_speaker() {
        let mut e = EntityTable::default();
        e.add(
            0,
            &resolve_in_document(&[("Volodymyr Zelensky", "PER")], &[]),
        );
        e.add(
            1,
            &resolve_in_document(&[("Volodymyr Zelenskyy", "PER")], &[]),
        );
        let ids = vec!["a".to_string(), "b".to_string()];
        let merged = e.merge(&ids);
        let mut s = SpeakerTable::default();
        s.add(
            0,
            &SpeakerMention::new("President Volodymyr Zelensky", "Volodymyr Zelensky").unwrap(),
        );
        s.add(
            1,
            &SpeakerMention::new("Zelenskyy", "Volodymyr Zelenskyy").unwrap(),
        );
        s.add(1, &SpeakerMention::new("officials", "officials").unwrap());
        let m = s.merge(&merged, &ids);
        assert_eq!(m.rows.len(), 2);
        assert_eq!(m.rows[0].quotes, 2);
        assert_eq!(m.rows[0].entity.as_deref(), Some("E1"));
        assert_eq!(m.rows[0].aliases.len(), 2);
        assert_eq!(m.rows[0].titles[0].text, "President");
        assert_eq!(m.rows[1].entity, None);
    }
}
