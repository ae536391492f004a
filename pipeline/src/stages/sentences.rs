//! Sentence boundaries (rule-based, see `nx-sentences`).

use nx_anatomy::Anatomy;
use nx_sentences::{Segmenter, SegmenterOptions};
use nx_text::Span;

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
        doc.sentences = split(&self.segmenter, &doc.text, &doc.anatomy);
        Ok(())
    }
}

/// The sentences of `text`: each stretch between the anatomy's breaks (title,
/// headings, boilerplate, dateline, byline) segmented on its own, so no
/// sentence runs across one, and none lies in boilerplate, dateline or byline.
pub fn split(segmenter: &Segmenter, text: &str, anatomy: &Anatomy) -> Vec<Span> {
    if anatomy.breaks().next().is_none() {
        return segmenter.split(text);
    }
    let mut out = Vec::new();
    for region in anatomy.regions(text) {
        let start = region.start();
        out.extend(
            segmenter
                .split(region.slice(text))
                .into_iter()
                .filter_map(|s| Span::new(text, start + s.start(), start + s.end())),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use nx_anatomy::{analyse, AnatomyOptions, Furniture};

    #[test]
    fn sentences_stop_at_titles_and_skip_boilerplate() {
        let text = "Dockers return to work after deal on pay\nROTTERDAM (Reuters) - Dockworkers went back to work on Monday. The strike had lasted nine days.\nAdvertisement\nShips queued.";
        let anatomy = analyse(
            text,
            None,
            &Furniture::default(),
            &AnatomyOptions::default(),
        );
        let seg = Segmenter::default();
        let got: Vec<&str> = split(&seg, text, &anatomy)
            .iter()
            .map(|s| s.slice(text))
            .collect();
        assert_eq!(
            got,
            [
                "Dockers return to work after deal on pay",
                "Dockworkers went back to work on Monday.",
                "The strike had lasted nine days.",
                "Ships queued."
            ]
        );
        let whole: Vec<&str> = seg.split_str(text);
        assert_ne!(
            whole, got,
            "without the anatomy the dateline stays in a sentence"
        );
    }
}
