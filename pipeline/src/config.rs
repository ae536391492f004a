//! The pipeline's configuration: plain serde data, read from TOML.
//!
//! Every table denies unknown keys, so a typo fails loudly with the key's full
//! path instead of being ignored. `--set key=value` overrides are applied to the
//! TOML tree before it is deserialised, so they get the same checks. The hash of
//! the effective configuration goes into every output line, so outputs of
//! different experiments can be told apart.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// A configuration problem: always names the key, exits with code 2.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read config file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The TOML does not parse.
    #[error("config file {path} is not valid TOML: {message}")]
    Syntax {
        /// The file.
        path: String,
        /// The parser's message.
        message: String,
    },
    /// A key is unknown or its value has the wrong type.
    #[error("config key `{key}`: {message}")]
    Key {
        /// Dotted path of the key.
        key: String,
        /// What is wrong.
        message: String,
    },
    /// A `--set` argument is not `key=value`.
    #[error("--set {0:?}: expected KEY=VALUE, e.g. --set sentences.enabled=false")]
    Override(String),
}

/// Names of the stages, in the order a pipeline may list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StageName {
    /// Title, headings, dateline, byline and authors, boilerplate.
    Anatomy,
    /// Sentence boundaries.
    Sentences,
    /// Named entities (transformer model).
    Entities,
    /// Quotations with speaker and cue.
    Quotes,
    /// Normalised numbers.
    Numbers,
}

impl StageName {
    /// The name as written in config and output.
    pub fn as_str(&self) -> &'static str {
        match self {
            StageName::Anatomy => "anatomy",
            StageName::Sentences => "sentences",
            StageName::Entities => "entities",
            StageName::Quotes => "quotes",
            StageName::Numbers => "numbers",
        }
    }
}

/// The whole configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Which stages run, and how documents are scheduled.
    pub pipeline: PipelineConfig,
    /// Which files are read and how.
    pub input: InputConfig,
    /// What goes into each output line.
    pub output: OutputConfig,
    /// The anatomy stage.
    pub anatomy: AnatomyConfig,
    /// The sentence stage.
    pub sentences: SentencesConfig,
    /// The entities stage.
    pub entities: EntitiesConfig,
    /// The quotes stage.
    pub quotes: QuotesConfig,
    /// The numbers stage.
    pub numbers: NumbersConfig,
}

/// `[pipeline]`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PipelineConfig {
    /// Stages in the order they run. Quotes use sentences and entities when they ran before.
    pub stages: Vec<StageName>,
    /// Documents in flight (read but not yet written): bounds memory. Lines are
    /// flushed and the resume state saved after every this many documents, so it
    /// also sets how much `--resume` may redo.
    pub chunk_size: usize,
    /// Documents a worker takes at a time, cut from the input in order. The
    /// entities model batches windows within a group, so this sets which windows
    /// share a batch (which can move scores in the last digits), never the
    /// thread count.
    pub group_size: usize,
    /// Detect each document's language, written as `language` (ISO 639-3, null where
    /// the guess is not reliable).
    pub detect_language: bool,
    /// The English-trained stages (entities, quotes, numbers) pass over documents
    /// reliably detected as another language; their `stages` lists what ran.
    pub skip_other_languages: bool,
}

impl Default for PipelineConfig {
    fn default() -> Self {
        PipelineConfig {
            stages: vec![
                StageName::Anatomy,
                StageName::Sentences,
                StageName::Entities,
                StageName::Quotes,
                StageName::Numbers,
            ],
            chunk_size: 256,
            group_size: 8,
            detect_language: true,
            skip_other_languages: true,
        }
    }
}

/// `[input]`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct InputConfig {
    /// Glob patterns (on the path relative to the input folder) of files to read.
    pub include: Vec<String>,
    /// Documents larger than this many bytes (a file, a JSON line or array
    /// element, decompressed) get an error record instead of being read.
    pub max_bytes: u64,
    /// Decode text that is not valid UTF-8 as Windows-1252 (a superset of Latin-1)
    /// and flag it in `encoding`, instead of rejecting it.
    pub latin1_fallback: bool,
    /// Which JSON fields hold what.
    pub fields: FieldsConfig,
}

impl Default for InputConfig {
    fn default() -> Self {
        let globs = [
            "*.txt",
            "*.jsonl",
            "*.json",
            "*.jsonl.gz",
            "*.json.gz",
            "*.jsonl.zst",
            "*.json.zst",
            "*.html",
            "*.htm",
            "*.html.gz",
            "*.htm.gz",
        ];
        InputConfig {
            include: globs.iter().map(|g| g.to_string()).collect(),
            max_bytes: 10_000_000,
            latin1_fallback: true,
            fields: FieldsConfig::default(),
        }
    }
}

/// `[input.fields]`: for each part of a JSON document, the fields that may
/// hold it; the first one present (and not null or empty) is taken.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FieldsConfig {
    /// The article body.
    pub text: Vec<String>,
    /// The headline.
    pub title: Vec<String>,
    /// The document id (else the file's id, `#` and the line number).
    pub id: Vec<String>,
    /// Publication date.
    pub date: Vec<String>,
    /// Where it was published.
    pub url: Vec<String>,
    /// Authors (a string or a list of strings).
    pub authors: Vec<String>,
    /// Publisher or site.
    pub source: Vec<String>,
}

impl Default for FieldsConfig {
    fn default() -> Self {
        let v = |names: &[&str]| names.iter().map(|n| n.to_string()).collect();
        FieldsConfig {
            text: v(&["text", "maintext", "body", "content"]),
            title: v(&["title"]),
            id: v(&["id"]),
            date: v(&["date_publish", "published", "date"]),
            url: v(&["url"]),
            authors: v(&["authors", "author"]),
            source: v(&["source", "source_domain"]),
        }
    }
}

/// `[output]`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct OutputConfig {
    /// Write each document's decoded text in its line (offsets index into it).
    pub include_text: bool,
}

impl Default for OutputConfig {
    fn default() -> Self {
        OutputConfig { include_text: true }
    }
}

/// `[anatomy]`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AnatomyConfig {
    /// Run the stage when it is listed in `pipeline.stages`.
    pub enabled: bool,
    /// Longest headline, in words.
    pub max_title_words: usize,
    /// Look for section headings inside the body.
    pub headings: bool,
    /// Longest section heading, in words.
    pub max_heading_words: usize,
    /// Short lines without sentence shape, up to this many words, before the
    /// first paragraph (when a title or byline is found) or after the last are
    /// page furniture. 0 turns this off.
    pub edge_words: usize,
    /// A short line found in at least this many documents of a run's input
    /// (and in 2% of them) is site furniture; learned in a first pass over the
    /// input. 0 turns the pass off.
    pub furniture_min_docs: usize,
}

impl Default for AnatomyConfig {
    fn default() -> Self {
        let o = nx_anatomy::AnatomyOptions::default();
        AnatomyConfig {
            enabled: true,
            max_title_words: o.max_title_words,
            headings: o.headings,
            max_heading_words: o.max_heading_words,
            edge_words: o.edge_words,
            furniture_min_docs: 5,
        }
    }
}

impl AnatomyConfig {
    /// The analysis options this table describes.
    pub fn options(&self) -> nx_anatomy::AnatomyOptions {
        nx_anatomy::AnatomyOptions {
            max_title_words: self.max_title_words,
            max_heading_words: self.max_heading_words,
            headings: self.headings,
            edge_words: self.edge_words,
        }
    }
}

/// `[sentences]`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SentencesConfig {
    /// Run the stage when it is listed in `pipeline.stages`.
    pub enabled: bool,
    /// Extra abbreviations (without the final dot) that never end a sentence.
    pub extra_abbreviations: Vec<String>,
}

impl Default for SentencesConfig {
    fn default() -> Self {
        SentencesConfig {
            enabled: true,
            extra_abbreviations: Vec::new(),
        }
    }
}

/// Forward-pass precision for the entities model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PrecisionName {
    /// Chosen at run time from the CPU's features and the model's measured
    /// accuracy per precision (see `nx_ner::precision`).
    Auto,
    /// 32-bit floats.
    Fp32,
    /// bfloat16.
    Bf16,
    /// int8 weights, fp32 activations (fbgemm).
    Int8,
}

/// `[entities]`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EntitiesConfig {
    /// Run the stage when it is listed in `pipeline.stages`.
    pub enabled: bool,
    /// Model folder (config.json, model.safetensors, tokenizer.json).
    pub model: PathBuf,
    /// Windows per forward pass.
    pub batch_size: usize,
    /// Sub-tokens per window, [CLS] and [SEP] included (at most 512).
    pub window: usize,
    /// Sub-tokens of context on each side of a window's own tokens.
    pub context: usize,
    /// Forward-pass precision.
    pub precision: PrecisionName,
    /// libtorch threads per model copy (0: one per core). Fixed apart from
    /// `--threads`, so that output does not depend on the thread count.
    pub threads: usize,
    /// Model copies run side by side (0: one per worker thread, at most one per
    /// core). One
    /// single-threaded copy per core keeps both cores busy, which libtorch's own
    /// threads do not on batches this small.
    pub instances: usize,
    /// Entities scoring below this are dropped.
    pub min_score: f32,
    /// Within an article, a name tagged with several labels takes the label
    /// carrying more than this share of its mentions' scores (1: off).
    pub label_share: f32,
    /// Every other whole-word occurrence of a tagged person's name in the
    /// article (and the surname of a tagged full name) is tagged PER.
    pub propagate: bool,
}

impl Default for EntitiesConfig {
    fn default() -> Self {
        EntitiesConfig {
            enabled: true,
            model: PathBuf::from("models/ner-attr-minilm-l3-f1024-cased"),
            batch_size: 16,
            window: 128,
            context: 8,
            precision: PrecisionName::Auto,
            threads: 1,
            instances: 0,
            min_score: 0.0,
            label_share: 0.6,
            propagate: true,
        }
    }
}

/// `[quotes]`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct QuotesConfig {
    /// Run the stage when it is listed in `pipeline.stages`.
    pub enabled: bool,
    /// Also report indirect (reported) speech, not only quotations in quote marks.
    pub indirect: bool,
    /// Use the attribution parts the entities model tags (when it runs first
    /// and was trained on attributions) where the rules find nothing.
    pub model_tags: bool,
    /// Model-tagged contents below this mean confidence are ignored (for new
    /// quotes and for the boundaries of the rules' reported clauses).
    pub tag_min_score: f32,
}

impl Default for QuotesConfig {
    fn default() -> Self {
        QuotesConfig {
            enabled: true,
            indirect: true,
            model_tags: true,
            tag_min_score: 0.7,
        }
    }
}

/// `[numbers]`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NumbersConfig {
    /// Run the stage when it is listed in `pipeline.stages`.
    pub enabled: bool,
    /// Also report what Recognizers-Text counts but is noise in news: relative
    /// ordinals ("last", "next") and unit or currency names without a number.
    pub recognizers_compat: bool,
}

impl Default for NumbersConfig {
    fn default() -> Self {
        NumbersConfig {
            enabled: true,
            recognizers_compat: false,
        }
    }
}

impl NumbersConfig {
    /// The extractor options this table describes.
    pub fn options(&self) -> nx_numbers::Options {
        nx_numbers::Options {
            recognizers_compat: self.recognizers_compat,
        }
    }
}

impl Config {
    /// Load `path` (or the built-in defaults when `None`), apply `KEY=VALUE`
    /// overrides, and validate.
    pub fn load(path: Option<&Path>, overrides: &[String]) -> Result<Config, ConfigError> {
        let (name, raw) = match path {
            Some(p) => (
                p.display().to_string(),
                std::fs::read_to_string(p).map_err(|source| ConfigError::Read {
                    path: p.to_path_buf(),
                    source,
                })?,
            ),
            None => ("<defaults>".to_string(), String::new()),
        };
        Config::from_toml(&name, &raw, overrides)
    }

    /// Parse TOML text, apply overrides, validate.
    pub fn from_toml(name: &str, raw: &str, overrides: &[String]) -> Result<Config, ConfigError> {
        let mut table: toml::Table =
            raw.parse()
                .map_err(|e: toml::de::Error| ConfigError::Syntax {
                    path: name.into(),
                    message: e.to_string(),
                })?;
        for o in overrides {
            apply_override(&mut table, o)?;
        }
        let config: Config =
            serde_path_to_error::deserialize(toml::Value::Table(table)).map_err(|e| {
                let key = e.path().to_string();
                let message = e.into_inner().to_string();
                ConfigError::Key { key, message }
            })?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let bad = |key: &str, message: &str| {
            Err(ConfigError::Key {
                key: key.into(),
                message: message.into(),
            })
        };
        if self.pipeline.chunk_size == 0 {
            return bad("pipeline.chunk_size", "must be at least 1");
        }
        if self.pipeline.group_size == 0 {
            return bad("pipeline.group_size", "must be at least 1");
        }
        let mut seen = std::collections::HashSet::new();
        for s in &self.pipeline.stages {
            if !seen.insert(s) {
                return bad(
                    "pipeline.stages",
                    &format!("stage `{}` is listed twice", s.as_str()),
                );
            }
        }
        if self.input.include.is_empty() {
            return bad(
                "input.include",
                "needs at least one pattern, e.g. \"*.txt\"",
            );
        }
        for p in &self.input.include {
            if let Err(e) = globset::Glob::new(p) {
                return bad("input.include", &format!("bad pattern {p:?}: {e}"));
            }
        }
        if self.input.fields.text.is_empty() {
            return bad(
                "input.fields.text",
                "needs at least one field name, e.g. \"text\"",
            );
        }
        if self.input.max_bytes == 0 {
            return bad("input.max_bytes", "must be at least 1");
        }
        if self.anatomy.max_title_words == 0 {
            return bad("anatomy.max_title_words", "must be at least 1");
        }
        if self.anatomy.max_heading_words == 0 {
            return bad("anatomy.max_heading_words", "must be at least 1");
        }
        let e = &self.entities;
        if e.batch_size == 0 {
            return bad("entities.batch_size", "must be at least 1");
        }
        if !(8..=512).contains(&e.window) {
            return bad("entities.window", "must be between 8 and 512 sub-tokens");
        }
        if 2 * e.context + 2 >= e.window - 2 {
            return bad(
                "entities.context",
                "must leave tokens for the window itself: 2 * context + 4 < window",
            );
        }
        if !(0.0..=1.0).contains(&e.min_score) {
            return bad("entities.min_score", "must be between 0 and 1");
        }
        if !(0.0..=1.0).contains(&self.quotes.tag_min_score) {
            return bad("quotes.tag_min_score", "must be between 0 and 1");
        }
        Ok(())
    }

    /// Stages that run: listed in `pipeline.stages` and enabled.
    pub fn active_stages(&self) -> Vec<StageName> {
        self.pipeline
            .stages
            .iter()
            .copied()
            .filter(|s| match s {
                StageName::Anatomy => self.anatomy.enabled,
                StageName::Sentences => self.sentences.enabled,
                StageName::Entities => self.entities.enabled,
                StageName::Quotes => self.quotes.enabled,
                StageName::Numbers => self.numbers.enabled,
            })
            .collect()
    }

    /// First 16 hex digits of the SHA-256 of the effective configuration as JSON.
    pub fn hash(&self) -> String {
        let json = serde_json::to_string(self).expect("config serialises");
        let digest = Sha256::digest(json.as_bytes());
        digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
    }
}

/// Apply one `a.b.c=value` override; the value is read as TOML (`false`, `3`,
/// `["sentences"]`), or as a plain string when it is not valid TOML.
fn apply_override(table: &mut toml::Table, arg: &str) -> Result<(), ConfigError> {
    let (key, raw) = arg
        .split_once('=')
        .ok_or_else(|| ConfigError::Override(arg.into()))?;
    let key = key.trim();
    if key.is_empty() || key.split('.').any(str::is_empty) {
        return Err(ConfigError::Override(arg.into()));
    }
    let value = format!("v = {raw}")
        .parse::<toml::Table>()
        .ok()
        .and_then(|mut t| t.remove("v"))
        .unwrap_or_else(|| toml::Value::String(raw.to_string()));
    let parts: Vec<&str> = key.split('.').collect();
    let mut cur = table;
    for (i, part) in parts[..parts.len() - 1].iter().enumerate() {
        let entry = cur
            .entry(part.to_string())
            .or_insert_with(|| toml::Value::Table(toml::Table::new()));
        cur = entry.as_table_mut().ok_or_else(|| ConfigError::Key {
            key: parts[..=i].join("."),
            message: "is a value, not a table".into(),
        })?;
    }
    cur.insert(parts[parts.len() - 1].to_string(), value);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_file_matches_built_in_defaults() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/default.toml");
        let from_file = Config::load(Some(&path), &[]).unwrap();
        assert_eq!(from_file, Config::default());
    }

    #[test]
    fn unknown_key_is_named() {
        let err = Config::from_toml("t", "[entities]\nbatch = 3\n", &[]).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("entities"), "{msg}");
        assert!(msg.contains("batch"), "{msg}");
    }

    #[test]
    fn unknown_stage_is_named() {
        let err = Config::from_toml(
            "t",
            "[pipeline]\nstages = [\"sentences\", \"sentiment\"]\n",
            &[],
        )
        .unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("pipeline.stages"), "{msg}");
        assert!(msg.contains("sentiment"), "{msg}");
    }

    #[test]
    fn overrides_apply_and_change_the_hash() {
        let base = Config::from_toml("t", "", &[]).unwrap();
        let c = Config::from_toml(
            "t",
            "",
            &[
                "sentences.enabled=false".into(),
                "entities.batch_size=4".into(),
            ],
        )
        .unwrap();
        assert!(!c.sentences.enabled);
        assert_eq!(c.entities.batch_size, 4);
        assert!(!c.active_stages().contains(&StageName::Sentences));
        assert_ne!(base.hash(), c.hash());
        assert_eq!(base.hash(), Config::default().hash());
        let s = Config::from_toml("t", "", &["entities.model=other/model".into()]).unwrap();
        assert_eq!(s.entities.model, PathBuf::from("other/model"));
    }

    #[test]
    fn bad_overrides_fail() {
        assert!(matches!(
            Config::from_toml("t", "", &["novalue".into()]),
            Err(ConfigError::Override(_))
        ));
        let err = Config::from_toml("t", "", &["entities.batch_size=\"x\"".into()]).unwrap_err();
        assert!(err.to_string().contains("entities.batch_size"), "{err}");
        let err = Config::from_toml("t", "", &["entities.window=4".into()]).unwrap_err();
        assert!(err.to_string().contains("entities.window"), "{err}");
        let err = Config::from_toml("t", "", &["pipeline.group_size=0".into()]).unwrap_err();
        assert!(err.to_string().contains("pipeline.group_size"), "{err}");
        let err = Config::from_toml("t", "", &["anatomy.max_title_words=0".into()]).unwrap_err();
        assert!(err.to_string().contains("anatomy.max_title_words"), "{err}");
        let err = Config::from_toml("t", "", &["anatomy.titles=true".into()]).unwrap_err();
        assert!(err.to_string().contains("anatomy"), "{err}");
    }
}
