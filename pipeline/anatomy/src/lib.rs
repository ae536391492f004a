#![deny(missing_docs)]
//! Article anatomy: which lines of a news file are its title, section headings,
//! dateline, byline and authors, and which are not article text at all.
//!
//! Scraped and archived articles carry more than their body: a headline, a
//! byline, a dateline, and boilerplate around them (addresses, "Advertisement",
//! newsletter promotion, editors' notes, credits, navigation). Later stages
//! should neither report entities in them nor run sentences across them, and
//! analysts want the title, place and authors to group by.
//!
//! The rules work on lines (in news files a line is a paragraph, a headline or
//! a piece of furniture) and read evidence, not only word lists:
//!
//! 1. **Boilerplate anywhere** ([`BoilerplateKind`]): address and contact
//!    shape (house numbers before street names, ZIP codes and postcodes, phone
//!    numbers, e-mail); a line repeated inside the document; lines that recur
//!    across the input ([`Furniture`]); known phrases of furniture, promotion,
//!    editors' notes and credits, counted only on a short line of their own.
//! 2. **The lead**, up to the first paragraph of running text: the title (the
//!    given one where the input has it, else a headline-shaped line followed by
//!    a longer paragraph), a byline ("By X and Y", "X, Agency"), and short
//!    lines without sentence shape (page furniture).
//! 3. **The dateline** at the start of the first paragraph ("MOSCOW (Reuters) -").
//! 4. **The tail**: short shapeless lines after the last paragraph.
//! 5. **Headings**: short lines inside the body without a final period, a
//!    longer paragraph after them.
//!
//! Authors are the person names in the byline and in credit lines. All spans
//! are byte ranges of the analysed text on char boundaries; nothing is rewritten.

mod boilerplate;
mod dateline;
mod furniture;
mod headline;
mod lines;
mod names;

pub use boilerplate::BoilerplateKind;
pub use dateline::Dateline;
pub use furniture::{Furniture, LineCounts, DEFAULT_MIN_SHARE};

use headline::Candidate;
use lines::{is_prose, normalise, shapeless, Line};
use nx_text::Span;

/// A stretch that is not article text, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Boilerplate {
    /// The lines it covers, from the first's start to the last's end.
    pub span: Span,
    /// Why it is boilerplate.
    pub kind: BoilerplateKind,
}

/// What the parts of an article are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Anatomy {
    /// The headline line.
    pub title: Option<Span>,
    /// Section headings inside the body, in order.
    pub headings: Vec<Span>,
    /// The dateline at the start of the first paragraph.
    pub dateline: Option<Dateline>,
    /// The byline.
    pub byline: Option<Span>,
    /// Person names in the byline and in credit lines, in order.
    pub authors: Vec<Span>,
    /// Stretches that are not article text, in order, not overlapping.
    pub boilerplate: Vec<Boilerplate>,
}

/// Options of the analysis, from the `[anatomy]` config table.
#[derive(Debug, Clone, PartialEq)]
pub struct AnatomyOptions {
    /// Longest headline, in words.
    pub max_title_words: usize,
    /// Longest section heading, in words.
    pub max_heading_words: usize,
    /// Look for section headings inside the body.
    pub headings: bool,
    /// Short lines without sentence shape, up to this many words, at the start
    /// (before the first paragraph) or the end of an article are furniture. 0: off.
    pub edge_words: usize,
}

impl Default for AnatomyOptions {
    fn default() -> Self {
        AnatomyOptions {
            max_title_words: 25,
            max_heading_words: 12,
            headings: true,
            edge_words: 5,
        }
    }
}

/// Lines searched for the title and byline.
const LEAD_LINES: usize = 10;

/// Most shapeless lines at the end taken for furniture; more are a list.
const MAX_TAIL_LINES: usize = 2;

/// What a line is, besides boilerplate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Text,
    Title,
    Byline,
    Heading,
}

/// Analyse one article. `given_title` is the title the input's metadata gives:
/// when one of the first lines reads the same (case and punctuation aside) it is
/// the title; when none does, no line is taken for a headline. `furniture` holds
/// the lines learned across the input ([`Furniture::default`] for none).
pub fn analyse(
    text: &str,
    given_title: Option<&str>,
    furniture: &Furniture,
    options: &AnatomyOptions,
) -> Anatomy {
    let lines = lines::split(text);
    let n = lines.len();
    let mut kinds = boilerplate::classify(text, &lines, furniture);
    let mut role = vec![Role::Text; n];
    let mut out = Anatomy::default();
    let lead_end = n.min(LEAD_LINES);
    let slice = |i: usize| lines[i].span.slice(text);

    let mut title_done = false;
    if let Some(t) = given_title {
        title_done = true;
        let key = normalise(t);
        if let Some(i) = (0..lead_end).find(|&i| !key.is_empty() && normalise(slice(i)) == key) {
            role[i] = Role::Title;
            kinds[i] = None;
        }
    }
    let bylines: Vec<Option<Vec<Span>>> = (0..lead_end)
        .map(|i| {
            kinds[i]
                .is_none()
                .then(|| names::byline_names(text, lines[i].span, lines[i].words))
                .flatten()
        })
        .collect();
    // The next line after `i` that can be article text: not boilerplate, no byline.
    let next_text = |i: usize, kinds: &[Option<_>]| {
        (i + 1..n).find(|&j| kinds[j].is_none() && bylines.get(j).is_none_or(Option::is_none))
    };
    let candidate = |i: usize, kinds: &[Option<_>]| {
        let next = next_text(i, kinds);
        Candidate {
            text: slice(i),
            words: lines[i].words,
            next_words: next.map_or(0, |j| lines[j].words),
            next: next.map(slice),
        }
    };
    let headline_at = |i: usize, kinds: &[Option<_>]| {
        let c = candidate(i, kinds);
        headline::is_headline(&c, options.max_title_words)
            && c.next.is_some_and(|s| is_prose(s, c.next_words))
    };

    // The lead: title, byline and furniture before the first paragraph. Short
    // shapeless lines are passed over; they are furniture only when a title or
    // byline stands after them or before them, else the article starts there.
    let mut i = 0;
    let mut passed = Vec::new();
    while i < lead_end {
        if role[i] == Role::Title {
            i += 1;
            continue;
        }
        if let Some(kind) = kinds[i] {
            // A headline repeated further down is still the headline.
            if kind == BoilerplateKind::Repeated && !title_done && headline_at(i, &kinds) {
                kinds[i] = None;
                role[i] = Role::Title;
                title_done = true;
            }
            i += 1;
            continue;
        }
        if out.byline.is_none() {
            if let Some(names) = &bylines[i] {
                out.byline = Some(lines[i].span);
                out.authors.extend(names.iter().copied());
                role[i] = Role::Byline;
                i += 1;
                continue;
            }
        }
        if !title_done && headline_at(i, &kinds) {
            role[i] = Role::Title;
            title_done = true;
            i += 1;
            continue;
        }
        let l = &lines[i];
        if options.edge_words > 0
            && shapeless(slice(i), l.words, options.edge_words)
            && next_text(i, &kinds).is_some()
        {
            passed.push(i);
            i += 1;
            continue;
        }
        break;
    }
    // Two headline-shaped lines: the first is the title, the second its
    // standfirst (a line passed over for want of a paragraph after it).
    let found = role.iter().position(|r| *r == Role::Title);
    if let (Some(k), None) = (found, given_title) {
        if let Some(&p) = passed.iter().find(|&&p| p < k && lines[p].words >= 3) {
            role[p] = Role::Title;
            role[k] = Role::Text;
            passed.retain(|&j| j != p && j < k);
        }
    }
    if role.iter().any(|r| *r != Role::Text) {
        for &j in &passed {
            kinds[j] = Some(BoilerplateKind::Furniture);
        }
    }
    let first_body = (0..n).find(|&j| kinds[j].is_none() && role[j] == Role::Text);

    if let Some(fb) = first_body {
        out.dateline = dateline::find(text, lines[fb].span);
        // The tail: a line or two without sentence shape or figures after the
        // last paragraph (longer runs are lists: results, fixtures, names).
        if options.edge_words > 0 {
            let mut run = Vec::new();
            for j in (fb + 1..n).rev() {
                if kinds[j].is_some() {
                    continue;
                }
                let s = slice(j);
                if role[j] != Role::Text
                    || !shapeless(s, lines[j].words, options.edge_words)
                    || s.contains(|c: char| c.is_ascii_digit())
                {
                    break;
                }
                run.push(j);
            }
            if run.len() <= MAX_TAIL_LINES {
                for j in run {
                    kinds[j] = Some(BoilerplateKind::Furniture);
                }
            }
        }
        if options.headings {
            for j in fb + 1..n {
                if kinds[j].is_some() || role[j] != Role::Text {
                    continue;
                }
                if headline::is_heading(&candidate(j, &kinds), options.max_heading_words) {
                    role[j] = Role::Heading;
                }
            }
        }
    }

    for (j, l) in lines.iter().enumerate() {
        match role[j] {
            Role::Title => out.title = Some(l.span),
            Role::Heading => out.headings.push(l.span),
            _ => {}
        }
        if kinds[j] == Some(BoilerplateKind::Credit) {
            out.authors.extend(names::credit_names(text, l.span));
        }
    }
    out.boilerplate = merge_runs(&lines, &kinds);
    out.authors.sort();
    // A name credited twice (byline and credit line) is one author: its first mention.
    let mut seen: Vec<String> = Vec::new();
    out.authors.retain(|s| {
        let key = normalise(s.slice(text));
        let new = !seen.contains(&key);
        if new {
            seen.push(key);
        }
        new
    });
    out
}

/// Boilerplate lines, neighbours of the same kind merged into one stretch.
fn merge_runs(lines: &[Line], kinds: &[Option<BoilerplateKind>]) -> Vec<Boilerplate> {
    let mut out: Vec<Boilerplate> = Vec::new();
    for (j, (l, k)) in lines.iter().zip(kinds).enumerate() {
        let Some(kind) = *k else { continue };
        match out.last_mut() {
            Some(last) if last.kind == kind && j > 0 && kinds[j - 1] == Some(kind) => {
                last.span = last.span.cover(&l.span);
            }
            _ => out.push(Boilerplate { span: l.span, kind }),
        }
    }
    out
}

impl Anatomy {
    /// Spans later stages must not report in: boilerplate, the dateline and the
    /// byline, in text order.
    pub fn excluded(&self) -> impl Iterator<Item = Span> + '_ {
        let mut v: Vec<Span> = self.boilerplate.iter().map(|b| b.span).collect();
        v.extend(self.dateline.map(|d| d.span));
        v.extend(self.byline);
        v.sort();
        v.into_iter()
    }

    /// Spans no sentence may run across: the title, headings, boilerplate,
    /// dateline and byline, in text order.
    pub fn breaks(&self) -> impl Iterator<Item = Span> + '_ {
        let mut v: Vec<Span> = self.excluded().collect();
        v.extend(self.title);
        v.extend(self.headings.iter().copied());
        v.sort();
        v.into_iter()
    }

    /// True when `span` shares a byte with an excluded span.
    pub fn is_excluded(&self, span: Span) -> bool {
        self.excluded().any(|e| e.overlaps(&span))
    }

    /// The stretches of `text` to segment into sentences, each on its own, in
    /// order: the text between breaks, and the title and headings as
    /// stretches of their own. Excluded spans are in none.
    pub fn regions(&self, text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut pos = 0;
        let own: Vec<Span> = self.title.iter().chain(&self.headings).copied().collect();
        for b in self.breaks() {
            if b.start() > pos {
                out.extend(Span::new(text, pos, b.start()));
            }
            if own.contains(&b) {
                out.push(b);
            }
            pos = pos.max(b.end());
        }
        if pos < text.len() {
            out.extend(Span::new(text, pos, text.len()));
        }
        out.retain(|s| !s.trim(text).is_empty());
        out
    }
}

#[cfg(test)]
mod tests;
