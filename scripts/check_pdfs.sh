#!/usr/bin/env bash
# Checks every PDF under a folder:
#   - qpdf --check passes;
#   - pdffonts lists only embedded subset fonts, none of them Type 3
#     (a PDF with no fonts at all passes this check);
#   - pdfinfo says "Tagged: yes" and gives a non-empty Title;
#   - pdftotext extracts the text with exit 0;
#   - every bookmark and every link leads somewhere (check_pdf_navigation.py);
#   - a PDF titled "NOT FOR PUBLICATION: …" is named "…-members.pdf" and the
#     other way round, and lies in a members' tree;
#   - no poppler tool prints anything on stderr (its warnings, such as a
#     malformed ToUnicode map, are failures).
# Prints "FAIL <file>: <reason>" for each problem, then
# "pdfs: N passed, M failed". Exits 1 on any failure, 2 on a usage error.
#
#   scripts/check_pdfs.sh output/
set -u

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
  echo "usage: scripts/check_pdfs.sh <dir>" >&2
  exit 2
fi
here=$(dirname "$0")
for tool in qpdf pdffonts pdfinfo pdftotext python3; do
  command -v "$tool" >/dev/null || { echo "check_pdfs: $tool is missing (apt-get install qpdf poppler-utils)" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Runs a poppler tool with its stdout in $tmp/out. Prints why if it exits
# non-zero (and then returns 1) or writes anything on stderr.
poppler() {
  "$@" >"$tmp/out" 2>"$tmp/err"
  local status=$?
  local err
  err=$(head -c 300 "$tmp/err" | tr '\n' ' ')
  if [ $status -ne 0 ]; then
    echo "$1 exited $status: $err"
    return 1
  fi
  [ -s "$tmp/err" ] && echo "$1 printed warnings: $err"
  return 0
}

# Prints one reason per problem with the PDF $1; prints nothing if it is good.
check_pdf() {
  local pdf=$1
  if ! qpdf --check "$pdf" >"$tmp/out" 2>&1; then
    echo "qpdf --check failed: $(tail -n 3 "$tmp/out" | tr '\n' ' ')"
  fi

  if poppler pdffonts "$pdf"; then
    # Columns: name, type (may hold spaces), encoding, emb, sub, uni, object number, generation.
    tail -n +3 "$tmp/out" | awk '
      { emb = $(NF-4); sub_ = $(NF-3) }
      / Type 3 /      { print "font " $1 " is Type 3"; next }
      emb != "yes"    { print "font " $1 " is not embedded" }
      sub_ != "yes"   { print "font " $1 " is not a subset" }'
  fi

  if poppler pdfinfo "$pdf"; then
    grep -q '^Tagged: *yes$' "$tmp/out" || echo "not tagged ($(grep '^Tagged:' "$tmp/out"))"
    grep -q '^Title: *[^ ]' "$tmp/out" || echo "no Title in the metadata"
    local marked=no named=no
    grep -q '^Title: *NOT FOR PUBLICATION: ' "$tmp/out" && marked=yes
    case "$pdf" in *-members.pdf) named=yes ;; esac
    [ $marked = $named ] || echo "title marked NOT FOR PUBLICATION: $marked, but file named -members: $named"
    case "$pdf" in */public/*) [ $named = no ] || echo "a members' PDF in the public tree" ;; esac
  fi

  python3 "$here/check_pdf_navigation.py" "$pdf"

  poppler pdftotext -enc UTF-8 "$pdf" -
}

passed=0 failed=0 found=0
while IFS= read -r -d '' pdf; do
  found=$((found + 1))
  problems=$(check_pdf "$pdf")
  if [ -z "$problems" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    while IFS= read -r line; do echo "FAIL $pdf: $line"; done <<<"$problems"
  fi
done < <(find "$1" -type f -iname '*.pdf' -print0 | sort -z)

if [ $found -eq 0 ]; then
  echo "FAIL $1: no PDF files found"
  failed=1
fi
echo "pdfs: $passed passed, $failed failed"
[ $failed -eq 0 ]
