# shellcheck shell=bash
# Sourced by .ci/run: the services the store and web tests use.
#   - PostgreSQL (Debian's), initialised as the postgres user in a temp dir, on 127.0.0.1:$PGPORT;
#     exports NEWSPRISM_TEST_PG for tests/store (they fail in CI without it).
#   - Debian's chromium for the Playwright browser tests (never a browser download).
# Idempotent: installs only what is missing; stops the server when the calling shell exits.

_np_apt_install() {
  if [ -z "${_NP_APT_UPDATED:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    _NP_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "services: installing postgresql" >&2
  _np_apt_install postgresql
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "services: installing chromium" >&2
  _np_apt_install chromium
fi

PGBIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
# A free port unless one is given: a second run on the same machine must not collide.
PGPORT="${NEWSPRISM_PGPORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
PGDATA_DIR="$(mktemp -d /tmp/newsprism-pg.XXXXXX)"
chown postgres:postgres "$PGDATA_DIR"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA_DIR/data" -A trust -U postgres >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA_DIR/data" -l "$PGDATA_DIR/log" -w \
  -o "-p $PGPORT -k $PGDATA_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
runuser -u postgres -- "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" newsprism_test
export NEWSPRISM_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:$PGPORT/newsprism_test"
export NEWSPRISM_CHROMIUM=/usr/bin/chromium
echo "services: postgresql on 127.0.0.1:$PGPORT, chromium at $NEWSPRISM_CHROMIUM" >&2

_np_stop_services() {
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA_DIR"
}
trap _np_stop_services EXIT
