#!/usr/bin/env bash
# HTTP benchmark: the site in Release on 127.0.0.1 with N guides ingested, against nginx serving one of its role pages
# as a static file, both under wrk in the same run and both logging every request as they would deployed: the site its
# one line per request to its console, redirected to a file ($tmp/site-NAME.log), nginx its access log, buffered.
#
# Usage, from anywhere:
#   bench/http.sh [N]                N guides, default 10000
#   BENCH_SECONDS=10                 length of each measured wrk run (default 10; each has a 2 s warm-up before it)
#   BENCH_CONNECTIONS=32             wrk connections (default 32, on 2 wrk threads; the "-alone" run uses 1)
#   BENCH_DIR / BENCH_KEEP           as in bench/lib.sh; bench/run.sh runs bench/ingest.sh first on the same folder
#   BENCH_PROVIDER=PostgreSQL        the same runs on a throwaway PostgreSQL server (bench/database.sh)
#   BENCH_PORT=5199                  the site's port; nginx takes the one below it
#
# Needs the .NET 10 SDK; installs wrk, nginx and curl from Debian if they are missing (as root, or via sudo).
# Measures requests/s and p50/p95/p99 latency, with the ratio to nginx, for: a cached role page, the same page with
# output caching off, the home page, searches, an API call (cached and not); searches with caching off (spread over many queries, for
# the 95th percentile, with 32 connections and with one); the time from start to the first role page served; resident memory after the load; and a load
# run while guides are re-ingested over and over, which must have no failed request. Beside those, in rows of their
# own: the cached role page with the site's request lines off, against nginx with access_log off.
# Exit status: 0 when every step ran, whatever the targets; 1 otherwise.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

count=$(guide_count "${1:-}")
seconds=${BENCH_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-32}
[[ $seconds =~ ^[1-9][0-9]{0,3}$ && $connections =~ ^[1-9][0-9]{0,3}$ ]] || fail "BENCH_SECONDS and BENCH_CONNECTIONS take whole numbers"
nginx_port=$((site_port - 1))
install_missing wrk=wrk /usr/sbin/nginx=nginx-light curl=curl
for port in "$site_port" "$nginx_port"; do port_free "$port" || fail "something already answers on 127.0.0.1:$port"; done
say "Load average at start: $(load_average) on $(nproc) CPUs (other work on the machine skews the figures)"
prepare "$count"
use_database
say "Database: $(database_description)"
ensure_ingested "$count"

slug=role-00001
# Every site run: rate limits far above the load (one client sending thousands of requests a second is exactly what
# they stop). Otherwise the Production defaults, its log line per request included.
common=(RateLimits__PerClientPer10Seconds=1000000000)
# The unlogged rows: the site without its request lines, nginx without its access log.
unlogged=(Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning)
# nginx's access log as a busy server keeps it: the combined format, written 64 KB at a time, or after a second.
access_log="$tmp/nginx/access.log combined buffer=64k flush=1s"
# A few searches, as job seekers type them: words, phrases, prefixes, filters.
searches=(/search?q=zendesk /search?q=data+analyst /search?q=troublesh /search?q=kubernetes /search?q=payroll
  /search?q=patient+care /search?q=sql /search?q=cloud+engineer /search?q=recruit /search?q=supply+chain+planner
  /search?q=excel /search?q=remote+work /search?q=python /search?q=terraform /search?q=brand /search?q=help+desk
  "/search?q=analyst&category=Finance" "/search?q=engineer&min=90000" /search?q=coordinator /search?q=epic)

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
  # A run without a result failed: it is listed at the end, and the others go on.
  wrk_result "$name" || { failed+=("$name"); return 0; }
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

# serve_static NAME ACCESS_LOG: nginx serving the saved page with that access_log setting, under load as the run NAME.
serve_static() {
  local name=$1 log=$2
  sed -e "s|BENCH_DIR|$tmp|g" -e "s|PORT|$nginx_port|g" -e "s|ACCESS_LOG|$log|" "$repo/bench/wrk/nginx.conf" >"$tmp/nginx/nginx.conf"
  background nginx_pid "$tmp/nginx/stdout.log" /usr/sbin/nginx -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf"
  wait_for "http://127.0.0.1:$nginx_port/role.html" "$nginx_pid" 30 || { cat "$tmp/nginx/error.log" >&2; fail "nginx did not start"; }
  load "$name" "http://127.0.0.1:$nginx_port/role.html"
  stop_server "$nginx_pid"
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
site_lines=$(grep -c ' HTTP GET ' "$tmp/site-cached.log" || true)
# The site leaves request lines out only when its console falls far behind, and says how many in its log.
left_out=$(sed -n 's/.* \([0-9][0-9]*\) request lines left out.*/\1/p' "$tmp/site-cached.log" | tail -n 1)
say "  request lines in the site's log: $site_lines ($(du -h "$tmp/site-cached.log" | cut -f1)), left out: ${left_out:-0}"

say "2. The same site without its request lines"
started_site unlogged "${unlogged[@]}"
load role-cached-unlogged "$site_url/roles/$slug"
stop_server "$site_pid"

say "3. nginx serving the saved page, with its access log (buffered), then without"
rm -f "$tmp/nginx/access.log"
serve_static nginx "$access_log"
nginx_lines=$(wc -l <"$tmp/nginx/access.log")
say "  lines in nginx's access log: $nginx_lines ($(du -h "$tmp/nginx/access.log" | cut -f1))"
serve_static nginx-unlogged off

say "4. The site with output caching off (no ingestion at start, as when the ingest verb runs on deployment)"
started_site uncached Caching__Enabled=false Content__IngestOnStart=false
load role-uncached "$site_url/roles/$slug"
load api-uncached "$site_url/api/v1/roles/$slug"
load search-uncached "$site_url" "${searches[@]}"
load search-uncached-alone "$site_url" "${searches[@]}"
stop_server "$site_pid"

say "5. Load while guides are re-ingested over and over (file watcher on)"
started_site reingest Content__Watch=true
background editor_pid "$tmp/editor.log" edit_titles
load reingest "$site_url" "/roles/$slug" / /roles/role-00002 /roles/role-00003 /api/v1/roles/role-00004 "/search?q=reingested"
stop_server "$editor_pid"
edits=$(grep -c 'Ingested content: .* [1-9][0-9]* updated' "$tmp/site-reingest.log" || true)
say "  ingestions that changed guides during the run: $edits"
stop_server "$site_pid"

# vs_nginx NAME: the run's requests/s as a multiple of nginx's with the same logging (an -unlogged run, of nginx-unlogged).
vs_nginx() {
  local reference=nginx
  [[ $1 != *-unlogged ]] || reference=nginx-unlogged
  ratio "${rps[$1]:-0}" "${rps[$reference]:-0}"
}
row() { printf '%-34s | %10s | %8s | %8s | %8s | %7s | %6s\n' "$@"; }
run_row() { row "$1" "${rps[$1]:--}" "${p50[$1]:--}" "${p95[$1]:--}" "${p99[$1]:--}" "$(vs_nginx "$1")" "${failures[$1]:--}"; }
echo
row "run ($count guides, $connections connections)" "requests/s" "p50 ms" "p95 ms" "p99 ms" "x nginx" "failed"
row "----------------------------------" "----------" "--------" "--------" "--------" "-------" "------"
for name in nginx role-cached role-uncached api-uncached home search-cached search-uncached search-uncached-alone api reingest; do run_row "$name"; done
for name in nginx-unlogged role-cached-unlogged; do run_row "$name"; done
echo
echo "Every run logs each request (the site to its console in a file, nginx to a buffered access log) but the -unlogged"
echo "ones, where both are off; their x nginx is against nginx-unlogged."
printf 'Request log lines: the site wrote %s in step 1 and left %s out; nginx wrote %s in step 3\n' "$site_lines" "${left_out:-0}" "$nginx_lines"
printf 'Start-up to the first role page: %s s with start-up ingestion (nothing changed), %s s without\n' "${startup[cached]}" "${startup[uncached]}"
printf 'Resident memory after the cached runs: %s MB (peak %s MB)\n' "$rss" "$hwm"
database_memory_note
printf 'Load average at end: %s\n' "$(load_average)"
targets 52 24
target "cached role page >= 0.7x nginx requests/s" "$(vs_nginx role-cached)" "${rps[role-cached]:-0} >= 0.7 * ${rps[nginx]:-1}"
target "uncached role page >= 0.25x nginx requests/s" "$(vs_nginx role-uncached)" "${rps[role-uncached]:-0} >= 0.25 * ${rps[nginx]:-1}"
target "uncached API role >= 0.3x nginx requests/s" "$(vs_nginx api-uncached)" "${rps[api-uncached]:-0} >= 0.3 * ${rps[nginx]:-1}"
target "cached role page p99 under 10 ms" "${p99[role-cached]:-?} ms" "${p99[role-cached]:-1e9} < 10"
target "search p95 under 20 ms (caching off, many queries, 1 connection)" "${p95[search-uncached-alone]:-?} ms" "${p95[search-uncached-alone]:-1e9} < 20"
target "memory under 250 MB with $count guides" "$rss MB" "${rss:-1e9} < 250"
target "first page under 2 s after start" "${startup[cached]} s" "${startup[cached]:-1e9} < 2"
target "no failed request while re-ingesting ($edits ingestions)" "${failures[reingest]:-?} failed" "${failures[reingest]:-1} == 0 && $edits > 0"

if ((${#failed[@]})); then
  echo "Runs that did not complete: ${failed[*]}" >&2
  exit 1
fi
