#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the tests and exports MAKEGOOD_TEST_PG_URL; stops it when the
# calling shell exits. Source it (`. .ci/postgres.sh`). Without PostgreSQL's binaries it does nothing, and the
# PostgreSQL tests say they were skipped (or fail, under CI=true).
# The cluster runs as the unprivileged user "postgres" (PostgreSQL refuses to run as root), listens on
# 127.0.0.1 only, on a free port, with trust authentication for that address alone.

pg_bin=""
for dir in /usr/lib/postgresql/*/bin; do
  [ -x "$dir/initdb" ] && pg_bin="$dir"
done
if [ -z "$pg_bin" ]; then
  echo "postgres.sh: no PostgreSQL binaries found; the PostgreSQL tests will be skipped" >&2
  return 0 2>/dev/null || exit 0
fi

pg_user=postgres
id "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home "$pg_user"
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi
}

pg_dir="$(mktemp -d /tmp/makegood-pg.XXXXXX)"
[ "$(id -u)" = 0 ] && chown "$pg_user" "$pg_dir"
# A port nobody listens on: ask the kernel for one (a race with another process is very unlikely here).
pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)))"

as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U makegood --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log" >&2; return 1 2>/dev/null || exit 1; }
# Trust only from 127.0.0.1; no Unix socket outside the temp folder.
printf 'host all all 127.0.0.1/32 trust\n' > "$pg_dir/data/pg_hba.conf"
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off" start >/dev/null \
  || { cat "$pg_dir/server.log" >&2; return 1 2>/dev/null || exit 1; }
as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U makegood makegood_test

makegood_pg_stop() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$pg_dir"
}
trap makegood_pg_stop EXIT

export MAKEGOOD_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$pg_port/makegood_test?user=makegood"
echo "postgres.sh: PostgreSQL $("$pg_bin/pg_ctl" --version | awk '{print $3}') at $MAKEGOOD_TEST_PG_URL" >&2
