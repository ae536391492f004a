//! Run-on sentences in lower case: a line of web text that ends with no punctuation
//! and runs two clauses together, the second opening with a lower-case subject
//! pronoun ("got the package yesterday it was missing a cable", "ask Tom he probably
//! knows"). Only sentences that end without a terminator are searched, which news
//! paragraphs almost never do, so the pass costs nothing on edited text.
//!
//! The pronoun ("he", "she", "they", "we", "it", or one of them with a clitic) opens a
//! sentence when a finite verb follows it (after at most one adverb) and more words
//! follow the verb, and when the word before it closes a clause: a name, a time
//! adverb, a verdict, or (for "he", "she", "they", "we", which are never objects) a
//! noun. Never after a verb that takes a clause ("said she", "told him they"), a
//! conjunction, preposition or subordinator, and never when the sentence opens with a
//! subordinate clause ("When we got there it was closed").

use crate::address::address_end_cuts;
use crate::informal::is_laugh;
use crate::lexicon::{is_preposition, is_time_adverb};
use crate::pronoun::{is_verb_like, opens_subordinate};
use crate::question::wh_question_cuts;
use crate::subject::noun_subject_cuts;
use crate::Block;

/// Fewest words a sentence must have before it is searched for a run-on.
const MIN_WORDS: usize = 6;

/// Adds to `cuts` the starts of the run-on sentences inside `[s, e)`, a sentence of
/// block `k` (trimmed). `words` is scratch space for the word spans.
pub(crate) fn run_on_cuts(
    k: &Block,
    s: usize,
    e: usize,
    words: &mut Vec<(usize, usize)>,
    cuts: &mut Vec<usize>,
) {
    let b = k.b;
    // A question mark closes a question that may have run on from a clause.
    let question = e > s && b[e - 1] == b'?';
    if e <= s || !(b[e - 1].is_ascii_alphanumeric() || question) {
        return; // ends in punctuation, an emoticon or a bracket
    }
    words.clear();
    let mut i = s;
    while i < e {
        while i < e && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let ws = i;
        while i < e && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        if ws < i {
            words.push((ws, i));
        }
    }
    wh_question_cuts(k, words, cuts);
    if question {
        return;
    }
    if let [.., (_, _), (ls, le)] = words[..] {
        // "anyway gotta run ttyl": a chat sign-off after the last clause.
        if words.len() >= 3 && is_sign_off(&k.text[ls..le]) {
            cuts.push(ls);
        }
    }
    noun_subject_cuts(k, words, cuts);
    address_end_cuts(k, words, cuts);
    if words.len() < MIN_WORDS {
        return;
    }
    let mut from = 0;
    for j in 2..words.len().saturating_sub(2) {
        if j < from + 2 {
            continue;
        }
        let w = &k.text[words[j].0..words[j].1];
        let Some(pronoun) = subject_pronoun(w) else {
            continue;
        };
        let prev = &k.text[words[j - 1].0..words[j - 1].1];
        let prev2 = &k.text[words[j - 2].0..words[j - 2].1];
        let before = &k.text[words[from].0..words[j - 1].1];
        let first = &k.text[words[from].0..words[from].1];
        // "said it was new lol it had", "and guess what it crashed": a laugh or a
        // "guess what" closes what came before, whatever the pronoun.
        // So does a clock time's "am" or "pm" ("at 7 am we"), no verb there.
        let clock = matches!(prev, "am" | "pm") && prev2.starts_with(|c: char| c.is_ascii_digit());
        let closed =
            clock || is_laugh(prev) || (prev == "what" && matches!(prev2, "guess" | "know"));
        // "every time it's been", "the last time we went": "time" opens a subordinate.
        let when = prev == "time" && matches!(prev2, "every" | "each" | "first" | "last" | "next");
        if when {
            continue;
        }
        if !closed && !closes_before(prev, pronoun)
            // "told them he", but "explained everything our": a thing told is no hearer.
            || (!closed && reports(prev2) && !matches!(prev, "everything" | "anything"))
            || opens_subordinate(first, before)
            || !finite_after(k, &words[j + 1..], pronoun)
        {
            continue;
        }
        cuts.push(words[j].0);
        from = j;
    }
}

/// Chat abbreviations that take leave ("ttyl": talk to you later).
fn is_sign_off(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "ttyl" | "ttys" | "brb" | "gtg" | "g2g" | "cya" | "xoxo"
    )
}

/// What a subject pronoun with or without its clitic is, if `w` is one.
#[derive(Clone, Copy, PartialEq)]
enum Pronoun {
    /// "he", "she", "they", "we": subjects only.
    Subject,
    /// "it": also an object, so it needs a stronger closer before it.
    It,
    /// Any of them with a clitic verb ("it's", "they're", "we'll").
    WithVerb,
    /// "my", "our" before the subject noun: also objects' determiners, so they need
    /// the stronger closers, and an auxiliary after one or two nouns.
    Possessive,
}

fn subject_pronoun(w: &str) -> Option<Pronoun> {
    match w {
        // "mine", "ours": possessive pronouns stand for a whole subject ("mine was").
        "he" | "she" | "they" | "we" | "mine" | "ours" => Some(Pronoun::Subject),
        "it" => Some(Pronoun::It),
        "my" | "our" => Some(Pronoun::Possessive),
        _ => {
            let (p, clitic) = w.split_once(['\'', '’'])?;
            let p_ok = matches!(p, "he" | "she" | "they" | "we" | "it");
            let c_ok = matches!(clitic, "s" | "re" | "ll" | "ve" | "d");
            (p_ok && c_ok).then_some(Pronoun::WithVerb)
        }
    }
}

/// Does the word before the pronoun end a clause? Letters only (a comma or a bracket
/// means the writer punctuated), and not a word that leads into the pronoun.
fn closes_before(prev: &str, pronoun: Pronoun) -> bool {
    if prev.len() < 2 || !prev.bytes().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    if prev.as_bytes()[0].is_ascii_uppercase() {
        // A name: "ask Tom he knows". Not a capitalised verb of saying or a label, nor
        // a gerund opening the sentence ("Sanding it took all day").
        return prev.bytes().skip(1).all(|c| c.is_ascii_lowercase())
            && !leads_in(prev)
            && !prev.ends_with("ing");
    }
    if is_time_adverb(prev) || is_verdict(prev) {
        return true;
    }
    // "fixed everything my car runs", "thanked them our kids loved it": an object
    // pronoun closes the clause before a possessive subject. Not "her" (a possessive
    // itself), nor before "it", an object after such pronouns ("gave them it").
    if pronoun == Pronoun::Possessive
        && matches!(
            prev,
            "them" | "him" | "me" | "us" | "everything" | "everyone" | "everybody" | "anything"
        )
    {
        return true;
    }
    // "it" is an object after most verbs and nouns ("made it work", "the way it").
    matches!(pronoun, Pronoun::Subject | Pronoun::WithVerb)
        && !leads_in(prev)
        && !is_verb_like(prev)
        && !prev.ends_with("ly")
        && (!prev.ends_with("ing") || is_ing_noun(prev))
}

/// Nouns in "-ing" that are no verb form before a subject ("this morning she", "after
/// the wedding they").
fn is_ing_noun(w: &str) -> bool {
    matches!(
        w,
        "morning" | "evening" | "meeting" | "wedding" | "building" | "ceiling" | "spring"
    )
}

/// A finite verb after the pronoun (at most one adverb between), with a word after it
/// ("it was missing", "she probably knows where"); for a pronoun with its clitic, any
/// lower-case word after it.
fn finite_after(k: &Block, rest: &[(usize, usize)], pronoun: Pronoun) -> bool {
    let word = |n: usize| rest.get(n).map_or("", |&(s, e)| &k.text[s..e]);
    if pronoun == Pronoun::WithVerb {
        return word(0).bytes().all(|c| c.is_ascii_lowercase()) && !word(0).is_empty();
    }
    if pronoun == Pronoun::Possessive {
        // "my cat does", "our kitchen sink has been".
        let noun = |w: &str| w.len() >= 2 && w.bytes().all(|c| c.is_ascii_lowercase());
        // Or a past or present tense before more words ("my phone restarts every").
        let aux = |w: &str| {
            matches!(
                w,
                "is" | "was" | "has" | "had" | "does" | "did" | "will" | "can" | "keeps"
            ) || (w.len() >= 5
                && w.bytes().all(|c| c.is_ascii_lowercase())
                && ((w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
                    || (w.ends_with("ed") && !w.ends_with("eed"))))
        };
        return noun(word(0))
            && ((aux(word(1)) && !word(2).is_empty())
                || (noun(word(1)) && aux(word(2)) && !word(3).is_empty()));
    }
    let mut n = 0;
    if is_adverb(word(0)) {
        n = 1;
    }
    let v = word(n);
    let finite = match v {
        "is" | "was" | "has" | "had" | "will" | "would" | "can" | "could" | "should" | "might"
        | "must" | "does" | "did" | "got" | "went" | "came" | "made" | "took" => true,
        "are" | "were" | "have" | "do" => pronoun == Pronoun::Subject,
        // Present tenses after "we", "they" ("at 7 am we need to leave").
        "need" | "want" | "love" | "like" | "hope" | "live" => pronoun == Pronoun::Subject,
        _ if v.ends_with("n't") => true,
        _ => {
            v.len() >= 4
                && v.bytes().all(|c| c.is_ascii_lowercase())
                && ((v.ends_with('s') && !v.ends_with("ss") && !v.ends_with("us"))
                    || (v.ends_with("ed") && !v.ends_with("eed")))
        }
    };
    if !finite {
        return false;
    }
    // "Best tacos we have had in years": a relative clause whose object is missing
    // ends, or goes on with a preposition, right after its verb.
    let mut m = n + 1;
    while matches!(
        word(m),
        "had" | "been" | "be" | "ever" | "never" | "just" | "really"
    ) {
        m += 1;
    }
    let w = word(m);
    let modal = matches!(
        v,
        "will" | "would" | "can" | "could" | "should" | "might" | "must" | "does" | "did" | "do"
    ) || v.ends_with("n't");
    if modal && w.bytes().all(|c| c.is_ascii_lowercase()) && !w.is_empty() {
        // "might find is": the bare verb after the modal, then what follows it.
        m += 1;
        if word(m).is_empty() {
            return true;
        }
    }
    let w = word(m);
    let auxiliary = matches!(v, "have" | "has" | "had" | "is" | "was" | "are" | "were");
    if (auxiliary || m > n + 1)
        && ["ed", "en", "ing", "ne", "ght"]
            .iter()
            .any(|s| w.ends_with(s))
    {
        m += 1; // the participle: "we have eaten in", "it was missing the"
        if word(m).is_empty() {
            // "she is amazing" ends its clause; "we have eaten" leaves a gap.
            return !matches!(v, "have" | "has" | "had");
        }
    }
    let after = word(m);
    !after.is_empty()
        && (!is_preposition(after)
            || matches!(after, "the" | "an")
            // "we need to", "they hope to": the infinitive's "to".
            || (after == "to" && matches!(v, "need" | "want" | "hope" | "like" | "love")))
        && !matches!(after, "about" | "since")
        // "the problems we could have is that": the subject's own verb comes next.
        && !matches!(
            after,
            "is" | "was" | "are" | "were" | "has" | "will" | "would" | "can" | "could" | "does"
                | "did" | "should" | "must" | "might"
        )
}

pub(crate) fn is_adverb(w: &str) -> bool {
    matches!(
        w,
        "probably"
            | "just"
            | "also"
            | "still"
            | "really"
            | "never"
            | "always"
            | "already"
            | "even"
            | "only"
            | "actually"
            | "usually"
            | "finally"
    )
}

/// Words after which a pronoun goes on the same sentence: conjunctions,
/// complementisers and subordinators, prepositions, question words, verbs and
/// adjectives that take a clause, and "so"/"such" before a result clause.
pub(crate) fn leads_in(w: &str) -> bool {
    let lw = w.to_ascii_lowercase();
    matches!(
        lw.as_str(),
        "and"
            | "but"
            | "or"
            | "nor"
            | "so"
            | "because"
            | "cause"
            | "cos"
            | "that"
            | "if"
            | "when"
            | "where"
            | "while"
            | "whether"
            | "as"
            | "than"
            | "then"
            | "until"
            | "unless"
            | "since"
            | "before"
            | "after"
            | "though"
            | "although"
            | "once"
            | "what"
            | "who"
            | "whom"
            | "which"
            | "whose"
            | "how"
            | "why"
            | "the"
            | "a"
            | "an"
            | "of"
            | "in"
            | "at"
            | "from"
            | "to"
            | "for"
            | "with"
            | "by"
            | "on"
            | "about"
            | "like"
            | "into"
            | "without"
            | "over"
            | "under"
            | "said"
            | "says"
            | "say"
            | "told"
            | "tell"
            | "tells"
            | "think"
            | "thinks"
            | "thought"
            | "know"
            | "knows"
            | "knew"
            | "believe"
            | "believes"
            | "hope"
            | "hopes"
            | "guess"
            | "wish"
            | "feel"
            | "felt"
            | "realise"
            | "realize"
            | "heard"
            | "hear"
            | "saw"
            | "see"
            | "noticed"
            | "found"
            | "find"
            | "decided"
            | "mean"
            | "means"
            | "meant"
            | "bet"
            | "sure"
            | "glad"
            | "afraid"
            | "sorry"
            | "worried"
            | "such"
            | "ensure"
            | "insists"
            | "insisted"
            | "claims"
            | "claimed"
            | "warned"
            | "added"
            | "suggests"
            | "suggested"
            | "admits"
            | "admitted"
            | "argues"
            | "argued"
            | "fears"
            | "feared"
            | "expects"
            | "expected"
            | "announced"
            | "reported"
            | "confirmed"
            | "denied"
            | "agreed"
            | "promised"
            | "asked"
            | "reminded"
            | "showed"
            | "shows"
            | "proves"
            | "even"
            | "only"
            | "all"
            | "both"
            | "each"
            | "every"
            | "this"
            | "these"
            | "those"
            | "my"
            | "your"
            | "his"
            | "our"
            | "their"
            | "its"
            | "no"
            | "not"
    )
}

/// Verbs of saying, telling and knowing, two words before the pronoun: "told Tom he",
/// "said yesterday it", "knew today they".
pub(crate) fn reports(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "told"
            | "tell"
            | "tells"
            | "asked"
            | "announced"
            | "confirmed"
            | "reported"
            | "warned"
            | "added"
            | "claimed"
            | "insisted"
            | "denied"
            | "admitted"
            | "promised"
            | "reminded"
            | "showed"
            | "assured"
            | "informed"
            | "explained"
            | "revealed"
            | "suggested"
            | "argued"
            | "stated"
            | "wrote"
            | "think"
            | "thought"
            | "know"
            | "knew"
            | "believe"
            | "hope"
            | "heard"
            | "felt"
            | "feel"
            | "decided"
            | "realised"
            | "realized"
            | "convinced"
            | "persuaded"
            | "taught"
            | "promise"
            | "remind"
            | "ask"
            | "guess"
    )
}

/// A verdict that completes a clause ("that's hilarious it", "was great they").
fn is_verdict(w: &str) -> bool {
    matches!(
        w,
        "great"
            | "awesome"
            | "amazing"
            | "terrible"
            | "awful"
            | "horrible"
            | "nice"
            | "cool"
            | "helpful"
            | "friendly"
            | "delicious"
            | "excellent"
            | "perfect"
            | "hilarious"
            | "rude"
            | "useless"
            | "fantastic"
            | "wonderful"
            | "fine"
    )
}

#[cfg(test)]
mod tests {
    use crate::tests::split;

    #[test]
    fn lower_case_subject_after_a_closed_clause_opens_a_sentence() {
        assert_eq!(
            split("ring Marcus he usually has a spare charger"),
            ["ring Marcus", "he usually has a spare charger"]
        );
        assert_eq!(
            split("just text her she never minds lending it"),
            ["just text her", "she never minds lending it"]
        );
        assert_eq!(
            split("we repainted the fence today it looks brand new"),
            ["we repainted the fence today", "it looks brand new"]
        );
        assert_eq!(
            split("the new barber was great they even trimmed my beard"),
            ["the new barber was great", "they even trimmed my beard"]
        );
        assert_eq!(
            split("my brother loves his new bike he rides it every morning"),
            ["my brother loves his new bike", "he rides it every morning"]
        );
        assert_eq!(
            split("the dessert was awesome our waiter was a bit slow though"),
            [
                "the dessert was awesome",
                "our waiter was a bit slow though"
            ]
        );
        assert_eq!(
            split("they lent me their old tent ours was still soaked from the storm"),
            [
                "they lent me their old tent",
                "ours was still soaked from the storm"
            ]
        );
    }

    #[test]
    fn a_chat_sign_off_ends_the_message() {
        assert_eq!(
            split("ok my battery is dying gtg"),
            ["ok my battery is dying", "gtg"]
        );
        assert_eq!(split("ttyl"), ["ttyl"]);
        assert_eq!(split("see you ttyl"), ["see you", "ttyl"]);
    }

    #[test]
    fn pronoun_inside_its_sentence_stays() {
        for t in [
            "The minister said yesterday it would cost far more than planned",
            "the coach told Daniel he could start on Saturday",
            "Cheapest pizza we have eaten in town and still good",
            "Nicest hotel we have stayed at",
            "the main fault they might find is a loose cable near the back",
            "she showed her they were wrong about the dates",
            "the shoes she bought last week fell apart",
            "if you call early they can usually fit you in",
            "When we got to the hotel it was already dark outside",
            "the mechanic made it work again for now",
            "Loved the room, they upgraded us for free",
            "The firm expects profits to rise as it sells more phones abroad",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
    }

    #[test]
    fn possessive_subject_after_an_object_pronoun() {
        assert_eq!(
            split("the new tutor explained everything our son passed the test"),
            [
                "the new tutor explained everything",
                "our son passed the test"
            ]
        );
        assert_eq!(
            split("we finally called them my dishwasher works again"),
            ["we finally called them", "my dishwasher works again"]
        );
        for t in [
            "she handed me my keys and left",
            "they sent us our tickets yesterday",
            "he told them my brother wanted a refund",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
    }

    #[test]
    fn capitalised_gerund_is_no_name_before_it() {
        // "Scraping" opens a clause of its own; "it" is its object, not a subject.
        let got = split("the old paint on the shed was peeling Scraping it off took two days");
        assert!(got.iter().all(|s| !s.starts_with("it ")), "{got:?}");
    }

    #[test]
    fn punctuated_sentences_are_not_searched() {
        let t = "We visited the old mill yesterday it was closed.";
        assert_eq!(split(t), [t]);
    }
}
