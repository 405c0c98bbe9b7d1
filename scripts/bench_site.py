#!/usr/bin/env python3
"""Benchmark of whole builds: the bundled example site, a large synthetic
one (many bodies and meetings, long agendas) and a synthetic performance annex
(one meeting whose annex has 100 measures x 60 months). Prints, for each,
documents, PDF pages, web pages, whether the search index was made (Pagefind
found as panelpack finds it), wall time, pages per second and the peak memory of the
build; for the annex site also a `check` run (everything the build does but
writing) for comparison.

    python3 scripts/bench_site.py [--bin build/panelpack] [--meetings 400] [--measures 100] [--months 60]

Figures vary with the machine; nothing here is a test threshold.
"""
import argparse
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(binary, site, out, command="build"):
    """Runs one build (or check, when out is None) in a child process; returns
    (seconds, peak KiB). The peak is the largest of panelpack and the programs
    it waited for (Pagefind, when it makes the search index)."""
    argv = [binary, command, "--site", site] + (["--out", out] if out is not None else [])
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.execv(binary, argv)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: the {command} of {site} failed")
    return seconds, usage.ru_maxrss


def copy_site_file(folder):
    """The example site's panelpack.yaml, with the assets it names (a logo)."""
    shutil.copy(os.path.join(ROOT, "panelpack.yaml"), os.path.join(folder, "panelpack.yaml"))
    assets = os.path.join(ROOT, "content", "assets")
    if os.path.isdir(assets):
        shutil.copytree(assets, os.path.join(folder, "content", "assets"))


def synthetic_site(folder, meetings):
    """The example site's panelpack.yaml with `meetings` meetings spread over
    its two bodies, each with a dozen items of several paragraphs."""
    copy_site_file(folder)
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


def annex_site(folder, measures, months):
    """The example site's panelpack.yaml with one meeting whose annex has
    `measures` measures over `months` months to December 2024, in ten sections
    of counts, rates with targets, minutes, line, bar and combo charts, rebases
    and both SPC methods, plus a comparison table and a counts table. The data
    is one wide CSV, random but fixed (seeded) so every run builds the same
    annex."""
    copy_site_file(folder)
    meeting = os.path.join(folder, "content", "meetings", "2025-01-20-pac")
    data = os.path.join(folder, "content", "data")
    os.makedirs(meeting)
    os.makedirs(data)
    with open(os.path.join(meeting, "meeting.yaml"), "w") as f:
        f.write("body: pac\ndate: 2025-01-20\nstart: \"10:00\"\nvenue: Carleton Hall\n"
                "enquiries: paula-zutic\nprevious_meeting: 2024-10-21\n"
                "items:\n  - title: Policing performance\n")
    rng = random.Random(20250120)
    first = 2025 * 12 - months  # December 2024 is the last month
    month_names = [f"{(first + i) // 12:04d}-{(first + i) % 12 + 1:02d}" for i in range(months)]
    columns = {}  # name -> list of values (None for a missing month)
    lines = ["title: Synthetic performance report", "subtitle: Q3 2024/25", "report_month: 2024-12",
             "data:", "  bench: bench.csv", "defaults:", "  data: bench",
             "summary: |", "  [[1.1 fytd]] in the year to date ([[1.1 fytd-change]]).", "sections:"]
    per_section = max(1, measures // 10)
    for m in range(measures):
        if m % per_section == 0:
            number = m // per_section + 1
            lines += [f"  - number: \"{number}\"", f"    title: Section {number}", "    measures:"]
        mid = f"{m // per_section + 1}.{m % per_section + 1}"
        level = rng.uniform(50, 5000)
        drift = rng.uniform(-0.004, 0.004)
        values = [max(0, round(level * (1 + drift * i) * rng.gauss(1, 0.06))) for i in range(months)]
        if m % 17 == 5:
            values[months // 2] = None  # a missing month
        name = f"s{m + 1}"
        columns[name] = values
        lines += [f"      - id: \"{mid}\"", f"        name: Synthetic measure {m + 1}", f"        series: {name}"]
        kind = m % 10
        if kind in (1, 6):  # a rate with a target
            columns[name + "_of"] = [None if v is None else v + round(v * rng.uniform(0.05, 0.3)) for v in values]
            lines += [f"        per: {name}_of", "        improvement: increase", "        target: 85"]
            if kind == 6:
                lines += ["        chart: combo", f"        bars: {name}_of", "        bars_label: All"]
        elif kind == 2:
            columns[name] = [None if v is None else round(v / 100, 1) for v in values]
            lines += ["        unit: minutes", "        decimals: 1", "        improvement: decrease",
                      f"        target: {round(level / 100, 1)}"]
        elif kind == 3:
            lines += ["        improvement: neither", "        chart: line"]
        elif kind == 4:
            lines += ["        improvement: decrease", "        chart: bar"]
        elif kind == 5:
            lines += ["        improvement: decrease", f"        rebase: [{month_names[months * 2 // 3]}]"]
        elif kind == 7:
            lines += ["        improvement: neither", "        method: mean-3sd"]
        elif kind == 8:
            lines += ["        improvement: decrease", "        fix_after: 24", "        near_lines: true"]
        else:
            lines += ["        improvement: increase"]
        lines += ["        commentary: |",
                  f"          In [[{mid} latest-month]] the figure was [[{mid} latest]] against a mean of "
                  f"[[{mid} mean]]; the quarter shows [[{mid} change]]."]
    for r in range(10):
        columns[f"crime{r}"] = [rng.randint(200, 3000) for _ in range(months)]
        columns[f"crime{r}_outcomes"] = [round(v * rng.uniform(0.05, 0.25)) for v in columns[f"crime{r}"]]
    for label in ("negative", "positive"):
        columns[f"test_{label}"] = [rng.randint(10, 90) for _ in range(months)]
    lines += ["tables:", "  - id: crime-types", "    title: Main crime types", "    kind: comparison", "    rows:"]
    lines += [f"      - {{name: Crime type {r}, volume: crime{r}, outcomes: crime{r}_outcomes}}" for r in range(10)]
    lines += ["  - id: testing", "    title: Drug testing", "    kind: counts", "    columns:",
              "      - {label: Negative, series: test_negative}", "      - {label: Positive, series: test_positive}",
              "    percent_of: Positive"]
    with open(os.path.join(meeting, "annex.yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(data, "bench.csv"), "w") as f:
        f.write(",".join(["month"] + list(columns)) + "\n")
        for i, month in enumerate(month_names):
            f.write(",".join([month] + ["" if c[i] is None else str(c[i]) for c in columns.values()]) + "\n")


def pdf_pages(path):
    """Pages of one PDF, by pdfinfo (page objects sit in compressed object
    streams, so counting "/Type /Page" in the raw bytes finds none)."""
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s*(\d+)", info, re.M).group(1))
    with open(path, "rb") as fh:
        return len(re.findall(rb"/Type\s*/Page\b", fh.read()))


def count_pdfs(out):
    pages = documents = 0
    for dirpath, _, files in os.walk(out):
        for f in files:
            if f.endswith(".pdf"):
                documents += 1
                pages += pdf_pages(os.path.join(dirpath, f))
    return documents, pages


def count_web(out):
    """HTML pages of the website (papers' pages and the site's own), and
    whether the public tree got a search index."""
    html = sum(f.endswith(".html") for _, _, files in os.walk(out) for f in files)
    return html, os.path.isdir(os.path.join(out, "public", "pagefind"))


def report(name, binary, site, out):
    seconds, peak_kib = run(binary, site, out)
    documents, pages = count_pdfs(out)
    html, search = count_web(out)
    print(f"{name}: {documents} PDFs, {pages} pages, {html} web pages, search index {'made' if search else 'not made'}, "
          f"{seconds:.3f} s wall, {pages / seconds:.0f} pages/s, peak RSS {peak_kib / 1024:.1f} MiB")
    return documents, pages


def report_check(name, binary, site, documents, pages):
    """A `check` of the site: the same validation and rendering as a build
    (whose PDF and page counts are given), but nothing is written."""
    seconds, peak_kib = run(binary, site, None, command="check")
    print(f"{name}: {documents} PDFs, {pages} pages rendered, nothing written, {seconds:.3f} s wall, "
          f"{pages / seconds:.0f} pages/s, peak RSS {peak_kib / 1024:.1f} MiB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=os.path.join(ROOT, "build", "panelpack"))
    parser.add_argument("--meetings", type=int, default=400)
    parser.add_argument("--measures", type=int, default=100, help="measures in the synthetic annex")
    parser.add_argument("--months", type=int, default=60, help="months of data in the synthetic annex")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report("example site", args.bin, ROOT, os.path.join(tmp, "example-out"))
        site = os.path.join(tmp, "synthetic")
        os.makedirs(site)
        synthetic_site(site, args.meetings)
        # Once with the search index (when Pagefind is found) and once without,
        # so what the index costs shows.
        report(f"synthetic site ({args.meetings} meetings)", args.bin, site, os.path.join(tmp, "synthetic-out"))
        saved = os.environ.get("PANELPACK_PAGEFIND")
        os.environ["PANELPACK_PAGEFIND"] = "none"
        report(f"synthetic site ({args.meetings} meetings), no search", args.bin, site,
               os.path.join(tmp, "synthetic-out-no-search"))
        if saved is None:
            del os.environ["PANELPACK_PAGEFIND"]
        else:
            os.environ["PANELPACK_PAGEFIND"] = saved
        site = os.path.join(tmp, "annex")
        os.makedirs(site)
        annex_site(site, args.measures, args.months)
        name = f"annex site ({args.measures} measures x {args.months} months)"
        documents, pages = report(f"{name}, build", args.bin, site, os.path.join(tmp, "annex-out"))
        report_check(f"{name}, check", args.bin, site, documents, pages)


if __name__ == "__main__":
    main()
