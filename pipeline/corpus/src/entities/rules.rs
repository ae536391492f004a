//! The cross-article rules that join entity nodes: a name with a middle name or initial,
//! a short given name, a lone surname, an acronym, the plural of a people. Each says when it refuses.

use super::*;
use crate::context::SHARED_CONTEXT;
use crate::speakers::HONORIFICS;
use rustc_hash::FxHashSet;

/// Whether `members` are one entity already, each node joined to the first: the one name a
/// rule may join to. False for none.
fn one_entity(sets: &mut UnionFind<usize>, members: &[usize]) -> bool {
    let Some((&first, rest)) = members.split_first() else {
        return false;
    };
    let root = sets.find(first);
    rest.iter().all(|&m| sets.find(m) == root)
}

/// Rule: "George Bush" joins "George W. Bush", and "George W. Bush" joins "George Walker
/// Bush", when the shorter name extends into exactly one longer name with the same first and
/// last word: no middle words at all, or as many with each an initial of the other's word.
/// "George H. W. Bush" and "George W. Bush" both extend "George Bush", so that one stays
/// apart; and neither extends the other.
pub(super) fn merge_middle_names(nodes: &[Node], sets: &mut UnionFind<usize>) {
    let mut by_ends: FxHashMap<(&str, &str), Vec<usize>> = FxHashMap::default();
    for (i, n) in nodes.iter().enumerate() {
        if n.person && n.tokens.len() >= 2 {
            by_ends
                .entry((&n.tokens[0], n.tokens.last().unwrap()))
                .or_default()
                .push(i);
        }
    }
    let mut groups: Vec<&Vec<usize>> = by_ends.values().filter(|g| g.len() > 1).collect();
    groups.sort();
    let middle = |i: usize| &nodes[i].tokens[1..nodes[i].tokens.len() - 1];
    for group in groups {
        for &a in group {
            let longer: Vec<usize> = group
                .iter()
                .copied()
                .filter(|&b| b != a && middle_words_extend(middle(a), middle(b)))
                .collect();
            if let [b] = longer[..] {
                sets.union(a, b);
            }
        }
    }
}

/// Whether middle words `short` extend into `long`: none against some, or word for word
/// with at least one initial spelled out ("W." → "Walker").
fn middle_words_extend(short: &[String], long: &[String]) -> bool {
    if short.is_empty() {
        return !long.is_empty();
    }
    short.len() == long.len()
        && short
            .iter()
            .zip(long)
            .all(|(s, l)| s == l || (s.len() == 1 && l.len() > 1 && l.starts_with(s.as_str())))
        && short.iter().zip(long).any(|(s, l)| s != l)
}

/// Rule: a lone surname left unresolved in its article ("Zelensky") joins the full name of
/// the corpus that ends with it, when there is exactly one such person and their articles
/// name the same people or organisations (`SHARED_CONTEXT`): a "Griffin" of a team sheet
/// is not the party leader "Nick Griffin". Two Smiths keep a lone "Smith" apart from both.
/// A lone word that also opens a full name of the corpus may be a given name ("David" of
/// "David Beckham" beside "Craig David", "Richard" beside "Cliff Richard"), and a form of
/// address alone ("Dame") names nobody: neither joins. Nor does a lone word join a "name"
/// with words no person's name holds (`TITLE_WORDS`: "God" stays apart from the film "Oh My
/// God"). A name written family name first
/// (`family_name_first`: "Yoon Suk-yeol") is ended, for this rule, by its first word.
pub(super) fn merge_lone_surnames(
    nodes: &[Node],
    context: &Cooccurrence,
    sets: &mut UnionFind<usize>,
) {
    let mut full_by_last: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    let mut opening: FxHashSet<&str> = FxHashSet::default();
    for (i, n) in nodes.iter().enumerate() {
        if !(n.person && n.tokens.len() >= 2) || holds_title_word(&n.tokens) {
            continue;
        }
        if n.surfaces.top().is_some_and(family_name_first) {
            // "Yoon Suk-yeol": the lone word is "Yoon".
            full_by_last.entry(&n.tokens[0]).or_default().push(i);
        } else {
            full_by_last
                .entry(n.tokens.last().unwrap())
                .or_default()
                .push(i);
            opening.insert(&n.tokens[0]);
        }
    }
    for (i, n) in nodes.iter().enumerate() {
        if !(n.person && n.tokens.len() == 1) {
            continue;
        }
        let word = n.tokens[0].as_str();
        if HONORIFICS.contains(&word) || opening.contains(word) {
            continue;
        }
        let Some(full) = full_by_last.get(word) else {
            continue;
        };
        let f = full[0];
        if one_entity(sets, full)
            && context.shared((i, &n.documents), (f, &nodes[f].documents)) >= SHARED_CONTEXT
        {
            sets.union(i, f);
        }
    }
}

/// Letters a short given name keeps at least: "Rob", "Tim", "Sam"; "Al" or "Ed" could open
/// too many names.
const SHORT_GIVEN_NAME: usize = 3;

/// Rule: a person written with a short form of the given name ("Rafa Benitez", "Steve
/// Gerrard", "Vince Cable") joins the one person of the corpus written with the same other
/// words and a longer given name that the short one opens ("Rafael Benitez", "Steven
/// Gerrard", "Vincent Cable"), when their articles keep the same company
/// (`SHARED_CONTEXT`): two people may share a surname and a prefix of a given name. Short
/// forms that are not the opening letters ("Mike" for "Michael", "Bill" for "William") are
/// left alone, and a short form that opens two longer names ("Jon" for "Jonathan" and
/// "Jonas") joins neither.
pub(super) fn merge_short_given_names(
    nodes: &[Node],
    context: &Cooccurrence,
    sets: &mut UnionFind<usize>,
) {
    let mut by_rest: FxHashMap<&[String], Vec<usize>> = FxHashMap::default();
    for (i, n) in nodes.iter().enumerate() {
        if n.person && n.tokens.len() >= 2 {
            by_rest.entry(&n.tokens[1..]).or_default().push(i);
        }
    }
    let mut groups: Vec<&Vec<usize>> = by_rest.values().filter(|g| g.len() > 1).collect();
    groups.sort();
    for group in groups {
        for &a in group {
            let short = nodes[a].tokens[0].as_str();
            // A form of address ("Lord Bingham") is no given name.
            if short.len() < SHORT_GIVEN_NAME
                || !short.bytes().all(|b| b.is_ascii_alphabetic())
                || HONORIFICS.contains(&short)
            {
                continue;
            }
            let longer: Vec<usize> = group
                .iter()
                .copied()
                .filter(|&b| {
                    let given = nodes[b].tokens[0].as_str();
                    given.len() > short.len() && given.starts_with(short)
                })
                .collect();
            if let (Some(b), true) = (longer.first(), one_entity(sets, &longer)) {
                if context.shared((a, &nodes[a].documents), (*b, &nodes[*b].documents))
                    >= SHARED_CONTEXT
                {
                    sets.union(a, *b);
                }
            }
        }
    }
}

/// Words of a sentence that no person's name holds: a "name" with one is the title of a work
/// the model took for a person ("Oh My God", "Maria Full of Grace", "Addicted To Love"), and
/// its last word is a common word ("God", "Grace", "Love"), no surname.
const TITLE_WORDS: &[&str] = &[
    "my", "your", "his", "her", "our", "their", "to", "on", "and", "of", "oh", "with", "for", "is",
    "are", "in", "at",
];

/// Whether a name's folded tokens hold one of `TITLE_WORDS`.
pub(super) fn holds_title_word(tokens: &[String]) -> bool {
    tokens.iter().any(|t| TITLE_WORDS.contains(&t.as_str()))
}

/// Whether a person's name is written family name first, as Korean names are in English
/// ("Yoon Suk-yeol", "Kim Jong-un", "Ban Ki-moon"): two words, the second a given name of two
/// short syllables joined by a hyphen, the second syllable in lower case. "Kilroy-Silk" and
/// "Jean-Luc" are not of that shape; names without the hyphen ("Xi Jinping") cannot be told
/// from others and are read given name first.
pub(super) fn family_name_first(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let (Some(_family), Some(given), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let Some((first, second)) = given.split_once('-') else {
        return false;
    };
    let syllable =
        |s: &str| (1..=5).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic());
    syllable(first)
        && syllable(second)
        && first.starts_with(|c: char| c.is_ascii_uppercase())
        && second.bytes().all(|b| b.is_ascii_lowercase())
}

/// Rule: an acronym written in capitals ("UN", "U.S.") joins the one multi-word
/// organisation, place or other name of the corpus whose initials it spells ("United
/// Nations", "United States"). With several such names it joins the one articles wrote it
/// for (the name, then the acronym) at least twice and twice as often as for any other,
/// where its articles keep that name's company (`SHARED_CONTEXT`); else it stays apart
/// ("PC" from the one "Print Culture (PC)", "NEC" the electronics firm from "National
/// Executive Committee").
pub(super) fn merge_acronyms(nodes: &[Node], context: &Cooccurrence, sets: &mut UnionFind<usize>) {
    let mut by_initials: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, n) in nodes.iter().enumerate() {
        if !n.person && n.tokens.len() >= 2 {
            if let Some(ini) = initials(&n.tokens) {
                by_initials.entry(ini).or_default().push(i);
            }
        }
    }
    for (i, n) in nodes.iter().enumerate() {
        if n.person || n.tokens.len() != 1 || n.acronym_surfaces * 2 <= n.mentions {
            continue;
        }
        let Some(expansions) = by_initials.get(n.tokens[0].as_str()) else {
            continue;
        };
        if one_entity(sets, expansions) {
            sets.union(i, expansions[0]);
            continue;
        }
        // Several names spell it ("United States", "US Senate", "Universal Studio"): it
        // joins the one articles wrote it for most, far ahead of the next, whose company
        // it keeps.
        let acronym = n.tokens[0].as_str();
        let mut written_for: Vec<(usize, u64)> = Vec::new();
        for &f in expansions {
            let times: u64 = nodes[f]
                .surfaces
                .iter()
                .filter(|(form, _)| {
                    is_acronym(form) && shared_name_tokens(form).iter().eq([acronym])
                })
                .map(|(_, &c)| c)
                .sum();
            let root = sets.find(f);
            match written_for.iter_mut().find(|(g, _)| sets.find(*g) == root) {
                Some((_, t)) => *t += times,
                None if times > 0 => written_for.push((f, times)),
                None => {}
            }
        }
        // Ties stay in node order: the same choice whatever the hash order.
        written_for.sort_by_key(|w| std::cmp::Reverse(w.1));
        let next = written_for.get(1).map_or(0, |w| w.1);
        if let Some(&(best, times)) = written_for.first() {
            if times >= 2 * next.max(1)
                && context.shared((i, &n.documents), (best, &nodes[best].documents))
                    >= SHARED_CONTEXT
            {
                sets.union(i, best);
            }
        }
    }
}

/// How English words for a member of a people, party or movement end: "-an" (American,
/// Republican), "-i" (Iraqi), "-crat" (Democrat), "-ist" (Socialist, Unionist). Words for
/// people by nation alone (speakers' `PEOPLE_ENDINGS`) end in more ways, but their plurals
/// are rarer in English ("Japanese", "Irish") and "-ard", "-on" would join "Awards" and
/// "Marathons" to their singulars here.
const MEMBER_ENDINGS: &[&str] = &["an", "i", "crat", "ist"];

/// Rule: the plural of a word for a people or group ("Americans", "Iraqis", "South
/// Koreans", "Republicans", "Liberal Democrats", "Socialists") joins its singular
/// ("American", "Iraqi", ...) when both are mostly tagged MISC and the singular ends as such
/// words do in English (`MEMBER_ENDINGS`). Plurals of other names stay apart from their
/// singulars ("Games" and "Game", "Stars" and "Star", "Oscars" and "Oscar"): their ending
/// says nothing of a people.
pub(super) fn merge_plural_peoples(
    nodes: &[Node],
    others: &FxHashMap<String, usize>,
    sets: &mut UnionFind<usize>,
) {
    let mostly_misc = |n: &Node| {
        let misc = n.labels[Label::Misc.index()];
        misc * 2 > n.labels.iter().sum::<u64>()
    };
    for (key, &i) in others {
        let Some(singular) = key.strip_suffix('s') else {
            continue;
        };
        let last = singular.rsplit(' ').next().unwrap_or(singular);
        if last.len() < 4 || !MEMBER_ENDINGS.iter().any(|e| last.ends_with(e)) {
            continue;
        }
        if let Some(&j) = others.get(singular) {
            if mostly_misc(&nodes[i]) && mostly_misc(&nodes[j]) {
                sets.union(i, j);
            }
        }
    }
}
