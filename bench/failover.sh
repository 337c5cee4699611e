#!/usr/bin/env bash
# Failover under load: two instances of the site behind deploy/nginx.conf on one database, wrk through nginx, and one
# instance killed with kill -9 during the run and started again. Counts every request and every failed one (a status
# other than 2xx/3xx, or a socket error or timeout); the target is none failed.
#
# Usage, from anywhere:
#   bench/failover.sh [N]            N guides, default 10000 (bench/run.sh runs it last, on the database it made)
#   BENCH_FAILOVER_SECONDS=30        length of the load run (default 30, at least 15); the kill comes a sixth of the
#                                    way in
#   BENCH_CONNECTIONS=32             wrk connections (default 32, on 2 wrk threads)
#   BENCH_PROVIDER=PostgreSQL        both instances on one PostgreSQL database and, shared through Redis, one output
#                                    cache and one rate limit; without it both on the one SQLite file
#   BENCH_DIR / BENCH_KEEP / BENCH_PORT as in bench/lib.sh: nginx listens two below BENCH_PORT, the instances three
#                                    and four below it, Redis five below it
#
# The instances run as a deployment that ingests with the ingest verb runs them (Content:IngestOnStart and
# Content:Watch off), so the restarted one only starts: nothing it does at start changes the database under the other.
# Exit status: 0 when the run completed, whatever the failures; 1 otherwise.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

count=$(guide_count "${1:-}")
seconds=${BENCH_FAILOVER_SECONDS:-30}
connections=${BENCH_CONNECTIONS:-32}
[[ $seconds =~ ^[1-9][0-9]{1,3}$ ]] && ((seconds >= 15)) || fail "BENCH_FAILOVER_SECONDS takes a whole number from 15"
[[ $connections =~ ^[1-9][0-9]{0,3}$ ]] || fail "BENCH_CONNECTIONS takes a whole number"
proxy_port=$((site_port - 2))
instance_ports=($((site_port - 3)) $((site_port - 4)))
redis_port=$((site_port - 5))
needed=(wrk=wrk /usr/sbin/nginx=nginx-light curl=curl)
[[ $provider != PostgreSQL ]] || needed+=(redis-server=redis-server)
install_missing "${needed[@]}"
for port in "$proxy_port" "${instance_ports[@]}"; do port_free "$port" || fail "something already listens on 127.0.0.1:$port"; done
say "Load average at start: $(load_average) on $(nproc) CPUs (other work on the machine skews the figures)"
prepare "$count"
use_database
say "Database: $(database_description)"
ensure_ingested "$count"

# Both instances: one key folder (instances behind one balancer share it), rate limits far above one client's load,
# and the proxy's forwarded address believed, as deploy/nginx.conf expects.
settings=(Content__IngestOnStart=false Content__Watch=false DataProtection__KeysPath="$tmp/failover-keys"
  RateLimits__PerClientPer10Seconds=1000000000 RateLimits__NotFoundPerClientPer10Seconds=1000000000
  ForwardedHeaders__KnownProxies=127.0.0.1)
if [[ $provider == PostgreSQL ]]; then
  port_free "$redis_port" || fail "something already listens on 127.0.0.1:$redis_port"
  mkdir -p "$tmp/redis"
  background redis_pid "$tmp/redis.log" redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --dir "$tmp/redis"
  for _ in {1..100}; do port_free "$redis_port" || break; sleep 0.1; done
  port_free "$redis_port" && { cat "$tmp/redis.log" >&2; fail "Redis did not start within 10 s"; }
  settings+=(ConnectionStrings__Redis="127.0.0.1:$redis_port")
  say "Redis on 127.0.0.1:$redis_port, shared by both instances"
fi

declare -a instance_pid
# start_instance I RUN: instance I in the background, its log $tmp/failover-I-RUN.log, waited for until ready (120 s).
start_instance() {
  start_site_at "http://127.0.0.1:${instance_ports[$1]}" "$tmp/failover-$1-$2.log" /healthz/ready "${settings[@]}" ||
    fail "instance $1 (run $2) was not ready within 120 s"
  instance_pid[$1]=$site_pid
}
# served_by LOG: the requests an instance logged (one line each, as in production).
served_by() { grep -c ' HTTP GET ' "$1" || true; }

say "Starting two instances on 127.0.0.1:${instance_ports[0]} and :${instance_ports[1]}, and nginx on :$proxy_port"
start_instance 0 first
start_instance 1 first
mkdir -p "$tmp/failover-nginx"
rm -f "$tmp/failover-nginx/error.log"
nginx_config "$tmp/failover-nginx/nginx.conf" "$proxy_port" "$tmp/failover-nginx/nginx.pid" "${instance_ports[@]}"
# In the foreground of its own process, so it is one of $servers and stopped at exit like the rest.
background nginx_pid "$tmp/failover-nginx/stdout.log" /usr/sbin/nginx -p "$tmp/failover-nginx" \
  -c "$tmp/failover-nginx/nginx.conf" -e "$tmp/failover-nginx/error.log" -g 'daemon off;'
proxy_url="http://127.0.0.1:$proxy_port"
wait_for "$proxy_url/healthz/ready" "$nginx_pid" 30 || { cat "$tmp/failover-nginx/error.log" >&2; fail "nginx did not start"; }

# Role pages, the home page, searches and the API, so the load reads the database as well as the cache.
paths=(/roles/role-00001 / /roles/role-00002 "/search?q=analyst" /api/v1/roles/role-00003 /roles/role-00004
  "/search?q=engineer&min=90000" /api/v1/roles)
# A 10 s timeout: a slow answer on a loaded machine is slow, not failed; one that never comes within 10 s counts.
background wrk_pid "$tmp/wrk-failover.log" timeout $((seconds + 60)) wrk -t2 "-c$connections" "-d${seconds}s" --timeout 10s \
  --latency -s "$repo/bench/wrk/report.lua" "$proxy_url" -- "${paths[@]}"
load_started=$SECONDS

# progress TEXT: on a terminal, one line rewritten in place; redirected, nothing (the say lines tell the story).
progress() { [[ ! -t 1 ]] || printf '\r  %3d s of %d: %-60s' "$((SECONDS - load_started))" "$seconds" "$1"; }
# until_second S TEXT: waits until S seconds into the load run, showing TEXT.
until_second() { while ((SECONDS - load_started < $1)) && kill -0 "$wrk_pid" 2>/dev/null; do progress "$2"; sleep 0.5; done; }

until_second $((seconds / 6)) "both instances serving"
served_before=$(served_by "$tmp/failover-0-first.log")
kill -9 "${instance_pid[0]}"
wait "${instance_pid[0]}" 2>/dev/null || true
killed_at=$((SECONDS - load_started))
progress "instance 0 killed"
[[ ! -t 1 ]] || echo
say "  instance 0 killed (kill -9) ${killed_at} s into the load, after serving $served_before requests; starting it again"
restart_began=$EPOCHREALTIME
start_instance 0 restarted
restart_took=$(elapsed_since "$restart_began")
say "  instance 0 ready again after $restart_took s, $((SECONDS - load_started)) s into the load"
until_second $((seconds + 5)) "instance 0 back; load going on"
[[ ! -t 1 ]] || echo
wait "$wrk_pid" 2>/dev/null || true

served_after=$(served_by "$tmp/failover-0-restarted.log")
served_other=$(served_by "$tmp/failover-1-first.log")
wrk_result failover || fail "wrk printed no result (see $tmp/wrk-failover.log)"
total=$(grep -o 'requests=[0-9]*' "$tmp/wrk-failover.log" | cut -d= -f2)
say "  requests logged: instance 0 $served_before before the kill and $served_after after its restart, instance 1 $served_other"
# nginx passes a request on to the other instance only while no byte of the answer has reached the client; an answer
# the killed instance was in the middle of sending is cut off, and nginx logs it this way.
cut_off=$(grep -c 'prematurely closed connection while reading upstream' "$tmp/failover-nginx/error.log" || true)

row() { printf '%-52s | %s\n' "$1" "$2"; }
echo
row "failover ($provider, $count guides, $connections connections)" "figure"
row "----------------------------------------------------" "------"
row "load through nginx" "$seconds s"
row "instance 0 killed (kill -9)" "at $killed_at s"
row "instance 0 ready again" "$restart_took s after the kill"
row "requests served by the restarted instance" "$served_after"
row "requests in all" "$total"
row "requests/s, p50 ms, p99 ms" "${rps[failover]}, ${p50[failover]}, ${p99[failover]}"
row "failed requests" "${failures[failover]}"
row "of them answers cut off mid-body by the kill" "$cut_off (nginx cannot send these to the other instance)"
echo
# For bench/run.sh's summary line.
echo "$total requests, ${failures[failover]} failed" >"$tmp/failover.result"
targets 44 30
target "no failed request with one instance killed" "${failures[failover]} of $total" "${failures[failover]} == 0"
target "the restarted instance served again" "$served_after requests" "$served_after > 0"
