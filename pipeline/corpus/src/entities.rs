//! One entity however spelled. Mentions are first resolved inside their article (a surname
//! to the full name used earlier, an acronym to the name it abbreviates there), then merged
//! across articles by evidence: the same folded key (clipped words spelled out), a middle
//! name or initial more, a short given name that opens exactly one longer one, a lone
//! surname with exactly one full name in the corpus whose articles name the same people or
//! organisations, an acronym with exactly one expansion.
//! Labels must agree: a person never merges with an organisation or place.

use crate::context::Cooccurrence;
use crate::counts::{components, ranked_id, sorted_stably, Counts, DocList};
use crate::normalize::{initials, is_acronym, shared_name_tokens, strip_possessive};
use petgraph::unionfind::UnionFind;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::rc::Rc;

mod rules;
use rules::{
    merge_acronyms, merge_lone_surnames, merge_middle_names, merge_plural_peoples,
    merge_short_given_names,
};

/// The four CoNLL labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Label {
    /// A person.
    #[serde(rename = "PER")]
    Per,
    /// An organisation.
    #[serde(rename = "ORG")]
    Org,
    /// A place.
    #[serde(rename = "LOC")]
    Loc,
    /// Anything else named: nationalities, events, works.
    #[serde(rename = "MISC")]
    Misc,
}

impl Label {
    /// Reads a label as the NER stage writes it; `None` for anything else.
    pub fn parse(label: &str) -> Option<Label> {
        match label {
            "PER" => Some(Label::Per),
            "ORG" => Some(Label::Org),
            "LOC" => Some(Label::Loc),
            "MISC" => Some(Label::Misc),
            _ => None,
        }
    }
    fn index(self) -> usize {
        self as usize
    }
    const ALL: [Label; 4] = [Label::Per, Label::Org, Label::Loc, Label::Misc];
}

/// One spelling and label of an article, after resolution inside the article, with how often
/// it occurs there.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mention {
    /// As written, possessive dropped.
    pub surface: String,
    /// The fullest form the article itself supports.
    pub resolved: String,
    /// The folded key of `resolved`.
    pub key: String,
    pub label: Label,
    /// Mentions of this spelling with this label in the article.
    pub count: u32,
}

/// Resolves an article's mentions: a PER mention whose words end one longer PER name of the
/// article (or one of its quotation speakers' names) becomes that name, when exactly one such
/// name exists; an acronym becomes the one multi-word non-person name of the article whose
/// initials it spells.
pub(crate) fn resolve_in_document(
    entities: &[(&str, &str)],
    speaker_names: &[&str],
) -> Vec<Mention> {
    // Articles repeat their names: each spelling and label is folded and resolved once.
    let mut seen: FxHashMap<(&str, Label), usize> = FxHashMap::default();
    let mut parsed: Vec<(&str, Label, Rc<[String]>)> = Vec::new();
    let mut counts: Vec<u32> = Vec::new();
    for (text, label) in entities {
        let surface = strip_possessive(text.trim());
        let Some(label) = Label::parse(label) else {
            continue;
        };
        if let Some(&i) = seen.get(&(surface, label)) {
            counts[i] += 1;
            continue;
        }
        let tokens = shared_name_tokens(surface);
        if tokens.is_empty() {
            continue;
        }
        seen.insert((surface, label), parsed.len());
        parsed.push((surface, label, tokens));
        counts.push(1);
    }
    // Full person names of the article, by key, first spelling kept.
    let speaker_tokens: Vec<(&str, Rc<[String]>)> = speaker_names
        .iter()
        .map(|name| (*name, shared_name_tokens(name)))
        .collect();
    let mut full_names: Vec<(&[String], &str)> = Vec::new();
    let person_names = parsed
        .iter()
        .filter(|(_, label, _)| *label == Label::Per)
        .map(|(surface, _, tokens)| (*surface, &tokens[..]))
        .chain(
            speaker_tokens
                .iter()
                .map(|(name, tokens)| (*name, &tokens[..])),
        );
    for (surface, tokens) in person_names {
        // "Love" is no surname of the song "Addicted To Love" the model took for a person.
        if tokens.len() >= 2
            && !rules::holds_title_word(tokens)
            && !full_names.iter().any(|(t, _)| *t == tokens)
        {
            full_names.push((tokens, surface));
        }
    }
    let long_others: Vec<(&[String], &str, Option<String>)> = parsed
        .iter()
        .filter(|(_, label, tokens)| *label != Label::Per && tokens.len() >= 2)
        .map(|(surface, _, tokens)| (&tokens[..], *surface, initials(tokens)))
        .collect();

    parsed
        .iter()
        .zip(counts)
        .map(|((surface, label, tokens), count)| {
            let resolved = if *label == Label::Per {
                unique(
                    full_names
                        .iter()
                        .filter(|(full, _)| full.len() > tokens.len() && full.ends_with(tokens))
                        .copied(),
                )
            } else if tokens.len() == 1 && is_acronym(surface) {
                unique(
                    long_others
                        .iter()
                        .filter(|(_, _, ini)| ini.as_deref() == Some(tokens[0].as_str()))
                        .map(|(t, s, _)| (*t, *s)),
                )
            } else {
                None
            };
            let (resolved, key) = match resolved {
                Some((tokens, s)) => (s.to_string(), tokens.join(" ")),
                None => (surface.to_string(), tokens.join(" ")),
            };
            Mention {
                surface: surface.to_string(),
                resolved,
                key,
                label: *label,
                count,
            }
        })
        .collect()
}

/// The one distinct name (by tokens) an iterator yields, if it yields exactly one.
fn unique<'s>(
    mut candidates: impl Iterator<Item = (&'s [String], &'s str)>,
) -> Option<(&'s [String], &'s str)> {
    let first = candidates.next()?;
    candidates.all(|c| c.0 == first.0).then_some(first)
}

/// Mentions that share a folded key and a label family (person or not), across the corpus.
#[derive(Debug)]
struct Node {
    tokens: Vec<String>,
    person: bool,
    labels: [u64; 4],
    surfaces: Counts,
    resolved: Counts,
    acronym_surfaces: u64,
    mentions: u64,
    documents: DocList,
}

impl Node {
    fn new(tokens: Vec<String>, person: bool) -> Node {
        Node {
            tokens,
            person,
            labels: [0; 4],
            surfaces: Counts::default(),
            resolved: Counts::default(),
            acronym_surfaces: 0,
            mentions: 0,
            documents: DocList::default(),
        }
    }
}

/// A canonical entity of the corpus view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityRow {
    /// Stable within one output: `E` and the rank by mentions.
    pub id: String,
    /// The fullest form, the most frequent among equally full ones.
    pub name: String,
    /// The majority label of its mentions.
    pub label: Label,
    /// Each form as written, with its count, most frequent first.
    pub aliases: Vec<crate::counts::Alias>,
    /// Mentions across the corpus.
    pub mentions: u64,
    /// Documents that mention it, in input order.
    pub documents: Vec<String>,
}

/// Gathers mentions as documents stream by; memory grows with distinct names, not with text.
#[derive(Debug, Default)]
pub(crate) struct EntityTable {
    nodes: Vec<Node>,
    /// Person nodes by key.
    persons: FxHashMap<String, usize>,
    /// Other nodes by key.
    others: FxHashMap<String, usize>,
}

/// Entities merged, with the way back from a name's key to its entity.
pub(crate) struct MergedEntities {
    pub rows: Vec<EntityRow>,
    /// Person nodes by key.
    persons: FxHashMap<String, usize>,
    /// Other nodes by key.
    others: FxHashMap<String, usize>,
    /// Each node's entity row.
    node_entity: Vec<usize>,
}

impl MergedEntities {
    /// The entity row of a folded key as articles resolved it: the person when one answers
    /// to it, else the other entity.
    pub fn by_key(&self, key: &str) -> Option<usize> {
        self.persons
            .get(key)
            .or_else(|| self.others.get(key))
            .map(|&node| self.node_entity[node])
    }
}

impl EntityTable {
    /// Adds one article's resolved mentions.
    pub fn add(&mut self, doc: u32, mentions: &[Mention]) {
        for m in mentions {
            if m.key.is_empty() {
                continue;
            }
            let person = m.label == Label::Per;
            let index = if person {
                &mut self.persons
            } else {
                &mut self.others
            };
            let i = match index.get(&m.key) {
                Some(&i) => i,
                None => {
                    let i = self.nodes.len();
                    index.insert(m.key.clone(), i);
                    self.nodes.push(Node::new(
                        m.key.split(' ').map(str::to_string).collect(),
                        person,
                    ));
                    i
                }
            };
            let node = &mut self.nodes[i];
            let n = u64::from(m.count);
            node.labels[m.label.index()] += n;
            node.surfaces.add_n(&m.surface, n);
            node.resolved.add_n(&m.resolved, n);
            node.acronym_surfaces += if is_acronym(&m.surface) { n } else { 0 };
            node.mentions += n;
            node.documents.push(doc);
        }
    }

    /// Merges nodes by the cross-article rules and ranks the entities.
    pub fn merge(self, doc_ids: &[String]) -> MergedEntities {
        let nodes = &self.nodes;
        let mut sets = UnionFind::<usize>::new(nodes.len());
        merge_middle_names(nodes, &mut sets);
        let context = Cooccurrence::new(nodes.iter().map(|n| {
            let counts = n.person || majority_label(&n.labels) == Label::Org;
            (&n.documents, counts)
        }));
        merge_short_given_names(nodes, &context, &mut sets);
        merge_lone_surnames(nodes, &context, &mut sets);
        merge_acronyms(nodes, &context, &mut sets);
        merge_plural_peoples(nodes, &self.others, &mut sets);

        let rows: Vec<(EntityRow, Vec<usize>)> = components(sets)
            .into_par_iter()
            .map(|members| (entity_row(nodes, &members, doc_ids), members))
            .collect();
        let mut rows = sorted_stably(rows, |(a, _), (b, _)| {
            b.mentions
                .cmp(&a.mentions)
                .then_with(|| a.name.cmp(&b.name))
                .then(a.label.cmp(&b.label))
        });
        let mut node_entity = vec![0; nodes.len()];
        for (rank, (row, members)) in rows.iter_mut().enumerate() {
            row.id = ranked_id(b'E', rank);
            for &m in members.iter() {
                node_entity[m] = rank;
            }
        }
        MergedEntities {
            rows: rows.into_iter().map(|(row, _)| row).collect(),
            persons: self.persons,
            others: self.others,
            node_entity,
        }
    }
}

fn entity_row(nodes: &[Node], members: &[usize], doc_ids: &[String]) -> EntityRow {
    // Most entities are one node: read it as it is.
    let merged: Node;
    let node = match members {
        [only] => &nodes[*only],
        _ => {
            merged = merge_nodes(nodes, members);
            &merged
        }
    };
    let Node {
        labels,
        surfaces,
        resolved,
        documents,
        mentions,
        ..
    } = node;
    let label = majority_label(labels);
    let name = resolved
        .iter()
        .max_by(|(a, ca), (b, cb)| {
            let words = |s: &str| s.split([' ', '-']).filter(|w| !w.is_empty()).count();
            words(a)
                .cmp(&words(b))
                .then(ca.cmp(cb))
                .then_with(|| b.cmp(a))
        })
        .map(|(n, _)| n.to_string())
        .unwrap_or_default();
    EntityRow {
        id: String::new(),
        name,
        label,
        aliases: surfaces.aliases(),
        mentions: *mentions,
        documents: documents.ids(doc_ids),
    }
}

/// The label most mentions give; a tie goes to the earlier of PER, ORG, LOC, MISC.
fn majority_label(labels: &[u64; 4]) -> Label {
    Label::ALL
        .into_iter()
        .max_by_key(|l| (labels[l.index()], std::cmp::Reverse(l.index())))
        .unwrap()
}

/// The counts of several nodes added up.
fn merge_nodes(nodes: &[Node], members: &[usize]) -> Node {
    let mut merged = Node::new(Vec::new(), false);
    for &m in members {
        let n = &nodes[m];
        for (l, c) in merged.labels.iter_mut().zip(n.labels) {
            *l += c;
        }
        merged.surfaces.merge(&n.surfaces);
        merged.resolved.merge(&n.resolved);
        merged.documents.merge(&n.documents);
        merged.mentions += n.mentions;
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(docs: &[&[(&str, &str)]]) -> MergedEntities {
        let mut t = EntityTable::default();
        let ids: Vec<String> = (0..docs.len()).map(|i| format!("d{i}")).collect();
        for (i, ents) in docs.iter().enumerate() {
            t.add(i as u32, &resolve_in_document(ents, &[]));
        }
        t.merge(&ids)
    }

    fn names(m: &MergedEntities) -> Vec<(&str, usize)> {
        m.rows
            .iter()
            .map(|r| (r.name.as_str(), r.aliases.len()))
            .collect()
    }

    #[test]
    fn the_plural_of_a_people_joins_its_singular() {
        let m = table(&[
            &[("Peruvians", "MISC"), ("Peruvian", "MISC")],
            &[("Somalis", "MISC"), ("North Koreans", "MISC")],
            &[("Somali", "MISC"), ("North Korean", "MISC")],
        ]);
        let mut rows: Vec<(&str, usize)> = names(&m);
        rows.sort();
        assert_eq!(rows, [("North Korean", 2), ("Peruvian", 2), ("Somali", 2)]);
    }

    #[test]
    fn the_plural_of_a_party_member_joins_its_singular() {
        let m = table(&[
            &[("Social Democrats", "MISC"), ("Social Democrat", "MISC")],
            &[("Nationalists", "MISC"), ("Nationalist", "MISC")],
            // Clipped and full spellings of one party, singular and plural: one entity.
            &[("Lib Dems", "MISC"), ("Liberal Democrat", "MISC")],
        ]);
        assert_eq!(m.rows.len(), 3, "{:?}", names(&m));
        assert!(m.rows.iter().all(|r| r.aliases.len() == 2), "{:?}", names(&m));
        let party = m.rows.iter().find(|r| r.name.starts_with("Lib")).unwrap();
        let mut forms: Vec<&str> = party.aliases.iter().map(|a| a.text.as_str()).collect();
        forms.sort();
        assert_eq!(forms, ["Lib Dems", "Liberal Democrat"]);
    }

    #[test]
    fn plurals_of_other_names_and_other_labels_stay_apart() {
        let m = table(&[
            &[("Games", "MISC"), ("Game", "MISC"), ("Stars", "MISC")],
            &[("Star", "MISC"), ("Americas", "LOC"), ("American", "MISC")],
            &[("Italians", "MISC"), ("Italian", "ORG"), ("Italian", "ORG")],
        ]);
        assert_eq!(m.rows.len(), 8, "{:?}", names(&m));
    }

    #[test]
    fn a_surname_resolves_to_the_articles_full_name() {
        let m = resolve_in_document(&[("Lloyd Austin", "PER"), ("Austin’s", "PER")], &[]);
        assert_eq!(m[1].resolved, "Lloyd Austin");
        assert_eq!(m[1].surface, "Austin");
    }

    #[test]
    fn a_word_resolves_to_no_title_of_a_work_taken_for_a_person() {
        let m = resolve_in_document(&[("Songs For Harbour", "PER"), ("Harbour", "PER")], &[]);
        assert_eq!(m[1].resolved, "Harbour");
    }

    #[test]
    fn repeated_spellings_are_counted_once_resolved() {
        let m = resolve_in_document(
            &[
                ("Lloyd Austin", "PER"),
                ("Austin", "PER"),
                ("Austin", "PER"),
                ("Austin", "LOC"),
            ],
            &[],
        );
        assert_eq!(m.len(), 3);
        assert_eq!((m[1].count, m[1].resolved.as_str()), (2, "Lloyd Austin"));
        assert_eq!((m[2].count, m[2].resolved.as_str()), (1, "Austin"));
    }

    #[test]
    fn a_surname_shared_by_two_full_names_of_the_article_stays_as_written() {
        let m = resolve_in_document(
            &[
                ("John Smith", "PER"),
                ("Jane Smith", "PER"),
                ("Smith", "PER"),
            ],
            &[],
        );
        assert_eq!(m[2].resolved, "Smith");
    }

    #[test]
    fn a_speakers_full_name_resolves_a_surname() {
        let m = resolve_in_document(&[("Kirby", "PER")], &["John Kirby"]);
        assert_eq!(m[0].resolved, "John Kirby");
    }

    #[test]
    fn an_acronym_resolves_to_the_articles_expansion() {
        let m = resolve_in_document(
            &[
                ("North Atlantic Treaty Organization", "ORG"),
                ("NATO", "ORG"),
            ],
            &[],
        );
        assert_eq!(m[1].resolved, "North Atlantic Treaty Organization");
    }

    #[test]
    fn spellings_merge_across_articles() {
        let m = table(&[
            &[("Volodymyr Zelensky", "PER")],
            &[("Volodymyr Zelenskyy", "PER"), ("Zelenskyy", "PER")],
        ]);
        assert_eq!(m.rows.len(), 1);
        assert_eq!(m.rows[0].mentions, 3);
        assert_eq!(m.rows[0].documents, ["d0", "d1"]);
    }

    #[test]
    fn dotted_and_bare_acronyms_merge() {
        let m = table(&[&[("U.S.", "LOC")], &[("US", "LOC")]]);
        assert_eq!(names(&m), [("U.S.", 2)]);
    }

    #[test]
    fn an_acronym_joins_its_unique_expansion_across_articles() {
        let m = table(&[&[("United Nations", "ORG")], &[("UN", "ORG")]]);
        assert_eq!(m.rows.len(), 1);
        assert_eq!(m.rows[0].name, "United Nations");
    }

    #[test]
    fn an_acronym_with_two_expansions_stays_apart() {
        let m = table(&[
            &[("United Nations", "ORG")],
            &[("Universal Network", "ORG")],
            &[("UN", "ORG")],
        ]);
        assert_eq!(m.rows.len(), 3);
    }

    /// Eighteen articles of other companies (so that a name in two articles is rare), then
    /// `docs`; the rows that hold an "HT".
    fn among_others(docs: &[&[(&str, &str)]]) -> Vec<EntityRow> {
        table_among_others(docs)
            .rows
            .into_iter()
            .filter(|r| r.aliases.iter().any(|a| a.text == "HT"))
            .collect()
    }

    /// The table of `docs` after eighteen articles of one other company each, so that a
    /// name in two of `docs` is rare.
    fn table_among_others(docs: &[&[(&str, &str)]]) -> MergedEntities {
        let others: Vec<String> = (0..18).map(|i| format!("Company {i}")).collect();
        let mut all: Vec<&[(&str, &str)]> = Vec::new();
        let fillers: Vec<[(&str, &str); 1]> =
            others.iter().map(|o| [(o.as_str(), "ORG")]).collect();
        all.extend(fillers.iter().map(|f| &f[..]));
        all.extend_from_slice(docs);
        table(&all)
    }

    #[test]
    fn an_acronym_joins_the_expansion_articles_wrote_it_for_most() {
        let (ht, ada, vale) = (("HT", "ORG"), ("Ada Quist", "PER"), ("Vale Rovers", "ORG"));
        let trust = ("Harbour Trust", "ORG");
        let tower = ("Hill Tower", "ORG");
        let rows = among_others(&[&[trust, ht, ht, ada, vale], &[tower, ht], &[ht, ada, vale]]);
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert!(rows
            .iter()
            .any(|r| r.name == "Harbour Trust" && r.mentions == 4));
        // Its articles keep no company with the expansion's: it stays apart.
        let rows = among_others(&[&[trust, ht, ht], &[tower, ht], &[ht, ada]]);
        assert_eq!(rows.len(), 3, "{rows:?}");
        // Written as often for each: it stays apart.
        let rows = among_others(&[
            &[trust, ht, ada, vale],
            &[tower, ht, ada, vale],
            &[ht, ada, vale],
        ]);
        assert_eq!(rows.len(), 3, "{rows:?}");
    }

    #[test]
    fn two_smiths_stay_apart_and_keep_a_lone_smith_apart() {
        let m = table(&[
            &[("John Smith", "PER")],
            &[("Jane Smith", "PER")],
            &[("Smith", "PER")],
        ]);
        assert_eq!(m.rows.len(), 3);
    }

    /// Two articles, `first` and `second`, each with `beside`, among eighteen others that
    /// name an organisation each: the rows of the first two articles' names.
    fn pair_among_others(first: &str, second: &str, beside: &[(&str, &str)]) -> Vec<EntityRow> {
        let docs: Vec<Vec<(&str, &str)>> = [first, second]
            .into_iter()
            .map(|name| [&[(name, "PER")][..], beside].concat())
            .collect();
        let docs: Vec<&[(&str, &str)]> = docs.iter().map(Vec::as_slice).collect();
        table_among_others(&docs)
            .rows
            .into_iter()
            .filter(|r| r.label == Label::Per)
            .collect()
    }

    #[test]
    fn a_lone_surname_joins_the_only_full_name_with_it() {
        let club = [("Vale Rovers", "ORG"), ("Ada Quist", "PER")];
        let rows = pair_among_others("John Smith", "Smith", &club);
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert!(rows
            .iter()
            .any(|r| r.name == "John Smith" && r.mentions == 2));
    }

    #[test]
    fn a_short_given_name_joins_the_one_longer_name_it_opens() {
        let club = [("Vale Rovers", "ORG"), ("Ada Quist", "PER")];
        let rows = pair_among_others("Sam Okafor", "Samuel Okafor", &club);
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert!(rows.iter().any(|r| r.mentions == 2 && r.aliases.len() == 2));
    }

    #[test]
    fn short_given_names_without_company_or_with_two_fits_stay_apart() {
        // No shared company: two people may share a surname and the opening of a name.
        let rows = pair_among_others("Sam Okafor", "Samuel Okafor", &[]);
        assert_eq!(rows.len(), 2, "{rows:?}");
        // Two longer names open with it: it joins neither.
        let m = table(&[
            &[("Jon Berg", "PER")],
            &[("Jonathan Berg", "PER")],
            &[("Jonas Berg", "PER")],
        ]);
        assert_eq!(m.rows.len(), 3);
        // Other words differ, or the short form is too short to say whose it is.
        let club = [("Vale Rovers", "ORG"), ("Ada Quist", "PER")];
        let rows = pair_among_others("Sam Okafor", "Samuel Okafo", &club);
        assert_eq!(rows.len(), 3, "{rows:?}");
        let rows = pair_among_others("Al Okafor", "Alfred Okafor", &club);
        assert_eq!(rows.len(), 3, "{rows:?}");
    }

    #[test]
    fn a_lone_family_name_joins_a_name_written_family_name_first() {
        let club = [("Vale Rovers", "ORG"), ("Ada Quist", "PER")];
        let rows = pair_among_others("Park Min-ho", "Park", &club);
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert!(rows.iter().any(|r| r.name == "Park Min-ho" && r.mentions == 2));
        // A hyphenated surname is read as written: the lone word is its last.
        let rows = pair_among_others("Tom Avery-Lund", "Lund", &club);
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert!(!rules::family_name_first("Jean-Luc Picard"));
        assert!(!rules::family_name_first("Robert Kilroy-Silk"));
        assert!(rules::family_name_first("Moon Jae-in"));
    }

    #[test]
    fn a_lone_word_joins_no_title_of_a_work_taken_for_a_person() {
        let club = [("Vale Rovers", "ORG"), ("Ada Quist", "PER")];
        for title in ["Songs For Harbour", "Letters to Harbour", "Ode of Harbour"] {
            let rows = pair_among_others(title, "Harbour", &club);
            assert_eq!(rows.len(), 3, "{title}: {rows:?}");
        }
        // Particles of names are no such words.
        let rows = pair_among_others("Piet van Harbour", "Harbour", &club);
        assert_eq!(rows.len(), 2, "{rows:?}");
    }

    #[test]
    fn a_lone_surname_whose_articles_share_no_one_stays_apart() {
        // Places and nationalities are shared by too many articles to be evidence.
        let places = [("London", "LOC"), ("British", "MISC")];
        let rows = pair_among_others("John Smith", "Smith", &places);
        assert_eq!(rows.len(), 2, "{rows:?}");
        let rows = pair_among_others("John Smith", "Smith", &[]);
        assert_eq!(rows.len(), 2, "{rows:?}");
    }

    #[test]
    fn a_lone_given_name_stays_apart_from_the_surname_it_spells() {
        let m = table(&[
            &[("Nora Grant", "PER")],
            &[("Nora Lind", "PER")],
            &[("Peter Nora", "PER")],
            &[("Nora", "PER")],
        ]);
        assert_eq!(m.rows.len(), 4);
        let club = [("Vale Rovers", "ORG"), ("Ada Quist", "PER")];
        let rows = pair_among_others("Peter Nora", "Nora", &club);
        assert_eq!(rows.len(), 2, "a word that opens no name is a surname");
    }

    #[test]
    fn a_form_of_address_alone_joins_no_name() {
        let m = table(&[&[("Anna Dame", "PER")], &[("Dame", "PER")]]);
        assert_eq!(m.rows.len(), 2);
    }

    #[test]
    fn a_middle_initial_joins_the_name_without_it() {
        let m = table(&[&[("George W. Bush", "PER")], &[("George Bush", "PER")]]);
        assert_eq!(m.rows.len(), 1);
        assert_eq!(m.rows[0].name, "George W. Bush");
    }

    #[test]
    fn an_initial_joins_the_spelled_out_middle_name() {
        let m = table(&[
            &[("George W. Bush", "PER")],
            &[("George Walker Bush", "PER")],
        ]);
        assert_eq!(m.rows.len(), 1);
    }

    #[test]
    fn two_different_middle_names_keep_the_short_form_apart() {
        let m = table(&[
            &[("George W. Bush", "PER")],
            &[("George H. W. Bush", "PER")],
            &[("George Bush", "PER")],
        ]);
        // The short form extends into both, and father and son stay apart.
        assert_eq!(m.rows.len(), 3);
    }

    #[test]
    fn a_person_never_merges_with_a_place() {
        let m = table(&[
            &[("Washington", "LOC")],
            &[("George Washington", "PER")],
            &[("Washington", "PER")],
        ]);
        let loc = m.rows.iter().find(|r| r.label == Label::Loc).unwrap();
        assert_eq!(loc.mentions, 1);
    }

    #[test]
    fn the_majority_label_wins_among_non_persons() {
        let m = table(&[
            &[("White House", "ORG")],
            &[("White House", "ORG")],
            &[("White House", "LOC")],
        ]);
        assert_eq!(m.rows.len(), 1);
        assert_eq!(m.rows[0].label, Label::Org);
    }
}
