#![deny(missing_docs)]
//! Named-entity recognition with a BERT token classifier run through rust-bert.
//!
//! The model is a plain rust-bert `BertForTokenClassification`, its weights read by
//! rust-bert's names; its token-type embeddings carry sub-token casing (see [`casing`]). Long texts are cut into
//! overlapping windows, never truncated; windows from many documents are sorted by
//! length and batched so the model sees full batches; each token's label comes from
//! the window in which it has the most context. Entities are decoded on the
//! tokenizer's pre-token words, so they are never sub-word fragments.
//!
//! A model may carry a second task on the same classifier: labels named
//! `content:O|B|I`, `source:O|B|I` and `cue:O|B|I` tag the parts of attributions
//! (see `scripts/train_attribution.py`). The same forward pass then also yields
//! [`AttributionTag`]s, which the quotes stage uses as hints.

mod bio;
mod decode;
pub mod casing;
mod encoder;
pub mod eval;
pub mod precision;
mod propagate;
mod tidy;
mod weights;

use std::path::{Path, PathBuf};

use nx_text::{AttributionRole, AttributionTag, Entity, EntityLabel, Span};
use rust_bert::bert::BertConfig;
use rust_bert::Config;
use tch::{Kind, Tensor};

pub use precision::{CpuFeatures, Precision};
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
    /// The precision asked for cannot run on this machine.
    #[error("{0}")]
    Unsupported(String),
    /// libtorch failed.
    #[error("libtorch: {0}")]
    Torch(#[from] tch::TchError),
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
    /// Within a text, a name tagged with several labels takes the one carrying
    /// more than this share of its mentions' scores (1.0 or more: off).
    pub label_share: f32,
    /// Tag every other whole-word occurrence of a tagged name (see `propagate`).
    pub propagate: bool,
}

/// Tag of one label id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Outside,
    Begin(EntityLabel),
    Inside(EntityLabel),
}

/// The attribution roles in label order, with their label-name prefixes.
const ROLES: [(AttributionRole, &str); 3] = [
    (AttributionRole::Content, "content"),
    (AttributionRole::Source, "source"),
    (AttributionRole::Cue, "cue"),
];

/// What the model finds in one text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tagged {
    /// Named entities, in order of position.
    pub entities: Vec<Entity>,
    /// Attribution parts, by role then position; empty unless the model was
    /// trained on attributions.
    pub attributions: Vec<AttributionTag>,
}

/// A loaded model, ready to tag texts. Not `Sync`: share it behind a lock.
pub struct NerModel {
    encoder: encoder::Encoder,
    tokenizer: Tokenizer,
    /// The entity labels, ids 0..tags.len().
    tags: Vec<Tag>,
    /// Label id of `content:O`, `source:O`, `cue:O` (B and I follow each).
    roles: Option<[usize; 3]>,
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

impl Tokenized {
    /// Each pre-token word: its first sub-token and its byte span.
    fn word_spans(&self) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let n = self.ids.len();
        let mut t = 0;
        std::iter::from_fn(move || {
            if t >= n {
                return None;
            }
            let mut u = t + 1;
            while u < n && self.words[u].is_some() && self.words[u] == self.words[t] {
                u += 1;
            }
            let word = (t, self.offsets[t].0, self.offsets[u - 1].1);
            t = u;
            Some(word)
        })
    }
}

/// Whether int8 linear layers run on this machine (fbgemm: x86 with AVX2 and a
/// libtorch built with it). Checked once.
pub fn int8_runs() -> bool {
    static RUNS: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *RUNS.get_or_init(encoder::int8_probe)
}

/// Keep freed activation buffers in the heap instead of returning them to the
/// kernel. A forward pass allocates and frees tensors of hundreds of kilobytes;
/// above glibc's default thresholds each one is a fresh `mmap`, and the page
/// faults and zeroing that follow took about a sixth of the entities stage's
/// time (perf). With these thresholds the stage ran about 20% faster for some
/// 50 MB more resident memory. glibc only; elsewhere a no-op.
fn keep_freed_buffers() {
    static DONE: std::sync::Once = std::sync::Once::new();
    DONE.call_once(|| {
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        // SAFETY: mallopt only changes allocator thresholds; called once, before
        // the model's tensors are allocated.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
            libc::mallopt(libc::M_TRIM_THRESHOLD, 512 << 20);
        }
    });
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

/// The entity tags (ids 0..n) and, when the model has them, the label id of
/// each attribution role's `O` (its `B` and `I` follow).
fn parse_labels(
    id2label: &std::collections::HashMap<i64, String>,
) -> Result<(Vec<Tag>, Option<[usize; 3]>), NerError> {
    let mut role_ids = [usize::MAX; 3];
    let mut role_labels = 0;
    for (id, label) in id2label {
        if let Some((role, bio)) = label.split_once(':') {
            let r = ROLES
                .iter()
                .position(|(_, name)| *name == role)
                .ok_or_else(|| NerError::Label(label.clone()))?;
            let offset = ["O", "B", "I"]
                .iter()
                .position(|b| *b == bio)
                .ok_or_else(|| NerError::Label(label.clone()))?;
            if offset == 0 {
                role_ids[r] = *id as usize;
            }
            role_labels += 1;
        }
    }
    let ner_labels = id2label.len() - role_labels;
    let roles = if role_labels == 0 {
        None
    } else {
        // each role's O, B, I in order, after the entity labels
        let laid_out = role_labels == 9
            && role_ids.iter().all(|&o| {
                o >= ner_labels
                    && ["O", "B", "I"].iter().enumerate().all(|(k, b)| {
                        id2label
                            .get(&((o + k) as i64))
                            .is_some_and(|l| l.ends_with(&format!(":{b}")))
                    })
            });
        if !laid_out {
            return Err(NerError::Label(
                "attribution labels (content|source|cue:O|B|I, in that order, after the entity labels)".into(),
            ));
        }
        Some(role_ids)
    };
    let mut tags = vec![Tag::Outside; ner_labels];
    for (id, label) in id2label {
        if label.contains(':') {
            continue;
        }
        let tag = match label.split_once('-') {
            None if label == "O" => Tag::Outside,
            Some((bi, typ)) => {
                let typ = EntityLabel::parse(typ).ok_or_else(|| NerError::Label(label.clone()))?;
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
    Ok((tags, roles))
}

impl NerModel {
    /// Load the model from `options.model_dir` onto the CPU.
    pub fn load(options: NerOptions) -> Result<NerModel, NerError> {
        keep_freed_buffers();
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
        let (tags, roles) = parse_labels(&id2label)?;
        // The weights by rust-bert's names, read without building the model first (see
        // `weights`); the forward pass is our own (see `encoder`).
        let variables = weights::read(
            &weights,
            &weights::Expected {
                hidden: config.hidden_size,
                intermediate: config.intermediate_size,
                vocab: config.vocab_size,
                labels: id2label.len() as i64,
            },
        )?;
        let shape = encoder::Shape {
            hidden: config.hidden_size,
            heads: config.num_attention_heads,
            layers: config.num_hidden_layers as usize,
            // rust-bert's BERT layer norms use 1e-12 whatever the config says.
            eps: 1e-12,
        };
        if !matches!(config.hidden_act, rust_bert::Activation::gelu) {
            return Err(NerError::ModelFile {
                path: config_path.clone(),
                message: "only hidden_act \"gelu\" is supported".into(),
            });
        }
        let precisions = precision::ModelPrecisions::of_model(dir);
        let encoder = encoder::Encoder::new(
            variables,
            shape,
            options.precision,
            &precisions.int8_keep_fp32,
        )?;
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
            encoder,
            tokenizer,
            tags,
            roles,
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

    /// Whether the model also tags attributions.
    pub fn tags_attributions(&self) -> bool {
        self.roles.is_some()
    }

    /// Tag every text; one list of entities per text, in order of position.
    pub fn predict(&self, texts: &[&str]) -> Result<Vec<Vec<Entity>>, NerError> {
        Ok(self.tag(texts)?.into_iter().map(|t| t.entities).collect())
    }

    /// Entities and, when the model has them, attribution parts of every text.
    pub fn tag(&self, texts: &[&str]) -> Result<Vec<Tagged>, NerError> {
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
        let ner_labels = self.tags.len();
        // Per document: the probability of every label of every token, token by token.
        let mut dists: Vec<Vec<f32>> = docs.iter().map(|d| vec![0.0; d.ids.len() * ner_labels]).collect();
        // Per document, role and token: (0 O, 1 B, 2 I; probability).
        let mut best_roles: Vec<[Vec<(u8, f32)>; 3]> = match self.roles {
            Some(_) => docs
                .iter()
                .map(|d| std::array::from_fn(|_| vec![(0, 0.0); d.ids.len()]))
                .collect(),
            None => Vec::new(),
        };
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
            type Best = (Vec<f32>, Vec<i64>);
            let (dist, roles) = tch::no_grad(|| -> Result<(Vec<f32>, Vec<Best>), NerError> {
                let ids = Tensor::from_slice(&ids).view(shape);
                let types = Tensor::from_slice(&types).view(shape);
                let mask = Tensor::from_slice(&mask).view(shape);
                let logits = self.encoder.forward(&ids, &types, &mask)?;
                // the most likely label among `n` from `first`, and its probability
                let argmax = |first: i64, n: i64| -> Result<Best, NerError> {
                    let (p, l) = logits
                        .narrow(-1, first, n)
                        .softmax(-1, Kind::Float)
                        .max_dim(-1, false);
                    Ok((
                        Vec::<f32>::try_from(p.flatten(0, -1))?,
                        Vec::<i64>::try_from(l.flatten(0, -1))?,
                    ))
                };
                let roles = match self.roles {
                    Some(ids) => ids
                        .iter()
                        .map(|&o| argmax(o as i64, 3))
                        .collect::<Result<_, _>>()?,
                    None => Vec::new(),
                };
                let dist = logits.narrow(-1, 0, ner_labels as i64).softmax(-1, Kind::Float);
                Ok((Vec::<f32>::try_from(dist.flatten(0, -1))?, roles))
            })?;
            for (r, &w) in batch.iter().enumerate() {
                let win = &windows[w];
                for t in win.owned.clone() {
                    let k = r * width + 1 + (t - win.tokens.start);
                    dists[win.doc][t * ner_labels..(t + 1) * ner_labels]
                        .copy_from_slice(&dist[k * ner_labels..(k + 1) * ner_labels]);
                    for (role, (p, l)) in roles.iter().enumerate() {
                        best_roles[win.doc][role][t] = (l[k] as u8, p[k]);
                    }
                }
            }
        }
        Ok(docs
            .iter()
            .zip(texts)
            .zip(&dists)
            .enumerate()
            .map(|(d, ((doc, text), dist))| Tagged {
                entities: {
                    let mut entities =
                        decode::entities(&self.tags, self.options.min_score, text, doc, dist);
                    tidy::join_touching(text, &mut entities);
                    tidy::office_holders(text, &mut entities);
                    tidy::join_split_names(text, &mut entities);
                    if self.options.label_share < 1.0 {
                        tidy::harmonise(text, &mut entities, self.options.label_share);
                    }
                    if self.options.propagate {
                        propagate::propagate(text, &mut entities);
                    }
                    entities
                },
                attributions: best_roles.get(d).map_or_else(Vec::new, |roles| {
                    ROLES
                        .iter()
                        .zip(roles)
                        .flat_map(|(&(role, _), tags)| decode_role(text, doc, tags, role))
                        .collect()
                }),
            })
            .collect())
    }
}

/// Stretches of one attribution role over whole pre-token words: a word takes
/// the tag of its first sub-token; B or a blank line starts a new stretch.
fn decode_role(
    text: &str,
    doc: &Tokenized,
    tags: &[(u8, f32)],
    role: AttributionRole,
) -> Vec<AttributionTag> {
    let mut out = Vec::new();
    // (start, end, score sum, words)
    let mut open: Option<(usize, usize, f32, usize)> = None;
    let close = |o: (usize, usize, f32, usize), out: &mut Vec<AttributionTag>| {
        if let Some(span) = Span::new(text, o.0, o.1) {
            out.push(AttributionTag {
                span,
                role,
                score: o.2 / o.3 as f32,
            });
        }
    };
    for (t, start, end) in doc.word_spans() {
        let (tag, p) = tags[t];
        let continues = tag == 2 && open.is_some_and(|o| !text[o.1..start].contains("\n\n"));
        if continues {
            let o = open.as_mut().expect("checked above");
            o.1 = end;
            o.2 += p;
            o.3 += 1;
        } else {
            if let Some(o) = open.take() {
                close(o, &mut out);
            }
            if tag != 0 {
                open = Some((start, end, p, 1));
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
    use std::collections::HashMap;

    fn labels(names: &[&str]) -> HashMap<i64, String> {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| (i as i64, n.to_string()))
            .collect()
    }

    const NER: [&str; 9] = [
        "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
    ];
    const ROLE_LABELS: [&str; 9] = [
        "content:O",
        "content:B",
        "content:I",
        "source:O",
        "source:B",
        "source:I",
        "cue:O",
        "cue:B",
        "cue:I",
    ];

    #[test]
    fn entity_labels_alone() {
        let (tags, roles) = parse_labels(&labels(&NER)).unwrap();
        assert_eq!(tags.len(), 9);
        assert_eq!(tags[3], Tag::Begin(EntityLabel::Org));
        assert!(roles.is_none());
    }

    #[test]
    fn attribution_labels_after_entity_labels() {
        let all: Vec<&str> = NER.iter().chain(&ROLE_LABELS).copied().collect();
        let (tags, roles) = parse_labels(&labels(&all)).unwrap();
        assert_eq!(tags.len(), 9);
        assert_eq!(roles, Some([9, 12, 15]));
    }

    #[test]
    fn misplaced_or_unknown_attribution_labels_are_refused() {
        // roles before the entity labels
        let first: Vec<&str> = ROLE_LABELS.iter().chain(&NER).copied().collect();
        assert!(parse_labels(&labels(&first)).is_err());
        // B and I swapped
        let mut swapped: Vec<&str> = NER.iter().chain(&ROLE_LABELS).copied().collect();
        swapped.swap(10, 11);
        assert!(parse_labels(&labels(&swapped)).is_err());
        // a role the quotes stage does not know
        let mut unknown: Vec<&str> = NER.iter().chain(&ROLE_LABELS).copied().collect();
        unknown[15] = "topic:O";
        assert!(parse_labels(&labels(&unknown)).is_err());
    }

    #[test]
    fn role_stretches_cover_whole_words_and_stop_at_blank_lines() {
        let text = "He said taxes rise.\n\nNext year";
        // tokens: He said tax ##es rise . Next year
        let offsets = vec![
            (0, 2),
            (3, 7),
            (8, 11),
            (11, 13),
            (14, 18),
            (18, 19),
            (21, 25),
            (26, 30),
        ];
        let words = [0, 1, 2, 2, 3, 4, 5, 6].iter().map(|&w| Some(w)).collect();
        let doc = Tokenized {
            ids: vec![0; 8],
            casing: vec![0; 8],
            offsets,
            words,
        };
        // B I (I on the sub-token is ignored: the word's first decides) I O, I I after a blank line
        let tags = [
            (0, 0.9),
            (0, 0.9),
            (1, 0.8),
            (0, 0.1),
            (2, 0.6),
            (0, 0.9),
            (2, 0.7),
            (2, 0.5),
        ];
        let got = decode_role(text, &doc, &tags, AttributionRole::Content);
        let spans: Vec<&str> = got.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(spans, ["taxes rise", "Next year"]);
        assert!((got[0].score - 0.7).abs() < 1e-6);
        assert!(got.iter().all(|t| t.role == AttributionRole::Content));
    }
}
