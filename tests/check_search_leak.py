#!/usr/bin/env python3
"""The leak test, extended to the search index: builds the sites of the
redaction cases (tests/cases/redaction/*.txt) with Pagefind, and checks that
no file of the public tree, the search index's compressed files read
uncompressed, holds any line the case lists under
`-- expect out/public not contains --`; and, so that the check cannot pass by
indexing or reading nothing, that the members' index does hold some of them.

    python3 tests/check_search_leak.py --bin build/panelpack [--pagefind PATH]

Pagefind is found as panelpack finds it (tools/search/ beside the build
folder), or given with --pagefind. Exits 1 on a leak or a missing index.
"""
import argparse
import gzip
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_cases import parse  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILE_SECTIONS = ("args", "setup args", "expect", "before", "bytes", "symlink", "fifo", "size", "copy")


def site_of(sections, folder):
    """Writes the case's site files (its plain file sections before the first run)."""
    for s in sections:
        if s.name.startswith(FILE_SECTIONS):
            if s.name.startswith(("args", "setup args")):
                return
            continue
        path = os.path.join(folder, s.name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(s.body)


def readable(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] == b"\x1f\x8b":  # Pagefind's index and fragments are gzipped
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "panelpack"))
    ap.add_argument("--pagefind", default=None)
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    folder_of_cases = os.path.join(ROOT, "tests", "cases", "redaction")
    failures = checked = 0
    for name in sorted(os.listdir(folder_of_cases)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(folder_of_cases, name)) as f:
            _, sections = parse(f.read())
        secrets = []
        for s in sections:
            if s.name == "expect out/public not contains":
                secrets += [line.strip() for line in s.body.splitlines() if line.strip()]
        if not secrets:
            continue
        with tempfile.TemporaryDirectory() as site:
            site_of(sections, site)
            argv = [binary, "build", "--out", "out"] + (["--pagefind", args.pagefind] if args.pagefind else [])
            env = dict(os.environ)
            env.pop("PANELPACK_PAGEFIND", None)
            result = subprocess.run(argv, cwd=site, capture_output=True, text=True, env=env)
            if result.returncode != 0 or "without search" in result.stderr:
                print(f"FAIL {name}: the build with search did not succeed\n{result.stderr}")
                failures += 1
                continue
            public = os.path.join(site, "out", "public")
            index = os.path.join(public, "pagefind")
            if not os.path.isdir(os.path.join(index, "fragment")) or not os.listdir(os.path.join(index, "fragment")):
                print(f"FAIL {name}: no search index in the public tree")
                failures += 1
                continue
            # The control: the members' index, read the same way, does hold them.
            members_index = os.path.join(site, "out", "members", "pagefind")
            found = any(secret in readable(os.path.join(d, f)) for d, _, fs in os.walk(members_index) for f in fs
                        for secret in secrets)
            if not found:
                print(f"FAIL {name}: the members' search index holds none of the withheld text (is the index read?)")
                failures += 1
            for dirpath, _, files in os.walk(public):
                for f in files:
                    path = os.path.join(dirpath, f)
                    text = readable(path)
                    checked += 1
                    for secret in secrets:
                        if secret in text:
                            print(f"FAIL {name}: {os.path.relpath(path, site)} holds '{secret}'")
                            failures += 1
    print(f"search leak: {checked} public files read, {failures} problems")
    return 1 if failures or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
