#!/usr/bin/env bash
# HTTP benchmark: the site in Release on 127.0.0.1 with N guides ingested, against nginx serving one of its role pages
# as a static file, both under wrk in the same run.
#
# Usage, from anywhere:
#   bench/http.sh [N]                N guides, default 10000
#   BENCH_SECONDS=10                 length of each measured wrk run (default 10; each has a 2 s warm-up before it)
#   BENCH_CONNECTIONS=32             wrk connections (default 32, on 2 wrk threads; the "-alone" run uses 1)
#   BENCH_DIR / BENCH_KEEP           as in bench/lib.sh; bench/run.sh runs bench/ingest.sh first on the same folder
#
# Needs the .NET 10 SDK; installs wrk, nginx and curl from Debian if they are missing (as root, or via sudo).
# Measures requests/s and p50/p95/p99 latency, with the ratio to nginx, for: a cached role page, the same page with
# output caching off, the home page, searches, an API call; searches with caching off (spread over many queries, for
# the 95th percentile, with 32 connections and with one); the time from start to the first role page served; resident memory after the load; and a load
# run while guides are re-ingested over and over, which must have no failed request.
# Exit status: 0 when every step ran, whatever the targets; 1 otherwise.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

count=$(guide_count "${1:-}")
seconds=${BENCH_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-32}
[[ $seconds =~ ^[1-9][0-9]{0,3}$ && $connections =~ ^[1-9][0-9]{0,3}$ ]] || fail "BENCH_SECONDS and BENCH_CONNECTIONS take whole numbers"
nginx_port=5198
install_missing wrk=wrk /usr/sbin/nginx=nginx-light curl=curl
for port in "$site_port" "$nginx_port"; do port_free "$port" || fail "something already answers on 127.0.0.1:$port"; done
say "Load average at start: $(load_average) on $(nproc) CPUs (other work on the machine skews the figures)"
prepare "$count"
if [[ ! -f $tmp/careerguide.db ]]; then
  say "Ingesting $count guides"
  logged ingest timeout 1800 "${site_command[@]}" ingest
fi

slug=role-00001
# Every site run: rate limits far above the load (one client sending thousands of requests a second is exactly what
# they stop), and no log line per request (nginx runs with access_log off too). Otherwise the Production defaults.
common=(RateLimits__PerClientPer10Seconds=1000000000 Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning)
# A few searches, as job seekers type them: words, phrases, prefixes, filters.
searches=(/search?q=zendesk /search?q=data+analyst /search?q=troublesh /search?q=kubernetes /search?q=payroll
  /search?q=patient+care /search?q=sql /search?q=cloud+engineer /search?q=recruit /search?q=supply+chain+planner
  /search?q=excel /search?q=remote+work /search?q=python /search?q=terraform /search?q=brand /search?q=help+desk
  "/search?q=analyst&category=Finance" "/search?q=engineer&min=90000" /search?q=coordinator /search?q=epic)

declare -A rps p50 p95 p99 failures
failed=()
# load NAME URL [PATH...]: a 2 s warm-up, then wrk for $seconds s; with PATHs, requests go round them.
load() {
  local name=$1 url=$2; shift 2
  local threads=2 clients=$connections
  # A name ending in -alone runs one connection: the time one request takes, not the queue behind 32.
  if [[ $name == *-alone ]]; then threads=1 clients=1; fi
  local args=("-t$threads" "-c$clients" --latency -s "$repo/bench/wrk/report.lua" "$url")
  (($# == 0)) || args+=(-- "$@")
  timeout 60 wrk -d2s "${args[@]}" >/dev/null 2>&1 || true
  timeout $((seconds + 60)) wrk "-d${seconds}s" "${args[@]}" >"$tmp/wrk-$name.log" 2>&1 || true
  record "$name"
}

# record NAME: reads the RESULT line report.lua printed into $tmp/wrk-NAME.log into the tables; a run without one failed.
record() {
  local name=$1 result field
  result=$(grep '^RESULT ' "$tmp/wrk-$name.log" || true)
  if [[ -z $result ]]; then
    tail -n 5 "$tmp/wrk-$name.log" >&2
    failed+=("$name")
    return 0
  fi
  for field in rps p50 p95 p99; do
    [[ $result =~ (^| )$field=([0-9.]+) ]] && eval "$field[\$name]=${BASH_REMATCH[2]}"
  done
  [[ $result =~ failed_status=([0-9]+)\ socket_errors=([0-9]+) ]] && failures[$name]=$((BASH_REMATCH[1] + BASH_REMATCH[2]))
  say "  $name: ${rps[$name]} requests/s, p50 ${p50[$name]} ms, p99 ${p99[$name]} ms, ${failures[$name]} failed"
}

# started_site NAME [NAME=VALUE...]: starts the site and records the seconds until it served the role page.
declare -A startup
started_site() {
  local name=$1; shift
  local begun=$EPOCHREALTIME
  start_site "$tmp/site-$name.log" "/roles/$slug" "${common[@]}" "$@" || fail "the site ($name) did not serve /roles/$slug"
  startup[$name]=$(elapsed_since "$begun")
  say "  started; first role page served after ${startup[$name]} s"
}

# edit_titles: rewrites five guides' titles every half second until killed; each save makes the watcher ingest again.
edit_titles() {
  local round=0 n
  while :; do
    round=$((round + 1))
    for n in 2 3 4 5 6; do set_title "$(slug_of "$n")" "Reingested Role $n round $round"; done
    sleep 0.5
  done
}

say "1. The site with output caching on (start-up ingestion finds nothing changed)"
started_site cached
mkdir -p "$tmp/static" "$tmp/nginx"
# nginx workers run as an unprivileged user when started as root: they need to reach the saved page.
chmod a+rx "$tmp" "$tmp/static"
# The page exactly as the site sends it to wrk (no Accept-Encoding, so uncompressed): nginx serves the same bytes.
curl -sf "$site_url/roles/$slug" -o "$tmp/static/role.html"
chmod a+r "$tmp/static/role.html"
say "  saved /roles/$slug as a static file: $(wc -c <"$tmp/static/role.html") bytes"
load role-cached "$site_url/roles/$slug"
load home "$site_url/"
load search-cached "$site_url" "${searches[@]}"
load api "$site_url/api/v1/roles/$slug"
rss=$(memory_mb "$site_pid" VmRSS)
hwm=$(memory_mb "$site_pid" VmHWM)
say "  resident memory after the load: ${rss} MB (peak ${hwm} MB)"
stop_server "$site_pid"

say "2. nginx serving the saved page"
sed -e "s|BENCH_DIR|$tmp|g" -e "s|PORT|$nginx_port|g" "$repo/bench/wrk/nginx.conf" >"$tmp/nginx/nginx.conf"
background nginx_pid "$tmp/nginx/stdout.log" /usr/sbin/nginx -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf"
wait_for "http://127.0.0.1:$nginx_port/role.html" "$nginx_pid" 30 || { cat "$tmp/nginx/error.log" >&2; fail "nginx did not start"; }
load nginx "http://127.0.0.1:$nginx_port/role.html"
stop_server "$nginx_pid"

say "3. The site with output caching off (no ingestion at start, as when the ingest verb runs on deployment)"
started_site uncached Caching__Enabled=false Content__IngestOnStart=false
load role-uncached "$site_url/roles/$slug"
load search-uncached "$site_url" "${searches[@]}"
load search-uncached-alone "$site_url" "${searches[@]}"
stop_server "$site_pid"

say "4. Load while guides are re-ingested over and over (file watcher on)"
started_site reingest Content__Watch=true
background editor_pid "$tmp/editor.log" edit_titles
load reingest "$site_url" "/roles/$slug" / /roles/role-00002 /roles/role-00003 /api/v1/roles/role-00004 "/search?q=reingested"
stop_server "$editor_pid"
edits=$(grep -c 'Ingested content: .* [1-9][0-9]* updated' "$tmp/site-reingest.log" || true)
say "  ingestions that changed guides during the run: $edits"
stop_server "$site_pid"

# vs_nginx NAME: the run's requests/s as a multiple of nginx's.
vs_nginx() { ratio "${rps[$1]:-0}" "${rps[nginx]:-0}"; }
row() { printf '%-34s | %10s | %8s | %8s | %8s | %7s | %6s\n' "$@"; }
echo
row "run ($count guides, $connections connections)" "requests/s" "p50 ms" "p95 ms" "p99 ms" "x nginx" "failed"
row "----------------------------------" "----------" "--------" "--------" "--------" "-------" "------"
for name in nginx role-cached role-uncached home search-cached search-uncached search-uncached-alone api reingest; do
  row "$name" "${rps[$name]:--}" "${p50[$name]:--}" "${p95[$name]:--}" "${p99[$name]:--}" "$(vs_nginx "$name")" "${failures[$name]:--}"
done
echo
printf 'Start-up to the first role page: %s s with start-up ingestion (nothing changed), %s s without\n' "${startup[cached]}" "${startup[uncached]}"
printf 'Resident memory after the cached runs: %s MB (peak %s MB)\n' "$rss" "$hwm"
printf 'Load average at end: %s\n' "$(load_average)"
targets 52 24
target "cached role page >= 0.6x nginx requests/s" "$(vs_nginx role-cached)" "${rps[role-cached]:-0} >= 0.6 * ${rps[nginx]:-1}"
target "uncached role page >= 0.25x nginx requests/s" "$(vs_nginx role-uncached)" "${rps[role-uncached]:-0} >= 0.25 * ${rps[nginx]:-1}"
target "cached role page p99 under 10 ms" "${p99[role-cached]:-?} ms" "${p99[role-cached]:-1e9} < 10"
target "search p95 under 20 ms (caching off, many queries, 1 connection)" "${p95[search-uncached-alone]:-?} ms" "${p95[search-uncached-alone]:-1e9} < 20"
target "memory under 250 MB with $count guides" "$rss MB" "${rss:-1e9} < 250"
target "first page under 2 s after start" "${startup[cached]} s" "${startup[cached]:-1e9} < 2"
target "no failed request while re-ingesting ($edits ingestions)" "${failures[reingest]:-?} failed" "${failures[reingest]:-1} == 0 && $edits > 0"

if ((${#failed[@]})); then
  echo "Runs that did not complete: ${failed[*]}" >&2
  exit 1
fi
