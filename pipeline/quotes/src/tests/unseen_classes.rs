//! More error classes found on PolNeAR train (issue #14), one test each, on
//! sentences written for the tests.

use super::*;

#[test]
fn three_straight_marks_close_the_inner_quote_then_the_outer_one() {
    // two-apostrophe quote marks around a quotation that ends on a quote
    // of its own: `'…,'''` closes both, and the attribution follows
    for (t, who, said) in [
        (
            "''My aunt kept telling me, 'Never sell the farm,''' said Ruth Ames, a grower.",
            "Ruth Ames",
            "My aunt kept telling me, 'Never sell the farm,'",
        ),
        (
            "''He looked up and asked, 'Who paid for this?''' Mr. Dow recalled.",
            "Mr. Dow",
            "He looked up and asked, 'Who paid for this?'",
        ),
    ] {
        let q = run(t);
        assert_eq!(q.len(), 1, "{t}: {q:?}");
        assert_eq!(speaker(t, &q[0]), who, "{t}");
        assert_eq!(content(t, &q[0]), said, "{t}");
    }
    // opening: `'''Title,''' he said` is a quotation of a quotation
    let t = "Asked for a favourite show, he paused. '''Quiz Night,''' he replied.";
    let q = run(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(speaker(t, &q[0]), "he");
}

#[test]
fn a_quotation_ending_on_a_nested_one_still_ends_its_sentence() {
    // `…bad.'''` closes a sentence like `…bad.''` does: the next sentence is
    // not part of the quotation
    let t = "She mocked him, saying, ''You cannot just shout, 'Taxes bad, roads good.''' But he kept quiet.";
    let q = direct(run(t));
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(speaker(t, &q[0]), "She");
    assert_eq!(
        content(t, &q[0]),
        "You cannot just shout, 'Taxes bad, roads good.'"
    );
}
