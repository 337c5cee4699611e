#!/usr/bin/env bash
# The scaled setup on one machine, for trying it: a PostgreSQL server, a Redis server, two instances of the site on
# them and deploy/nginx.conf in front, all on 127.0.0.1 from Debian packages (installed when missing), with data in
# one temp folder. Runs in the foreground; Ctrl+C or SIGTERM stops every process and removes the folder.
# Ports: NGINX_PORT (8080), SITE_PORTS ("5001 5002"), PG_PORT (55433), REDIS_PORT (56380).
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/local-servers.sh

nginx_port=${NGINX_PORT:-8080}
read -r -a site_ports <<<"${SITE_PORTS:-5001 5002}"
pg_port=${PG_PORT:-55433}
redis_port=${REDIS_PORT:-56380}

# Bold step lines on a terminal, plain text when redirected.
if [ -t 1 ]; then bold=$'\e[1m' plain=$'\e[0m'; else bold='' plain=''; fi
step() { echo "${bold}==> $*${plain}"; }
fail() { echo "local-cluster: $*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  step "installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
export PATH="$PATH:/usr/sbin"
pg_bin=$(postgres_bin)

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_taken "$nginx_port" && fail "port $nginx_port (NGINX_PORT) is in use"
for port in "${site_ports[@]}"; do port_taken "$port" && fail "port $port (SITE_PORTS) is in use"; done
port_taken "$pg_port" && fail "port $pg_port (PG_PORT) is in use"
port_taken "$redis_port" && fail "port $redis_port (REDIS_PORT) is in use"

work=$(mktemp -d /tmp/careerguide-cluster.XXXXXX)
chmod 755 "$work"
mkdir "$work/postgres" "$work/redis" "$work/logs"

site_pids=()
redis_pid=''
stopped=''
# Stops what was started, in the reverse order; each process gets 10 s before it is killed.
stop() {
  [ -n "$stopped" ] && return
  stopped=1
  trap '' INT TERM
  echo
  step "stopping"
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  for pid in "${site_pids[@]}" $redis_pid; do kill "$pid" 2>/dev/null || true; done
  for pid in "${site_pids[@]}" $redis_pid; do
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  postgres_stop "$work/postgres"
  for _ in $(seq 50); do [ -f "$work/nginx.pid" ] || break; sleep 0.1; done
  wait 2>/dev/null || true
  rm -rf "$work"
  echo "stopped; $work removed"
}
trap stop EXIT
trap 'exit 130' INT TERM

step "publishing the site (Release)"
dotnet publish src/CareerGuide.Web -c Release --nologo -v quiet -o "$work/app" >"$work/logs/publish.log" 2>&1 ||
  { cat "$work/logs/publish.log"; fail "dotnet publish failed"; }

step "starting PostgreSQL on 127.0.0.1:$pg_port"
postgres_start "$work/postgres" "$pg_port" || fail "PostgreSQL did not start"
as_postgres "'$pg_bin/createdb' -h 127.0.0.1 -p $pg_port -U postgres careerguide"

step "starting Redis on 127.0.0.1:$redis_port"
redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --dir "$work/redis" \
  --logfile "$work/logs/redis.log" &
redis_pid=$!
for _ in $(seq 100); do port_taken "$redis_port" && break; sleep 0.1; done
port_taken "$redis_port" || { cat "$work/logs/redis.log"; fail "Redis did not start within 10 s"; }

step "starting two instances of the site on 127.0.0.1:${site_ports[0]} and :${site_ports[1]}"
for i in "${!site_ports[@]}"; do
  Database__Provider=PostgreSQL \
  ConnectionStrings__CareerGuide="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=careerguide" \
  ConnectionStrings__Redis="127.0.0.1:$redis_port" \
  ForwardedHeaders__KnownProxies=127.0.0.1 \
  Content__Path="$PWD/content" DataProtection__KeysPath="$work/keys" \
    dotnet "$work/app/CareerGuide.Web.dll" --urls "http://127.0.0.1:${site_ports[$i]}" >"$work/logs/site-$i.log" 2>&1 &
  site_pids+=($!)
done

step "starting nginx on 127.0.0.1:$nginx_port"
nginx_config "$work/nginx.conf" "$nginx_port" "$work/nginx.pid" "${site_ports[@]:0:2}"
nginx -t -q -p "$work" -c "$work/nginx.conf" -e "$work/logs/nginx-error.log"
nginx -p "$work" -c "$work/nginx.conf" -e "$work/logs/nginx-error.log"

url="http://127.0.0.1:$nginx_port"
step "waiting for both instances to be ready (at most 120 s)"
for i in "${!site_ports[@]}"; do
  ready=''
  for _ in $(seq 600); do
    curl -sf -m 2 "http://127.0.0.1:${site_ports[$i]}/healthz/ready" >/dev/null && { ready=1; break; }
    kill -0 "${site_pids[$i]}" 2>/dev/null || break
    sleep 0.2
  done
  [ -n "$ready" ] || { tail -n 20 "$work/logs/site-$i.log"; fail "instance $i on :${site_ports[$i]} did not become ready"; }
done
code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$url/") || code=000
[ "$code" = 200 ] || fail "$url/ answered $code through nginx"

echo
echo "${bold}CareerGuide is running at $url/${plain}  (readiness: $url/healthz/ready)"
echo "  PostgreSQL 127.0.0.1:$pg_port (database careerguide, user postgres), Redis 127.0.0.1:$redis_port,"
echo "  instances :${site_ports[0]} (pid ${site_pids[0]}) and :${site_ports[1]} (pid ${site_pids[1]}); logs in $work/logs"
echo "Stop with Ctrl+C (or kill -TERM $$): every process is stopped and $work is removed."

# Wait for a signal; a background sleep lets the trap run at once.
while :; do sleep 1 & wait $! || true; done
