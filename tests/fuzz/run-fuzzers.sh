#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (the "fuzz" preset: clang, AddressSanitizer, UBSan) and runs
# each for SECONDS (default 60), all three at once (the total time stays SECONDS), from a seed
# corpus of the bundled scenario and exercise files, the frozen format samples and the hostile
# files (see docs/robustness.md).
#
#   tests/fuzz/run-fuzzers.sh [SECONDS]
#
# Environment: TIDEOVER_FUZZ_BUILD (build folder, default build/fuzz; the corpus that the runs
# grow is kept in it, so later runs start from what earlier ones found), TIDEOVER_FUZZ_NO_BUILD=1
# to skip the build. Exit status 0 when no target found a crash, leak, timeout or
# out-of-memory; 1 otherwise, with the reproducer's path in the output.
set -euo pipefail
duration="${1:-60}"
cd "$(dirname "$0")/../.."
root="$PWD"
build="${TIDEOVER_FUZZ_BUILD:-build/fuzz}"
targets=(scenarioloader setparser exerciseloader historycsv)

if [[ "${TIDEOVER_FUZZ_NO_BUILD:-0}" != 1 ]]; then
  cmake --preset fuzz -B "$build" > /dev/null
  cmake --build "$build" --target "${targets[@]/#/fuzz_}"
fi

# Seeds: every scenario file we ship or keep for tests (hostile ones included), KEY=VALUE for
# every key of the built-in default (the --set syntax), and the --set regressions.
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds/scenarioloader" "$seeds/setparser" "$seeds/exerciseloader" "$seeds/historycsv"
cp scenarios/history/*.csv tests/data/format-v*/*.history.csv "$seeds/historycsv/" 2>/dev/null || true
cp exercises/*.tideover-exercise "$seeds/exerciseloader/"
cp scenarios/*.tideover "$seeds/scenarioloader/"
for f in tests/data/format-v*/*.tideover; do cp "$f" "$seeds/scenarioloader/$(basename "$(dirname "$f")")-$(basename "$f")"; done
cp tests/data/hostile/*.tideover "$seeds/scenarioloader/"
for f in tests/data/hostile/loads/*.tideover; do cp "$f" "$seeds/scenarioloader/loads-$(basename "$f")"; done
awk -v out="$seeds/setparser" '
  /<key>/   { sub(/.*<key>/, ""); sub(/<\/key>.*/, ""); key = $0 }
  /<value>/ { sub(/.*<value>/, ""); sub(/<\/value>.*/, ""); n++; printf "%s=%s", key, $0 > (out "/" n); close(out "/" n) }
' scenarios/*.tideover
# and the --set regressions, one per line
grep -v '^#' tests/data/hostile/set-values.txt | awk -v out="$seeds/setparser" 'NF { n++; printf "%s", $0 > (out "/regression-" n); close(out "/regression-" n) }'

run() {
  local target="$1"
  local corpus="$build/corpus/$target" artifacts="$build/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  local dict="tests/fuzz/scenario.dict"
  [[ "$target" == setparser ]] && dict="tests/fuzz/setparser.dict"
  [[ "$target" == exerciseloader ]] && dict="tests/fuzz/exercise.dict"
  [[ "$target" == historycsv ]] && dict="tests/fuzz/historycsv.dict"
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$duration" -timeout=10 -rss_limit_mb=2048 \
    -malloc_limit_mb=64 -use_value_profile=1 -dict="$dict" -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$corpus" "$seeds/$target" > "$build/fuzz-$target.log" 2>&1
}

status=0
pids=()
for t in "${targets[@]}"; do
  run "$t" & pids+=($!)
done
for i in "${!targets[@]}"; do
  t="${targets[$i]}"
  if wait "${pids[$i]}"; then result="no crash"; else result="FAILED"; status=1; fi
  log="$build/fuzz-$t.log"
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}' | tail -1)
  corpus_size=$(find "$build/corpus/$t" -type f | wc -l)
  echo "fuzz_$t: ${execs:-?} executions in ${duration} s, corpus of ${corpus_size} inputs, $result"
  if [[ "$result" == FAILED ]]; then
    grep -E 'ERROR|SUMMARY|Test unit written|==[0-9]+==' "$log" | head -20 || true
    echo "  full log: $root/$log"
    if [[ "$t" == historycsv ]]; then
      echo "  add the reproducer as a row of csv_badInput_isRefused in tests/core/tst_history.cpp"
    elif [[ "$t" == exerciseloader ]]; then
      echo "  add the reproducer as a row of hostile_refusedWithLineAndReason in tests/core/tst_exercises.cpp"
    else
      echo "  add the reproducer to tests/data/hostile/ as fuzz-NAME.tideover (with a line in expected-messages.tsv)"
    fi
  fi
done
exit "$status"
