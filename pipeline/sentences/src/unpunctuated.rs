//! Sentences that lost their final punctuation before a capitalised word: which
//! capitalised words after a lower-case one, a number, a bracket, a day or an address
//! start a sentence (rule 5 of the crate docs).

use crate::address::is_web_address;
use crate::informal::{
    is_capitalised_opener, is_closing_phrase, is_closing_word, is_day_or_month, is_laugh,
    is_subject_pronoun,
};
use crate::lexicon::{introduces_name, is_preposition, is_sentence_starter};
use crate::pronoun::pronoun_opens;
use crate::Block;

/// "the food was great The staff were friendly": a sentence that lost its final
/// punctuation. A pronoun or determiner that only opens sentences ("The", "They",
/// "This") written with a capital right after a lower-case word, and followed by a
/// lower-case word (so not a title or name: "in The Hague", "a film called The
/// Holiday"), starts a new sentence. So does any capitalised word after a laugh ("lol I
/// want"), an opener after a day or month ("on Friday When"), an address or a number
/// after a lower-case word, and a closing verdict (see `closing_word`). `i` is the
/// capital, after a space.
pub(crate) fn unpunctuated_start(k: &Block, i: usize, sent_start: usize) -> bool {
    let b = k.b;
    let mut e = i + 1;
    while e < k.be && b[e].is_ascii_lowercase() {
        e += 1;
    }
    // "It's", "We're", "They've".
    if e + 1 < k.be && b[e] == b'\'' && b[e + 1].is_ascii_lowercase() {
        e += 2;
        while e < k.be && b[e].is_ascii_lowercase() {
            e += 1;
        }
    }
    if e + 1 >= k.be || b[e] != b' ' || !b[e + 1].is_ascii_lowercase() {
        return closing_word(k, i, e) || after_address(k, i, e);
    }
    let word = &k.text[i..e];
    if b[i - 2] == b')' {
        // "(the lid was cracked) The rest is fine": a bracket closed on a lower-case word.
        // Its "(" is in the sentence: "a) The first item" is a list marker.
        let inside = &k.text[sent_start.max(k.cs)..i - 2];
        let opened = inside
            .rfind('(')
            .is_some_and(|o| !inside[o..].contains(')'));
        return opened && b[i - 3].is_ascii_lowercase() && is_capitalised_opener(word);
    }
    if matches!(word.split('\'').next(), Some("I" | "You")) {
        return pronoun_opens(k, i, e, sent_start) || after_laugh(k, i);
    }
    if !is_capitalised_opener(word)
        && !imperative_before_object(k, word, e + 1)
        && !is_closing_phrase(word, next_lower_word(k, e + 1))
    {
        // "the film was awful lol I want my money back": a laugh closes its sentence.
        return after_laugh(k, i) || after_address(k, i, e);
    }
    if b[i - 2].is_ascii_digit() || b[i - 2] == b'%' {
        return after_number(k, i);
    }
    // The word before: lower-case letters only, and not one that names or quotes
    // what follows ("called", "said").
    let s = lower_word_start(k, i - 1);
    if s > k.cs && b[s - 1].is_ascii_uppercase() {
        // "before Friday When are you free": a day or a month ends its clause.
        let c = s - 1;
        let day =
            (c == k.cs || b[c - 1].is_ascii_whitespace()) && is_day_or_month(&k.text[c..i - 1]);
        // After capitals only a function word opens ("US Food and Drug" is a name).
        let caps = all_caps_before(k, i) && (is_sentence_starter(word) || word == "Let's");
        return day || greeting_before(k, i) || caps;
    }
    if s > k.cs && !b[s - 1].is_ascii_whitespace() {
        // "the photos are at www.example.com/pics Check them out": an address.
        return is_web_address(token_before(k, i));
    }
    let before = &k.text[s..i - 1];
    // No sentence ends in "and" or "or": what follows is the rest of a title ("The
    // Goat or Who is Sylvia", "Now or Never at number one").
    let names = (introduces_name(before)
        && !(is_subject_pronoun(word) && is_preposition(before))
        && !particle_after_object(k, s, before))
        || matches!(before, "and" | "or" | "nor");
    before.len() >= 2 && (s == k.cs || b[s - 1].is_ascii_whitespace()) && !names
}

/// "let them in Can you", "plug it back in That should": "in" or "on" after an object
/// pronoun or "back" is a particle closing its verb phrase, not a preposition before a
/// name; and "the file you asked for The totals": a preposition right after a past
/// participle or a form in "-ing" may be stranded at the end of its clause. `s` is
/// where `before`, the particle or preposition, starts.
fn particle_after_object(k: &Block, s: usize, before: &str) -> bool {
    if s < k.cs + 3 || k.b[s - 1] != b' ' {
        return false;
    }
    let ws = lower_word_start(k, s - 1);
    if !(ws == k.cs || k.b[ws - 1].is_ascii_whitespace()) {
        return false;
    }
    let w = &k.text[ws..s - 1];
    match before {
        "in" | "on" => matches!(w, "it" | "him" | "her" | "them" | "me" | "us" | "back"),
        "for" | "about" | "with" | "to" | "at" | "of" | "from" => {
            w.len() >= 5 && (w.ends_with("ed") || w.ends_with("ing"))
        }
        _ => false,
    }
}

/// "the form is at www.example.org/form.pdf Page 2 has the address": after a web
/// address any capitalised word of two letters or more, followed by a space, starts a
/// sentence: no name or title runs on from an address. `i` is its capital, after a
/// space, and `e` the end of its letters.
fn after_address(k: &Block, i: usize, e: usize) -> bool {
    let b = k.b;
    // A word closing the text may take its "!" or "?" ("at www.example.com Enjoy!").
    if e < i + 2 || (e < k.be && !matches!(b[e], b' ' | b'!' | b'?')) {
        return false;
    }
    let token = token_before(k, i);
    token.contains(['.', '@']) && is_web_address(token)
}

/// The whole token before the space before `i` (back to the whitespace before it).
fn token_before<'t>(k: &Block<'t>, i: usize) -> &'t str {
    let mut ts = i - 1;
    while ts > k.cs && !k.b[ts - 1].is_ascii_whitespace() {
        ts -= 1;
    }
    &k.text[ts..i - 1]
}

/// "FYI The room is booked", "WHERE TO EAT The best stalls": a word in capitals (two
/// or more letters) before an opener is a label or a heading in capitals, never part of
/// a name that goes on with "The" or "This" and a lower-case word.
fn all_caps_before(k: &Block, i: usize) -> bool {
    let b = k.b;
    let mut s = i - 1;
    while s > k.cs && b[s - 1].is_ascii_uppercase() {
        s -= 1;
    }
    i - 1 - s >= 2 && (s == k.cs || b[s - 1].is_ascii_whitespace())
}

/// Where the lower-case letters ending at `end` start (`end` itself when there are
/// none), not before the block's content start.
fn lower_word_start(k: &Block, end: usize) -> usize {
    let mut s = end;
    while s > k.cs && k.b[s - 1].is_ascii_lowercase() {
        s -= 1;
    }
    s
}

/// The lower-case letters starting at `n`.
fn next_lower_word<'t>(k: &Block<'t>, n: usize) -> &'t str {
    let mut ne = n;
    while ne < k.be && k.b[ne].is_ascii_lowercase() {
        ne += 1;
    }
    &k.text[n..ne]
}

/// "tried twice Call me back": a capitalised word right before an object pronoun is a
/// verb opening a command, not a name (names are not followed by "me" or "them").
/// `n` is where the next word starts.
fn imperative_before_object(k: &Block, word: &str, n: usize) -> bool {
    let object = next_lower_word(k, n);
    let ne = n + object.len();
    word.len() >= 2
        && word.bytes().all(|c| c.is_ascii_alphabetic())
        && matches!(object, "me" | "us" | "him" | "them")
        && (ne >= k.be || !k.b[ne].is_ascii_alphanumeric())
}

/// "Hi Tom Can we move the call": a greeting and a name or two open the block, with no
/// comma or line break before the first sentence. `i` is the capitalised opener.
fn greeting_before(k: &Block, i: usize) -> bool {
    let mut words = k.text[k.cs..i].split_whitespace();
    let greeting = words
        .next()
        .is_some_and(|w| matches!(w, "Hi" | "Hello" | "Hey" | "Dear"));
    let mut names = 0;
    for w in words {
        let mut c = w.chars();
        if !c.next().is_some_and(char::is_uppercase) || !c.all(char::is_lowercase) {
            return false;
        }
        names += 1;
    }
    greeting && (1..=2).contains(&names)
}

/// "nobody called back Terrible", "it's my grandma's recipe Enjoy!": a verdict or a
/// courtesy word that closes a review or a message, capitalised after a lower-case word
/// that does not lead into it ("was Terrible", "a film called Amazing"), and followed
/// by nothing but exclamation marks (a period may end a name: "the yacht Perfect.").
/// `i` is its capital, after a space, and `e` the end of its letters.
fn closing_word(k: &Block, i: usize, e: usize) -> bool {
    let b = k.b;
    if e < k.be && b[e] == b',' {
        return thanks_to_signer(k, i, e);
    }
    if e < k.be && b[e] != b'!' {
        return false;
    }
    let mut t = e;
    while t < k.be && b[t] == b'!' {
        t += 1;
    }
    if !(t >= k.be || b[t].is_ascii_whitespace()) || !is_closing_word(&k.text[i..e]) {
        return false;
    }
    let s = lower_word_start(k, i - 1);
    let before = &k.text[s..i - 1];
    before.len() >= 2
        && (s == k.cs || b[s - 1].is_ascii_whitespace())
        && !introduces_name(before)
        && !leads_to_a_complement(before)
}

/// "let me know which day suits you Thanks, Dave": thanks and the writer's name (one
/// to three capitalised words) closing the block, after a lower-case word that does
/// not lead into it. `i` is the capital of "Thanks" or "Cheers", `e` its comma.
fn thanks_to_signer(k: &Block, i: usize, e: usize) -> bool {
    let b = k.b;
    if !matches!(&k.text[i..e], "Thanks" | "Cheers" | "Thx") {
        return false;
    }
    let mut names = 0;
    for w in k.text[e + 1..k.be].split_whitespace() {
        let mut cs = w.chars();
        if !cs.next().is_some_and(|c| c.is_ascii_uppercase()) || !cs.all(|c| c.is_ascii_lowercase())
        {
            return false;
        }
        names += 1;
    }
    let s = lower_word_start(k, i - 1);
    let before = &k.text[s..i - 1];
    (1..=3).contains(&names)
        && before.len() >= 2
        && (s == k.cs || b[s - 1].is_ascii_whitespace())
        && !introduces_name(before)
        && !leads_to_a_complement(before)
}

/// Words after which an adjective or a name completes the clause ("it was Awesome",
/// "so Perfect", "and Thanks").
fn leads_to_a_complement(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "being"
            | "so"
            | "very"
            | "really"
            | "too"
            | "just"
            | "pretty"
            | "quite"
            | "looks"
            | "looked"
            | "seems"
            | "seemed"
            | "feels"
            | "felt"
            | "sounds"
            | "and"
            | "or"
            | "not"
            | "most"
            | "more"
            | "how"
            | "totally"
            | "absolutely"
    )
}

/// "awful lol I want": an internet laugh after a word (not opening the block) ends the
/// sentence before a capitalised one. `i` is the capital, after a space.
fn after_laugh(k: &Block, i: usize) -> bool {
    let s = lower_word_start(k, i - 1);
    s > k.cs && k.b[s - 1] == b' ' && is_laugh(&k.text[s..i - 1])
}

/// "waited until 9 At least it was warm", "agree 100% The coach must go", "paid $20
/// The portions were huge": a number or an amount after a lower-case word ends the clause before an opener; after a capitalised word
/// it is part of a name ("Channel 4 The show", "Apollo 13 This").
fn after_number(k: &Block, i: usize) -> bool {
    let b = k.b;
    let mut s = i - 1;
    while s > k.cs && (b[s - 1].is_ascii_digit() || matches!(b[s - 1], b'%' | b',' | b'.')) {
        s -= 1;
    }
    if s > k.cs && b[s - 1] == b'$' {
        s -= 1;
    } else if k.text[k.cs..s].ends_with(['£', '€']) {
        s -= 2 + usize::from(k.text[k.cs..s].ends_with('€'));
    }
    if !(s > k.cs + 1
        && b[s - 1] == b' '
        && (b[s].is_ascii_digit() || b[s] == b'$' || b[s] >= 0x80))
    {
        return false;
    }
    let ws = lower_word_start(k, s - 1);
    let before = &k.text[ws..s - 1];
    // After a preposition the number may be part of a title ("at 10 The"), but not
    // before a word that opens only sentences ("be there by 9 Please start").
    let names = introduces_name(before) && !(is_preposition(before) && opens_no_title(k, i));
    before.len() >= 2 && (ws == k.cs || b[ws - 1] == b' ') && !names
}

/// A capitalised word at `i` that opens a sentence but no title or name: a subject
/// pronoun, a courtesy or a command ("We", "Please", "Thanks", "Let's").
fn opens_no_title(k: &Block, i: usize) -> bool {
    let mut e = i;
    while e < k.be && (k.b[e].is_ascii_alphabetic() || k.b[e] == b'\'') {
        e += 1;
    }
    matches!(
        &k.text[i..e],
        "Please"
            | "Thanks"
            | "Sorry"
            | "Let's"
            | "We"
            | "We'll"
            | "We're"
            | "They"
            | "He"
            | "She"
            | "Hopefully"
            | "Anyway"
    )
}
