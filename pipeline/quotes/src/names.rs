//! Person mentions of the article, for resolving speakers: full names by
//! surname, titles introduced with a name, and gender from first names,
//! honorifics and gendered titles (for `he`/`she`).

use super::*;

/// Person and organisation mentions of the article, for resolving speakers.
pub(crate) struct Names {
    /// (byte position, name tokens) of person-like mentions, in order.
    pub(crate) persons: Vec<(usize, Vec<String>)>,
    /// Whether each person mention opens its sentence (a likely subject).
    pub(crate) subject: Vec<bool>,
    /// Surname → fullest name.
    pub(crate) full: HashMap<String, String>,
    /// Title head ("spokesperson") → (position, person name).
    pub(crate) titles: HashMap<String, Vec<(usize, String)>>,
    /// Entity spans when the entity stage ran.
    pub(crate) entities: Vec<Entity>,
    /// Gender of a resolved name, when a first name, an honorific or a
    /// gendered title says it ("Mrs. Okafor", "Maria Lopez", "spokeswoman").
    pub(crate) gender: HashMap<String, Gender>,
    /// Single-word names introduced with an honorific or title ("Mr. Bell"):
    /// names of persons in their own right.
    pub(crate) titled: std::collections::HashSet<String>,
}

/// Grammatical gender of a person, for `he`/`she`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// Gender from a first name, an honorific or a gendered title word (lowercase).
pub(crate) fn gender_word(w: &str) -> Option<Gender> {
    let w = w.trim_end_matches('.');
    let lex = lexicon();
    if lex.male.contains(w)
        || matches!(
            w,
            "mr" | "sir"
                | "lord"
                | "king"
                | "prince"
                | "father"
                | "spokesman"
                | "chairman"
                | "congressman"
                | "councilman"
                | "businessman"
                | "brother"
                | "son"
                | "husband"
        )
    {
        Some(Gender::Male)
    } else if lex.female.contains(w)
        || matches!(
            w,
            "mrs"
                | "ms"
                | "miss"
                | "lady"
                | "dame"
                | "queen"
                | "princess"
                | "spokeswoman"
                | "chairwoman"
                | "congresswoman"
                | "councilwoman"
                | "businesswoman"
                | "sister"
                | "daughter"
                | "wife"
                | "mother"
        )
    {
        Some(Gender::Female)
    } else {
        None
    }
}

/// A capitalised word that looks like a role noun ("Pilot", "Epidemiologist").
pub(crate) fn role_like(w: &str) -> bool {
    [
        "ist", "er", "or", "ian", "ant", "ent", "ot", "ess", "man", "woman", "ief", "ee", "eon",
    ]
    .iter()
    .any(|s| w.ends_with(s) && w.len() > s.len() + 2)
}

/// A word or name without its possessive ending ("Ames's", "Ames’s").
pub(crate) fn without_possessive(w: &str) -> &str {
    w.trim_end_matches("'s").trim_end_matches("’s")
}

pub(crate) fn norm_title(w: &str) -> String {
    let w = w.trim_end_matches('.');
    match w {
        "spokesman" | "spokeswoman" | "spokesperson" | "spokespeople" => "spokesperson".into(),
        "chairman" | "chairwoman" | "chair" | "chairperson" => "chair".into(),
        _ => w.to_string(),
    }
}

/// Words before a title that make it another office: the shadow chancellor is not the
/// chancellor, nor the former president the president.
const OTHER_OFFICE: &[&str] = &["shadow", "former", "ex", "ex-"];

/// The key a title is held under: its head, or the head after "shadow" or "former" when
/// one of `before` (the words before the head, any case) is such a word.
pub(crate) fn office_key<'w>(before: impl IntoIterator<Item = &'w str>, head: &str) -> String {
    let head = norm_title(head);
    let other = before.into_iter().find_map(|w| {
        let w = w.to_lowercase();
        OTHER_OFFICE.contains(&w.as_str()).then_some(w)
    });
    match other {
        Some(q) => format!("{} {head}", q.trim_end_matches('-')),
        None => head,
    }
}

pub(crate) const TITLE_MODIFIERS: &[&str] = &[
    "vice",
    "defence",
    "defense",
    "foreign",
    "interior",
    "finance",
    "health",
    "justice",
    "state",
    "press",
    "prime",
    "deputy",
    "assistant",
    "gop",
    "democratic",
    "republican",
    "chief",
    "mr",
    "mrs",
    "ms",
    "dr",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "sir",
    "lord",
    "lady",
    "dame",
];

impl Names {
    /// A reported clause's byte span `start..end` of `text` widened to the whole of a name it
    /// cuts at either edge ("Korea has shipped …" of "North Korea has shipped …"),
    /// except a name that opens right at `listener` (where the cue ends): that one
    /// is who was told, and the clause starts after it ("told BBC News schools …").
    pub(crate) fn widen_to_names(
        &self,
        text: &str,
        (mut start, mut end): (usize, usize),
        listener: Option<usize>,
    ) -> (usize, usize) {
        for en in &self.entities {
            let (es, ee) = (en.span.start(), en.span.end());
            if es < start && start < ee {
                // the listener's name goes, unless the clause would be left empty
                // or open on a possessive ("told Radio 4's Today …")
                let possessive = text
                    .get(ee..)
                    .is_some_and(|rest| rest.starts_with("'s") || rest.starts_with("’s"));
                let after = ee < end && !possessive;
                start = if Some(es) == listener && after { ee } else { es };
            }
            if es < end && end < ee {
                end = ee;
            }
        }
        (start, end)
    }

    pub(crate) fn new(doc: &Doc, entities: &[Entity]) -> Names {
        let lex = doc.lex;
        let mut persons = Vec::new();
        let mut subject = Vec::new();
        let mut titles: HashMap<String, Vec<(usize, String)>> = HashMap::new();
        let mut gender: HashMap<String, Gender> = HashMap::new();
        let mut surname_gender: HashMap<String, Gender> = HashMap::new();
        let mut titled = std::collections::HashSet::new();
        let n = doc.toks.len();
        let mut i = 0;
        let per_spans: Vec<&Entity> = entities
            .iter()
            .filter(|e| e.label == EntityLabel::Per)
            .collect();
        while i < n {
            if !(doc.is_word(i) && is_upper_start(doc.tx(i))) {
                i += 1;
                continue;
            }
            // a run of capitalised words (with "of" inside, initials)
            let s = i;
            let mut e = i;
            while e < n && doc.toks[e].para == doc.toks[s].para {
                if doc.is_word(e) && is_upper_start(doc.tx(e)) {
                    let possessive = doc.lw(e).ends_with("'s");
                    e += 1;
                    if possessive {
                        break;
                    }
                    // initial or abbreviation full stop: "J.", "Mr."
                    if e < n
                        && doc.is_p(e, ".")
                        && doc.is_abbrev(e - 1)
                        && e + 1 < n
                        && doc.is_word(e + 1)
                        && is_upper_start(doc.tx(e + 1))
                    {
                        e += 1;
                    }
                    continue;
                }
                break;
            }
            i = e.max(s + 1);
            let words: Vec<(usize, String)> = (s..e)
                .filter(|&k| doc.is_word(k))
                .map(|k| (k, doc.lw(k).trim_end_matches("'s").to_string()))
                .collect();
            // drop sentence-opening function words
            let mut a = 0;
            while a < words.len()
                && lex.cap_function.contains(words[a].1.as_str())
                && !lex.titles.contains(words[a].1.as_str())
            {
                a += 1;
            }
            let words = &words[a..];
            if words.is_empty() {
                continue;
            }
            let last_title = words.iter().rposition(|(_, w)| {
                lex.titles.contains(w.as_str()) || lex.titles.contains(format!("{w}.").as_str())
            });
            let mut name_from = last_title.map_or(0, |t| t + 1);
            // "Pilot Erin Walsh" opening a sentence: a role, then the name
            if last_title.is_none()
                && words.len() == 3
                && doc.sstart[words[0].0] == words[0].0
                && role_like(&words[0].1)
            {
                name_from = 1;
            }
            let mut name: Vec<(usize, String)> = words[name_from..].to_vec();
            if name.len() > 3 {
                name = name[name.len() - 2..].to_vec();
            }
            // A word that names organisations ("Fox", "House", "Bank") is no person's
            // name unless the entities model tagged the whole name, two words or more, as
            // one person ("Liam Fox", "Gordon House").
            let one_person = name.len() >= 2
                && per_spans.iter().any(|p| {
                    p.span.start() <= doc.toks[name[0].0].s
                        && doc.toks[name[name.len() - 1].0].e <= p.span.end()
                });
            if name.is_empty()
                || name.iter().any(|(_, w)| {
                    (lex.org.contains(w.as_str()) && !one_person)
                        || lex.cap_function.contains(w.as_str())
                })
            {
                continue;
            }
            // all-caps acronyms are organisations
            if name.iter().all(|&(k, _)| {
                let t = doc.tx(k);
                t.len() > 1 && t.chars().all(|c| !c.is_lowercase())
            }) {
                continue;
            }
            if !per_spans.is_empty() {
                let span = (doc.toks[name[0].0].s, doc.toks[name[name.len() - 1].0].e);
                if !per_spans
                    .iter()
                    .any(|p| p.span.start() < span.1 && span.0 < p.span.end())
                {
                    continue;
                }
                // "the Treasury Paul Boateng": capitalised words before the person the
                // entities model found are an organisation or office, not the name, when
                // the person's own words are a full name
                let inside = |k: usize| {
                    let t = &doc.toks[k];
                    per_spans
                        .iter()
                        .any(|p| p.span.start() <= t.s && t.e <= p.span.end())
                };
                let lead = name.iter().take_while(|&&(k, _)| !inside(k)).count();
                if lead > 0
                    && name.len() - lead >= 2
                    && name[lead..].iter().all(|&(k, _)| inside(k))
                {
                    name.drain(..lead);
                }
            }
            let toks: Vec<String> = name
                .iter()
                .map(|&(k, _)| without_possessive(doc.tx(k)).to_string())
                .collect();
            let pos = doc.toks[s].s;
            let full = toks.join(" ");
            // title heads: inside the run, just before it, or in an appositive
            let mut heads: Vec<String> = Vec::new();
            if let Some(t) = last_title {
                if let Some(h) = words[..=t]
                    .iter()
                    .rposition(|(_, w)| !TITLE_MODIFIERS.contains(&w.as_str()))
                {
                    let before = words[..h].iter().map(|(_, w)| w.as_str());
                    let lower_before = (s.saturating_sub(2)..s).map(|k| doc.lw(k));
                    heads.push(office_key(before.chain(lower_before), &words[h].1));
                }
            }
            if s > 0
                && doc.is_word(s - 1)
                && is_lower_start(doc.tx(s - 1))
                && lex.titles.contains(doc.lw(s - 1))
            {
                let before = (s.saturating_sub(3)..s - 1).map(|k| doc.lw(k));
                heads.push(office_key(before, doc.lw(s - 1)));
            }
            if e < n && doc.is_p(e, ",") {
                let mut k = e + 1;
                let mut best = None;
                while k < n && k < e + 10 && doc.is_word(k) {
                    if is_lower_start(doc.tx(k))
                        && lex.titles.contains(doc.lw(k))
                        && !TITLE_MODIFIERS.contains(&doc.lw(k))
                    {
                        best = Some(office_key((e + 1..k).map(|j| doc.lw(j)), doc.lw(k)));
                    }
                    k += 1;
                }
                if let Some(b) = best {
                    heads.push(b);
                }
            }
            if toks.len() >= 2 || last_title.is_some() {
                for h in heads.iter().cloned() {
                    titles.entry(h).or_default().push((pos, full.clone()));
                }
            }
            let opens = (doc.sstart[s]..s).all(|k| {
                doc.is_word(k)
                    && (lex.cap_function.contains(doc.lw(k))
                        || lex.titles.contains(doc.lw(k))
                        || is_upper_start(doc.tx(k)))
            });
            // gender: the first name, else an honorific or title before it
            let g = toks
                .first()
                .filter(|_| toks.len() >= 2)
                .and_then(|f| gender_word(&f.to_lowercase()))
                .or_else(|| {
                    words[..name_from]
                        .iter()
                        .rev()
                        .find_map(|(_, w)| gender_word(w))
                })
                .or_else(|| heads.iter().find_map(|h| gender_word(h)));
            if let Some(g) = g {
                gender.entry(full.clone()).or_insert(g);
                if let Some(last) = toks.last() {
                    surname_gender.entry(last.clone()).or_insert(g);
                }
            }
            if toks.len() == 1 && last_title.is_some() {
                titled.insert(full.clone());
            }
            subject.push(opens);
            persons.push((pos, toks));
        }
        let full = Names::full_names(&persons);
        // a full name takes the gender its surname was given elsewhere
        for name in full.values() {
            if let Some(g) = name.rsplit(' ').next().and_then(|s| surname_gender.get(s)) {
                gender.entry(name.clone()).or_insert(*g);
            }
        }
        for (s, g) in surname_gender {
            gender.entry(s).or_insert(g);
        }
        Names {
            persons,
            full,
            subject,
            titles,
            entities: entities.to_vec(),
            gender,
            titled,
        }
    }

    /// The fullest person name ending with `surname`.
    pub(crate) fn expand(&self, surname: &str) -> Option<String> {
        self.full.get(surname).cloned()
    }

    /// Surname → full name: the most frequent full form, then the longest, then
    /// the earliest. Built once so resolution stays linear.
    pub(crate) fn full_names(persons: &[(usize, Vec<String>)]) -> HashMap<String, String> {
        let mut counts: HashMap<&[String], (usize, usize)> = HashMap::new();
        for (i, (_, toks)) in persons.iter().enumerate() {
            if toks.len() >= 2 {
                counts.entry(toks.as_slice()).or_insert((0, i)).0 += 1;
            }
        }
        let mut best: HashMap<&str, (&[String], usize, usize)> = HashMap::new();
        for (t, (c, first)) in counts {
            let Some(last) = t.last() else { continue };
            let e = best.entry(last.as_str()).or_insert((t, c, first));
            if (c, t.len(), std::cmp::Reverse(first)) > (e.1, e.0.len(), std::cmp::Reverse(e.2)) {
                *e = (t, c, first);
            }
        }
        best.into_iter()
            .map(|(k, (t, _, _))| (k.to_string(), t.join(" ")))
            .collect()
    }

    /// The name a person mention stands for: a full name, a surname expanded to
    /// the full name, or a single name introduced with a title ("Mr. Bell").
    pub(crate) fn mention_name(&self, toks: &[String]) -> Option<String> {
        if toks.len() >= 2 {
            Some(toks.join(" "))
        } else {
            self.expand(&toks[0])
                .or_else(|| self.titled.contains(&toks[0]).then(|| toks[0].clone()))
        }
    }

    /// Whether `name` can be referred to by a pronoun of gender `want` (unknown
    /// genders can).
    pub(crate) fn fits(
        &self,
        name: &str,
        want: Option<Gender>,
        learned: &HashMap<String, Gender>,
    ) -> bool {
        // A name the article gave no gender still has its given name's ("Bill Thompson"
        // in a byline is no "she").
        let given = || {
            name.split(' ')
                .next()
                .and_then(|first| gender_word(&first.to_lowercase()))
        };
        let known = self
            .gender
            .get(name)
            .or_else(|| learned.get(name))
            .copied()
            .or_else(given);
        want.is_none_or(|w| known.is_none_or(|g| g == w))
    }

    /// The last person opening a sentence before `pos` whose gender fits, with where.
    pub(crate) fn last_subject_at(
        &self,
        pos: usize,
        want: Option<Gender>,
        learned: &HashMap<String, Gender>,
    ) -> Option<(usize, String)> {
        let k = self.persons.partition_point(|(p, _)| *p < pos);
        let from = k.saturating_sub(64);
        self.persons[from..k]
            .iter()
            .zip(&self.subject[from..k])
            .rev()
            .filter(|(_, s)| **s)
            .find_map(|((p, toks), _)| {
                self.mention_name(toks)
                    .filter(|n| self.fits(n, want, learned))
                    .map(|n| (*p, n))
            })
    }

    /// The last person mentioned before `pos` whose gender fits, as a full name.
    pub(crate) fn last_person_before(
        &self,
        pos: usize,
        want: Option<Gender>,
        learned: &HashMap<String, Gender>,
    ) -> Option<String> {
        let k = self.persons.partition_point(|(p, _)| *p < pos);
        self.persons[k.saturating_sub(64)..k]
            .iter()
            .rev()
            .find_map(|(_, toks)| {
                self.mention_name(toks)
                    .filter(|n| self.fits(n, want, learned))
            })
    }

    /// The holder of title `head` introduced with `org` in the few words
    /// before their name ("Tory leader Michael Howard" for "the Tory
    /// leader"), the latest before `pos` first.
    pub(crate) fn by_title_near(
        &self,
        head: &str,
        org: &str,
        text: &str,
        pos: usize,
    ) -> Option<String> {
        self.title_holder(head, pos, |p| {
            let mut from = p.saturating_sub(60);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            text.get(from..p).is_some_and(|before| before.contains(org))
        })
    }

    /// The holder of the title keyed `head` ([`office_key`]): the latest introduced
    /// before `pos`, else the first after it.
    pub(crate) fn by_title(&self, head: &str, pos: usize) -> Option<String> {
        self.title_holder(head, pos, |_| true)
    }

    /// The holders of title `head` (by where they were introduced) from the
    /// latest before `pos` backwards, then forwards from `pos`: the first that
    /// `accept` takes.
    fn title_holder(
        &self,
        head: &str,
        pos: usize,
        accept: impl Fn(usize) -> bool,
    ) -> Option<String> {
        let v = self.titles.get(head)?;
        let before = v.iter().rev().filter(|(p, _)| *p < pos);
        let after = v.iter().filter(|(p, _)| *p >= pos);
        before
            .chain(after)
            .find(|(p, _)| accept(*p))
            .map(|(_, n)| n.clone())
    }
}
