#!/usr/bin/env bash
# Writes content/meetings/2020-02-20-panel/hmicfrs-both-sides-of-the-coin.pdf,
# the PDF that stands in for the inspectorate's report in the example pack
# (a report supplied by others: panelpack does not make it, it merges it).
# The stand-in is made by panelpack itself, from a one-report site written
# here, so it has embedded subset fonts and tags like a well-made supplied
# PDF, and the same bytes each time for the same panelpack. Run it once
# after changing the text below, and commit the PDF.
#
#   scripts/make_example_appendix.sh build/panelpack
set -eu

bin=$(realpath "${1:?usage: scripts/make_example_appendix.sh <panelpack binary>}")
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/meetings/2020-01-10/reports" "$tmp/styles"
# No running title or page numbers of its own: in the pack, the pack's go there.
cat >"$tmp/styles/paper.css" <<'EOF'
@page {
  @top-right { content: none; }
  @bottom-center { content: none; }
}
EOF
cat >"$tmp/panelpack.yaml" <<'EOF'
organisation:
  name: HM Inspectorate of Constabulary and Fire & Rescue Services (stand-in)
people:
  inspector: {name: HM Inspector of Constabulary}
bodies:
  thematic:
    name: Thematic inspections
    title: National thematic inspection
EOF
cat >"$tmp/meetings/2020-01-10/meeting.yaml" <<'EOF'
body: thematic
date: 2020-01-10
start: "09:00"
venue: Publication
items:
  - id: county-lines
    title: County lines
EOF
cat >"$tmp/meetings/2020-01-10/reports/both-sides-of-the-coin.yaml" <<'EOF'
item: county-lines
report_of: HM Inspectorate of Constabulary and Fire & Rescue Services
subject: "Both sides of the coin: the police and National Crime Agency's response to vulnerable people in 'county lines' drug offending"
author: inspector
numbering: sections
summary: >
  This document stands in for the inspectorate's published report in the
  example meeting pack, where it is an appendix supplied by others. The
  published report is on the inspectorate's website.
recommendations:
  - Forces should see both sides of the coin, the criminal and the exploited.
body:
  - heading: Introduction
    paragraphs:
      - >
        The inspection assessed police forces' ability to identify, respond to and
        disrupt county lines related criminality and abuse.
      - >
        Inspectors analysed documents and data from police forces, the national
        county lines co-ordination centre, the National Crime Agency and the Home
        Office, and visited three regional organised crime units and ten forces.
  - heading: Findings
    paragraphs:
      - >
        If the police see both sides of the coin, they will reduce both the county
        lines networks' ability to exploit vulnerable people and the harm those
        criminals cause.
implications: {financial: none, legal: none, equality: none, risk: none}
EOF
"$bin" build --site "$tmp" --out "$tmp/out" --audience public >/dev/null
cp "$tmp/out/public/thematic/2020-01-10/report-both-sides-of-the-coin.pdf" \
  "$repo/content/meetings/2020-02-20-panel/hmicfrs-both-sides-of-the-coin.pdf"
