//! Unit tests for the web-text rules found on the second web dev set
//! (`tests/web_dev2.rs`). The sentences are written for these tests.

use super::*;

#[track_caller]
fn check(t: &str, expected: &[&str]) {
    assert_eq!(Segmenter::default().split_str(t), expected, "input: {t:?}");
}

#[test]
fn lower_case_opener_after_a_contraction() {
    check(
        "it doesn't. we tried that last spring",
        &["it doesn't.", "we tried that last spring"],
    );
    check(
        "I asked but they won't. my refund is stuck",
        &["I asked but they won't.", "my refund is stuck"],
    );
    // Abbreviations with an apostrophe are no contraction.
    check(
        "The gov't. spokesman declined to comment.",
        &["The gov't. spokesman declined to comment."],
    );
}

#[test]
fn informal_opener_after_a_lost_period() {
    check(
        "the flat is still for rent If not could you tell me",
        &["the flat is still for rent", "If not could you tell me"],
    );
    check(
        "my laptop will not boot Does anyone know a fix",
        &["my laptop will not boot", "Does anyone know a fix"],
    );
    check(
        "we sent it back twice Hopefully the third one works",
        &["we sent it back twice", "Hopefully the third one works"],
    );
    // A subject pronoun after a preposition is no place or title.
    check(
        "best garage I have been to They sorted it in an hour",
        &["best garage I have been to", "They sorted it in an hour"],
    );
    // Titles after a naming word keep their capitals.
    check(
        "She sang her old hit If you go away to close the show.",
        &["She sang her old hit If you go away to close the show."],
    );
    check(
        "We drove to The lake house in June.",
        &["We drove to The lake house in June."],
    );
}

#[test]
fn unit_after_a_number_before_a_capital() {
    check(
        "The hike took 4 hrs. Totally worth it for the view",
        &["The hike took 4 hrs.", "Totally worth it for the view"],
    );
    check(
        "Simmer for 15 min. Serve with rice.",
        &["Simmer for 15 min.", "Serve with rice."],
    );
    // Lower-case words and times go on; so does a unit with no number.
    check(
        "Rest it 10 min. then slice.",
        &["Rest it 10 min. then slice."],
    );
    check(
        "Doors shut at 7 and the bus leaves 5 min. Monday to Friday.",
        &["Doors shut at 7 and the bus leaves 5 min. Monday to Friday."],
    );
}

#[test]
fn intensifier_after_a_lost_period() {
    check(
        "the staff never called back Very poor service",
        &["the staff never called back", "Very poor service"],
    );
    check(
        "it rained all week Overall we still had fun",
        &["it rained all week", "Overall we still had fun"],
    );
    // A title ending in an adverb keeps it.
    check(
        "The band played Now or Never at the end.",
        &["The band played Now or Never at the end."],
    );
}

#[test]
fn more_lower_case_openers_after_a_period() {
    // After a capitalised or two-letter word only a lower-case opener starts a sentence.
    check(
        "Back to work on Monday. not looking forward to it",
        &["Back to work on Monday.", "not looking forward to it"],
    );
    check(
        "I tried it. here is what happened",
        &["I tried it.", "here is what happened"],
    );
    check(
        "Ordered from Amazon. that's the last time",
        &["Ordered from Amazon.", "that's the last time"],
    );
    // Other lower-case words after a name still go on.
    check(
        "He met Dr. Kim in Reno. and then left.",
        &["He met Dr. Kim in Reno. and then left."],
    );
}

#[test]
fn command_before_an_object_pronoun_after_a_lost_period() {
    check(
        "the shop was closed again Email me if you hear anything",
        &["the shop was closed again", "Email me if you hear anything"],
    );
    check(
        "we are short of chairs Tell them to bring two",
        &["we are short of chairs", "Tell them to bring two"],
    );
    // A name before another pronoun goes on.
    check(
        "she told Maria her plan on Friday.",
        &["she told Maria her plan on Friday."],
    );
}

#[test]
fn informal_opener_after_a_single_exclamation() {
    check(
        "Loved this place! the waiters knew our names by the second night",
        &[
            "Loved this place!",
            "the waiters knew our names by the second night",
        ],
    );
    check(
        "What a mess! my order was wrong twice",
        &["What a mess!", "my order was wrong twice"],
    );
    // Interjections and attributions go on.
    check(
        "He knocked, and oh! the door swung open.",
        &["He knocked, and oh! the door swung open."],
    );
    check(
        "Get out of my way! she shouted.",
        &["Get out of my way! she shouted."],
    );
}

#[test]
fn rated_aspect_after_a_lost_period() {
    check(
        "the view from the balcony was lovely Breakfast was a bit pricey",
        &[
            "the view from the balcony was lovely",
            "Breakfast was a bit pricey",
        ],
    );
    check(
        "arrived a day early Delivery guy was very polite",
        &["arrived a day early", "Delivery guy was very polite"],
    );
    // After an article or a preposition it is part of a name.
    check(
        "He joined the Food and Drug Administration in May.",
        &["He joined the Food and Drug Administration in May."],
    );
}

#[test]
fn participle_or_question_word_after_a_lost_period() {
    check(
        "the car wash was closed Going back tomorrow morning",
        &["the car wash was closed", "Going back tomorrow morning"],
    );
    check(
        "the instructions were useless How do you attach the legs?",
        &[
            "the instructions were useless",
            "How do you attach the legs?",
        ],
    );
    check(
        "the fridge is working again Not sure what fixed it",
        &["the fridge is working again", "Not sure what fixed it"],
    );
    // A title after "or", or after a naming word, keeps its question word.
    check(
        "She starred in Lost or Where the river bends last year.",
        &["She starred in Lost or Where the river bends last year."],
    );
}

#[test]
fn ellipsis_or_marks_glued_to_the_next_sentence() {
    check(
        "the pizza was cold...The driver got lost twice",
        &["the pizza was cold...", "The driver got lost twice"],
    );
    check(
        "Anyone here?Hello!!I need help",
        &["Anyone here?", "Hello!!", "I need help"],
    );
    check("we waited…Nobody came", &["we waited…", "Nobody came"]);
    // Addresses, names and lower-case continuations stay whole.
    check(
        "Open example.com/find?Query=shoes in a browser.",
        &["Open example.com/find?Query=shoes in a browser."],
    );
    check("It was odd...really odd.", &["It was odd...really odd."]);
}

#[test]
fn hearts_and_faces_end_sentences() {
    check(
        "Miss you all <3 Back home on Sunday",
        &["Miss you all <3", "Back home on Sunday"],
    );
    check(
        "that meme killed me xD Sending it to my brother",
        &["that meme killed me xD", "Sending it to my brother"],
    );
    check(
        "Thanks for the cake ^_^ we ate it all",
        &["Thanks for the cake ^_^", "we ate it all"],
    );
    // A comparison or an exponent is no face.
    check(
        "Keep x <3 and y^2 small. Done.",
        &["Keep x <3 and y^2 small.", "Done."],
    );
}

#[test]
fn greeting_without_a_comma() {
    check(
        "Hi Priya Can you send me the slides from today?",
        &["Hi Priya", "Can you send me the slides from today?"],
    );
    check(
        "Hello Ana Maria The parcel came this morning.",
        &["Hello Ana Maria", "The parcel came this morning."],
    );
    // Only a greeting and names come before.
    check(
        "Hi everyone, Tom The driver is here.",
        &["Hi everyone, Tom The driver is here."],
    );
}
