//! Whole-article tests of [`analyse`], and properties over arbitrary text.

use super::*;
use proptest::prelude::*;

fn run(text: &str) -> Anatomy {
    analyse(
        text,
        None,
        &Furniture::default(),
        &AnatomyOptions::default(),
    )
}

fn texts<'t>(text: &'t str, spans: &[Span]) -> Vec<&'t str> {
    spans.iter().map(|s| s.slice(text)).collect()
}

const WIRE: &str = "Dockworkers end strike at three northern ports\n\
By Hannah Reyes and Tomasz Wilk\n\
Updated 6:02 PM GMT, Sat May 10, 2025\n\
\n\
ROTTERDAM (Reuters) - Dockworkers at three northern European ports ended a nine-day strike on Saturday after unions accepted a pay offer, port authorities said.\n\
Advertisement\n\
The deal raises wages by 6% this year and another 4% next year.\n\
What changes for shippers?\n\
Carriers had diverted dozens of vessels to southern ports during the stoppage, and backlogs could take weeks to clear, according to analysts.\n\
Sign up for our weekly logistics briefing\n\
Reporting by Hannah Reyes in Rotterdam; Editing by Mark Lund\n";

#[test]
fn a_wire_story_has_every_part() {
    let t = WIRE;
    let a = run(t);
    assert_eq!(
        a.title.map(|s| s.slice(t)),
        Some("Dockworkers end strike at three northern ports")
    );
    assert_eq!(
        a.byline.map(|s| s.slice(t)),
        Some("By Hannah Reyes and Tomasz Wilk")
    );
    assert_eq!(texts(t, &a.authors), ["Hannah Reyes", "Tomasz Wilk"]);
    let d = a.dateline.unwrap();
    assert_eq!(
        (d.span.slice(t), d.place.slice(t)),
        ("ROTTERDAM (Reuters) -", "ROTTERDAM")
    );
    assert_eq!(texts(t, &a.headings), ["What changes for shippers?"]);
    let kinds: Vec<(BoilerplateKind, &str)> = a
        .boilerplate
        .iter()
        .map(|b| (b.kind, b.span.slice(t)))
        .collect();
    assert_eq!(
        kinds,
        [
            (
                BoilerplateKind::Furniture,
                "Updated 6:02 PM GMT, Sat May 10, 2025"
            ),
            (BoilerplateKind::Furniture, "Advertisement"),
            (
                BoilerplateKind::Promo,
                "Sign up for our weekly logistics briefing"
            ),
            (
                BoilerplateKind::Credit,
                "Reporting by Hannah Reyes in Rotterdam; Editing by Mark Lund"
            ),
        ]
    );
}

#[test]
fn excluded_spans_and_regions_keep_sentences_out_of_boilerplate() {
    let t = WIRE;
    let a = run(t);
    let excluded: Vec<&str> = a.excluded().map(|s| s.slice(t)).collect();
    assert!(excluded.contains(&"ROTTERDAM (Reuters) -"));
    assert!(excluded.contains(&"By Hannah Reyes and Tomasz Wilk"));
    assert!(
        !excluded.iter().any(|e| e.contains("Dockworkers end")),
        "the title is text"
    );
    let regions = a.regions(t);
    let r: Vec<&str> = regions.iter().map(|s| s.slice(t).trim()).collect();
    assert_eq!(r[0], "Dockworkers end strike at three northern ports");
    assert!(r[1].starts_with("Dockworkers at three"), "{:?}", r[1]);
    assert!(r.contains(&"What changes for shippers?"));
    for region in &regions {
        for e in a.excluded() {
            assert!(
                !region.overlaps(&e),
                "{:?} overlaps {:?}",
                region.slice(t),
                e.slice(t)
            );
        }
    }
    assert!(a.is_excluded(
        Span::new(
            t,
            t.find("Advertisement").unwrap(),
            t.find("Advertisement").unwrap() + 3
        )
        .unwrap()
    ));
}

#[test]
fn an_address_block_twice_at_the_top_is_one_boilerplate_stretch() {
    let t = "Mailing Address\n77 Quarry Lane\nAshford, VT 05401\nMailing Address\n77 Quarry Lane\nAshford, VT 05401\n\
             Farmers in the valley lost most of their apple harvest to a late frost this spring, the state agriculture office said.\n\
             Growers said insurance would cover only part of the loss.";
    let a = run(t);
    assert_eq!(a.boilerplate.len(), 1, "{:?}", a.boilerplate);
    assert_eq!(a.boilerplate[0].kind, BoilerplateKind::Address);
    assert_eq!(
        a.boilerplate[0].span.slice(t),
        &t[..t.find("\nFarmers").unwrap()]
    );
    assert_eq!(
        a.title, None,
        "the first paragraph is a lede, not a headline"
    );
}

#[test]
fn of_two_leading_headline_lines_the_first_is_the_title() {
    let t = "Bakers switch to rye\n\nMills in the north are selling more rye flour than wheat for the first time\n\nDemand for rye bread has doubled in five years, according to the millers' federation, which blamed rising wheat prices.";
    let a = run(t);
    assert_eq!(a.title.map(|s| s.slice(t)), Some("Bakers switch to rye"));
    assert!(
        a.boilerplate.is_empty(),
        "the standfirst is text: {:?}",
        a.boilerplate
    );
}

#[test]
fn a_given_title_is_found_and_nothing_else_is_guessed() {
    let t = "Lighthouse keeper retires after 40 years\n\nThe last keeper of the Skerry light handed over his keys on Friday, ending a family tradition.";
    let a = analyse(
        t,
        Some("Lighthouse Keeper Retires After 40 Years"),
        &Furniture::default(),
        &AnatomyOptions::default(),
    );
    assert_eq!(
        a.title.map(|s| s.slice(t)),
        Some("Lighthouse keeper retires after 40 years")
    );
    let b = analyse(
        t,
        Some("A different headline"),
        &Furniture::default(),
        &AnatomyOptions::default(),
    );
    assert_eq!(b.title, None);
}

#[test]
fn a_headline_with_its_dek_ending_in_a_period_is_the_title() {
    let t = "Rail fares rise again. Who pays the most.\nCommuters on the busiest lines will pay up to 5% more from March, the transport ministry said on Thursday, the third rise in two years.\nUnions said the rise was unfair.";
    let a = run(t);
    assert_eq!(
        a.title.map(|s| s.slice(t)),
        Some("Rail fares rise again. Who pays the most.")
    );
}

#[test]
fn a_name_and_agency_byline_and_a_contributor_credit() {
    let t = "Storm knocks out power to 200,000 homes\nLuisa Ferrante, CNN\nHigh winds cut power across the coast overnight, and crews expect repairs to last into the weekend.\nThis story has been updated with new figures.\nCNN’s Rob Ellis and KT Nguyen contributed to this report.";
    let a = run(t);
    assert_eq!(a.byline.map(|s| s.slice(t)), Some("Luisa Ferrante, CNN"));
    assert_eq!(
        texts(t, &a.authors),
        ["Luisa Ferrante", "Rob Ellis", "KT Nguyen"]
    );
    let kinds: Vec<BoilerplateKind> = a.boilerplate.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [BoilerplateKind::EditorNote, BoilerplateKind::Credit]
    );
}

#[test]
fn lists_and_first_lines_without_a_title_stay_text() {
    let t = "Local news\nThe river crested at 9 metres overnight, the highest level in a century, officials said.\nRoads closed:\nMill Lane\nStation Road\nHigh Bridge";
    let a = run(t);
    assert!(a.boilerplate.is_empty(), "{:?}", a.boilerplate);
}

#[test]
fn plain_articles_have_no_boilerplate() {
    let t = "The central bank left its main rate unchanged on Wednesday.\n\nPolicymakers said inflation was easing but remained above target, and that they would watch wage growth closely.\n\nMarkets had expected the decision.";
    let a = run(t);
    assert!(a.boilerplate.is_empty(), "{:?}", a.boilerplate);
    assert!(a.headings.is_empty());
    assert_eq!(a.dateline, None);
    assert_eq!(a.byline, None);
}

#[test]
fn edge_lines_can_be_turned_off() {
    let t = "Politics\nRiver crests at record level\nThe river crested at 9 metres overnight, the highest level in a century, officials said.\nMore coverage\nOur river page";
    let on = run(t);
    let furniture: Vec<&str> = on.boilerplate.iter().map(|b| b.span.slice(t)).collect();
    assert_eq!(furniture, ["Politics", "More coverage\nOur river page"]);
    let off = analyse(
        t,
        None,
        &Furniture::default(),
        &AnatomyOptions {
            edge_words: 0,
            ..AnatomyOptions::default()
        },
    );
    assert!(off.boilerplate.is_empty());
}

#[test]
fn empty_and_blank_text() {
    assert_eq!(run(""), Anatomy::default());
    assert_eq!(run("\n \n\t"), Anatomy::default());
    assert!(run("").regions("").is_empty());
}

fn valid(text: &str, s: Span) -> bool {
    s.start() <= s.end()
        && s.end() <= text.len()
        && text.is_char_boundary(s.start())
        && text.is_char_boundary(s.end())
}

/// Lines an article might be made of, for generated texts.
fn line_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("By Ann Lee and Bo Park".to_string()),
        Just("MOSCOW (Reuters) - Talks resumed.".to_string()),
        Just("LONDON, Oct 3 (AP) — Rain fell".to_string()),
        Just("12 High St.".to_string()),
        Just("Advertisement".to_string()),
        Just("What next?".to_string()),
        Just("Ann Lee contributed to this report.".to_string()),
        Just(
            "The committee approved the plan on Monday after a long debate, members said."
                .to_string()
        ),
        "\\PC{0,60}",
        "[A-Z][a-z]{0,8}( [A-Z][a-z]{0,8}){0,4}[ —–-]{0,3}",
    ]
}

proptest! {
    #[test]
    fn any_text_gives_valid_spans(t in "\\PC{0,200}") {
        check(&t)?;
    }

    #[test]
    fn article_like_text_gives_valid_spans(lines in prop::collection::vec(line_strategy(), 0..12), sep in "\n|\n\n|\r\n") {
        let t = lines.join(&sep);
        check(&t)?;
    }
}

fn check(t: &str) -> Result<(), TestCaseError> {
    let a = run(t);
    let mut all: Vec<Span> = a.headings.clone();
    all.extend(a.title);
    all.extend(a.byline);
    all.extend(a.authors.iter().copied());
    all.extend(a.boilerplate.iter().map(|b| b.span));
    if let Some(d) = a.dateline {
        all.push(d.span);
        all.push(d.place);
        prop_assert!(d.span.contains(&d.place));
    }
    all.extend(a.regions(t));
    for s in all {
        prop_assert!(valid(t, s), "{:?} in {:?}", s, t);
    }
    let ex: Vec<Span> = a.excluded().collect();
    for w in ex.windows(2) {
        prop_assert!(w[0].start() <= w[1].start());
    }
    Ok(())
}
