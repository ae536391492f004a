//! The stage trait and one module per stage.
//!
//! A stage annotates a group of documents, on one worker thread; the runner
//! gives groups to workers. Most stages look at one document at a time through
//! [`Stage::annotate_group`]'s default; the entities stage overrides it to batch
//! model windows across the group's documents. A panic inside a stage is caught
//! and recorded on the document it hit, and the run goes on.

mod anatomy;
mod entities;
mod numbers;
mod quotes;
mod sentences;

pub use anatomy::{drop_excluded, AnatomyStage, FurnitureSlot};
pub use entities::EntitiesStage;
pub use numbers::NumbersStage;
pub use quotes::{extractor as quote_extractor, QuotesStage};
pub use sentences::segmenter as sentences_segmenter;
pub use sentences::split as split_sentences;
pub use sentences::SentencesStage;

use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::config::StageName;
use crate::document::{DocError, Document};

/// Whether a stage is for English text only (a model trained on it, rules written for
/// it): documents in another language pass it by.
pub fn english_only(stage: StageName) -> bool {
    matches!(
        stage,
        StageName::Entities | StageName::Quotes | StageName::Numbers
    )
}

/// A stage failed on a document.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct StageError(pub String);

/// One step of the pipeline.
pub trait Stage: Send + Sync {
    /// Which stage this is.
    fn name(&self) -> StageName;

    /// Annotate one document.
    fn annotate(&self, doc: &mut Document) -> Result<(), StageError>;

    /// Whether this stage works on `doc`: no error yet, and a language it reads.
    fn takes(&self, doc: &Document) -> bool {
        doc.error.is_none() && !(doc.skips_english_stages && english_only(self.name()))
    }

    /// Annotate the documents of a group that [`Stage::takes`].
    fn annotate_group(&self, docs: &mut [Document]) {
        for doc in docs.iter_mut().filter(|d| self.takes(d)) {
            guarded(self, doc);
        }
    }
}

/// Run `stage` on `doc`, turning an error or a panic into the document's error.
pub(crate) fn guarded<S: Stage + ?Sized>(stage: &S, doc: &mut Document) {
    let name = stage.name().as_str();
    match catch_unwind(AssertUnwindSafe(|| stage.annotate(doc))) {
        Ok(Ok(())) => {}
        Ok(Err(e)) => {
            doc.error = Some(DocError {
                kind: "stage".into(),
                message: format!("{name}: {e}"),
            })
        }
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            doc.error = Some(DocError {
                kind: "panic".into(),
                message: format!("{name} panicked: {what}"),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Explodes;
    impl Stage for Explodes {
        fn name(&self) -> StageName {
            StageName::Numbers
        }
        fn annotate(&self, doc: &mut Document) -> Result<(), StageError> {
            if doc.text.contains("boom") {
                panic!("boom in {}", doc.id);
            }
            if doc.text.contains("fail") {
                return Err(StageError("refused".into()));
            }
            doc.numbers.clear();
            Ok(())
        }
    }

    #[test]
    fn panics_and_errors_stay_with_their_document() {
        let mut docs = vec![
            Document::new("a", "a.txt", "fine", "utf-8"),
            Document::new("b", "b.txt", "boom", "utf-8"),
            Document::new("c", "c.txt", "fail", "utf-8"),
        ];
        Explodes.annotate_group(&mut docs);
        assert!(docs[0].error.is_none());
        let b = docs[1].error.as_ref().unwrap();
        assert_eq!(b.kind, "panic");
        assert!(b.message.contains("boom in b"), "{}", b.message);
        let c = docs[2].error.as_ref().unwrap();
        assert_eq!(
            (c.kind.as_str(), c.message.as_str()),
            ("stage", "numbers: refused")
        );
    }
}
