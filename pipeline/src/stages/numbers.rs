//! Normalised numbers (rule-based, see `nx-numbers`).

use nx_numbers::NumberExtractor;

use super::{Stage, StageError};
use crate::config::{NumbersConfig, StageName};
use crate::document::Document;

/// Finds and normalises numeric expressions.
pub struct NumbersStage {
    extractor: NumberExtractor,
}

impl NumbersStage {
    /// Build from `[numbers]`.
    pub fn new(config: &NumbersConfig) -> NumbersStage {
        NumbersStage {
            extractor: NumberExtractor::with_options(config.options()),
        }
    }
}

impl Stage for NumbersStage {
    fn name(&self) -> StageName {
        StageName::Numbers
    }

    fn annotate(&self, doc: &mut Document) -> Result<(), StageError> {
        doc.numbers = self.extractor.extract(&doc.text);
        Ok(())
    }
}
