#!/usr/bin/env bash
# Ingestion benchmark: CareerGuide ingesting N generated guides, against Hugo building the same files.
#
# Usage, from anywhere:
#   bench/ingest.sh [N]              N guides, default 10000
#   BENCH_KEEP=1 bench/ingest.sh     keep the temp folder (guides, database, logs) and print where it is
#   BENCH_DIR=folder bench/ingest.sh use and keep that folder (bench/run.sh passes it on to bench/http.sh)
#
# Needs the .NET 10 SDK; installs hugo, GNU time and curl from Debian if they are missing (as root, or via sudo).
# Publishes the site, generates the guides with bench/CareerGuide.Bench.Generator, then measures, each with wall time
# and peak RSS from /usr/bin/time -v:
#   a. full ingestion into a fresh SQLite database      b. re-ingestion with nothing changed
#   c. re-ingestion after one guide's title changed     d. Hugo rendering the same Markdown files to HTML
#   e. the running site (file watcher on): seconds from changing a title in a file to the first page showing it
# Ends with a table and each target met or missed. Exit status: 0 when every step ran, whatever the targets; 1 otherwise.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

count=$(guide_count "${1:-}")
port=5199
install_missing hugo=hugo /usr/bin/time=time curl=curl
say "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs (other work on the machine skews the figures)"
prepare "$count"
rm -f "$tmp"/careerguide.db*

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
  reported[$name]=$(grep -o 'Ingested content: .*' "$tmp/$name.log" | tail -n 1 || true)
  say "  ${reported[$name]:-no summary printed} (exit $status; process ${wall[$name]:-?} s, ${peak[$name]:-?} MB)"
  if [[ $status -ne 0 || ${reported[$name]} != *"$expect"* ]]; then
    grep -m 10 -E 'error|warning|Exception' "$tmp/$name.log" >&2 || true
    failed+=("$name")
  fi
}
failed=()
title_of() { sed -n 's/^title: //p' "$tmp/content/roles/$1.md" | head -n 1; }
set_title() { sed -i "0,/^title: .*/s//title: $2/" "$tmp/content/roles/$1.md"; }

say "a. Full ingestion into a fresh database"
ingest a "$count added"
say "  database: $(du -cm "$tmp"/careerguide.db* | tail -n 1 | cut -f1) MB for $(du -sm "$tmp/content/roles" | cut -f1) MB of guides"
say "b. Re-ingestion, nothing changed"
ingest b "$count unchanged"
changed=$(printf 'role-%05d' $((count / 2 + 1)))
say "c. Re-ingestion after changing the title of $changed ('$(title_of "$changed")')"
set_title "$changed" "Benchmark Changed Title"
ingest c "1 updated"

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

say "e. Live change on the running site (file watcher on)"
live=""
if ! port_free "$port"; then
  say "  something already answers on port $port: skipped"
  failed+=(e)
else
  start_site "$tmp/e-site.log" "$port" Content__Watch=true
  if ! wait_for "http://127.0.0.1:$port/healthz" "$site_pid"; then
    tail -n 20 "$tmp/e-site.log" >&2
    say "  the site did not answer /healthz within 120 s"
    failed+=(e)
  else
    slug=role-00001
    [[ $slug != "$changed" ]] || slug=role-00002
    new_title="Benchmark Live Title"
    # One request first, so the measurement is the watcher's delay and not the page's first-request warm-up.
    before=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "http://127.0.0.1:$port/roles/$slug" || true)
    [[ $before == 200 ]] || say "  warning: /roles/$slug answered HTTP $before before any change (see e-site.log with BENCH_KEEP=1)"
    seen=""
    old_live_title=$(title_of "$slug")
    started=$EPOCHREALTIME
    set_title "$slug" "$new_title"
    while :; do
      page=$(curl -s --max-time 5 "http://127.0.0.1:$port/roles/$slug" || true)
      # Each poll's time and the page title it saw, for BENCH_KEEP=1 post-mortems.
      [[ $page =~ \<title\>([^<]*) ]] && seen=${BASH_REMATCH[1]} || seen="(no title)"
      printf '%s %s\n' "$EPOCHREALTIME" "$seen" >>"$tmp/e-polls.log"
      if [[ $page == *"$new_title"* ]]; then
        live=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }')
        break
      fi
      awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { exit !(b - a > 10) }' && break
      sleep 0.05
    done
    peak[e]=$(memory_mb "$site_pid" VmHWM)
    say "  last ingestion in the site log: $(grep -o 'Ingested content: .*' "$tmp/e-site.log" | tail -n 1 || true)"
    if [[ -n $live ]]; then
      wall[e]=$live
      say "  the new title of $slug was served ${live} s after the file was written"
    else
      say "  the new title of $slug was not served within 10 s; the last page's title was '$seen' (is the watcher there and on?)"
      failed+=(e)
    fi
    # Back to the generated title, so bench/http.sh, run after this on the same folder, sees the set as generated.
    set_title "$slug" "$old_live_title"
  fi
  stop_server "$site_pid"
fi

ratio() { [[ -n ${wall[$1]:-} && -n ${wall[d]:-} ]] && awk -v a="${wall[$1]}" -v h="${wall[d]}" 'BEGIN { if (h > 0) printf "%.2fx", a / h; else print "-" }' || echo "-"; }
row() { printf '%-40s | %8s | %7s | %7s | %7s\n' "$1" "$2" "$3" "$4" "$5"; }

echo
row "step ($count guides)" "wall s" "peak MB" "vs Hugo" "cpu s"
row "----------------------------------------" "--------" "-------" "-------" "-------"
row "a. full ingestion, fresh database" "${wall[a]:--}" "${peak[a]:--}" "$(ratio a)" "${cpu[a]:--}"
row "b. re-ingestion, nothing changed" "${wall[b]:--}" "${peak[b]:--}" "$(ratio b)" "${cpu[b]:--}"
row "c. re-ingestion, one file changed" "${wall[c]:--}" "${peak[c]:--}" "$(ratio c)" "${cpu[c]:--}"
row "d. Hugo build" "${wall[d]:--}" "${peak[d]:--}" "$(ratio d)" "${cpu[d]:--}"
row "e. live change visible (site peak MB)" "${live:-failed}" "${peak[e]:--}" "-" "-"
echo
ingest_peak=$(printf '%s\n' "${peak[a]:-0}" "${peak[b]:-0}" "${peak[c]:-0}" "${peak[e]:-0}" | sort -n | tail -n 1)
printf 'Load average at end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
# The process wall time includes .NET start-up and the migration check; the ingest verb also reports its own time.
own() { local text=${reported[$1]:-} && text=${text##* in } && echo "${text% s.}"; }
printf 'Ingestion time as the ingest verb reports it, without process start-up: a %s s, b %s s, c %s s\n' "$(own a)" "$(own b)" "$(own c)"
echo "Targets:"
printf '  %-44s %-30s %s\n' "full ingestion faster than Hugo" "${wall[a]:-?} s vs ${wall[d]:-?} s" "$(mark "${wall[a]:-1e9} < ${wall[d]:-0}")"
printf '  %-44s %-30s %s\n' "peak memory under 500 MB (a, b, c, e)" "$ingest_peak MB" "$(mark "$ingest_peak < 500 && $ingest_peak > 0")"
printf '  %-44s %-30s %s\n' "no-change re-ingestion under 1 s (process)" "${wall[b]:-?} s" "$(mark "${wall[b]:-1e9} < 1")"
printf '  %-44s %-30s %s\n' "no-change re-ingestion under 1 s (ingestion)" "$(own b) s" "$(mark "$(own b) + 0 < 1")"
printf '  %-44s %-30s %s\n' "one change visible within 2 s" "${live:-not seen}${live:+ s}" "$(mark "${live:-1e9} < 2")"

if ((${#failed[@]})); then
  echo "Steps that did not run as expected: ${failed[*]}" >&2
  exit 1
fi
