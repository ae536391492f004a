//! Documents: syndicated copies and stories. Each document keeps a fixed-size fingerprint
//! (a one-permutation MinHash of its word 5-grams and its strongest terms and names), never
//! its text.
//! Copies are found by MinHash bands (locality-sensitive hashing) and confirmed by the
//! estimated resemblance; stories by the cosine of TF-IDF vectors of names and terms, among
//! documents that share a distinctive name or term, computed as one matrix product per
//! document with ndarray.

use crate::counts::components;
use crate::normalize::{for_each_hashed_word, mix, word_hash};
use ndarray::{Array1, Array2};
use petgraph::unionfind::UnionFind;
use rustc_hash::FxHashMap;
use serde::Serialize;

/// Hash functions in a MinHash signature.
const HASHES: usize = 64;
/// Rows per LSH band: 16 bands of 4 find pairs above about 0.5 resemblance.
const BAND_ROWS: usize = 4;
/// Words per shingle for document resemblance.
const SHINGLE_WORDS: usize = 5;
/// Terms and names kept per document for stories.
const FEATURES_KEPT: usize = 40;
/// Features per document used to look for story candidates.
const BLOCKING_FEATURES: usize = 8;
/// Names weigh more than words when stories are compared.
const NAME_WEIGHT: f32 = 2.0;

/// Words too common to tell stories apart.
const STOPWORDS: &[&str] = &[
    "about",
    "according",
    "added",
    "after",
    "again",
    "against",
    "also",
    "although",
    "among",
    "another",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "could",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "every",
    "first",
    "from",
    "further",
    "have",
    "having",
    "here",
    "into",
    "itself",
    "just",
    "last",
    "like",
    "made",
    "make",
    "many",
    "more",
    "most",
    "much",
    "must",
    "news",
    "next",
    "only",
    "other",
    "over",
    "people",
    "said",
    "same",
    "says",
    "should",
    "since",
    "some",
    "still",
    "such",
    "than",
    "that",
    "their",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "time",
    "told",
    "under",
    "until",
    "very",
    "want",
    "week",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "will",
    "with",
    "would",
    "year",
    "years",
    "your",
];

/// Thresholds for copies and stories.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DocumentOptions {
    /// Estimated resemblance (Jaccard of word 5-grams) above which two documents are copies.
    pub near_duplicate: f64,
    /// Cosine of name-and-term vectors above which two documents tell one story.
    pub story: f32,
}

impl Default for DocumentOptions {
    fn default() -> Self {
        DocumentOptions {
            near_duplicate: 0.8,
            story: 0.4,
        }
    }
}

/// What is kept of one document.
#[derive(Debug, Clone)]
pub(crate) struct Fingerprint {
    exact: u64,
    minhash: Box<[u32; HASHES]>,
    /// Terms (word hashes, case folded) with their counts, the most frequent first.
    terms: Vec<(u64, u32)>,
}

impl Fingerprint {
    /// Fingerprints a document's text with the boilerplate spans (code points) left out.
    pub fn new(text: &str, boilerplate: &[(usize, usize)]) -> Fingerprint {
        let masked: String;
        let body = if boilerplate.is_empty() {
            text
        } else {
            masked = text
                .chars()
                .enumerate()
                .map(|(i, c)| {
                    if boilerplate.iter().any(|&(s, e)| i >= s && i < e) {
                        ' '
                    } else {
                        c
                    }
                })
                .collect();
            &masked
        };
        let mut word_hashes = Vec::with_capacity(body.len() / 5);
        // Terms are counted by sorting their hashes: cheaper than a map lookup per word.
        let mut term_hashes = Vec::with_capacity(body.len() / 8);
        for_each_hashed_word(body, |w, h, letters| {
            word_hashes.push(h);
            if w.len() >= 4 && letters {
                term_hashes.push(h);
            }
        });
        term_hashes.sort_unstable();
        let stopwords = stopword_hashes();
        let mut terms: Vec<(u64, u32)> = term_hashes
            .chunk_by(|a, b| a == b)
            .filter(|run| stopwords.binary_search(&run[0]).is_err())
            .map(|run| (run[0], run.len() as u32))
            .collect();
        let exact = word_hashes
            .iter()
            .fold(0x9E37_79B9_7F4A_7C15u64, |acc, &h| mix(acc, h));
        let minhash = if word_hashes.len() >= SHINGLE_WORDS {
            one_permutation_minhash(
                word_hashes
                    .windows(SHINGLE_WORDS)
                    .map(|w| w.iter().fold(0, |acc, &h| mix(acc, h))),
            )
        } else {
            one_permutation_minhash(std::iter::once(exact))
        };
        // The most frequent first, ties by hash: a total order, so only the kept ones are
        // sorted.
        let order = |a: &(u64, u32), b: &(u64, u32)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
        if terms.len() > FEATURES_KEPT {
            terms.select_nth_unstable_by(FEATURES_KEPT, order);
            terms.truncate(FEATURES_KEPT);
        }
        terms.sort_unstable_by(order);
        Fingerprint {
            exact,
            minhash,
            terms,
        }
    }
}

/// The stopwords' word hashes, sorted, built once.
fn stopword_hashes() -> &'static [u64] {
    static HASHES: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    HASHES.get_or_init(|| {
        let mut hashes: Vec<u64> = STOPWORDS.iter().map(|w| word_hash(w)).collect();
        hashes.sort_unstable();
        hashes
    })
}

/// A MinHash signature from one hash per shingle (one-permutation hashing): the top bits
/// of a shingle's hash pick one of `HASHES` bins and the bin keeps its smallest value. An
/// empty bin takes the value of the next non-empty one (densification by rotation), so
/// that two signatures still agree bin by bin with probability equal to the resemblance.
fn one_permutation_minhash(shingles: impl Iterator<Item = u64>) -> Box<[u32; HASHES]> {
    let mut bins = Box::new([u32::MAX; HASHES]);
    let mut filled = [false; HASHES];
    for s in shingles {
        // Remix so that the bin and the value use independent bits.
        let h = s.wrapping_mul(0xD6E8_FEB8_6659_FD93) ^ (s >> 29);
        let bin = (h >> 58) as usize;
        bins[bin] = bins[bin].min(h as u32);
        filled[bin] = true;
    }
    if !filled.contains(&true) {
        return bins;
    }
    for k in 0..HASHES {
        if !filled[k] {
            let mut j = (k + 1) % HASHES;
            let mut steps = 1u32;
            while !filled[j] {
                j = (j + 1) % HASHES;
                steps += 1;
            }
            // Offset by the distance so that borrowed values differ from their source bin.
            bins[k] = bins[j].wrapping_add(steps.wrapping_mul(0x9E37_79B9));
        }
    }
    bins
}

/// A document of the corpus view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentRow {
    /// Document id.
    pub doc: String,
    /// The id of the first document (input order) of its group of copies; its own id if none.
    pub duplicate_group: String,
    /// The id of the first document of its story.
    pub story: String,
}

/// Fingerprints and story features of every document, in input order.
#[derive(Debug, Default)]
pub(crate) struct DocumentStore {
    /// Fingerprints, their terms moved to `features`.
    prints: Vec<Fingerprint>,
    /// Per document, its names and terms as feature ids with raw weights, sorted by id.
    features: Vec<Vec<(u32, f32)>>,
    /// Feature ids by feature hash (`name_feature` or a term's word hash), numbered as
    /// first seen.
    feature_ids: FxHashMap<u64, u32>,
}

/// A document's canonical names (keys with counts) as story features: the most frequent
/// (ties in code-point order) kept, each hashed apart from every term.
pub(crate) fn name_features<K: AsRef<str> + Ord>(mut names: Vec<(K, u32)>) -> Vec<(u64, u32)> {
    names.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    names.truncate(FEATURES_KEPT);
    names
        .into_iter()
        .map(|(key, count)| (mix(NAME_FEATURES, word_hash(key.as_ref())), count))
        .collect()
}

/// Where name features start, so that they never meet a term's word hash.
const NAME_FEATURES: u64 = 0x6E61_6D65_2D6B_6579;

impl DocumentStore {
    /// Adds a document's fingerprint and its `name_features`.
    pub fn add(&mut self, mut print: Fingerprint, names: Vec<(u64, u32)>) {
        let terms = std::mem::take(&mut print.terms);
        let names = names
            .into_iter()
            .map(|(name, count)| (name, count as f32 * NAME_WEIGHT));
        let mut features: Vec<(u32, f32)> = names
            .chain(terms.into_iter().map(|(term, count)| (term, count as f32)))
            .map(|(feature, weight)| {
                let next = self.feature_ids.len() as u32;
                (*self.feature_ids.entry(feature).or_insert(next), weight)
            })
            .collect();
        features.sort_by_key(|(id, _)| *id);
        features.dedup_by_key(|(id, _)| *id);
        self.prints.push(print);
        self.features.push(features);
    }

    /// Copies and stories; returns the rows and each document's story as the index of its
    /// first document.
    pub fn group(
        self,
        options: DocumentOptions,
        doc_ids: &[String],
    ) -> (Vec<DocumentRow>, Vec<u32>) {
        let n = self.prints.len();
        let mut copies = UnionFind::<usize>::new(n);
        near_duplicates(&self.prints, options.near_duplicate, &mut copies);
        let mut stories = UnionFind::<usize>::new(n);
        for i in 0..n {
            stories.union(i, copies.find(i));
        }
        same_stories(
            self.features,
            self.feature_ids.len(),
            options.story,
            &mut stories,
        );
        // Each document's group named by the group's first document.
        let first = |sets: UnionFind<usize>| {
            let mut first = vec![0; n];
            for group in components(sets) {
                for &m in &group {
                    first[m] = group[0];
                }
            }
            first
        };
        let copy_first = first(copies);
        let story_first = first(stories);
        let rows = (0..n)
            .map(|i| DocumentRow {
                doc: doc_ids[i].clone(),
                duplicate_group: doc_ids[copy_first[i]].clone(),
                story: doc_ids[story_first[i]].clone(),
            })
            .collect();
        (rows, story_first.into_iter().map(|s| s as u32).collect())
    }
}

/// Rule: exact copies (the same words) and documents whose MinHash estimate of resemblance
/// reaches the threshold are one group; candidates come from matching LSH bands only.
fn near_duplicates(prints: &[Fingerprint], threshold: f64, sets: &mut UnionFind<usize>) {
    let mut exact: FxHashMap<u64, usize> = FxHashMap::default();
    for (i, p) in prints.iter().enumerate() {
        let f = *exact.entry(p.exact).or_insert(i);
        sets.union(f, i);
    }
    for band in 0..HASHES / BAND_ROWS {
        let mut buckets: FxHashMap<&[u32], Vec<usize>> = FxHashMap::default();
        for (i, p) in prints.iter().enumerate() {
            buckets
                .entry(&p.minhash[band * BAND_ROWS..(band + 1) * BAND_ROWS])
                .or_default()
                .push(i);
        }
        let mut lists: Vec<Vec<usize>> = buckets.into_values().filter(|v| v.len() > 1).collect();
        lists.sort();
        for list in lists {
            for (k, &a) in list.iter().enumerate() {
                for &b in &list[k + 1..] {
                    if !sets.equiv(a, b) && resemblance(&prints[a], &prints[b]) >= threshold {
                        sets.union(a, b);
                    }
                }
            }
        }
    }
}

/// The share of MinHash values two documents agree on: an estimate of their resemblance.
fn resemblance(a: &Fingerprint, b: &Fingerprint) -> f64 {
    a.minhash
        .iter()
        .zip(b.minhash.iter())
        .filter(|(x, y)| x == y)
        .count() as f64
        / HASHES as f64
}

/// Rule: two documents tell one story when the cosine of their TF-IDF vectors of names and
/// terms reaches the threshold. Candidates share one of their most distinctive features,
/// features in more than a twentieth of the corpus (at least ten documents) are too common
/// to look up.
fn same_stories(
    mut docs: Vec<Vec<(u32, f32)>>,
    features: usize,
    threshold: f32,
    sets: &mut UnionFind<usize>,
) {
    let n = docs.len();
    let mut df = vec![0u32; features];
    for v in &docs {
        for (id, _) in v {
            df[*id as usize] += 1;
        }
    }
    let idf = |id: u32| ((1.0 + n as f32) / (1.0 + df[id as usize] as f32)).ln() + 1.0;
    for v in docs.iter_mut() {
        for (id, w) in v.iter_mut() {
            *w = (1.0 + w.ln()) * idf(*id);
        }
        let norm = v
            .iter()
            .map(|(_, w)| w * w)
            .sum::<f32>()
            .sqrt()
            .max(f32::MIN_POSITIVE);
        v.iter_mut().for_each(|(_, w)| *w /= norm);
    }
    let max_df = (n / 20).max(10) as u32;
    let mut postings: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    let mut blocking: Vec<Vec<u32>> = Vec::with_capacity(n);
    for (i, v) in docs.iter().enumerate() {
        let mut top: Vec<(u32, f32)> = v
            .iter()
            .copied()
            .filter(|(id, _)| (2..=max_df).contains(&df[*id as usize]))
            .collect();
        top.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        top.truncate(BLOCKING_FEATURES);
        let ids: Vec<u32> = top.into_iter().map(|(id, _)| id).collect();
        for &id in &ids {
            postings.entry(id).or_default().push(i);
        }
        blocking.push(ids);
    }
    // Each feature's column in the current document's vector, if it has one.
    const NO_COLUMN: u32 = u32::MAX;
    let mut column = vec![NO_COLUMN; features];
    for i in 0..n {
        let mut candidates: Vec<usize> = blocking[i]
            .iter()
            .flat_map(|id| postings[id].iter().copied())
            .filter(|&j| j > i)
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        // Documents already in this one's story (copies, or joined through others) need no
        // cosine: joining them changes nothing.
        candidates.retain(|&j| !sets.equiv(i, j));
        if candidates.is_empty() {
            continue;
        }
        // Candidates' weights on this document's features, one row each; the cosine is
        // the product with this document's vector (all vectors have unit length).
        let own = &docs[i];
        for (col, (id, _)) in own.iter().enumerate() {
            column[*id as usize] = col as u32;
        }
        let query = Array1::from_iter(own.iter().map(|(_, w)| *w));
        let mut rows = Array2::<f32>::zeros((candidates.len(), own.len()));
        for (r, &j) in candidates.iter().enumerate() {
            for (id, w) in &docs[j] {
                if let Some(&col) = column.get(*id as usize).filter(|&&col| col != NO_COLUMN) {
                    rows[[r, col as usize]] = *w;
                }
            }
        }
        for (id, _) in own {
            column[*id as usize] = NO_COLUMN;
        }
        let cosines = rows.dot(&query);
        for (r, &j) in candidates.iter().enumerate() {
            if cosines[r] >= threshold {
                sets.union(i, j);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("d{i}")).collect()
    }

    const A: &str = "The central bank raised interest rates by a quarter point on Thursday, citing persistent inflation in services and a tight labour market that shows few signs of cooling.";
    const B: &str = "A new species of frog was found in the cloud forests of Ecuador by a team of biologists who spent three seasons surveying remote streams at night.";

    #[test]
    fn exact_copies_are_one_group() {
        let mut s = DocumentStore::default();
        s.add(Fingerprint::new(A, &[]), vec![]);
        s.add(Fingerprint::new(B, &[]), vec![]);
        s.add(Fingerprint::new(&A.replace(',', " ,"), &[]), vec![]);
        let (rows, _) = s.group(DocumentOptions::default(), &ids(3));
        assert_eq!(rows[2].duplicate_group, "d0");
        assert_eq!(rows[1].duplicate_group, "d1");
    }

    #[test]
    fn a_copy_with_a_line_added_is_a_near_duplicate() {
        let longer = format!("{A} {A} {A} The decision was unanimous.");
        let mut s = DocumentStore::default();
        s.add(Fingerprint::new(&format!("{A} {A} {A}"), &[]), vec![]);
        s.add(Fingerprint::new(&longer, &[]), vec![]);
        let (rows, _) = s.group(DocumentOptions::default(), &ids(2));
        assert_eq!(rows[1].duplicate_group, "d0");
    }

    #[test]
    fn boilerplate_is_left_out_of_the_fingerprint() {
        let with = format!("Subscribe now! {A}");
        let a = Fingerprint::new(&with, &[(0, 15)]);
        assert_eq!(a.exact, Fingerprint::new(A, &[]).exact);
    }

    #[test]
    fn different_articles_are_neither_copies_nor_one_story() {
        let mut s = DocumentStore::default();
        s.add(
            Fingerprint::new(A, &[]),
            name_features(vec![("central bank", 1)]),
        );
        s.add(
            Fingerprint::new(B, &[]),
            name_features(vec![("ecuador", 1)]),
        );
        let (rows, stories) = s.group(DocumentOptions::default(), &ids(2));
        assert_eq!(rows[1].duplicate_group, "d1");
        assert_eq!(stories, [0, 1]);
    }

    #[test]
    fn articles_sharing_names_and_terms_are_one_story() {
        let names = || name_features(vec![("north korea", 3), ("russia", 2)]);
        let mut s = DocumentStore::default();
        s.add(Fingerprint::new("North Korean troops arrived in Russia for training, officials said, as Pyongyang deepened ties.", &[]), names());
        s.add(Fingerprint::new("Officials confirmed North Korean troops are training in Russia; Pyongyang denied sending troops.", &[]), names());
        s.add(
            Fingerprint::new(B, &[]),
            name_features(vec![("ecuador", 1)]),
        );
        let (rows, _) = s.group(DocumentOptions::default(), &ids(3));
        assert_eq!(rows[1].story, "d0");
        assert_eq!(rows[2].story, "d2");
    }
}
