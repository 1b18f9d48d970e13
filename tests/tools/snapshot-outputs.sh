#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes what tideover-cli prints for every bundled scenario and every golden case into a
# folder, one file per command, so that two builds can be compared byte for byte:
#
#   tests/tools/snapshot-outputs.sh OLD/tideover-cli /tmp/before
#   tests/tools/snapshot-outputs.sh NEW/tideover-cli /tmp/after
#   diff -r /tmp/before /tmp/after && echo identical
#
# Used to prove that a change of the code's shape changes no result (issue "One engine").
set -euo pipefail
cli=$1
out=$2
here=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"

run() {  # run NAME ARGS...: stdout and exit status into $out/NAME
    local name=$1; shift
    local status=0
    "$cli" "$@" > "$out/$name" 2>&1 || status=$?
    echo "exit $status" >> "$out/$name"
}

scenarios=$("$cli" scenarios | cut -f1 | sed "s/^builtin://")
for s in $scenarios; do
    src="builtin:$s"
    run "$s.project.csv" project "$src"
    run "$s.project-monthly.csv" project "$src" --monthly
    run "$s.summary.json" summary "$src"
    run "$s.simulate.csv" simulate "$src" --paths 500 --seed 7
    run "$s.simulate-summary.json" simulate "$src" --paths 500 --seed 7 --summary
    start=$("$cli" show "$src" | awk -F'\t' '$1=="projection.start_year"{print $2}')
    run "$s.stress.json" stress "$src" --start $((start + 2)) --rise 0.04 --months 9 --recovery 18
    run "$s.sensitivity.csv" sensitivity "$src" --keys all
    run "$s.solve-contribution.json" solve "$src" --for contribution_rate
    run "$s.solve-replacement.json" solve "$src" --for replacement_rate
    run "$s.funnel.csv" funnel "$src"
    run "$s.standards.txt" standards "$src"
done

for dir in "$here"/tests/data/golden/*/; do
    case=$(basename "$dir")
    # every key at the spec's default, then the case's keys (as tests/core/tst_golden does)
    sets=()
    while IFS=$'\t' read -r key _ _ default; do [ "$default" = required ] || sets+=(--set "$key=$default"); done < <("$cli" keys)
    while IFS= read -r kv; do sets+=(--set "$kv"); done < <(
        python3 -c 'import json,sys
for k,v in json.load(open(sys.argv[1])).items():
    print(k + "=" + (",".join(str(x) for x in v) if isinstance(v, list) else str(v)))' "$dir/scenario.json")
    run "golden-$case.project.csv" project builtin:default "${sets[@]}"
    run "golden-$case.summary.json" summary builtin:default "${sets[@]}"
done
echo "wrote $(ls "$out" | wc -l) files to $out"
