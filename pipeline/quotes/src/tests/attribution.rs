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
        (
            "The mayor has not confirmed that the bridge will close in May.",
            "confirmed",
        ),
        ("Priya Nair never said the deal was dead.", "said"),
        (
            "The council didn't believe the new figures were accurate.",
            "believe",
        ),
        (
            "Lena Ortiz has not yet publicly said whether she will run again.",
            "said",
        ),
        (
            "The coach no longer thinks the team can win the title.",
            "thinks",
        ),
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

/// Token range of the first occurrence of `phrase` in the document.
fn toks_of(d: &Doc, phrase: &str) -> (usize, usize) {
    let s = d.text.find(phrase).expect("phrase in text");
    let e = s + phrase.len();
    let a = d.toks.iter().position(|t| t.s == s).expect("token start");
    let b = d.toks.iter().position(|t| t.e == e).expect("token end") + 1;
    (a, b)
}

#[test]
fn an_abstract_subject_is_no_source() {
    // the subject of a clause verb must be able to say or hold something
    for t in [
        "The jump in the number of cases confirmed that the outbreak was spreading.",
        "A steady increase in the total suggests that demand is weakening.",
    ] {
        assert!(run(t).is_empty(), "{t}: {:?}", run(t));
    }
    // people by relation, groups and documents can
    for (t, who) in [
        ("His wife said the house was never for sale.", "His wife"),
        ("The family believes the inquiry was rushed.", "The family"),
        (
            "The survey found that most renters pay too much.",
            "The survey",
        ),
        (
            "Most residents said the park should stay open.",
            "Most residents",
        ),
    ] {
        let q = one(t);
        assert_eq!(speaker(t, &q), who, "{t}");
    }
}

#[test]
fn source_phrases_by_class() {
    let t = "It's a sign of the times. The figure rose. The editor agreed. The order stands. \
             Their developments matter. The broadcaster said so.";
    let d = Doc::new(t, &[]);
    for (p, ok) in [
        ("It's", false),
        ("The figure", false),
        ("The editor", true),
        ("The order", false),
        ("Their developments", false),
        ("The broadcaster", true),
    ] {
        assert_eq!(d.speakerish(toks_of(&d, p)), ok, "{p}");
    }
}

#[test]
fn a_gerund_attribution_keeps_the_whole_subject() {
    // the lowercase head after a name belongs to the subject
    let t = "Danish customs officials quietly opened an inquiry last month, saying that \
             several cargo ships had skipped their inspections.";
    let q = one(t);
    assert_eq!(speaker(t, &q), "Danish customs officials", "{q:?}");
    let t = "Italian police later issued a warning, stating that the bridge would stay shut.";
    let q = one(t);
    assert_eq!(speaker(t, &q), "Italian police", "{q:?}");
    // a verb after the name is not part of it
    let t = "Mara Lind appeared on the radio show, saying that the vote was rigged.";
    let q = one(t);
    assert_eq!(speaker(t, &q), "Mara Lind", "{q:?}");
}

#[test]
fn a_pronoun_with_its_own_cue_ends_the_clause() {
    let t = "Although the mayor would not confirm the report, she insisted that the budget was balanced.";
    let q = run(t);
    let c: Vec<&str> = q.iter().map(|x| content(t, x)).collect();
    assert!(c.contains(&"the report"), "{c:?}");
    assert!(c.contains(&"the budget was balanced"), "{c:?}");
    // a pronoun without a cue goes on with the clause
    let t = "Ana Vidal said that if the levy passes, they will move the factory abroad.";
    let q = one(t);
    assert_eq!(
        content(t, &q),
        "if the levy passes, they will move the factory abroad"
    );
}
