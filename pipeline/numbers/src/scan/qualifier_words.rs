//! The words of a bound before a number ("at least", "more than ... or equal
//! to", "approx.", "~"), longest first where one is the start of another, with
//! what each does. Kept apart from `bounds`, which reads them.

use super::*;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Whether some qualifier phrase opens with `w`: one set lookup per token instead
/// of a walk over the whole table, since most tokens open none.
pub(super) fn opens_a_qualifier(w: &str) -> bool {
    static FIRST: OnceLock<HashSet<&'static str>> = OnceLock::new();
    FIRST
        .get_or_init(|| QUALS.iter().map(|(words, _)| words[0]).collect())
        .contains(w)
}

/// Qualifier phrases and what they do, matched word by word (lower case).
pub(super) const QUALS: &[(&[&str], Qk)] = {
    use Qualifier::*;
    &[
        (&["at", "least", "or", "equal", "to"], Qk::Q(AtLeast)),
        (&["equal", "to", "or", "more", "than"], Qk::Q(AtLeast)),
        (&["equal", "to", "or", "greater", "than"], Qk::Q(AtLeast)),
        (&["equal", "to", "or", "less", "than"], Qk::Q(UpTo)),
        (&["equal", "to", "or", "fewer", "than"], Qk::Q(UpTo)),
        (&["greater", "than", "or", "equal", "to"], Qk::Q(AtLeast)),
        (&["more", "than", "or", "equal", "to"], Qk::Q(AtLeast)),
        (&["higher", "than", "or", "equal", "to"], Qk::Q(AtLeast)),
        (&["less", "than", "or", "equal", "to"], Qk::Q(UpTo)),
        (&["fewer", "than", "or", "equal", "to"], Qk::Q(UpTo)),
        (&["lower", "than", "or", "equal", "to"], Qk::Q(UpTo)),
        (&["higher", "or", "equal", "than"], Qk::Q(AtLeast)),
        (&["bigger", "or", "equal", "than"], Qk::Q(AtLeast)),
        (&["greater", "or", "equal", "than"], Qk::Q(AtLeast)),
        (&["larger", "or", "equal", "than"], Qk::Q(AtLeast)),
        (&["more", "or", "equal", "than"], Qk::Q(AtLeast)),
        (&["smaller", "or", "equal", "than"], Qk::Q(UpTo)),
        (&["less", "or", "equal", "than"], Qk::Q(UpTo)),
        (&["lower", "or", "equal", "than"], Qk::Q(UpTo)),
        (&["no", "less", "than"], Qk::Q(AtLeast)),
        (&["no", "fewer", "than"], Qk::Q(AtLeast)),
        (&["not", "less", "than"], Qk::Q(AtLeast)),
        (&["not", "fewer", "than"], Qk::Q(AtLeast)),
        (&["no", "more", "than"], Qk::Q(UpTo)),
        (&["not", "more", "than"], Qk::Q(UpTo)),
        (&["no", "greater", "than"], Qk::Q(UpTo)),
        (&["no", "higher", "than"], Qk::Q(UpTo)),
        (&["a", "minimum", "of"], Qk::Q(AtLeast)),
        (&["a", "maximum", "of"], Qk::Q(UpTo)),
        (&["in", "excess", "of"], Qk::Q(MoreThan)),
        (&["as", "many", "as"], Qk::Q(UpTo)),
        (&["as", "much", "as"], Qk::Q(UpTo)),
        (&["as", "high", "as"], Qk::Q(UpTo)),
        // The floor a figure may reach, as "as many as" is its ceiling.
        (&["as", "few", "as"], Qk::Q(AtLeast)),
        (&["as", "little", "as"], Qk::Q(AtLeast)),
        (&["as", "low", "as"], Qk::Q(AtLeast)),
        (&["getting", "on", "for"], Qk::Q(About)),
        (&["at", "least"], Qk::Q(AtLeast)),
        (&["at", "most"], Qk::Q(UpTo)),
        (&["up", "to"], Qk::Q(UpTo)),
        (&["more", "than"], Qk::Q(MoreThan)),
        (&["greater", "than"], Qk::Q(MoreThan)),
        (&["higher", "than"], Qk::Q(MoreThan)),
        (&["larger", "than"], Qk::Q(MoreThan)),
        (&["bigger", "than"], Qk::Q(MoreThan)),
        (&["upwards", "of"], Qk::Q(MoreThan)),
        (&["upward", "of"], Qk::Q(MoreThan)),
        // Idioms of a bound in business and sports copy: "north of $5bn", "just shy
        // of 60%", "just short of 100 runs"; "short of" and "shy of" need their
        // degree word, as "two short of 100" is 98.
        (&["well", "north", "of"], Qk::Q(MoreThan)),
        (&["just", "north", "of"], Qk::Q(MoreThan)),
        (&["north", "of"], Qk::Q(MoreThan)),
        (&["well", "south", "of"], Qk::Q(LessThan)),
        (&["just", "south", "of"], Qk::Q(LessThan)),
        (&["south", "of"], Qk::Q(LessThan)),
        (&["just", "shy", "of"], Qk::Q(LessThan)),
        (&["well", "shy", "of"], Qk::Q(LessThan)),
        (&["just", "short", "of"], Qk::Q(LessThan)),
        (&["well", "short", "of"], Qk::Q(LessThan)),
        // a degree word before the bound belongs to it: "a little over", "slightly
        // more than", "well below"
        (&["a", "little", "more", "than"], Qk::Q(MoreThan)),
        (&["a", "little", "less", "than"], Qk::Q(LessThan)),
        (&["a", "little", "over"], Qk::Q(MoreThan)),
        (&["a", "little", "under"], Qk::Q(LessThan)),
        (&["a", "bit", "over"], Qk::Q(MoreThan)),
        (&["a", "bit", "under"], Qk::Q(LessThan)),
        (&["slightly", "more", "than"], Qk::Q(MoreThan)),
        (&["slightly", "less", "than"], Qk::Q(LessThan)),
        (&["slightly", "fewer", "than"], Qk::Q(LessThan)),
        (&["slightly", "over"], Qk::Q(MoreThan)),
        (&["slightly", "under"], Qk::Q(LessThan)),
        (&["slightly", "above"], Qk::Q(MoreThan)),
        (&["slightly", "below"], Qk::Q(LessThan)),
        (&["just", "over"], Qk::Q(MoreThan)),
        (&["well", "over"], Qk::Q(MoreThan)),
        (&["just", "above"], Qk::Q(MoreThan)),
        (&["well", "above"], Qk::Q(MoreThan)),
        (&["well", "under"], Qk::Q(LessThan)),
        (&["just", "below"], Qk::Q(LessThan)),
        (&["well", "below"], Qk::Q(LessThan)),
        (&["less", "than"], Qk::Q(LessThan)),
        (&["fewer", "than"], Qk::Q(LessThan)),
        (&["lower", "than"], Qk::Q(LessThan)),
        (&["smaller", "than"], Qk::Q(LessThan)),
        (&["just", "under"], Qk::Q(LessThan)),
        (&["an", "estimated"], Qk::Q(About)),
        (&["close", "to"], Qk::Q(About)),
        (&["equal", "to"], Qk::Equal),
        (&["equals", "to"], Qk::Equal),
        (&["equaling", "to"], Qk::Equal),
        (&["equalling", "to"], Qk::Equal),
        (&[">", "="], Qk::Q(AtLeast)),
        (&["<", "="], Qk::Q(UpTo)),
        (&["over"], Qk::Q(MoreThan)),
        (&["above"], Qk::Q(MoreThan)),
        (&["exceeding"], Qk::Q(MoreThan)),
        (&["exceed"], Qk::Q(MoreThan)),
        (&["exceeds"], Qk::Q(MoreThan)),
        (&["exceeded"], Qk::Q(MoreThan)),
        (&["surpass"], Qk::Q(MoreThan)),
        (&["surpassing"], Qk::Q(MoreThan)),
        (&["under"], Qk::Q(LessThan)),
        (&["below"], Qk::Q(LessThan)),
        (&["about"], Qk::Q(About)),
        (&["around"], Qk::Q(About)),
        (&["roughly"], Qk::Q(About)),
        (&["approximately"], Qk::Q(About)),
        // Abbreviations and signs of "about": "approx. 5 km", "c. 1,200 troops",
        // "ca. 300", "~40 people", "≈ 2 m".
        (&["approx", "."], Qk::Q(About)),
        (&["apprx", "."], Qk::Q(About)),
        (&["ca", "."], Qk::Q(About)),
        (&["c", "."], Qk::Q(About)),
        (&["~"], Qk::Q(About)),
        (&["≈"], Qk::Q(About)),
        (&["approx"], Qk::Q(About)),
        (&["nearly"], Qk::Q(About)),
        (&["almost"], Qk::Q(About)),
        (&["some"], Qk::Q(About)),
        (&["estimated"], Qk::Q(About)),
        (&["circa"], Qk::Q(About)),
        (&["equals"], Qk::Equal),
        // "exactly $10": the number is its own bounds, and the word belongs to it.
        (&["exactly"], Qk::Equal),
        (&["precisely"], Qk::Equal),
        (&["≥"], Qk::Q(AtLeast)),
        (&["≤"], Qk::Q(UpTo)),
        (&[">"], Qk::Q(MoreThan)),
        (&["<"], Qk::Q(LessThan)),
        (&["="], Qk::Equal),
        (&["between"], Qk::Between),
        (&["from"], Qk::From),
    ]
};
