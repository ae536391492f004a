#![deny(missing_docs)]
//! Named-entity recognition. (Stub.)
