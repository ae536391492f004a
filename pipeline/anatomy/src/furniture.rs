//! Site furniture: lines that recur across many documents of one input.
//!
//! A scraped site repeats its navigation, slogans and notices on every page; no
//! word list knows them all, but counting tells them apart from article text,
//! which one article rarely shares with many others. Learning counts each
//! normalised line once per document, so the result does not depend on the
//! order of the documents, and so neither does the output.

use std::collections::{HashMap, HashSet};

use crate::lines::normalise_into;

/// Lines longer than this many words are article text, never furniture (and
/// are not counted, which keeps learning cheap).
const MAX_WORDS: usize = 30;

/// Share of the documents a line must occur in, besides `min_docs`.
pub const DEFAULT_MIN_SHARE: f64 = 0.02;

/// Normalised lines that recur across the documents of an input.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Furniture {
    /// Normalised line to the number of documents that hold it (only those kept).
    counts: HashMap<String, usize>,
    /// Documents learned from.
    docs: usize,
}

impl Furniture {
    /// Learn from `texts`: a line is furniture when it occurs in at least
    /// `min_docs` documents and in at least [`DEFAULT_MIN_SHARE`] of them.
    pub fn learn<'a>(texts: impl IntoIterator<Item = &'a str>, min_docs: usize) -> Furniture {
        Furniture::learn_with_share(texts, min_docs, DEFAULT_MIN_SHARE)
    }

    /// [`Furniture::learn`] with the share of documents set (0..=1).
    pub fn learn_with_share<'a>(
        texts: impl IntoIterator<Item = &'a str>,
        min_docs: usize,
        min_share: f64,
    ) -> Furniture {
        let mut counts = LineCounts::default();
        for text in texts {
            counts.add(text);
        }
        counts.finish(min_docs, min_share)
    }

    /// True when nothing was learned.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// Number of furniture lines.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// Documents it was learned from.
    pub fn documents(&self) -> usize {
        self.docs
    }

    /// True when `line` (as written) is furniture.
    pub fn contains(&self, line: &str) -> bool {
        let mut key = String::new();
        normalise_into(line.trim(), &mut key);
        self.contains_normalised(&key)
    }

    /// True when an already normalised line is furniture.
    pub(crate) fn contains_normalised(&self, key: &str) -> bool {
        !self.counts.is_empty() && self.counts.contains_key(key)
    }

    /// The furniture lines (normalised) with their document counts, most
    /// frequent first, then alphabetical: for reports.
    pub fn lines(&self) -> Vec<(&str, usize)> {
        let mut v: Vec<(&str, usize)> = self.counts.iter().map(|(k, &n)| (k.as_str(), n)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v
    }
}

/// Words from which a line ending like a sentence is taken for one.
const SENTENCE_WORDS: usize = 6;

/// At least [`SENTENCE_WORDS`] words and a final period, question or
/// exclamation mark (closing quotes and brackets after it allowed).
fn sentence_shaped(line: &str) -> bool {
    let end = line.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    end.ends_with(['.', '!', '?']) && line.split_whitespace().nth(SENTENCE_WORDS - 1).is_some()
}

/// Short lines counted once per document, not yet judged: a first pass adds
/// documents (or merges counts made in parallel, in any order) and then
/// [`LineCounts::finish`]es them into [`Furniture`].
#[derive(Debug, Clone, Default)]
pub struct LineCounts {
    counts: HashMap<String, usize>,
    docs: usize,
}

impl LineCounts {
    /// Count the short lines of one document, each once. A line with a
    /// sentence's shape (several words, final punctuation) is article text
    /// however often it recurs: syndicated or duplicated articles repeat their
    /// sentences across a folder, and digits are normalised away, so "The
    /// council approved $3 million." and "… $5 million." would count as one.
    pub fn add(&mut self, text: &str) {
        self.docs += 1;
        let mut in_doc: HashSet<String> = HashSet::new();
        let mut key = String::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty()
                || line.split_whitespace().nth(MAX_WORDS).is_some()
                || sentence_shaped(line)
            {
                continue;
            }
            normalise_into(line, &mut key);
            if !key.is_empty() && !in_doc.contains(&key) {
                in_doc.insert(key.clone());
            }
        }
        for k in in_doc {
            *self.counts.entry(k).or_insert(0) += 1;
        }
    }

    /// Add another pass's counts (addition: the order of merging does not matter).
    pub fn merge(mut self, other: LineCounts) -> LineCounts {
        self.docs += other.docs;
        for (k, n) in other.counts {
            *self.counts.entry(k).or_insert(0) += n;
        }
        self
    }

    /// Documents counted.
    pub fn documents(&self) -> usize {
        self.docs
    }

    /// Keep the lines in at least `min_docs` documents (2 at least) and at
    /// least `min_share` of them.
    pub fn finish(mut self, min_docs: usize, min_share: f64) -> Furniture {
        let needed = (min_docs.max(2) as f64).max((min_share * self.docs as f64).ceil()) as usize;
        self.counts.retain(|_, n| *n >= needed);
        Furniture {
            counts: self.counts,
            docs: self.docs,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_never_site_furniture_however_often_they_recur() {
        // the same story in six documents, only its figures differ
        let docs: Vec<String> = (1..=6)
            .map(|i| {
                format!(
                    "Harbor Gazette | Home | Weather\nThe council voted on Monday to spend ${i} million on the new pier.\n\"We are delighted,\" the mayor told reporters today."
                )
            })
            .collect();
        let f = Furniture::learn(docs.iter().map(String::as_str), 5);
        assert!(f.contains("Harbor Gazette | Home | Weather"));
        assert!(!f.contains("The council voted on Monday to spend $1 million on the new pier."));
        assert!(!f.contains("\"We are delighted,\" the mayor told reporters today."));
        // a short notice with a period is still counted
        assert!(sentence_shaped("Read the full report here today."));
        assert!(!sentence_shaped("All rights reserved."));
    }

    #[test]
    fn counts_merged_in_any_order_give_the_same_furniture() {
        let docs = ["Nav
One.", "Nav
Two.", "Nav
Three.", "Other
Four."];
        let mut a = LineCounts::default();
        let mut b = LineCounts::default();
        a.add(docs[0]);
        a.add(docs[1]);
        b.add(docs[2]);
        b.add(docs[3]);
        let ab = a.clone().merge(b.clone()).finish(3, 0.0);
        let ba = b.merge(a).finish(3, 0.0);
        assert_eq!(ab, ba);
        assert_eq!(ab, Furniture::learn(docs, 3));
        assert!(ab.contains("Nav"));
    }

    #[test]
    fn lines_shared_by_enough_documents_are_furniture() {
        let docs = [
            "Harbor Gazette — Your Town, Your News\nThe mill closed.\nFollow the Gazette",
            "Harbor Gazette — Your Town, Your News\nA new school opened.\nFollow the Gazette",
            "Harbor Gazette — your town, your news\nThe mill closed.",
            "Council minutes were published.",
        ];
        let f = Furniture::learn(docs, 3);
        assert!(f.contains("HARBOR GAZETTE - Your Town, Your News"));
        assert!(
            !f.contains("Follow the Gazette"),
            "two documents are not enough"
        );
        assert!(!f.contains("The mill closed."));
        assert_eq!(f.documents(), 4);
        assert!(Furniture::default().is_empty());
    }

    #[test]
    fn a_line_counts_once_per_document_and_order_does_not_matter() {
        let a = ["Menu\nMenu\nMenu\nText one.", "Menu\nText two."];
        assert!(
            Furniture::learn(a, 3).is_empty(),
            "three copies in one document are one document"
        );
        let b = ["x\nNav", "y\nNav", "z\nNav"];
        let mut rev = b;
        rev.reverse();
        assert_eq!(Furniture::learn(b, 2), Furniture::learn(rev, 2));
    }

    #[test]
    fn the_share_keeps_rare_lines_out_of_large_inputs() {
        let mut docs: Vec<String> = (0..100)
            .map(|i| format!("Story {}.", "ab".repeat(i + 1)))
            .collect();
        for d in docs.iter_mut().take(3) {
            d.push_str("\nSpecial report");
        }
        let refs = docs.iter().map(String::as_str);
        assert!(Furniture::learn_with_share(refs.clone(), 3, 0.05).is_empty());
        assert!(Furniture::learn_with_share(refs, 3, 0.02).contains("special report"));
    }

    #[test]
    fn long_lines_are_never_learned() {
        let long = "word ".repeat(40);
        let docs = [long.as_str(), long.as_str(), long.as_str()];
        assert!(Furniture::learn(docs, 2).is_empty());
    }
}
