//! Unit tests for the rules found on the seventh web dev set (`tests/web_dev7.rs`).
//! The sentences are written for these tests.

use super::*;

#[track_caller]
fn check(t: &str, expected: &[&str]) {
    assert_eq!(Segmenter::default().split_str(t), expected, "input: {t:?}");
}

#[test]
fn numbers_ending_sentences_are_no_inline_list() {
    check(
        "The bus left at 4. Nobody told us until 5. We walked home.",
        &[
            "The bus left at 4.",
            "Nobody told us until 5.",
            "We walked home.",
        ],
    );
    // A run from one, or after a colon or a period, is still a list.
    check(
        "Do this: 1. Open the lid 2. Pour the water",
        &["Do this:", "1. Open the lid", "2. Pour the water"],
    );
    check(
        "Two options. 3. Stay home 4. Go out",
        &["Two options.", "3. Stay home", "4. Go out"],
    );
}

#[test]
fn references_to_sections_theorems_and_footnotes_before_a_number() {
    check(
        "The proof is sketched in Sect. 2 and completed in Thm. 4 below.",
        &["The proof is sketched in Sect. 2 and completed in Thm. 4 below."],
    );
    check(
        "Compare ll. 12-15 of the poem with fn. 3 of the essay.",
        &["Compare ll. 12-15 of the poem with fn. 3 of the essay."],
    );
    // A number closing the sentence still ends it.
    check(
        "Details follow in Sect. 3. The next part is shorter.",
        &["Details follow in Sect. 3.", "The next part is shorter."],
    );
}

#[test]
fn a_lone_interjection_before_an_ellipsis() {
    check(
        "Ugh... the printer jammed again this morning.",
        &["Ugh...", "the printer jammed again this morning."],
    );
    check(
        "Yikes… that bill was higher than we planned",
        &["Yikes…", "that bill was higher than we planned"],
    );
    // An ellipsis after other words, or after a filler, goes on in lower case.
    check(
        "We waited... and waited some more.",
        &["We waited... and waited some more."],
    );
    check(
        "Well... it depends on the weather.",
        &["Well... it depends on the weather."],
    );
}

#[test]
fn a_laugh_or_guess_what_before_a_lower_case_clause() {
    check(
        "my brother swore the lake was warm lol it was freezing all week",
        &[
            "my brother swore the lake was warm lol",
            "it was freezing all week",
        ],
    );
    check(
        "we booked the early ferry and guess what they cancelled it at the dock",
        &[
            "we booked the early ferry and guess what",
            "they cancelled it at the dock",
        ],
    );
    // A pronoun after other words of this kind stays.
    check(
        "tell me what it costs before we order the parts",
        &["tell me what it costs before we order the parts"],
    );
}

#[test]
fn an_opener_after_a_bracket_closed_on_a_lower_case_word() {
    check(
        "The table came with a scratch (only a small one) The drawers slide well",
        &[
            "The table came with a scratch (only a small one)",
            "The drawers slide well",
        ],
    );
    // A list marker is no bracket, and a capitalised word that opens no sentence stays.
    check(
        "Pick one: a) The red cup b) The blue cup",
        &["Pick one:", "a) The red cup", "b) The blue cup"],
    );
    check(
        "We toured the old port (by boat) Tuesday morning",
        &["We toured the old port (by boat) Tuesday morning"],
    );
}

#[test]
fn a_closing_word_after_a_web_address_and_openers_after_plural_days() {
    check(
        "Full results at www.cityrace.org/results Congrats!",
        &["Full results at www.cityrace.org/results", "Congrats!"],
    );
    check(
        "The farm stand is open on Saturdays Bring cash, they don't take cards",
        &[
            "The farm stand is open on Saturdays",
            "Bring cash, they don't take cards",
        ],
    );
}

#[test]
fn every_time_opens_a_subordinate_clause() {
    check(
        "We eat there a lot and every time it's been spotless",
        &["We eat there a lot and every time it's been spotless"],
    );
    check(
        "the last time they came the heater still leaked",
        &["the last time they came the heater still leaked"],
    );
}

#[test]
fn a_subject_after_a_noun_in_ing_or_a_clock_time() {
    check(
        "I talked to the landlord this evening he fixed the heater right away",
        &[
            "I talked to the landlord this evening",
            "he fixed the heater right away",
        ],
    );
    check(
        "the bakery opens at 7 am it was already busy when we got there",
        &[
            "the bakery opens at 7 am",
            "it was already busy when we got there",
        ],
    );
    // A verb in "-ing" still leads into its object.
    check(
        "they spent all day painting it was worth the effort though",
        &["they spent all day painting it was worth the effort though"],
    );
}

#[test]
fn i_after_a_noun_when_the_preposition_has_its_own_object() {
    check(
        "We can talk about it at the budget review I'll bring it to the office tomorrow",
        &[
            "We can talk about it at the budget review",
            "I'll bring it to the office tomorrow",
        ],
    );
    // A stranded preposition leaves a relative clause.
    check(
        "That is the shop I took it to last spring",
        &["That is the shop I took it to last spring"],
    );
}

#[test]
fn we_or_they_with_a_common_present_tense_after_a_closed_clause() {
    check(
        "the shuttle leaves at 8 pm we need to check out by noon",
        &["the shuttle leaves at 8 pm", "we need to check out by noon"],
    );
    // Before the verb of a relative clause's host the pronoun stays.
    check(
        "the bread they want is sold out by ten",
        &["the bread they want is sold out by ten"],
    );
}
