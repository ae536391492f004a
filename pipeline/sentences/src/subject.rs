//! Run-ons with a capitalised noun subject: a line of web text that ends with no
//! punctuation and runs two clauses together, the second opening with a capitalised
//! common noun or a name and its finite verb ("the car needs new brakes soon Mechanic
//! quoted $600", "we stayed in the lake cabin Views were stunning", "RSVP by the 20th
//! Dinner will be served"). The word lists of `informal.rs` name the words that only
//! open sentences; this rule needs none: a capitalised word whose next word is a
//! finite verb is a subject, and after a word that closes a clause it opens one.
//!
//! Only sentences that end without a terminator are searched (see `runon`), which
//! news paragraphs almost never do. Never after an article, preposition, conjunction,
//! a verb (the capital is its object: "beat Chelsea has"), nor after a noun that heads
//! a relative clause without "that" ("the day Labour was elected").

use crate::informal::is_day_or_month;
use crate::lexicon::{is_auxiliary, is_preposition};
use crate::pronoun::is_verb_like;
use crate::runon::{is_adverb, leads_in};
use crate::Block;

/// Adds to `cuts` the starts of the clauses with a capitalised subject inside the
/// sentence whose word spans are `words` (see `runon::run_on_cuts`).
pub(crate) fn noun_subject_cuts(k: &Block, words: &[(usize, usize)], cuts: &mut Vec<usize>) {
    let word = |n: usize| words.get(n).map_or("", |&(s, e)| &k.text[s..e]);
    let start = |n: usize| words.get(n).map_or(0, |&(s, _)| s);
    let mut from = 0;
    // Two words before the subject, and a word after its verb.
    for j in 2..words.len().saturating_sub(2) {
        let w = word(j);
        let clitic = clitic_subject(w);
        if !(clitic || is_title_case(w)) || is_day_or_month(w) {
            continue;
        }
        let mut v = j + 1;
        if is_adverb(word(v)) {
            v += 1;
        }
        if !(clitic || finite_verb(word(v), word(v + 1)))
            || !closes_clause(word(j - 1), word(j - 2), j)
        {
            continue;
        }
        // Does the clause before have a verb (or a "please")? Headlines and labels
        // without one run a title into a name ("Club keeper Day heads for Preston").
        let verb_before = || {
            (from..j - 1).any(|m| is_verb_like(word(m)) || word(m).eq_ignore_ascii_case("please"))
        };
        if verb_before() {
            cuts.push(start(j));
            from = j;
        }
    }
}

/// "Mechanic", "Views": a capital and lower-case letters.
fn is_title_case(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase)
}

/// "It's", "We'll", "There's": a capitalised subject with its verb as a clitic ("'s"
/// only after a pronoun or "There"/"Here": after a name it is a possessive).
fn clitic_subject(w: &str) -> bool {
    let Some((base, clitic)) = w.split_once(['\'', '’']) else {
        return false;
    };
    if !is_title_case(base) {
        return false;
    }
    match clitic {
        "s" => matches!(
            base,
            "It" | "That" | "There" | "Here" | "He" | "She" | "What" | "Who" | "Everything"
        ),
        "re" | "ll" | "ve" | "d" | "m" => true,
        _ => false,
    }
}

/// Does `prev` end a clause before a capitalised subject? `prev2` is the word before
/// it, `j` the subject's index in its sentence.
fn closes_clause(prev: &str, prev2: &str, j: usize) -> bool {
    let b = prev.as_bytes();
    if b.is_empty() {
        return false;
    }
    if b[0].is_ascii_digit() || b[0] == b'$' {
        // "open until 10 Kids", "by the 20th Dinner": an amount, a time or an ordinal
        // after a lower-case word; after a capitalised one it is part of a name
        // ("Channel 4 News has").
        return b
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || b",.:$".contains(c))
            && prev2.bytes().next().is_some_and(|c| c.is_ascii_lowercase());
    }
    if b[0].is_ascii_uppercase() {
        // "for Saturday Lunch is": a day or a month, not the one after a fronted
        // preposition ("On Friday Labour said").
        return j >= 3 && is_day_or_month(prev);
    }
    b.len() >= 2
        && b.iter().all(u8::is_ascii_lowercase)
        && !leads_in(prev)
        && !is_preposition(prev)
        && !is_verb_like(prev)
        && (!heads_bare_relative(prev) || counted(prev2))
        && !matches!(prev, "whom" | "vs" | "per" | "than" | "via" | "called")
}

/// "for a year", "last week", "all night", "two days": a period counted or placed
/// relative to now closes its clause; "the year" may go on with a relative one.
fn counted(w: &str) -> bool {
    matches!(w, "a" | "an" | "last" | "next" | "all" | "per")
        || w.bytes().next().is_some_and(|c| c.is_ascii_digit())
        || matches!(
            w,
            "two" | "three" | "four" | "five" | "six" | "few" | "several"
        )
}

/// Nouns that head a relative clause with no "that" before a subject ("the day
/// Labour was elected", "the way Apple has handled it", "everything Tom said").
fn heads_bare_relative(w: &str) -> bool {
    matches!(
        w,
        "time"
            | "times"
            | "day"
            | "days"
            | "year"
            | "years"
            | "week"
            | "month"
            | "moment"
            | "night"
            | "way"
            | "reason"
            | "place"
            | "thing"
            | "things"
            | "everything"
            | "anything"
            | "something"
            | "nothing"
            | "all"
            | "one"
            | "ones"
            | "amount"
            | "kind"
            | "sort"
            | "stuff"
            | "people"
            | "man"
            | "woman"
            | "person"
    )
}

/// A finite verb after the subject: an auxiliary or modal, a common irregular past, a
/// past in "-ed", or a present in "-s" before an object or "like" ("Vet says it",
/// "Motor runs like new"; "Apple shares rose" and "Republican rivals in" have a plural
/// noun there). `next`
/// is the word after it, which must exist.
fn finite_verb(v: &str, next: &str) -> bool {
    if next.is_empty() || !v.bytes().all(|c| c.is_ascii_lowercase() || c == b'\'') {
        return false;
    }
    let aux = is_auxiliary(v)
        || matches!(
            v,
            "is" | "was"
                | "are"
                | "were"
                | "may"
                | "said"
                | "took"
                | "got"
                | "went"
                | "came"
                | "made"
                | "gave"
                | "told"
                | "kept"
                | "found"
                | "thought"
                | "felt"
                | "saw"
                | "sent"
                | "paid"
                | "bought"
                | "brought"
        );
    if aux {
        return true;
    }
    let n = v.len();
    if n >= 4 && v.ends_with("ed") && !v.ends_with("eed") {
        return true;
    }
    n >= 4
        && v.ends_with('s')
        && !v.ends_with("ss")
        && !v.ends_with("us")
        && !v.ends_with("is")
        && (matches!(next, "the" | "an")
            || matches!(
                next,
                "it" | "me"
                    | "you"
                    | "him"
                    | "her"
                    | "us"
                    | "them"
                    | "a"
                    | "this"
                    | "that"
                    | "like"
                    | "my"
                    | "our"
                    | "your"
                    | "his"
                    | "their"
                    | "so"
                    | "too"
                    | "very"
                    | "really"
                    | "great"
                    | "fine"
                    | "well"
                    | "about"
                    | "up"
                    | "out"
            ))
}

#[cfg(test)]
mod tests {
    use crate::tests::split;

    #[test]
    fn capitalised_noun_and_verb_after_a_closed_clause_open_a_sentence() {
        assert_eq!(
            split("we camped two nights by the river Mosquitoes were everywhere"),
            [
                "we camped two nights by the river",
                "Mosquitoes were everywhere"
            ]
        );
        assert_eq!(
            split("the boiler stopped again this morning Technician says it needs a new valve"),
            [
                "the boiler stopped again this morning",
                "Technician says it needs a new valve"
            ]
        );
        assert_eq!(
            split("The doors opened at 6 on the 14th Parking is limited so come early"),
            [
                "The doors opened at 6 on the 14th",
                "Parking is limited so come early"
            ]
        );
        assert_eq!(
            split("the heating was off all week Landlord says it is fixed now"),
            [
                "the heating was off all week",
                "Landlord says it is fixed now"
            ]
        );
        assert_eq!(
            split("the plumber promised to come by Monday It's Wednesday and no sign of him"),
            [
                "the plumber promised to come by Monday",
                "It's Wednesday and no sign of him"
            ]
        );
        assert_eq!(
            split("we are flying out on Sunday Grandma will feed the cats"),
            ["we are flying out on Sunday", "Grandma will feed the cats"]
        );
    }

    #[test]
    fn capitalised_word_inside_its_clause_stays() {
        for t in [
            "the year Labour was elected was a good one for us",
            "we watched the match where Arsenal were beaten",
            "she said Grandma would bring the pie",
            "On Monday Parliament will debate the bill",
            "prices at the Harbour Inn went up again",
            "they beat Chelsea and Leeds had a bye",
            "everything Dad cooked tasted great",
            "I still remember the night Grandpa told us about the war",
            "we bought Apple shares before the results",
            "Harbour manager Quinn leaves for Dover",
            "the map turns the small Riverside streets into a maze",
            "she is still attacking her closest Labour rivals in the final days",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
    }
}
