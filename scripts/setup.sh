#!/usr/bin/env bash
# Installs what panelpack needs on Debian 12 and builds it.
#   scripts/setup.sh          build dependencies and Pagefind (when npm is there), then build (Release) into build/
#   scripts/setup.sh --test   the same plus what the tests need (Chromium,
#                             poppler, qpdf, Node packages for the browser checks,
#                             clang and its libFuzzer runtime for scripts/fuzz.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

build_packages=(g++ cmake ninja-build pkg-config
  libyaml-cpp-dev nlohmann-json3-dev libhpdf-dev doctest-dev libkainjow-mustache-dev
  libmd4c-dev libmd4c-html0-dev libpugixml-dev libharfbuzz-dev libqpdf-dev libunibreak-dev
  libcli11-dev libcpp-httplib-dev fonts-liberation)
test_packages=(poppler-utils qpdf chromium python3 nodejs npm time clang libclang-rt-14-dev)

want=("${build_packages[@]}")
if [ "${1:-}" = "--test" ]; then want+=("${test_packages[@]}"); fi

missing=()
for p in "${want[@]}"; do
  # npm may come with nodejs from another Debian source; a working command is enough.
  if [ "$p" = npm ] && command -v npm >/dev/null 2>&1; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "${1:-}" = "--test" ]; then
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$node_major" -lt 20 ]; then
    echo "setup: Node.js $node_major is too old for the browser checks (they need 20 or later)" >&2
    exit 1
  fi
  if [ ! -d tests/browser/node_modules ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules ]; then
    (cd tests/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  fi
fi

# Pagefind makes the site's search index (panelpack build runs it; without
# it the site is built without search). Pinned in tools/search/package-lock.json.
if command -v npm >/dev/null 2>&1; then
  if [ ! -d tools/search/node_modules ] || [ tools/search/package-lock.json -nt tools/search/node_modules ]; then
    (cd tools/search && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  fi
else
  echo "setup: npm not found, so the site will be built without search (scripts/setup.sh --test installs it)"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)"
