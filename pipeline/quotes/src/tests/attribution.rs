//! Unit tests for what makes an attribution hold: negated cues, sources that
//! can say something, cues that report, and clause boundaries.

use super::*;

fn one<'t>(t: &'t str) -> Quote {
    let q = run(t);
    assert_eq!(q.len(), 1, "{t}: {q:?}");
    q.into_iter().next().unwrap()
}

#[test]
fn a_negated_cue_is_flagged() {
    for (t, c) in [
        ("The mayor has not confirmed that the bridge will close in May.", "confirmed"),
        ("Priya Nair never said the deal was dead.", "said"),
        ("The council didn't believe the new figures were accurate.", "believe"),
        ("Lena Ortiz has not yet publicly said whether she will run again.", "said"),
        ("The coach no longer thinks the team can win the title.", "thinks"),
    ] {
        let q = one(t);
        assert_eq!(cue(t, &q), c, "{t}");
        assert!(q.negated, "{t}: {q:?}");
    }
}

#[test]
fn denials_and_plain_cues_are_not_negated() {
    for t in [
        "The minister denied that the talks had failed.",
        "Officials said the road would reopen next week.",
        "Tomas Berg said the vote was not fair to the smaller towns.",
    ] {
        let q = one(t);
        assert!(!q.negated, "{t}: {q:?}");
    }
    // a negation that belongs to another verb, before the subject
    let t = "It was not clear, the report said, whether the dam would hold.";
    assert!(run(t).iter().all(|q| !q.negated), "{:?}", run(t));
}
