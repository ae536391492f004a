//! Valid BIO paths: the model scores each word's labels on its own, so its
//! best label per word can make a sequence no annotation has ("I-LOC" right
//! after "B-ORG", "I-PER" after "O" or across a line break). The most probable
//! path among the valid ones (Viterbi over the words' label probabilities)
//! keeps a name whole where one word's best label strays.

use crate::Tag;

/// Whether `cur` may follow `prev` (None: the first word, or a line break
/// between the two words, which no name runs across).
fn allowed(tags: &[Tag], prev: Option<usize>, cur: usize) -> bool {
    match tags[cur] {
        Tag::Inside(l) => {
            prev.is_some_and(|p| matches!(tags[p], Tag::Begin(m) | Tag::Inside(m) if m == l))
        }
        _ => true,
    }
}

/// The label id of every word on the most probable valid path. `probs` holds
/// each word's probabilities, `tags.len()` per word; `broken[w]` says a line
/// break comes before word `w`. Ties go to the lower label id, so the path is
/// deterministic.
pub(crate) fn best_path(tags: &[Tag], probs: &[f32], broken: &[bool]) -> Vec<usize> {
    let n = tags.len();
    let words = broken.len();
    debug_assert_eq!(probs.len(), words * n);
    if words == 0 || n == 0 {
        return Vec::new();
    }
    let ln = |p: f32| p.max(1e-12).ln();
    let mut score: Vec<f32> = (0..n)
        .map(|k| {
            if allowed(tags, None, k) {
                ln(probs[k])
            } else {
                f32::NEG_INFINITY
            }
        })
        .collect();
    let mut back = vec![0usize; words * n];
    let mut next = vec![0f32; n];
    for w in 1..words {
        for (k, slot) in next.iter_mut().enumerate() {
            let mut best = (f32::NEG_INFINITY, 0);
            for (j, &s) in score.iter().enumerate() {
                let ok = if broken[w] {
                    allowed(tags, None, k)
                } else {
                    allowed(tags, Some(j), k)
                };
                if ok && s > best.0 {
                    best = (s, j);
                }
            }
            back[w * n + k] = best.1;
            *slot = best.0 + ln(probs[w * n + k]);
        }
        std::mem::swap(&mut score, &mut next);
    }
    let mut last = 0;
    for k in 1..n {
        if score[k] > score[last] {
            last = k;
        }
    }
    let mut path = vec![0; words];
    path[words - 1] = last;
    for w in (1..words).rev() {
        path[w - 1] = back[w * n + path[w]];
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use nx_text::EntityLabel::{Loc, Org, Per};

    const TAGS: [Tag; 7] = [
        Tag::Outside,
        Tag::Begin(Per),
        Tag::Inside(Per),
        Tag::Begin(Org),
        Tag::Inside(Org),
        Tag::Begin(Loc),
        Tag::Inside(Loc),
    ];

    /// Probabilities with `p` on the given label of each word, the rest spread.
    fn probs(best: &[(usize, f32)]) -> Vec<f32> {
        let n = TAGS.len();
        let mut out = Vec::new();
        for &(k, p) in best {
            let rest = (1.0 - p) / (n - 1) as f32;
            out.extend((0..n).map(|j| if j == k { p } else { rest }));
        }
        out
    }

    #[test]
    fn a_stray_inside_label_of_another_type_joins_the_name() {
        // B-ORG I-LOC I-ORG: the middle word's second choice, I-ORG, keeps the name whole.
        let mut p = probs(&[(3, 0.9), (6, 0.5), (4, 0.9)]);
        p[TAGS.len() + 4] = 0.45;
        assert_eq!(best_path(&TAGS, &p, &[false; 3]), [3, 4, 4]);
    }

    #[test]
    fn an_inside_label_never_opens_a_name() {
        let path = best_path(&TAGS, &probs(&[(0, 0.9), (2, 0.8), (2, 0.8)]), &[false; 3]);
        assert!(!matches!(TAGS[path[1]], Tag::Inside(_)), "{path:?}");
        assert!(matches!(
            TAGS[path[2]],
            Tag::Inside(_) | Tag::Begin(_) | Tag::Outside
        ));
        // the first word cannot be inside either
        let path = best_path(&TAGS, &probs(&[(2, 0.9)]), &[false]);
        assert_ne!(path[0], 2);
    }

    #[test]
    fn no_name_runs_across_a_line_break() {
        let path = best_path(&TAGS, &probs(&[(1, 0.9), (2, 0.9)]), &[false, true]);
        assert_eq!(path[0], 1);
        assert_ne!(path[1], 2);
    }

    #[test]
    fn a_valid_best_sequence_is_kept() {
        let seq = [(1, 0.9), (2, 0.8), (0, 0.9), (5, 0.7), (3, 0.6)];
        let path = best_path(&TAGS, &probs(&seq), &[false; 5]);
        assert_eq!(path, seq.map(|s| s.0));
    }
}
