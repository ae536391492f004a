#![deny(missing_docs)]
//! Named-entity recognition with a BERT token classifier run through rust-bert.
//!
//! The model is a plain rust-bert [`BertForTokenClassification`]; its token-type
//! embeddings carry sub-token casing (see [`casing`]). Long texts are cut into
//! overlapping windows, never truncated; windows from many documents are sorted by
//! length and batched so the model sees full batches; each token's label comes from
//! the window in which it has the most context. Entities are decoded on the
//! tokenizer's pre-token words, so they are never sub-word fragments.

pub mod casing;
pub mod eval;

use std::path::{Path, PathBuf};

use nx_text::{Entity, EntityLabel, Span};
use rust_bert::bert::{BertConfig, BertForTokenClassification};
use rust_bert::Config;
use tch::{nn, Device, Kind, Tensor};
use tokenizers::Tokenizer;

/// Why the model could not be loaded or run.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    /// A model file is missing or unreadable.
    #[error("model file {path}: {message}")]
    ModelFile {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The model's labels are not the CoNLL BIO set.
    #[error("unsupported label {0:?} in model config (expected O, B-/I-PER|ORG|LOC|MISC)")]
    Label(String),
    /// The tokenizer failed on an input.
    #[error("tokenizer: {0}")]
    Tokenizer(String),
    /// libtorch failed.
    #[error("libtorch: {0}")]
    Torch(#[from] tch::TchError),
}

/// Numeric precision of the forward pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// 32-bit floats: slow, the reference.
    Fp32,
    /// bfloat16: about 4x faster on CPUs with AVX-512 BF16/AMX.
    Bf16,
}

/// How to load and run the model.
#[derive(Debug, Clone)]
pub struct NerOptions {
    /// Folder with config.json, model.safetensors and tokenizer.json.
    pub model_dir: PathBuf,
    /// Windows per forward pass.
    pub batch_size: usize,
    /// Sub-tokens per window, [CLS] and [SEP] included.
    pub window: usize,
    /// Sub-tokens of context kept on each side of a window's own tokens.
    pub context: usize,
    /// Forward-pass precision.
    pub precision: Precision,
    /// libtorch intra-op threads (0: leave libtorch's default).
    pub threads: usize,
    /// Entities scoring below this are dropped.
    pub min_score: f32,
}

/// Tag of one label id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Outside,
    Begin(EntityLabel),
    Inside(EntityLabel),
}

/// A loaded model, ready to tag texts. Not `Sync`: share it behind a lock.
pub struct NerModel {
    // The var store owns the weights the model's layers refer to.
    _vs: nn::VarStore,
    model: BertForTokenClassification,
    tokenizer: Tokenizer,
    tags: Vec<Tag>,
    cls: i64,
    sep: i64,
    options: NerOptions,
}

impl std::fmt::Debug for NerModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NerModel")
            .field("options", &self.options)
            .finish()
    }
}

/// One window of sub-tokens cut from a document.
struct Window {
    doc: usize,
    /// Range of the document's tokens fed to the model.
    tokens: std::ops::Range<usize>,
    /// Range of tokens this window decides (the rest is context).
    owned: std::ops::Range<usize>,
}

/// A tokenized document.
struct Tokenized {
    ids: Vec<i64>,
    casing: Vec<i64>,
    offsets: Vec<(usize, usize)>,
    words: Vec<Option<u32>>,
}

fn model_file(dir: &Path, name: &str) -> Result<PathBuf, NerError> {
    let path = dir.join(name);
    if path.is_file() {
        Ok(path)
    } else {
        Err(NerError::ModelFile {
            path,
            message: "not found".into(),
        })
    }
}

impl NerModel {
    /// Load the model from `options.model_dir` onto the CPU.
    pub fn load(options: NerOptions) -> Result<NerModel, NerError> {
        if options.threads > 0 {
            tch::set_num_threads(options.threads as i32);
        }
        let dir = &options.model_dir;
        let config_path = model_file(dir, "config.json")?;
        let weights = model_file(dir, "model.safetensors")?;
        let tok_path = model_file(dir, "tokenizer.json")?;
        let config = BertConfig::from_file(&config_path);
        let id2label = config.id2label.clone().ok_or_else(|| NerError::ModelFile {
            path: config_path.clone(),
            message: "no id2label".into(),
        })?;
        let mut tags = vec![Tag::Outside; id2label.len()];
        for (id, label) in &id2label {
            let tag = match label.split_once('-') {
                None if label == "O" => Tag::Outside,
                Some((bi, typ)) => {
                    let typ =
                        EntityLabel::parse(typ).ok_or_else(|| NerError::Label(label.clone()))?;
                    match bi {
                        "B" => Tag::Begin(typ),
                        "I" => Tag::Inside(typ),
                        _ => return Err(NerError::Label(label.clone())),
                    }
                }
                None => return Err(NerError::Label(label.clone())),
            };
            let slot = tags
                .get_mut(*id as usize)
                .ok_or_else(|| NerError::Label(label.clone()))?;
            *slot = tag;
        }
        let mut vs = nn::VarStore::new(Device::Cpu);
        let model = BertForTokenClassification::new(vs.root(), &config).map_err(|e| {
            NerError::ModelFile {
                path: config_path.clone(),
                message: e.to_string(),
            }
        })?;
        vs.load(&weights)?;
        match options.precision {
            Precision::Bf16 => vs.bfloat16(),
            Precision::Fp32 => vs.float(),
        }
        vs.freeze();
        let mut tokenizer = Tokenizer::from_file(&tok_path).map_err(|e| NerError::ModelFile {
            path: tok_path.clone(),
            message: e.to_string(),
        })?;
        tokenizer.with_padding(None);
        tokenizer
            .with_truncation(None)
            .map_err(|e| NerError::ModelFile {
                path: tok_path.clone(),
                message: e.to_string(),
            })?;
        let special = |t: &str| {
            tokenizer
                .token_to_id(t)
                .map(i64::from)
                .ok_or_else(|| NerError::ModelFile {
                    path: tok_path.clone(),
                    message: format!("no {t} token"),
                })
        };
        let (cls, sep) = (special("[CLS]")?, special("[SEP]")?);
        Ok(NerModel {
            _vs: vs,
            model,
            tokenizer,
            tags,
            cls,
            sep,
            options,
        })
    }

    /// The options the model was loaded with.
    pub fn options(&self) -> &NerOptions {
        &self.options
    }

    fn tokenize(&self, text: &str) -> Result<Tokenized, NerError> {
        let enc = self
            .tokenizer
            .encode(text, false)
            .map_err(|e| NerError::Tokenizer(e.to_string()))?;
        let offsets = enc.get_offsets().to_vec();
        let casing = offsets
            .iter()
            .map(|&(a, b)| text.get(a..b).map_or(casing::SPECIAL, casing::casing_class))
            .collect();
        Ok(Tokenized {
            ids: enc.get_ids().iter().map(|&i| i64::from(i)).collect(),
            casing,
            offsets,
            words: enc.get_word_ids().to_vec(),
        })
    }

    /// Cut `n` tokens into windows of at most `window - 2` tokens that overlap by
    /// `2 * context`; each token is owned by exactly one window.
    fn windows(&self, doc: usize, n: usize, out: &mut Vec<Window>) {
        let size = self.options.window.saturating_sub(2).max(1);
        let ctx = self.options.context.min((size - 1) / 2);
        let step = size - 2 * ctx;
        let mut start = 0;
        loop {
            let end = (start + size).min(n);
            let own_start = if start == 0 { 0 } else { start + ctx };
            let own_end = if end == n { n } else { end - ctx };
            out.push(Window {
                doc,
                tokens: start..end,
                owned: own_start..own_end,
            });
            if end == n {
                break;
            }
            start += step;
        }
    }

    /// Tag every text; one list of entities per text, in order of position.
    pub fn predict(&self, texts: &[&str]) -> Result<Vec<Vec<Entity>>, NerError> {
        let docs = texts
            .iter()
            .map(|t| self.tokenize(t))
            .collect::<Result<Vec<_>, _>>()?;
        let mut windows = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            if !doc.ids.is_empty() {
                self.windows(d, doc.ids.len(), &mut windows);
            }
        }
        // Sort by length (stable, so the order is deterministic) to batch alike windows.
        let mut order: Vec<usize> = (0..windows.len()).collect();
        order.sort_by_key(|&w| std::cmp::Reverse(windows[w].tokens.len()));
        // Per document and token: (label id, probability).
        let mut best: Vec<Vec<(usize, f32)>> =
            docs.iter().map(|d| vec![(0, 0.0); d.ids.len()]).collect();
        for batch in order.chunks(self.options.batch_size.max(1)) {
            let width = windows[batch[0]].tokens.len() + 2;
            let rows = batch.len();
            let mut ids = vec![0i64; rows * width];
            let mut types = vec![0i64; rows * width];
            let mut mask = vec![0i64; rows * width];
            for (r, &w) in batch.iter().enumerate() {
                let win = &windows[w];
                let doc = &docs[win.doc];
                let row = r * width;
                ids[row] = self.cls;
                mask[row] = 1;
                for (k, t) in win.tokens.clone().enumerate() {
                    ids[row + 1 + k] = doc.ids[t];
                    types[row + 1 + k] = doc.casing[t];
                    mask[row + 1 + k] = 1;
                }
                let last = row + 1 + win.tokens.len();
                ids[last] = self.sep;
                mask[last] = 1;
            }
            let shape = [rows as i64, width as i64];
            let (probs, labels) = tch::no_grad(|| -> Result<(Vec<f32>, Vec<i64>), NerError> {
                let ids = Tensor::from_slice(&ids).view(shape);
                let types = Tensor::from_slice(&types).view(shape);
                let mask = Tensor::from_slice(&mask).view(shape);
                let logits = self
                    .model
                    .forward_t(Some(&ids), Some(&mask), Some(&types), None, None, false)
                    .logits
                    .to_kind(Kind::Float);
                let (p, l) = logits.softmax(-1, Kind::Float).max_dim(-1, false);
                Ok((
                    Vec::<f32>::try_from(p.flatten(0, -1))?,
                    Vec::<i64>::try_from(l.flatten(0, -1))?,
                ))
            })?;
            for (r, &w) in batch.iter().enumerate() {
                let win = &windows[w];
                for t in win.owned.clone() {
                    let k = r * width + 1 + (t - win.tokens.start);
                    best[win.doc][t] = (labels[k] as usize, probs[k]);
                }
            }
        }
        Ok(docs
            .iter()
            .zip(texts)
            .zip(&best)
            .map(|((doc, text), best)| self.decode(text, doc, best))
            .collect())
    }

    /// Turn per-token labels into entities over whole pre-token words: a word takes
    /// the label of its first sub-token; B-, a change of type or a line break
    /// starts an entity.
    fn decode(&self, text: &str, doc: &Tokenized, best: &[(usize, f32)]) -> Vec<Entity> {
        struct Open {
            label: EntityLabel,
            start: usize,
            end: usize,
            score_sum: f32,
            words: usize,
        }
        let mut out = Vec::new();
        let mut open: Option<Open> = None;
        let close = |o: Open, out: &mut Vec<Entity>| {
            let score = o.score_sum / o.words as f32;
            if score >= self.options.min_score {
                if let Some(span) = Span::new(text, o.start, o.end) {
                    out.push(Entity {
                        span,
                        label: o.label,
                        score,
                    });
                }
            }
        };
        let mut t = 0;
        while t < doc.ids.len() {
            // The word's sub-tokens: t..u.
            let mut u = t + 1;
            while u < doc.ids.len() && doc.words[u].is_some() && doc.words[u] == doc.words[t] {
                u += 1;
            }
            let (start, end) = (doc.offsets[t].0, doc.offsets[u - 1].1);
            let (label_id, p) = best[t];
            match self.tags.get(label_id).copied().unwrap_or(Tag::Outside) {
                Tag::Outside => {
                    if let Some(o) = open.take() {
                        close(o, &mut out);
                    }
                }
                // Names never run across a line break (headline, byline, paragraph).
                Tag::Inside(l)
                    if open
                        .as_ref()
                        .is_some_and(|o| o.label == l && !text[o.end..start].contains('\n')) =>
                {
                    let o = open.as_mut().expect("checked above");
                    o.end = end;
                    o.score_sum += p;
                    o.words += 1;
                }
                Tag::Begin(l) | Tag::Inside(l) => {
                    if let Some(o) = open.take() {
                        close(o, &mut out);
                    }
                    open = Some(Open {
                        label: l,
                        start,
                        end,
                        score_sum: p,
                        words: 1,
                    });
                }
            }
            t = u;
        }
        if let Some(o) = open.take() {
            close(o, &mut out);
        }
        out
    }
}
