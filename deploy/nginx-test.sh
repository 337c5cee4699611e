#!/usr/bin/env bash
# Tries deploy/nginx.conf with Debian's nginx against two instances of the site, each on its own SQLite file and the
# repository's content: requests are balanced over both, the client address reaches the site through X-Forwarded-For,
# and with one instance killed (kill -9) under load no request fails. Everything runs on 127.0.0.1 from a temp folder
# and is stopped at the end, pass or fail. The rate limit is raised: every request here comes from one client. Ports: NGINX_PORT (18080), SITE_PORTS ("15001 15002").
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/local-servers.sh

command -v nginx >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx-light; }
nginx_port=${NGINX_PORT:-18080}
read -r -a site_ports <<<"${SITE_PORTS:-15001 15002}"
work=$(mktemp -d)
pids=()
stop() {
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

dotnet build src/CareerGuide.Web -c Release --nologo -v quiet -o "$work/app" >/dev/null

for i in "${!site_ports[@]}"; do
  ConnectionStrings__CareerGuide="Data Source=$work/site-$i.db" Content__Path="$PWD/content" Content__Watch=false \
  DataProtection__KeysPath="$work/keys" ForwardedHeaders__KnownProxies=127.0.0.1 Serilog__MinimumLevel__Default=Information \
  RateLimits__PerClientPer10Seconds=100000 \
    dotnet "$work/app/CareerGuide.Web.dll" --urls "http://127.0.0.1:${site_ports[$i]}" >"$work/site-$i.log" 2>&1 &
  pids+=($!)
done

# The configuration as committed, with this run's ports and the pid file in the temp folder.
nginx_config "$work/nginx.conf" "$nginx_port" "$work/nginx.pid" "${site_ports[@]:0:2}"
nginx -t -q -p "$work" -c "$work/nginx.conf" -e "$work/nginx-error.log"
nginx -p "$work" -c "$work/nginx.conf" -e "$work/nginx-error.log"

for port in "${site_ports[@]}"; do
  for _ in $(seq 300); do curl -sf "http://127.0.0.1:$port/healthz/ready" >/dev/null && break; sleep 0.2; done
done
url="http://127.0.0.1:$nginx_port"

failures=0
fetch() { # path, client address: prints nothing, counts non-200 answers
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --interface "$2" "$url$1") || code=000
  [ "$code" = 200 ] || { failures=$((failures + 1)); echo "  $1 answered $code"; }
}

echo "1. balanced: 40 requests through nginx"
for n in $(seq 40); do fetch "/search?q=support&min=$n" 127.0.0.1; done
served=()
for i in "${!site_ports[@]}"; do served+=("$(grep -cE 'HTTP "?GET"? "?/search' "$work/site-$i.log" || true)"); done
echo "   failures: $failures; served by each instance: ${served[*]}"
for count in "${served[@]}"; do [ "$count" -gt 0 ] || { echo "FAIL: an instance got no request"; exit 1; }; done

echo "2. forwarded: a request from 127.0.0.2 is logged with that address, though nginx connects from 127.0.0.1"
fetch "/search?q=forwarded" 127.0.0.2
grep -hE 'from "?127.0.0.2"? ' "$work"/site-*.log | grep -q /search || { echo "FAIL: the site did not log the forwarded address"; exit 1; }
echo "   logged: $(grep -hE 'from "?127.0.0.2"? ' "$work"/site-*.log | head -n 1 | cut -c1-120)"

echo "3. kill -9 of one instance while 200 requests run"
(sleep 0.3; kill -9 "${pids[0]}") &
for n in $(seq 200); do fetch "/search?q=help&min=$n" 127.0.0.1; done
wait "${pids[0]}" 2>/dev/null || true
echo "   served by the killed instance before it died: $(grep -c 'q=help' "$work/site-0.log" || true), by the other: $(grep -c 'q=help' "$work/site-1.log" || true)"
echo "   failures in all: $failures"
[ "$failures" -eq 0 ] || { echo "FAIL"; exit 1; }
echo "PASS"
