//! Word lists. Kept as `match` tables so lookups compile to jump tables and cost
//! nothing to build per document. One module per concern; everything is
//! re-exported here so the scanner reads `lx::name`.

mod measures;
mod money;
mod nouns;
mod numbers;

pub use measures::*;
pub use money::*;
pub use nouns::*;
pub use numbers::*;
