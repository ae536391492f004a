//! The model's weights, read by name straight from its safetensors file.
//!
//! rust-bert's way, building a `BertForTokenClassification` in a `VarStore` and loading the
//! file into it, first fills every variable with random numbers that the load then
//! overwrites: about a tenth of a small run's time went to drawing them. The names are
//! rust-bert's (the test below loads the committed model both ways and compares), and the
//! encoder refuses a file that lacks one it needs.

use crate::NerError;
use std::collections::HashMap;
use std::path::Path;
use tch::{Kind, Tensor};

/// Every tensor of the file, by name, as fp32 (the encoder converts to the precision it
/// runs), checked against the shapes the config implies.
pub(crate) fn read(path: &Path, shape: &Expected) -> Result<HashMap<String, Tensor>, NerError> {
    let mut tensors = Tensor::read_safetensors(path)?;
    // In name order, so that a bad file is always reported by its first bad weight.
    tensors.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = HashMap::with_capacity(tensors.len());
    for (name, tensor) in tensors {
        if let Some(want) = shape.of(&name) {
            if tensor.size() != want {
                return Err(NerError::ModelFile {
                    path: path.to_path_buf(),
                    message: format!(
                        "{name} has shape {:?} where the config implies {want:?}",
                        tensor.size()
                    ),
                });
            }
        }
        let tensor = if tensor.kind() == Kind::Float {
            tensor
        } else {
            tensor.f_to_kind(Kind::Float)?
        };
        out.insert(name, tensor);
    }
    Ok(out)
}

/// The sizes a BERT config fixes, for the shape check.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Expected {
    /// Hidden width.
    pub hidden: i64,
    /// Feed-forward width.
    pub intermediate: i64,
    /// Word-piece vocabulary.
    pub vocab: i64,
    /// Classifier outputs.
    pub labels: i64,
}

impl Expected {
    /// The shape `name` must have, for the weights whose shape the config fixes.
    fn of(&self, name: &str) -> Option<Vec<i64>> {
        let Expected {
            hidden: h,
            intermediate: f,
            vocab,
            labels,
        } = *self;
        let (stem, what) = name.rsplit_once('.')?;
        let last = stem.rsplit('.').next()?;
        let is_weight = what == "weight";
        Some(match (last, is_weight) {
            ("word_embeddings", true) => vec![vocab, h],
            ("query" | "key" | "value", true) => vec![h, h],
            ("query" | "key" | "value", false) => vec![h],
            ("dense", true) if stem.ends_with("attention.output.dense") => vec![h, h],
            ("dense", true) if stem.ends_with("intermediate.dense") => vec![f, h],
            ("dense", false) if stem.ends_with("intermediate.dense") => vec![f],
            ("dense", true) if stem.ends_with("output.dense") => vec![h, f],
            ("dense", false) if stem.ends_with("output.dense") => vec![h],
            ("LayerNorm", _) => vec![h],
            ("classifier", true) => vec![labels, h],
            ("classifier", false) => vec![labels],
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_bert::bert::{BertConfig, BertForTokenClassification};
    use rust_bert::Config;
    use tch::{nn, Device};

    fn model_dir() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/ner-attr-minilm-l3-f1024-cased")
    }

    fn expected(config: &BertConfig) -> Expected {
        Expected {
            hidden: config.hidden_size,
            intermediate: config.intermediate_size,
            vocab: config.vocab_size,
            labels: config.id2label.as_ref().map_or(0, |l| l.len() as i64),
        }
    }

    #[test]
    fn the_weights_are_those_rust_bert_loads() {
        let dir = model_dir();
        let config = BertConfig::from_file(dir.join("config.json"));
        let mut vs = nn::VarStore::new(Device::Cpu);
        BertForTokenClassification::new(vs.root(), &config).unwrap();
        vs.load(dir.join("model.safetensors")).unwrap();
        let ours = read(&dir.join("model.safetensors"), &expected(&config)).unwrap();
        let theirs = vs.variables();
        assert!(!theirs.is_empty());
        for (name, tensor) in &theirs {
            let mine = ours.get(name).unwrap_or_else(|| panic!("{name} not read"));
            assert_eq!(mine.size(), tensor.size(), "{name}");
            assert_eq!(mine.kind(), Kind::Float, "{name}");
            assert!(mine.equal(tensor), "{name} differs");
        }
    }

    #[test]
    fn a_weight_of_the_wrong_shape_is_refused() {
        let dir = model_dir();
        let config = BertConfig::from_file(dir.join("config.json"));
        let mut wrong = expected(&config);
        wrong.intermediate += 1;
        let err = read(&dir.join("model.safetensors"), &wrong).unwrap_err();
        assert!(err.to_string().contains("intermediate.dense"), "{err}");
    }

    #[test]
    fn shapes_follow_the_config() {
        let e = Expected {
            hidden: 4,
            intermediate: 8,
            vocab: 10,
            labels: 3,
        };
        let of = |n: &str| e.of(n);
        assert_eq!(
            of("bert.embeddings.word_embeddings.weight"),
            Some(vec![10, 4])
        );
        assert_eq!(
            of("bert.encoder.layer.0.attention.self.key.bias"),
            Some(vec![4])
        );
        assert_eq!(
            of("bert.encoder.layer.2.attention.output.dense.weight"),
            Some(vec![4, 4])
        );
        assert_eq!(
            of("bert.encoder.layer.2.intermediate.dense.weight"),
            Some(vec![8, 4])
        );
        assert_eq!(
            of("bert.encoder.layer.2.output.dense.weight"),
            Some(vec![4, 8])
        );
        assert_eq!(
            of("bert.encoder.layer.2.output.LayerNorm.bias"),
            Some(vec![4])
        );
        assert_eq!(of("classifier.weight"), Some(vec![3, 4]));
        // Position and token-type tables depend on settings the check does not read.
        assert_eq!(of("bert.embeddings.position_embeddings.weight"), None);
    }
}
