//! Unit tests for the classes fixed in the seventh round (issue #14, what is
//! reported for a number form): one test per class, in its own wording, with
//! the side that must stay as it was next to the side that changed.

use crate::tests::{get, spans};

#[test]
fn digits_read_out_with_oh_are_one_number() {
    // Changed: "oh" between digit words reads them as one digit string.
    assert_eq!(
        get("Flight three oh two landed.", "three oh two").value,
        Some(302.0)
    );
    assert_eq!(get("eight oh eight", "eight oh eight").value, Some(808.0));
    assert_eq!(get("five oh oh", "five oh oh").value, Some(500.0));
    // Kept: digit words without "oh" are counted one by one, "oh" after a comma
    // or a lone "oh" is an exclamation, and a year in pairs stays a year.
    assert_eq!(spans("four five six"), vec!["four", "five", "six"]);
    assert_eq!(spans("It was five, oh, maybe six."), vec!["five", "six"]);
    assert_eq!(spans("three oh"), vec!["three"]);
    assert_eq!(
        get("born in nineteen oh two", "nineteen oh two").value,
        Some(1902.0)
    );
}
