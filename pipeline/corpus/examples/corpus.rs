//! Builds the corpus tables from run outputs without the engine: `cargo run --release -p
//! nx-corpus --example corpus -- OUT_DIR RUN.jsonl...` (for working on the rules).

use std::io::BufReader;
use std::time::Instant;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, inputs) = args
        .split_first()
        .expect("usage: corpus OUT_DIR RUN.jsonl...");
    let t = Instant::now();
    let mut corpus = nx_corpus::Corpus::new(Default::default());
    for input in inputs {
        corpus.read(input, BufReader::new(std::fs::File::open(input)?))?;
    }
    let read = t.elapsed();
    let tables = corpus.finish();
    tables.write_dir(std::path::Path::new(dir))?;
    eprintln!(
        "{} documents ({} errors, {} bad lines): {} entities, {} speakers, {} quotation clusters, {} claims; read {:.2?}, total {:.2?}",
        tables.stats.documents,
        tables.stats.error_records,
        tables.stats.bad_lines.len(),
        tables.entities.len(),
        tables.speakers.len(),
        tables.quotes.len(),
        tables.claims.len(),
        read,
        t.elapsed()
    );
    Ok(())
}
