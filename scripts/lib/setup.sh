# shellcheck shell=bash
# scripts/lib/setup.sh — shared setup for scripts/run, scripts/test and bench/run. Source it; it runs nothing itself.
# Written for a fresh Debian/Ubuntu machine (run as root) and GitHub's ubuntu runner (run as `runner`, with sudo).
#
#   ensure_packages [--browser]   .NET SDK >= 10 check (exits 1 without it); PostgreSQL (and with --browser, for
#                                 the tests, a Chromium-family browser and python3-aiosmtpd, the SMTP sink's server)
#                                 from apt when missing. --browser exports NEWSCMS_CHROMIUM.
#   ensure_html_checker           Java (apt) and the W3C Nu HTML Checker (npm vnu-jar, pinned in tests/tools) for the
#                                 tests; exports NEWSCMS_VNU_JAR.
#   ensure_s3_server              s3rver (npm, pinned in tests/tools), an S3-compatible server the S3 storage tests
#                                 start on loopback; exports NEWSCMS_S3RVER (its command, run with node).
#   ensure_proxy                  nginx from apt when missing (scripts/cluster and the cluster tests run their own
#                                 instance with their own config; the package's service is left alone). Exports NEWSCMS_NGINX.
#   start_postgres NAME PORT      the project's own cluster, data in $REPO/.data/NAME, on 127.0.0.1:PORT only,
#                                 run by the postgres user when we are root; it has the role newscms.
#   stop_postgres NAME            stops that cluster (a no-op when it is not running).
#   create_database PORT DBNAME   a database owned by the role newscms, when missing.
#   connection_string PORT DBNAME the Npgsql connection string for the role newscms.
#
# Safe under `set -euo pipefail`. Failures print "setup: ..." on stderr and return 1.

_NEWSCMS_REPO="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd -P)"
_NEWSCMS_APT_UPDATED=0

_newscms_say() { printf 'setup: %s\n' "$*" >&2; }
_newscms_fail() { printf 'setup: error: %s\n' "$*" >&2; return 1; }
_newscms_is_root() { [ "$(id -u)" -eq 0 ]; }

# As root: directly, or through sudo (passwordless on GitHub's runner).
_newscms_as_root() { if _newscms_is_root; then "$@"; else sudo -n "$@"; fi; }

# As the owner of the project's clusters: postgres when we are root (the server refuses to run as root), else
# ourselves. cd / so that a tool started as postgres never trips over an unreadable current directory.
_newscms_as_pg() { if _newscms_is_root; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

_newscms_apt_install() {
    if [ "$_NEWSCMS_APT_UPDATED" -eq 0 ]; then
        _newscms_say "apt-get update"
        _newscms_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null || return 1
        _NEWSCMS_APT_UPDATED=1
    fi
    _newscms_say "apt-get install -y $*"
    _newscms_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" </dev/null
}

# The browser to drive: $NEWSCMS_CHROMIUM when set and executable, else Debian's chromium, else the runner's
# google-chrome, else Ubuntu's chromium-browser.
_newscms_find_browser() {
    local b
    for b in "${NEWSCMS_CHROMIUM:-}" /usr/bin/chromium /usr/bin/google-chrome /usr/bin/chromium-browser; do
        if [ -n "$b" ] && [ -x "$b" ]; then
            printf '%s\n' "$b"
            return 0
        fi
    done
    return 1
}

# The bin folder of the PostgreSQL that made the cluster in DATADIR, or of the newest one installed.
_newscms_pg_bindir() {
    local initdb
    if [ -f "${1:-}/PG_VERSION" ]; then
        initdb="/usr/lib/postgresql/$(cat "$1/PG_VERSION")/bin/initdb"
    else
        initdb="$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1)" || true
    fi
    [ -n "$initdb" ] && [ -x "$initdb" ] ||
        _newscms_fail "PostgreSQL is not installed (${initdb:-no /usr/lib/postgresql/*/bin/initdb})" || return 1
    dirname "$initdb"
}

# ensure_packages [--browser]
ensure_packages() {
    local want_browser=0 major
    case "${1:-}" in
        "") ;;
        --browser) want_browser=1 ;;
        *) _newscms_fail "ensure_packages: unknown argument '$1'" || return 1 ;;
    esac

    # --list-sdks ignores global.json, so it works even when global.json pins an SDK that is absent.
    major="$(dotnet --list-sdks 2>/dev/null | sed -n 's/^\([0-9][0-9]*\)\..*/\1/p' | sort -n | tail -n 1)"
    if [ "${major:-0}" -lt 10 ]; then
        _newscms_say "error: no .NET SDK 10 or later on PATH (newest: ${major:-none}); apt cannot install it: see https://dot.net"
        exit 1
    fi

    _newscms_pg_bindir >/dev/null 2>&1 || _newscms_apt_install postgresql postgresql-contrib || return 1
    _newscms_pg_bindir >/dev/null || return 1

    if [ "$want_browser" -eq 1 ]; then
        # Ubuntu has no chromium deb, only the snap wrapper chromium-browser.
        _newscms_find_browser >/dev/null || _newscms_apt_install chromium || _newscms_apt_install chromium-browser || true
        NEWSCMS_CHROMIUM="$(_newscms_find_browser)" ||
            _newscms_fail "no Chromium-family browser found (/usr/bin/chromium, google-chrome or chromium-browser)" || return 1
        export NEWSCMS_CHROMIUM

        # The tests' SMTP sink (tests/mail-sink/smtp_sink.py) runs on Debian's python3 with aiosmtpd.
        /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || _newscms_apt_install python3-aiosmtpd ||
            _newscms_fail "python3-aiosmtpd is needed by the tests' SMTP sink" || return 1
    fi
}

# The W3C Nu HTML Checker the tests run over the public pages (issue 12, item 18): a jar from npm, run by Java.
ensure_html_checker() {
    local tools="$_NEWSCMS_REPO/tests/tools"
    command -v java >/dev/null || _newscms_apt_install default-jre-headless || return 1
    command -v npm >/dev/null || _newscms_apt_install npm || return 1
    NEWSCMS_VNU_JAR="$tools/node_modules/vnu-jar/build/dist/vnu.jar"
    if [ ! -f "$NEWSCMS_VNU_JAR" ]; then
        _newscms_say "npm ci in tests/tools (the HTML checker)"
        # --ignore-scripts: the package's postinstall only fetches a Java runtime, and we have Debian's.
        (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund) >&2 || return 1
    fi
    export NEWSCMS_VNU_JAR
}

# ensure_s3_server — s3rver from npm (tests/tools, beside vnu-jar; one `npm ci` installs both). No Debian
# package or NuGet package gives an S3-compatible server; MinIO's binaries are not in any registry we use.
ensure_s3_server() {
    local tools="$_NEWSCMS_REPO/tests/tools"
    command -v node >/dev/null || _newscms_apt_install nodejs || return 1
    command -v npm >/dev/null || _newscms_apt_install npm || return 1
    NEWSCMS_S3RVER="$tools/node_modules/s3rver/bin/s3rver.js"
    if [ ! -f "$NEWSCMS_S3RVER" ]; then
        _newscms_say "npm ci in tests/tools (the S3-compatible server)"
        (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund) >&2 || return 1
    fi
    export NEWSCMS_S3RVER
}

# ensure_proxy — Debian's nginx, the reverse proxy in front of several app nodes.
ensure_proxy() {
    [ -x /usr/sbin/nginx ] || _newscms_apt_install nginx-light || _newscms_apt_install nginx || return 1
    [ -x /usr/sbin/nginx ] || _newscms_fail "nginx is not installed (/usr/sbin/nginx)" || return 1
    NEWSCMS_NGINX=/usr/sbin/nginx
    export NEWSCMS_NGINX
}

# The settings the project's cluster runs with; written to DATADIR/newscms.conf, which postgresql.conf includes.
_newscms_pg_settings() {
    local name="$1" port="$2" datadir="$3"
    printf '# Written by scripts/lib/setup.sh at every start; change it there, not here.\n'
    printf "listen_addresses = '127.0.0.1'\n"
    printf 'port = %s\n' "$port"
    # The socket goes into the data folder: /var/run/postgresql is not ours to write to as the runner user.
    printf "unix_socket_directories = '%s'\n" "${datadir//\'/\'\'}"
    printf 'max_connections = 200\n'
    if [ "$name" = test ]; then
        # Test databases are thrown away after each run: trade crash safety for speed.
        printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n'
    fi
}

_newscms_pg_log_tail() {
    printf 'setup: --- last lines of %s ---\n' "$1/server.log" >&2
    tail -n 40 "$1/server.log" >&2 || true
}

# _newscms_pg_ctl NAME PORT DATADIR BINDIR start|restart — on failure shows the end of the server's log.
_newscms_pg_ctl() {
    local name="$1" port="$2" datadir="$3" bindir="$4" action="$5"
    _newscms_say "${action}ing PostgreSQL cluster '$name' on 127.0.0.1:$port ($datadir)"
    _newscms_as_pg "$bindir/pg_ctl" -D "$datadir" -l "$datadir/server.log" -w -t 30 -m fast "$action" >/dev/null && return 0
    _newscms_pg_log_tail "$datadir"
    _newscms_fail "PostgreSQL cluster '$name' did not $action (is port $port taken?)"
}

# start_postgres NAME PORT
start_postgres() {
    local name="${1:-}" port="${2:-}"
    [ -n "$name" ] && [[ "$port" =~ ^[0-9]+$ ]] || _newscms_fail "usage: start_postgres NAME PORT" || return 1
    local datadir="$_NEWSCMS_REPO/.data/$name" bindir settings output action="" i

    if [ ! -f "$datadir/PG_VERSION" ]; then
        _newscms_say "creating PostgreSQL cluster '$name' in $datadir"
        mkdir -p "$datadir" && chmod 755 "$_NEWSCMS_REPO/.data" && chmod 700 "$datadir" || return 1
        if _newscms_is_root; then chown postgres:postgres "$datadir" || return 1; fi
        bindir="$(_newscms_pg_bindir)" || return 1
        if ! output="$(_newscms_as_pg "$bindir/initdb" -D "$datadir" --auth=trust --username=postgres \
                --encoding=UTF8 --locale=C.UTF-8 2>&1)"; then
            printf '%s\n' "$output" >&2
            _newscms_fail "initdb failed for $datadir (the postgres user must reach it; delete a half-made cluster)" || return 1
        fi
    fi
    bindir="$(_newscms_pg_bindir "$datadir")" || return 1

    settings="$(_newscms_pg_settings "$name" "$port" "$datadir")"
    if [ "$(cat "$datadir/newscms.conf" 2>/dev/null)" != "$settings" ]; then
        printf '%s\n' "$settings" | _newscms_as_pg tee "$datadir/newscms.conf" >/dev/null || return 1
        action=restart
    fi
    if ! grep -q "^include_if_exists = 'newscms.conf'" "$datadir/postgresql.conf"; then
        printf "\n# The project's own settings (port, addresses, sockets).\ninclude_if_exists = 'newscms.conf'\n" |
            _newscms_as_pg tee -a "$datadir/postgresql.conf" >/dev/null || return 1
        action=restart
    fi
    # pg_ctl sees through a postmaster.pid whose server is gone. One on its way out when we look (a killed
    # postmaster not yet reaped) still counts as running: the wait below starts it once it is gone.
    _newscms_as_pg "$bindir/pg_ctl" -D "$datadir" status >/dev/null 2>&1 || action=start
    if [ -n "$action" ]; then
        _newscms_pg_ctl "$name" "$port" "$datadir" "$bindir" "$action" || return 1
    fi
    for ((i = 0; i < 60; i++)); do
        "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres && break
        if [ -z "$action" ] && ! _newscms_as_pg "$bindir/pg_ctl" -D "$datadir" status >/dev/null 2>&1; then
            action=start
            _newscms_pg_ctl "$name" "$port" "$datadir" "$bindir" start || return 1
        fi
        sleep 0.5
    done
    if ! "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres; then
        _newscms_pg_log_tail "$datadir"
        _newscms_fail "PostgreSQL cluster '$name' does not answer on 127.0.0.1:$port after 30 s" || return 1
    fi

    # The application's role. Trust auth lets the postgres superuser in over 127.0.0.1.
    _newscms_psql "$port" postgres <<'SQL' >/dev/null || _newscms_fail "could not create role newscms" || return 1
SELECT 'CREATE ROLE newscms LOGIN CREATEDB PASSWORD ''newscms'''
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newscms')
\gexec
-- DROP DATABASE ... WITH (FORCE) ends an autovacuum worker busy on the database only for a member of
-- pg_signal_backend (the worker belongs to no role); tests drop their database right after a restore.
GRANT pg_signal_backend TO newscms;
SQL
}

# stop_postgres NAME — stops the cluster when it runs; quiet no-op otherwise.
stop_postgres() {
    local name="${1:-}" datadir bindir
    [ -n "$name" ] || _newscms_fail "usage: stop_postgres NAME" || return 1
    datadir="$_NEWSCMS_REPO/.data/$name"
    [ -f "$datadir/PG_VERSION" ] || return 0
    bindir="$(_newscms_pg_bindir "$datadir")" || return 1
    if _newscms_as_pg "$bindir/pg_ctl" -D "$datadir" status >/dev/null 2>&1; then
        _newscms_say "stopping PostgreSQL cluster '$name'"
        _newscms_as_pg "$bindir/pg_ctl" -D "$datadir" -w -t 30 -m fast stop >/dev/null
    fi
}

# _newscms_psql PORT DBNAME [psql args...] — psql as the postgres superuser over 127.0.0.1, SQL on stdin.
_newscms_psql() {
    local port="$1" db="$2" bindir
    shift 2
    bindir="$(_newscms_pg_bindir)" || return 1
    "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d "$db" "$@"
}

# create_database PORT DBNAME
create_database() {
    local port="${1:-}" db="${2:-}"
    [[ "$port" =~ ^[0-9]+$ ]] && [ -n "$db" ] || _newscms_fail "usage: create_database PORT DBNAME" || return 1
    _newscms_psql "$port" postgres -v "db=$db" <<'SQL' >/dev/null || _newscms_fail "could not create database $db" || return 1
SELECT format('CREATE DATABASE %I OWNER newscms ENCODING ''UTF8''', :'db')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db')
\gexec
SQL
}

# connection_string PORT DBNAME
connection_string() {
    printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=newscms;Password=newscms\n' "${1:?port}" "${2:?database name}"
}
