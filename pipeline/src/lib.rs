#![deny(missing_docs)]
//! news-extract: turns folders of news articles into JSON lines of sentences,
//! named entities, quotations and normalised numbers.
//!
//! The engine is small: [`config`] holds the TOML configuration, [`input`] finds
//! and decodes files, [`stages`] annotate [`document::Document`]s, [`runner`]
//! streams chunks of documents through the stages, and [`record`] writes them with
//! code-point offsets. The stages' logic lives in the `nx-*` crates beside this one.

pub mod config;
pub mod document;
pub mod input;
pub mod language;
pub mod record;
pub mod runner;
pub mod stages;
pub mod state;

pub use config::Config;
pub use document::Document;
pub use runner::{Pipeline, Summary};
