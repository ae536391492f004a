//! `news-extract corpus`: the corpus view over run outputs, written as five JSON-lines tables.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use nx_corpus::read_run_outputs;
use nx_corpus::CorpusOptions;

/// Reads the run outputs, writes the tables into `out`, prints the summary; exit 0 when
/// every line was a document record, 1 when some lines were error records or not records
/// (each named), 2 when an input cannot be opened or the tables cannot be written.
pub fn corpus(inputs: &[PathBuf], out: &Path, threads: usize, quiet: bool) -> ExitCode {
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(p) => p,
        Err(e) => return crate::fail(format!("cannot start {threads} threads: {e}")),
    };
    let started = Instant::now();
    let tables = match pool.install(|| read_run_outputs(inputs, CorpusOptions::default())) {
        Ok(t) => t,
        Err(e) => return crate::fail(e),
    };
    if let Err(e) = tables.write_dir(out) {
        return crate::fail(format!("cannot write {}: {e}", out.display()));
    }
    let elapsed = started.elapsed().as_secs_f64();
    let stats = &tables.stats;
    for bad in &stats.bad_lines {
        eprintln!("news-extract: {}:{}: {}", bad.origin, bad.line, bad.message);
    }
    if !quiet {
        let shared = tables.quotes.iter().filter(|q| q.documents.len() > 1).count();
        let groups = |key: fn(&nx_corpus::DocumentRow) -> &str| {
            let mut v: Vec<&str> = tables.documents.iter().map(key).collect();
            v.sort_unstable();
            v.dedup();
            v.len()
        };
        eprintln!(
            "news-extract corpus: {} documents ({} error records, {} bad lines) in {:.2} s ({:.0} documents/s{}): \
             {} entities, {} speakers, {} quotation clusters ({} in more than one document), {} claims, \
             {} duplicate groups, {} stories → {}",
            stats.documents,
            stats.error_records,
            stats.bad_lines.len(),
            elapsed,
            stats.documents as f64 / elapsed.max(1e-9),
            crate::cli::peak_rss_kb().map(|kb| format!(", peak RSS {} MB", kb / 1024)).unwrap_or_default(),
            tables.entities.len(),
            tables.speakers.len(),
            tables.quotes.len(),
            shared,
            tables.claims.len(),
            groups(|d| &d.duplicate_group),
            groups(|d| &d.story),
            out.display()
        );
        if stats.repeated_ids > 0 {
            eprintln!("news-extract corpus: warning: {} document ids occur more than once", stats.repeated_ids);
        }
    }
    let code = if stats.error_records > 0 || !stats.bad_lines.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    // The process ends here: freeing every row one by one (2.7% of the command's
    // instructions on BBC) would only delay its exit.
    std::mem::forget(tables);
    code
}
