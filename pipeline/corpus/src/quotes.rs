//! One quotation however often it was reported. Quotations are shingled into word pairs;
//! every pair of every distinct quotation goes into one sorted posting array, and each
//! quotation looks up only its winnowed fingerprints (the rarest pair in every window of
//! four), so candidates come from shared runs of words, never from all pairs. A candidate is
//! kept when most of the shorter quotation's word pairs are in the longer one: a partial quote
//! inside a direct one, or small differences of wording and punctuation.

use crate::counts::{components, Alias, Counts, DocList};
use crate::normalize::{mix, word_hash, words};
use petgraph::unionfind::UnionFind;
use rustc_hash::FxHashMap;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;

/// Winnowing window, in word pairs: a shared run of this many pairs (five words) is always
/// found.
const WINDOW: usize = 4;
/// Word pairs so common that they are skipped as fingerprints ("of the", "it is").
const MAX_POSTINGS: usize = 100;
/// Share of the shorter quotation's word pairs the longer must hold.
pub const DEFAULT_MIN_OVERLAP: f64 = 0.6;
/// Quotations shorter than this (in words) join others only with the same speaker: "I don't
/// know what to say" is said by many.
const SHORT_WORDS: usize = 8;
/// Two quotations both shorter than this (in words) never join: "in December" twice is no
/// evidence of one quotation.
const TINY_WORDS: usize = 3;
/// With different speakers, the share of the longer quotation's word pairs the shorter must
/// hold: only near-copies join, never a quotation inside a longer one.
const OTHER_SPEAKER_OVERLAP: f64 = 0.5;

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
    words: usize,
    /// Word-pair hashes in text order.
    sequence: Vec<u64>,
}

impl QuoteItem {
    /// Shingles a quotation. A partial quotation is matched by its quoted fragments, the
    /// words that can repeat elsewhere; the rest of it is the article's paraphrase.
    pub fn new(doc: u32, start: usize, end: usize, text: &str, kind: QuoteKind, fragments: &[&str]) -> QuoteItem {
        let pieces: Vec<&str> = if kind == QuoteKind::Partial && !fragments.is_empty() { fragments.to_vec() } else { vec![text] };
        let mut all_words = 0;
        let mut sequence = Vec::new();
        let mut exact = 0;
        for piece in pieces {
            let hashes: Vec<u64> = words(piece).map(word_hash).collect();
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
        }
    }
}

/// Winnowing: the rarest pair (fewest postings, then smallest hash) of every window of
/// `WINDOW` consecutive pairs, all of them when the sequence is shorter than a window; sorted
/// and distinct. The choice depends only on the window, so two quotations sharing a run of
/// `WINDOW` pairs share a fingerprint; choosing rare pairs keeps the candidates few.
fn winnow(sequence: &[u64], rarity: impl Fn(u64) -> usize) -> Vec<u64> {
    let ranked: Vec<(usize, u64)> = sequence.iter().map(|&h| (rarity(h), h)).collect();
    let mut out: Vec<u64> = if ranked.len() <= WINDOW {
        sequence.to_vec()
    } else {
        ranked.windows(WINDOW).map(|w| w.iter().min().unwrap().1).collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// Sorted, distinct copy of a sequence of hashes.
fn sorted_set(sequence: &[u64]) -> Vec<u64> {
    let mut set = sequence.to_vec();
    set.sort_unstable();
    set.dedup();
    set
}

/// Size of the intersection of two sorted, distinct slices.
fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
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
/// shingles (the first of them stands for all in the index) and shares its text.
#[derive(Debug, Default)]
pub(crate) struct QuoteStore {
    items: Vec<QuoteItem>,
    seen: FxHashMap<u64, usize>,
    texts: rustc_hash::FxHashSet<std::sync::Arc<str>>,
}

impl QuoteStore {
    /// Adds one quotation of the next document.
    pub fn push(&mut self, mut item: QuoteItem) {
        if self.seen.contains_key(&item.exact) {
            item.sequence = Vec::new();
        } else {
            self.seen.insert(item.exact, self.items.len());
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
}

impl QuoteStore {
    /// Clusters the quotations; `speaker_row` maps a speaker node to its canonical speaker.
    pub fn cluster(
        self,
        min_overlap: f64,
        speaker_row: &[usize],
        speaker_names: &[String],
        doc_ids: &[String],
    ) -> Vec<QuoteCluster> {
        let items = self.items;
        let speaker_of = |i: usize| items[i].speaker_node.map(|n| speaker_row[n as usize]);
        let mut sets = UnionFind::<usize>::new(items.len());

        // Exact repeats first: only one of each goes into the index.
        let mut first_of: HashMap<u64, usize> = HashMap::new();
        let mut distinct = Vec::new();
        for i in 0..items.len() {
            match first_of.get(&items[i].exact) {
                Some(&f)
                    if items[i].words >= TINY_WORDS
                        && ((items[i].words >= SHORT_WORDS && items[i].kind != QuoteKind::Indirect)
                            || speaker_of(i) == speaker_of(f)) =>
                {
                    sets.union(f, i);
                }
                Some(_) => {}
                None => {
                    first_of.insert(items[i].exact, i);
                    distinct.push(i);
                }
            }
        }
        let shingles: Vec<Vec<u64>> = items.par_iter().map(|q| sorted_set(&q.sequence)).collect();
        debug_assert!(distinct.iter().all(|&i| !items[i].sequence.is_empty() || items[i].words < 2));
        let mut postings: Vec<(u64, u32)> =
            distinct.iter().flat_map(|&i| shingles[i].iter().map(move |&h| (h, i as u32))).collect();
        postings.par_sort_unstable();
        // Where each pair's postings lie, for lookups without a search.
        let mut ranges: FxHashMap<u64, (u32, u32)> = FxHashMap::default();
        ranges.reserve(postings.len());
        let mut from = 0;
        while from < postings.len() {
            let h = postings[from].0;
            let to = from + postings[from..].partition_point(|(p, _)| *p == h);
            ranges.insert(h, (from as u32, to as u32));
            from = to;
        }
        let posting_range = |h: u64| ranges.get(&h).map_or(0..0, |&(a, b)| a as usize..b as usize);
        // Candidates and their check run in parallel; the merges follow in input order.
        let same: Vec<Vec<u32>> = distinct
            .par_iter()
            .map(|&q| {
                let mut found = Vec::new();
                for f in winnow(&items[q].sequence, |h| posting_range(h).len()) {
                    let range = posting_range(f);
                    if range.len() <= MAX_POSTINGS {
                        found.extend(postings[range].iter().map(|(_, c)| *c).filter(|&c| c as usize != q));
                    }
                }
                found.sort_unstable();
                found.dedup();
                found.retain(|&c| {
                    let c = c as usize;
                    let same_speaker = || speaker_of(q).is_some() && speaker_of(q) == speaker_of(c);
                    same_quotation((&items[q], &shingles[q]), (&items[c], &shingles[c]), min_overlap, same_speaker)
                });
                found
            })
            .collect();
        for (&q, found) in distinct.iter().zip(&same) {
            for &c in found {
                sets.union(q, c as usize);
            }
        }

        let mut clusters: Vec<(QuoteCluster, usize)> = components(sets)
            .into_iter()
            .map(|members| {
                let first = members[0];
                (cluster_row(&items, &members, &speaker_of, speaker_names, doc_ids), first)
            })
            .collect();
        clusters.sort_by(|(a, fa), (b, fb)| {
            b.documents.len().cmp(&a.documents.len()).then(b.members.len().cmp(&a.members.len())).then(fa.cmp(fb))
        });
        clusters
            .into_iter()
            .enumerate()
            .map(|(rank, (mut c, _))| {
                c.id = format!("Q{}", rank + 1);
                c
            })
            .collect()
    }
}

/// Share of word pairs two quotations of one article must have in common: within an
/// article a quotation is repeated, not reworded, and two different statements of one speaker
/// often share a run of words.
const SAME_DOCUMENT_OVERLAP: f64 = 0.9;

/// Rule: two quotations are one when most of the shorter one's word pairs are in the other
/// and both give the same speaker. Without the same speaker only near-copies join (most of the
/// longer one's pairs shared as well), and never a quotation under eight words or an indirect
/// one (its words are the reporter's; other speakers' reports of other events share them):
/// a long passage wrongly taken as one quotation must not swallow everyone's words. Two
/// quotations of one article need nearly all pairs in common.
fn same_quotation(
    (a, a_set): (&QuoteItem, &[u64]),
    (b, b_set): (&QuoteItem, &[u64]),
    min_overlap: f64,
    same_speaker: impl Fn() -> bool,
) -> bool {
    let (shorter, longer) = (a_set.len().min(b_set.len()), a_set.len().max(b_set.len()));
    if shorter == 0 || a.words.max(b.words) < TINY_WORDS {
        return false;
    }
    let common = shared(a_set, b_set) as f64;
    let needed = if a.doc == b.doc { SAME_DOCUMENT_OVERLAP.max(min_overlap) } else { min_overlap };
    if common / (shorter as f64) < needed {
        return false;
    }
    if same_speaker() {
        return true;
    }
    let speaker_needed = a.words.min(b.words) < SHORT_WORDS || a.kind == QuoteKind::Indirect || b.kind == QuoteKind::Indirect;
    !speaker_needed && common / (longer as f64) >= OTHER_SPEAKER_OVERLAP
}

fn cluster_row(
    items: &[QuoteItem],
    members: &[usize],
    speaker_of: &dyn Fn(usize) -> Option<usize>,
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
    let kind = members.iter().map(|&m| items[m].kind).max().unwrap_or(QuoteKind::Indirect);
    let mut texts = Counts::default();
    for &m in members.iter().filter(|&&m| items[m].kind == kind) {
        texts.add(&items[m].text);
    }
    let text = texts
        .iter()
        .max_by(|(a, ca), (b, cb)| ca.cmp(cb).then(a.chars().count().cmp(&b.chars().count())).then_with(|| b.cmp(a)))
        .map(|(t, _)| t.clone())
        .unwrap_or_default();
    let mut members: Vec<QuoteMember> = members.iter().map(|&m| member(&items[m], doc_ids)).collect();
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

    fn item(doc: u32, text: &str, kind: QuoteKind, fragments: &[&str], speaker: Option<u32>) -> QuoteItem {
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
        store.cluster(DEFAULT_MIN_OVERLAP, &(0..10).collect::<Vec<_>>(), &names, &docs)
    }

    #[test]
    fn small_differences_of_wording_and_punctuation_are_one_quotation() {
        let c = clusters(vec![
            item(0, "What exactly they’re doing will have to be seen,", QuoteKind::Direct, &[], Some(0)),
            item(1, "What, exactly, they're doing is left to be seen.", QuoteKind::Direct, &[], Some(0)),
        ]);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].documents, ["d0", "d1"]);
    }

    #[test]
    fn a_partial_quote_repeating_part_of_a_direct_one_joins_it() {
        let direct = "This is an indication that he may be even in more trouble than most people realize";
        let partial = "Putin “may be even in more trouble than most people realize.”";
        let c = clusters(vec![
            item(0, direct, QuoteKind::Direct, &[], Some(1)),
            item(1, partial, QuoteKind::Partial, &["may be even in more trouble than most people realize."], Some(1)),
        ]);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].kind, QuoteKind::Direct);
        assert_eq!(c[0].text, direct);
    }

    #[test]
    fn different_quotations_stay_apart() {
        let c = clusters(vec![
            item(0, "We will not send troops to the region this year", QuoteKind::Direct, &[], Some(0)),
            item(1, "The economy grew faster than anyone expected in spring", QuoteKind::Direct, &[], Some(0)),
        ]);
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn a_short_quotation_needs_the_same_speaker() {
        let long = "If they do deploy to fight against Ukraine, they’re fair game.";
        let c = clusters(vec![
            item(0, long, QuoteKind::Direct, &[], Some(2)),
            item(1, "x “fair game”", QuoteKind::Partial, &["fair game"], Some(3)),
        ]);
        assert_eq!(c.len(), 2);
        let c = clusters(vec![
            item(0, long, QuoteKind::Direct, &[], Some(2)),
            item(1, "x “fair game”", QuoteKind::Partial, &["fair game"], Some(2)),
        ]);
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn indirect_quotations_need_the_same_speaker() {
        let c = clusters(vec![
            item(0, "the presence of North Korean troops in Russia", QuoteKind::Indirect, &[], Some(1)),
            item(1, "the reports of North Korean troops in Russia", QuoteKind::Indirect, &[], Some(2)),
        ]);
        assert_eq!(c.len(), 2);
        let c = clusters(vec![
            item(0, "the presence of North Korean troops in Russia", QuoteKind::Indirect, &[], Some(1)),
            item(1, "the presence of North Korean troops inside Russia", QuoteKind::Indirect, &[], Some(1)),
        ]);
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn two_statements_of_one_article_sharing_words_stay_apart() {
        let c = clusters(vec![
            item(0, "the US is still trying to determine what role the North Koreans will play", QuoteKind::Indirect, &[], Some(1)),
            item(0, "the US is still trying to determine that as well", QuoteKind::Indirect, &[], Some(1)),
        ]);
        assert_eq!(c.len(), 2);
        let c = clusters(vec![
            item(0, "the US is still trying to determine what role the North Koreans will play", QuoteKind::Indirect, &[], Some(1)),
            item(1, "the US is still trying to determine that as well", QuoteKind::Indirect, &[], Some(1)),
        ]);
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn repeats_share_their_text_and_one_entry_in_the_index() {
        let t = "We will not send troops to the region this year";
        let mut store = QuoteStore::default();
        store.push(item(0, t, QuoteKind::Direct, &[], Some(0)));
        store.push(item(1, t, QuoteKind::Direct, &[], Some(0)));
        assert!(store.items[1].sequence.is_empty());
        assert!(std::sync::Arc::ptr_eq(&store.items[0].text, &store.items[1].text));
    }

    #[test]
    fn with_other_speakers_a_quotation_inside_a_longer_one_stays_apart() {
        let short = "Anelka previously played at Anfield under Gerard Houllier before his switch";
        let long = "I have always appreciated his work and I would like to play for him. Anelka previously played at Anfield under Gerard Houllier before his switch to Manchester City, and the club will now decide.";
        let c = clusters(vec![item(0, long, QuoteKind::Direct, &[], Some(1)), item(1, short, QuoteKind::Direct, &[], Some(2))]);
        assert_eq!(c.len(), 2);
        let c = clusters(vec![item(0, long, QuoteKind::Direct, &[], Some(1)), item(1, short, QuoteKind::Direct, &[], Some(1))]);
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
        let a = "We are seeing evidence that there are North Korean troops that have gone to Russia";
        let b = "We are seeing evidence that that there are North Korean troops that have gone into Russia";
        let c = clusters(vec![item(0, a, QuoteKind::Direct, &[], Some(1)), item(1, b, QuoteKind::Direct, &[], Some(2))]);
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
        assert_eq!(c[0].other_speakers, [Alias { text: "speaker5".into(), count: 1 }]);
    }

    #[test]
    fn winnowing_keeps_a_fingerprint_in_every_window() {
        let seq: Vec<u64> = (0..20).map(|i| (i * 7919 % 23) as u64).collect();
        let fp = winnow(&seq, |h| (h % 5) as usize);
        for w in seq.windows(WINDOW) {
            assert!(w.iter().any(|h| fp.contains(h)));
        }
        assert!(fp.len() < seq.len());
    }
}
