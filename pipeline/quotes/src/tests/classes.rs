//! One test per error class found by reading unseen news (issue #14), on
//! sentences written for the tests.

use super::*;

#[test]
fn an_unclosed_quote_before_the_next_opening_ends_at_its_sentence() {
    // the multi-paragraph convention with the paragraph breaks lost
    let t = "Harbour master Ola Berg said: \"The tide will be late. \"We are ready for it.\" \"Boats should stay in.\"";
    let q = direct(run(t));
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(content(t, &q[0]), "The tide will be late.");
    assert_eq!(content(t, &q[1]), "We are ready for it.");
    for x in &q {
        assert_eq!(name(x), "Ola Berg", "{x:?}");
        assert_eq!(x.kind, QuoteKind::Direct);
    }
    // no sentence end before the second mark: no quotation is made up
    let t = "The sign read \"closed for \"repairs\" today.";
    assert!(
        run(t).iter().all(|x| content(t, x) != "closed for"),
        "{:?}",
        run(t)
    );
}
