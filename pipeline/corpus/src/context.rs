//! The company a name keeps: which persons and organisations the articles of a name also
//! name. Two names whose articles name the same rare people or organisations are likely
//! about the same world; a lone surname needs that evidence to join a full name.

use crate::counts::DocList;
use rustc_hash::FxHashSet;

/// The weight of the names two entities' articles share, beside the two, that a lone
/// surname needs to join a full name: about one person or organisation named in one
/// article in twenty, or several commoner ones.
pub(crate) const SHARED_CONTEXT: f32 = 3.0;

/// Which persons and organisations each document names. Places and other names ("UK",
/// "London", "British", "GMT") are left out: nearly every article of a corpus shares some.
pub(crate) struct Cooccurrence {
    by_doc: Vec<Vec<u32>>,
    /// Per name, `ln(1 + documents / its documents)`: a rare name weighs more.
    weight: Vec<f32>,
}

impl Cooccurrence {
    /// From each name's documents and whether it counts as company (a person or an
    /// organisation), in node order.
    pub fn new<'d>(names: impl Iterator<Item = (&'d DocList, bool)> + Clone) -> Cooccurrence {
        let docs = names
            .clone()
            .filter_map(|(d, _)| d.last())
            .max()
            .map_or(0, |d| d as usize + 1);
        let mut by_doc = vec![Vec::new(); docs];
        let mut weight = Vec::new();
        for (i, (documents, counts)) in names.enumerate() {
            if counts {
                for d in documents.iter() {
                    by_doc[d as usize].push(i as u32);
                }
            }
            weight.push((1.0 + docs as f32 / documents.len().max(1) as f32).ln());
        }
        Cooccurrence { by_doc, weight }
    }

    /// The summed weight of the persons and organisations named both in `a`'s articles and
    /// in `b`'s, beside `a` and `b` themselves (each a node and its documents).
    pub fn shared(&self, a: (usize, &DocList), b: (usize, &DocList)) -> f32 {
        let around = |docs: &DocList| {
            let mut names: FxHashSet<u32> = FxHashSet::default();
            for d in docs.iter() {
                names.extend(&self.by_doc[d as usize]);
            }
            names.remove(&(a.0 as u32));
            names.remove(&(b.0 as u32));
            names
        };
        let (around_a, around_b) = (around(a.1), around(b.1));
        let mut shared: Vec<u32> = around_a.intersection(&around_b).copied().collect();
        // Summed in one order: the same float whatever the hash order.
        shared.sort_unstable();
        shared.iter().map(|&n| self.weight[n as usize]).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(ids: &[u32]) -> DocList {
        let mut d = DocList::default();
        for &i in ids {
            d.push(i);
        }
        d
    }

    #[test]
    fn a_rare_shared_name_weighs_more_than_a_common_one() {
        // Nodes: 0 and 1 the pair, 2 named in their two articles only, 3 in all ten,
        // 4 a place in their two articles (not counted).
        let lists = [
            docs(&[0]),
            docs(&[1]),
            docs(&[0, 1]),
            docs(&(0..10).collect::<Vec<_>>()),
            docs(&[0, 1]),
        ];
        let counts = [true, true, true, true, false];
        let c = Cooccurrence::new(lists.iter().zip(counts));
        let shared = c.shared((0, &lists[0]), (1, &lists[1]));
        let rare = (1.0f32 + 10.0 / 2.0).ln();
        let common = (1.0f32 + 1.0).ln();
        assert!((shared - (rare + common)).abs() < 1e-5, "{shared}");
        assert!(rare > common);
    }

    #[test]
    fn the_pair_itself_is_no_evidence() {
        let lists = [docs(&[0, 1]), docs(&[0, 1])];
        let c = Cooccurrence::new(lists.iter().zip([true, true]));
        assert_eq!(c.shared((0, &lists[0]), (1, &lists[1])), 0.0);
    }
}
