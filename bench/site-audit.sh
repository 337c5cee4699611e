#!/usr/bin/env bash
# Site audit: Lighthouse (performance, accessibility, best practices, SEO; mobile and desktop presets) and the W3C Nu
# HTML validator on the site's kinds of page, published in Release and run in Production on 127.0.0.1 with the
# repository's guides.
#
# Usage, from anywhere:
#   bench/site-audit.sh
#   bench/site-audit.sh role search  only these pages (home role search compare job-description embed)
#   AUDIT_RUNS=3                     Lighthouse runs per page and preset (default 3); the median run counts
#   AUDIT_TOOLS=folder               where lighthouse and vnu-jar are installed with npm (default bench/.tools, kept)
#   BENCH_DIR / BENCH_KEEP           as in bench/lib.sh: the Lighthouse reports and Nu output stay there
#
# Needs the .NET 10 SDK; installs Debian's chromium, a Java runtime, npm and jq if they are missing (as root, or
# via sudo), and lighthouse and vnu-jar from npm into AUDIT_TOOLS.
# Prints one line per page and preset with the four scores of the median run and the page's Nu error count. The embed card is noindex
# by design (an iframe widget must not compete with its role page in search results), so its SEO score is shown as
# n/a; every other SEO audit must still pass on it.
# Exit status: 0 when every score is 100 and no page has a Nu error; 1 otherwise.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

lighthouse_version=12.8.2 # 13.x needs Node 22; Debian 12 ships Node 18
vnu_version=26.9.27
tools=${AUDIT_TOOLS:-$repo/bench/.tools}
runs=${AUDIT_RUNS:-3}
[[ $runs =~ ^[1-9]$ ]] || fail "AUDIT_RUNS takes a number from 1 to 9"
role=support-specialist
declare -A pages=(
  [home]=/
  [role]=/roles/$role
  [search]=/search?q=support
  [compare]=/compare?roles=$role,customer-service-specialist
  [job-description]=/roles/$role/job-description
  [embed]=/embed/roles/$role/salary
)
order=(home role search compare job-description embed)
if (($#)); then
  for name in "$@"; do [[ -n ${pages[$name]:-} ]] || fail "no page called $name: use ${order[*]}"; done
  order=("$@")
fi
presets=(mobile desktop)
categories=(performance accessibility best-practices seo)
chrome_flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"

# progress TEXT: one line that rewrites itself on a terminal; plain lines when the output is redirected.
progress() {
  if [[ -t 1 ]]; then printf '\r\033[K%s' "$*"; else say "$*"; fi
}
done_progress() { [[ ! -t 1 ]] || printf '\r\033[K'; }

install_missing /usr/bin/chromium=chromium java=default-jre-headless npm=npm jq=jq curl=curl
if [[ ! -x $tools/node_modules/.bin/lighthouse || ! -f $tools/node_modules/vnu-jar/build/dist/vnu.jar ]]; then
  say "Installing lighthouse $lighthouse_version and vnu-jar $vnu_version into $tools"
  mkdir -p "$tools"
  logged npm timeout 900 npm install --prefix "$tools" --no-audit --no-fund --ignore-scripts "lighthouse@$lighthouse_version" "vnu-jar@$vnu_version"
fi
port_free "$site_port" || fail "something already answers on 127.0.0.1:$site_port"

publish_site
export Content__Path="$repo/content"
rm -f "$tmp"/careerguide.db*
say "Starting the site in Production on $site_url"
# Lighthouse and the validator ask for each page a few times: far inside any real visitor, but not the rate limit's.
start_site "$tmp/site.log" "/roles/$role" RateLimits__PerClientPer10Seconds=100000 || fail "the site did not serve /roles/$role"

say "Validating ${#order[@]} pages with the Nu HTML checker"
mkdir -p "$tmp/html"
for name in "${order[@]}"; do
  curl -sf --max-time 10 -o "$tmp/html/$name.html" "$site_url${pages[$name]}" || fail "${pages[$name]} did not answer 200"
done
# One Java start for every page; vnu exits 1 when it finds errors, which the counts below report.
timeout 300 java -jar "$tools/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --format json "$tmp/html"/*.html 2>"$tmp/nu.json" || true
jq -e .messages "$tmp/nu.json" >/dev/null || { cat "$tmp/nu.json" >&2; fail "the Nu checker did not run"; }
declare -A nu_errors
for name in "${order[@]}"; do
  nu_errors[$name]=$(jq --arg file "$name.html" '[.messages[] | select(.url | endswith("/" + $file))] | length' "$tmp/nu.json")
done

# score REPORT CATEGORY: the category's score out of 100, as Lighthouse shows it.
score() { jq -r --arg c "$2" '.categories[$c].score * 100 | round' "$1"; }
# misses REPORT CATEGORY [AUDIT]: the audits that count in the category and did not pass, leaving out AUDIT.
misses() {
  jq -r --arg c "$2" --arg skip "${3:-}" '. as $r | .categories[$c].auditRefs[]
    | select(.weight > 0 and .id != $skip) | select(($r.audits[.id].score // 1) < 1) | .id' "$1" | paste -sd, -
}

# lighthouse NAME PRESET REPORT: one Lighthouse run; a run that breaks off (NO_NAVSTART and the like, which Lighthouse
# itself says to retry) is tried again, twice at most.
lighthouse() {
  local name=$1 preset=$2 report=$3 preset_flag=() try
  [[ $preset == mobile ]] || preset_flag=(--preset=desktop)
  for try in 1 2 3; do
    CHROME_PATH=/usr/bin/chromium timeout 300 "$tools/node_modules/.bin/lighthouse" "$site_url${pages[$name]}" --quiet \
      --output=json --output-path="$report" --chrome-flags="$chrome_flags" \
      --only-categories="$(IFS=,; echo "${categories[*]}")" "${preset_flag[@]}" >"${report%.json}.log" 2>&1 && return 0
  done
  tail -n 5 "${report%.json}.log" >&2
  fail "Lighthouse failed three times on $name ($preset)"
}

# median_run REPORT...: the run whose performance score is the median: Lighthouse's advice for timings that vary from
# run to run, as they do on a shared machine. The other three categories do not depend on timing.
median_run() {
  local reports=("$@")
  for report in "${reports[@]}"; do printf '%s %s\n' "$(score "$report" performance)" "$report"; done |
    sort -n | sed -n "$(((${#reports[@]} + 1) / 2))p" | cut -d' ' -f2
}

failed=0
step=0
total=$((${#order[@]} * ${#presets[@]} * runs))
lines=()
notes=()
for name in "${order[@]}"; do
  for preset in "${presets[@]}"; do
    reports=()
    for ((run = 1; run <= runs; run++)); do
      step=$((step + 1))
      progress "[$step/$total] Lighthouse: $name ($preset), run $run of $runs"
      reports+=("$tmp/lighthouse-$name-$preset-$run.json")
      lighthouse "$name" "$preset" "${reports[-1]}"
    done
    report=$(median_run "${reports[@]}")
    line=$(printf '%-16s %-8s' "$name" "$preset")
    for category in "${categories[@]}"; do
      value=$(score "$report" "$category")
      if [[ $name == embed && $category == seo ]]; then
        # The one audit a deliberate noindex fails is left out; any other failure still counts.
        missed=$(misses "$report" seo is-crawlable)
        value=n/a
      elif [[ $value != 100 ]]; then
        missed=$(misses "$report" "$category")
      else
        missed=
      fi
      line+=$(printf ' %s %-4s' "$category" "$value")
      [[ -z $missed && ($value == 100 || $value == n/a) ]] || { failed=1; notes+=("$name $preset $category $value: $missed"); }
    done
    ((nu_errors[$name] == 0)) || failed=1
    lines+=("$line nu-errors ${nu_errors[$name]}")
  done
done
done_progress

echo "Page             Preset   Scores out of 100, and the W3C Nu checker's errors"
printf '%s\n' "${lines[@]}"
((${#notes[@]} == 0)) || { echo "Audits that did not pass:"; printf '  %s\n' "${notes[@]}"; }
for name in "${order[@]}"; do
  ((nu_errors[$name] == 0)) && continue
  echo "Nu errors on $name (${pages[$name]}):"
  jq -r --arg file "$name.html" '.messages[] | select(.url | endswith("/" + $file)) | "  line \(.lastLine // "?"): \(.message)"' "$tmp/nu.json"
done
if ((failed)); then
  echo "Something is below 100 or not Nu-clean: the reports are in $tmp (run with BENCH_KEEP=1 to keep them)."
  exit 1
fi
echo "Every page scores 100 in every category on both presets, and the Nu checker finds no error."
