#!/usr/bin/env python3
"""Opens news-extract reports in headless Chromium and checks what the page rendered.

  1. The seed run (`news-extract run seeds`, or --jsonl FILE): every entity, quotation and
     number of the JSONL has exactly one mark whose text is the span's text (the marks of
     `#all`, where every article is drawn), error records show as failed documents, the
     corpus view lists every speaker, and the page makes no request (Chromium's net log,
     checked against a page that does make one, so the check can fail).
  2. A fixture written here: astral characters before the spans (code-point offsets), a
     `<script>` inside the text (it must stay text), a span crossing a quotation, an error
     record and a malformed line (listed with its number, the rest rendered).
  3. A screenshot of one seed article (--screenshot PATH).

With --measure FILE.jsonl it only reports the size of FILE's report and how long Chromium
takes to render it (the page's own first-render time and the wall time of --dump-dom).

Python 3 standard library only. Without Chromium it prints SKIPPED and exits 0; it exits 1
when a check fails. Install Chromium on Debian/Ubuntu with:
    apt-get update && apt-get install -y chromium
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

INSTALL = "apt-get update && apt-get install -y chromium"
ROOT = Path(__file__).resolve().parent.parent
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
PLURAL = {"entity": "entities", "quote": "quotes", "number": "numbers"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        out, stack = [], [self]
        while stack:
            n = stack.pop()
            if isinstance(n, str):
                out.append(n)
            elif n.tag not in ("script", "style"):
                stack.extend(reversed(n.children))
        return "".join(out)

    def walk(self):
        stack = [self]
        while stack:
            n = stack.pop()
            if isinstance(n, Node):
                yield n
                stack.extend(reversed(n.children))


class TreeBuilder(HTMLParser):
    """The DOM that Chromium serialised, as a tree (enough of HTML for --dump-dom output)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, attrs, self.current))

    def handle_endtag(self, tag):
        n = self.current
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.current = n.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse_dom(html):
    b = TreeBuilder()
    b.feed(html)
    b.close()
    return b.root


def find_chromium():
    for name in [os.environ.get("NX_CHROMIUM"), "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]:
        if name and shutil.which(name):
            return shutil.which(name)
    return None


class Browser:
    def __init__(self, exe, workdir):
        self.exe, self.workdir = exe, Path(workdir)

    def run(self, url, *args, netlog=None, timeout=180):
        profile = tempfile.mkdtemp(dir=self.workdir, prefix="profile-")
        cmd = [self.exe, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile,
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--disable-default-apps", "--disable-extensions", "--hide-scrollbars"]
        if netlog:
            cmd.append("--log-net-log=" + str(netlog))
        cmd += list(args) + [url]
        start = time.monotonic()
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        wall = time.monotonic() - start
        if p.returncode != 0:
            raise RuntimeError("chromium exited %d: %s" % (p.returncode, p.stderr.decode(errors="replace")[-2000:]))
        return p.stdout.decode("utf-8"), wall

    def dump_dom(self, path, fragment="", netlog=None):
        return self.run(Path(path).resolve().as_uri() + fragment, "--dump-dom", netlog=netlog)


def page_requests(netlog):
    """URLs the page asked for. Chromium's own background requests (no initiating
    origin, not keyed to the file:// page) are not the page's and are left out."""
    text = Path(netlog).read_text(errors="replace")
    try:
        log = json.loads(text)
    except json.JSONDecodeError:  # cut short: close the events list
        log = json.loads(text.rstrip().rstrip(",") + "]}")
    names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    urls = []
    for e in log.get("events", []):
        p = e.get("params") or {}
        if names.get(e["type"]) != "URL_REQUEST_START_JOB" or "url" not in p:
            continue
        url = p["url"]
        if url.split(":", 1)[0] in ("file", "data", "blob", "about", "chrome"):
            continue
        from_page = p.get("initiator") != "not an origin" or "file://" in p.get("network_isolation_key", "")
        if from_page:
            urls.append(url)
    return urls


def read_records(jsonl):
    records = []
    for line in Path(jsonl).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            v = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(v, dict):
            records.append(v)
    return records


class Checks:
    def __init__(self, name):
        self.name, self.failures = name, []

    def expect(self, ok, message):
        if not ok:
            self.failures.append(message)
        return ok

    def report(self):
        if self.failures:
            print("FAIL %s: %d problem(s)" % (self.name, len(self.failures)))
            for f in self.failures[:40]:
                print("  - " + f)
        else:
            print("ok   %s" % self.name)
        return not self.failures


def check_marks(dom, records, checks):
    """One mark per entity, quotation and number, its text (or data-text where it
    crosses another span) equal to the span's text, its label or kind the record's."""
    found = {}
    for n in dom.walk():
        kind = n.attrs.get("data-kind")
        if kind not in PLURAL:
            continue
        try:
            key = (int(n.attrs["data-doc"]), kind, int(n.attrs["data-index"]))
        except (KeyError, ValueError):
            checks.expect(False, "a %s mark without data-doc/data-index" % kind)
            continue
        checks.expect(key not in found, "two marks for %s" % (key,))
        found[key] = n
    totals = {k: [0, 0] for k in PLURAL}
    for di, r in enumerate(records):
        if "error" in r:
            continue
        for kind, field in PLURAL.items():
            for i, span in enumerate(r.get(field) or []):
                totals[kind][0] += 1
                n = found.pop((di, kind, i), None)
                if not checks.expect(n is not None, "%s %s[%d] %r has no mark" % (r.get("id"), field, i, span.get("text"))):
                    continue
                totals[kind][1] += 1
                got = n.attrs.get("data-text") if n.attrs.get("data-crossing") == "true" else n.text()
                checks.expect(got == span["text"], "%s %s[%d]: mark text %r != span text %r" % (r.get("id"), field, i, got, span["text"]))
                checks.expect((n.attrs.get("data-start"), n.attrs.get("data-end")) == (str(span["start"]), str(span["end"])),
                              "%s %s[%d]: data-start/end differ" % (r.get("id"), field, i))
                if kind == "entity":
                    checks.expect(n.attrs.get("data-label") == span["label"], "%s entity %d: label" % (r.get("id"), i))
                if kind == "quote":
                    checks.expect(n.attrs.get("data-quote-kind") == span["kind"], "%s quote %d: kind" % (r.get("id"), i))
    checks.expect(not found, "marks with no span in the JSONL: %s" % sorted(found)[:5])
    for kind, (want, got) in totals.items():
        print("     %s marks: %d of %d" % (kind, got, want))
        checks.expect(want == got, "%s marks: %d, JSONL has %d" % (kind, got, want))
    return totals


def check_failed(dom, records, checks):
    failed = [n for n in dom.walk() if n.tag == "article" and n.attrs.get("data-kind") == "failed"]
    errors = [r for r in records if "error" in r]
    checks.expect(len(failed) == len(errors), "%d failed documents shown, %d error records" % (len(failed), len(errors)))
    shown = " ".join(n.text() for n in failed)
    for r in errors:
        checks.expect(r["error"]["message"] in shown, "error of %s not shown" % r.get("id"))


def check_speakers(dom, records, checks):
    rows = [n for n in dom.walk() if n.attrs.get("data-kind") == "corpus-speaker"]
    names = {n.attrs.get("data-name") for n in rows}
    texts = " ".join(n.text() for n in rows)
    wanted = sorted({q["speaker"]["name"] for r in records for q in r.get("quotes") or [] if q.get("speaker")})
    missing = [w for w in wanted if w not in names and w not in texts]
    print("     corpus view: %d speaker rows, %d of %d speakers of the JSONL listed" % (len(rows), len(wanted) - len(missing), len(wanted)))
    checks.expect(wanted, "the JSONL has no speaker to look for")
    checks.expect(not missing, "speakers missing from the corpus view: %s" % missing[:10])


def check_no_requests(browser, html, work, checks):
    """No request leaves the report; a page that makes one shows that the net log would say so."""
    control = Path(work) / "control.html"
    control.write_text('<!DOCTYPE html><img src="http://leak.invalid/x.png"><script>fetch("https://leak.invalid/y")</script>')
    log = Path(work) / "control-net.json"
    browser.dump_dom(control, netlog=log)
    checks.expect(page_requests(log), "the net log check found no request from a page that makes two: it cannot be trusted")
    log = Path(work) / "report-net.json"
    browser.dump_dom(html, "#all", netlog=log)
    urls = page_requests(log)
    checks.expect(not urls, "requests from the report: %s" % urls[:5])


def report(bin_, inputs, out, expect_rc=(0,)):
    p = subprocess.run([str(bin_), "report", *map(str, inputs), "-o", str(out), "-q"], cwd=ROOT,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode not in expect_rc:
        raise RuntimeError("news-extract report exited %d (wanted %s): %s" % (p.returncode, expect_rc, p.stderr.decode()))
    return p.returncode


def cps(text, piece, after=0):
    """Code-point span of `piece` in `text`, searched from code point `after`."""
    start = text.index(piece, after)
    return {"start": start, "end": start + len(piece), "text": piece}


def fixture(path):
    t = ("😀🚀 Kirby said: “<script>document.title='PWNED'</script> we saw at least 3,000 troops.” "
         "Then 𝔘𝔨𝔯𝔞𝔦𝔫𝔢 answered & closed <b>the</b> talks.")
    quote = cps(t, "<script>document.title='PWNED'</script> we saw at least 3,000 troops.")
    crossing = cps(t, "troops.” Then")  # an entity that crosses the quotation's end
    doc = {
        "id": "fixture/astral", "source": "fixture.txt", "text": t,
        "title": None, "headings": [], "dateline": None, "byline": None, "authors": [], "boilerplate": [],
        "entities": [dict(cps(t, "Kirby"), label="PER", score=0.99), dict(cps(t, "𝔘𝔨𝔯𝔞𝔦𝔫𝔢"), label="LOC", score=0.9),
                     dict(crossing, label="MISC", score=0.5)],
        "quotes": [dict(quote, kind="direct", fragments=[], speaker=dict(cps(t, "Kirby"), name="John Kirby"),
                        cue=cps(t, "said"), negated=False, score=0.9)],
        "numbers": [dict(cps(t, "at least 3,000"), kind="cardinal", value=3000.0, low=3000.0, high=None,
                         qualifier="at_least", unit="troops", currency=None)],
    }
    after = dict(doc, id="fixture/after", entities=doc["entities"][:1], quotes=[], numbers=[])
    error = {"id": "fixture/broken", "source": "broken.txt", "error": {"kind": "not_utf8", "message": "bytes 3..4 are not UTF-8"}}
    Path(path).write_text("\n".join([json.dumps(doc, ensure_ascii=False), json.dumps(error), '{"id": "cut short",',
                                     json.dumps(after, ensure_ascii=False)]) + "\n", encoding="utf-8")
    return [doc, error, after]


def check_fixture(browser, bin_, work):
    checks = Checks("fixture: astral offsets, <script> in text, crossing span, error record, malformed line")
    jsonl, html = Path(work) / "fixture.jsonl", Path(work) / "fixture.html"
    records = fixture(jsonl)
    rc = report(bin_, [jsonl], html, expect_rc=(1,))
    checks.expect(rc == 1, "exit code %d for a run file with a malformed line, wanted 1" % rc)
    dom = parse_dom(browser.dump_dom(html, "#all")[0])
    check_marks(dom, records, checks)
    check_failed(dom, records, checks)
    title = [n.text() for n in dom.walk() if n.tag == "title"]
    checks.expect(title and "PWNED" not in title[0], "a <script> in the article ran: title %r" % title)
    bodies = [n for n in dom.walk() if n.attrs.get("class") == "text"]
    checks.expect(any("<script>document.title='PWNED'</script>" in b.text() for b in bodies), "the <script> of the text is not shown as text")
    checks.expect(not any(n.tag in ("script", "b") for b in bodies for n in b.walk() if n is not b), "markup from the text became elements")
    problems = [n for n in dom.walk() if n.attrs.get("data-kind") == "malformed-line"]
    checks.expect([p.attrs.get("data-line") for p in problems] == ["3"], "malformed line 3 not listed: %s" % [p.attrs for p in problems])
    crossing = [n for n in dom.walk() if n.attrs.get("data-crossing") == "true"]
    checks.expect(len(crossing) == 1, "%d crossing marks, wanted 1" % len(crossing))
    return checks.report()


def seed_run(bin_, work):
    out = Path(work) / "seeds.jsonl"
    p = subprocess.run([str(bin_), "run", "seeds", "-o", str(out), "-q"], cwd=ROOT, stderr=subprocess.PIPE)
    if p.returncode not in (0, 1) or not out.exists():
        raise RuntimeError("news-extract run seeds exited %d: %s" % (p.returncode, p.stderr.decode()[-2000:]))
    return out


def screenshot_target(records):
    """A quotation with a speaker in an article with a title, to show it selected."""
    best = None
    for di, r in enumerate(records):
        for q in r.get("quotes") or []:
            if q.get("speaker") and q["kind"] == "direct":
                cand = (r.get("title") is None, di, q["start"], q["end"])
                best = min(best, cand) if best else cand
    return "#doc/%d/%d/%d" % best[1:] if best else "#doc/0"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=str(ROOT / "target/release/news-extract"), help="the news-extract binary")
    ap.add_argument("--jsonl", help="a run's output to check instead of running the seeds")
    ap.add_argument("--screenshot", help="write a screenshot of one article (1280x900 PNG) here")
    ap.add_argument("--keep", help="keep the reports, DOM dumps and net logs in this folder")
    ap.add_argument("--measure", metavar="JSONL", help="only measure: report size and time to first render")
    args = ap.parse_args()
    exe = find_chromium()
    if not exe:
        print("SKIPPED report browser test: no headless Chromium (chromium, chromium-browser, google-chrome) on PATH. "
              "Install it with: " + INSTALL)
        return 0
    work = args.keep or tempfile.mkdtemp(prefix="nx-report-test-")
    Path(work).mkdir(parents=True, exist_ok=True)
    browser = Browser(exe, work)
    try:
        if args.measure:
            html = Path(work) / "measure.html"
            t = time.monotonic()
            report(args.bin, [args.measure], html, expect_rc=(0, 1))
            built = time.monotonic() - t
            dom, wall = browser.dump_dom(html)
            root = parse_dom(dom).walk()
            ms = next((n.attrs.get("data-render-ms") for n in root if n.tag == "html"), None)
            print("report: %d documents, %.1f MB, written in %.2f s; Chromium: first render %s ms after navigation start, "
                  "--dump-dom wall time %.2f s" % (len(read_records(args.measure)), html.stat().st_size / 1e6, built, ms, wall))
            return 0
        jsonl = Path(args.jsonl) if args.jsonl else seed_run(args.bin, work)
        records = read_records(jsonl)
        html = Path(work) / "report.html"
        report(args.bin, [jsonl], html, expect_rc=(0, 1))
        seeds = Checks("report of %s (%d documents)" % (jsonl.name, len(records)))
        dom_text, wall = browser.dump_dom(html, "#all")
        if args.keep:
            (Path(work) / "report.dom.html").write_text(dom_text)
        dom = parse_dom(dom_text)
        check_marks(dom, records, seeds)
        check_failed(dom, records, seeds)
        check_speakers(dom, records, seeds)
        check_no_requests(browser, html, work, seeds)
        ok = seeds.report()
        ok = check_fixture(browser, args.bin, work) and ok
        if args.screenshot:
            shot = Path(args.screenshot).resolve()
            browser.run(html.resolve().as_uri() + screenshot_target(records), "--screenshot=" + str(shot), "--window-size=1280,900")
            shots = Checks("screenshot")
            shots.expect(shot.exists() and shot.stat().st_size > 10000, "no screenshot at %s" % shot)
            if shot.exists():
                print("     %s: %d KB" % (shot, shot.stat().st_size // 1024))
            ok = shots.report() and ok
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as e:
        print("FAIL report browser test: %s" % e)
        sys.exit(1)
