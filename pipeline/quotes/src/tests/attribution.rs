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
        (
            "The mayor hasn’t confirmed that the bridge will close.",
            "confirmed",
        ),
    ] {
        let q = one(t);
        assert_eq!(cue(t, &q), c, "{t}");
        assert!(q.negated, "{t}: {q:?}");
    }
}

#[test]
fn a_negated_source_negates_the_report() {
    for t in [
        "Neither the minister nor his spokesman said the letter had arrived.",
        "Neither Anna Berg nor Tom Hale confirmed that the bridge had closed.",
        "No officials confirmed that the plant had closed.",
        "None of the ministers said the plan would fail.",
    ] {
        let q = run(t);
        assert!(!q.is_empty() && q.iter().all(|q| q.negated), "{t}: {q:?}");
    }
    // the negative word belongs to the content, or answers a question
    for t in [
        "The ministry said no officials had left the building.",
        "Officials said none of the schools would close.",
        "\"No, we will not sell the club,\" the chairman said.",
        "The rapper No Limit said the tour would go ahead.",
        "Backers of the No campaign said the vote was close.",
    ] {
        let q = run(t);
        assert!(!q.is_empty() && q.iter().all(|q| !q.negated), "{t}: {q:?}");
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
fn a_source_phrase_is_judged_by_its_head_before_a_postmodifier() {
    let t = "A letter from the council arrived. The rise in rents continued. \
             The spokeswoman for the port agreed. The level of officials rose.";
    let d = Doc::new(t, &[]);
    for (p, ok) in [
        // the head is the noun before "from", "in", "for", "of"
        ("A letter from the council", true),
        ("The rise in rents", false),
        ("The spokeswoman for the port", true),
        ("The level of officials", false),
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

#[test]
fn model_cues_must_report_and_model_sources_must_say() {
    use nx_text::AttributionRole::*;
    let cases = [
        // not a reporting, belief or stance verb
        (
            "The ministry unveiled a new rail plan worth $2 billion on Monday.",
            "The ministry",
            "unveiled",
            "a new rail plan worth $2 billion",
        ),
        // an expletive "it" says nothing
        (
            "It's unclear whether the new levy will pass the senate.",
            "It's",
            "unclear",
            "whether the new levy will pass the senate",
        ),
        // a passive participle: the one asked is the main clause's subject
        (
            "Asked whether the mine would close, the manager shrugged and left.",
            "the manager",
            "Asked",
            "whether the mine would close",
        ),
        // a speech verb's prepositional object is not what was said
        (
            "The union has responded to the latest offer with a strike.",
            "The union",
            "has responded to",
            "the latest offer with a strike",
        ),
        // an abstract subject says nothing
        (
            "The decline in the number suggests prices will fall soon.",
            "the number",
            "suggests",
            "prices will fall soon",
        ),
    ];
    for (t, src, cu, ct) in cases {
        let tg = tags(t, &[(src, Source, 0.9), (cu, Cue, 0.9), (ct, Content, 0.9)]);
        let q = run_tags(t, &tg);
        assert!(q.is_empty(), "{t}: {q:?}");
    }
}

#[test]
fn a_content_cut_inside_its_clause_runs_to_the_end() {
    use nx_text::AttributionRole::*;
    // a content the model tagged alone
    let t = "The port authority has pointed out that the tanker sailed to the port of Gdansk last week.";
    let tg = tags(
        t,
        &[
            ("The port authority", Source, 0.9),
            ("has pointed out", Cue, 0.9),
            ("the tanker sailed to", Content, 0.9),
        ],
    );
    let q = run_tags(t, &tg);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        content(t, &q[0]),
        "the tanker sailed to the port of Gdansk last week"
    );
    // the model's boundaries over a rule's clause
    let t = "Officials said the tanker sailed to the port of Gdansk and is now docked there, drawing crowds.";
    let q = run_tags(t, &tags(t, &[("the tanker sailed to", Content, 0.9)]));
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        content(t, &q[0]),
        "the tanker sailed to the port of Gdansk and is now docked there"
    );
}

#[test]
fn a_verb_must_agree_with_its_subject() {
    // a base form after a singular noun is a compound noun
    for t in [
        "Lawmakers debated a city plan to widen the ring road.",
        "Readers ignored a company plan to cut the night shifts.",
    ] {
        assert!(run(t).is_empty(), "{t}: {:?}", run(t));
    }
    // with an auxiliary, or a plural subject, they are verbs
    for (t, c) in [
        ("The city will plan to widen the ring road.", "plan"),
        ("Residents plan to sue the council over the road.", "plan"),
        ("The police want the road closed at night.", "want"),
        (
            "Norway and Chile support the new fishing treaty.",
            "support",
        ),
    ] {
        let q = one(t);
        assert_eq!(cue(t, &q), c, "{t}");
    }
}

#[test]
fn a_name_after_a_complementizer_starts_the_subject() {
    // "that" before a name opens a clause: the stance is inside what the
    // reporter writes, and the speaker is the name
    let t = "Critics noted that Governor Alves wants to cut the school budget.";
    let q = run(t);
    assert!(
        q.iter().all(|x| !speaker(t, x).starts_with("that")),
        "{q:?}"
    );
    // organisations joined by "on" or "for"
    let t = "The Commission on Public Safety said the checks would continue.";
    let q = one(t);
    assert_eq!(speaker(t, &q), "The Commission on Public Safety");
    // a noun after a possessive is no cue
    let t = "Among Monday's tweets, one mocked the mayor's speech.";
    assert!(run(t).iter().all(|x| cue(t, x) != "tweets"), "{:?}", run(t));
}

#[test]
fn implying_reports_what_was_not_said_outright() {
    // "implied" and "insinuated" report a claim, and after a comma they open an
    // attribution of their own: the clause before them ends there
    let t = "Although the minister would not confirm the closures, she implied that more cuts were coming.";
    let q = run(t);
    let implied = q.iter().find(|x| cue(t, x) == "implied").expect("an attribution cued by implied");
    assert_eq!(content(t, implied), "more cuts were coming");
    assert_eq!(speaker(t, implied), "she");
    assert!(
        q.iter().all(|x| !content(t, x).contains("she implied")),
        "{q:?}"
    );
    let t = "The lawyer insinuated the witness had been paid.";
    let q = one(t);
    assert_eq!(content(t, &q), "the witness had been paid");
    assert_eq!(cue(t, &q), "insinuated");
}

#[test]
fn an_inversion_reports_a_clause_not_the_subject_before_it() {
    // "…, announced the settlement": after a subject in apposition the verb and
    // its object are no inverted attribution ("…, said the minister")
    let t = "Lead claimant, the Teachers Union, announced the settlement, adding that members would be repaid.";
    let q = run(t);
    assert!(
        q.iter().all(|x| !content(t, x).starts_with("Lead claimant")),
        "{q:?}"
    );
    assert!(
        q.iter().all(|x| speaker(t, x) != "the settlement"),
        "{q:?}"
    );
    // a clause before it still makes one, with an appositive of its own or
    // around the inverted attribution
    let t = "Members would be repaid in full, announced the union.";
    let q = one(t);
    assert_eq!(content(t, &q), "Members would be repaid in full");
    assert_eq!(speaker(t, &q), "the union");
    let t = "Two former directors, Ann Lee and Tom Hale, remain defendants in the case, said the newspaper.";
    let q = one(t);
    assert_eq!(speaker(t, &q), "the newspaper");
    assert!(content(t, &q).ends_with("remain defendants in the case"), "{q:?}");
    let t = "The ministers' remarks, said Ana Ruiz of Banco Sur, were \"too vague to matter\".";
    let q = run(t);
    assert!(q.iter().any(|x| content(t, x).contains("too vague") && speaker(t, x).starts_with("Ana Ruiz")), "{q:?}");
}

#[test]
fn a_parenthetical_beside_the_subject_is_stepped_over() {
    // party and state, an age: notes beside a name, before the cue or the appositive
    let t = "Sen. Maria Ortiz (D-Calif.) said the bill would pass.";
    let q = one(t);
    assert_eq!(speaker(t, &q), "Sen. Maria Ortiz");
    assert_eq!(content(t, &q), "the bill would pass");
    let t = "Rep. Dan Hale (R-Ohio), chairman of the budget panel, said cuts were coming.";
    let q = one(t);
    assert!(speaker(t, &q).starts_with("Rep. Dan Hale"), "{q:?}");
    assert_eq!(content(t, &q), "cuts were coming");
    let t = "Tom Reyes (54) told reporters he would retire.";
    assert_eq!(speaker(t, &one(t)), "Tom Reyes");
}

#[test]
fn publications_are_sources() {
    for t in [
        "The website noted that both candidates had changed their plans.",
        "The blog reported that the mayor had resigned.",
        "The article argues that the tax is unfair.",
        "A local TV station said the road was closed.",
    ] {
        let q = run(t);
        assert_eq!(q.len(), 1, "{t}: {q:?}");
    }
}

#[test]
fn a_time_after_the_cue_or_listener_is_no_content() {
    for (t, c) in [
        ("The president told voters this weekend he would stay.", "he would stay"),
        ("The mayor said Friday the road would reopen.", "the road would reopen"),
        ("Police said on Monday night the man had fled.", "the man had fled"),
        ("The minister told MPs earlier this month cuts were coming.", "cuts were coming"),
    ] {
        let q = one(t);
        assert_eq!(content(t, &q), c, "{t}");
    }
    // a participle with its time is no cue: "added in October were …"
    let t = "She said many of the jobs added in October were in building.";
    let q = run(t);
    assert!(q.iter().all(|x| cue(t, x) != "added"), "{q:?}");
    // a programme's name is no time, and a possessive time opens a noun phrase
    let t = "Mr Hale told BBC Radio 4's Today programme the law had changed.";
    assert!(run(t).iter().all(|x| !content(t, x).starts_with("programme")), "{:?}", run(t));
    let t = "Ms Lee said Tuesday night's vote showed the party was split.";
    assert!(content(t, &one(t)).starts_with("Tuesday night's vote"), "{:?}", run(t));
    let t = "Mr Cole told Ann Lee in November 2003 he would stand down.";
    assert_eq!(content(t, &one(t)), "he would stand down");
    // a date that is part of the clause stays: "Friday's" opens a noun phrase
    let t = "The mayor said Friday's storm had closed the road.";
    assert_eq!(content(t, &one(t)), "Friday's storm had closed the road");
}

#[test]
fn a_participle_that_names_a_thing_is_no_cue() {
    for t in [
        "Fans set up a website called latinoradio.com to share the songs.",
        "She recorded a 40 minute podcast called The Daily Source for her readers.",
    ] {
        assert!(run(t).is_empty(), "{t}: {:?}", run(t));
    }
    // a stance still is one
    let t = "The union called the plan reckless.";
    assert_eq!(cue(t, &one(t)), "called");
}
