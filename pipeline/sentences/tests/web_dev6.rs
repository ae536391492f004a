//! A sixth web-text check, written before any rule of its branch and after reading
//! the misses of the late sets: forum replies under a subject line, reviews, e-mails
//! with a salutation and a signature on lines of their own, notices, lists and
//! for-sale posts, where a sentence loses its final punctuation before a capitalised
//! one whose first word is an ordinary noun or a name ("Views were stunning", "Vet
//! says", "Mechanic quoted"), not a pronoun or determiner; also repeated marks
//! ("!!!", "...."), brackets and quotations that close a sentence, emoticons, and
//! names, titles and addresses that must not split.
//!
//! The cases live in `data/web_dev6.txt` and `data/web_late6.txt`, in the format of `web_dev2.rs` (see
//! `common`), and are scored the same way.

mod common;

/// Written first, before any rule of this branch; its misses led to the rules.
const DEV: &str = include_str!("data/web_dev6.txt");
/// Written after the first rule of this branch (so by someone who knew it), used for
/// no rule and scored only at the end.
const LATE: &str = include_str!("data/web_late6.txt");

#[test]
fn web_text_sixth_dev_f1() {
    let (n, f) = common::marked_f1("web dev 6", DEV);
    assert!(n >= 50, "only {n} documents");
    // 77.1 (P 83.2, R 71.8) before the rules written on its misses; 90.8 (P 94.0,
    // R 87.9) after the capitalised noun subject of `subject.rs`, 93.4 (P 95.8,
    // R 91.1) at the end of its branch.
    assert!(f >= 0.93, "web dev 6 F1 {f}");
}

#[test]
fn web_text_sixth_late_f1() {
    // 68.3 (P 76.4, R 61.8) with the code before this set's branch; 76.2 when first
    // run, after its first two rules; 78.7 (P 84.7, R 73.5) after the address rule,
    // when its misses were printed once beside dev 6's and read: no rule was written
    // on them, but it is no longer unseen.
    let (n, f) = common::marked_f1("web late 6", LATE);
    assert!(n >= 30, "only {n} documents");
    assert!(f >= 0.78, "web late 6 F1 {f}");
}
