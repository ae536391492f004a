//! Unit tests for the web-text rules found on the third web dev set
//! (`tests/web_dev3.rs`). The sentences are written for these tests.

use super::*;

#[track_caller]
fn check(t: &str, expected: &[&str]) {
    assert_eq!(Segmenter::default().split_str(t), expected, "input: {t:?}");
}

#[test]
fn command_or_sentence_adverb_after_a_lost_period() {
    check(
        "the curry was too mild Try the lamb instead",
        &["the curry was too mild", "Try the lamb instead"],
    );
    check(
        "we got lost twice on the way Bring a map if you go",
        &["we got lost twice on the way", "Bring a map if you go"],
    );
    check(
        "the plumber fixed it in an hour Highly recommend him",
        &["the plumber fixed it in an hour", "Highly recommend him"],
    );
    check(
        "my phone keeps restarting According to the forum it is the battery",
        &[
            "my phone keeps restarting",
            "According to the forum it is the battery",
        ],
    );
    check(
        "the movers were careful Crew was on time too",
        &["the movers were careful", "Crew was on time too"],
    );
    // After "and" or "or" the capitalised word goes on with a title or a name.
    check(
        "The choir sang Now or Never at the close.",
        &["The choir sang Now or Never at the close."],
    );
    check(
        "He likes cards and Take a chance on me was his song.",
        &["He likes cards and Take a chance on me was his song."],
    );
    // After a naming word it is a title.
    check(
        "Her album called Try a little harder sold well.",
        &["Her album called Try a little harder sold well."],
    );
    check(
        "The fund runs ads under the name Bring it home across the state.",
        &["The fund runs ads under the name Bring it home across the state."],
    );
}

#[test]
fn greeting_or_name_before_a_comma_opens_a_message() {
    check(
        "Hi Omar, I moved the call to Thursday.",
        &["Hi Omar,", "I moved the call to Thursday."],
    );
    check(
        "Dear Mr. Okafor, Thank you for your patience.",
        &["Dear Mr. Okafor,", "Thank you for your patience."],
    );
    check(
        "Good morning all, The lift is out of order today.",
        &["Good morning all,", "The lift is out of order today."],
    );
    check(
        "Priya, Attached are the slides for the review.",
        &["Priya,", "Attached are the slides for the review."],
    );
    // Fronted words and names that go on stay in their sentence.
    check(
        "Yesterday, I called the bank twice.",
        &["Yesterday, I called the bank twice."],
    );
    check(
        "Later, Microsoft said the outage was over.",
        &["Later, Microsoft said the outage was over."],
    );
    check(
        "Meanwhile, The Times reported a loss.",
        &["Meanwhile, The Times reported a loss."],
    );
    check("Hi Omar, welcome back.", &["Hi Omar, welcome back."]);
    check(
        "Hello, I have a question about my bill.",
        &["Hello, I have a question about my bill."],
    );
    check(
        "PARIS, The talks resumed on Monday.",
        &["PARIS, The talks resumed on Monday."],
    );
}

#[test]
fn an_address_can_end_a_sentence() {
    check(
        "write to help@example.org. they answer within a day",
        &["write to help@example.org.", "they answer within a day"],
    );
    check(
        "The slides are at www.example.net/talks Check them before Monday",
        &[
            "The slides are at www.example.net/talks",
            "Check them before Monday",
        ],
    );
    // Before a word that seldom opens a sentence it goes on.
    check(
        "mail it to help@example.org. later today is fine",
        &["mail it to help@example.org. later today is fine"],
    );
}

#[test]
fn a_day_or_month_ends_a_clause_before_an_opener() {
    check(
        "the delivery comes on Tuesday Can someone be home?",
        &["the delivery comes on Tuesday", "Can someone be home?"],
    );
    check(
        "We were shut until March The roof needed work",
        &["We were shut until March", "The roof needed work"],
    );
    // Other capitalised words before an opener are names or titles.
    check(
        "the BBC World Service and partners ran it.",
        &["the BBC World Service and partners ran it."],
    );
    check(
        "She loves Doctor Who and watches it weekly.",
        &["She loves Doctor Who and watches it weekly."],
    );
}

#[test]
fn a_closing_verdict_or_courtesy_is_a_sentence() {
    check(
        "they lost our booking twice Terrible",
        &["they lost our booking twice", "Terrible"],
    );
    check(
        "here is the recipe my aunt gave me Enjoy!",
        &["here is the recipe my aunt gave me", "Enjoy!"],
    );
    // After a linking word it completes the clause.
    check("the view was Amazing!", &["the view was Amazing!"]);
    check(
        "They named the boat Perfect.",
        &["They named the boat Perfect."],
    );
}

#[test]
fn a_note_label_opens_its_sentence() {
    check(
        "P.S. I left the spare key with Ana.",
        &["P.S. I left the spare key with Ana."],
    );
    check(
        "N.B. The form must be signed in ink.",
        &["N.B. The form must be signed in ink."],
    );
}

#[test]
fn more_commands_adverbs_and_verdicts_after_a_lost_period() {
    check(
        "it is probably the fuse Replace it and try again",
        &["it is probably the fuse", "Replace it and try again"],
    );
    check(
        "the pasta was fine Probably won't order it again",
        &["the pasta was fine", "Probably won't order it again"],
    );
    check(
        "they charged us twice for one night Ridiculous",
        &["they charged us twice for one night", "Ridiculous"],
    );
}

#[test]
fn a_laugh_ends_a_sentence_before_a_capital() {
    check(
        "the sequel was even worse lol I fell asleep",
        &["the sequel was even worse lol", "I fell asleep"],
    );
    // Before a lower-case word it goes on, and so does a laugh opening the text.
    check(
        "thanks for the tip lol it worked",
        &["thanks for the tip lol it worked"],
    );
    check("haha I know right", &["haha I know right"]);
}

#[test]
fn a_number_after_a_lower_case_word_ends_a_clause_before_an_opener() {
    check(
        "the bus did not come until 10 The driver said sorry",
        &["the bus did not come until 10", "The driver said sorry"],
    );
    check(
        "I agree 100% The plan needs work",
        &["I agree 100%", "The plan needs work"],
    );
    // After a name the number is part of it.
    check(
        "He watched Channel 4 This morning was quiet.",
        &["He watched Channel 4 This morning was quiet."],
    );
}

#[test]
fn subjectless_past_tense_or_closing_phrase_after_a_lost_period() {
    check(
        "ordered the soup and salad Came out lukewarm",
        &["ordered the soup and salad", "Came out lukewarm"],
    );
    check(
        "call me when you land Sent from my phone",
        &["call me when you land", "Sent from my phone"],
    );
    check(
        "the form is on the county website Hope this helps",
        &["the form is on the county website", "Hope this helps"],
    );
    check(
        "ask at the front desk Good luck!",
        &["ask at the front desk", "Good luck!"],
    );
    check(
        "the case feels cheap Works fine though",
        &["the case feels cheap", "Works fine though"],
    );
    check(
        "they lost our bags Will not fly with them again",
        &["they lost our bags", "Will not fly with them again"],
    );
    check(
        "She thanked Will for his help.",
        &["She thanked Will for his help."],
    );
    // A name or a title goes on.
    check(
        "They told Hope that the job was hers.",
        &["They told Hope that the job was hers."],
    );
    check(
        "we watched Good night and good luck again.",
        &["we watched Good night and good luck again."],
    );
}

#[test]
fn an_amount_ends_a_clause_before_an_opener() {
    check(
        "dinner for two was $38 The dessert was free",
        &["dinner for two was $38", "The dessert was free"],
    );
    check(
        "a ticket costs £12 This covers the bus",
        &["a ticket costs £12", "This covers the bus"],
    );
}

#[test]
fn a_two_letter_word_ending_a_clause_before_a_lower_case_word() {
    check(
        "the pie was ok. nothing to write home about",
        &["the pie was ok.", "nothing to write home about"],
    );
    check(
        "we tried it. everyone agreed it was too salty",
        &["we tried it.", "everyone agreed it was too salty"],
    );
    // Abbreviations of two letters still go on.
    check(
        "add 2 oz. butter and stir.",
        &["add 2 oz. butter and stir."],
    );
    check(
        "Smith et al. found the same.",
        &["Smith et al. found the same."],
    );
}

#[test]
fn a_word_in_capitals_before_an_opener() {
    check(
        "FYI The printer on four is fixed",
        &["FYI", "The printer on four is fixed"],
    );
    check(
        "HOW TO APPLY Please send a short letter by May.",
        &["HOW TO APPLY", "Please send a short letter by May."],
    );
    // Before a name, or a capital that is no opener, it goes on.
    check("The BBC Trust said no.", &["The BBC Trust said no."]);
    check(
        "The EU Food and Safety office met.",
        &["The EU Food and Safety office met."],
    );
    check(
        "Watch ABC News at six tonight.",
        &["Watch ABC News at six tonight."],
    );
}

#[test]
fn a_review_opener_in_lower_case_after_a_mark() {
    check(
        "Friendly crew! would fly with them again",
        &["Friendly crew!", "would fly with them again"],
    );
    check(
        "Booked through Hotwire. nothing was as pictured",
        &["Booked through Hotwire.", "nothing was as pictured"],
    );
    // An interjection's mark goes on.
    check(
        "and oh! will you look at that.",
        &["and oh! will you look at that."],
    );
}

#[test]
fn an_emoticon_before_a_lower_case_word_that_does_not_go_on() {
    check(
        "Thanks for the lift :) see you on Sunday",
        &["Thanks for the lift :)", "see you on Sunday"],
    );
    check(
        "the cake was a hit <3 making it again soon",
        &["the cake was a hit <3", "making it again soon"],
    );
    // A conjunction or a reporting verb goes on.
    check(
        "I passed :) and the party is on Friday.",
        &["I passed :) and the party is on Friday."],
    );
    check("Not bad :) said Gran.", &["Not bad :) said Gran."]);
}

#[test]
fn negated_auxiliary_after_a_lost_period() {
    check(
        "bring cash for the ferry Don't count on the card machine",
        &[
            "bring cash for the ferry",
            "Don't count on the card machine",
        ],
    );
    check(
        "the charger gets hot Wasn't like that last month",
        &["the charger gets hot", "Wasn't like that last month"],
    );
}

#[test]
fn valediction_and_name_close_a_letter() {
    check(
        "The forms are in the shared folder. Kind regards, Maria Ortiz",
        &[
            "The forms are in the shared folder.",
            "Kind regards,",
            "Maria Ortiz",
        ],
    );
    check(
        "I will send the keys on Monday Best, Raj",
        &["I will send the keys on Monday", "Best,", "Raj"],
    );
    // Thanks to a name stays whole, and so does a name list in a sentence.
    check(
        "See you soon. Thanks, Omar",
        &["See you soon.", "Thanks, Omar"],
    );
    check(
        "The prize went to the Best, Smith and Jones.",
        &["The prize went to the Best, Smith and Jones."],
    );
}

#[test]
fn verdict_or_any_capital_after_an_address() {
    check(
        "Cheap rooms and a kind host Great value for the area",
        &["Cheap rooms and a kind host", "Great value for the area"],
    );
    check(
        "the menu is on www.example.com/menu Prices went up in May",
        &[
            "the menu is on www.example.com/menu",
            "Prices went up in May",
        ],
    );
    check(
        "mail bookings@example.org Section 4 lists the fees",
        &["mail bookings@example.org", "Section 4 lists the fees"],
    );
    check(
        "The band Good Shoes played the Great Hall.",
        &["The band Good Shoes played the Great Hall."],
    );
}

#[test]
fn now_before_a_subject_after_a_lost_period() {
    check(
        "the paint has dried Now the second coat can go on",
        &["the paint has dried", "Now the second coat can go on"],
    );
    check(
        "She sang Now or Never twice.",
        &["She sang Now or Never twice."],
    );
}

#[test]
fn thanks_and_a_signature_close_a_run_on_message() {
    check(
        "shout if the totals look wrong Thanks, Priya",
        &["shout if the totals look wrong", "Thanks, Priya"],
    );
    check(
        "the dates are fine for us Cheers, Tom Reid",
        &["the dates are fine for us", "Cheers, Tom Reid"],
    );
    // Thanks given to someone inside the sentence, or not closing the block, stay.
    check(
        "We sent our thanks, Maria and Joe",
        &["We sent our thanks, Maria and Joe"],
    );
    check(
        "a big round of Thanks, Sam",
        &["a big round of Thanks, Sam"],
    );
}

#[test]
fn a_courtesy_or_subject_after_a_time_with_a_preposition() {
    check(
        "the hall opens at 6 Please bring a chair",
        &["the hall opens at 6", "Please bring a chair"],
    );
    check(
        "we land by 11 We will take a cab",
        &["we land by 11", "We will take a cab"],
    );
    // Titles after a number stay: only sentence-only openers count.
    check(
        "it went in at 10 The Band played on",
        &["it went in at 10 The Band played on"],
    );
}

#[test]
fn an_opener_after_a_particle_closing_a_verb_phrase() {
    check(
        "the cat scratched at the door so I let her in She was soaked",
        &[
            "the cat scratched at the door so I let her in",
            "She was soaked",
        ],
    );
    check(
        "unplug the modem and plug it back in That usually clears the fault",
        &[
            "unplug the modem and plug it back in",
            "That usually clears the fault",
        ],
    );
    check(
        "here is the quote you asked for The prices hold until June",
        &[
            "here is the quote you asked for",
            "The prices hold until June",
        ],
    );
    check(
        "it was the one we were hoping for They shipped it fast",
        &["it was the one we were hoping for", "They shipped it fast"],
    );
    // After a preposition with its own object, the capital is a title or a name.
    check(
        "we met him in The Hague last spring",
        &["we met him in The Hague last spring"],
    );
    check(
        "the band is touring with The Specials this year",
        &["the band is touring with The Specials this year"],
    );
}

#[test]
fn a_superlative_verdict_after_a_run_on_clause() {
    check(
        "the staff remembered our names from last year Best hotel we have stayed in",
        &[
            "the staff remembered our names from last year",
            "Best hotel we have stayed in",
        ],
    );
    check(
        "they lost our bags twice Worst airline ever",
        &["they lost our bags twice", "Worst airline ever"],
    );
    // A name after an article or a capitalised next word stays.
    check(
        "we shopped at the Best Buy on Main",
        &["we shopped at the Best Buy on Main"],
    );
}
