#!/usr/bin/env bash
# The first command: set up, build panelpack, and build the bundled example
# site into output/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build/panelpack build --out output
echo "Open output/public/index.html (the public site) or output/members/index.html (members' edition)."
