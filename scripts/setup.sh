#!/usr/bin/env bash
# Fetch libtorch 2.4.1 (CPU parts only) into ./libtorch for rust-bert 0.23 / tch 0.17.
#
# libtorch's own download server is unreachable here, so the libraries come out of
# PyPI's torch==2.4.1 wheel. Only the CPU libraries are kept: with libtorch_cuda.so
# present tch would link it and the binary would need the whole CUDA stack.
# libtorch_cpu.so still names libcudart.so.12 and libcupti.so.12 as dependencies;
# they come from the matching nvidia-*-cu12 wheels. Idempotent: does nothing when
# ./libtorch is complete. .cargo/config.toml points LIBTORCH here.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/libtorch"
if [ -f "$dest/.complete" ]; then
  exit 0
fi
command -v python3 >/dev/null || { echo "setup: python3 with pip is needed to fetch libtorch from PyPI" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "setup: fetching libtorch 2.4.1 (CPU) from PyPI, about 800 MB ..." >&2
python3 -m pip download --quiet --no-deps --only-binary=:all: \
  --platform manylinux1_x86_64 --platform manylinux_2_17_x86_64 --python-version 3.11 --implementation cp \
  -d "$tmp" torch==2.4.1 nvidia-cuda-runtime-cu12==12.1.105 nvidia-cuda-cupti-cu12==12.1.105
rm -rf "$dest"
mkdir -p "$dest/lib"
(cd "$tmp" && python3 - "$dest" <<'PY'
import glob, os, shutil, sys, zipfile
dest = sys.argv[1]
keep_lib = ("libtorch_cpu.so", "libtorch.so", "libc10.so")
with zipfile.ZipFile(glob.glob("torch-2.4.1-*.whl")[0]) as z:
    for n in z.namelist():
        base = os.path.basename(n)
        if n.startswith("torch/include/") and not n.endswith("/"):
            out = os.path.join(dest, "include", n[len("torch/include/"):])
        elif n.startswith("torch/lib/") and (base in keep_lib or base.startswith("libgomp")):
            out = os.path.join(dest, "lib", base)
        else:
            continue
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with z.open(n) as src, open(out, "wb") as dst:
            shutil.copyfileobj(src, dst)
for wheel, lib in (("nvidia_cuda_runtime_cu12-*.whl", "libcudart.so.12"), ("nvidia_cuda_cupti_cu12-*.whl", "libcupti.so.12")):
    with zipfile.ZipFile(glob.glob(wheel)[0]) as z:
        name = next(n for n in z.namelist() if n.endswith("/" + lib))
        with z.open(name) as src, open(os.path.join(dest, "lib", lib), "wb") as dst:
            shutil.copyfileobj(src, dst)
PY
)
touch "$dest/.complete"
echo "setup: libtorch ready in $dest ($(du -sh "$dest" | cut -f1))" >&2
