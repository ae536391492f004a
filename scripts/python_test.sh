#!/usr/bin/env bash
# Build the Python package (news_extract) and run its tests in a fresh venv.
#
#   scripts/python_test.sh [PYTEST ARGS]...
#
# Makes a venv under target/python-test (or $NX_VENV), installs maturin,
# pytest and dask (for the Dask example's test) from PyPI, builds the wheel with `maturin build --release` into
# target/wheels, installs it, and runs pipeline/python/tests against the CLI
# binary $NX_BIN (default target/release/news-extract, built if missing), and,
# where Java is present, scripts/spark_extract.py on a local two-executor cluster.
# Exit 3 (and a line starting SKIPPED) when python3 cannot make a venv with
# pip; tests/python.rs turns that into a skip.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
venv="${NX_VENV:-$root/target/python-test}"
if ! command -v python3 >/dev/null; then
  echo "SKIPPED python package test: python3 not found"; exit 3
fi
if [ ! -x "$venv/bin/pip" ]; then
  rm -rf "$venv"
  if ! python3 -m venv "$venv" >/dev/null 2>&1 || [ ! -x "$venv/bin/pip" ]; then
    rm -rf "$venv"
    echo "SKIPPED python package test: python3 -m venv with pip is unavailable"; exit 3
  fi
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check "maturin>=1.5,<2" pytest dask
# The Spark test runs where Java is (PySpark 4 needs Java 17+), and is skipped elsewhere.
if command -v java >/dev/null; then
  "$venv/bin/pip" install --quiet --disable-pip-version-check pyspark pandas pyarrow
fi
./scripts/setup.sh
bin="${NX_BIN:-$root/target/release/news-extract}"
if [ ! -x "$bin" ]; then
  cargo build --release --bin news-extract
fi
rm -rf target/wheels/news_extract-*.whl
# maturin runs cargo from here, so .cargo/config.toml (LIBTORCH) applies.
VIRTUAL_ENV="$venv" "$venv/bin/maturin" build --release --quiet --auditwheel skip \
  --manifest-path pipeline/python/Cargo.toml --interpreter "$venv/bin/python" --out target/wheels
"$venv/bin/pip" install --quiet --disable-pip-version-check --force-reinstall --no-deps target/wheels/news_extract-*.whl
# From the tests' folder, so the checkout's python/ sources are not imported instead of the wheel.
cd pipeline/python/tests
NX_BIN="$bin" "$venv/bin/python" -m pytest -q -rs -p no:cacheprovider "$@" .
