//! A fifth web-text check, written before any rule of its branch: short e-mails,
//! reviews, answers and chat posts in other wording than the earlier sets, whose
//! sentences start in lower case with no punctuation before them ("talk to her she
//! knows"), follow an ellipsis (no split before a lower-case word, a split before a
//! capitalised clause), are one-word replies ("Thanks", "Nope"), end in emoticons or
//! lose their final punctuation; abbreviations, initials, decimals and web addresses
//! must not split.
//!
//! The cases live in `data/web_dev5.txt` and `data/web_late5.txt`, in the format of
//! `web_dev2.rs` (see `common`), and are scored the same way.

mod common;

/// Written first, before any rule of this branch; its misses led to the rules.
const DEV: &str = include_str!("data/web_dev5.txt");
/// Written at the same time as `DEV`, used for no rule and scored only at the end.
const LATE: &str = include_str!("data/web_late5.txt");

#[test]
fn web_text_fifth_dev_f1() {
    let (n, f) = common::marked_f1("web dev 5", DEV);
    assert!(n >= 50, "only {n} documents");
    // 73.2 (P 81.1, R 66.7) before the rules written on its misses, 84.4 (P 89.3,
    // R 80.0) after.
    assert!(f >= 0.84, "web dev 5 F1 {f}");
}

#[test]
fn web_text_fifth_late_f1() {
    // Unseen by every rule: 69.0 (P 77.3, R 62.4) before this set's branch and 69.0
    // after, scored once at its end: the rules its dev set led to did not carry over.
    // 72.9 (P 80.5, R 66.7) after web dev 6's branch, whose classes came from reading
    // its misses among others (so it is no longer unseen).
    let (n, f) = common::marked_f1("web late 5", LATE);
    assert!(n >= 35, "only {n} documents");
    assert!(f >= 0.68, "web late 5 F1 {f}");
}
