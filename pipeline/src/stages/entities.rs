//! Named entities with the transformer model (see `nx-ner`).
//!
//! rust-bert models are not `Sync`, so the stage keeps one model copy per worker
//! thread, each behind a mutex, and batches a group's windows on the worker's own
//! copy. On batches this small, libtorch's intra-op threads left a core idle a third
//! of the time (tokenizing, decoding and op dispatch are serial); copies running
//! side by side keep every core busy.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::{Mutex, MutexGuard, OnceLock};

use nx_ner::precision::{self, CpuFeatures, ModelPrecisions};
use nx_ner::{NerModel, NerOptions, Precision};

use super::{Stage, StageError};
use crate::config::{EntitiesConfig, PrecisionName, StageName};
use crate::document::{DocError, Document};

/// Tags named entities.
pub struct EntitiesStage {
    /// One slot per copy; the first is loaded up front (so a bad model is a
    /// configuration error), the others when a worker first needs one, so a
    /// small run does not pay for copies it never uses.
    models: Vec<OnceLock<Mutex<NerModel>>>,
    options: NerOptions,
}

/// The precision `entities.precision` asks for, `auto` resolved for this CPU and model.
pub fn resolve_precision(name: PrecisionName, model_dir: &Path) -> Precision {
    match name {
        PrecisionName::Fp32 => Precision::Fp32,
        PrecisionName::Bf16 => Precision::Bf16,
        PrecisionName::Int8 => Precision::Int8,
        PrecisionName::Auto => precision::choose(
            &CpuFeatures::detect(),
            &ModelPrecisions::of_model(model_dir),
            nx_ner::int8_runs(),
        ),
    }
}

impl EntitiesStage {
    /// Load the model `[entities]` names, `entities.instances` times (0: one copy
    /// per worker, `workers` of them, but no more than there are cores). Relative model paths are taken from the
    /// working directory, then from `$NEWS_EXTRACT_HOME` (where a cluster unpacks
    /// what it ships), then from the project folder this binary was built in.
    pub fn new(config: &EntitiesConfig, workers: usize) -> Result<EntitiesStage, nx_ner::NerError> {
        let mut dir = config.model.clone();
        if dir.is_relative() && !dir.exists() {
            let home = std::env::var_os("NEWS_EXTRACT_HOME").map(std::path::PathBuf::from);
            let built = Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf();
            if let Some(found) = home
                .into_iter()
                .chain([built])
                .map(|root| root.join(&dir))
                .find(|p| p.exists())
            {
                dir = found;
            }
        }
        let threads = if config.threads == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            config.threads
        };
        let options = NerOptions {
            model_dir: dir.clone(),
            batch_size: config.batch_size,
            window: config.window,
            context: config.context,
            precision: resolve_precision(config.precision, &dir),
            threads,
            min_score: config.min_score,
            label_share: config.label_share,
            propagate: config.propagate,
        };
        // More copies than cores only cost memory (about 50 MB each).
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let instances = match config.instances {
            0 => workers.clamp(1, cores),
            n => n,
        };
        tracing::info!(
            precision = options.precision.as_str(),
            requested = ?config.precision,
            instances,
            "entities model"
        );
        let models: Vec<OnceLock<Mutex<NerModel>>> = (0..instances).map(|_| OnceLock::new()).collect();
        let first = NerModel::load(options.clone())?;
        let _ = models[0].set(Mutex::new(first));
        Ok(EntitiesStage { models, options })
    }

    /// The precision the model runs in (`auto` resolved).
    pub fn precision(&self) -> Precision {
        self.options.precision
    }

    /// The calling worker's own copy (shared round-robin when workers outnumber
    /// copies; any copy gives the same answer), loaded on first use.
    fn lock(&self) -> MutexGuard<'_, NerModel> {
        let own = rayon::current_thread_index().unwrap_or(0) % self.models.len();
        let slot = match self.models[own].get() {
            Some(m) => m,
            None => match NerModel::load(self.options.clone()) {
                Ok(m) => {
                    // Another worker sharing this slot may have won the race: either copy serves.
                    let _ = self.models[own].set(Mutex::new(m));
                    self.models[own].get().expect("just set")
                }
                Err(e) => {
                    // The same files loaded once already; the first copy serves.
                    tracing::warn!("another model copy could not be loaded: {e}");
                    self.models[0].get().expect("the first copy is loaded in new")
                }
            },
        };
        // A panic while tagging leaves the model itself intact: keep using it.
        slot.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Stage for EntitiesStage {
    fn name(&self) -> StageName {
        StageName::Entities
    }

    fn annotate(&self, doc: &mut Document) -> Result<(), StageError> {
        let model = self.lock();
        let mut out = model
            .tag(&[doc.text.as_str()])
            .map_err(|e| StageError(e.to_string()))?;
        let tagged = out.pop().unwrap_or_default();
        doc.entities = tagged.entities;
        doc.attribution_tags = tagged.attributions;
        Ok(())
    }

    /// Tag the group in one set of batches; on failure, redo its documents one
    /// by one so only the culprit fails.
    fn annotate_group(&self, docs: &mut [Document]) {
        let mut todo: Vec<&mut Document> = docs.iter_mut().filter(|d| self.takes(d)).collect();
        if todo.is_empty() {
            return;
        }
        let result = {
            let model = self.lock();
            let texts: Vec<&str> = todo.iter().map(|d| d.text.as_str()).collect();
            catch_unwind(AssertUnwindSafe(|| model.tag(&texts)))
        };
        match result {
            Ok(Ok(all)) => {
                for (doc, tagged) in todo.iter_mut().zip(all) {
                    doc.entities = tagged.entities;
                    doc.attribution_tags = tagged.attributions;
                }
            }
            _ => {
                for doc in todo {
                    super::guarded(self, doc);
                    if let Some(DocError { message, .. }) = &doc.error {
                        tracing::warn!(id = %doc.id, "{message}");
                    }
                }
            }
        }
    }
}

impl EntitiesStage {
    /// The entities of one text and the attribution parts the model tagged
    /// (empty lists if the model fails on it).
    pub fn tags_of(&self, text: &str) -> (Vec<nx_text::Entity>, Vec<nx_text::AttributionTag>) {
        self.lock()
            .tag(&[text])
            .ok()
            .and_then(|mut v| v.pop())
            .map(|t| (t.entities, t.attributions))
            .unwrap_or_default()
    }

    /// Score the model on a CoNLL file (see `nx_ner::eval`).
    pub fn evaluate(&self, conll: &Path) -> Result<nx_ner::eval::NerReport, nx_ner::NerError> {
        nx_ner::eval::evaluate(conll, &self.lock())
    }
}
