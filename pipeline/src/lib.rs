#![deny(missing_docs)]
//! news-extract: the pipeline engine. (Stub.)
