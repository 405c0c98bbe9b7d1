#!/usr/bin/env python3
"""Checks, page by page, that the page ranges an agenda pack's agenda prints
are where each item's papers really are.

    python3 tests/check_pack_pages.py OUT_DIR

For every pack.pdf under OUT_DIR: the ranges "(Pages a - b)" and
"(Page a)" are read from the agenda (the pages before the first range); each
range must start right after the previous one (the first right after the
agenda) and the last must end on the pack's last page; and the pages of
each range must be, in order, the pages of papers published beside the pack
or in the body's other meetings (report-*.pdf, annex.pdf, minutes.pdf …,
each compared by its text without running titles and page numbers), with
only "This page is intentionally left blank" pages between them. Uses
pdftotext. Prints "FAIL <pack>: <reason>" for each problem, then
"packs: N passed, M failed"; exits 1 on any failure.
"""
import re
import subprocess
import sys
from pathlib import Path

RANGE = re.compile(r"\(Pages? (\d+)(?: - (\d+))?\)")
FURNITURE = re.compile(r"^Page \d+( of \d+)?$")
BLANK = "This page is intentionally left blank"


def page_texts(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = out.stdout.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def body_lines(text):
    """The lines of a page that are not page numbers, without blank lines."""
    return [l.strip() for l in text.splitlines() if l.strip() and not FURNITURE.match(l.strip())]


def contains_in_order(page, paper_page):
    """Every body line of a paper's page occurs, in order, among the pack page's lines."""
    lines = body_lines(page)
    i = 0
    for want in body_lines(paper_page):
        while i < len(lines) and lines[i] != want:
            i += 1
        if i == len(lines):
            return False
        i += 1
    return True


def check_pack(pack):
    pages = page_texts(pack)
    papers = []
    # The papers beside the pack, and those of the body's other meetings (previous minutes).
    for pdf in sorted(pack.parent.parent.glob("*/*.pdf")):
        if pdf.name in ("pack.pdf", "agenda.pdf") or pdf.name.startswith("pack"):
            continue
        texts = page_texts(pdf)
        if texts and body_lines(texts[0]):
            papers.append((pdf, texts))
    ranges, agenda_pages = [], 0
    for n, text in enumerate(pages, 1):
        if ranges and n >= int(ranges[0][0]):
            break
        agenda_pages = n
        ranges += [(int(a), int(b or a)) for a, b in RANGE.findall(text.replace("\n", " "))]
    if not ranges:
        return []
    problems = []
    expected = agenda_pages + 1
    for a, b in ranges:
        if a != expected:
            problems.append("the range (Pages %d - %d) does not start right after page %d" % (a, b, expected - 1))
        pos = a
        while pos <= b:
            lines = body_lines(pages[pos - 1])
            if not lines or (BLANK in lines and len(lines) <= 2):  # padding: the message, maybe a running title
                pos += 1
                continue
            match = None
            for pdf, texts in papers:
                n = len(texts)
                if pos + n - 1 <= b and all(contains_in_order(pages[pos - 1 + k], texts[k]) for k in range(n)):
                    if match is None or n > len(match[1]):
                        match = (pdf, texts)
            if match is None:
                problems.append("page %d (in Pages %d - %d) does not start a paper published beside the pack"
                                % (pos, a, b))
                break
            pos += len(match[1])
        expected = b + 1
    if expected - 1 != len(pages):
        problems.append("the last range ends on page %d but the pack has %d pages" % (expected - 1, len(pages)))
    return problems


def main():
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        sys.exit(__doc__)
    passed = failed = 0
    for pack in sorted(Path(sys.argv[1]).rglob("pack.pdf")):
        problems = check_pack(pack)
        for p in problems:
            print("FAIL %s: %s" % (pack, p))
        failed += bool(problems)
        passed += not problems
    print("packs: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed or not passed else 0)


if __name__ == "__main__":
    main()
