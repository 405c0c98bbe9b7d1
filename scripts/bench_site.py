#!/usr/bin/env python3
"""Benchmark of whole builds: the bundled example site and a large synthetic
one (many bodies and meetings, long agendas). Prints, for each, documents,
PDF pages, wall time, pages per second and the peak memory of the build.

    python3 scripts/bench_site.py [--bin build/panelpack] [--meetings 400]

Figures vary with the machine; nothing here is a test threshold.
"""
import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(binary, site, out):
    """Runs one build in a child process; returns (summary line, seconds, peak KiB)."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.execv(binary, [binary, "build", "--site", site, "--out", out])
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: the build of {site} failed")
    return seconds, usage.ru_maxrss


def synthetic_site(folder, meetings):
    """The example site's panelpack.yaml with `meetings` meetings spread over
    its two bodies, each with a dozen items of several paragraphs."""
    shutil.copy(os.path.join(ROOT, "panelpack.yaml"), os.path.join(folder, "panelpack.yaml"))
    paragraph = ("To receive a report on the Force's performance against the Police and Crime Plan, "
                 "including 999 and 101 call handling, crime volumes and outcomes for victims, with "
                 "the Commissioner's assessment of where the Constabulary should improve. ")
    for i in range(meetings):
        body = "pac" if i % 2 == 0 else "panel"
        year = 2000 + i // 24
        month = (i // 2) % 12 + 1
        day = 10 if body == "pac" else 20
        date = f"{year:04d}-{month:02d}-{day:02d}"
        d = os.path.join(folder, "content", "meetings", f"{date}-{body}")
        os.makedirs(d)
        items = []
        for n in range(12):
            items.append(f"  - title: Item {n + 1} of meeting {i + 1}\n"
                         f"    description: |\n"
                         + "".join(f"      {paragraph}\n\n" for _ in range(3)))
        prev = "previous_meeting: 1999-12-01\n" if i < 2 else ""
        enquiries = "paula-zutic" if body == "pac" else "euan-walters"
        with open(os.path.join(d, "meeting.yaml"), "w") as f:
            f.write(f"body: {body}\ndate: {date}\nstart: \"10:00\"\nvenue: County Hall\n"
                    f"enquiries: {enquiries}\n{prev}items:\n" + "".join(items))


def report(name, binary, site, out):
    seconds, peak_kib = run(binary, site, out)
    pages = documents = 0
    for dirpath, _, files in os.walk(out):
        for f in files:
            if f.endswith(".pdf"):
                documents += 1
                with open(os.path.join(dirpath, f), "rb") as fh:
                    pages += len(re.findall(rb"/Type\s*/Page\b", fh.read()))
    print(f"{name}: {documents} PDFs, {pages} pages, {seconds:.3f} s wall, "
          f"{pages / seconds:.0f} pages/s, peak RSS {peak_kib / 1024:.1f} MiB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=os.path.join(ROOT, "build", "panelpack"))
    parser.add_argument("--meetings", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report("example site", args.bin, ROOT, os.path.join(tmp, "example-out"))
        site = os.path.join(tmp, "synthetic")
        os.makedirs(site)
        synthetic_site(site, args.meetings)
        report(f"synthetic site ({args.meetings} meetings)", args.bin, site, os.path.join(tmp, "synthetic-out"))


if __name__ == "__main__":
    main()
