#!/usr/bin/env bash
# What an address that leads nowhere costs: the site in Release on 127.0.0.1 answering unknown role slugs (with their
# "did you mean" suggestions), once on N generated guides and once on the three bundled ones, one connection each.
# The two should cost about the same: suggestions read the search index, never every role.
#
# Usage: bench/not-found.sh [N] (default 10000); BENCH_SECONDS (default 10), BENCH_DIR and BENCH_KEEP as in bench/lib.sh.
# Needs the .NET 10 SDK; installs wrk and curl from Debian if they are missing. Exit status 0 when both runs completed.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

count=$(guide_count "${1:-}")
seconds=${BENCH_SECONDS:-10}
[[ $seconds =~ ^[1-9][0-9]{0,3}$ ]] || fail "BENCH_SECONDS takes a whole number"
install_missing wrk=wrk curl=curl
port_free "$site_port" || fail "something already answers on 127.0.0.1:$site_port"
say "Load average at start: $(load_average) on $(nproc) CPUs (other work on the machine skews the figures)"
prepare "$count"

# Misspelt, shuffled, unknown and over-long slugs: every one a 404 with a lookup behind it.
long=$(printf 'support-%.0s' {1..400})
misses=(/roles/suport-specialst /roles/custommer-service /roles/analyst-data /roles/zzqx-unknown-words
  /roles/help-desk-technican /roles/project-manger "/roles/${long}x" /roles/nurse-practitoner)
# Rate limits far above the load: one client asking thousands of times a second is what they exist to stop.
settings=(RateLimits__NotFoundPerClientPer10Seconds=1000000000 Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning)

# measure NAME CONTENT DATABASE: ingests CONTENT into DATABASE with the ingest verb, then starts the site on them
# without a start-up ingestion (which would run beside the load) and runs wrk round the misses.
measure() {
  local name=$1 content=$2 database=$3
  local place=(Content__Path="$content" ConnectionStrings__CareerGuide="Data Source=$database")
  say "$name: ingesting $content"
  logged "ingest-$name" timeout 1800 env "${place[@]}" "${site_command[@]}" ingest
  say "$name: starting the site"
  start_site "$tmp/site-$name.log" / "${place[@]}" Content__IngestOnStart=false "${settings[@]}" || fail "the site ($name) did not start"
  local args=(-t1 -c1 --latency -s "$repo/bench/wrk/report.lua" "$site_url" -- "${misses[@]}")
  timeout 60 wrk -d2s "${args[@]}" >/dev/null 2>&1 || true
  timeout $((seconds + 60)) wrk "-d${seconds}s" "${args[@]}" >"$tmp/wrk-$name.log" 2>&1 || true
  stop_server "$site_pid"
  wrk_result "$name" || fail "wrk ($name) printed no result"
  say "  $name: ${rps[$name]} 404s/s, p50 ${p50[$name]} ms, p95 ${p95[$name]} ms"
}

measure "generated" "$tmp/content" "$tmp/careerguide.db"
measure "bundled" "$repo/content" "$tmp/bundled.db"

echo
printf '%-22s | %9s | %8s | %8s\n' "404 pages, 1 connection" "404s/s" "p50 ms" "p95 ms"
printf '%-22s | %9s | %8s | %8s\n' "----------------------" "---------" "--------" "--------"
printf '%-22s | %9s | %8s | %8s\n' "$count guides" "${rps[generated]}" "${p50[generated]}" "${p95[generated]}"
printf '%-22s | %9s | %8s | %8s\n' "3 bundled guides" "${rps[bundled]}" "${p50[bundled]}" "${p95[bundled]}"
echo "p95 at $count guides against 3: $(ratio "${p95[generated]}" "${p95[bundled]}")"
printf 'Load average at end: %s\n' "$(load_average)"
