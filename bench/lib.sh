# Shared by the benchmark scripts: sourced, not run. Sets up a work folder, the published site and N generated guides.
#
# Settings, from the environment:
#   BENCH_DIR    reuse this folder (publish, guides, database) instead of a fresh temp folder; it is kept
#   BENCH_KEEP=1 keep the temp folder and print where it is
# Every server listens on 127.0.0.1 only, and every wait has a time limit.

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

# usage_count "$1": the number of guides from the first argument, 1-99999, default 10000.
guide_count() {
  local count=${1:-10000}
  [[ $count =~ ^[1-9][0-9]{0,4}$ ]] || { echo "usage: $0 [number of guides, 1-99999, default 10000]" >&2; exit 2; }
  echo "$count"
}

# install_missing COMMAND=PACKAGE...: installs the Debian packages whose command is missing (as root, or via sudo).
install_missing() {
  local wanted=() pair
  for pair in "$@"; do
    command -v "${pair%%=*}" >/dev/null || [[ -x ${pair%%=*} ]] || wanted+=("${pair#*=}")
  done
  ((${#wanted[@]})) || return 0
  say "Installing ${wanted[*]} from Debian"
  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  timeout 600 "${sudo[@]}" apt-get update -qq
  timeout 900 "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null
}

if [[ -n ${BENCH_DIR:-} ]]; then
  mkdir -p "$BENCH_DIR"
  tmp=$(cd "$BENCH_DIR" && pwd)
else
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/careerguide-bench.XXXXXX")
fi

# Background servers the script started, stopped at exit whatever happens.
servers=()
stop_server() {
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in {1..100}; do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local pid
  for pid in "${servers[@]}"; do stop_server "$pid"; done
  if [[ -n ${BENCH_DIR:-} || -n ${BENCH_KEEP:-} ]]; then echo "Kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# logged NAME CMD...: runs CMD with its output in $tmp/NAME.log and shows the log's end if it fails.
logged() {
  local name=$1; shift
  local status=0
  "$@" >"$tmp/$name.log" 2>&1 || status=$?
  [[ $status -eq 0 ]] || { tail -n 30 "$tmp/$name.log" >&2; fail "$name failed (exit $status)"; }
}

# prepare N: the site published in Release to $tmp/site and N guides in $tmp/content (each done once per folder).
prepare() {
  local count=$1
  if [[ ! -x $tmp/site/CareerGuide.Web ]]; then
    say "Publishing the site (Release) to $tmp/site"
    # Ready-to-run code, as a deployment should publish it: start-up and the ingest verb skip most JIT compiling.
    local rid
    rid=linux-$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')
    logged publish timeout 1200 dotnet publish "$repo/src/CareerGuide.Web" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$tmp/site"
  fi
  if [[ ! -d $tmp/content/roles ]]; then
    say "Generating $count guides"
    logged generate timeout 1200 dotnet run -c Release --project "$repo/bench/CareerGuide.Bench.Generator" -- "$tmp/content" "$count"
    say "$(tail -n 1 "$tmp/generate.log")"
  fi
  local found
  found=$(find "$tmp/content/roles" -name '*.md' | wc -l)
  [[ $found -eq $count ]] || fail "$tmp/content/roles holds $found guides, not $count: use a new BENCH_DIR"
}

# The site as a deployment runs it: from the publish folder (so its appsettings.json applies), in Production.
export ASPNETCORE_ENVIRONMENT=Production Content__Path="$tmp/content" ConnectionStrings__CareerGuide="Data Source=$tmp/careerguide.db"
site_command=(env -C "$tmp/site" ./CareerGuide.Web)

# start_site LOG PORT [NAME=VALUE...]: starts the site in the background with extra settings; sets $site_pid.
start_site() {
  local log=$1 port=$2; shift 2
  # env execs the site, so $! is the site's own process: the one to stop and to read memory from.
  env "$@" ASPNETCORE_URLS="http://127.0.0.1:$port" "${site_command[@]}" >"$log" 2>&1 &
  site_pid=$!
  servers+=("$site_pid")
}

# wait_for URL PID [SECONDS]: polls until URL answers 200, for at most SECONDS (default 120); fails if PID dies.
wait_for() {
  local url=$1 pid=$2 limit=${3:-120} started=$SECONDS
  until curl -sf -o /dev/null --max-time 2 "$url"; do
    kill -0 "$pid" 2>/dev/null || return 1
    ((SECONDS - started < limit)) || return 1
    sleep 0.01
  done
}

# port_free PORT: true when nothing answers on 127.0.0.1:PORT.
port_free() { ! curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$1/"; }

# memory_mb PID FIELD: VmRSS or VmHWM of a running process, in MB.
memory_mb() { awk -v field="$2:" '$1 == field { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null; }

# mark CONDITION: "met" or "missed", for the targets tables.
mark() { if awk "BEGIN { exit !($1) }" 2>/dev/null; then echo met; else echo missed; fi; }
