#!/usr/bin/env bash
# The whole benchmark: bench/ingest.sh, then bench/http.sh on the same guides and database.
# Usage: bench/run.sh [N] (default 10000). Output stays plain when redirected: bench/run.sh > bench.txt
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
count=${1:-10000}
work=$(mktemp -d "${TMPDIR:-/tmp}/careerguide-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
BENCH_DIR=$work "$here/ingest.sh" "$count"
echo
BENCH_DIR=$work "$here/http.sh" "$count"
