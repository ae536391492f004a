//! Finding quotations that share words, before their speakers are known. Every word pair of
//! every distinct quotation is numbered as it streams by, with the number of distinct
//! quotations that hold it; at the end one posting list per pair (built by counting, no sort)
//! lists its quotations, and each quotation looks up only its winnowed fingerprints (the
//! rarest pair in every window of four), so candidates come from shared runs of words, never
//! from all pairs. What the shared words say is decided here; only the speaker test is left.

use crate::quotes::{QuoteItem, QuoteKind, SHORT_WORDS, TINY_WORDS};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// Winnowing window, in word pairs: a shared run of this many pairs (five words) is always
/// found.
pub(crate) const WINDOW: usize = 4;
/// Word pairs so common that they are skipped as fingerprints ("of the", "it is").
const MAX_POSTINGS: u32 = 100;
/// With different speakers, the share of the longer quotation's word pairs the shorter must
/// hold: only near-copies join, never a quotation inside a longer one.
const OTHER_SPEAKER_OVERLAP: f64 = 0.5;
/// An indirect quotation shorter than this (in words) joins only a near-copy in another
/// article: a few words of the reporter's ("attacked the Tory plans", "took legal action")
/// say nothing of whose statement they come from.
const SHORT_INDIRECT_WORDS: usize = 6;
/// Share of word pairs two quotations of one article must have in common: within an
/// article a quotation is repeated, not reworded, and two different statements of one speaker
/// often share a run of words.
const SAME_DOCUMENT_OVERLAP: f64 = 0.9;

/// The word pairs of distinct quotations, numbered as first seen.
#[derive(Debug, Default)]
pub(crate) struct PairIndex {
    ids: FxHashMap<u64, u32>,
    /// Per pair: its hash, which breaks ties between equally rare pairs.
    hashes: Vec<u64>,
    /// Per pair: how many distinct quotations hold it.
    holders: Vec<u32>,
    /// Per pair: the last quotation counted in `holders`.
    last_holder: Vec<u32>,
}

impl PairIndex {
    /// Numbers the pairs (hashes in text order) of distinct quotation `quote`; each pair
    /// counts once per quotation.
    pub fn add(&mut self, quote: u32, sequence: &[u64]) -> Vec<u32> {
        sequence
            .iter()
            .map(|&h| {
                let next = self.hashes.len() as u32;
                let id = *self.ids.entry(h).or_insert(next);
                if id == next {
                    self.hashes.push(h);
                    self.holders.push(0);
                    self.last_holder.push(u32::MAX);
                }
                let i = id as usize;
                if self.last_holder[i] != quote {
                    self.last_holder[i] = quote;
                    self.holders[i] += 1;
                }
                id
            })
            .collect()
    }
}

/// What two quotations' shared words allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Overlap {
    /// Not one quotation.
    None,
    /// One quotation if both give the same speaker.
    SameSpeaker,
    /// One quotation whoever the speakers are.
    Any,
}

/// Per distinct quotation (in store order), the later-or-earlier distinct quotations its
/// words may join: item index and whether any speakers will do.
pub(crate) type Matches = Vec<Vec<(u32, bool)>>;

/// Candidates of every distinct quotation and what their shared words allow; `distinct`
/// holds the store indices of the distinct quotations, in order.
pub(crate) fn matches(
    items: &[QuoteItem],
    distinct: &[u32],
    index: &PairIndex,
    min_overlap: f64,
) -> Matches {
    // Each distinct quotation's pairs as a sorted set, all in one array.
    let sets: Vec<Vec<u32>> = distinct
        .par_iter()
        .map(|&i| sorted_set(&items[i as usize].pairs))
        .collect();
    let mut set_start = Vec::with_capacity(sets.len() + 1);
    set_start.push(0);
    let mut set_items = Vec::with_capacity(sets.iter().map(Vec::len).sum());
    for set in sets {
        set_items.extend_from_slice(&set);
        set_start.push(set_items.len());
    }
    let set = |pos: usize| &set_items[set_start[pos]..set_start[pos + 1]];
    // Posting lists by counting: pair p's quotations (positions in `distinct`, ascending)
    // lie at `postings[start[p]..start[p + 1]]`.
    let mut start = Vec::with_capacity(index.holders.len() + 1);
    let mut total = 0u32;
    start.push(0);
    for &n in &index.holders {
        total += n;
        start.push(total);
    }
    let mut cursor = start.clone();
    let mut postings = vec![0u32; total as usize];
    for pos in 0..distinct.len() {
        for &p in set(pos) {
            postings[cursor[p as usize] as usize] = pos as u32;
            cursor[p as usize] += 1;
        }
    }
    drop(cursor);
    let rarity = |p: u32| (index.holders[p as usize], index.hashes[p as usize]);
    // Quotations are matched in chunks, each with one mark per pair: the pairs of the
    // quotation being matched carry its position, so a candidate's shared pairs are counted
    // in one pass over its own. Enough chunks to keep every thread busy, few enough that
    // the marks cost little.
    let chunk = (distinct.len() / (8 * rayon::current_num_threads().max(1))).max(256);
    let chunks: Vec<Matches> = (0..distinct.len())
        .into_par_iter()
        .chunks(chunk)
        .map(|positions| {
            let mut mark = vec![u32::MAX; index.holders.len()];
            let (mut fingerprints, mut found) = (Vec::new(), Vec::new());
            positions
                .into_iter()
                .map(|pos| {
                    let q = &items[distinct[pos] as usize];
                    for &p in set(pos) {
                        mark[p as usize] = pos as u32;
                    }
                    found.clear();
                    winnow(&q.pairs, rarity, &mut fingerprints);
                    for &f in &fingerprints {
                        if index.holders[f as usize] <= MAX_POSTINGS {
                            let list = &postings
                                [start[f as usize] as usize..start[f as usize + 1] as usize];
                            found.extend(list.iter().copied().filter(|&c| c as usize != pos));
                        }
                    }
                    found.sort_unstable();
                    found.dedup();
                    found
                        .iter()
                        .filter_map(|&c| {
                            let other = distinct[c as usize];
                            let other_set = set(c as usize);
                            let common =
                                |least| marked_at_least(&mark, pos as u32, other_set, least);
                            match overlap(
                                (q, set(pos).len()),
                                (&items[other as usize], other_set.len()),
                                min_overlap,
                                common,
                            ) {
                                Overlap::None => None,
                                Overlap::SameSpeaker => Some((other, false)),
                                Overlap::Any => Some((other, true)),
                            }
                        })
                        .collect()
                })
                .collect()
        })
        .collect();
    chunks.into_iter().flatten().collect()
}

/// Winnowing: the rarest pair (fewest holders, then smallest hash) of every window of
/// `WINDOW` consecutive pairs, all of them when the sequence is shorter than a window; sorted
/// and distinct. The choice depends only on the window, so two quotations sharing a run of
/// `WINDOW` pairs share a fingerprint; choosing rare pairs keeps the candidates few.
pub(crate) fn winnow<R: Ord>(sequence: &[u32], rarity: impl Fn(u32) -> R, out: &mut Vec<u32>) {
    out.clear();
    if sequence.len() <= WINDOW {
        out.extend_from_slice(sequence);
    } else {
        // Each pair's rarity once, not once per window that holds it.
        let keys: Vec<R> = sequence.iter().map(|&p| rarity(p)).collect();
        out.extend(keys.windows(WINDOW).enumerate().map(|(start, w)| {
            // The first of the rarest, as `min_by_key` picks.
            let mut best = 0;
            for (k, key) in w.iter().enumerate().skip(1) {
                if *key < w[best] {
                    best = k;
                }
            }
            sequence[start + best]
        }));
    }
    out.sort_unstable();
    out.dedup();
}

/// Sorted, distinct copy of a sequence of pairs.
fn sorted_set(sequence: &[u32]) -> Vec<u32> {
    let mut set = sequence.to_vec();
    set.sort_unstable();
    set.dedup();
    set
}

/// Rule: two quotations are one when most of the shorter one's word pairs are in the other
/// and both give the same speaker. Without the same speaker only near-copies join (most of the
/// longer one's pairs shared as well), and never a quotation under eight words or an indirect
/// one (its words are the reporter's; other speakers' reports of other events share them):
/// a long passage wrongly taken as one quotation must not swallow everyone's words. An
/// indirect quotation of under six words joins only a near-copy in another article, even
/// with the same speaker. Two quotations of one article need nearly all pairs in common.
pub(crate) fn overlap(
    (a, a_pairs): (&QuoteItem, usize),
    (b, b_pairs): (&QuoteItem, usize),
    min_overlap: f64,
    common_at_least: impl FnOnce(usize) -> Option<usize>,
) -> Overlap {
    let (shorter, longer) = (a_pairs.min(b_pairs), a_pairs.max(b_pairs));
    if shorter == 0 || a.words.max(b.words) < TINY_WORDS {
        return Overlap::None;
    }
    let needed = if a.doc == b.doc {
        SAME_DOCUMENT_OVERLAP.max(min_overlap)
    } else {
        min_overlap
    };
    let Some(common) = common_at_least(least_count(needed, shorter)) else {
        return Overlap::None;
    };
    let common = common as f64;
    // A short indirect quotation is the reporter's few words ("attacked the Tory plans"):
    // found inside a longer quotation of another article, they are no evidence that it is
    // the same one.
    let short_indirect =
        |q: &QuoteItem| q.kind == QuoteKind::Indirect && q.words < SHORT_INDIRECT_WORDS;
    if a.doc != b.doc
        && (short_indirect(a) || short_indirect(b))
        && common / (longer as f64) < OTHER_SPEAKER_OVERLAP
    {
        return Overlap::None;
    }
    let speaker_needed = a.words.min(b.words) < SHORT_WORDS
        || a.kind == QuoteKind::Indirect
        || b.kind == QuoteKind::Indirect;
    if !speaker_needed && common / (longer as f64) >= OTHER_SPEAKER_OVERLAP {
        Overlap::Any
    } else {
        Overlap::SameSpeaker
    }
}

/// The smallest count `k` with `k / of >= share`, computed as the test is written.
fn least_count(share: f64, of: usize) -> usize {
    let reaches = |k: usize| k as f64 / of as f64 >= share;
    let mut k = ((share * of as f64).ceil().max(0.0) as usize).min(of + 1);
    while k > 0 && reaches(k - 1) {
        k -= 1;
    }
    while k <= of && !reaches(k) {
        k += 1;
    }
    k
}

/// How many of `pairs` (distinct) carry `stamp` in `mark`, if that reaches `least`; stops
/// as soon as it no longer can.
fn marked_at_least(mark: &[u32], stamp: u32, pairs: &[u32], least: usize) -> Option<usize> {
    // Unmarked pairs allowed before `least` is out of reach; counted only when one is met.
    let allowed = pairs.len().checked_sub(least)?;
    let mut unmarked = 0;
    for &p in pairs {
        if mark[p as usize] != stamp {
            unmarked += 1;
            if unmarked > allowed {
                return None;
            }
        }
    }
    Some(pairs.len() - unmarked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn winnowing_keeps_a_fingerprint_in_every_window() {
        let seq: Vec<u32> = (0..20).map(|i| i * 7919 % 23).collect();
        let mut fp = Vec::new();
        winnow(&seq, |p| p % 5, &mut fp);
        for w in seq.windows(WINDOW) {
            assert!(w.iter().any(|p| fp.contains(p)));
        }
        assert!(fp.len() < seq.len());
    }

    #[test]
    fn the_least_count_is_the_first_that_passes_the_test() {
        for of in 1..40 {
            for share in [0.0, 0.5, 0.6, 0.9, 1.0] {
                let k = least_count(share, of);
                assert!(k as f64 / of as f64 >= share || k == of + 1);
                assert!(k == 0 || ((k - 1) as f64 / of as f64) < share);
            }
        }
    }

    #[test]
    fn marked_pairs_are_counted_only_while_they_can_reach_their_least() {
        let mut mark = vec![u32::MAX; 12];
        for p in [1, 3, 5, 7, 9] {
            mark[p] = 7;
        }
        let other = [3, 4, 5, 9, 11];
        assert_eq!(marked_at_least(&mark, 7, &other, 3), Some(3));
        assert_eq!(marked_at_least(&mark, 7, &other, 4), None);
        assert_eq!(marked_at_least(&mark, 7, &other, 0), Some(3));
        assert_eq!(marked_at_least(&mark, 6, &other, 1), None);
    }

    #[test]
    fn pairs_count_once_per_quotation() {
        let mut index = PairIndex::default();
        let ids = index.add(0, &[10, 20, 10]);
        assert_eq!(ids[0], ids[2]);
        index.add(1, &[20]);
        assert_eq!(index.holders, [1, 2]);
    }
}
