# Shared by the benchmark scripts: sourced, not run. Sets up a work folder, the published site and N generated guides.
#
# Settings, from the environment:
#   BENCH_DIR    reuse this folder (publish, guides, database) instead of a fresh temp folder; it is kept
#   BENCH_KEEP=1 keep the folder and print where it is
#   BENCH_PROVIDER=PostgreSQL  run the site on a throwaway PostgreSQL server (its cluster in the folder, so the scripts
#                run one after another on the same database) instead of a SQLite file
#   BENCH_PORT   the site's port (default 5199); the servers beside it take the nine ports below it
# Every server listens on 127.0.0.1 only, and every wait has a time limit.

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD
source "$repo/deploy/local-servers.sh"

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

# guide_count "$1": the number of guides from the first argument, 1-99999, default 10000.
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

source "$repo/bench/database.sh"

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
# A BENCH_DIR folder belongs to whoever named it (the user, or bench/run.sh, which removes its own): never removed here,
# and only announced with BENCH_KEEP, so "Kept" is never printed for a folder about to go.
cleanup() {
  local pid
  for pid in "${servers[@]}"; do stop_server "$pid"; done
  [[ $provider != PostgreSQL ]] || postgres_stop "$tmp/postgres"
  if [[ -n ${BENCH_KEEP:-} ]]; then echo "Kept $tmp"; elif [[ -z ${BENCH_DIR:-} ]]; then rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# background VAR LOG CMD...: runs CMD in the background with its output in LOG, sets VAR to its pid and adds it to
# $servers, so it is stopped at exit even when the script fails before stopping it itself.
background() {
  local var=$1 log=$2; shift 2
  "$@" >"$log" 2>&1 &
  servers+=("$!")
  printf -v "$var" '%s' "$!"
}

# logged NAME CMD...: runs CMD with its output in $tmp/NAME.log and shows the log's end if it fails.
logged() {
  local name=$1; shift
  local status=0
  "$@" >"$tmp/$name.log" 2>&1 || status=$?
  [[ $status -eq 0 ]] || { tail -n 30 "$tmp/$name.log" >&2; fail "$name failed (exit $status)"; }
}

# publish_site: the site published in Release to $tmp/site.
publish_site() {
  say "Publishing the site (Release) to $tmp/site"
  # Ready-to-run code, as a deployment should publish it: start-up and the ingest verb skip most JIT compiling.
  local rid
  rid=linux-$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')
  logged publish timeout 1200 dotnet publish "$repo/src/CareerGuide.Web" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$tmp/site"
}

# prepare N: the site published in Release to $tmp/site and N guides in $tmp/content (each done once per folder).
prepare() {
  local count=$1
  [[ -x $tmp/site/CareerGuide.Web ]] || publish_site
  if [[ ! -d $tmp/content/roles ]]; then
    say "Generating $count guides"
    logged generate timeout 1200 dotnet run -c Release --project "$repo/bench/CareerGuide.Bench.Generator" -- "$tmp/content" "$count"
    say "$(tail -n 1 "$tmp/generate.log")"
  fi
  local found
  found=$(find "$tmp/content/roles" -name '*.md' | wc -l)
  [[ $found -eq $count ]] || fail "$tmp/content/roles holds $found guides, not $count: use a new BENCH_DIR"
}

# slug_of NUMBER: the generated guide with that number, as its file and page name it (role-00042).
slug_of() { printf 'role-%05d' "$1"; }
# title_of SLUG and set_title SLUG TITLE: the title in a guide's front matter, read or rewritten in place.
title_of() { sed -n 's/^title: //p' "$tmp/content/roles/$1.md" | head -n 1; }
set_title() { sed -i "0,/^title: .*/s//title: $2/" "$tmp/content/roles/$1.md"; }

# The site as a deployment runs it: from the publish folder (so its appsettings.json applies), in Production.
# One port for every script: each checks that it is free first, so a site left over by another is noticed.
site_port=${BENCH_PORT:-5199}
[[ $site_port =~ ^[1-9][0-9]{3,4}$ ]] && ((site_port >= 1034 && site_port <= 65535)) || fail "BENCH_PORT takes a port number from 1034"
site_url="http://127.0.0.1:$site_port"
export ASPNETCORE_ENVIRONMENT=Production Content__Path="$tmp/content" ConnectionStrings__CareerGuide="Data Source=$tmp/careerguide.db"
site_command=(env -C "$tmp/site" ./CareerGuide.Web)

# start_site LOG PATH [NAME=VALUE...]: starts the site in the background with extra settings and waits until it serves
# PATH; sets $site_pid. If it does not, shows the end of LOG and returns 1 (the caller decides whether that is fatal).
start_site() { start_site_at "$site_url" "$@"; }

# start_site_at URL LOG PATH [NAME=VALUE...]: start_site for a site listening on URL instead of $site_url.
start_site_at() {
  local url=$1 log=$2 path=$3; shift 3
  # env execs the site, so $site_pid is the site's own process: the one to stop and to read memory from.
  background site_pid "$log" env "$@" ASPNETCORE_URLS="$url" "${site_command[@]}"
  wait_for "$url$path" "$site_pid" && return 0
  tail -n 20 "$log" >&2
  return 1
}

# wait_for URL PID [SECONDS] [TEXT]: polls until URL answers 200 (with TEXT in the page, when given), for at most
# SECONDS (default 120); fails if PID dies.
wait_for() {
  local url=$1 pid=$2 limit=${3:-120} text=${4:-} started=$SECONDS
  until serves "$url" "$text"; do
    kill -0 "$pid" 2>/dev/null || return 1
    ((SECONDS - started < limit)) || return 1
    sleep 0.01
  done
}

# serves URL [TEXT]: true when URL answers 200 and, when TEXT is given, the page holds it.
serves() {
  local page
  page=$(curl -sf --max-time 2 "$1") && [[ $page == *"${2:-}"* ]]
}

# port_free PORT: true when nothing listens on 127.0.0.1:PORT (HTTP or not).
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# memory_mb PID FIELD: VmRSS or VmHWM of a running process, in MB.
memory_mb() { awk -v field="$2:" '$1 == field { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null; }

# wrk_result NAME: reads the RESULT line bench/wrk/report.lua printed into $tmp/wrk-NAME.log into rps[NAME], p50[NAME],
# p95[NAME], p99[NAME] and failures[NAME] (failed statuses plus socket errors). Without one, shows the log's end and
# returns 1: the caller decides whether that is fatal.
declare -gA rps p50 p95 p99 failures
wrk_result() {
  local name=$1 result field
  result=$(grep '^RESULT ' "$tmp/wrk-$name.log") || { tail -n 5 "$tmp/wrk-$name.log" >&2; return 1; }
  for field in rps p50 p95 p99; do
    [[ $result =~ (^| )$field=([0-9.]+) ]] && eval "$field[\$name]=${BASH_REMATCH[2]}"
  done
  [[ $result =~ failed_status=([0-9]+)\ socket_errors=([0-9]+) ]] && failures[$name]=$((BASH_REMATCH[1] + BASH_REMATCH[2]))
  return 0
}

# load_average: the 1, 5 and 15 minute load averages, printed with the figures because other work skews them.
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

# elapsed_since START: seconds, to 0.01, from START (an $EPOCHREALTIME) to now.
elapsed_since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }'; }

# holds CONDITION: true when the awk arithmetic CONDITION holds; bash compares whole numbers only.
holds() { awk "BEGIN { exit !($1) }" 2>/dev/null; }

# ratio A B: A / B as "1.23x", or "-" when A is missing or B is missing or not above zero.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b + 0 > 0) printf "%.2fx", a / b; else print "-" }'; }

# mark CONDITION: "met" or "missed", for the targets table.
mark() { if holds "$1"; then echo met; else echo missed; fi; }

# targets LABEL_WIDTH VALUE_WIDTH: starts the targets table; each script keeps its own column widths.
targets() {
  echo "Targets:"
  target_widths=("$1" "$2")
}

# target LABEL VALUE CONDITION: one line of the targets table, met or missed as CONDITION holds.
target() { printf '  %-*s %-*s %s\n' "${target_widths[0]}" "$1" "${target_widths[1]}" "$2" "$(mark "$3")"; }
