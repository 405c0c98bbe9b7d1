#!/usr/bin/env python3
"""Runs panelpack's whole-run cases (format: tests/cases/README.md).

    python3 tests/run_cases.py --bin build/panelpack [--filter SUBSTR] tests/cases
    UPDATE_GOLDEN=1 python3 tests/run_cases.py ...   rewrite exact expectations

Each case runs in a fresh temporary folder. Prints each failing case with
what differed, then "cases: N passed, M failed"; exits 1 on any failure.
"""

import argparse
import concurrent.futures
import difflib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HEADER = re.compile(r"^-- (.+) --$")
ELAPSED = re.compile(r"\bin [0-9]+(?:\.[0-9]+)? ?m?s\b")
RUN_TIMEOUT = 120  # seconds for one run of the program


class CaseError(Exception):
    """The case file itself is wrong, or a check could not be made."""


@dataclass
class Section:
    name: str  # the text between "-- " and " --"
    body: str  # everything up to the next header, exactly
    line: int  # line number of the header


@dataclass
class Run:
    section: Section
    argv: list
    expects: list = field(default_factory=list)


# ---------------------------------------------------------------- parsing

def parse(text):
    """Splits a case file into its leading comment and its sections."""
    lines = text.splitlines(keepends=True)
    prefix, sections = [], []
    for number, line in enumerate(lines, 1):
        m = HEADER.match(line.rstrip("\n"))
        if m:
            sections.append(Section(m.group(1), "", number))
        elif sections:
            sections[-1].body += line
        else:
            prefix.append(line)
    return "".join(prefix), sections


def serialise(prefix, sections):
    return prefix + "".join(f"-- {s.name} --\n{s.body}" for s in sections)


def description(prefix):
    for line in prefix.splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip()
    return ""


def safe_path(text, section):
    p = Path(text)
    if not text or p.is_absolute() or ".." in p.parts:
        raise CaseError(f"line {section.line}: '{text}' must be a relative path inside the case")
    return text


def expectation(section):
    """Returns (kind, paths) for an 'expect ...' header, or raises CaseError."""
    words = section.name.split()[1:]
    if words in (["exit"], ["stdout"], ["stderr"]):
        return words[0], []
    if len(words) == 3 and words[0] == "identical":
        return "identical", [safe_path(words[1], section), safe_path(words[2], section)]
    if len(words) == 2 and words[0] == "unchanged":
        return "unchanged", [safe_path(words[1], section)]
    if len(words) == 2 and words[1] in ("contains", "text", "files"):
        return words[1], [safe_path(words[0], section)]
    if len(words) == 3 and words[1:] == ["not", "contains"]:
        return "not contains", [safe_path(words[0], section)]
    if len(words) == 3 and words[1:] == ["tags", "contains"] and words[0].lower().endswith(".pdf"):
        return "tags contains", [safe_path(words[0], section)]
    if len(words) == 2 and words[1] in ("pages", "bookmarks") and words[0].lower().endswith(".pdf"):
        return words[1], [safe_path(words[0], section)]
    if len(words) in (4, 5) and words[1] == "page" and words[0].lower().endswith(".pdf") and words[3:] in (
            ["contains"], ["not", "contains"]):
        if not words[2].isdigit() or int(words[2]) < 1:
            raise CaseError(f"line {section.line}: '-- {section.name} --' needs a page number from 1")
        return "page " + " ".join(words[3:]), [safe_path(words[0], section), words[2]]
    raise CaseError(f"line {section.line}: unknown expectation '-- {section.name} --'")


def unescape_bytes(body):
    """The body of a 'bytes' section as bytes: UTF-8 text in which \\xHH
    stands for the byte HH and \\\\ for a backslash."""
    out, i, text = bytearray(), 0, body
    while i < len(text):
        if text.startswith("\\\\", i):
            out += b"\\"
            i += 2
        elif text.startswith("\\x", i) and re.fullmatch(r"[0-9A-Fa-f]{2}", text[i + 2:i + 4]):
            out.append(int(text[i + 2:i + 4], 16))
            i += 4
        else:
            out += text[i].encode("utf-8")
            i += 1
    return bytes(out)


def plan(sections):
    """Turns sections into steps in file order: ('write', path, body),
    ('copy', src, dest) and Run objects carrying the expectations below them."""
    steps, last_run = [], None
    for s in sections:
        words = s.name.split()
        if words[0] == "args" and len(words) <= 2 or words == ["setup", "args"]:
            lines = [l for l in s.body.splitlines() if l.strip() and not l.startswith("#")]
            if len(lines) != 1:
                raise CaseError(f"line {s.line}: '-- {s.name} --' needs exactly one line of arguments")
            last_run = Run(s, shlex.split(lines[0]))
            steps.append(last_run)
        elif words[0] == "expect":
            kind, paths = expectation(s)
            if last_run is None:
                raise CaseError(f"line {s.line}: '-- {s.name} --' comes before any '-- args --'")
            last_run.expects.append((kind, paths, s))
        elif words[0] == "copy" and len(words) in (2, 3):
            src = safe_path(words[1], s)
            steps.append(("copy", src, safe_path(words[-1], s)))
        elif words[0] == "before" and len(words) == 2:
            steps.append(("write", safe_path(words[1], s), s.body))
        elif words[0] == "bytes" and len(words) == 2:
            steps.append(("bytes", safe_path(words[1], s), unescape_bytes(s.body)))
        elif words[0] == "symlink" and len(words) == 3:
            steps.append(("symlink", safe_path(words[1], s), words[2]))
        elif words[0] == "fifo" and len(words) == 2:
            steps.append(("fifo", safe_path(words[1], s)))
        elif words[0] == "size" and len(words) == 3 and words[2].isdigit():
            steps.append(("size", safe_path(words[1], s), int(words[2])))
        else:
            steps.append(("write", safe_path(s.name, s), s.body))
    if not any(isinstance(step, Run) for step in steps):
        raise CaseError("the case has no '-- args --' section")
    return steps


# ---------------------------------------------------------- reading output

def tool(argv):
    try:
        r = subprocess.run(argv, capture_output=True, timeout=60)
    except FileNotFoundError:
        raise CaseError(f"{argv[0]} is not installed (apt-get install poppler-utils qpdf)")
    if r.returncode != 0:
        raise CaseError(f"{' '.join(argv)} failed ({r.stderr.decode(errors='replace').strip()})")
    return r.stdout.decode("utf-8", errors="replace")


def pdf_text(path):
    """pdftotext's text with trailing spaces trimmed and each page under a '[page N]' line."""
    pages = tool(["pdftotext", "-enc", "UTF-8", str(path), "-"]).split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    out = []
    for n, page in enumerate(pages, 1):
        out.append(f"[page {n}]\n")
        out += [line.rstrip() + "\n" for line in page.rstrip("\n").split("\n")]
    return "".join(out)


def pdf_tags_text(path):
    """The structure tree with the text of each element, as `pdfinfo -struct-text` prints it: the
    text a screen reader reads through the tags (one quoted string per element's content)."""
    return tool(["pdfinfo", "-struct-text", str(path)])


def pdf_bookmarks(path):
    """A PDF's outline as qpdf reads it: a line a bookmark, two spaces deeper
    a level, its title, the page it leads to and '(closed)' for a closed one
    with children."""
    lines = []

    def walk(items, depth):
        for item in items:
            closed = " (closed)" if item["kids"] and not item["open"] else ""
            lines.append(f"{'  ' * depth}{item['title']} -> page {item['destpageposfrom1']}{closed}")
            walk(item["kids"], depth + 1)

    walk(json.loads(tool(["qpdf", "--json=2", "--json-key=outlines", str(path)]))["outlines"], 0)
    return "".join(line + "\n" for line in lines)


def pdf_pages(path):
    """The text of each page of a PDF, as pdf_text prints it under '[page N]'."""
    return [page.split("\n", 1)[1] for page in re.split(r"(?m)^(?=\[page [0-9]+\]$)", pdf_text(path)) if page]


def pdf_everything(path):
    """All text a reader could find in a PDF: page text, metadata, XMP, every
    string object (outlines, link targets, alt text) and the raw bytes."""
    parts = [pdf_text(path), tool(["pdfinfo", str(path)]), tool(["pdfinfo", "-meta", str(path)])]

    def strings(node):
        if isinstance(node, str):
            parts.append(node[2:] if node[:2] in ("u:", "b:") else node)
        elif isinstance(node, dict):
            for k, v in node.items():
                strings(k)
                strings(v)
        elif isinstance(node, list):
            for v in node:
                strings(v)

    strings(json.loads(tool(["qpdf", "--json=2", "--json-key=qpdf", str(path)])))
    parts.append(path.read_bytes().decode("latin-1"))
    return "\n".join(parts)


def file_text(path):
    if path.suffix.lower() == ".pdf":
        return pdf_text(path)
    return path.read_bytes().decode("utf-8", errors="replace")


def snapshot(path):
    """{relative path: bytes, or None for a folder}; None if path is missing."""
    if not path.exists():
        return None
    if path.is_file():
        return {".": path.read_bytes()}
    found = {}
    for p in sorted(path.rglob("*")):
        found[p.relative_to(path).as_posix()] = None if p.is_dir() else p.read_bytes()
    return found


def compare_trees(a, b, name_a, name_b):
    """Lines describing how two snapshots differ; empty when identical."""
    if a is None or b is None:
        return [f"{name} does not exist" for name, s in ((name_a, a), (name_b, b)) if s is None]
    out = [f"only in {name_a}: {k}" for k in sorted(a.keys() - b.keys())]
    out += [f"only in {name_b}: {k}" for k in sorted(b.keys() - a.keys())]
    out += [f"differs: {k}" for k in sorted(a.keys() & b.keys()) if a[k] != b[k]]
    return out


# ---------------------------------------------------------------- checking

def tidy(text):
    """Exact comparisons ignore trailing blank lines and a missing final newline."""
    text = text.rstrip("\n")
    return text + "\n" if text else ""


def missing_in_order(lines, text):
    """The first expected line not found in text after the previous one, or None."""
    at = 0
    for line in lines:
        found = text.find(line, at)
        if found < 0:
            return line
        at = found + len(line)
    return None


def wanted_lines(body):
    return [l.strip() for l in body.splitlines() if l.strip()]


def check(kind, paths, section, result, site, before):
    """Returns (problem or None, actual text for UPDATE_GOLDEN or None)."""
    if kind == "exit":
        want, got = section.body.strip(), result["exit"]
        if want and not want.lstrip("-").isdigit():
            raise CaseError(f"line {section.line}: '-- expect exit --' needs a number")
        ok = want and int(want) == got
        return (None if ok else f"exit code {got}, expected {want or '(nothing given)'}"), f"{got}\n"
    if kind in ("stdout", "stderr", "text", "files", "bookmarks"):
        if kind in ("stdout", "stderr"):
            actual = result[kind]
        elif kind in ("text", "bookmarks"):
            target = site / paths[0]
            if not target.is_file():
                return f"{paths[0]} was not written", None
            actual = file_text(target) if kind == "text" else pdf_bookmarks(target)
        else:
            target = site / paths[0]
            listing = snapshot(target) or {}
            actual = "".join(f"{k}\n" for k, v in listing.items() if v is not None)
        want, got = tidy(section.body), tidy(actual)
        if want == got:
            return None, got
        diff = difflib.unified_diff(want.splitlines(keepends=True), got.splitlines(keepends=True),
                                    "expected", "actual")
        return f"-- {section.name} -- differs:\n" + "".join(diff).rstrip("\n"), got
    if kind == "contains":
        target = site / paths[0]
        if not target.is_file():
            return f"{paths[0]} was not written", None
        line = missing_in_order(wanted_lines(section.body), file_text(target))
        return (None if line is None else f"{paths[0]} lacks (in order): {line}"), None
    if kind == "tags contains":
        target = site / paths[0]
        if not target.is_file():
            return f"{paths[0]} was not written", None
        line = missing_in_order(wanted_lines(section.body), pdf_tags_text(target))
        return (None if line is None else f"the tags of {paths[0]} lack (in order): {line}"), None
    if kind == "pages":
        target = site / paths[0]
        if not target.is_file():
            return f"{paths[0]} was not written", None
        want, got = section.body.strip(), len(pdf_pages(target))
        if want and not want.isdigit():
            raise CaseError(f"line {section.line}: '-- {section.name} --' needs a number")
        ok = want and int(want) == got
        return (None if ok else f"{paths[0]} has {got} pages, expected {want or '(nothing given)'}"), f"{got}\n"
    if kind in ("page contains", "page not contains"):
        target, number = site / paths[0], int(paths[1])
        if not target.is_file():
            return f"{paths[0]} was not written", None
        pages = pdf_pages(target)
        if number > len(pages):
            return f"{paths[0]} has no page {number} (it has {len(pages)})", None
        text = pages[number - 1]
        if kind == "page contains":
            line = missing_in_order(wanted_lines(section.body), text)
            return (None if line is None else f"page {number} of {paths[0]} lacks (in order): {line}"), None
        found = [m for m in wanted_lines(section.body) if m in text]
        return ("\n".join(f"page {number} of {paths[0]} contains {m!r}" for m in found) or None), None
    if kind == "not contains":
        target = site / paths[0]
        if not target.exists():
            # Nothing to search would pass every time: a leak test must see the output it guards.
            return f"{paths[0]} does not exist (nothing to search)", None
        files = [target] if target.is_file() else sorted(p for p in target.rglob("*") if p.is_file())
        problems = []
        for f in files:
            rel = f.relative_to(site).as_posix()
            text = rel + "\n" + (pdf_everything(f) if f.suffix.lower() == ".pdf" else file_text(f))
            problems += [f"{rel} contains {m!r}" for m in wanted_lines(section.body) if m in text]
        return ("\n".join(problems) or None), None
    if kind == "identical":
        diffs = compare_trees(snapshot(site / paths[0]), snapshot(site / paths[1]), *paths)
        return (f"{paths[0]} and {paths[1]} differ:\n  " + "\n  ".join(diffs) if diffs else None), None
    if kind == "unchanged":
        diffs = compare_trees(before[paths[0]], snapshot(site / paths[0]), "before", "after")
        return (f"{paths[0]} changed:\n  " + "\n  ".join(diffs) if diffs else None), None
    raise AssertionError(kind)


def normalise(raw, site):
    text = raw.decode("utf-8", errors="replace")
    for form in {str(site), os.path.realpath(site)}:
        text = text.replace(form, "$SITE")
    return ELAPSED.sub("in X s", text)


def execute(run, binary, site):
    # No search index unless a case asks for one with --pagefind: what a case
    # prints must not depend on whether Pagefind is installed.
    env = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8", NO_COLOR="1", PANELPACK_PAGEFIND="none")
    try:
        # argv[0] is "panelpack" whatever the binary's path, so messages are stable.
        r = subprocess.run(["panelpack", *run.argv], executable=binary, cwd=site, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise CaseError(f"panelpack {shlex.join(run.argv)} did not finish in {RUN_TIMEOUT} s")
    return {"exit": r.returncode, "stdout": normalise(r.stdout, site),
            "stderr": normalise(r.stderr, site)}


GOLDEN_KINDS = {"exit", "stdout", "stderr", "text", "files", "pages", "bookmarks"}


@dataclass
class Outcome:
    case: Path
    title: str
    problems: list
    updated: bool


def run_steps(steps, sections, binary, site, update):
    """Carries out a case's steps; returns (problems, whether a golden was rewritten)."""
    problems, updated = [], False
    for step in steps:
        if isinstance(step, Run):
            before = {p[0]: snapshot(site / p[0]) for k, p, _ in step.expects if k == "unchanged"}
            result = execute(step, binary, site)
            expects = step.expects
            if not any(k == "exit" for k, _, _ in expects):
                expects = [("exit", [], Section("expect exit", "0\n", step.section.line))] + expects
            for kind, paths, section in expects:
                problem, actual = check(kind, paths, section, result, site, before)
                in_file = any(section is s for s in sections)
                if problem and update and kind in GOLDEN_KINDS and in_file and actual is not None:
                    if any(HEADER.match(l) for l in actual.splitlines()):
                        problem += "\n(not updated: the output has a line that looks like a section header)"
                    else:
                        section.body, problem, updated = actual, None, True
                if problem:
                    problems.append(f"line {section.line}, after 'panelpack {shlex.join(step.argv)}': {problem}")
                    if kind == "exit" and result["stderr"]:
                        problems.append("stderr was:\n" + result["stderr"].rstrip("\n"))
        elif step[0] in ("write", "bytes", "symlink", "fifo", "size"):
            target = site / step[1]
            target.parent.mkdir(parents=True, exist_ok=True)
            # Whatever stood there before is replaced, not written through.
            if target.is_symlink() or (target.exists() and not target.is_file() and not target.is_dir()):
                target.unlink()
            elif step[0] in ("symlink", "fifo") and target.is_file():
                target.unlink()
            if step[0] == "write":
                target.write_text(step[2], encoding="utf-8")
            elif step[0] == "bytes":
                target.write_bytes(step[2])
            elif step[0] == "symlink":
                os.symlink(step[2], target)
            elif step[0] == "fifo":
                os.mkfifo(target)
            else:
                with open(target, "ab") as f:
                    f.truncate(step[2])
        else:
            src, dest = REPO / step[1], site / step[2]
            if src.is_dir():
                shutil.copytree(src, dest, dirs_exist_ok=True)
            elif src.is_file():
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dest)
            else:
                raise CaseError(f"cannot copy {step[1]} (not in the repository)")
    return problems, updated


def run_case(case, binary, update, keep):
    site = Path(tempfile.mkdtemp(prefix="panelpack-case-"))
    prefix, sections = parse(case.read_text(encoding="utf-8"))
    try:
        problems, updated = run_steps(plan(sections), sections, binary, site, update)
    except CaseError as e:
        problems, updated = [str(e)], False
    if updated:
        case.write_text(serialise(prefix, sections), encoding="utf-8")
    if keep and problems:
        problems.append(f"(kept the case folder {site})")
    else:
        shutil.rmtree(site, ignore_errors=True)
    return Outcome(case, description(prefix), problems, updated)


def find_cases(roots, pattern):
    cases = []
    for root in map(Path, roots):
        found = [root] if root.is_file() else sorted(root.rglob("*.txt"))
        cases += [c for c in found if pattern in c.as_posix()]
    return cases


def main():
    ap = argparse.ArgumentParser(description="Run panelpack's whole-run cases.")
    ap.add_argument("--bin", default="build/panelpack", help="the panelpack binary")
    ap.add_argument("--filter", default="", help="only cases whose path contains this")
    ap.add_argument("--jobs", type=int, default=2, help="cases run at once (default 2)")
    ap.add_argument("--keep", action="store_true", help="keep the folders of failing cases")
    ap.add_argument("paths", nargs="*", default=["tests/cases"], help="case files or folders")
    args = ap.parse_args()

    binary = os.path.abspath(args.bin)
    if not os.access(binary, os.X_OK):
        print(f"run_cases: {args.bin} is not an executable (build it first)", file=sys.stderr)
        return 2
    cases = find_cases(args.paths, args.filter)
    if not cases:
        print("run_cases: no case files found", file=sys.stderr)
        print("cases: 0 passed, 1 failed")
        return 1
    update = os.environ.get("UPDATE_GOLDEN") == "1"
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for out in pool.map(lambda c: run_case(c, binary, update, args.keep), cases):
            if out.updated:
                print(f"updated {out.case}")
            if not out.problems:
                passed += 1
                continue
            failed += 1
            print(f"FAIL {out.case}: {out.title}")
            for problem in out.problems:
                print("  " + problem.replace("\n", "\n  "))
    print(f"cases: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
