//! Quotations with speaker and cue (rule-based, see `nx-quotes`).

use nx_quotes::{QuoteExtractor, QuoteOptions};
use nx_sentences::Segmenter;

use super::{Stage, StageError};
use crate::config::{QuotesConfig, StageName};
use crate::document::Document;

/// Finds quotations and attributes them. Uses the sentences and entities of
/// earlier stages; segments sentences itself when no sentence stage ran before.
pub struct QuotesStage {
    extractor: QuoteExtractor,
    own_segmenter: Option<Segmenter>,
}

impl QuotesStage {
    /// Build from `[quotes]`; `segmenter` is given when no sentence stage runs before.
    pub fn new(config: &QuotesConfig, segmenter: Option<Segmenter>) -> QuotesStage {
        QuotesStage {
            extractor: extractor(config),
            own_segmenter: segmenter,
        }
    }
}

/// The extractor `[quotes]` describes.
pub fn extractor(config: &QuotesConfig) -> QuoteExtractor {
    QuoteExtractor::new(QuoteOptions {
        indirect: config.indirect,
        model_tags: config.model_tags,
        tag_min_score: config.tag_min_score,
    })
}

impl Stage for QuotesStage {
    fn name(&self) -> StageName {
        StageName::Quotes
    }

    fn annotate(&self, doc: &mut Document) -> Result<(), StageError> {
        let own;
        let sentences = match &self.own_segmenter {
            Some(s) => {
                own = super::sentences::split(s, &doc.text, &doc.anatomy);
                &own
            }
            None => &doc.sentences,
        };
        doc.quotes = self.extractor.extract_with_tags(
            &doc.text,
            sentences,
            &doc.entities,
            &doc.attribution_tags,
        );
        Ok(())
    }
}
