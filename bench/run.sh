#!/usr/bin/env bash
# The whole benchmark: bench/ingest.sh, then bench/http.sh and bench/failover.sh on the same guides and database.
# Usage: bench/run.sh [N] (default 10000). Output stays plain when redirected: bench/run.sh > bench.txt
# BENCH_PROVIDER=PostgreSQL runs all three on a throwaway PostgreSQL server instead of a SQLite file (bench/database.sh).
# BENCH_DIR and BENCH_KEEP work as in bench/lib.sh; without either, the temp folder is removed at the end.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
count=${1:-10000}
# Read before BENCH_DIR is filled in below: whether the user asked for the folder to stay.
keep=${BENCH_DIR:-}${BENCH_KEEP:-}
# One folder for every script, so bench/http.sh and bench/failover.sh reuse the site, guides and database
# bench/ingest.sh made.
BENCH_DIR=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/careerguide-bench.XXXXXX")}
export BENCH_DIR
[[ -n $keep ]] || trap 'rm -rf "$BENCH_DIR"' EXIT
# Ctrl+C reaches each script too, which stops its servers and exits; this one then stops instead of going on.
trap 'exit 130' INT TERM
rm -f "$BENCH_DIR/failover.result"
began=$SECONDS
outcome=()
# part NAME: runs bench/NAME.sh and notes how it ended; a failed ingestion leaves nothing for the others to measure.
part() {
  local status=0
  "$here/$1.sh" "$count" || status=$?
  if ((status == 0)); then outcome+=("$1 ran"); else outcome+=("$1 failed (exit $status)"); fi
  return "$status"
}
summary() {
  local failover
  failover=$(cat "$BENCH_DIR/failover.result" 2>/dev/null || echo "no result")
  echo
  echo "Summary: ${BENCH_PROVIDER:-Sqlite}, $count guides, $(((SECONDS - began) / 60)) min: ${outcome[*]/%/;} failover $failover"
}
status=0
if part ingest; then
  echo
  part http || status=$?
  echo
  part failover || status=$?
else
  status=1
fi
summary
exit "$status"
