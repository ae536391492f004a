//! `news-extract`: the command users type. It answers `corpus`, `report`, `--help` and
//! `--version` itself and hands `run`, `bench` and `eval`, arguments unchanged, to
//! `news-extract-engine` beside it.
//!
//! Why two binaries: libtorch registers its thousands of operators in static initialisers,
//! which run before `main` in any process that links it: 0.4 s of CPU on every start. The
//! corpus view reads a whole BBC run in about that time, so a binary that does not need the
//! model must not link it.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

/// mimalloc, as in the engine: the corpus view allocates many small strings.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli;
mod corpus_cmd;
mod report_cmd;

use cli::{fail, Cli};

/// The engine's file name, beside this binary.
const ENGINE: &str = "news-extract-engine";

fn main() -> ExitCode {
    // Parsing here first gives `--help`, `--version` and usage errors without the engine.
    let cli = Cli::parse();
    match cli.command.run_without_model() {
        Ok(code) => code,
        Err(_) => hand_to_engine(),
    }
}

/// Runs the engine with this process's arguments; on Unix it replaces this process, so
/// signals (Ctrl-C: exit 130), standard streams and the exit code are the engine's own.
fn hand_to_engine() -> ExitCode {
    let engine = match engine_path() {
        Some(p) => p,
        None => {
            return fail(format!(
                "{ENGINE} is not beside this binary; build both with `cargo build --release`"
            ))
        }
    };
    let mut command = std::process::Command::new(&engine);
    command.args(std::env::args_os().skip(1));
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let e = command.exec();
        fail(format!("cannot start {}: {e}", engine.display()))
    }
    #[cfg(not(unix))]
    match command.status() {
        Ok(status) => ExitCode::from(status.code().map_or(1, |c| c as u8)),
        Err(e) => fail(format!("cannot start {}: {e}", engine.display())),
    }
}

/// `news-extract-engine` in this binary's folder, if it is there.
fn engine_path() -> Option<PathBuf> {
    let me = std::env::current_exe().ok()?;
    let engine = me.with_file_name(format!("{ENGINE}{}", std::env::consts::EXE_SUFFIX));
    engine.is_file().then_some(engine)
}
