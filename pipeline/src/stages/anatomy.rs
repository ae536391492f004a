//! Article anatomy (rule-based, see `nx-anatomy`): title, headings, dateline,
//! byline and authors, boilerplate; and what later stages may not report in.

use std::sync::{Arc, RwLock};

use nx_anatomy::{AnatomyOptions, Furniture};

use super::{Stage, StageError};
use crate::config::{AnatomyConfig, StageName};
use crate::document::Document;

/// The site furniture a run learned from its input, shared between the runner
/// (which learns it in a first pass) and the stage (which reads it).
pub type FurnitureSlot = Arc<RwLock<Arc<Furniture>>>;

/// Finds the parts of each article.
pub struct AnatomyStage {
    options: AnatomyOptions,
    furniture: FurnitureSlot,
}

impl AnatomyStage {
    /// Build from `[anatomy]`, with the site furniture learned from the input
    /// (empty until a run learns some).
    pub fn new(config: &AnatomyConfig, furniture: Arc<Furniture>) -> AnatomyStage {
        AnatomyStage {
            options: config.options(),
            furniture: Arc::new(RwLock::new(furniture)),
        }
    }

    /// Where a run puts the furniture it learned.
    pub fn furniture_slot(&self) -> FurnitureSlot {
        self.furniture.clone()
    }
}

impl Stage for AnatomyStage {
    fn name(&self) -> StageName {
        StageName::Anatomy
    }

    fn annotate(&self, doc: &mut Document) -> Result<(), StageError> {
        let furniture = self
            .furniture
            .read()
            .map(|f| f.clone())
            .unwrap_or_else(|p| p.into_inner().clone());
        doc.anatomy = nx_anatomy::analyse(
            &doc.text,
            doc.given_title.as_deref(),
            &furniture,
            &self.options,
        );
        Ok(())
    }
}

/// Drop the entities, quotes and numbers that overlap a span the anatomy
/// excludes (boilerplate, dateline, byline), once every stage has run; a
/// quote keeps its content but loses a speaker found there. Sentences are
/// kept out of those spans by the sentences stage itself.
pub fn drop_excluded(doc: &mut Document) {
    let excluded: Vec<nx_text::Span> = doc.anatomy.excluded().collect();
    if excluded.is_empty() {
        return;
    }
    let hit = |s: nx_text::Span| excluded.iter().any(|e| e.overlaps(&s));
    doc.entities.retain(|e| !hit(e.span));
    doc.numbers.retain(|n| !hit(n.span));
    doc.quotes
        .retain(|q| !hit(q.content) && !q.cue.is_some_and(|c| hit(c)));
    for q in &mut doc.quotes {
        if q.speaker.as_ref().is_some_and(|s| hit(s.span)) {
            q.speaker = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nx_numbers::NumberExtractor;
    use nx_text::{Entity, EntityLabel, Span};

    #[test]
    fn findings_in_boilerplate_dateline_and_byline_are_dropped() {
        let text = "Office Address\n45 Canal Road\nLeeds LS1 4AB\nBy Ruth Oduya\nHAMBURG (Reuters) - Shipping rates rose 12% in March, brokers said.\nCorrection: An earlier version of this story gave the rise as 15%.";
        let mut doc = Document::new("d", "d.txt", text, "utf-8");
        let config = AnatomyConfig::default();
        AnatomyStage::new(&config, Arc::new(Furniture::default()))
            .annotate(&mut doc)
            .unwrap();
        let at = |s: &str| {
            let b = text.find(s).unwrap();
            Span::new(text, b, b + s.len()).unwrap()
        };
        let entity = |s: &str, label| Entity {
            span: at(s),
            label,
            score: 0.9,
        };
        doc.entities = vec![
            entity("Canal Road", EntityLabel::Loc),
            entity("Ruth Oduya", EntityLabel::Per),
            entity("HAMBURG", EntityLabel::Loc),
            entity("Reuters", EntityLabel::Org),
        ];
        doc.numbers = NumberExtractor::new().extract(text);
        let found: Vec<&str> = doc.numbers.iter().map(|n| n.span.slice(text)).collect();
        assert!(
            found.contains(&"15%"),
            "a number in the editor's note to drop: {found:?}"
        );
        drop_excluded(&mut doc);
        let kept: Vec<&str> = doc.entities.iter().map(|e| e.span.slice(text)).collect();
        assert!(kept.is_empty(), "{kept:?}");
        let numbers: Vec<&str> = doc.numbers.iter().map(|n| n.span.slice(text)).collect();
        assert_eq!(numbers, ["12%"]);
    }
}
