//! How a message opens and what it points to: a greeting or a name addressed before
//! the first sentence ("Hi Karen, I attached ..."), and web and e-mail addresses,
//! after which a sentence may end without punctuation or before a lower-case word.

use crate::informal::is_capitalised_opener;
use crate::lexicon::{is_preposition, is_sentence_starter, is_strong_starter, is_time_adverb};
use crate::pronoun::is_verb_like;
use crate::runon::leads_in;
use crate::scan::{next_info, skip_ws, NextClass};
use crate::Block;

/// Words that open a greeting ("Hi Karen,", "Dear Ms. Holloway,", "Good morning all,").
fn is_greeting(w: &str) -> bool {
    matches!(
        w,
        "Hi" | "Hello" | "Hey" | "Dear" | "Greetings" | "Morning" | "Evening" | "Afternoon"
    )
}

/// Who a greeting addresses besides names ("Hi all,", "Hello again everyone,").
fn is_addressee_word(w: &str) -> bool {
    matches!(
        w,
        "all"
            | "everyone"
            | "everybody"
            | "team"
            | "guys"
            | "folks"
            | "there"
            | "again"
            | "both"
            | "y'all"
            | "friends"
            | "sir"
            | "madam"
            | "or"
    )
}

/// A name or a title's abbreviation ("Karen", "Ms.", "O'Neil", "J.").
fn is_name_word(w: &str) -> bool {
    let w = w.strip_suffix('.').unwrap_or(w);
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        && cs.all(|c| c.is_alphabetic() || c == '\'' || c == '-')
}

/// "Hi Karen, I attached the file", "Dear Ms. Holloway, Thank you", "Lisa, The figures
/// are fine": the block opens with a greeting and up to three names or addressee words,
/// or with a name alone, then a comma and a capitalised opener ("I", "The", "Thank";
/// not a name: "Hi all, Tom and I"). The greeting is a sentence of its own: returns the
/// end of the comma.
///
/// A name alone must not be a word that opens sentences ("However, The"), an adverb
/// ("Sadly,") or a time ("Monday,"), and what follows it must be an opener before a
/// lower-case word ("The figures", not "Microsoft said" nor "I think", which follow
/// fronted words as well: "Yesterday, I went").
pub(crate) fn greeting_end(k: &Block) -> Option<usize> {
    let b = k.b;
    if !b[k.cs].is_ascii_uppercase() {
        return None;
    }
    // Most blocks fail here: the first word is no greeting and no name before a comma.
    let mut w = k.cs + 1;
    while w < k.be && (b[w].is_ascii_alphabetic() || matches!(b[w], b'\'' | b'-')) {
        w += 1;
    }
    let first = &k.text[k.cs..w];
    if !(is_greeting(first) || first == "Good" || (w < k.be && b[w] == b',')) {
        return None;
    }
    let lim = (k.cs + 48).min(k.be);
    let comma = (k.cs..lim).find(|&i| matches!(b[i], b',' | b'\n' | b'.' | b'!' | b'?'))?;
    if b[comma] != b',' && !(b[comma] == b'.' && comma + 1 < k.be && b[comma + 1] == b' ') {
        return None;
    }
    // A title's period ("Dear Ms. Holloway,"): look on to the comma.
    let comma = if b[comma] == b'.' {
        (comma + 1..lim).find(|&i| b[i] == b',')?
    } else {
        comma
    };
    let n = skip_ws(b, comma + 1, k.be);
    if n == comma + 1 || n >= k.be {
        return None;
    }
    let nx = next_info(k, n);
    if nx.class != NextClass::Upper || nx.opened {
        return None;
    }
    let head = &k.text[k.cs..comma];
    let mut words = head.split_whitespace();
    let first = words.next()?;
    let good = first == "Good";
    if is_greeting(first) || good {
        let mut count = 0;
        for (i, w) in words.enumerate() {
            let time = good && i == 0 && matches!(w, "morning" | "afternoon" | "evening");
            if !(time || is_name_word(w) || is_addressee_word(w)) {
                return None;
            }
            count += 1;
        }
        // A greeting alone ("Hi, I have a question") may go on as one sentence; one
        // with a name or addressee is closed by its comma before any capitalised word
        // ("Hi all, Reminder that", "Dear Tom, Attached is"), but a list of names goes
        // on ("Hi Tom, Ann and Raj").
        let listed = k.text[n + nx.word.len()..k.be].starts_with([',', ' '])
            && k.text[n + nx.word.len()..k.be]
                .trim_start_matches([',', ' '])
                .starts_with("and ");
        let opener =
            nx.word == "I" || is_capitalised_opener(nx.word) || is_sentence_starter(nx.word);
        // Any other capital opens a sentence when a lower-case word follows it ("Lunch
        // is"), not another name or a label ("Tom The driver").
        let clause = k.text[n + nx.word.len()..k.be]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()));
        return ((opener || clause) && (1..=4).contains(&count) && !listed).then_some(comma + 1);
    }
    // A name alone, written as names are ("LONDON," opens a dateline).
    if words.next().is_some()
        || !is_name_word(first)
        || first[1..].bytes().any(|c| c.is_ascii_uppercase())
        || first.ends_with('.')
        || first.ends_with("ly")
        || is_sentence_starter(first)
        || is_capitalised_opener(first)
        || crate::lexicon::continues_time(first)
    {
        return None;
    }
    let e = n + nx.word.len();
    let opener = nx.word != "I" && (is_capitalised_opener(nx.word) || is_strong_starter(nx.word));
    let lower_after = e + 1 < k.be && b[e] == b' ' && b[e + 1].is_ascii_lowercase();
    (opener && lower_after).then_some(comma + 1)
}

/// "... by end of day. Best, Lena", "Let me know Kind regards, Tom Hale": a formal
/// valediction closing the block, then a comma and one to three names. The valediction
/// and the names are each a sentence, as on the lines of a letter: returns where the
/// valediction starts (after a space) and the end of its comma. Not "Thanks" or
/// "Cheers", which also thank someone by name ("Thanks, Tom").
pub(crate) fn valediction_cuts(k: &Block) -> Option<(usize, usize)> {
    let b = k.b;
    let mut end = k.be;
    while end > k.cs && b[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    // Most blocks fail here: no capitalised word or initial ends them.
    let last = k.text[k.cs..end].rsplit(' ').next()?;
    if !last.starts_with(|c: char| c.is_ascii_uppercase()) || end - k.cs < 8 {
        return None;
    }
    let from = end.saturating_sub(48).max(k.cs);
    let comma = (from..end).rev().find(|&i| b[i] == b',')?;
    let names = k.text[comma + 1..end].split_whitespace();
    let mut count = 0;
    for w in names {
        if !is_name_word(w) || w.len() > 2 && w.ends_with('.') {
            return None;
        }
        count += 1;
    }
    if !(1..=3).contains(&count) || comma + 1 >= end || b[comma + 1] != b' ' {
        return None;
    }
    let head = &k.text[k.cs..comma];
    let mut words = head.rsplit(' ');
    let w2 = words.next()?;
    let w1 = words.next().unwrap_or("");
    let two = matches!(
        (w1, w2),
        (
            "Best" | "Kind" | "Warm" | "Warmest" | "With",
            "regards" | "Regards"
        ) | ("Best", "wishes")
            | ("Yours", "truly" | "sincerely" | "faithfully")
    );
    let one = matches!(w2, "Best" | "Regards" | "Sincerely" | "Respectfully");
    let len = if two {
        w1.len() + 1 + w2.len()
    } else if one {
        w2.len()
    } else {
        return None;
    };
    let start = comma - len;
    (start > k.cs && b[start - 1] == b' ').then_some((start, comma + 1))
}

/// A web or e-mail address ("http://example.com/a.html", "www.site.org/x",
/// "help@example.net"), which may end a sentence with no period after it.
/// "more info at www.example.org/faq call us with questions": in a sentence with no
/// final punctuation, a web or e-mail address ends its clause before a lower-case word
/// that opens one (a command, a subject), with a word after it. Not before a word that
/// goes on with the address's clause: a conjunction or preposition ("or call", "for
/// details"), a verb of which it is the subject ("x.org is down"), a time ("today").
pub(crate) fn address_end_cuts(k: &Block, words: &[(usize, usize)], cuts: &mut Vec<usize>) {
    let word = |n: usize| words.get(n).map_or("", |&(s, e)| &k.text[s..e]);
    for j in 1..words.len().saturating_sub(2) {
        let (a, next) = (word(j), word(j + 1));
        if !a
            .bytes()
            .last()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'/')
            || !is_web_address(a)
        {
            continue;
        }
        let opens = next.len() >= 2
            && next.bytes().all(|c| c.is_ascii_lowercase() || c == b'\'')
            && !leads_in(next)
            && !is_preposition(next)
            && !is_verb_like(next)
            && !is_time_adverb(next)
            && !matches!(
                next,
                "or" | "and"
                    | "if"
                    | "as"
                    | "too"
                    | "now"
                    | "anytime"
                    | "instead"
                    | "asap"
                    | "directly"
                    | "first"
                    | "either"
                    | "up"
                    | "out"
                    | "back"
            );
        if opens {
            cuts.push(words[j + 1].0);
        }
    }
}

pub(crate) fn is_web_address(w: &str) -> bool {
    if w.starts_with("http://") || w.starts_with("https://") || w.starts_with("www.") {
        return w.len() > 8;
    }
    match w.find('@') {
        Some(a) => a > 0 && w[a + 1..].contains('.') && !w.ends_with('.'),
        None => false,
    }
}

#[cfg(test)]
mod address_tests {
    use crate::tests::split;

    #[test]
    fn lower_case_clause_after_an_address_opens_a_sentence() {
        assert_eq!(
            split("the schedule is posted at www.valleyrunners.net/races sign up before May"),
            [
                "the schedule is posted at www.valleyrunners.net/races",
                "sign up before May"
            ]
        );
        assert_eq!(
            split("write to lostfound@metrobus.com they keep items for a month"),
            [
                "write to lostfound@metrobus.com",
                "they keep items for a month"
            ]
        );
    }

    #[test]
    fn greeting_with_a_name_closes_before_any_capital() {
        assert_eq!(
            split("Hello team, Heads up that the server restarts at noon."),
            ["Hello team,", "Heads up that the server restarts at noon."]
        );
        assert_eq!(
            split("Hi Omar, Lunch is on me tomorrow."),
            ["Hi Omar,", "Lunch is on me tomorrow."]
        );
        let t = "Hi Omar, Lena and Jo, the room is booked.";
        assert_eq!(split(t), [t]);
    }

    #[test]
    fn address_inside_its_clause_stays() {
        for t in [
            "check www.valleyrunners.net for the schedule",
            "email lostfound@metrobus.com or call the depot",
            "www.valleyrunners.net is down again tonight",
            "visit www.valleyrunners.net today and pick a race",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
    }
}
