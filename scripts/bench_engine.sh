#!/usr/bin/env bash
# Benchmarks the PDF engine (issue 3) on the synthetic meeting pack and
# prints the figures next to a Chromium print of the same HTML:
#   - the ~100-page pack (12 sections of numbered paragraphs, 10 tables of
#     10 x 13 cells, 12 SVG charts) and the ~1,000-page one (ten times that);
#   - panelpack_bench as a fresh process per run: pages, layout and paint
#     seconds, pages/s, peak RSS (getrusage) and PDF size, plus the process
#     wall time and max RSS from /usr/bin/time;
#   - the painter alone on synthetic frames of 100 and 1,000 pages;
#   - chromium --headless --print-to-pdf of the same HTML: seconds and pages.
# Targets: 100 pages in <= 0.25 s, peak RSS < 40 MB, PDF < 300 KB; 1,000
# pages in at most ten times the 100-page time.
#
#   scripts/bench_engine.sh [BUILD_DIR]      (default: build)
#   BENCH_CHROMIUM=0 skips Chromium; BENCH_CHROMIUM_LARGE=0 skips it for 1,000 pages.
set -euo pipefail

build=${1:-build}
bench="$build/bench/panelpack_bench"
if [ ! -x "$bench" ]; then
  echo "bench_engine: $bench not found (cmake --build $build --target panelpack_bench)" >&2
  exit 2
fi
for tool in pdfinfo /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench_engine: $tool is missing" >&2; exit 2; }
done
chromium=${CHROMIUM:-/usr/bin/chromium}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

pages_of() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
kb_of() { echo "$(( $(stat -c %s "$1") / 1024 )) KB"; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo

for scale in 1 10; do
  html="$tmp/pack-$scale.html"
  pdf="$tmp/pack-$scale.pdf"
  "$bench" --scale "$scale" --write-html "$html" >/dev/null
  echo "== synthetic pack, scale $scale ($(( $(stat -c %s "$html") / 1024 )) KB of paper HTML)"
  # Warm the page cache for the binary and the fonts, then measure.
  "$bench" --input "$html" --pdf "$pdf" >/dev/null 2>&1 || true
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$bench" --input "$html" --pdf "$pdf"
  read -r wall rss <"$tmp/time"
  echo "panelpack (fresh process): ${wall} s wall, max RSS $(( rss / 1024 )) MB, $(pages_of "$pdf") pages, $(kb_of "$pdf")"

  if [ "${BENCH_CHROMIUM:-1}" != 0 ] && { [ "$scale" = 1 ] || [ "${BENCH_CHROMIUM_LARGE:-1}" != 0 ]; } && [ -x "$chromium" ]; then
    profile=$(mktemp -d)
    start=$(date +%s.%N)
    XDG_CONFIG_HOME="$profile" XDG_CACHE_HOME="$profile" "$chromium" --headless --no-sandbox --disable-gpu \
      --no-first-run --disable-background-networking --disable-component-update --disable-sync \
      --no-pdf-header-footer --user-data-dir="$profile" --print-to-pdf="$tmp/chromium-$scale.pdf" \
      "file://$html" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    rm -rf "$profile"
    if [ -s "$tmp/chromium-$scale.pdf" ]; then
      echo "chromium --print-to-pdf: $(echo "$end - $start" | bc) s wall, $(pages_of "$tmp/chromium-$scale.pdf") pages, $(kb_of "$tmp/chromium-$scale.pdf")"
    else
      echo "chromium --print-to-pdf: failed"
    fi
  fi
  echo
done

echo "== wall-clock targets (panelpack_bench --speed-checks)"
"$bench" --speed-checks || echo "(a target was missed)"
echo

echo "== painter alone (synthetic frames, no layout)"
for pages in 100 1000; do
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$bench" --painter-only --pages "$pages" --pdf "$tmp/frames-$pages.pdf"
  read -r wall rss <"$tmp/time"
  echo "  (fresh process: ${wall} s wall, max RSS $(( rss / 1024 )) MB)"
done
