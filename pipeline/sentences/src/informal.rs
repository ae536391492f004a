//! Word lists for informal web text (reviews, posts, e-mails), where a sentence often
//! loses its final punctuation: the capitalised words that then mark where the next one
//! starts. All general English; nothing here comes from a test set.

use std::sync::OnceLock;

/// Capitalised words that only open a sentence: inside one they are written in lower
/// case. (Not "I", always capitalised.) Pronouns and determiners, courtesy words, and
/// what opens informal sentences: question-order auxiliaries ("Does anyone know"),
/// sentence adverbs and intensifiers ("Maybe", "Hopefully", "Very"), "If", "Let's"
/// and indefinite pronouns; also rated things, participles and question words below.
/// Not "Now", "Then", "Will", "No", "Yes": they end titles ("It's Now or Never"), or
/// are names and campaign labels, in news; "Never" only opens one after "or" or "and",
/// which never end a sentence (see `unpunctuated_start`).
pub(crate) fn is_capitalised_opener(w: &str) -> bool {
    let base = w.split('\'').next().unwrap_or(w);
    if w.ends_with("n't") && is_negated_auxiliary(base) {
        return true;
    }
    match base.as_bytes().first() {
        Some(&c @ b'A'..=b'Z') => {
            opener_buckets()[usize::from(c - b'A')].contains(&base) || is_wh_word(base)
        }
        _ => false,
    }
}

/// The stems of negated auxiliaries ("Don't be late", "Doesn't work on my phone",
/// "Can't wait"): capitalised, they open a command or a sentence without its subject,
/// and "Don" or "Won" is no name when "n't" follows.
fn is_negated_auxiliary(stem: &str) -> bool {
    matches!(
        stem,
        "Don"
            | "Doesn"
            | "Didn"
            | "Can"
            | "Won"
            | "Isn"
            | "Wasn"
            | "Aren"
            | "Weren"
            | "Couldn"
            | "Wouldn"
            | "Shouldn"
            | "Haven"
            | "Hasn"
    )
}

/// Every list of capitalised words that open a sentence after a lower-case word.
const OPENER_LISTS: [&[&str]; 6] = [
    CAPITALISED_OPENERS,
    VERDICT_OPENERS,
    ASPECT_NOUNS,
    GERUND_OPENERS,
    IMPERATIVE_OPENERS,
    SUBJECTLESS_OPENERS,
];

/// The opener lists by first letter. The check runs for every capitalised word after
/// a lower-case one, names mostly, so each should look at a few entries only.
fn opener_buckets() -> &'static [Vec<&'static str>; 26] {
    static BUCKETS: OnceLock<[Vec<&'static str>; 26]> = OnceLock::new();
    BUCKETS.get_or_init(|| {
        let mut buckets: [Vec<&'static str>; 26] = Default::default();
        for list in OPENER_LISTS {
            for &w in list {
                buckets[usize::from(w.as_bytes()[0] - b'A')].push(w);
            }
        }
        buckets
    })
}

/// Adjectives that open a verbless verdict in a review ("Great product", "Fast
/// shipping", "Same problem here", "Friendly staff"), written after the last sentence
/// lost its period. Not "Free" or "Nice", which are also names, nor "Good", which opens
/// titles in sentence case ("we watched Good night and good luck"). The superlatives
/// "Best" and "Worst" open the verdict of a whole visit ("Best curry I've had").
const VERDICT_OPENERS: &[&str] = &[
    "Best",
    "Worst",
    "Great",
    "Fast",
    "Quick",
    "Friendly",
    "Excellent",
    "Poor",
    "Bad",
    "Clean",
    "Cheap",
    "Reasonable",
    "Decent",
    "Slow",
    "Rude",
    "Helpful",
    "Same",
    "Lovely",
    "Easy",
];

/// Verbs that open a command in reviews, answers and e-mails ("the salsa is great Try
/// the tacos", "call the bank Ask for a new card", "it's the fuse Replace it"). None
/// is a common first name or a word of a title that a lower-case word runs into (a
/// title's next word is capitalised: "Take That", "Get Carter").
const IMPERATIVE_OPENERS: &[&str] = &[
    "Try", "Bring", "Check", "Read", "Use", "Enjoy", "Ask", "Keep", "Send", "Give", "Visit",
    "Avoid", "Make", "Take", "See", "Call", "Tell", "Find", "Pick", "Wear", "Go", "Get", "Come",
    "Stay", "Replace", "Remove", "Install", "Restart", "Add", "Mix", "Put", "Turn", "Wait",
    "Sleep", "Remember", "Look", "Listen", "Hold", "Follow", "Fill", "Click", "Pay", "Buy", "Join",
    "Contact", "Skip", "Grab", "Drop",
];

/// Verbs that open a review or diary sentence without its subject: past tenses
/// ("Ordered the fish Came out cold", "see you at six Sent from my phone") and present
/// ones of how a thing seems ("Smells like coconut", "Works fine"). Not "Left" (a
/// party label) nor "Called" (before a title).
const SUBJECTLESS_OPENERS: &[&str] = &[
    "Sent", "Came", "Got", "Went", "Made", "Bought", "Tried", "Ordered", "Took", "Spent",
    "Finished", "Stayed", "Visited", "Arrived", "Waited", "Loved", "Found", "Smells", "Tastes",
    "Looks", "Works", "Seems", "Sounds", "Feels",
];

/// "check their website Hope this helps", "ask the manager Good luck", "rude staff Will
/// not be back": the phrases that close an answer or a review. "Hope" and "Will" are
/// also names and "Good" opens titles, so only with these next words; and "Now" before
/// a subject.
pub(crate) fn is_closing_phrase(word: &str, next: &str) -> bool {
    match word {
        "Hope" => matches!(next, "this" | "it" | "you" | "everything" | "all"),
        "Good" => next == "luck",
        // "Will" is also a name: only before what a review's last line says.
        "Will" => matches!(next, "be" | "not" | "never" | "definitely" | "return"),
        // "the vote is over Now the work begins": "Now" ends titles ("It's Now or
        // Never"), so only before a subject in lower case.
        "Now" => matches!(
            next,
            "the" | "we" | "i" | "it" | "that" | "this" | "you" | "they" | "he" | "she" | "there"
        ),
        _ => false,
    }
}

/// Question words. They also open titles, which the word before usually introduces
/// ("her hit What a Girl Wants"); after "and" or "or" too ("The Goat or Who is Sylvia").
pub(crate) fn is_wh_word(w: &str) -> bool {
    matches!(w, "What" | "How" | "Why" | "Where" | "When" | "Who")
}

/// Participles that open a diary-style sentence without its subject ("broken again
/// Taking the stairs", "Heading home now") or an e-mail's ("Attached is the form");
/// none is a place or family name.
const GERUND_OPENERS: &[&str] = &[
    "Not",
    "Taking",
    "Heading",
    "Going",
    "Getting",
    "Looking",
    "Making",
    "Having",
    "Trying",
    "Waiting",
    "Working",
    "Leaving",
    "Coming",
    "Thinking",
    "Hoping",
    "Planning",
    "Loving",
    "Enjoying",
    "Feeling",
    "Starting",
    "Wondering",
    "Sitting",
    "Watching",
    "Attached",
    "Enclosed",
];

const CAPITALISED_OPENERS: &[&str] = &[
    "The",
    "This",
    "These",
    "Those",
    "We",
    "They",
    "He",
    "She",
    "It",
    "There",
    "My",
    "Our",
    "Your",
    "Their",
    "His",
    "Thanks",
    "Thank",
    "Please",
    "Sorry",
    "If",
    "Also",
    "Anyway",
    "Maybe",
    "Hopefully",
    "Unfortunately",
    "Luckily",
    "Honestly",
    "Otherwise",
    "Just",
    "Still",
    "So",
    "Let",
    "Do",
    "Does",
    "Did",
    "Is",
    "Are",
    "Was",
    "Were",
    "Can",
    "Could",
    "Would",
    "Should",
    "Has",
    "Have",
    "Had",
    "Any",
    "Anyone",
    "Anybody",
    "Everyone",
    "Everybody",
    "Nobody",
    "Someone",
    "Somebody",
    "Very",
    "Really",
    "Definitely",
    "Absolutely",
    "Totally",
    "Overall",
    "Seriously",
    "Basically",
    "Actually",
    "Apparently",
    "Sadly",
    "Personally",
    "However",
    "Meanwhile",
    "Anyways",
    "Never",
    "Probably",
    "Perhaps",
    "Surely",
    "Certainly",
    "Obviously",
    "Clearly",
    "Highly",
    "According",
    "Most",
    "Last",
    "That",
    "More",
    "For",
];

/// Subject pronouns: after a preposition they are no place name or title ("been to
/// They fixed it"), unlike "The" or "This" ("to The Hague").
pub(crate) fn is_subject_pronoun(w: &str) -> bool {
    matches!(
        w.split('\'').next().unwrap_or(w),
        "He" | "She" | "We" | "They"
    )
}

/// What reviews rate, as the subject of their next sentence ("the room was tiny
/// Bathroom had no fan"). Not "Price" or "Love", which are surnames, nor words that
/// are names of places ("Nice").
const ASPECT_NOUNS: &[&str] = &[
    "Staff",
    "Service",
    "Food",
    "Room",
    "Rooms",
    "Location",
    "Parking",
    "Bathroom",
    "Breakfast",
    "Dinner",
    "Lunch",
    "Battery",
    "Delivery",
    "Shipping",
    "Quality",
    "Prices",
    "Everything",
    "Nothing",
    "Crew",
    "Owner",
    "Manager",
    "Waiter",
    "Waitress",
    "Pictures",
    "Photos",
    "Pics",
];

/// Days of the week, also in the plural of habits ("open on Sundays"), and months (not
/// "May", a verb), which end a clause ("see you on Friday", "closed until March"), so an opener after one starts a sentence.
pub(crate) fn is_day_or_month(w: &str) -> bool {
    matches!(
        w,
        "Monday"
            | "Mondays"
            | "Tuesdays"
            | "Wednesdays"
            | "Thursdays"
            | "Fridays"
            | "Saturdays"
            | "Sundays"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    )
}

/// One-word verdicts and courtesies that close a review or a message ("Terrible",
/// "Enjoy!", "Thx"): capitalised after a lower-case word at the end of a text they
/// are a sentence of their own.
pub(crate) fn is_closing_word(w: &str) -> bool {
    matches!(
        w,
        "Thanks"
            | "Thx"
            | "Cheers"
            | "Enjoy"
            | "Terrible"
            | "Horrible"
            | "Awful"
            | "Excellent"
            | "Awesome"
            | "Amazing"
            | "Perfect"
            | "Recommended"
            | "Congrats"
            | "Congratulations"
            | "Disappointed"
            | "Delicious"
            | "Unbelievable"
            | "Fantastic"
            | "Wonderful"
            | "Outstanding"
            | "Disgusting"
            | "Ridiculous"
            | "Pathetic"
    )
}

/// Internet laughs ("lol", "haha"): they close what was written before them.
pub(crate) fn is_laugh(w: &str) -> bool {
    matches!(
        w,
        "lol" | "lolol" | "lmao" | "lmfao" | "rofl" | "haha" | "hahaha" | "hehe"
    )
}

/// "Meh... the fries were soggy", "Ugh… my train is late again": an emotive
/// interjection that is all the sentence before an ellipsis is a sentence of its own,
/// even before a lower-case word (where an ellipsis usually goes on). `s` is where the
/// sentence starts, `p` the ellipsis and `next` the word after it.
pub(crate) fn lone_interjection(text: &str, s: usize, p: usize, next: &str) -> bool {
    let w = text[s..p].trim();
    !next.is_empty()
        && matches!(
            w.to_ascii_lowercase().as_str(),
            "meh"
                | "ugh"
                | "argh"
                | "wow"
                | "whoa"
                | "yikes"
                | "sigh"
                | "oops"
                | "yay"
                | "nope"
                | "yep"
                | "yup"
                | "bummer"
                | "geez"
                | "jeez"
                | "ouch"
                | "eww"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_opener_is_found() {
        for list in OPENER_LISTS {
            for w in list {
                assert!(is_capitalised_opener(w), "{w}");
            }
        }
        assert!(is_capitalised_opener("They've"));
        assert!(is_capitalised_opener("Don't"));
        assert!(is_capitalised_opener("Wasn't"));
        assert!(!is_capitalised_opener("Don"));
        assert!(!is_capitalised_opener("Smith"));
        assert!(!is_capitalised_opener("élan"));
    }
}
