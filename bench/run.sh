#!/usr/bin/env bash
# The whole benchmark: bench/ingest.sh, then bench/http.sh on the same guides and database.
# Usage: bench/run.sh [N] (default 10000). Output stays plain when redirected: bench/run.sh > bench.txt
# BENCH_DIR and BENCH_KEEP work as in bench/lib.sh; without either, the temp folder is removed at the end.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
count=${1:-10000}
# Read before BENCH_DIR is filled in below: whether the user asked for the folder to stay.
keep=${BENCH_DIR:-}${BENCH_KEEP:-}
# One folder for both scripts, so bench/http.sh reuses the site, guides and database bench/ingest.sh made.
BENCH_DIR=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/careerguide-bench.XXXXXX")}
export BENCH_DIR
[[ -n $keep ]] || trap 'rm -rf "$BENCH_DIR"' EXIT
"$here/ingest.sh" "$count"
echo
"$here/http.sh" "$count"
