//! Whether a terminator run ends a sentence, by what comes after it and the word before it.

use crate::address::is_web_address;
use crate::classify::TokClass;
use crate::informal::lone_interjection;
use crate::lexicon::{
    continues_question, continues_time, is_lower_opener, is_measure_unit, is_opening_preposition,
    is_sentence_starter, is_strong_starter, AbbrKind,
};
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
