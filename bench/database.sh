# The database a benchmark runs the site on, sourced by bench/lib.sh: the SQLite file $tmp/careerguide.db (the default)
# or, with BENCH_PROVIDER=PostgreSQL, the database careerguide on a throwaway PostgreSQL server whose cluster lives in
# $tmp/postgres. The cluster stays in the folder like the SQLite file does, so bench/http.sh and bench/failover.sh
# find what bench/ingest.sh stored; each script starts the server for its run and lib.sh's cleanup stops it.

provider=${BENCH_PROVIDER:-Sqlite}
case ${provider,,} in
  sqlite) provider=Sqlite ;;
  postgresql) provider=PostgreSQL ;;
  *) fail "BENCH_PROVIDER is Sqlite (the default) or PostgreSQL, not '$provider'" ;;
esac

# use_database: points the site at the benchmark's database and, on PostgreSQL, starts the server (installing
# postgresql from Debian when missing). The SQLite setting is lib.sh's default export, left as it is.
use_database() {
  [[ $provider == PostgreSQL ]] || return 0
  postgres_bin >/dev/null || install_missing initdb=postgresql
  # Nine below the site's port (bench/lib.sh); set there, after this file is read.
  pg_port=$((site_port - 9))
  port_free "$pg_port" || fail "something already listens on 127.0.0.1:$pg_port (set BENCH_PORT)"
  mkdir -p "$tmp/postgres"
  # The server runs as the postgres user, which must get through the (private) work folder to its cluster.
  chmod a+x "$tmp"
  say "Starting PostgreSQL on 127.0.0.1:$pg_port (cluster in $tmp/postgres)"
  # Settings as shipped (fsync on: ingestion commits as a deployment would), with room for two instances' pools.
  postgres_start "$tmp/postgres" "$pg_port" "-c max_connections=300" || fail "PostgreSQL did not start"
  export Database__Provider=PostgreSQL
  export ConnectionStrings__CareerGuide="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=careerguide"
}

# psql_value SQL: the single value SQL selects, from the maintenance database (within a minute).
psql_value() {
  PGOPTIONS='-c client_min_messages=warning' timeout 60 "$(postgres_bin)/psql" \
    -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -XAtq -c "$1"
}

# reset_database: no database at all, so the next ingestion starts from nothing (the site creates it).
reset_database() {
  if [[ $provider == PostgreSQL ]]; then
    psql_value 'DROP DATABASE IF EXISTS careerguide WITH (FORCE)' >/dev/null
  else
    rm -f "$tmp"/careerguide.db*
  fi
}

# database_exists: true when an earlier run left a database.
database_exists() {
  if [[ $provider == PostgreSQL ]]; then
    [[ $(psql_value "SELECT count(*) FROM pg_database WHERE datname = 'careerguide'") == 1 ]]
  else
    [[ -f $tmp/careerguide.db ]]
  fi
}

# ensure_ingested COUNT: ingests the guides when the folder has no database yet (a script run on its own).
ensure_ingested() {
  database_exists && return 0
  say "Ingesting $1 guides"
  logged ingest timeout 1800 "${site_command[@]}" ingest
}

# database_size: the size of the stored database (the SQLite file with its journal, or the PostgreSQL database).
database_size() {
  if [[ $provider == PostgreSQL ]]; then
    psql_value "SELECT round(pg_database_size('careerguide') / 1048576.0) || ' MB (' ||
      round(pg_database_size('template1') / 1048576.0) || ' MB of it the catalog every PostgreSQL database starts with)'"
  else
    echo "$(du -cm "$tmp"/careerguide.db* | tail -n 1 | cut -f1) MB"
  fi
}

# database_memory_note: on PostgreSQL, a line saying that the memory figures are the site's process only, with the
# server's own memory beside them (proportional set size: shared buffers counted once across its processes).
database_memory_note() {
  [[ $provider == PostgreSQL ]] || return 0
  local postmaster pss
  postmaster=$(head -n 1 "$tmp/postgres/data/postmaster.pid" 2>/dev/null) || return 0
  pss=$(for pid in "$postmaster" $(pgrep -P "$postmaster"); do cat "/proc/$pid/smaps_rollup" 2>/dev/null; done |
    awk '$1 == "Pss:" { kb += $2 } END { printf "%.0f", kb / 1024 }')
  echo "Memory figures are the site's (or the ingest verb's) process only; the PostgreSQL server beside it uses" \
    "${pss} MB now (PSS of its processes)."
}

# database_description: what the site ran on, for the start of each report.
database_description() {
  if [[ $provider == PostgreSQL ]]; then
    echo "PostgreSQL $(psql_value 'SHOW server_version') on 127.0.0.1:$pg_port, database careerguide"
  else
    echo "SQLite, $tmp/careerguide.db"
  fi
}
