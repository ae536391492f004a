//! Sentence boundaries (rule-based, see `nx-sentences`).

use nx_sentences::{Segmenter, SegmenterOptions};

use super::{Stage, StageError};
use crate::config::{SentencesConfig, StageName};
use crate::document::Document;

/// Splits each document into sentences.
pub struct SentencesStage {
    segmenter: Segmenter,
}

impl SentencesStage {
    /// Build from `[sentences]`.
    pub fn new(config: &SentencesConfig) -> SentencesStage {
        SentencesStage {
            segmenter: segmenter(config),
        }
    }
}

/// The segmenter `[sentences]` describes; the quotes stage uses one too when the
/// sentences stage is off.
pub fn segmenter(config: &SentencesConfig) -> Segmenter {
    Segmenter::new(SegmenterOptions {
        extra_abbreviations: config.extra_abbreviations.clone(),
    })
}

impl Stage for SentencesStage {
    fn name(&self) -> StageName {
        StageName::Sentences
    }

    fn annotate(&self, doc: &mut Document) -> Result<(), StageError> {
        doc.sentences = self.segmenter.split(&doc.text);
        Ok(())
    }
}
