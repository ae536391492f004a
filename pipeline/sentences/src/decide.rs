//! Whether a terminator run ends a sentence, by what comes after it and the word before it.

use crate::address::is_web_address;
use crate::classify::TokClass;
use crate::informal::{
    is_capitalised_opener, is_closing_phrase, is_closing_word, is_day_or_month, is_laugh,
    is_subject_pronoun, lone_interjection,
};
use crate::lexicon::{
    continues_question, continues_time, introduces_name, is_lower_opener, is_measure_unit,
    is_opening_preposition, is_preposition, is_sentence_starter, is_strong_starter, AbbrKind,
};
use crate::pronoun::pronoun_opens;
use crate::scan::*;
use crate::{Block, Segmenter, State};

impl Segmenter {
    /// Handle the terminator run starting at `p`; returns where scanning resumes.
    pub(crate) fn terminator(
        &self,
        k: &Block,
        p: usize,
        st: &mut State,
        cuts: &mut Vec<usize>,
    ) -> usize {
        let run = parse_run(k, p);
        let j = run.end;
        if p > k.cs && matches!(k.b[p - 1], b'[' | b'(') {
            // Editorial marks: "[...]", "(?)", "(!)".
            return run.term_end;
        }
        if p < st.protect_end && j < st.protect_end {
            return j; // inside a quotation or bracket, not at its end
        }
        let n = skip_ws(k.b, j, k.be);
        if n >= k.be {
            return j; // the block ends here anyway
        }
        if n == j {
            // No space after the run.
            if run.fullwidth {
                cuts.push(j);
                st.sent_start = j;
                return j;
            }
            if let Some(e) = footnote_end(k, p, &run) {
                cuts.push(e);
                st.sent_start = skip_ws(k.b, e, k.be);
                return e;
            }
            if glued_run_ends(k, p, &run, st.sent_start) || self.missing_space(k, p, &run, st) {
                cuts.push(j);
                st.sent_start = j;
            }
            return j;
        }
        let nx = next_info(k, n);
        let cut = if run.qe {
            self.decide_qe(k, p, &run, st, &nx)
        } else if run.dots >= 2 {
            let alone = nx.class == NextClass::Lower && !run.spaced && run.end == run.term_end;
            decide_dots(k, p, &run, &nx)
                .or((alone && lone_interjection(k.text, st.sent_start, p, nx.word)).then_some(j))
        } else {
            self.decide_dot(k, p, &run, st, &nx)
        };
        match cut {
            Some(at) => {
                cuts.push(at);
                st.sent_start = skip_ws(k.b, at, k.be);
                if at < j {
                    at
                } else {
                    j
                }
            }
            None => j,
        }
    }

    /// "said.The": a period glued to a capitalised word, as left by joining paragraphs
    /// without a space. Only after a plain word or number that is no part of an
    /// address ("www.site.Com", "a@b.Org") or abbreviation ("St.Louis", "U.S.Army").
    pub(crate) fn missing_space(&self, k: &Block, p: usize, run: &Run, st: &State) -> bool {
        let b = k.b;
        let j = p + 1;
        if run.qe || run.dots != 1 || run.end != j || j >= k.be || !b[j].is_ascii_uppercase() {
            return false;
        }
        let mut e = j + 1;
        while e < k.be && b[e].is_ascii_lowercase() {
            e += 1;
        }
        // A title may follow with its own period ("Tuesday.Mr. Smith").
        let title = e < k.be
            && b[e] == b'.'
            && matches!(self.lookup(&k.text[j..e]), Some(a) if a.kind == AbbrKind::Title);
        let word_ok = e > j + 1
            && (title
                || e >= k.be
                || matches!(b[e], b' ' | b'\t' | b'\n' | b'\r' | b',' | b';' | b':'));
        if !word_ok {
            return false;
        }
        let t = prev_token(k, p, st.sent_start);
        if t.word.contains(['.', '/', '@', ':']) {
            return false;
        }
        // After a capitalised word ("Amazon.Com") only a sentence opener counts.
        let lower_before = t.word.starts_with(|c: char| !c.is_uppercase());
        (lower_before || is_sentence_starter(&k.text[j..e]))
            && matches!(
                self.classify(t.word),
                TokClass::Plain { alpha3: true } | TokClass::Number
            )
    }

    pub(crate) fn decide_qe(
        &self,
        k: &Block,
        p: usize,
        run: &Run,
        st: &State,
        nx: &NextInfo,
    ) -> Option<usize> {
        match nx.class {
            NextClass::Lower => {
                // No closing mark, and a first- or second-person opener ("Loved it!
                // we'll be back"); or after "?" that ends a lower-case word (not a
                // title: "the song Shall We Dance? is"), any word that does not go on
                // with the question ("Any ideas? maybe later", but "Why? he asked").
                // "!" also ends interjections ("but, alas! the door"). A run of marks
                // ("Great!!! will be back", "Really?! no way") is emphasis at a
                // sentence's end: an interjection inside one takes a single mark.
                let open = !nx.opened && run.end == run.term_end;
                let goes_on = continues_question(nx.word);
                let question = !k.b[p..run.term_end].contains(&b'!')
                    && prev_token(k, p, st.sent_start)
                        .word
                        .starts_with(|c: char| c.is_lowercase())
                    && !goes_on;
                let emphatic = run.term_end - p >= 2 && !goes_on;
                let exclaimed = k.b[p] == b'!'
                    && run.term_end == p + 1
                    && !goes_on
                    && is_lower_opener(nx.word, false)
                    && clause_before_exclamation(prev_token(k, p, st.sent_start).word);
                return (open
                    && (question || emphatic || exclaimed || is_lower_opener(nx.word, true)))
                .then_some(run.end);
            }
            NextClass::Term | NextClass::Dash | NextClass::Punct => return None,
            _ => {}
        }
        // "Yahoo! Research": a lone "!" glued to a capitalised word inside the sentence,
        // before another capitalised word, is part of a name.
        if run.end == p + 1 && k.b[p] == b'!' && nx.class == NextClass::Upper && !nx.opened {
            let t = prev_token(k, p, st.sent_start);
            let first_upper = t.word.chars().next().is_some_and(char::is_uppercase);
            if first_upper && !t.is_first(k, st) && !is_sentence_starter(nx.word) {
                return None;
            }
        }
        Some(run.end)
    }

    /// "great food. we'll be back": informal text that skips capitals. A single period
    /// after an ordinary word (not an abbreviation, not a unit after a number as in
    /// "3 ft. the") before a lower-case opener, or after a lower-case word of three
    /// letters or more before any lower-case word ("it was great. definitely coming
    /// back"), or after a number before a lower-case opener ("in 2009. we moved").
    fn lower_start(&self, k: &Block, p: usize, run: &Run, st: &State, nx: &NextInfo) -> bool {
        if nx.opened || run.dots != 1 || run.end != run.term_end {
            return false;
        }
        let opener = is_lower_opener(nx.word, false);
        if !opener && nx.word.len() < 2 {
            return false;
        }
        let t = prev_token(k, p, st.sent_start);
        match self.classify(t.word) {
            TokClass::Plain { .. } if opener && is_web_address(t.word) => true,
            TokClass::Plain { .. } => {
                let n = t.word.len();
                n >= 2
                    && (t.word.bytes().all(|c| c.is_ascii_alphabetic()) || is_contraction(t.word))
                    && (n > 3 || !prev_word_is_number(k, t.start))
                    && (opener
                        || (n >= 3 && t.word.bytes().all(|c| c.is_ascii_lowercase()))
                        || ends_a_clause(t.word))
            }
            TokClass::Number => opener,
            TokClass::ShortNumber => opener && !t.is_first(k, st),
            _ => false,
        }
    }

    pub(crate) fn decide_dot(
        &self,
        k: &Block,
        p: usize,
        run: &Run,
        st: &State,
        nx: &NextInfo,
    ) -> Option<usize> {
        let j = run.end;
        match nx.class {
            NextClass::Lower => {
                return (self.lower_start(k, p, run, st, nx) || detached_period(k, p, run, nx))
                    .then_some(j)
            }
            NextClass::Term | NextClass::Punct => return None,
            _ => {}
        }
        let t = prev_token(k, p, st.sent_start);
        let class = if run.closed_then_term {
            TokClass::Closed
        } else {
            self.classify(t.word)
        };
        let first = t.is_first(k, st);
        // Enumerations at the start of a sentence ("1. The", "Q. What", "b. another").
        if first
            && matches!(
                class,
                TokClass::Initial(_) | TokClass::LowerLetter | TokClass::ShortNumber
            )
        {
            return None;
        }
        let upper = nx.class == NextClass::Upper;
        let starter = upper && is_sentence_starter(nx.word);
        let cut = match class {
            TokClass::Plain { alpha3 } => nx.class != NextClass::Digit || alpha3,
            TokClass::Number | TokClass::ShortNumber | TokClass::Closed => true,
            TokClass::Initial(c) => {
                if c == 'I' && prev_word_is_lower(k, t.start) {
                    true // the pronoun: "you and I. Did ..."
                } else {
                    upper && !nx.opened && is_strong_starter(nx.word)
                }
            }
            TokClass::LowerLetter => false,
            TokClass::Time => {
                upper && !continues_time(nx.word) && !fragment(k, st.sent_start, t.start)
            }
            TokClass::MultiDot => starter && !fragment(k, st.sent_start, t.start),
            TokClass::Abbr(kind) => match kind {
                AbbrKind::Title => false,
                AbbrKind::Numeric => nx.class != NextClass::Digit,
                AbbrKind::Street => {
                    street_context(k, t.start) && starter && !fragment(k, st.sent_start, t.start)
                }
                AbbrKind::General => {
                    (starter || (upper && unit_after_number(k, &t, nx)))
                        && !fragment(k, st.sent_start, t.start)
                }
                AbbrKind::Etc => upper,
            },
        };
        cut.then_some(j)
    }
}

/// "in 3 hrs. Worth every penny": a unit after a number ends its phrase, so the
/// capitalised word after it opens a sentence unless it goes on with a time ("5 min.
/// Monday") or is an initial.
fn unit_after_number(k: &Block, t: &PrevToken, nx: &NextInfo) -> bool {
    is_measure_unit(t.word)
        && prev_word_is_number(k, t.start)
        && !nx.opened
        && nx.word.len() >= 2
        && !continues_time(nx.word)
}

/// "was great...The staff", "open?Yes", "left…She": an ellipsis or a run of `?`/`!`
/// glued to both a lower-case word and a capitalised one, as typed in haste. Not in
/// addresses ("page?Id=5") or names ("Y!J"): the word before is letters only, and the
/// one after a capitalised word or "I". `sent_start` bounds the word before.
fn glued_run_ends(k: &Block, p: usize, run: &Run, sent_start: usize) -> bool {
    let b = k.b;
    let j = run.end;
    if run.end != run.term_end || run.spaced || !(run.qe || run.dots >= 3) || j >= k.be {
        return false;
    }
    let mut s = p;
    while s > k.cs.max(sent_start) && !b[s - 1].is_ascii_whitespace() {
        s -= 1;
    }
    let before = &k.text[s..p];
    let letters = before
        .chars()
        .all(|c| c.is_alphabetic() || c == '\'' || c == '’');
    if !letters || !before.ends_with(|c: char| c.is_lowercase()) || !b[j].is_ascii_uppercase() {
        return false;
    }
    let mut e = j + 1;
    while e < k.be && b[e].is_ascii_lowercase() {
        e += 1;
    }
    (e > j + 1 || b[j] == b'I')
        && (e >= k.be
            || matches!(b[e], b' ' | b'\'' | b',' | b'?' | b'!' | b'\n' | b'\r')
            || b[e] >= 0x80)
}

/// "Loved it! the staff were great": a single "!" after a lower-case word that is no
/// interjection ("alas! the door", "thump! down she came") ends a clause, so any
/// informal opener after it starts a sentence (third persons go on as the speaker:
/// "Leave me alone! he yelled", see `continues_question`).
fn clause_before_exclamation(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && w.len() >= 2
        && !matches!(
            w,
            "alas"
                | "oh"
                | "ah"
                | "aha"
                | "ha"
                | "hey"
                | "wow"
                | "oops"
                | "ouch"
                | "hurrah"
                | "hooray"
                | "yay"
                | "ugh"
                | "eh"
                | "hmm"
                | "lo"
                | "hush"
                | "well"
                | "no"
                | "yes"
                | "dear"
                | "thump"
                | "bang"
                | "boom"
                | "pow"
        )
}

/// "rude staff . never again": a period with a space on either side is no abbreviation,
/// decimal point or initial, so it ends the sentence even before a lower-case word.
fn detached_period(k: &Block, p: usize, run: &Run, nx: &NextInfo) -> bool {
    run.dots == 1
        && run.end == p + 1
        && !nx.opened
        && p > k.cs
        && k.b[p - 1] == b' '
        && k.b[..p - 1]
            .last()
            .is_some_and(|c| c.is_ascii_alphanumeric())
}

/// Footnote numbers glued to a period ("consultation.11 12 Take"): the end of the
/// numbers, when a capitalised word follows them.
pub(crate) fn footnote_end(k: &Block, p: usize, run: &Run) -> Option<usize> {
    let b = k.b;
    if run.qe || run.dots != 1 || run.end != p + 1 || p == 0 {
        return None;
    }
    let before = b[p - 1];
    if !(before.is_ascii_lowercase() || before == b')' || before == b']') {
        return None;
    }
    let digits = |from: usize| -> Option<usize> {
        let mut e = from;
        while e < k.be && b[e].is_ascii_digit() && e - from < 4 {
            e += 1;
        }
        (e > from && e - from <= 3 && (e >= k.be || !b[e].is_ascii_digit())).then_some(e)
    };
    let mut e = digits(p + 1)?;
    for _ in 0..3 {
        let gap = if e + 1 < k.be && b[e] == b' ' {
            1
        } else if e + 2 < k.be && b[e] == b',' && b[e + 1] == b' ' {
            2
        } else {
            break;
        };
        match digits(e + gap) {
            Some(e2) if e2 < k.be && b[e2] == b' ' => e = e2,
            _ => break,
        }
    }
    if e < k.be && b[e] == b' ' && e + 1 < k.be && b[e + 1].is_ascii_uppercase() {
        Some(e)
    } else {
        None
    }
}

pub(crate) fn decide_dots(k: &Block, p: usize, run: &Run, nx: &NextInfo) -> Option<usize> {
    let attached = p > 0 && !prev_is_ws(k.text, p);
    let upper = nx.class == NextClass::Upper;
    if attached && run.first_dot && run.spaced && run.dots >= 3 {
        // "compounds. . . . The": the period ends the sentence, the ellipsis opens the next.
        return upper.then_some(p + 1);
    }
    if run.spaced {
        // ". . ." marks an omission inside a sentence; ". . . ." ends one.
        return (run.dots >= 4 && upper).then_some(run.end);
    }
    if run.dots >= 4 {
        return matches!(
            nx.class,
            NextClass::Upper | NextClass::Digit | NextClass::Other
        )
        .then_some(run.end);
    }
    // "..." / "…": before a capital it usually ends the sentence; a detached one before
    // "I" is more often a pause.
    (upper && (attached || nx.word != "I")).then_some(run.end)
}

/// Two-letter words that end a clause and are no abbreviation ("the soup was ok.
/// nothing special", "we loved it. everything was fresh"): after one, any lower-case
/// word starts a sentence, as after a longer word.
fn ends_a_clause(w: &str) -> bool {
    matches!(
        w,
        "ok" | "it" | "up" | "me" | "us" | "in" | "on" | "go" | "do"
    )
}

/// "can't", "it's", "we're": a word with a clitic, which no abbreviation looks like
/// ("gov't" and "int'l" do not end in one).
fn is_contraction(w: &str) -> bool {
    let Some(a) = w.find(['\'', '’']) else {
        return false;
    };
    let (stem, clitic) = (&w[..a], &w[a..]);
    let clitic = clitic.trim_start_matches(['\'', '’']);
    stem.len() >= 2
        && stem.bytes().all(|c| c.is_ascii_alphabetic())
        && (matches!(clitic, "s" | "re" | "ll" | "ve" | "m" | "d")
            || (clitic == "t" && stem.ends_with('n')))
}

/// Is the word before byte `s` lower case ("and" in "you and I.")?
pub(crate) fn prev_word_is_lower(k: &Block, s: usize) -> bool {
    let before = k.text[k.cs..s].trim_end();
    let w = before.rsplit(char::is_whitespace).next().unwrap_or("");
    w.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_lowercase)
}

/// Is the word before byte `s` a number ("3" in "3 ft.")?
fn prev_word_is_number(k: &Block, s: usize) -> bool {
    let before = k.text[k.cs..s].trim_end();
    let w = before.rsplit(char::is_whitespace).next().unwrap_or("");
    w.bytes().next().is_some_and(|c| c.is_ascii_digit())
}

/// "Main St." / "5th St.": the word before starts with a capital or a digit.
pub(crate) fn street_context(k: &Block, s: usize) -> bool {
    let before = k.text[k.cs..s].trim_end();
    let w = before.rsplit(char::is_whitespace).next().unwrap_or("");
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A sentence-initial time or place phrase ("At 5 a.m.") is not a sentence by itself.
pub(crate) fn fragment(k: &Block, sent_start: usize, tok_start: usize) -> bool {
    if tok_start <= sent_start {
        return false;
    }
    let s = &k.text[sent_start..tok_start];
    let mut words = s.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let first = first.trim_start_matches(is_opener);
    is_opening_preposition(first) && words.take(3).count() <= 2
}

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
    if e < i + 2 || e >= k.be || b[e] != b' ' {
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
