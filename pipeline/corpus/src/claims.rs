//! Numeric claims side by side. A number that counts something ("3,000 troops", "$400
//! million") becomes a claim keyed by what it counts (the counted noun lemmatised, with a few
//! synonyms: troops and soldiers are one thing) and by its value or range. The qualifier
//! stays with each member ("at least", "around"): the same value qualified differently is
//! still the same claim. One amount of one thing is one claim where its numbers share a story
//! or a speaker; in unrelated stories it is a coincidence, and each story's numbers make
//! their own claim. Claims about the same counted thing with other values, in the same
//! story, are listed as its conflicts (a bare sum or measure has none: a story holds many).

use crate::counts::{ranked_id, DocList};
use petgraph::unionfind::UnionFind;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

/// Groups of nouns that count the same thing in news; the first is the name used.
const SYNONYMS: &[&[&str]] = &[
    &[
        "soldier",
        "troop",
        "serviceman",
        "servicemen",
        "servicewoman",
        "fighter",
    ],
    &["person", "people", "individual"],
    &["child", "kid"],
    &["death", "fatality"],
    &["job", "post"],
];

/// Plurals that no suffix rule undoes.
const IRREGULAR: &[(&str, &str)] = &[
    ("people", "people"),
    ("children", "child"),
    ("men", "man"),
    ("women", "woman"),
    ("servicemen", "serviceman"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("mice", "mouse"),
    ("geese", "goose"),
    ("lives", "life"),
    ("wives", "wife"),
    ("knives", "knife"),
    ("data", "data"),
    ("series", "series"),
    ("species", "species"),
    ("news", "news"),
];

/// Number kinds that make claims; ordinals, years and durations do not count things.
const CLAIM_KINDS: &[&str] = &["cardinal", "money", "percent", "range", "measure", "vague"];

/// The minor units a sum may be written in ("70p", "50 cents"), which the numbers stage keeps
/// as the money mention's unit.
const MINOR_UNITS: &[&str] = &[
    "p", "pence", "penny", "pennies", "c", "cent", "cents", "¢", "paise", "paisa", "kopeck",
    "kopecks", "kopek", "kopeks",
];

/// The singular of an English noun, by the regular rules and a short list of exceptions.
pub fn singular(noun: &str) -> String {
    let noun = noun.to_lowercase();
    if let Some((_, s)) = IRREGULAR.iter().find(|(p, _)| *p == noun) {
        return s.to_string();
    }
    let n = noun.len();
    if n > 4 && noun.ends_with("ies") {
        return format!("{}y", &noun[..n - 3]);
    }
    for suffix in ["sses", "shes", "ches", "xes", "zes"] {
        if noun.ends_with(suffix) {
            return noun[..n - 2].to_string();
        }
    }
    if n > 3
        && noun.ends_with('s')
        && !noun.ends_with("ss")
        && !noun.ends_with("us")
        && !noun.ends_with("is")
    {
        return noun[..n - 1].to_string();
    }
    noun
}

/// What a counted noun counts: its singular, or its synonym group's name.
pub fn counted_thing(noun: &str) -> String {
    let words: Vec<&str> = noun.split_whitespace().collect();
    let Some(last) = words.last() else {
        return String::new();
    };
    let head = singular(last);
    let head = SYNONYMS
        .iter()
        .find(|g| g.contains(&head.as_str()))
        .map(|g| g[0].to_string())
        .unwrap_or(head);
    let mut out: Vec<String> = words[..words.len() - 1]
        .iter()
        .map(|w| w.to_lowercase())
        .collect();
    out.push(head);
    out.join(" ")
}

/// One number of one article that makes a claim.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ClaimItem {
    pub doc: u32,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub qualifier: Option<String>,
    pub unit: String,
    pub currency: Option<String>,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// The speaker node of the quotation the number sits in.
    pub speaker_node: Option<u32>,
    /// Whether it counts a named thing (troops, a price per barrel), so that another value
    /// for the same thing in the same story disagrees with it; a bare sum or measure ("$3bn",
    /// "40GB") is one amount among the story's many.
    pub counts_thing: bool,
}

impl ClaimItem {
    /// The claim a number makes, if it counts something: a counted noun, or a currency.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        doc: u32,
        (start, end, text): (usize, usize, &str),
        kind: &str,
        (value, low, high): (Option<f64>, Option<f64>, Option<f64>),
        qualifier: Option<&str>,
        unit: Option<&str>,
        currency: Option<&str>,
    ) -> Option<ClaimItem> {
        if !CLAIM_KINDS.contains(&kind) || (value.is_none() && low.is_none() && high.is_none()) {
            return None;
        }
        let thing = match kind {
            // A measure's unit is a symbol, case and all: "Gb" (gigabits) is not "GB"
            // (gigabytes), and "Mbit/s" has no plural to strip.
            "measure" => unit.map(str::to_string),
            // A sum's value is in the major unit already: "70p" and "£0.70" claim the same.
            "money" => unit
                .filter(|u| !MINOR_UNITS.contains(&u.to_lowercase().as_str()))
                .map(counted_thing),
            _ => unit.map(counted_thing),
        }
        .filter(|u| !u.is_empty());
        let counts_thing = thing.is_some() && kind != "measure";
        let unit = match (currency, thing, kind) {
            (Some(c), Some(t), _) => format!("{c} {t}"),
            (Some(c), None, _) => c.to_string(),
            (None, Some(t), "percent") => format!("% {t}"),
            (None, Some(t), _) => t,
            (None, None, _) => return None,
        };
        Some(ClaimItem {
            doc,
            start,
            end,
            text: text.to_string(),
            qualifier: qualifier.map(str::to_string),
            unit,
            currency: currency.map(str::to_string),
            value,
            low,
            high,
            speaker_node: None,
            counts_thing,
        })
    }

    /// A rate's claim is about the thing per its denominator: "$50 a barrel" claims
    /// "USD per bbl", never "USD", so a price is not set beside a total.
    pub fn per(mut self, per: Option<&str>) -> ClaimItem {
        if let Some(per) = per.filter(|p| !p.is_empty()) {
            self.unit = format!("{} per {per}", self.unit);
            self.counts_thing = true;
        }
        self
    }

    /// What the claim is about and the amount: the value where there is one ("at least
    /// 3,000" and "around 3,000" claim 3,000), else the bounds.
    fn key(&self) -> (&str, [u64; 3]) {
        let bits = |v: Option<f64>| v.map_or(u64::MAX, f64::to_bits);
        let amount = match self.value {
            Some(v) => [v.to_bits(), u64::MAX, u64::MAX],
            None => [u64::MAX, bits(self.low), bits(self.high)],
        };
        (&self.unit, amount)
    }
}

/// One number inside a claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimMember {
    /// Document id.
    pub doc: String,
    /// Code-point offset of the number in the document's text.
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
    /// The number as written: `text[start:end]`.
    pub text: String,
    /// How the number is bounded here ("at_least", "about"), if at all.
    pub qualifier: Option<String>,
    /// The canonical speaker when the number sits inside a quotation or reported clause.
    pub speaker: Option<String>,
}

/// A numeric claim of the corpus view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimRow {
    /// `C` and the rank: claims about the most reported things first.
    pub id: String,
    /// What is counted: a singular noun, a currency code, or both.
    pub unit: String,
    /// The value, when the number has one.
    pub value: Option<f64>,
    /// Lower bound of a range or vague amount.
    pub low: Option<f64>,
    /// Upper bound of a range.
    pub high: Option<f64>,
    /// ISO currency code for money.
    pub currency: Option<String>,
    /// Every number making the claim, in input order.
    pub members: Vec<ClaimMember>,
    /// Documents that make it, in input order.
    pub documents: Vec<String>,
    /// Canonical speakers who make it, in order of first appearance.
    pub speakers: Vec<String>,
    /// Claims about the same thing with other values, in the same stories.
    pub conflicts: Vec<String>,
}

/// Claims gathered as documents stream by.
#[derive(Debug, Default)]
pub(crate) struct ClaimStore {
    pub items: Vec<ClaimItem>,
}

impl ClaimStore {
    /// Groups numbers into claims. `speakers`: each speaker node's index into the names
    /// quotations and claims give, those names, and each node's speaker row; `story` gives
    /// each document's story.
    pub fn group(
        self,
        (speaker_row, speaker_names, node_row): (&[usize], &[String], &[usize]),
        doc_ids: &[String],
        story: &[u32],
    ) -> Vec<ClaimRow> {
        let mut index: FxHashMap<(&str, [u64; 3]), usize> = FxHashMap::default();
        let group_of: Vec<usize> = self
            .items
            .iter()
            .map(|item| {
                let next = index.len();
                *index.entry(item.key()).or_insert(next)
            })
            .collect();
        let mut groups: Vec<Vec<ClaimItem>> = vec![Vec::new(); index.len()];
        drop(index);
        for (item, g) in self.items.into_iter().zip(group_of) {
            groups[g].push(item);
        }
        let groups: Vec<Vec<ClaimItem>> = groups
            .into_iter()
            .flat_map(|g| split_unrelated(g, story, node_row))
            .collect();
        let mut unit_members: FxHashMap<&str, usize> = FxHashMap::default();
        for g in &groups {
            *unit_members.entry(g[0].unit.as_str()).or_default() += g.len();
        }
        let mut order: Vec<usize> = (0..groups.len()).collect();
        let value_of =
            |g: &Vec<ClaimItem>| g[0].value.or(g[0].low).or(g[0].high).unwrap_or(f64::NAN);
        order.sort_by(|&a, &b| {
            let (ga, gb) = (&groups[a], &groups[b]);
            unit_members[gb[0].unit.as_str()]
                .cmp(&unit_members[ga[0].unit.as_str()])
                .then_with(|| ga[0].unit.cmp(&gb[0].unit))
                .then(gb.len().cmp(&ga.len()))
                .then(value_of(ga).total_cmp(&value_of(gb)))
                .then(a.cmp(&b))
        });
        let mut rank = vec![0; groups.len()];
        for (r, &g) in order.iter().enumerate() {
            rank[g] = r;
        }
        // Stories each claim appears in, to find conflicts within a story.
        let mut by_unit_story: FxHashMap<(&str, u32), Vec<usize>> = FxHashMap::default();
        for &g in order.iter().filter(|&&g| groups[g][0].counts_thing) {
            let mut stories: Vec<u32> = groups[g].iter().map(|i| story[i.doc as usize]).collect();
            stories.sort_unstable();
            stories.dedup();
            for s in stories {
                by_unit_story
                    .entry((groups[g][0].unit.as_str(), s))
                    .or_default()
                    .push(g);
            }
        }
        let rows: Vec<ClaimRow> = order
            .par_iter()
            .map(|&g| {
                let items = &groups[g];
                let mut documents = DocList::default();
                let mut speakers: Vec<String> = Vec::new();
                let members = items
                    .iter()
                    .map(|i| {
                        documents.push(i.doc);
                        let speaker = i
                            .speaker_node
                            .map(|n| speaker_names[speaker_row[n as usize]].clone());
                        if let Some(s) = &speaker {
                            if !speakers.contains(s) {
                                speakers.push(s.clone());
                            }
                        }
                        ClaimMember {
                            doc: doc_ids[i.doc as usize].clone(),
                            start: i.start,
                            end: i.end,
                            text: i.text.clone(),
                            qualifier: i.qualifier.clone(),
                            speaker,
                        }
                    })
                    .collect();
                let mut conflicts: Vec<usize> = Vec::new();
                let mut stories: Vec<u32> = items.iter().map(|i| story[i.doc as usize]).collect();
                stories.sort_unstable();
                stories.dedup();
                let story_claims = |s: u32| by_unit_story.get(&(items[0].unit.as_str(), s));
                for s in stories {
                    for &other in story_claims(s).into_iter().flatten() {
                        if other != g && !conflicts.contains(&rank[other]) {
                            conflicts.push(rank[other]);
                        }
                    }
                }
                conflicts.sort_unstable();
                let first = &items[0];
                ClaimRow {
                    id: ranked_id(b'C', rank[g]),
                    unit: first.unit.clone(),
                    value: first.value,
                    low: first.low,
                    high: first.high,
                    currency: first.currency.clone(),
                    members,
                    documents: documents.ids(doc_ids),
                    speakers,
                    conflicts: conflicts.into_iter().map(|r| ranked_id(b'C', r)).collect(),
                }
            })
            .collect();
        rows
    }
}

/// Splits the numbers of one amount of one thing into claims: numbers of one story, or
/// said by one speaker (`node_row`: a speaker node's row, so two articles' "analysts" are
/// two speakers here), make one claim; the same "$1.8bn" or "two games" in unrelated
/// stories is a coincidence, not a claim repeated. Claims keep the order of their first
/// number.
fn split_unrelated(
    items: Vec<ClaimItem>,
    story: &[u32],
    node_row: &[usize],
) -> Vec<Vec<ClaimItem>> {
    if items.len() < 2 {
        return vec![items];
    }
    let mut sets = UnionFind::<usize>::new(items.len());
    let mut first_in_story: FxHashMap<u32, usize> = FxHashMap::default();
    let mut first_by_speaker: FxHashMap<usize, usize> = FxHashMap::default();
    for (i, item) in items.iter().enumerate() {
        let first = *first_in_story.entry(story[item.doc as usize]).or_insert(i);
        sets.union(first, i);
        if let Some(node) = item.speaker_node {
            let first = *first_by_speaker.entry(node_row[node as usize]).or_insert(i);
            sets.union(first, i);
        }
    }
    let mut claim_of_root: FxHashMap<usize, usize> = FxHashMap::default();
    let mut claims: Vec<Vec<ClaimItem>> = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let claim = *claim_of_root.entry(sets.find(i)).or_insert_with(|| {
            claims.push(Vec::new());
            claims.len() - 1
        });
        claims[claim].push(item);
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_amount_in_unrelated_stories_is_two_claims_unless_one_speaker_makes_both() {
        let sum = |doc: u32, speaker: Option<u32>| ClaimItem {
            speaker_node: speaker,
            ..ClaimItem::new(
                doc,
                (0, 6, "$1.8bn"),
                "money",
                (Some(1.8e9), None, None),
                None,
                None,
                Some("USD"),
            )
            .unwrap()
        };
        let docs: Vec<String> = (0..4).map(|i| format!("d{i}")).collect();
        let names = ["Ada Quist".to_string(), "Ben Ode".to_string()];
        // Speaker nodes 0 and 1 are the one speaker row 0; node 2 is row 1; nodes 3 and 4
        // are two articles' descriptions, one name for quotations but rows 2 and 3.
        let rows_of = |items: Vec<ClaimItem>, story: &[u32]| {
            let speakers = (&[0, 0, 1, 1, 1][..], &names[..], &[0, 0, 1, 2, 3][..]);
            ClaimStore { items }.group(speakers, &docs, story)
        };
        // Stories 0, 0, 1, 2: the first two are one claim, the others each their own.
        let rows = rows_of(
            vec![sum(0, None), sum(1, None), sum(2, None), sum(3, None)],
            &[0, 0, 1, 2],
        );
        assert_eq!(rows.len(), 3, "{rows:?}");
        assert_eq!(rows[0].documents, ["d0", "d1"]);
        // One speaker across stories 1 and 2 (two nodes of one row): one claim.
        let rows = rows_of(
            vec![sum(0, None), sum(1, None), sum(2, Some(0)), sum(3, Some(1))],
            &[0, 0, 1, 2],
        );
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert!(rows
            .iter()
            .any(|r| r.documents == ["d2", "d3"] && r.speakers == ["Ada Quist"]));
        // Another speaker is no link, nor are two articles' descriptions.
        let rows = rows_of(vec![sum(2, Some(0)), sum(3, Some(2))], &[0, 0, 1, 2]);
        assert_eq!(rows.len(), 2, "{rows:?}");
        let rows = rows_of(vec![sum(2, Some(3)), sum(3, Some(4))], &[0, 0, 1, 2]);
        assert_eq!(rows.len(), 2, "{rows:?}");
    }

    fn claim(doc: u32, text: &str, value: f64, qualifier: Option<&str>, noun: &str) -> ClaimItem {
        ClaimItem::new(
            doc,
            (0, text.chars().count(), text),
            "cardinal",
            (Some(value), None, None),
            qualifier,
            Some(noun),
            None,
        )
        .unwrap()
    }

    fn group(items: Vec<ClaimItem>, story: &[u32]) -> Vec<ClaimRow> {
        let docs: Vec<String> = (0..story.len()).map(|i| format!("d{i}")).collect();
        ClaimStore { items }.group((&[], &[], &[]), &docs, story)
    }

    #[test]
    fn a_sum_written_in_its_minor_unit_claims_the_major_one() {
        let pence = ClaimItem::new(
            0,
            (0, 3, "45p"),
            "money",
            (Some(0.45), None, None),
            None,
            Some("p"),
            Some("GBP"),
        )
        .unwrap();
        let pounds = ClaimItem::new(
            1,
            (0, 5, "£0.45"),
            "money",
            (Some(0.45), None, None),
            None,
            None,
            Some("GBP"),
        )
        .unwrap();
        assert_eq!(pence.unit, "GBP");
        assert_eq!(pence.key(), pounds.key());
    }

    #[test]
    fn a_measures_unit_keeps_its_case_and_form() {
        let measure = |unit: &str| {
            ClaimItem::new(
                0,
                (0, 4, "2 x"),
                "measure",
                (Some(2.0), None, None),
                None,
                Some(unit),
                None,
            )
            .unwrap()
            .unit
        };
        assert_eq!(measure("Gb"), "Gb");
        assert_eq!(measure("GB"), "GB");
        assert_eq!(measure("Mbit/s"), "Mbit/s");
    }

    #[test]
    fn plurals_become_singular() {
        assert_eq!(singular("casualties"), "casualty");
        assert_eq!(singular("boxes"), "box");
        assert_eq!(singular("children"), "child");
        assert_eq!(singular("status"), "status");
        assert_eq!(singular("analysis"), "analysis");
        assert_eq!(singular("gas"), "gas");
    }

    #[test]
    fn troops_and_soldiers_count_the_same_thing() {
        assert_eq!(counted_thing("troops"), counted_thing("soldiers"));
        assert_eq!(counted_thing("people"), counted_thing("individuals"));
        assert_ne!(counted_thing("troops"), counted_thing("tanks"));
    }

    #[test]
    fn the_same_value_of_the_same_thing_is_one_claim_whatever_its_qualifier() {
        let rows = group(
            vec![
                claim(0, "around 3,000", 3000.0, Some("about"), "troops"),
                claim(1, "at least 3,000", 3000.0, Some("at_least"), "soldiers"),
                claim(2, "10,000", 10000.0, None, "soldiers"),
            ],
            &[0, 0, 0],
        );
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].documents, ["d0", "d1"]);
        assert_eq!(rows[0].members[1].qualifier.as_deref(), Some("at_least"));
        assert_eq!(rows[0].conflicts, ["C2"]);
        assert_eq!(rows[1].conflicts, ["C1"]);
    }

    #[test]
    fn a_bound_on_the_same_value_is_the_same_claim() {
        let bounded = ClaimItem::new(
            1,
            (0, 14, "at least 3,000"),
            "cardinal",
            (Some(3000.0), Some(3000.0), None),
            Some("at_least"),
            Some("troops"),
            None,
        )
        .unwrap();
        let rows = group(
            vec![claim(0, "3,000", 3000.0, None, "troops"), bounded],
            &[0, 0],
        );
        assert_eq!(rows.len(), 1);
    }

    #[test]
    fn bare_sums_of_one_story_are_no_conflict_but_prices_of_one_thing_are() {
        let sum = |doc: u32, v: f64, per: Option<&str>| {
            ClaimItem::new(
                doc,
                (0, 4, "$4m"),
                "money",
                (Some(v), None, None),
                None,
                None,
                Some("USD"),
            )
            .unwrap()
            .per(per)
        };
        let rows = group(vec![sum(0, 4e6, None), sum(1, 9e6, None)], &[0, 0]);
        assert!(rows.iter().all(|r| r.conflicts.is_empty()), "{rows:?}");
        let rows = group(
            vec![sum(0, 41.0, Some("bbl")), sum(1, 43.5, Some("bbl"))],
            &[0, 0],
        );
        assert_eq!(rows[0].conflicts, ["C2"]);
    }

    #[test]
    fn other_values_in_other_stories_are_no_conflict() {
        let rows = group(
            vec![
                claim(0, "3,000", 3000.0, None, "troops"),
                claim(1, "10,000", 10000.0, None, "troops"),
            ],
            &[0, 1],
        );
        assert!(rows.iter().all(|r| r.conflicts.is_empty()));
    }

    #[test]
    fn numbers_that_count_nothing_make_no_claim() {
        assert!(ClaimItem::new(
            0,
            (0, 4, "2022"),
            "year",
            (Some(2022.0), None, None),
            None,
            Some("year"),
            None
        )
        .is_none());
        assert!(ClaimItem::new(
            0,
            (0, 5, "first"),
            "ordinal",
            (Some(1.0), None, None),
            None,
            Some("step"),
            None
        )
        .is_none());
        assert!(ClaimItem::new(
            0,
            (0, 2, "12"),
            "cardinal",
            (Some(12.0), None, None),
            None,
            None,
            None
        )
        .is_none());
    }

    #[test]
    fn money_is_counted_in_its_currency() {
        let c = ClaimItem::new(
            0,
            (0, 12, "$400 million"),
            "money",
            (Some(4e8), None, None),
            None,
            None,
            Some("USD"),
        )
        .unwrap();
        assert_eq!(c.unit, "USD");
    }

    #[test]
    fn a_rate_is_a_claim_per_its_denominator() {
        let price = |per| {
            ClaimItem::new(
                0,
                (0, 3, "$61"),
                "money",
                (Some(61.0), None, None),
                None,
                None,
                Some("USD"),
            )
            .unwrap()
            .per(per)
        };
        assert_eq!(price(Some("bbl")).unit, "USD per bbl");
        assert_eq!(price(None).unit, "USD");
        let total = price(None);
        let rows = group(
            vec![price(Some("bbl")), ClaimItem { doc: 1, ..total }],
            &[0, 1],
        );
        assert_eq!(rows.len(), 2, "a price per barrel and a total stay apart");
    }
}
