//! The fourth part of the checklist: probes written fresh for issue #14's second
//! look (ordinals first, then shapes in the spirit of the held-out corpora that
//! the first three parts did not cover): ordinals with the noun they count and
//! the words that are no ordinal, number words joined by hyphens through "and",
//! proportions with "every", multipliers, news idioms of a bound, and names that
//! hold a number. Same case format as the first half; see `coverage.rs`.

use super::Case;

// One case per line keeps the checklist readable as a table.
#[rustfmt::skip]
pub const PROBES: &[Case] = &[
    // Ordinals in running news text: value and counted noun.
    ("ordinal", "Output shrank in the third quarter of the year.", "third", "k=ordinal v=3 u=quarter"),
    ("ordinal", "The striker netted his 21st goal of the campaign.", "21st", "k=ordinal v=21 u=goal"),
    ("ordinal", "The town marks the one hundredth anniversary of the flood.", "one hundredth", "k=ordinal v=100 u=anniversary"),
    ("ordinal", "It was the club's first ever league title.", "first", "k=ordinal v=1 u=title"),
    ("ordinal", "She became the first ever woman to lead the party.", "first", "k=ordinal v=1 u=woman"),
    ("ordinal", "They lost for the fifth straight game.", "fifth", "k=ordinal v=5 u=game"),
    ("ordinal", "Prices rose for a seventh consecutive month.", "seventh", "k=ordinal v=7 u=month"),
    ("ordinal", "He was sworn in as the forty-sixth president.", "forty-sixth", "k=ordinal v=46 u=president"),
    ("ordinal", "The 250th edition of the race starts on Sunday.", "250th", "k=ordinal v=250 u=edition"),
    ("ordinal", "Her team finished fourteenth in the league.", "fourteenth", "k=ordinal v=14"),
    ("ordinal", "The city celebrates its hundred-and-fiftieth birthday.", "hundred-and-fiftieth", "k=ordinal v=150 u=birthday"),
    ("ordinal", "the two-hundred-and-first day of the siege", "two-hundred-and-first", "k=ordinal v=201 u=day"),
    ("ordinal", "a hundred-and-twentieth-minute penalty", "hundred-and-twentieth-minute", "k=ordinal v=120"),
    ("ordinal", "the thousand-and-first complaint", "thousand-and-first", "k=ordinal v=1001 u=complaint"),
    ("ordinal", "It was only her second visit to the island.", "second", "k=ordinal v=2 u=visit"),
    ("ordinal", "the sixty-fourth minute", "sixty-fourth", "k=ordinal v=64 u=minute"),
    ("ordinal", "the eighty eighth minute", "eighty eighth", "k=ordinal v=88 u=minute"),
    ("ordinal", "a 1,001st night", "1,001st", "k=ordinal v=1001"),
    ("ordinal", "Our 2nd attempt worked", "2nd", "k=ordinal v=2 u=attempt"),
    ("ordinal", "my ninety-ninth try", "ninety-ninth", "k=ordinal v=99 u=try"),
    ("ordinal", "the one-thousandth customer", "one-thousandth", "k=ordinal v=1000 u=customer"),
    ("ordinal", "twelfth", "twelfth", "k=ordinal v=12"),
    ("ordinal", "the seventy-third", "seventy-third", "k=ordinal v=73"),
    // "second" as a unit of time, and other words that are no ordinal.
    ("not_ordinal", "Hang on a second while I check.", "-", ""),
    ("not_ordinal", "The panel will take a second look at the bid.", "-", ""),
    ("not_ordinal", "Every second of the match mattered.", "-", ""),
    ("not_ordinal", "She seconded the proposal.", "-", ""),
    ("not_ordinal", "Firstly, the costs must fall.", "-", ""),
    ("not_ordinal", "He bought a second-hand van.", "-", ""),
    ("not_ordinal", "At first the plan looked sound.", "-", ""),
    ("not_ordinal", "First of all, thank you.", "-", ""),
    ("not_ordinal", "Staff gave first aid at the scene.", "-", ""),
    ("not_ordinal", "a first-class seat", "-", ""),
    // Number words hyphen-joined through "and", or three-part.
    ("hyphen_words", "The hall holds one-hundred-and-twenty guests.", "one-hundred-and-twenty", "v=120 u=guests"),
    ("hyphen_words", "a book of a hundred-and-one recipes", "a hundred-and-one", "v=101 u=recipes"),
    ("hyphen_words", "two-hundred-and-fifty", "two-hundred-and-fifty", "v=250"),
    ("hyphen_words", "They planted three-hundred-twenty trees.", "three-hundred-twenty", "v=320 u=trees"),
    ("hyphen_words", "The ship carried nine hundred-and-six passengers.", "nine hundred-and-six", "v=906 u=passengers"),
    ("hyphen_words", "a thousand-and-one ideas", "a thousand-and-one", "v=1001 u=ideas"),
    ("hyphen_words", "a hundred-and-ten-year-old house", "a hundred-and-ten-year-old", "k=duration v=110 u=years"),
    ("hyphen_words", "between three hundred-four hundred people", "between three hundred-four hundred", "lo=300 hi=400"),
    // Proportions with "every".
    ("ratio", "One in every five adults smokes.", "One in every five", "k=fraction v=0.2 u=adults"),
    ("ratio", "1 in every 4 homes lacks broadband", "1 in every 4", "k=fraction v=0.25 u=homes"),
    ("ratio", "two out of every three voters", "two out of every three", "k=fraction v=0.6666666667 u=voters"),
    ("ratio", "nine out of ten", "nine out of ten", "k=fraction v=0.9"),
    ("ratio", "one in three", "one in three", "k=fraction v=0.3333333333"),
    // Multipliers.
    ("multiplier", "Sales grew tenfold in a decade.", "tenfold", "v=10 u=fold"),
    ("multiplier", "a threefold rise in cases", "threefold", "v=3 u=fold"),
    ("multiplier", "a two-fold increase", "two-fold", "v=2 u=fold"),
    ("multiplier", "costs jumped fourfold", "fourfold", "v=4 u=fold"),
    ("multiplier", "a hundredfold return", "hundredfold", "v=100 u=fold"),
    ("multiplier", "the manifold benefits", "-", ""),
    ("multiplier", "The letter was twice folded.", "-", ""),
    // News idioms of a bound.
    ("bounds", "The deal is worth north of $5bn.", "north of $5bn", "k=money q=more_than lo=5000000000 c=USD"),
    ("bounds", "Turnout was just shy of 60%.", "just shy of 60%", "k=percent q=less_than hi=60"),
    ("bounds", "He finished just short of 100 runs.", "just short of 100", "q=less_than hi=100 u=runs"),
    ("bounds", "Shares traded south of $20.", "south of $20", "k=money q=less_than hi=20"),
    ("bounds", "upward of 3,000 fans", "upward of 3,000", "q=more_than lo=3000 u=fans"),
    ("bounds", "well north of 10,000 people", "well north of 10,000", "q=more_than lo=10000 u=people"),
    ("bounds", "The town lies north of the river.", "-", ""),
    ("bounds", "It fell short of expectations.", "-", ""),
    // Names and codes that hold a number.
    ("names", "England won the Twenty20 final.", "-", ""),
    ("names", "He works at a 7-Eleven store.", "-", ""),
    ("names", "The Apollo 11 crew landed.", "-", ""),
    ("names", "She read Catch-22 again.", "-", ""),
    // Shapes that already pass, kept as guards.
    ("guard", "The fee is a hundred and five dollars.", "a hundred and five dollars", "k=money v=105 c=USD"),
    ("guard", "It lasted an hour and a half.", "an hour and a half", "k=duration v=1.5 u=hours"),
    ("guard", "Pour in half a litre of stock.", "half a litre", "k=measure v=0.5 u=l"),
    ("guard", "She lives five foot from the door", "five foot", "k=measure v=5 u=ft"),
    ("guard", "roughly 40 percent", "roughly 40 percent", "k=percent v=40 q=about"),
    ("guard", "minus 1,500", "minus 1,500", "v=-1500"),
    ("guard", "fifteen hundred", "fifteen hundred", "v=1500"),
    ("guard", "a pair of boots", "a pair of", "v=2 u=boots"),
    ("guard", "nought", "nought", "v=0"),
    ("guard", "thirty-one thousand and four", "thirty-one thousand and four", "v=31004"),
    ("guard", "between ten and twelve kilos", "between ten and twelve kilos", "k=measure lo=10 hi=12 u=kg"),
    ("guard", "seventy-five cents", "seventy-five cents", "k=money v=0.75 c=USD"),
];
