//! `news-extract eval ner`: scores the model on a CoNLL-2003 file.
//!
//! Each CoNLL document is rebuilt as text (tokens joined by spaces, one sentence
//! per line) and tagged like any article, so the figure measures the stage as it
//! runs, windows and decoding included. Predicted entities are projected back onto
//! the CoNLL tokens they cover, then scored with the conlleval definition: a chunk
//! counts when its span and its label are both exact; micro-averaged P/R/F1.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::time::Instant;

pub use nx_text::Prf;

use crate::{NerError, NerModel};

/// One CoNLL sentence: tokens and IOB tags (IOB1 or IOB2).
#[derive(Debug, Clone, Default)]
pub struct Sentence {
    /// Tokens.
    pub tokens: Vec<String>,
    /// Gold tags, one per token.
    pub tags: Vec<String>,
}

/// Read a CoNLL file ("TOKEN ... TAG" per line, blank lines between sentences,
/// `-DOCSTART-` between documents) into documents of sentences.
pub fn read_conll(text: &str) -> Vec<Vec<Sentence>> {
    let mut docs: Vec<Vec<Sentence>> = vec![Vec::new()];
    let mut cur = Sentence::default();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with("-DOCSTART-") {
            if !cur.tokens.is_empty() {
                docs.last_mut()
                    .expect("never empty")
                    .push(std::mem::take(&mut cur));
            }
            if line.starts_with("-DOCSTART-") && !docs.last().expect("never empty").is_empty() {
                docs.push(Vec::new());
            }
            continue;
        }
        let mut cols = line.split_whitespace();
        let token = cols.next().unwrap_or_default().to_string();
        let tag = cols.last().unwrap_or("O").to_string();
        cur.tokens.push(token);
        cur.tags.push(tag);
    }
    if !cur.tokens.is_empty() {
        docs.last_mut().expect("never empty").push(cur);
    }
    docs.retain(|d| !d.is_empty());
    docs
}

/// conlleval chunks `(start, end, type)` of a tag sequence; IOB1 and IOB2 both
/// work: a chunk starts at B-, or at I- after O or after another type.
pub fn chunks(tags: &[String]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, tag) in tags
        .iter()
        .map(String::as_str)
        .chain(std::iter::once("O"))
        .enumerate()
    {
        let (bi, typ) = tag.split_once('-').unwrap_or(("O", ""));
        let continues = bi == "I" && open.as_ref().is_some_and(|(_, t)| t == typ);
        if !continues {
            if let Some((s, t)) = open.take() {
                out.push((s, i, t));
            }
            if bi == "B" || bi == "I" {
                open = Some((i, typ.to_string()));
            }
        }
    }
    out
}

/// Scores of one evaluation run.
#[derive(Debug, Clone, Default)]
pub struct NerReport {
    /// Micro-averaged over all labels.
    pub micro: Prf,
    /// Per label.
    pub per_label: BTreeMap<String, Prf>,
    /// Documents and tokens scored.
    pub documents: usize,
    /// Tokens scored.
    pub tokens: usize,
    /// Seconds spent tagging.
    pub seconds: f64,
}

impl fmt::Display for NerReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "ner: {} documents, {} tokens, {:.1} s ({:.0} tokens/s)",
            self.documents,
            self.tokens,
            self.seconds,
            self.tokens as f64 / self.seconds.max(1e-9)
        )?;
        writeln!(
            f,
            "{:<6} {:>9} {:>9} {:>9} {:>7}",
            "label", "precision", "recall", "f1", "gold"
        )?;
        for (label, s) in self
            .per_label
            .iter()
            .chain(std::iter::once((&"micro".to_string(), &self.micro)))
        {
            let pct = |x: f64| 100.0 * x;
            writeln!(
                f,
                "{:<6} {:>9.2} {:>9.2} {:>9.2} {:>7}",
                label,
                pct(s.precision()),
                pct(s.recall()),
                pct(s.f1()),
                s.gold
            )?;
        }
        Ok(())
    }
}

/// Score `gold` against `predicted` tag sequences, sentence by sentence.
pub fn score(pairs: &[(Vec<String>, Vec<String>)]) -> NerReport {
    let mut report = NerReport::default();
    for (gold, pred) in pairs {
        let g = chunks(gold);
        let p = chunks(pred);
        report.tokens += gold.len();
        for (_, _, t) in &g {
            report.per_label.entry(t.clone()).or_default().gold += 1;
            report.micro.gold += 1;
        }
        for c in &p {
            let e = report.per_label.entry(c.2.clone()).or_default();
            e.predicted += 1;
            report.micro.predicted += 1;
            if g.contains(c) {
                e.predicted_matched += 1;
                e.gold_matched += 1;
                report.micro.predicted_matched += 1;
                report.micro.gold_matched += 1;
            }
        }
    }
    report
}

/// Tag a CoNLL file with `model` and score it.
pub fn evaluate(path: &Path, model: &NerModel) -> Result<NerReport, NerError> {
    let raw = std::fs::read_to_string(path).map_err(|e| NerError::ModelFile {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    let docs = read_conll(&raw);
    let mut texts = Vec::with_capacity(docs.len());
    // Per document: byte range of every token, sentence by sentence.
    let mut token_spans: Vec<Vec<Vec<(usize, usize)>>> = Vec::with_capacity(docs.len());
    for doc in &docs {
        let mut text = String::new();
        let mut spans = Vec::new();
        for sent in doc {
            let mut s = Vec::new();
            for (k, tok) in sent.tokens.iter().enumerate() {
                if k > 0 {
                    text.push(' ');
                }
                s.push((text.len(), text.len() + tok.len()));
                text.push_str(tok);
            }
            text.push('\n');
            spans.push(s);
        }
        texts.push(text);
        token_spans.push(spans);
    }
    let started = Instant::now();
    let mut pairs = Vec::new();
    // `NX_NER_EVAL_DUMP=FILE` writes "token gold predicted" per line, a blank line between
    // sentences and `-DOCSTART-` between documents, for reading the errors.
    let dump_path = std::env::var_os("NX_NER_EVAL_DUMP");
    let mut dump = String::new();
    for (d, chunk) in texts.chunks(32).enumerate() {
        let refs: Vec<&str> = chunk.iter().map(String::as_str).collect();
        let entities = model.predict(&refs)?;
        for (k, ents) in entities.iter().enumerate() {
            let doc = d * 32 + k;
            for (sent, spans) in docs[doc].iter().zip(&token_spans[doc]) {
                let mut pred = vec!["O".to_string(); spans.len()];
                for e in ents {
                    let mut first = true;
                    for (t, &(a, b)) in spans.iter().enumerate() {
                        if a < e.span.end() && e.span.start() < b {
                            let bi = if first { "B" } else { "I" };
                            pred[t] = format!("{bi}-{}", e.label.as_str());
                            first = false;
                        }
                    }
                }
                if dump_path.is_some() {
                    for ((token, gold), p) in sent.tokens.iter().zip(&sent.tags).zip(&pred) {
                        dump.push_str(&format!("{token} {gold} {p}\n"));
                    }
                    dump.push('\n');
                }
                pairs.push((sent.tags.clone(), pred));
            }
            if dump_path.is_some() {
                dump.push_str("-DOCSTART- O O\n\n");
            }
        }
    }
    if let Some(path) = dump_path {
        std::fs::write(&path, dump).map_err(|e| NerError::ModelFile {
            path: path.into(),
            message: e.to_string(),
        })?;
    }
    let mut report = score(&pairs);
    report.documents = docs.len();
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn chunks_follow_conlleval() {
        // IOB1: I- after O starts a chunk; B- splits adjacent chunks of one type.
        assert_eq!(
            chunks(&tags("I-PER I-PER O I-LOC B-LOC I-ORG")),
            vec![
                (0, 2, "PER".into()),
                (3, 4, "LOC".into()),
                (4, 5, "LOC".into()),
                (5, 6, "ORG".into())
            ]
        );
    }

    #[test]
    fn score_needs_exact_span_and_label() {
        let pairs = vec![
            (tags("B-PER I-PER O B-LOC"), tags("B-PER I-PER O B-ORG")),
            (tags("B-ORG I-ORG"), tags("B-ORG O")),
        ];
        let r = score(&pairs);
        assert_eq!(
            (r.micro.predicted_matched, r.micro.predicted, r.micro.gold),
            (1, 3, 3)
        );
        assert!((r.micro.f1() - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(r.per_label["LOC"].gold_matched, 0);
    }

    #[test]
    fn reads_documents() {
        let raw = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBonn NNP I-NP I-LOC\n";
        let docs = read_conll(raw);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].len(), 2);
        assert_eq!(docs[1][0].tags, vec!["I-LOC"]);
    }
}
