//! From the model's label probabilities to entities over whole words: the most
//! probable valid BIO path, then spans tidied onto the names.

use nx_text::{Entity, EntityLabel};

use crate::{tidy, Tag, Tokenized};

/// Turn per-token label probabilities into entities over whole pre-token
/// words: a word takes the labels of its first sub-token, the words the
/// most probable valid BIO path (`bio`); B-, a change of type or a line
/// break starts an entity. An entity's score is the mean probability of
/// its words' labels on that path.
pub(crate) fn entities(
    tags: &[Tag],
    min_score: f32,
    text: &str,
    doc: &Tokenized,
    dist: &[f32],
) -> Vec<Entity> {
    let n = tags.len();
    let words: Vec<(usize, usize, usize)> = doc.word_spans().collect();
    let mut probs = Vec::with_capacity(words.len() * n);
    let mut broken = Vec::with_capacity(words.len());
    let mut prev_end = None;
    for &(t, start, end) in &words {
        probs.extend_from_slice(&dist[t * n..(t + 1) * n]);
        broken.push(prev_end.is_some_and(|e| text[e..start].contains('\n')));
        prev_end = Some(end);
    }
    let path = crate::bio::best_path(tags, &probs, &broken);
    struct Open {
        label: EntityLabel,
        /// The label of the part being read: another where a name ran on into
        /// the next ("Gangs of" MISC | "New York" LOC).
        part: EntityLabel,
        start: usize,
        end: usize,
        score_sum: f32,
        words: usize,
    }
    impl Open {
        /// The entity goes on to the word ending at `end`, labelled with probability `p`.
        fn take_in(&mut self, end: usize, p: f32) {
            self.end = end;
            self.score_sum += p;
            self.words += 1;
        }
    }
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    let close = |o: Open, out: &mut Vec<Entity>| {
        let score = o.score_sum / o.words as f32;
        if score >= min_score {
            let floor = out.last().map_or(0, |e: &Entity| e.span.end());
            if let Some(span) = tidy::tidy(text, floor, o.start, o.end) {
                out.push(Entity {
                    span,
                    label: o.label,
                    score,
                });
            }
        }
    };
    for (w, &(_, start, end)) in words.iter().enumerate() {
        let label_id = path[w];
        let p = probs[w * n + label_id];
        match tags.get(label_id).copied().unwrap_or(Tag::Outside) {
            Tag::Outside => {
                if let Some(o) = open.take() {
                    close(o, &mut out);
                }
            }
            // Names never run across a line break (headline, byline, paragraph).
            Tag::Inside(l)
                if open
                    .as_ref()
                    .is_some_and(|o| o.part == l && !text[o.end..start].contains('\n')) =>
            {
                open.as_mut().expect("checked above").take_in(end, p);
            }
            // The model ran a name into "of" and began another right after it
            // ("Gangs of" | "New York"): one name, with the first part's label
            // (`tidy::runs_on_into` says when).
            Tag::Begin(l) | Tag::Inside(l)
                if open.as_ref().is_some_and(|o| {
                    tidy::runs_on_into(text, (o.start, o.end, o.label), (start, l))
                }) =>
            {
                let o = open.as_mut().expect("checked above");
                o.part = l;
                o.take_in(end, p);
            }
            // "The" | "Sunday Times": the article opens the name
            // (`tidy::article_opens` says when).
            Tag::Begin(l) | Tag::Inside(l)
                if open.as_ref().is_some_and(|o| {
                    o.words == 1 && tidy::article_opens(text, (o.start, o.end), start)
                }) =>
            {
                let o = open.as_mut().expect("checked above");
                (o.label, o.part) = (l, l);
                o.take_in(end, p);
            }
            Tag::Begin(l) | Tag::Inside(l) => {
                if let Some(o) = open.take() {
                    close(o, &mut out);
                }
                open = Some(Open {
                    label: l,
                    part: l,
                    start,
                    end,
                    score_sum: p,
                    words: 1,
                });
            }
        }
    }
    if let Some(o) = open.take() {
        close(o, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NER: [&str; 9] = [
        "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
    ];

    /// The tags of a model whose labels are `NER`, read as the model's are.
    fn ner_tags() -> Vec<Tag> {
        let labels = NER
            .iter()
            .enumerate()
            .map(|(i, n)| (i as i64, n.to_string()))
            .collect();
        crate::parse_labels(&labels).expect("entity labels").0
    }

    /// A document of one token per space-separated word, each word given the
    /// label named beside it with probability 0.9.
    fn labelled(words: &[(&str, &str)]) -> (String, Tokenized, Vec<f32>) {
        let (mut text, mut offsets, mut dist) = (String::new(), Vec::new(), Vec::new());
        for (i, (word, label)) in words.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            offsets.push((text.len(), text.len() + word.len()));
            text.push_str(word);
            let at = NER.iter().position(|l| l == label).unwrap();
            dist.extend((0..NER.len()).map(|k| if k == at { 0.9 } else { 0.0125 }));
        }
        let n = words.len();
        let words = (0..n as u32).map(Some).collect();
        let doc = Tokenized {
            ids: vec![0; n],
            casing: vec![0; n],
            offsets,
            words,
        };
        (text, doc, dist)
    }

    #[test]
    fn a_name_run_on_into_of_and_the_next_name_decode_as_one() {
        let tags = ner_tags();
        let (text, doc, dist) = labelled(&[
            ("Gangs", "B-MISC"),
            ("of", "I-MISC"),
            ("New", "B-LOC"),
            ("York", "I-LOC"),
            ("won", "O"),
            ("and", "O"),
            ("Kia", "B-ORG"),
            ("of", "I-ORG"),
            ("South", "B-LOC"),
            ("Korea", "I-LOC"),
            ("sold", "O"),
        ]);
        let got = entities(&tags, 0.0, &text, &doc, &dist);
        let names: Vec<(&str, EntityLabel)> =
            got.iter().map(|e| (e.span.slice(&text), e.label)).collect();
        assert_eq!(
            names,
            [
                ("Gangs of New York", EntityLabel::Misc),
                ("Kia", EntityLabel::Org),
                ("South Korea", EntityLabel::Loc)
            ]
        );
    }

    #[test]
    fn the_tagged_alone_before_a_name_opens_that_name() {
        let tags = ner_tags();
        let (text, doc, dist) = labelled(&[
            ("The", "B-ORG"),
            ("Evening", "B-MISC"),
            ("Courier", "I-MISC"),
            ("praised", "O"),
            ("The", "O"),
            ("Quiet", "B-MISC"),
            ("Garden", "I-MISC"),
            ("and", "O"),
            ("The", "B-LOC"),
            ("Hague", "I-LOC"),
        ]);
        let got = entities(&tags, 0.0, &text, &doc, &dist);
        let names: Vec<(&str, EntityLabel)> =
            got.iter().map(|e| (e.span.slice(&text), e.label)).collect();
        assert_eq!(
            names,
            [
                ("The Evening Courier", EntityLabel::Misc),
                ("Quiet Garden", EntityLabel::Misc),
                ("The Hague", EntityLabel::Loc)
            ]
        );
    }
}
