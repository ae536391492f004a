//! Word lists behind the boundary rules. All general English; nothing here comes from
//! a test set.

/// How an abbreviation behaves before the next word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbrKind {
    /// Comes before a name ("Mr.", "Gen.", "Mt."): never ends a sentence before a word.
    Title,
    /// Comes before a number ("No. 5", "Fig. 3", "Rs. 100"); otherwise an ordinary word,
    /// because most of these are also words ("no", "art").
    Numeric,
    /// "St." / "Dr.": a title before a name, but a street ("Main St.") after a
    /// capitalised word, where it may end the sentence.
    Street,
    /// Ends a sentence only when the next word is a typical sentence opener
    /// ("Co. They ..." but "Co. KG", "Inc. said").
    General,
    /// Usually ends its list, so any capitalised word after it starts a sentence.
    Etc,
}

/// Built-in abbreviations (lowercase, no final dot), their kind, and whether they
/// only count when capitalised (because the lowercase form is a common word: "mass", "sun").
pub(crate) const ABBREVIATIONS: &[(&str, AbbrKind, bool)] = {
    use AbbrKind::*;
    &[
        // Titles and ranks.
        ("mr", Title, false),
        ("mrs", Title, false),
        ("ms", Title, true),
        ("mx", Title, true),
        ("messrs", Title, false),
        ("mmes", Title, false),
        ("mme", Title, true),
        ("mlle", Title, true),
        ("prof", Title, false),
        ("gen", Title, true),
        ("gens", Title, true),
        ("lt", Title, true),
        ("col", Title, true),
        ("maj", Title, true),
        ("capt", Title, true),
        ("cmdr", Title, true),
        ("cdr", Title, true),
        ("adm", Title, true),
        ("brig", Title, true),
        ("sgt", Title, true),
        ("cpl", Title, true),
        ("pvt", Title, true),
        ("gov", Title, true),
        ("govs", Title, true),
        ("sen", Title, true),
        ("sens", Title, true),
        ("rep", Title, true),
        ("reps", Title, true),
        ("rev", Title, true),
        ("hon", Title, true),
        ("pres", Title, true),
        ("supt", Title, true),
        ("atty", Title, true),
        ("det", Title, true),
        ("insp", Title, true),
        ("amb", Title, true),
        ("fr", Title, true),
        ("msgr", Title, true),
        ("mt", Title, true),
        ("mts", Title, true),
        ("ft", Title, true),
        ("pt", Title, true),
        ("sta", Title, true),
        // Street-or-title.
        ("st", Street, false),
        ("dr", Street, false),
        // Before numbers.
        ("no", Numeric, false),
        ("nos", Numeric, false),
        ("nr", Numeric, false),
        ("art", Numeric, false),
        ("arts", Numeric, false),
        ("fig", Numeric, false),
        ("figs", Numeric, false),
        ("sec", Numeric, false),
        ("secs", Numeric, false),
        ("sect", Numeric, false),
        ("sects", Numeric, false),
        ("thm", Numeric, false),
        ("fn", Numeric, false),
        ("ll", Numeric, false),
        ("vol", Numeric, false),
        ("vols", Numeric, false),
        ("p", Numeric, false),
        ("pp", Numeric, false),
        ("ch", Numeric, false),
        ("chap", Numeric, false),
        ("para", Numeric, false),
        ("par", Numeric, false),
        ("rs", Numeric, false),
        ("ref", Numeric, false),
        ("eq", Numeric, false),
        ("eqs", Numeric, false),
        ("tab", Numeric, false),
        ("op", Numeric, false),
        ("pg", Numeric, false),
        ("cl", Numeric, false),
        ("rt", Numeric, false),
        ("ex", Numeric, false),
        ("ed", Numeric, false),
        ("ca", Numeric, false),
        // Companies, organisations, places.
        ("inc", General, false),
        ("corp", General, false),
        ("co", General, false),
        ("cos", General, false),
        ("ltd", General, false),
        ("bros", General, false),
        ("plc", General, false),
        ("llc", General, false),
        ("llp", General, false),
        ("assn", General, false),
        ("assoc", General, false),
        ("dept", General, false),
        ("univ", General, false),
        ("inst", General, false),
        ("intl", General, false),
        ("natl", General, false),
        ("govt", General, false),
        ("mfg", General, false),
        ("jr", General, false),
        ("sr", General, false),
        ("esq", General, false),
        ("ave", General, false),
        ("blvd", General, false),
        ("rd", General, false),
        ("hwy", General, false),
        ("pkwy", General, false),
        ("ste", General, false),
        ("apt", General, false),
        ("bldg", General, false),
        ("sq", General, false),
        ("mtn", General, false),
        // Months and days.
        ("jan", General, false),
        ("feb", General, false),
        ("mar", General, true),
        ("apr", General, false),
        ("jun", General, false),
        ("jul", General, false),
        ("aug", General, false),
        ("sep", General, false),
        ("sept", General, false),
        ("oct", General, false),
        ("nov", General, false),
        ("dec", General, false),
        ("mon", General, true),
        ("tue", General, true),
        ("tues", General, true),
        ("wed", General, true),
        ("thu", General, true),
        ("thur", General, true),
        ("thurs", General, true),
        ("fri", General, true),
        // US states in AP style.
        ("ala", General, true),
        ("ariz", General, true),
        ("ark", General, true),
        ("calif", General, true),
        ("colo", General, true),
        ("conn", General, true),
        ("del", General, true),
        ("fla", General, true),
        ("ga", General, true),
        ("ill", General, true),
        ("ind", General, true),
        ("kan", General, true),
        ("kans", General, true),
        ("ky", General, true),
        ("la", General, true),
        ("md", General, true),
        ("mass", General, true),
        ("mich", General, true),
        ("minn", General, true),
        ("miss", General, true),
        ("mo", General, true),
        ("mont", General, true),
        ("neb", General, true),
        ("nev", General, true),
        ("okla", General, true),
        ("ore", General, true),
        ("pa", General, true),
        ("tenn", General, true),
        ("tex", General, true),
        ("va", General, true),
        ("vt", General, true),
        ("wash", General, true),
        ("wis", General, true),
        ("wyo", General, true),
        // Scholarly and general.
        ("vs", General, false),
        ("al", General, false),
        ("approx", General, false),
        ("est", General, false),
        ("cf", Title, false),
        ("viz", Title, false),
        ("e.g", Title, false),
        ("i.e", Title, false),
        ("ibid", General, false),
        ("incl", General, false),
        ("misc", General, false),
        ("min", General, false),
        ("max", General, false),
        ("hr", General, false),
        ("hrs", General, false),
        ("mins", General, false),
        ("btw", General, false),
        ("med", General, false),
        ("abbr", General, false),
        ("dist", General, false),
        ("div", General, false),
        ("eds", General, false),
        ("trans", General, false),
        // Informal and measure abbreviations, mostly before lower-case words.
        ("esp", Title, false),
        ("resp", Title, false),
        ("appt", General, false),
        ("mgmt", General, false),
        ("acct", General, false),
        ("avg", General, false),
        ("asst", General, false),
        ("orig", General, false),
        ("excl", General, false),
        ("cont", General, false),
        ("yr", General, false),
        ("yrs", General, false),
        ("wk", General, false),
        ("wks", General, false),
        ("lb", General, false),
        ("lbs", General, false),
        ("oz", General, false),
        ("tsp", General, false),
        ("tbsp", General, false),
        ("qty", General, false),
        ("pkg", General, false),
        ("tel", Numeric, false),
        ("ext", Numeric, false),
        // German pages quoted in English text.
        ("bzw", Title, false),
        ("usw", General, false),
        ("vgl", Title, false),
        ("ggf", Title, false),
        ("etc", Etc, false),
        // Labels of a note that opens a sentence ("P.S. I forgot the keys").
        ("p.s", Title, false),
        ("p.p.s", Title, false),
        ("n.b", Title, false),
    ]
};

/// Units of time and measure in the abbreviation list, which after a number ("in 3
/// hrs.") end their phrase, so a capitalised word after them starts a sentence.
pub(crate) fn is_measure_unit(w: &str) -> bool {
    matches!(
        w,
        "min"
            | "mins"
            | "hr"
            | "hrs"
            | "yr"
            | "yrs"
            | "wk"
            | "wks"
            | "lb"
            | "lbs"
            | "oz"
            | "tsp"
            | "tbsp"
    )
}

/// Words that typically open an English sentence: pronouns, determiners, conjunctions,
/// question words, common sentence adverbs and prepositions, quantifiers and titles.
/// After an abbreviation that can also end a sentence ("U.S.", "Co.", "Jan."), one of
/// these as the next word means a new sentence; any other capitalised word is more
/// likely part of a name ("U.S. Army", "Co. KG").
pub(crate) fn is_sentence_starter(w: &str) -> bool {
    is_strong_starter(w)
        || matches!(
            w,
            "A" | "An"
                | "Former"
                | "My"
                | "Your"
                | "Yes"
                | "Or"
                | "So"
                | "Yet"
                | "Then"
                | "Now"
                | "Still"
                | "Also"
                | "Thus"
                | "Hence"
                | "Instead"
                | "Indeed"
                | "Meanwhile"
                | "Moreover"
                | "Furthermore"
                | "Nevertheless"
                | "Nonetheless"
                | "Otherwise"
                | "Finally"
                | "First"
                | "Second"
                | "Later"
                | "Earlier"
                | "Today"
                | "Yesterday"
                | "Tomorrow"
                | "When"
                | "Where"
                | "What"
                | "Why"
                | "How"
                | "Who"
                | "Whom"
                | "Whose"
                | "Which"
                | "While"
                | "Whether"
                | "If"
                | "Although"
                | "Though"
                | "Because"
                | "Since"
                | "As"
                | "After"
                | "Before"
                | "Until"
                | "Unless"
                | "Once"
                | "In"
                | "On"
                | "At"
                | "For"
                | "By"
                | "With"
                | "Without"
                | "From"
                | "Of"
                | "To"
                | "During"
                | "Despite"
                | "Under"
                | "Over"
                | "Among"
                | "According"
                | "Many"
                | "Most"
                | "Much"
                | "Some"
                | "Several"
                | "All"
                | "Both"
                | "Each"
                | "Every"
                | "Few"
                | "More"
                | "Less"
                | "Other"
                | "Others"
                | "Another"
                | "Such"
                | "Not"
                | "No"
                | "None"
                | "Only"
                | "Even"
                | "Just"
                | "Here"
                | "Millions"
                | "Thousands"
                | "Hundreds"
                | "Dozens"
                | "Billions"
                | "Tens"
                | "Being"
                | "Is"
                | "Are"
                | "Was"
                | "Were"
                | "Do"
                | "Does"
                | "Did"
                | "Has"
                | "Have"
                | "Had"
                | "Can"
                | "Could"
                | "Will"
                | "Would"
                | "Should"
                | "Shall"
                | "Must"
                | "Let"
                | "Please"
                | "Mr"
                | "Mrs"
                | "Ms"
                | "Dr"
                | "Prof"
        )
}

/// The few openers that are very unlikely right after an initial or inside a name
/// ("Albert I. Jones", "Group C. The ..."), so even an initial yields to them.
pub(crate) fn is_strong_starter(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "He"
            | "She"
            | "It"
            | "It's"
            | "They"
            | "We"
            | "I"
            | "You"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "Our"
            | "But"
            | "And"
            | "However"
    )
}

/// Lower-case words that open a sentence in informal text ("great food. we'll be back",
/// "any ideas? i tried ...", a review's "Great service! would go again"), where capitals are often skipped. After `?` or `!` only
/// first and second person: "What now? he asked", "but, alas! the door was shut" are
/// one sentence.
pub(crate) fn is_lower_opener(w: &str, after_question: bool) -> bool {
    let w = w.trim_end_matches(['\'', '’']);
    let apos = w.find(['\'', '’']);
    let base = apos.map_or(w, |a| &w[..a]);
    if apos.is_some() {
        // "i'm", "we've", "it’s", "you'll" are openers when their base is.
        return matches!(base, "i" | "we" | "you")
            || (!after_question
                && matches!(
                    base,
                    "it" | "they" | "he" | "she" | "there" | "that" | "here" | "let" | "don"
                ));
    }
    // First and second person, and the web's own openers.
    matches!(
        w,
        "i" | "im" | "ive" | "we" | "you" | "thanks" | "please" | "lol"
    ) || (!after_question
        && matches!(
            w,
            "he" | "she"
                | "they"
                | "it"
                | "this"
                | "there"
                | "the"
                | "my"
                | "our"
                | "but"
                | "so"
                | "if"
                | "what"
                | "how"
                | "anyway"
                | "also"
                | "hope"
                | "here"
                | "that"
                | "thats"
                | "its"
                | "not"
                | "no"
                | "yes"
                | "ok"
                | "okay"
                | "never"
                | "just"
                | "maybe"
                | "still"
                | "very"
                | "really"
                | "definitely"
                | "let"
                | "lets"
                | "dont"
                | "would"
                | "will"
                | "highly"
                | "nothing"
                | "everything"
                | "everyone"
                | "always"
                | "love"
                | "loved"
        ))
}

/// Lower-case words that go on with a question rather than start a sentence: the
/// speaker of an inverted attribution ("Why? he asked", "What now? wondered Ann"),
/// and "or" and "and" ("tea? or coffee?"). A past tense ends in "-ed", but not in
/// "-eed" unless its stem does ("need", "speed" are no past tenses; "agreed" is).
pub(crate) fn continues_question(w: &str) -> bool {
    let past = w.len() > 3
        && w.ends_with("ed")
        && (!w.ends_with("eed") || matches!(w, "agreed" | "freed" | "decreed" | "guaranteed"));
    past || matches!(
        w,
        "he" | "she"
            | "they"
            | "one"
            | "someone"
            | "somebody"
            | "said"
            | "says"
            | "asks"
            | "cried"
            | "thought"
            | "wrote"
            | "writes"
            | "came"
            | "went"
            | "or"
            | "and"
    )
}

/// Words after which a capitalised word may be a title, a name or quoted words rather
/// than a new sentence ("a song called This Is It", "the sign said Please wait", "of
/// Hope, Indiana", "his hit When a Man Loves a Woman"): naming and saying words,
/// articles and prepositions.
pub(crate) fn introduces_name(w: &str) -> bool {
    is_preposition(w) || NAMING_WORDS.contains(&w)
}

/// Articles and prepositions, before names and titles ("in The Hague").
pub(crate) fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "the"
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
            | "near"
            | "into"
    )
}

const NAMING_WORDS: &[&str] = &[
    "called",
    "named",
    "titled",
    "entitled",
    "dubbed",
    "read",
    "reads",
    "said",
    "says",
    "wrote",
    "writes",
    "asked",
    "replied",
    "answered",
    "see",
    "word",
    "words",
    "phrase",
    "label",
    "sign",
    "headline",
    "film",
    "song",
    "album",
    "book",
    "novel",
    "show",
    "series",
    "play",
    "magazine",
    "newspaper",
    "hit",
    "hits",
    "single",
    "title",
    "name",
    "names",
    "slogan",
    "motto",
    "banner",
    "hashtag",
    "include",
    "includes",
    "including",
    "starring",
    "comedy",
    "drama",
    "game",
];

/// Modals, "did"/"does" and the forms of "have" that carry a verb after them, and any
/// negated auxiliary ("don't", "wasn't").
pub(crate) fn is_auxiliary(w: &str) -> bool {
    w.ends_with("n't")
        || matches!(
            w,
            "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "might"
                | "must"
                | "did"
                | "does"
                | "have"
                | "has"
                | "had"
        )
}

/// Adverbs of time that close a clause before a new subject ("got it yesterday it",
/// "works again I").
pub(crate) fn is_time_adverb(w: &str) -> bool {
    matches!(
        w,
        "yesterday"
            | "today"
            | "tonight"
            | "tomorrow"
            | "again"
            | "anymore"
            | "lately"
            | "recently"
            | "ago"
    )
}

/// Words that continue a clock time ("9 a.m. Monday", "5 p.m. ET").
pub(crate) fn continues_time(w: &str) -> bool {
    let upper_abbrev = (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    upper_abbrev
        || crate::informal::is_day_or_month(w)
        || matches!(
            w,
            "May"
                | "Jan"
                | "Feb"
                | "Mar"
                | "Apr"
                | "Jun"
                | "Jul"
                | "Aug"
                | "Sep"
                | "Sept"
                | "Oct"
                | "Nov"
                | "Dec"
                | "Eastern"
                | "Central"
                | "Mountain"
                | "Pacific"
                | "Atlantic"
                | "Local"
                | "Greenwich"
                | "Universal"
                | "British"
                | "Moscow"
                | "Beijing"
                | "Tokyo"
                | "Today"
                | "Tonight"
                | "Tomorrow"
                | "Yesterday"
        )
}

/// Prepositions that open a sentence-initial time or place phrase ("At 5 a.m.",
/// "By Jan."), which is not a sentence on its own.
pub(crate) fn is_opening_preposition(w: &str) -> bool {
    matches!(
        w,
        "At" | "By"
            | "On"
            | "In"
            | "Before"
            | "After"
            | "Until"
            | "Till"
            | "Since"
            | "From"
            | "Around"
            | "About"
            | "Near"
            | "Shortly"
            | "Just"
            | "Starting"
            | "Beginning"
            | "Early"
            | "Late"
            | "As"
    )
}
