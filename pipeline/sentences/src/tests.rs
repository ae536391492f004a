//! Unit tests, one group per construction. The sentences are written for these tests.

use super::*;
use proptest::prelude::*;

/// The default segmenter's sentences: the helper every module's tests use.
pub(crate) fn split(t: &str) -> Vec<&str> {
    Segmenter::default().split_str(t)
}

#[track_caller]
fn check(t: &str, expected: &[&str]) {
    assert_eq!(split(t), expected, "input: {t:?}");
}

#[test]
fn plain_terminators() {
    check(
        "The vote passed. Critics objected.",
        &["The vote passed.", "Critics objected."],
    );
    check(
        "Was it legal? Nobody knew!  Talks resume today.",
        &["Was it legal?", "Nobody knew!", "Talks resume today."],
    );
    check("Really?! Yes.", &["Really?!", "Yes."]);
    check("What now? he wondered.", &["What now? he wondered."]);
}

#[test]
fn titles_never_end_a_sentence() {
    check(
        "Gen. Ortiz briefed Sen. Walsh and Gov. Tran on Monday.",
        &["Gen. Ortiz briefed Sen. Walsh and Gov. Tran on Monday."],
    );
    check(
        "Mrs. Okafor thanked Dr. Reyes and Prof. Lind.",
        &["Mrs. Okafor thanked Dr. Reyes and Prof. Lind."],
    );
    check(
        "The mass was held at St. Anne's in the old town.",
        &["The mass was held at St. Anne's in the old town."],
    );
}

#[test]
fn abbreviations_that_may_end_a_sentence() {
    check(
        "The stake went to Norvik Holdings Inc. They paid cash.",
        &["The stake went to Norvik Holdings Inc.", "They paid cash."],
    );
    check(
        "Norvik Holdings Inc. said profits fell.",
        &["Norvik Holdings Inc. said profits fell."],
    );
    check(
        "Talks with Brenner & Co. Ltd. resumed in Sept. after a pause.",
        &["Talks with Brenner & Co. Ltd. resumed in Sept. after a pause."],
    );
    check(
        "The deadline is Sept. 30 for all parties.",
        &["The deadline is Sept. 30 for all parties."],
    );
    check(
        "They sell pens, ink, paper, etc. The shop opens at noon.",
        &[
            "They sell pens, ink, paper, etc.",
            "The shop opens at noon.",
        ],
    );
    check(
        "The office is on Harbor St. It closes early.",
        &["The office is on Harbor St.", "It closes early."],
    );
}

#[test]
fn country_abbreviations() {
    check(
        "The envoy flew back to the U.S. She met reporters there.",
        &[
            "The envoy flew back to the U.S.",
            "She met reporters there.",
        ],
    );
    check(
        "The U.S. Navy sent two ships.",
        &["The U.S. Navy sent two ships."],
    );
    check(
        "She moved to the U.K. in 1998 for work.",
        &["She moved to the U.K. in 1998 for work."],
    );
}

#[test]
fn clock_times() {
    check(
        "Voting starts at 9 a.m. Monday in the capital.",
        &["Voting starts at 9 a.m. Monday in the capital."],
    );
    check(
        "Polls closed at 8 p.m. Counting began at once.",
        &["Polls closed at 8 p.m.", "Counting began at once."],
    );
    check(
        "By 6 a.m. Mr. Alvarez had left the hotel.",
        &["By 6 a.m. Mr. Alvarez had left the hotel."],
    );
    check(
        "The flight left at 7 p.m. ET without him.",
        &["The flight left at 7 p.m. ET without him."],
    );
}

#[test]
fn initials_and_single_letters() {
    check(
        "The board named Carla T. Brennan as chair.",
        &["The board named Carla T. Brennan as chair."],
    );
    check(
        "The winner came from Group C. The draw was in Lyon.",
        &["The winner came from Group C.", "The draw was in Lyon."],
    );
    check(
        "It was just you and I. Nobody else came.",
        &["It was just you and I.", "Nobody else came."],
    );
    check(
        "Read it on p. 12 of the filing.",
        &["Read it on p. 12 of the filing."],
    );
}

#[test]
fn numbers_with_dots() {
    check(
        "Inflation rose to 3.5 percent in May.",
        &["Inflation rose to 3.5 percent in May."],
    );
    check(
        "The index closed at 1,024.5. Traders were cautious.",
        &["The index closed at 1,024.5.", "Traders were cautious."],
    );
    check(
        "He wore No. 7 for the club.",
        &["He wore No. 7 for the club."],
    );
    check(
        "Version 2.4.1 fixed the bug.",
        &["Version 2.4.1 fixed the bug."],
    );
    check(
        "The rebels said no. Then they fled.",
        &["The rebels said no.", "Then they fled."],
    );
    check(
        "Sales reached 400. Profits did not.",
        &["Sales reached 400.", "Profits did not."],
    );
}

#[test]
fn ellipses() {
    check(
        "The minister paused... Then he left the room.",
        &["The minister paused...", "Then he left the room."],
    );
    check(
        "We will… well, we will see.",
        &["We will… well, we will see."],
    );
    check(
        "He spoke of . . . reform and little else.",
        &["He spoke of . . . reform and little else."],
    );
    check(
        "It ended badly.... Nobody spoke.",
        &["It ended badly....", "Nobody spoke."],
    );
}

#[test]
fn quotations() {
    check(
        "He said \"no.\" Then he walked out.",
        &["He said \"no.\"", "Then he walked out."],
    );
    check(
        "\"I'm not leaving,\" she said.",
        &["\"I'm not leaving,\" she said."],
    );
    check(
        "\"We are ready. We have trained,\" the coach said. The match starts soon.",
        &[
            "\"We are ready. We have trained,\" the coach said.",
            "The match starts soon.",
        ],
    );
    check(
        "“Is this fair?” asked the judge.",
        &["“Is this fair?” asked the judge."],
    );
    check(
        "She asked, “Why now?” The answer came later.",
        &["She asked, “Why now?”", "The answer came later."],
    );
    check(
        "He shouted ‘Stop!’ and ran off.",
        &["He shouted ‘Stop!’ and ran off."],
    );
    check(
        "The vote was called “illegal.”. Nobody agreed.",
        &["The vote was called “illegal.”.", "Nobody agreed."],
    );
}

#[test]
fn unmatched_quotes_do_not_swallow_sentences() {
    check(
        "The screen is 6\" wide. It is small.",
        &["The screen is 6\" wide.", "It is small."],
    );
    check(
        "“We will win. We always do. Nobody doubts it.",
        &["“We will win.", "We always do.", "Nobody doubts it."],
    );
}

#[test]
fn parentheses() {
    check(
        "The mayor (elected in Jan. last year) resigned.",
        &["The mayor (elected in Jan. last year) resigned."],
    );
    check(
        "Prices rose. (Analysts had expected this.) Shares fell.",
        &[
            "Prices rose.",
            "(Analysts had expected this.)",
            "Shares fell.",
        ],
    );
    check(
        "The firm (see p. 4. Note the date.) grew fast.",
        &["The firm (see p. 4. Note the date.) grew fast."],
    );
}

#[test]
fn lines_and_paragraphs() {
    check(
        "Storm hits coast\nThousands lost power on Friday.",
        &["Storm hits coast", "Thousands lost power on Friday."],
    );
    check(
        "Markets rally\n\nStocks rose sharply.",
        &["Markets rally", "Stocks rose sharply."],
    );
    check(
        "The council voted to\n\nclose the library.",
        &["The council voted to", "close the library."],
    );
    // A flowed (soft) line break inside a sentence.
    check(
        "The council voted to \nclose the library.",
        &["The council voted to \nclose the library."],
    );
    check("One.\r\nTwo.\rThree.", &["One.", "Two.", "Three."]);
    check(
        "Harbor Road\u{2029}Second part",
        &["Harbor Road", "Second part"],
    );
}

#[test]
fn bylines_and_boilerplate() {
    check(
        "By Jane Mbeki, Reuters\nGeneva, CH 1211\nUpdated 3:45 PM ET\nThe talks failed. Both sides left.",
        &["By Jane Mbeki, Reuters", "Geneva, CH 1211", "Updated 3:45 PM ET", "The talks failed.", "Both sides left."],
    );
    check(
        "14 Elm St.\nSpringfield, IL 62701",
        &["14 Elm St.", "Springfield, IL 62701"],
    );
}

#[test]
fn lists() {
    check(
        "1. Buy bonds\n2. Sell shares",
        &["1. Buy bonds", "2. Sell shares"],
    );
    check(
        "a. raise taxes b. cut spending c. borrow more",
        &["a. raise taxes", "b. cut spending", "c. borrow more"],
    );
    check(
        "1) Hire staff 2) Train them 3) Open stores",
        &["1) Hire staff", "2) Train them", "3) Open stores"],
    );
    check(
        "• Rates held • Bonds fell",
        &["• Rates held", "• Bonds fell"],
    );
    // An enumeration inside a sentence: after a lower-case word, items in lower case.
    check(
        "Members may a) vote by post or b) vote in person.",
        &["Members may a) vote by post or b) vote in person."],
    );
    check(
        "You need to 1) sign up and 2) confirm the email.",
        &["You need to 1) sign up and 2) confirm the email."],
    );
    // Not a list: one reference to an item.
    check(
        "Under clause 4. above, fees apply.",
        &["Under clause 4. above, fees apply."],
    );
    // Initials are not a lettered list.
    check(
        "Authors A. B. Carver and D. Lee agreed.",
        &["Authors A. B. Carver and D. Lee agreed."],
    );
}

#[test]
fn emails_and_urls() {
    check(
        "Write to tips@news-site.org. We read everything.",
        &["Write to tips@news-site.org.", "We read everything."],
    );
    check(
        "Visit www.example.org/page.html for details.",
        &["Visit www.example.org/page.html for details."],
    );
    check(
        "See https://example.com/a.b?c=1. It moved.",
        &["See https://example.com/a.b?c=1.", "It moved."],
    );
}

#[test]
fn exclamation_in_names() {
    check(
        "She joined Yahoo! Finance in 2010.",
        &["She joined Yahoo! Finance in 2010."],
    );
    check("We won! Fans cheered.", &["We won!", "Fans cheered."]);
}

#[test]
fn extra_abbreviations() {
    let text = "We spoke to Adv. Khumalo today.";
    assert_eq!(
        split(text).len(),
        2,
        "without the option 'Adv.' is an ordinary word"
    );
    let seg = Segmenter::new(SegmenterOptions {
        extra_abbreviations: vec!["adv.".into()],
    });
    assert_eq!(seg.split_str(text), vec![text]);
}

#[test]
fn spans_are_trimmed_byte_ranges() {
    let t = "  Première phrase.   Deuxième phrase.  \n";
    let spans = Segmenter::default().split(t);
    assert_eq!(spans.len(), 2);
    assert_eq!(spans[0].start(), 2);
    assert_eq!(spans[0].slice(t), "Première phrase.");
    assert_eq!(spans[1].slice(t), "Deuxième phrase.");
    assert!(split(" \n\t ").is_empty());
    assert!(split("").is_empty());
}

fn check_invariants(t: &str) -> Result<(), TestCaseError> {
    let spans = Segmenter::default().split(t);
    let mut prev_end = 0;
    let mut covered = vec![false; t.len()];
    for s in &spans {
        prop_assert!(s.end() <= t.len());
        prop_assert!(!s.is_empty());
        prop_assert!(s.start() >= prev_end, "overlap or disorder: {:?}", spans);
        prop_assert!(t.is_char_boundary(s.start()) && t.is_char_boundary(s.end()));
        let sl = s.slice(t);
        prop_assert_eq!(sl, sl.trim());
        covered[s.range()].iter_mut().for_each(|c| *c = true);
        prev_end = s.end();
    }
    // No text is lost: every non-whitespace character lies in some sentence.
    for (i, c) in t.char_indices() {
        prop_assert!(
            c.is_whitespace() || covered[i],
            "char {:?} at {} dropped",
            c,
            i
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_unicode_gives_valid_spans(t in "\\PC*") {
        check_invariants(&t)?;
    }

    #[test]
    fn punctuation_soup_gives_valid_spans(t in "[a-zA-Z0-9 .?!\"'“”‘’()\\[\\]\n\r…•]{0,80}") {
        check_invariants(&t)?;
    }

    #[test]
    fn sentence_like_text_gives_valid_spans(
        parts in proptest::collection::vec(
            "(Mr|U\\.S|Inc|[A-Z]|[a-z]{1,8}|[0-9]{1,3}|a\\.m|\\(|\\)|\"|“|”|'|\\.\\.\\.|1\\)|a\\.)[.?!]?[ \n]{0,2}", 0..40)
    ) {
        check_invariants(&parts.concat())?;
    }

    #[test]
    fn web_like_text_gives_valid_spans(
        parts in proptest::collection::vec(
            "(:\\)|:-\\(|;D|=P|:'\\)|:\\)\\)|\\(|\\)|i|i'm|we|the|[A-Z][a-z]{0,6}|[a-z]{1,8}|[0-9]{1,3}|- |• |1\\. )[.?!]?[ \n]{0,2}", 0..40)
    ) {
        check_invariants(&parts.concat())?;
    }

    #[test]
    fn line_shaped_text_gives_valid_spans(
        lines in proptest::collection::vec("[A-Za-z ,.:()]{0,75}", 0..12)
    ) {
        check_invariants(&lines.join("\n"))?;
    }
}

#[test]
fn hard_wrapped_text_is_rejoined() {
    let text = "Port strike ends\n\
\n\
Dock workers in the northern port voted on Tuesday to end a strike that\n\
had halted shipping for nine days, union officials said. The deal gives\n\
staff a pay rise of 4 percent over two years and limits night shifts,\n\
according to a statement from the port authority.\n\
\n\
Shipping companies said the backlog could take a week to clear.\n";
    check(
        text,
        &[
            "Port strike ends",
            "Dock workers in the northern port voted on Tuesday to end a strike that\nhad halted shipping for nine days, union officials said.",
            "The deal gives\nstaff a pay rise of 4 percent over two years and limits night shifts,\naccording to a statement from the port authority.",
            "Shipping companies said the backlog could take a week to clear.",
        ],
    );
    // Short lines are not a wrapped paragraph: each stays a sentence.
    check(
        "Talks resume\nBy Ana Ruiz\nMadrid\nMinisters met today.",
        &[
            "Talks resume",
            "By Ana Ruiz",
            "Madrid",
            "Ministers met today.",
        ],
    );
}

#[test]
fn reopened_quotes_do_not_pair_across_paragraph_convention() {
    // News style: a quote continued in a new paragraph reopens without closing.
    check(
        "He said: \"We lost. It hurt. \"Next year we will be back.\"",
        &[
            "He said: \"We lost.",
            "It hurt.",
            "\"Next year we will be back.\"",
        ],
    );
    check(
        "The server is owned by Sun. Initially it ran Solaris.",
        &["The server is owned by Sun.", "Initially it ran Solaris."],
    );
}

#[test]
fn long_degenerate_inputs_stay_linear() {
    // Each would be quadratic if a rule rescanned the sentence so far.
    let seg = Segmenter::default();
    for unit in [
        "Mr. Smith ",
        "At 5 a.m. Mr. Lee ",
        "U.S. Army ",
        "(",
        "\"a ",
        "‘a ",
        "a. ",
        "1) ",
        ". ",
        "! ",
        "x",
        "• ",
        "[1]. ",
    ] {
        let text = unit.repeat(200_000 / unit.len());
        let t0 = std::time::Instant::now();
        let spans = seg.split(&text);
        assert!(spans.iter().all(|s| !s.is_empty()));
        let secs = t0.elapsed().as_secs_f64();
        assert!(secs < 2.0, "{unit:?} x{}: {secs:.2}s", 200_000 / unit.len());
    }
}

#[test]
fn missing_space_after_period() {
    check(
        "Rates were held.Markets barely moved.",
        &["Rates were held.", "Markets barely moved."],
    );
    check(
        "Profit reached 2,000.Analysts cheered.",
        &["Profit reached 2,000.", "Analysts cheered."],
    );
    check(
        "The vote is on Monday.Mr. Ali will attend.",
        &["The vote is on Monday.", "Mr. Ali will attend."],
    );
    // Addresses and abbreviations are not glued sentences.
    check(
        "See www.site.News for details.",
        &["See www.site.News for details."],
    );
    check(
        "He moved to St.Louis last year.",
        &["He moved to St.Louis last year."],
    );
    check("Use Node.Js at work.", &["Use Node.Js at work."]);
    check(
        "It should have been Joy Division.Those fans agreed.",
        &["It should have been Joy Division.", "Those fans agreed."],
    );
}

#[test]
fn lower_case_openers_in_informal_text() {
    check(
        "we got there late. i was starving.",
        &["we got there late.", "i was starving."],
    );
    check(
        "Nice staff. the rooms were clean",
        &["Nice staff.", "the rooms were clean"],
    );
    check(
        "Any tips? i've tried everything",
        &["Any tips?", "i've tried everything"],
    );
    check(
        "Booked it in 2019. it was worth it",
        &["Booked it in 2019.", "it was worth it"],
    );
    check(
        "is the market open today? maybe not",
        &["is the market open today?", "maybe not"],
    );
    // A title ending in "?", a question going on ("or"), an inverted attribution.
    check(
        "The quiz show Who Wants Money? airs on Friday.",
        &["The quiz show Who Wants Money? airs on Friday."],
    );
    check(
        "Do you take milk? or lemon?",
        &["Do you take milk? or lemon?"],
    );
    check(
        "What was that noise? wondered the guard.",
        &["What was that noise? wondered the guard."],
    );
    check(
        "it was great. definitely coming back",
        &["it was great.", "definitely coming back"],
    );
    // Abbreviations, units after a number, third person or "the" after "?"/"!", and
    // closing quotes keep the sentence going.
    check(
        "Shops close early, esp. when it snows.",
        &["Shops close early, esp. when it snows."],
    );
    check(
        "Sold by Brightline LLC. and two resellers.",
        &["Sold by Brightline LLC. and two resellers."],
    );
    check(
        "A dentist appt. in town costs more.",
        &["A dentist appt. in town costs more."],
    );
    check(
        "Bring pens, paper, etc. we supply the rest.",
        &["Bring pens, paper, etc. we supply the rest."],
    );
    check(
        "The shelf is 5 ft. the rug is wider.",
        &["The shelf is 5 ft. the rug is wider."],
    );
    check(
        "Why now? she asked the clerk.",
        &["Why now? she asked the clerk."],
    );
    check(
        "He ran back; but, alas! the gate was locked.",
        &["He ran back; but, alas! the gate was locked."],
    );
    check(
        "It said \"closed.\" i left.",
        &["It said \"closed.\" i left."],
    );
}

#[test]
fn one_line_paragraphs_of_similar_length_stay_apart() {
    // Each line starts with a capital and none ends in punctuation: not wrapped prose.
    let text = "Rooms were clean and the beds were more comfortable than at home\n\
Breakfast had fresh fruit and good coffee but closed far too early\n\
The pool was small and always crowded in the late afternoon hours\n\
We would stay here again if the price stays where it is this year";
    assert_eq!(split(text).len(), 4, "{:?}", split(text));
}

#[test]
fn wrapped_line_with_room_for_the_next_word_ends_there() {
    // Wrapped at 69: the second line had room for "Members", so it ended on purpose.
    let text = "The board met on Monday evening to approve the budget for the coming\n\
year, which passed without a vote after a debate on roads\n\
Members then turned to the question of the new swimming pool and the\n\
cost of heating it through the winter months, which some called high.";
    check(
        text,
        &[
            "The board met on Monday evening to approve the budget for the coming\nyear, which passed without a vote after a debate on roads",
            "Members then turned to the question of the new swimming pool and the\ncost of heating it through the winter months, which some called high.",
        ],
    );
}

#[test]
fn emoticons_end_sentences() {
    check(
        "Passed my driving test :) Party on Friday.",
        &["Passed my driving test :)", "Party on Friday."],
    );
    check(
        "Lost my keys again :-( i hate Mondays",
        &["Lost my keys again :-(", "i hate Mondays"],
    );
    check("See you soon ;) Bye", &["See you soon ;)", "Bye"]);
    // A smiley's paren pairs with no bracket, so it protects nothing.
    check(
        "Rain all week :( The match was off. Then it cleared :)",
        &[
            "Rain all week :(",
            "The match was off.",
            "Then it cleared :)",
        ],
    );
    // Not emoticons: a colon inside a word or before a bracketed item, or a lower-case
    // continuation.
    check(
        "Call f(x):(y) first. Options :(a) or (b).",
        &["Call f(x):(y) first.", "Options :(a) or (b)."],
    );
    check(
        "Nice one :) said my brother.",
        &["Nice one :) said my brother."],
    );
}

#[test]
fn capitalised_opener_after_a_lost_period() {
    check(
        "the rooms were spotless The staff could not do enough for us",
        &[
            "the rooms were spotless",
            "The staff could not do enough for us",
        ],
    );
    check(
        "Delivery took a week They never answered my emails.",
        &["Delivery took a week", "They never answered my emails."],
    );
    check(
        "We tried it twice It's still broken",
        &["We tried it twice", "It's still broken"],
    );
    check(
        "let me know if the time works Thank you again",
        &["let me know if the time works", "Thank you again"],
    );
    // Titles and names keep their capitals: the next word is capitalised too, or the
    // word before introduces a name.
    check(
        "She flew to The Hague on Monday.",
        &["She flew to The Hague on Monday."],
    );
    check(
        "He starred in a film called This is England last year.",
        &["He starred in a film called This is England last year."],
    );
    check(
        "Ann Lee, 41, of Sorry Creek was fined.",
        &["Ann Lee, 41, of Sorry Creek was fined."],
    );
    check(
        "We drove to This place in the hills.",
        &["We drove to This place in the hills."],
    );
    check(
        "Then I reread The Lord of the Rings.",
        &["Then I reread The Lord of the Rings."],
    );
    check(
        "A Day In The Life of a nurse.",
        &["A Day In The Life of a nurse."],
    );
}

#[test]
fn regions_split_on_their_own_slices() {
    // The engine segments the text between heading and boilerplate lines: a slice
    // plus its offset gives spans of the whole text, and nothing outside the slice
    // is looked at (the next line's capital does not matter).
    let text = "Weather warning\nStrong winds hit the coast. Ferries stopped\nShare this page";
    let a = text.find("Strong").unwrap();
    let b = text.find("\nShare").unwrap();
    let spans: Vec<Span> = Segmenter::default()
        .split(&text[a..b])
        .into_iter()
        .filter_map(|s| Span::new(text, a + s.start(), a + s.end()))
        .collect();
    let got: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
    assert_eq!(got, ["Strong winds hit the coast.", "Ferries stopped"]);
}

#[test]
fn a_run_of_marks_ends_a_sentence_before_a_lower_case_word() {
    check(
        "Loved the show!!! will go again next year",
        &["Loved the show!!!", "will go again next year"],
    );
    check("Sold out?! cannot believe it", &["Sold out?!", "cannot believe it"]);
    // one mark inside a sentence, or a run before words that go on with it, stays
    check("but, alas! the gate was shut.", &["but, alas! the gate was shut."]);
    check("Where?? he asked.", &["Where?? he asked."]);
    // a word in "-eed" is no past tense of an inverted attribution
    check(
        "is the pool open?? need to book today",
        &["is the pool open??", "need to book today"],
    );
    check("you sure?? agreed Tom.", &["you sure?? agreed Tom."]);
}

#[test]
fn a_period_set_apart_by_spaces_ends_a_sentence() {
    check(
        "cold food , long wait . not coming back",
        &["cold food , long wait .", "not coming back"],
    );
    // glued to its word it may be an abbreviation, and a spaced ellipsis is no end
    check("about 5 ft. tall", &["about 5 ft. tall"]);
    check("we waited . . . and waited", &["we waited . . . and waited"]);
}
