//! Attributions made by a colon without quote marks: a headline or transcript
//! label (`Gingrich: Trump Must Decide …`, `TAPPER: And obviously …`) and a
//! paragraph set off after a reporting verb and a colon (`Limbaugh added:`
//! followed by the words as their own paragraph).

use super::*;

/// Paragraph labels that name a section or a kind of item, not a speaker.
const NOT_SPEAKERS: &[&str] = &[
    "update",
    "updated",
    "updates",
    "note",
    "editor",
    "editors",
    "watch",
    "video",
    "videos",
    "photo",
    "photos",
    "breaking",
    "exclusive",
    "related",
    "read",
    "more",
    "analysis",
    "opinion",
    "live",
    "review",
    "correction",
    "clarification",
    "disclosure",
    "source",
    "sources",
    "credit",
    "credits",
    "warning",
    "spoiler",
    "transcript",
    "full",
    "see",
    "also",
    "listen",
    "audio",
    "graphic",
    "chart",
    "map",
    "subscribe",
    "follow",
    "contact",
    "email",
    "tags",
    "topics",
    "filed",
    "posted",
    "published",
    "by",
    "day",
    "part",
    "chapter",
    "step",
    "round",
    "key",
    "background",
    "bottom",
    "summary",
    "timeline",
    "title",
    "headline",
    "caption",
    "image",
    "images",
    "pictured",
    "above",
    "below",
    "top",
    "fact",
    "facts",
    "quote",
    "quotes",
    // credit and contact lines ("Contributing: …", "Twitter: @…")
    "contributing",
    "contributors",
    "byline",
    "twitter",
    "facebook",
    "instagram",
    "website",
    "web",
    "phone",
    "tel",
    "fax",
    // interjections that open a headline ("Wow: …", "Revealed: …")
    "wow",
    "whoa",
    "boom",
    "look",
    "revealed",
    "bombshell",
    "shocking",
    "yikes",
    "oops",
];

impl Doc<'_> {
    /// Colon attributions (see the module docs), added as candidates.
    pub(crate) fn colon_attributions(&self, out: &mut Vec<Cand>) {
        let n = self.toks.len();
        let mut p0 = 0;
        while p0 < n {
            let para = self.toks[p0].para;
            let pe = (p0..n).find(|&k| self.toks[k].para != para).unwrap_or(n);
            if let Some(c) = self.label_colon(p0, pe) {
                let mut ce = pe;
                while ce > c + 1 && self.is_p(ce - 1, ".?!…") {
                    ce -= 1;
                }
                let one_quote = ce == c + 2 && self.quote_of(c + 1).is_some();
                let long_enough = ce >= c + 3 && !one_quote;
                if long_enough
                    && !self.list_of_names((c + 1, ce))
                    && !self.covered(out, (self.toks[c + 1].s, self.toks[ce - 1].e))
                {
                    let attr = Attr {
                        speaker: Some((p0, c)),
                        cue: (c, c + 1),
                    };
                    out.push(self.frame((c + 1, ce), attr, 0.6));
                }
            }
            if pe < n && pe >= p0 + 3 && self.is_p(pe - 1, ":") {
                if let Some(c) = self.block_after(pe - 1, pe, out) {
                    out.push(c);
                }
            }
            p0 = pe;
        }
    }

    /// The colon of a paragraph that opens with a speaker label: one to four
    /// capitalised words (`Ann Coulter:`, `NY Post:`, `TAPPER:`, `Q:`).
    fn label_colon(&self, p0: usize, pe: usize) -> Option<usize> {
        let c = (p0 + 1..pe.min(p0 + 5)).find(|&k| !self.is_word(k))?;
        if !self.is_p(c, ":") || c + 1 >= pe {
            return None;
        }
        // "Editor's Note:" is a note as much as "Note:" is
        let first = self.lw(p0);
        let first = first
            .strip_suffix("'s")
            .or_else(|| first.strip_suffix("’s"))
            .unwrap_or(first);
        if NOT_SPEAKERS.contains(&first) || self.time_before(p0 + 1, p0) == Some(p0) {
            return None;
        }
        let label_ok = (p0..c).all(|k| {
            let w = self.lw(k);
            is_upper_start(self.tx(k))
                && !self.lex.cap_function.contains(w)
                && !self.lex.stop.contains(w)
        });
        // the label is the whole line before the colon, not the end of a sentence
        label_ok.then_some(c)
    }

    /// A paragraph ending `X wrote:` whose next paragraph (starting at `p1`)
    /// is the words, with no quote marks of its own.
    fn block_after(&self, colon: usize, p1: usize, out: &[Cand]) -> Option<Cand> {
        let st = self.sstart[colon];
        let v = colon.checked_sub(1).filter(|&v| v > st && self.is_cue(v))?;
        let speaker = self.np_before(v, st)?;
        let para = self.toks[p1].para;
        let n = self.toks.len();
        let pe = (p1..n).find(|&k| self.toks[k].para != para).unwrap_or(n);
        if pe < p1 + 3 || (p1..pe).any(|k| self.quote_of(k).is_some()) {
            return None;
        }
        let (bs, be) = trim_span(self.text, self.toks[p1].s, self.toks[pe - 1].e);
        if bs >= be || self.covered(out, (bs, be)) {
            return None;
        }
        Some(Cand {
            content: (bs, be),
            kind: QuoteKind::Direct,
            who: Who::Own(Attr {
                speaker: Some(speaker),
                cue: (v, colon + 1),
            }),
            score: 0.7,
            fragments: Vec::new(),
            mind: false,
            stance: false,
            claim: false,
        })
    }

    /// "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …": after a label, a
    /// list of three or more names (capitalised words between commas, "and"
    /// and name particles) is a roster, not something the label said.
    fn list_of_names(&self, (a, b): (usize, usize)) -> bool {
        let commas = (a..b).filter(|&k| self.is_p(k, ",")).count();
        commas >= 2
            && (a..b).all(|k| {
                if !self.is_word(k) {
                    return self.is_p(k, ",.-'’");
                }
                is_upper_start(self.tx(k))
                    || matches!(
                        self.lw(k),
                        "and" | "de" | "van" | "von" | "da" | "del" | "la"
                    )
            })
    }

    /// Some candidate already overlaps bytes `bs..be`.
    fn covered(&self, out: &[Cand], (bs, be): (usize, usize)) -> bool {
        out.iter().any(|c| {
            let (s, e) = self.byte_range(c);
            s < be && bs < e
        })
    }
}
