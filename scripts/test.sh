#!/usr/bin/env bash
# The second command: set up (with test dependencies), build, and run every
# test: the layering check (includes against CMakeLists.txt), unit tests
# (ctest), whole-run cases, the example site's PDFs (qpdf/poppler) and HTML
# (axe in Chromium, html-validate), its website (320 px, links, feeds,
# search) and search index (the leak test), determinism (search index
# included), builds killed at random
# instants, and a fixed run of every fuzz target (FUZZ_RUNS inputs each from a
# fixed seed, default 10000; FUZZ_RUNS=0 skips).
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test || exit 1

passed=0
failed=0
failures=()
suite() {  # suite NAME COMMAND...: runs one suite and counts it
  local name=$1
  shift
  echo "=== $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
  fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

suite "layering check finds a violation" python3 tests/check_layering.py --self-test
suite "layering" python3 tests/check_layering.py
suite "unit tests" ctest --test-dir build --output-on-failure -j 2
suite "whole-run cases" python3 tests/run_cases.py --bin build/panelpack tests/cases
suite "docs examples build cleanly" python3 tests/check_docs_examples.py --bin build/panelpack
suite "example site builds" build/panelpack build --out "$tmp/site1"
suite "output survives kill -9" python3 tests/kill_test.py --bin build/panelpack
suite "example site is deterministic" bash -c "build/panelpack build --out '$tmp/site2' >/dev/null && diff -r '$tmp/site1' '$tmp/site2'"
suite "example PDFs" scripts/check_pdfs.sh "$tmp/site1"
suite "example packs: agenda page ranges are where the papers are" python3 tests/check_pack_pages.py "$tmp/site1"
suite "example HTML in Chromium" node tests/browser/check_site.mjs "$tmp/site1"
suite "website checks find each planted fault" node tests/browser/check_web.mjs --self-test
suite "example website: 320 px, links, feeds, search" node tests/browser/check_web.mjs "$tmp/site1" \
  --search "Accountability Framework" --expect pac/2025-01-20/agenda.html --screenshots "$tmp/screenshots-320"
suite "search index leaks nothing" python3 tests/check_search_leak.py --bin build/panelpack
suite "example annex: shapes, contrast, reflow, forced colours, names" node tests/browser/check_annex.mjs "$tmp/site1"
if [ "${FUZZ_RUNS:-10000}" != 0 ]; then
  suite "fuzz targets" env FUZZ_RUNS="${FUZZ_RUNS:-10000}" scripts/fuzz.sh
fi

echo
if [ "$failed" -gt 0 ]; then echo "failed: ${failures[*]}"; fi
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
