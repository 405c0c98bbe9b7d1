#!/usr/bin/env python3
"""Checks that the whole-file examples in docs/content.md build cleanly.

    python3 tests/check_docs_examples.py --bin build/panelpack [--doc docs/content.md] [--keep DIR]

The convention: a fenced code block is a whole file of the example site when
the line just before its opening fence (blank lines between are allowed) is

    <!-- file: PATH -->

where PATH is relative to the site folder, e.g. `panelpack.yaml` or
`meetings/2025-01-20-pac/meeting.yaml`. Every such block is written to its
path in a fresh temporary site (a path given twice is an error); other code
blocks are fragments and are ignored. Then `panelpack check` and
`panelpack build` are run on the site, and the script fails (exit 1, with
what went wrong) unless there is at least one marked panelpack.yaml, both
commands exit 0, and each summary line reports 0 warnings.
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MARKER = re.compile(r"^<!--\s*file:\s*(\S+)\s*-->\s*$")
FENCE = re.compile(r"^\s*(```+|~~~+)")
SUMMARY = {
    "check": re.compile(r"^checked .*, no errors, (\d+) warnings? in "),
    "build": re.compile(r"^built .* with (\d+) warnings? in "),
}
RUN_TIMEOUT = 120  # seconds


class Failure(Exception):
    pass


def extract(text):
    """Returns [(path, content, line)] for the marked blocks of `text`."""
    lines = text.splitlines(keepends=True)
    files, pending, i = [], None, 0
    while i < len(lines):
        line = lines[i].rstrip("\n")
        m = MARKER.match(line.strip())
        fence = FENCE.match(line)
        if m:
            pending = (m.group(1), i + 1)
        elif fence:
            closing = fence.group(1)
            body, j = [], i + 1
            while j < len(lines) and not lines[j].strip().startswith(closing):
                body.append(lines[j])
                j += 1
            if j == len(lines):
                raise Failure(f"line {i + 1}: code block is never closed")
            if pending:
                files.append((pending[0], "".join(body), pending[1]))
                pending = None
            i = j
        elif line.strip() and pending:
            raise Failure(f"line {pending[1]}: '<!-- file: {pending[0]} -->' is not followed by a code block")
        i += 1
    if pending:
        raise Failure(f"line {pending[1]}: '<!-- file: {pending[0]} -->' is not followed by a code block")
    return files


def write_site(files, site):
    seen = {}
    for path, content, line in files:
        rel = Path(path)
        if rel.is_absolute() or ".." in rel.parts:
            raise Failure(f"line {line}: file path {path} must be relative to the site and stay inside it")
        if path in seen:
            raise Failure(f"line {line}: {path} is given twice (first at line {seen[path]})")
        seen[path] = line
        target = site / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    if "panelpack.yaml" not in seen:
        raise Failure("no block is marked '<!-- file: panelpack.yaml -->'")


def run(binary, command, args):
    argv = [str(binary), command, *args]
    try:
        p = subprocess.run(argv, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise Failure(f"`{' '.join(argv)}` did not finish in {RUN_TIMEOUT} s")
    output = (p.stdout + p.stderr).strip()
    if p.returncode != 0:
        raise Failure(f"`{' '.join(argv)}` exited {p.returncode}:\n{output}")
    counts = [int(m.group(1)) for line in p.stdout.splitlines() if (m := SUMMARY[command].match(line))]
    if not counts:
        raise Failure(f"`{' '.join(argv)}` printed no summary line:\n{output}")
    if counts[-1] != 0 or " warning: " in p.stderr:
        raise Failure(f"`{' '.join(argv)}` reported warnings:\n{output}")
    return p.stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", required=True, help="the panelpack binary")
    parser.add_argument("--doc", default=str(REPO / "docs" / "content.md"), help="the Markdown file to check")
    parser.add_argument("--keep", help="write the site into this (new) folder and keep it")
    args = parser.parse_args()

    binary = Path(args.bin).resolve()
    doc = Path(args.doc)
    tmp = None
    try:
        files = extract(doc.read_text(encoding="utf-8"))
        if args.keep:
            root = Path(args.keep)
            root.mkdir(parents=True)
        else:
            tmp = tempfile.mkdtemp(prefix="panelpack-docs-")
            root = Path(tmp)
        site = root / "site"
        write_site(files, site)
        print(f"{doc}: {len(files)} example files: " + ", ".join(f[0] for f in files))
        print(run(binary, "check", ["--site", str(site)]))
        print(run(binary, "build", ["--site", str(site), "--out", str(root / "output")]))
    except (Failure, OSError) as e:
        print(f"{doc}: the examples do not build cleanly: {e}", file=sys.stderr)
        return 1
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    print("docs examples: 0 errors, 0 warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
