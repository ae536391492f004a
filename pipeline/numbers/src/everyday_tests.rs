//! Unit tests for the classes fixed from the everyday-expression probes (issue
//! #14): one sentence per class, in its own wording, with the non-number side
//! next to the number side where a class has one.

use super::*;
use crate::tests::{get, spans};

fn shape(m: &NumberMention) -> (NumberKind, Option<f64>, Option<&str>, Option<&str>) {
    (m.kind, m.value, m.unit.as_deref(), m.currency.as_deref())
}

#[test]
fn a_vague_count_of_a_measure_or_currency_keeps_the_unit() {
    let t = "The tide crept a few feet up the slipway; fixing it costs several dollars.";
    assert_eq!(
        shape(&get(t, "a few feet")),
        (NumberKind::Measure, None, Some("ft"), None)
    );
    assert_eq!(
        shape(&get(t, "several dollars")),
        (NumberKind::Money, None, None, Some("USD"))
    );
    // An ambiguous "pounds" is weight unless a paying word comes before.
    let t = "She shed a few pounds, then paid a few pounds for tea.";
    let all = extract(t);
    assert_eq!(all[0].unit.as_deref(), Some("lb"));
    assert_eq!(all[1].currency.as_deref(), Some("GBP"));
    let t = "Old kettles go for only a few pounds.";
    assert_eq!(get(t, "a few pounds").currency.as_deref(), Some("GBP"));
    assert_eq!(
        shape(&get("Hold it for several seconds.", "several seconds")),
        (NumberKind::Duration, None, Some("seconds"), None)
    );
    // Not a unit: people, times and milestones stay uncounted.
    for t in ["A few people waved several times.", "It hit a few milestones."] {
        assert!(spans(t).is_empty(), "{t:?} gave {:?}", spans(t));
    }
}
