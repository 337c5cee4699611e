#!/usr/bin/env bash
# Ingestion benchmark: CareerGuide ingesting N generated guides, against Hugo building the same files.
#
# Usage, from anywhere:
#   bench/ingest.sh [N]              N guides, default 10000
#   BENCH_KEEP=1 bench/ingest.sh     keep the temp folder (guides, database, logs) and print where it is
#   BENCH_DIR=folder bench/ingest.sh use and keep that folder (bench/run.sh passes it on to bench/http.sh)
#   BENCH_PROVIDER=PostgreSQL        the same steps on a throwaway PostgreSQL server (bench/database.sh)
#
# Needs the .NET 10 SDK; installs hugo, GNU time and curl from Debian if they are missing (as root, or via sudo).
# Publishes the site, generates the guides with bench/CareerGuide.Bench.Generator, then measures, each with wall time
# and peak RSS from /usr/bin/time -v:
#   a. full ingestion into a fresh database             b. re-ingestion with nothing changed
#   c. re-ingestion after one guide's title changed     d. Hugo rendering the same Markdown files to HTML
#   e. the running site (file watcher on): seconds from changing a title in a file to the first page showing it
# Ends with a table and each target met or missed. Exit status: 0 when every step ran, whatever the targets; 1 otherwise.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

count=$(guide_count "${1:-}")
install_missing hugo=hugo /usr/bin/time=time curl=curl
say "Load average at start: $(load_average) on $(nproc) CPUs (other work on the machine skews the figures)"
prepare "$count"
use_database
say "Database: $(database_description)"
reset_database

declare -A wall peak cpu
# measure NAME CMD...: runs CMD under /usr/bin/time -v (inside a time limit), output in $tmp/NAME.log, and records
# its wall seconds, peak RSS in MB and CPU seconds (user + system: steadier than wall time on a busy machine).
measure() {
  local name=$1; shift
  local status=0
  timeout 1800 /usr/bin/time -v -o "$tmp/$name.time" "$@" >"$tmp/$name.log" 2>&1 || status=$?
  wall[$name]=$(awk '/Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$tmp/$name.time" 2>/dev/null)
  peak[$name]=$(awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$tmp/$name.time" 2>/dev/null)
  cpu[$name]=$(awk '/(User|System) time \(seconds\)/ { s += $NF } END { printf "%.2f", s }' "$tmp/$name.time" 2>/dev/null)
  return "$status"
}

declare -A reported
ingest() {
  local name=$1 expect=$2 status=0
  measure "$name" "${site_command[@]}" ingest || status=$?
  # The verb's own summary ("... in 0.26 s."), not the log line beside it ("... in 257 ms"), which may come last.
  reported[$name]=$(grep -o 'Ingested content: .* s\.$' "$tmp/$name.log" | tail -n 1 || true)
  say "  ${reported[$name]:-no summary printed} (exit $status; process ${wall[$name]:-?} s, ${peak[$name]:-?} MB)"
  if [[ $status -ne 0 || ${reported[$name]} != *"$expect"* ]]; then
    grep -m 10 -E 'error|warning|Exception' "$tmp/$name.log" >&2 || true
    failed+=("$name")
  fi
}
failed=()

say "a. Full ingestion into a fresh database"
ingest a "$count added"
say "  database: $(database_size) for $(du -sm "$tmp/content/roles" | cut -f1) MB of guides"
say "b. Re-ingestion, nothing changed"
ingest b "$count unchanged"
changed=$(slug_of $((count / 2 + 1)))
changed_title=$(title_of "$changed")
say "c. Re-ingestion after changing the title of $changed ('$changed_title')"
set_title "$changed" "Benchmark Changed Title"
ingest c "1 updated"
# Back to the generated title, so step e and bench/http.sh find the set as generated; the site's start-up ingestion in
# step e stores it (before /healthz/ready answers), so the database matches the files again when this script ends.
set_title "$changed" "$changed_title"

say "d. Hugo building the same $count files"
rm -rf "$tmp/hugo" "$tmp/hugo-cache"
mkdir -p "$tmp/hugo/layouts/_default" "$tmp/hugo/content"
ln -s "$tmp/content/roles" "$tmp/hugo/content/roles"
# Only what our site renders too: one page per guide and the list of them; no taxonomies, feeds or sitemap.
cat >"$tmp/hugo/config.toml" <<'EOF'
baseURL = "http://127.0.0.1/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
EOF
cat >"$tmp/hugo/layouts/_default/single.html" <<'EOF'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>
<p>{{ .Params.category }}{{ with .Params.facts.median_salary }}, median {{ .amount }}{{ end }}</p>
{{ .Content }}
</body></html>
EOF
cat >"$tmp/hugo/layouts/_default/list.html" <<'EOF'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
EOF
hugo_status=0
measure d hugo --quiet --source "$tmp/hugo" --cacheDir "$tmp/hugo-cache" || hugo_status=$?
rendered=$(find "$tmp/hugo/public/roles" -name index.html -path '*/role-*' 2>/dev/null | wc -l)
say "  Hugo rendered $rendered role pages (exit $hugo_status; ${wall[d]:-?} s, ${peak[d]:-?} MB)"
[[ $hugo_status -eq 0 && $rendered -eq $count ]] || { tail -n 10 "$tmp/d.log" >&2; failed+=(d); }

# poll_until_shown SLUG TITLE STARTED: polls SLUG's page until it shows TITLE, for at most 10 s from STARTED (an
# $EPOCHREALTIME); sets $live to the seconds that took (left empty if it never did) and $seen to the last page's title.
poll_until_shown() {
  local slug=$1 title=$2 started=$3 page
  while :; do
    page=$(curl -s --max-time 5 "$site_url/roles/$slug" || true)
    # Each poll's time and the page title it saw, for BENCH_KEEP=1 post-mortems.
    [[ $page =~ \<title\>([^<]*) ]] && seen=${BASH_REMATCH[1]} || seen="(no title)"
    printf '%s %s\n' "$EPOCHREALTIME" "$seen" >>"$tmp/e-polls.log"
    if [[ $page == *"$title"* ]]; then
      live=$(elapsed_since "$started")
      return
    fi
    holds "$(elapsed_since "$started") > 10" && return
    sleep 0.05
  done
}

# live_change: step e on the started site: changes a guide's title, measures until its page shows it, then puts the
# generated title back.
live_change() {
  local slug=role-00001 new_title="Benchmark Live Title" before old_title started
  # One request first, so the measurement is the watcher's delay and not the page's first-request warm-up.
  before=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$site_url/roles/$slug" || true)
  [[ $before == 200 ]] || say "  warning: /roles/$slug answered HTTP $before before any change (see e-site.log with BENCH_KEEP=1)"
  old_title=$(title_of "$slug")
  started=$EPOCHREALTIME
  set_title "$slug" "$new_title"
  poll_until_shown "$slug" "$new_title" "$started"
  peak[e]=$(memory_mb "$site_pid" VmHWM)
  say "  last ingestion in the site log: $(grep -o 'Ingested content: .*' "$tmp/e-site.log" | tail -n 1 || true)"
  if [[ -n $live ]]; then
    wall[e]=$live
    say "  the new title of $slug was served ${live} s after the file was written"
  else
    say "  the new title of $slug was not served within 10 s; the last page's title was '$seen' (is the watcher there and on?)"
    failed+=(e)
  fi
  # Back to the generated title, and the site stopped only once it serves it: the watcher waits for 250 ms of quiet
  # and then ingests (about 0.5 s), so stopping at once would leave the restore out of the database and
  # bench/http.sh's start-up ingestion would find a change.
  set_title "$slug" "$old_title"
  if ! wait_for "$site_url/roles/$slug" "$site_pid" 10 "<title>$old_title"; then
    say "  the generated title of $slug was not served again within 10 s: the database may not match the files"
    failed+=(e-restore)
  fi
}

say "e. Live change on the running site (file watcher on)"
live=""
if ! port_free "$site_port"; then
  say "  something already answers on port $site_port: skipped"
  failed+=(e)
else
  if start_site "$tmp/e-site.log" /healthz/ready Content__Watch=true; then
    live_change
  else
    say "  the site did not answer /healthz/ready within 120 s"
    failed+=(e)
  fi
  stop_server "$site_pid"
fi

# vs_hugo STEP: the step's wall time as a multiple of Hugo's.
vs_hugo() { ratio "${wall[$1]:-}" "${wall[d]:-}"; }
row() { printf '%-40s | %8s | %7s | %7s | %7s\n' "$1" "$2" "$3" "$4" "$5"; }

echo
row "step ($count guides)" "wall s" "peak MB" "vs Hugo" "cpu s"
row "----------------------------------------" "--------" "-------" "-------" "-------"
row "a. full ingestion, fresh database" "${wall[a]:--}" "${peak[a]:--}" "$(vs_hugo a)" "${cpu[a]:--}"
row "b. re-ingestion, nothing changed" "${wall[b]:--}" "${peak[b]:--}" "$(vs_hugo b)" "${cpu[b]:--}"
row "c. re-ingestion, one file changed" "${wall[c]:--}" "${peak[c]:--}" "$(vs_hugo c)" "${cpu[c]:--}"
row "d. Hugo build" "${wall[d]:--}" "${peak[d]:--}" "$(vs_hugo d)" "${cpu[d]:--}"
row "e. live change visible (site peak MB)" "${live:-failed}" "${peak[e]:--}" "-" "-"
echo
ingest_peak=$(printf '%s\n' "${peak[a]:-0}" "${peak[b]:-0}" "${peak[c]:-0}" "${peak[e]:-0}" | sort -n | tail -n 1)
printf 'Load average at end: %s\n' "$(load_average)"
database_memory_note
# The process wall time includes .NET start-up and the migration check; the ingest verb also reports its own time.
own() { local text=${reported[$1]:-} && text=${text##* in } && echo "${text% s.}"; }
printf 'Ingestion time as the ingest verb reports it, without process start-up: a %s s, b %s s, c %s s\n' "$(own a)" "$(own b)" "$(own c)"
targets 44 30
target "full ingestion <= 0.6x Hugo" "${wall[a]:-?} s vs ${wall[d]:-?} s" "${wall[a]:-1e9} <= 0.6 * ${wall[d]:-0}"
target "peak memory under 400 MB (a, b, c, e)" "$ingest_peak MB" "$ingest_peak < 400 && $ingest_peak > 0"
target "no-change re-ingestion under 1 s (process)" "${wall[b]:-?} s" "${wall[b]:-1e9} < 1"
target "no-change re-ingestion under 1 s (ingestion)" "$(own b) s" "$(own b) + 0 < 1"
target "one change visible within 2 s" "${live:-not seen}${live:+ s}" "${live:-1e9} < 2"

if ((${#failed[@]})); then
  echo "Steps that did not run as expected: ${failed[*]}" >&2
  exit 1
fi
