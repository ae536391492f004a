//! Questions run on to a clause without punctuation: a question word with the
//! auxiliary before its subject ("this is so cute where did you get it?", "it's
//! December already where did the year go"). The inverted order is a main-clause
//! question's: an embedded one keeps its subject first ("I know where you got it"), so
//! after a word that closes a clause the question word opens a sentence.

use crate::lexicon::is_preposition;
use crate::runon::{leads_in, reports};
use crate::Block;

/// Adds to `cuts` the starts of the inverted questions inside the sentence whose word
/// spans are `words`, after at least two words.
pub(crate) fn wh_question_cuts(k: &Block, words: &[(usize, usize)], cuts: &mut Vec<usize>) {
    let word = |n: usize| words.get(n).map_or("", |&(s, e)| &k.text[s..e]);
    let start = |n: usize| words.get(n).map_or(0, |&(s, _)| s);
    for j in 2..words.len().saturating_sub(2) {
        if !matches!(word(j), "where" | "what" | "how" | "why" | "when" | "who") {
            continue;
        }
        let (aux, subject) = (word(j + 1), word(j + 2));
        let inverted = match aux {
            // "did the year go": do-support is a question's only.
            "do" | "does" | "did" => subject.bytes().all(|c| c.is_ascii_alphabetic()),
            "is" | "are" | "was" | "were" | "can" | "could" | "would" | "will" | "should"
            | "have" | "has" => matches!(subject, "i" | "you" | "u" | "we" | "they" | "he" | "she"),
            _ => false,
        };
        // A fronted subordinate clause ("though it is cheap how does it compare") is
        // the question's own.
        if inverted
            && closes_clause(word(j - 1))
            && !reports(word(j - 2))
            && !(2..=3).any(|d| j >= d && after_to_or_modal(word(j - d)))
            && !(0..j).any(|m| is_subordinator(word(m)))
        {
            cuts.push(start(j));
        }
    }
}

/// "to (really) evaluate how do they", "can't decide what do I": the word before the
/// question is a bare verb, which may take the question as its object.
fn after_to_or_modal(w: &str) -> bool {
    matches!(
        w,
        "to" | "can"
            | "could"
            | "will"
            | "would"
            | "should"
            | "must"
            | "might"
            | "can't"
            | "cant"
            | "don't"
            | "dont"
            | "didn't"
            | "didnt"
            | "doesn't"
            | "doesnt"
            | "won't"
    )
}

fn is_subordinator(w: &str) -> bool {
    [
        "though", "although", "if", "unless", "because", "since", "while", "whereas", "once",
        "when", "whenever", "as",
    ]
    .iter()
    .any(|s| w.eq_ignore_ascii_case(s))
}

/// A word that ends a clause before a question: letters only (a comma or colon means
/// the writer punctuated), not one that leads into the question ("know where",
/// "wondering how", "asked why", "about what"); nor an object after a verb of asking
/// or telling ("asked me why", "told them how").
fn closes_clause(prev: &str) -> bool {
    prev.len() >= 2
        && prev.bytes().all(|c| c.is_ascii_alphabetic())
        && !leads_in(prev)
        && !is_preposition(prev)
        && !prev.ends_with("ing")
        && !matches!(
            prev,
            "wonder"
                | "ask"
                | "idea"
                | "clue"
                | "explain"
                | "understand"
                | "remember"
                | "forget"
                | "matter"
                | "care"
                | "check"
                | "tell"
                | "unsure"
                | "question"
                | "figure"
                | "out"
                | "is"
                | "was"
        )
}

#[cfg(test)]
mod tests {
    use crate::tests::split;

    #[test]
    fn inverted_question_after_a_clause_opens_a_sentence() {
        assert_eq!(
            split("that jacket looks amazing on you where did you buy it?"),
            ["that jacket looks amazing on you", "where did you buy it?"]
        );
        assert_eq!(
            split("my old router finally died what should we get instead"),
            ["my old router finally died", "what should we get instead"]
        );
    }

    #[test]
    fn embedded_or_introduced_question_stays() {
        for t in [
            "I have no idea where did you park the car",
            "she asked me why did the shop close early",
            "we figured out how we can fix the leak",
            "I wonder what is going on with the trains",
            "not sure when does the store open",
            "even if the seats are cheap why would you sit that far back",
            "it is hard to really judge how do they pick the winners",
            "we still can't decide where should we go",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
    }
}
