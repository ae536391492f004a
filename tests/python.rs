//! The Python package (pipeline/python): built with maturin into a fresh venv
//! and tested against this binary by scripts/python_test.sh. Skipped, with a
//! message, where python3 cannot make a venv with pip; failing otherwise.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn the_python_package_gives_the_cli_records() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let o = match Command::new("bash")
        .arg(root.join("scripts/python_test.sh"))
        .env("NX_BIN", env!("CARGO_BIN_EXE_news-extract"))
        .current_dir(&root)
        .output()
    {
        Ok(o) => o,
        Err(e) => {
            eprintln!("SKIPPED python package test: bash not found ({e})");
            return;
        }
    };
    let stdout = String::from_utf8_lossy(&o.stdout);
    let stderr = String::from_utf8_lossy(&o.stderr);
    if o.status.code() == Some(3) && stdout.starts_with("SKIPPED") {
        eprintln!("{stdout}");
        return;
    }
    eprintln!("{stdout}");
    assert!(
        o.status.success(),
        "python package test failed:\n{stdout}\n{stderr}"
    );
}
