# Throwaway servers on 127.0.0.1 for local runs: sourced, not run, by deploy/local-cluster.sh, deploy/nginx-test.sh,
# .ci/run and bench/lib.sh, so they all start PostgreSQL and configure nginx the same way.
#
# PostgreSQL, from Debian's postgresql package: the cluster lives in DIR/data (trust authentication, user postgres,
# UTF-8), its socket and log in DIR. Run as root, the server runs as the package's postgres user, as it must; otherwise
# as whoever runs the script.

# postgres_bin: the newest installed server's bin folder, or nothing (status 1) when postgresql is not installed.
postgres_bin() {
  local bins
  bins=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V) || return 1
  [ -n "$bins" ] && [ -x "${bins##*$'\n'}/initdb" ] || return 1
  echo "${bins##*$'\n'}"
}

# as_postgres COMMAND: runs the shell COMMAND as the postgres user when root, as it is otherwise.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

# postgres_start DIR PORT [SERVER OPTIONS]: the cluster in DIR/data (created when missing, so a second start serves the
# same databases), started on 127.0.0.1:PORT with the options (such as "-c fsync=off") and waited for (at most 30 s).
# On failure prints the log and returns 1.
postgres_start() {
  local dir=$1 port=$2 options=${3:-} bin
  bin=$(postgres_bin) || { echo "postgresql is not installed" >&2; return 1; }
  [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
  [ -d "$dir/data" ] || as_postgres "'$bin/initdb' -A trust -U postgres -E UTF8 --locale=C.UTF-8 -D '$dir/data'" >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; return 1; }
  as_postgres "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 30 -o \"-p $port -k $dir -c listen_addresses=127.0.0.1 $options\" start" >/dev/null ||
    { cat "$dir/server.log" >&2; return 1; }
}

# postgres_stop DIR: stops the server of DIR/data if it runs (fast, then immediate; 10 s each at most). Leaves DIR.
postgres_stop() {
  local dir=$1 bin
  [ -f "$dir/data/postmaster.pid" ] || return 0
  bin=$(postgres_bin) || return 0
  as_postgres "'$bin/pg_ctl' -D '$dir/data' -m fast -w -t 10 stop" >/dev/null 2>&1 ||
    as_postgres "'$bin/pg_ctl' -D '$dir/data' -m immediate -w -t 10 stop" >/dev/null 2>&1 || true
}

# nginx_config OUT NGINX_PORT PID_FILE SITE_PORT SITE_PORT: deploy/nginx.conf as committed, written to OUT with these
# ports and pid file (and no 'user' line unless run by root, which alone may switch users).
nginx_config() {
  sed -e "s/127.0.0.1:8080/127.0.0.1:$2/" -e "s/127.0.0.1:5001/127.0.0.1:$4/" -e "s/127.0.0.1:5002/127.0.0.1:$5/" \
      -e "s|^pid nginx.pid;|pid $3;|" "$(dirname "${BASH_SOURCE[0]}")/nginx.conf" >"$1"
  [ "$(id -u)" -eq 0 ] || sed -i '/^user /d' "$1"
}
