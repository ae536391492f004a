//! Speaker resolution: from a speaker mention (a pronoun, a relative pronoun,
//! a title, a surname or a full name) to the fullest name in the article, and
//! whether it is a person (only persons become antecedents for `he`/`she`).

use super::*;

impl Doc<'_> {
    /// The person a reference at token `at` points back to, as a pronoun does:
    /// someone named in this or the previous sentence, or the latest speaker
    /// (within two paragraphs), or the latest person named before; `want`
    /// narrows by gender.
    fn person_before(
        &self,
        at: usize,
        want: Option<Gender>,
        names: &Names,
        history: &[(usize, u32, String)],
        learned: &HashMap<String, Gender>,
    ) -> Option<String> {
        let pos = self.toks[at].s;
        let para = self.toks[at].para;
        // the latest speaker the reference can point to
        let last = history
            .iter()
            .rev()
            .take(8)
            .find(|(_, _, n)| names.fits(n, want, learned));
        // a person named in this or the previous sentence
        let st = self.sstart[at];
        let prev_st = if st > 0 { self.sstart[st - 1] } else { 0 };
        let near = names
            .last_subject_at(pos, want, learned)
            .filter(|&(p, _)| p >= self.toks[prev_st].s);
        if let Some((p, name)) = near {
            if last.is_none_or(|(lp, _, _)| p > *lp) {
                return Some(name);
            }
        }
        if let Some((_, p, name)) = last {
            if para <= p + 2 {
                return Some(name.clone());
            }
        }
        if let Some(n) = names.last_person_before(pos, want, learned) {
            return Some(n);
        }
        // No one of the pronoun's gender: it stays unresolved rather than taking the
        // latest speaker of the other ("she" is not the male author of a column).
        last.map(|(_, _, name)| name.clone())
    }

    /// The person named right before a speaker phrase that is an apposition
    /// (commas on both sides, no person's name opening it): "Tom Ames, the
    /// club's treasurer, said" is Tom Ames speaking; "Ames, 58, said" too.
    fn named_before_apposition(&self, sp: (usize, usize), names: &Names) -> Option<String> {
        if sp.0 == 0
            || sp.1 >= self.toks.len()
            || !self.is_p(sp.0 - 1, ",")
            || !self.is_p(sp.1, ",")
        {
            return None;
        }
        let comma = self.toks[sp.0 - 1].s;
        let mut first = sp.0;
        while first + 1 < sp.1 && self.is_det(first) {
            first += 1;
        }
        let opens = self.toks[first].s;
        let persons = || {
            names
                .entities
                .iter()
                .filter(|en| en.label == EntityLabel::Per)
        };
        if persons().any(|en| en.span.start() == opens) {
            return None;
        }
        let before = persons().find(|en| en.span.end() == comma)?;
        let name = self.text.get(before.span.start()..before.span.end())?;
        let name = without_possessive(name);
        if name.split_whitespace().count() == 1 {
            return Some(names.expand(name).unwrap_or_else(|| name.to_string()));
        }
        Some(name.to_string())
    }

    /// The speaker's name and whether it is a person.
    pub(crate) fn resolve(
        &self,
        sp: (usize, usize),
        names: &Names,
        history: &[(usize, u32, String)],
        learned: &HashMap<String, Gender>,
    ) -> (String, bool) {
        let pos = self.toks[sp.0].s;
        let text = &self.text[pos..self.toks[sp.1 - 1].e];
        let lex = self.lex;
        if sp.1 - sp.0 == 1 && matches!(self.lw(sp.0), "who" | "which" | "that") {
            if let Some(a) = self.antecedent(sp.0, self.sstart[sp.0]) {
                return self.resolve(a, names, history, learned);
            }
        }
        // "his assessment of …": the possessor is found as "he" would be
        let possessor = matches!(self.lw(sp.0), "his" | "her");
        if sp.1 - sp.0 == 1 && (self.is_pron(sp.0) || possessor) {
            let w = self.lw(sp.0);
            if matches!(w, "he" | "she" | "his" | "her") {
                let want = Some(if matches!(w, "he" | "his") {
                    Gender::Male
                } else {
                    Gender::Female
                });
                if let Some(name) = self.person_before(sp.0, want, names, history, learned) {
                    return (name, true);
                }
            }
            return (text.to_string(), false);
        }
        // "the 28-year-old (striker)": a definite description by age, with no
        // name in it, points back at a person as "he" or "she" would ("a
        // 19-year-old woman" is someone new)
        let aged = self.lw(sp.0) == "the"
            && (sp.0 + 1..sp.1).any(|k| self.lw(k).ends_with("-year-old"))
            && !names.entities.iter().any(|en| {
                en.label == EntityLabel::Per
                    && en.span.start() < self.toks[sp.1 - 1].e
                    && pos < en.span.end()
            });
        if aged {
            if let Some(name) = self.person_before(sp.0, None, names, history, learned) {
                return (name, true);
            }
        }
        // "Hans Ruiz, a board member of the bank, said": a description set off
        // by commas right after a person's name is that person's apposition
        if let Some(name) = self.named_before_apposition(sp, names) {
            return (name, true);
        }
        // entities first when given
        let s_b = pos;
        let e_b = self.toks[sp.1 - 1].e;
        // "the Biden administration", "Clinton aides": a name right before a
        // common noun only modifies it; the speaker is what the noun names
        let last = sp.1 - 1;
        let modifier_only = |end: usize| {
            self.is_word(last)
                && is_lower_start(self.tx(last))
                && self.toks[last].s >= end
                && !lex.titles.contains(self.lw(last))
                && !self.is_pron(last)
                && !matches!(self.lw(last), "who" | "which" | "that")
                // nothing but words between ("Austin's comment": the possessor
                // is the one who spoke; "Mr Khodorkovsky - who")
                && self.text.get(end..self.toks[last].s).is_some_and(|gap| {
                    gap.chars().all(|c| c.is_alphanumeric() || c.is_whitespace())
                })
        };
        // "Moscow and Pyongyang", "Trump and Pence": two sources named together
        // (the phrase is one entity, "and", another) are both the speaker,
        // never the first alone
        let covering: Vec<(usize, usize)> = names
            .entities
            .iter()
            .filter(|en| en.span.start() >= s_b && en.span.end() <= e_b)
            .map(|en| (en.span.start(), en.span.end()))
            .collect();
        let from = (sp.0..last).find(|&k| !self.is_det(k)).unwrap_or(sp.0);
        let coordinated = (from + 1..last).any(|k| {
            self.is_word(k)
                && self.lw(k) == "and"
                && covering.contains(&(self.toks[from].s, self.toks[k - 1].e))
                && covering.contains(&(self.toks[k + 1].s, e_b))
        });
        if coordinated {
            return (self.text[self.toks[from].s..e_b].to_string(), false);
        }
        for en in &names.entities {
            if en.span.start() < e_b
                && s_b < en.span.end()
                && en.label == EntityLabel::Per
                && !modifier_only(en.span.end())
            {
                // entity spans come from another stage: never trust them to slice
                let Some(t) = self
                    .text
                    .get(en.span.start().max(s_b)..en.span.end().min(e_b))
                else {
                    continue;
                };
                let t = without_possessive(t);
                let toks: Vec<&str> = t
                    .split_whitespace()
                    .filter(|w| !lex.titles.contains(w.to_lowercase().as_str()))
                    .collect();
                if toks.len() == 1 {
                    if let Some(full) = names.expand(toks[0]) {
                        return (full, true);
                    }
                }
                if !toks.is_empty() {
                    return (toks.join(" "), true);
                }
            }
        }
        // an organisation in the phrase makes it the speaker, unless a title
        // follows it and no indefinite article opens it: "the Tory leader" and
        // "Lloyd's chief executive" name the person who holds the title ("a
        // Labour spokesman" is someone else)
        let titled_holder = self.is_word(last)
            && is_lower_start(self.tx(last))
            && lex.titles.contains(self.lw(last))
            && !matches!(self.lw(sp.0), "a" | "an" | "another" | "one");
        let org_entity = names.entities.iter().any(|en| {
            en.span.start() < e_b
                && s_b < en.span.end()
                && en.label == EntityLabel::Org
                && !(titled_holder && en.span.end() < self.toks[last].s)
        });
        let no_det = {
            let mut k = sp.0;
            while k + 1 < sp.1 && self.is_det(k) {
                k += 1;
            }
            // a partitive keeps its quantifier: "one of the bidders", "many in
            // the party" (a name never opens on the preposition)
            if k > sp.0 && matches!(self.lw(k), "of" | "in" | "on" | "among" | "at") {
                k -= 1;
            }
            self.text[self.toks[k].s..e_b].to_string()
        };
        if org_entity {
            return (no_det, false);
        }
        // the head noun comes before a postmodifier: "an official from North
        // Korea" and "a spokesman for the Pentagon" are described by their
        // head, not named by the place after it
        let head = self
            .postmodifier_at(sp)
            .map(|k| k - 1)
            .filter(|&k| self.is_word(k) && is_lower_start(self.tx(k)))
            .unwrap_or(sp.1 - 1);
        // "the (Pentagon) spokesperson": the person introduced with that title
        if is_lower_start(self.tx(head)) && lex.titles.contains(self.lw(head)) {
            // "the Tory leader": the leader introduced near "Tory", not any
            let modifier = names
                .entities
                .iter()
                .filter(|en| en.label == EntityLabel::Org)
                .filter(|en| en.span.start() >= s_b && en.span.end() <= self.toks[head].s)
                .find_map(|en| self.text.get(en.span.start()..en.span.end()));
            let key = office_key((sp.0..head).map(|k| self.lw(k)), self.lw(head));
            let holder = match modifier {
                Some(org) => names.by_title_near(&key, org, self.text, pos),
                None => names.by_title(&key, pos),
            };
            if let Some(n) = holder {
                return (n, true);
            }
            return (no_det, false);
        }
        // "Judicial Watch president Tom Fitton": the name after the last title
        if let Some(t) = (sp.0..sp.1).rev().find(|&k| {
            self.is_word(k)
                && (lex.titles.contains(self.lw(k))
                    || lex.titles.contains(self.lw(k).trim_end_matches('.')))
        }) {
            let rest: Vec<usize> = (t + 1..sp.1).collect();
            if !rest.is_empty()
                && rest.iter().all(|&k| {
                    self.is_word(k) && is_upper_start(self.tx(k)) && !lex.org.contains(self.lw(k))
                })
                && t > sp.0
            {
                let name: Vec<&str> = rest
                    .iter()
                    .map(|&k| without_possessive(self.tx(k)))
                    .collect();
                if name.len() == 1 {
                    return (
                        names.expand(name[0]).unwrap_or_else(|| name[0].to_string()),
                        true,
                    );
                }
                let name = if name.len() > 3 {
                    name[name.len() - 2..].to_vec()
                } else {
                    name
                };
                return (name.join(" "), true);
            }
        }
        // capitalised name inside the phrase
        let caps: Vec<usize> = (sp.0..sp.1)
            .filter(|&k| {
                self.is_word(k)
                    && is_upper_start(self.tx(k))
                    && !lex.cap_function.contains(self.lw(k))
            })
            .collect();
        if caps.is_empty() {
            return (no_det, false);
        }
        let lows: Vec<String> = caps
            .iter()
            .map(|&k| self.lw(k).trim_end_matches("'s").to_string())
            .collect();
        if lows.iter().any(|w| lex.org.contains(w.as_str()))
            || self.lw(head).ends_with("'s")
            || is_lower_start(self.tx(head))
        {
            return (no_det, false);
        }
        let last_title = lows.iter().rposition(|w| {
            lex.titles.contains(w.as_str()) || lex.titles.contains(format!("{w}.").as_str())
        });
        let mut from = last_title.map_or(0, |t| t + 1);
        if last_title.is_none()
            && caps.len() == 3
            && self.sstart[caps[0]] == caps[0]
            && role_like(&lows[0])
        {
            from = 1;
        }
        // contiguous runs of capitalised words after the title; the name is the
        // last run of two or more words before any "of"/"at"/"from" phrase
        let cut = (sp.0..sp.1)
            .find(|&k| {
                k > caps[from.min(caps.len() - 1)]
                    && matches!(self.lw(k), "of" | "at" | "from" | "for")
            })
            .unwrap_or(sp.1);
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for (x, &k) in caps.iter().enumerate().skip(from) {
            if k >= cut {
                break;
            }
            match runs.last_mut() {
                Some(r) if caps[r.1 - 1] + 1 == k => r.1 = x + 1,
                _ => runs.push((x, x + 1)),
            }
        }
        let (from, run_end) = runs
            .iter()
            .rev()
            .find(|r| r.1 - r.0 >= 2)
            .or(runs.first())
            .copied()
            .unwrap_or((from, from));
        let name: Vec<&str> = caps[from..run_end]
            .iter()
            .map(|&k| without_possessive(self.tx(k)))
            .collect();
        if name.is_empty() {
            let key = lows
                .split_last()
                .map(|(head, before)| office_key(before.iter().map(String::as_str), head));
            if let Some(n) = key.and_then(|key| names.by_title(&key, pos)) {
                return (n, true);
            }
            return (no_det, false);
        }
        if name.len() == 1 {
            if let Some(full) = names.expand(name[0]) {
                return (full, true);
            }
            let all_caps = name[0].chars().all(|c| !c.is_lowercase());
            if all_caps && name[0].chars().count() > 1 && last_title.is_none() {
                // acronym (or a transcript speaker label)
                return (name[0].to_string(), false);
            }
            return (
                name[0].to_string(),
                last_title.is_some()
                    || names
                        .persons
                        .iter()
                        .any(|(_, t)| t.len() == 1 && t[0] == name[0]),
            );
        }
        let name: Vec<&str> = if name.len() > 3 {
            name[name.len() - 2..].to_vec()
        } else {
            name
        };
        (name.join(" "), true)
    }
}
