//! `news-extract eval html`: main-text extraction scored the way the
//! article-extraction benchmark does it.
//!
//! Texts become `\w+` word tokens (letters, digits, underscore) and the
//! multiset of their overlapping 4-token shingles (a text of fewer than 4
//! tokens is one shingle). Per page, TP/FP/FN are the shingle multiset overlap
//! and differences, normalised by their sum; precision and recall are per page
//! (a page with no predicted shingles has no precision, one with no reference
//! shingles no recall) and averaged over pages; F1 is that of the averages.

use std::collections::HashMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::config::InputConfig;

/// Why the benchmark could not be scored.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file could not be read.
    #[error("{path}: {message}")]
    Read {
        /// The file.
        path: PathBuf,
        /// What failed.
        message: String,
    },
}

/// The figures of one run.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// Pages scored.
    pub pages: usize,
    /// Pages where nothing was extracted.
    pub empty: usize,
    /// Mean precision of the body.
    pub precision: f64,
    /// Mean recall of the body.
    pub recall: f64,
    /// The same for the document text (the title line, when the page has one, and the body).
    pub with_title: (f64, f64),
    /// Share of pages whose tokens equal the reference's.
    pub exact: f64,
    /// Seconds spent extracting.
    pub seconds: f64,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "html main text: {} pages ({} with nothing extracted), {:.2} s extracting ({:.1} ms/page)",
            self.pages,
            self.empty,
            self.seconds,
            1000.0 * self.seconds / self.pages.max(1) as f64
        )?;
        writeln!(
            f,
            "  body (benchmark):      P {:.3}  R {:.3}  F1 {:.3}  exact {:.3}",
            self.precision,
            self.recall,
            f1(self.precision, self.recall),
            self.exact
        )?;
        let (p, r) = self.with_title;
        writeln!(
            f,
            "  document text (title): P {p:.3}  R {r:.3}  F1 {:.3}",
            f1(p, r)
        )
    }
}

/// `\w+` tokens.
pub fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles<'t>(tokens: &'t [&'t str]) -> HashMap<&'t [&'t str], usize> {
    let mut m = HashMap::new();
    if tokens.is_empty() {
        return m;
    }
    let n = 4.min(tokens.len());
    for w in tokens.windows(n) {
        *m.entry(w).or_insert(0) += 1;
    }
    m
}

/// Normalised (TP, FP, FN) of `pred` against `truth`.
pub fn tp_fp_fn(truth: &str, pred: &str) -> (f64, f64, f64) {
    let (t, p) = (tokens(truth), tokens(pred));
    let (a, b) = (shingles(&t), shingles(&p));
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (k, &x) in &a {
        let y = b.get(k).copied().unwrap_or(0);
        tp += x.min(y);
        fn_ += x.saturating_sub(y);
    }
    for (k, &y) in &b {
        fp += y.saturating_sub(a.get(k).copied().unwrap_or(0));
    }
    let s = (tp + fp + fn_) as f64;
    if s == 0.0 {
        return (0.0, 0.0, 0.0);
    }
    (tp as f64 / s, fp as f64 / s, fn_ as f64 / s)
}

/// Mean precision and recall over pages' (TP, FP, FN).
pub fn mean_pr(pages: &[(f64, f64, f64)]) -> (f64, f64) {
    let score = |tp: f64, other: f64, third: f64| {
        if other == 0.0 && third == 0.0 {
            1.0
        } else if tp == 0.0 && other == 0.0 {
            0.0
        } else {
            tp / (tp + other)
        }
    };
    let mean = |v: Vec<f64>| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let p = pages
        .iter()
        .filter(|(tp, fp, _)| tp + fp > 0.0)
        .map(|&(tp, fp, fn_)| score(tp, fp, fn_))
        .collect();
    let r = pages
        .iter()
        .filter(|(tp, _, fn_)| tp + fn_ > 0.0)
        .map(|&(tp, fp, fn_)| score(tp, fn_, fp))
        .collect();
    (mean(p), mean(r))
}

/// Score the extractor on `dir` (`ground_truth.jsonl` and `pages/<id>.html.gz`).
pub fn benchmark(dir: &Path, config: &InputConfig) -> Result<Scores, EvalError> {
    let gt_path = dir.join("ground_truth.jsonl");
    let read_err = |path: &Path, message: String| EvalError::Read {
        path: path.to_path_buf(),
        message,
    };
    let gt = std::fs::read_to_string(&gt_path).map_err(|e| read_err(&gt_path, e.to_string()))?;
    let (mut body, mut titled) = (Vec::new(), Vec::new());
    let (mut empty, mut exact) = (0, 0);
    let mut seconds = 0.0;
    for (i, line) in gt.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| read_err(&gt_path, format!("line {}: {e}", i + 1)))?;
        let id = v["id"].as_str().unwrap_or_default();
        let truth = v["articleBody"].as_str().unwrap_or_default();
        let page_path = dir.join("pages").join(format!("{id}.html.gz"));
        let mut bytes = Vec::new();
        std::fs::File::open(&page_path)
            .and_then(|f| flate2::read::MultiGzDecoder::new(f).read_to_end(&mut bytes))
            .map_err(|e| read_err(&page_path, e.to_string()))?;
        let t = std::time::Instant::now();
        let doc = super::document(&bytes, config);
        seconds += t.elapsed().as_secs_f64();
        let (text, full) = match doc {
            Ok(p) => {
                let full = crate::document::Document::new("", "", p.text.clone(), "")
                    .with_title(p.title.as_deref())
                    .text;
                (p.text, full)
            }
            Err(_) => (String::new(), String::new()),
        };
        empty += usize::from(text.trim().is_empty());
        exact += usize::from(tokens(truth) == tokens(&text));
        body.push(tp_fp_fn(truth, &text));
        titled.push(tp_fp_fn(truth, &full));
    }
    let (precision, recall) = mean_pr(&body);
    Ok(Scores {
        pages: body.len(),
        empty,
        precision,
        recall,
        with_title: mean_pr(&titled),
        exact: exact as f64 / body.len().max(1) as f64,
        seconds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingles_count_as_the_benchmark_does() {
        assert_eq!(
            tokens("It's a dog-eat-dog_world, 3.5%!"),
            ["It", "s", "a", "dog", "eat", "dog_world", "3", "5"]
        );
        // 5 tokens: 2 shingles each; one shared.
        let (tp, fp, fn_) = tp_fp_fn("a b c d e", "a b c d x");
        assert!(
            (tp - 1.0 / 3.0).abs() < 1e-9
                && (fp - 1.0 / 3.0).abs() < 1e-9
                && (fn_ - 1.0 / 3.0).abs() < 1e-9
        );
        // Short texts are one shingle; nothing predicted scores no precision.
        assert_eq!(tp_fp_fn("a b", "a b"), (1.0, 0.0, 0.0));
        let pages = [(1.0, 0.0, 0.0), (0.0, 0.0, 1.0), (0.5, 0.5, 0.0)];
        let (p, r) = mean_pr(&pages);
        assert!((p - 0.75).abs() < 1e-9, "{p}");
        assert!((r - 2.0 / 3.0).abs() < 1e-9, "{r}");
    }
}
