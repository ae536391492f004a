//! Normalised numbers (rule-based, see `nx-numbers`).

use super::{Stage, StageError};
use crate::config::StageName;
use crate::document::Document;

/// Finds and normalises numeric expressions.
pub struct NumbersStage;

impl Stage for NumbersStage {
    fn name(&self) -> StageName {
        StageName::Numbers
    }

    fn annotate(&self, doc: &mut Document) -> Result<(), StageError> {
        doc.numbers = nx_numbers::extract(&doc.text);
        Ok(())
    }
}
