//! Small helpers shared by the tables: forms with counts, document lists, merged sets.

use petgraph::unionfind::UnionFind;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

/// A form as written and how often it was seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alias {
    /// The form.
    pub text: String,
    /// How many times.
    pub count: u64,
}

/// Forms a `Counts` holds before it indexes them: most hold one or two (the spellings of
/// one name), and a short list is searched faster than a map is hashed.
const LISTED_FORMS: usize = 8;

/// Counts of strings; listed most frequent first, ties in code-point order.
#[derive(Debug, Default, Clone)]
pub(crate) struct Counts {
    /// Forms with their counts, as first seen.
    forms: Vec<(String, u64)>,
    /// Each form's place in `forms`, once there are more than `LISTED_FORMS`.
    index: Option<FxHashMap<String, usize>>,
}

impl Counts {
    pub fn add(&mut self, form: &str) {
        self.add_n(form, 1);
    }
    pub fn add_n(&mut self, form: &str, n: u64) {
        let found = match &self.index {
            Some(index) => index.get(form).copied(),
            None => self.forms.iter().position(|(f, _)| f == form),
        };
        if let Some(i) = found {
            self.forms[i].1 += n;
            return;
        }
        self.forms.push((form.to_string(), n));
        if let Some(index) = &mut self.index {
            index.insert(form.to_string(), self.forms.len() - 1);
        } else if self.forms.len() > LISTED_FORMS {
            let index = self
                .forms
                .iter()
                .enumerate()
                .map(|(i, (f, _))| (f.clone(), i))
                .collect();
            self.index = Some(index);
        }
    }
    pub fn merge(&mut self, other: &Counts) {
        for (k, v) in other.iter() {
            self.add_n(k, *v);
        }
    }
    pub fn iter(&self) -> impl Iterator<Item = (&String, &u64)> {
        self.forms.iter().map(|(f, c)| (f, c))
    }
    /// The most frequent form (ties: the first in code-point order).
    pub fn top(&self) -> Option<&str> {
        self.iter()
            .max_by(|(a, ca), (b, cb)| ca.cmp(cb).then_with(|| b.cmp(a)))
            .map(|(k, _)| k.as_str())
    }
    pub fn aliases(&self) -> Vec<Alias> {
        let mut v: Vec<Alias> = self
            .iter()
            .map(|(k, c)| Alias {
                text: k.clone(),
                count: *c,
            })
            .collect();
        v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text)));
        v
    }
}

/// Document indices in input order, each once.
#[derive(Debug, Default, Clone)]
pub(crate) struct DocList(Vec<u32>);

impl DocList {
    /// Adds a document; documents arrive in input order, so a repeat is always the last one.
    pub fn push(&mut self, doc: u32) {
        if self.0.last() != Some(&doc) {
            self.0.push(doc);
        }
    }
    pub fn merge(&mut self, other: &DocList) {
        self.0.extend_from_slice(&other.0);
        self.0.sort_unstable();
        self.0.dedup();
    }
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().copied()
    }
    pub fn last(&self) -> Option<u32> {
        self.0.last().copied()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn ids(&self, doc_ids: &[String]) -> Vec<String> {
        self.0
            .iter()
            .map(|&d| doc_ids[d as usize].clone())
            .collect()
    }
}

/// A row id: `prefix` and the 1-based `rank` ("E1", "Q20973").
pub(crate) fn ranked_id(prefix: u8, rank: usize) -> String {
    format!("{}{}", char::from(prefix), rank + 1)
}

/// `items` in the order a stable sort by `cmp` gives them. Rows are large: their indices are
/// sorted (in parallel; ties broken by index, so the order is total and the same whatever
/// the thread count), then each row is moved once.
pub(crate) fn sorted_stably<T: Send + Sync>(
    items: Vec<T>,
    cmp: impl Fn(&T, &T) -> std::cmp::Ordering + Sync,
) -> Vec<T> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.par_sort_unstable_by(|&a, &b| cmp(&items[a], &items[b]).then(a.cmp(&b)));
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .into_iter()
        .map(|i| slots[i].take().expect("each index once"))
        .collect()
}

/// The sets of a union-find, each listing its members in order, the sets in the order of
/// their first members: what every merge in the corpus view turns into rows.
pub(crate) fn components(sets: UnionFind<usize>) -> Vec<Vec<usize>> {
    let mut group_of_root: FxHashMap<usize, usize> = FxHashMap::default();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, root) in sets.into_labeling().into_iter().enumerate() {
        let g = *group_of_root.entry(root).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_add_up_and_merge() {
        let mut counts = Counts::default();
        let mut expected: std::collections::BTreeMap<String, u64> = Default::default();
        for i in 0..200u64 {
            let form = format!("form{}", (i * 7) % 23);
            counts.add_n(&form, i % 3 + 1);
            *expected.entry(form).or_default() += i % 3 + 1;
            let mut seen: Vec<(String, u64)> =
                counts.iter().map(|(f, c)| (f.clone(), *c)).collect();
            seen.sort();
            assert_eq!(seen, expected.clone().into_iter().collect::<Vec<_>>());
        }
        let mut merged = Counts::default();
        merged.add("form3");
        merged.merge(&counts);
        assert_eq!(merged.iter().count(), 23);
        assert_eq!(
            merged.iter().find(|(f, _)| *f == "form3").unwrap().1,
            &(expected["form3"] + 1)
        );
    }

    #[test]
    fn ranked_ids_are_the_prefix_and_the_rank_from_one() {
        for rank in [0, 8, 9, 99, 20972, usize::MAX - 1] {
            assert_eq!(ranked_id(b'Q', rank), format!("Q{}", rank + 1));
        }
    }

    #[test]
    fn rows_sorted_by_index_keep_the_order_of_a_stable_sort() {
        let rows: Vec<(u32, char)> = (0..500u32)
            .map(|i| ((i * 7919) % 13, char::from(b'a' + (i % 26) as u8)))
            .collect();
        let mut stable = rows.clone();
        stable.sort_by_key(|b| std::cmp::Reverse(b.0));
        assert_eq!(sorted_stably(rows, |a, b| b.0.cmp(&a.0)), stable);
    }
}
