#!/usr/bin/env bash
# Builds the fuzz targets (clang, libFuzzer, ASan, UBSan) into build-fuzz/ and
# runs each for a fixed time (docs/fuzzing.md).
#   scripts/fuzz.sh                 every target for 12 s (the CI budget)
#   scripts/fuzz.sh 600             every target for 10 minutes
#   scripts/fuzz.sh 600 csv_reader_fuzz markdown_fuzz
#   FUZZ_RUNS=10000 scripts/fuzz.sh
#                                   a fixed number of inputs per target from a fixed
#                                   random seed and the seed corpus alone: the same
#                                   inputs on every machine (what scripts/test.sh runs)
# Fails on any crash, leak, timeout or sanitizer report; the input that found
# it is kept in build-fuzz/findings/. Prints, per target, the executions and
# executions per second. The corpus grows in build-fuzz/corpus/<target>, seeded
# by scripts/fuzz_corpus.py from the repository's own inputs.
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-12}
shift || true
all=(yaml_loader_fuzz csv_reader_fuzz markdown_fuzz css_parser_fuzz paper_html_fuzz template_engine_fuzz)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
build=build-fuzz

start=$(date +%s)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPANELPACK_FUZZ=ON \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null || exit 1
cmake --build "$build" --target "${targets[@]}" -j 2 >"$build/fuzz-build.log" 2>&1 || {
  tail -50 "$build/fuzz-build.log"
  exit 1
}
echo "fuzz: built in $(($(date +%s) - start)) s"

# A fixed run starts from the seed corpus alone, so every machine tries the same inputs.
budget=(-max_total_time="$seconds")
if [ -n "${FUZZ_RUNS:-}" ]; then
  rm -rf "$build/corpus"
  budget=(-runs="$FUZZ_RUNS" -seed=1)
fi
python3 scripts/fuzz_corpus.py "$build/corpus" >/dev/null || exit 1
mkdir -p "$build/findings" "$build/logs"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:symbolize=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=()
for t in "${targets[@]}"; do
  log="$build/logs/$t.log"
  dict=()
  [ -f "fuzz/$t.dict" ] && dict=(-dict="fuzz/$t.dict")
  "$build/fuzz/$t" "$build/corpus/$t" "${dict[@]}" \
    "${budget[@]}" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
    -print_final_stats=1 -artifact_prefix="$build/findings/$t-" >"$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  if [ $rc -eq 0 ]; then
    printf 'fuzz: %-22s ok      %10s executions  %7s exec/s\n' "$t" "${execs:-?}" "${rate:-?}"
  else
    printf 'fuzz: %-22s FAILED  %10s executions  %7s exec/s (exit %d)\n' "$t" "${execs:-?}" "${rate:-?}" "$rc"
    grep -E -A 30 '^==[0-9]+==ERROR|runtime error|^MS:|Test unit written' "$log" | head -60
    failed+=("$t")
  fi
done
echo "fuzz: $(( $(date +%s) - start )) s in all"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]} (inputs in $build/findings/, logs in $build/logs/)"
  exit 1
fi
