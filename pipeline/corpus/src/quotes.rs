//! One quotation however often it was reported. Quotations are shingled into word pairs
//! and matched through the pair index (`quote_index`): a candidate is kept when most of the
//! shorter quotation's word pairs are in the longer one: a partial quote inside a direct one,
//! or small differences of wording and punctuation.

use crate::counts::{components, ranked_id, sorted_stably, Alias, Counts, DocList};
use crate::normalize::{for_each_hashed_word, mix};
use crate::quote_index::{Matches, PairIndex};
use petgraph::unionfind::UnionFind;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;
/// Share of the shorter quotation's word pairs the longer must hold.
pub const DEFAULT_MIN_OVERLAP: f64 = 0.6;
/// Quotations shorter than this (in words) join others only with the same speaker: "I don't
/// know what to say" is said by many.
pub(crate) const SHORT_WORDS: usize = 8;
/// Two quotations both shorter than this (in words) never join: "in December" twice is no
/// evidence of one quotation.
pub(crate) const TINY_WORDS: usize = 3;

/// How a quotation was reported; the order is how much of the speaker's words it gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Reported speech, no quotation marks.
    Indirect,
    /// Reported speech with quoted fragments.
    Partial,
    /// The speaker's words in quotation marks.
    Direct,
}

impl QuoteKind {
    /// Reads a kind as the quotes stage writes it.
    pub fn parse(kind: &str) -> Option<QuoteKind> {
        match kind {
            "direct" => Some(QuoteKind::Direct),
            "partial" => Some(QuoteKind::Partial),
            "indirect" => Some(QuoteKind::Indirect),
            _ => None,
        }
    }
}

/// One quotation of one article, with its shingles.
#[derive(Debug, Clone)]
pub(crate) struct QuoteItem {
    pub doc: u32,
    pub start: usize,
    pub end: usize,
    pub text: std::sync::Arc<str>,
    pub kind: QuoteKind,
    pub negated: bool,
    /// The speaker's name as the article resolved it.
    pub speaker_written: Option<String>,
    /// The speaker node, set when the document is added.
    pub speaker_node: Option<u32>,
    /// Hash of the words, for exact repeats.
    exact: u64,
    pub words: usize,
    /// Word-pair hashes in text order, until the quotation is stored.
    sequence: Vec<u64>,
    /// Word pairs in text order as numbered by the pair index; empty for a repeat.
    pub pairs: Vec<u32>,
}

impl QuoteItem {
    /// Shingles a quotation. A partial quotation is matched by its quoted fragments, the
    /// words that can repeat elsewhere; the rest of it is the article's paraphrase.
    pub fn new(
        doc: u32,
        start: usize,
        end: usize,
        text: &str,
        kind: QuoteKind,
        fragments: &[&str],
    ) -> QuoteItem {
        let pieces: &[&str] = if kind == QuoteKind::Partial && !fragments.is_empty() {
            fragments
        } else {
            std::slice::from_ref(&text)
        };
        let mut all_words = 0;
        // Room for a word every four bytes, so that the buffers seldom grow (English words
        // and their separators average about six).
        let bytes: usize = pieces.iter().map(|p| p.len()).sum();
        let mut sequence = Vec::with_capacity(bytes / 4 + 1);
        let mut exact = 0;
        let mut hashes: Vec<u64> = Vec::with_capacity(bytes / 4 + 1);
        for piece in pieces {
            hashes.clear();
            for_each_hashed_word(piece, |_, h, _| hashes.push(h));
            all_words += hashes.len();
            exact = hashes.iter().fold(exact, |acc, &h| mix(acc, h));
            sequence.extend(hashes.windows(2).map(|p| mix(p[0], p[1])));
            if hashes.len() == 1 {
                sequence.push(hashes[0]);
            }
        }
        QuoteItem {
            doc,
            start,
            end,
            text: text.into(),
            kind,
            negated: false,
            speaker_written: None,
            speaker_node: None,
            exact,
            words: all_words,
            sequence,
            pairs: Vec::new(),
        }
    }
}

/// One reported quotation inside a cluster.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteMember {
    /// Document id.
    pub doc: String,
    /// Code-point offset of the quotation in the document's text.
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
    /// The quotation as the document has it: `text[start:end]`.
    pub text: String,
    /// How this article reported it.
    pub kind: QuoteKind,
    /// The speaker's name as this article resolved it.
    pub speaker: Option<String>,
    /// Whether the attribution is negated ("has not confirmed").
    pub negated: bool,
}

/// A quotation cluster of the corpus view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteCluster {
    /// `Q` and the rank by documents.
    pub id: String,
    /// The canonical speaker most members give.
    pub speaker: Option<String>,
    /// Other canonical speakers members give, with counts.
    pub other_speakers: Vec<Alias>,
    /// A representative member's text: the most complete kind, then the most repeated.
    pub text: String,
    /// The most complete kind among members.
    pub kind: QuoteKind,
    /// Every report of the quotation, in input order.
    pub members: Vec<QuoteMember>,
    /// Documents that carry it, in input order.
    pub documents: Vec<String>,
}

/// Quotations gathered as documents stream by. A repeat of words already seen keeps no
/// word pairs (the first of them stands for all in the index) and shares its text.
#[derive(Debug, Default)]
pub(crate) struct QuoteStore {
    items: Vec<QuoteItem>,
    /// The first quotation of each wording, by its hash.
    first: FxHashMap<u64, u32>,
    /// Indices of the first quotation of each wording, in order.
    distinct: Vec<u32>,
    texts: rustc_hash::FxHashSet<std::sync::Arc<str>>,
    pairs: PairIndex,
}

impl QuoteStore {
    /// Adds one quotation of the next document.
    pub fn push(&mut self, mut item: QuoteItem) {
        let i = self.items.len() as u32;
        let sequence = std::mem::take(&mut item.sequence);
        if let std::collections::hash_map::Entry::Vacant(e) = self.first.entry(item.exact) {
            e.insert(i);
            self.distinct.push(i);
            item.pairs = self.pairs.add(i, &sequence);
        }
        item.text = match self.texts.get(&*item.text) {
            Some(shared) => shared.clone(),
            None => {
                self.texts.insert(item.text.clone());
                item.text
            }
        };
        self.items.push(item);
    }

    /// Candidate matches by shared words alone, for `cluster`; needs no speaker, so it can
    /// run while the speakers are merged.
    pub fn matches(&self, min_overlap: f64) -> Matches {
        crate::quote_index::matches(&self.items, &self.distinct, &self.pairs, min_overlap)
    }

    /// Clusters the quotations, given their `matches`; `speaker_row` maps a speaker node to
    /// its canonical speaker.
    pub fn cluster(
        self,
        matches: Matches,
        speaker_row: &[usize],
        speaker_names: &[String],
        doc_ids: &[String],
    ) -> Vec<QuoteCluster> {
        let items = self.items;
        let speaker_of = |i: usize| items[i].speaker_node.map(|n| speaker_row[n as usize]);
        let mut sets = UnionFind::<usize>::new(items.len());
        // Exact repeats join the first of their wording, long enough and with the speaker.
        for (i, item) in items.iter().enumerate() {
            let f = self.first[&item.exact] as usize;
            if f != i
                && item.words >= TINY_WORDS
                && ((item.words >= SHORT_WORDS && item.kind != QuoteKind::Indirect)
                    || speaker_of(i) == speaker_of(f))
            {
                sets.union(f, i);
            }
        }
        for (&q, found) in self.distinct.iter().zip(&matches) {
            let q = q as usize;
            for &(c, any_speaker) in found {
                let c = c as usize;
                if any_speaker || (speaker_of(q).is_some() && speaker_of(q) == speaker_of(c)) {
                    sets.union(q, c);
                }
            }
        }
        let clusters: Vec<(QuoteCluster, usize)> = components(sets)
            .into_par_iter()
            .map(|members| {
                let first = members[0];
                (
                    cluster_row(&items, &members, &speaker_of, speaker_names, doc_ids),
                    first,
                )
            })
            .collect();
        let clusters = sorted_stably(clusters, |(a, fa), (b, fb)| {
            b.documents
                .len()
                .cmp(&a.documents.len())
                .then(b.members.len().cmp(&a.members.len()))
                .then(fa.cmp(fb))
        });
        clusters
            .into_iter()
            .enumerate()
            .map(|(rank, (mut c, _))| {
                c.id = ranked_id(b'Q', rank);
                c
            })
            .collect()
    }
}

fn cluster_row(
    items: &[QuoteItem],
    members: &[usize],
    speaker_of: &(dyn Fn(usize) -> Option<usize> + Sync),
    speaker_names: &[String],
    doc_ids: &[String],
) -> QuoteCluster {
    if let [only] = members {
        let it = &items[*only];
        return QuoteCluster {
            id: String::new(),
            speaker: speaker_of(*only).map(|r| speaker_names[r].clone()),
            other_speakers: Vec::new(),
            text: it.text.to_string(),
            kind: it.kind,
            members: vec![member(it, doc_ids)],
            documents: vec![doc_ids[it.doc as usize].clone()],
        };
    }
    let mut speakers: Vec<(usize, u64, usize)> = Vec::new(); // (row, count, first seen)
    let mut documents = DocList::default();
    for (seen, &m) in members.iter().enumerate() {
        documents.push(items[m].doc);
        if let Some(s) = speaker_of(m) {
            match speakers.iter_mut().find(|(r, _, _)| *r == s) {
                Some(entry) => entry.1 += 1,
                None => speakers.push((s, 1, seen)),
            }
        }
    }
    speakers.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    let kind = members
        .iter()
        .map(|&m| items[m].kind)
        .max()
        .unwrap_or(QuoteKind::Indirect);
    let mut texts = Counts::default();
    for &m in members.iter().filter(|&&m| items[m].kind == kind) {
        texts.add(&items[m].text);
    }
    let text = texts
        .iter()
        .max_by(|(a, ca), (b, cb)| {
            ca.cmp(cb)
                .then(a.chars().count().cmp(&b.chars().count()))
                .then_with(|| b.cmp(a))
        })
        .map(|(t, _)| t.clone())
        .unwrap_or_default();
    let mut members: Vec<QuoteMember> = members
        .iter()
        .map(|&m| member(&items[m], doc_ids))
        .collect();
    members.dedup();
    let mut rest = Counts::default();
    for (r, c, _) in speakers.iter().skip(1) {
        rest.add_n(&speaker_names[*r], *c);
    }
    QuoteCluster {
        id: String::new(),
        speaker: speakers.first().map(|(r, _, _)| speaker_names[*r].clone()),
        other_speakers: rest.aliases(),
        text,
        kind,
        members,
        documents: documents.ids(doc_ids),
    }
}

fn member(it: &QuoteItem, doc_ids: &[String]) -> QuoteMember {
    QuoteMember {
        doc: doc_ids[it.doc as usize].clone(),
        start: it.start,
        end: it.end,
        text: it.text.to_string(),
        kind: it.kind,
        speaker: it.speaker_written.clone(),
        negated: it.negated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(
        doc: u32,
        text: &str,
        kind: QuoteKind,
        fragments: &[&str],
        speaker: Option<u32>,
    ) -> QuoteItem {
        let mut q = QuoteItem::new(doc, 0, text.chars().count(), text, kind, fragments);
        q.speaker_node = speaker;
        q
    }

    fn clusters(items: Vec<QuoteItem>) -> Vec<QuoteCluster> {
        let docs: Vec<String> = (0..10).map(|i| format!("d{i}")).collect();
        let names: Vec<String> = (0..10).map(|i| format!("speaker{i}")).collect();
        let mut store = QuoteStore::default();
        for item in items {
            store.push(item);
        }
        let matches = store.matches(DEFAULT_MIN_OVERLAP);
        store.cluster(matches, &(0..10).collect::<Vec<_>>(), &names, &docs)
    }

    #[test]
    fn small_differences_of_wording_and_punctuation_are_one_quotation() {
        let c = clusters(vec![
            item(
                0,
                "What exactly they’re doing will have to be seen,",
                QuoteKind::Direct,
                &[],
                Some(0),
            ),
            item(
                1,
                "What, exactly, they're doing is left to be seen.",
                QuoteKind::Direct,
                &[],
                Some(0),
            ),
        ]);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].documents, ["d0", "d1"]);
    }

    #[test]
    fn a_partial_quote_repeating_part_of_a_direct_one_joins_it() {
        let direct =
            "This is an indication that he may be even in more trouble than most people realize";
        let partial = "Putin “may be even in more trouble than most people realize.”";
        let c = clusters(vec![
            item(0, direct, QuoteKind::Direct, &[], Some(1)),
            item(
                1,
                partial,
                QuoteKind::Partial,
                &["may be even in more trouble than most people realize."],
                Some(1),
            ),
        ]);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].kind, QuoteKind::Direct);
        assert_eq!(c[0].text, direct);
    }

    #[test]
    fn a_short_indirect_quotation_inside_a_longer_one_stays_apart() {
        let direct = "I think the new rail timetable is the worst plan this council has made";
        let c = clusters(vec![
            item(0, direct, QuoteKind::Direct, &[], Some(2)),
            item(1, "the new rail timetable", QuoteKind::Indirect, &[], Some(2)),
            item(2, "the new rail timetable", QuoteKind::Indirect, &[], Some(2)),
        ]);
        let mut sizes: Vec<usize> = c.iter().map(|q| q.members.len()).collect();
        sizes.sort();
        assert_eq!(sizes, [1, 2], "a near-copy still joins: {c:?}");
        // Within one article the few words are part of the longer report: one quotation.
        let c = clusters(vec![
            item(0, direct, QuoteKind::Direct, &[], Some(2)),
            item(0, "the new rail timetable", QuoteKind::Indirect, &[], Some(2)),
        ]);
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn different_quotations_stay_apart() {
        let c = clusters(vec![
            item(
                0,
                "We will not send troops to the region this year",
                QuoteKind::Direct,
                &[],
                Some(0),
            ),
            item(
                1,
                "The economy grew faster than anyone expected in spring",
                QuoteKind::Direct,
                &[],
                Some(0),
            ),
        ]);
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn a_short_quotation_needs_the_same_speaker() {
        let long = "If they do deploy to fight against Ukraine, they’re fair game.";
        let c = clusters(vec![
            item(0, long, QuoteKind::Direct, &[], Some(2)),
            item(
                1,
                "x “fair game”",
                QuoteKind::Partial,
                &["fair game"],
                Some(3),
            ),
        ]);
        assert_eq!(c.len(), 2);
        let c = clusters(vec![
            item(0, long, QuoteKind::Direct, &[], Some(2)),
            item(
                1,
                "x “fair game”",
                QuoteKind::Partial,
                &["fair game"],
                Some(2),
            ),
        ]);
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn indirect_quotations_need_the_same_speaker() {
        let c = clusters(vec![
            item(
                0,
                "the presence of North Korean troops in Russia",
                QuoteKind::Indirect,
                &[],
                Some(1),
            ),
            item(
                1,
                "the reports of North Korean troops in Russia",
                QuoteKind::Indirect,
                &[],
                Some(2),
            ),
        ]);
        assert_eq!(c.len(), 2);
        let c = clusters(vec![
            item(
                0,
                "the presence of North Korean troops in Russia",
                QuoteKind::Indirect,
                &[],
                Some(1),
            ),
            item(
                1,
                "the presence of North Korean troops inside Russia",
                QuoteKind::Indirect,
                &[],
                Some(1),
            ),
        ]);
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn two_statements_of_one_article_sharing_words_stay_apart() {
        // the same two statements in one article stay two; in two articles they join
        for (second_doc, want) in [(0, 2), (1, 1)] {
            let c = clusters(vec![
                item(
                    0,
                    "the US is still trying to determine what role the North Koreans will play",
                    QuoteKind::Indirect,
                    &[],
                    Some(1),
                ),
                item(
                    second_doc,
                    "the US is still trying to determine that as well",
                    QuoteKind::Indirect,
                    &[],
                    Some(1),
                ),
            ]);
            assert_eq!(c.len(), want, "second statement in document {second_doc}");
        }
    }

    #[test]
    fn repeats_share_their_text_and_one_entry_in_the_index() {
        let t = "We will not send troops to the region this year";
        let mut store = QuoteStore::default();
        store.push(item(0, t, QuoteKind::Direct, &[], Some(0)));
        store.push(item(1, t, QuoteKind::Direct, &[], Some(0)));
        assert!(!store.items[0].pairs.is_empty());
        assert!(store.items[1].pairs.is_empty());
        assert!(std::sync::Arc::ptr_eq(
            &store.items[0].text,
            &store.items[1].text
        ));
    }

    #[test]
    fn with_other_speakers_a_quotation_inside_a_longer_one_stays_apart() {
        let short = "Anelka previously played at Anfield under Gerard Houllier before his switch";
        let long = "I have always appreciated his work and I would like to play for him. Anelka previously played at Anfield under Gerard Houllier before his switch to Manchester City, and the club will now decide.";
        let c = clusters(vec![
            item(0, long, QuoteKind::Direct, &[], Some(1)),
            item(1, short, QuoteKind::Direct, &[], Some(2)),
        ]);
        assert_eq!(c.len(), 2);
        let c = clusters(vec![
            item(0, long, QuoteKind::Direct, &[], Some(1)),
            item(1, short, QuoteKind::Direct, &[], Some(1)),
        ]);
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn two_tiny_quotations_never_join() {
        let c = clusters(vec![
            item(0, "in December", QuoteKind::Indirect, &[], Some(1)),
            item(1, "in December", QuoteKind::Indirect, &[], Some(1)),
        ]);
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn with_other_speakers_near_copies_still_join() {
        let a =
            "We are seeing evidence that there are North Korean troops that have gone to Russia";
        let b = "We are seeing evidence that that there are North Korean troops that have gone into Russia";
        let c = clusters(vec![
            item(0, a, QuoteKind::Direct, &[], Some(1)),
            item(1, b, QuoteKind::Direct, &[], Some(2)),
        ]);
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn the_majority_speaker_names_the_cluster_and_the_others_are_listed() {
        let t = "These soldiers could travel to western Russia and engage in combat";
        let c = clusters(vec![
            item(0, t, QuoteKind::Direct, &[], Some(4)),
            item(1, t, QuoteKind::Direct, &[], Some(4)),
            item(2, t, QuoteKind::Direct, &[], Some(5)),
        ]);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].speaker.as_deref(), Some("speaker4"));
        assert_eq!(
            c[0].other_speakers,
            [Alias {
                text: "speaker5".into(),
                count: 1
            }]
        );
    }
}
