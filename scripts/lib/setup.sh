# shellcheck shell=bash
# scripts/lib/setup.sh — shared setup for scripts/run and scripts/test. Source it; it runs nothing itself.
#
#   ensure_packages [--browser]   PostgreSQL (+ a Chromium-family browser) from apt when missing; .NET SDK >= 10 check.
#                                 With --browser it exports NEWSCMS_CHROMIUM (the browser the browser tests drive).
#   start_postgres NAME PORT      the project's own cluster, data in $REPO/.data/NAME, on 127.0.0.1:PORT only.
#   stop_postgres NAME            stops that cluster (a no-op when it is not running).
#   create_database PORT DBNAME   a database owned by the role newscms, when missing.
#   connection_string PORT DBNAME the Npgsql connection string for the role newscms.
#
# Safe under `set -euo pipefail`. Failures print "setup: ..." on stderr and return 1 (a missing/old .NET SDK exits 1).
# Nothing is exported when this file is sourced; functions export only what they say they do.

_NEWSCMS_SETUP_LIB="${BASH_SOURCE[0]}"
_NEWSCMS_APT_UPDATED=0

_newscms_say() { printf 'setup: %s\n' "$*" >&2; }
_newscms_fail() { printf 'setup: error: %s\n' "$*" >&2; return 1; }

# The repository root (two levels above this file), symlinks resolved.
newscms_repo_root() {
    local lib
    lib="$(readlink -f "$_NEWSCMS_SETUP_LIB")" || return 1
    (cd "$(dirname "$lib")/../.." && pwd -P)
}

_newscms_is_root() { [ "$(id -u)" -eq 0 ]; }

# Runs a command as root: directly when we are root, else through sudo (non-interactive).
_newscms_as_root() {
    if _newscms_is_root; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -n "$@"
    else
        _newscms_fail "need root for: $* (not root and sudo is not available)"
    fi
}

# Runs a command as the OS user that owns the project's PostgreSQL clusters:
# `postgres` when we are root (the server refuses to run as root), else ourselves.
_newscms_as_pg() {
    if ! _newscms_is_root; then
        "$@"
    elif command -v runuser >/dev/null 2>&1; then
        # cd / so that tools started as postgres never trip over an unreadable current directory.
        (cd / && runuser -u postgres -- "$@")
    else
        local quoted
        quoted="$(printf '%q ' "$@")"
        (cd / && su -s /bin/sh postgres -c "$quoted")
    fi
}

_newscms_apt_install() {
    command -v apt-get >/dev/null 2>&1 || _newscms_fail "apt-get not found: install by hand: $*" || return 1
    if [ "$_NEWSCMS_APT_UPDATED" -eq 0 ]; then
        _newscms_say "apt-get update"
        _newscms_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null || return 1
        _NEWSCMS_APT_UPDATED=1
    fi
    _newscms_say "apt-get install -y $*"
    _newscms_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" </dev/null
}

_newscms_have_initdb() { compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; }

# Prints the browser to drive: $NEWSCMS_CHROMIUM when it is set and executable, else the first that exists of
# /usr/bin/chromium, /usr/bin/google-chrome, /usr/bin/google-chrome-stable, /usr/bin/chromium-browser.
newscms_find_browser() {
    local b
    for b in "${NEWSCMS_CHROMIUM:-}" /usr/bin/chromium /usr/bin/google-chrome /usr/bin/google-chrome-stable /usr/bin/chromium-browser; do
        if [ -n "$b" ] && [ -x "$b" ]; then
            printf '%s\n' "$b"
            return 0
        fi
    done
    return 1
}

_newscms_check_dotnet() {
    local dotnet_bin="" candidate major
    if command -v dotnet >/dev/null 2>&1; then
        dotnet_bin="$(command -v dotnet)"
    else
        for candidate in "${DOTNET_ROOT:-}/dotnet" "$HOME/.dotnet/dotnet"; do
            if [ -x "$candidate" ]; then
                dotnet_bin="$candidate"
                PATH="$(dirname "$candidate"):$PATH"
                export PATH
                _newscms_say "using $candidate (not on PATH)"
                break
            fi
        done
    fi
    if [ -z "$dotnet_bin" ]; then
        printf 'setup: error: the .NET SDK (dotnet, version 10 or later) is not installed, and apt here cannot install it.\n' >&2
        printf 'setup:        install it from https://dot.net (e.g. dotnet-install.sh --channel 10.0) and put dotnet on PATH.\n' >&2
        exit 1
    fi
    # --list-sdks ignores global.json, so it works even when global.json pins an SDK that is absent.
    major="$("$dotnet_bin" --list-sdks 2>/dev/null | sed -n 's/^\([0-9][0-9]*\)\..*/\1/p' | sort -n | tail -n 1)"
    if [ -z "$major" ] || [ "$major" -lt 10 ]; then
        printf 'setup: error: %s has no .NET SDK 10 or later (newest SDK major version: %s).\n' "$dotnet_bin" "${major:-none}" >&2
        printf 'setup:        install the .NET 10 SDK from https://dot.net; apt here cannot install it.\n' >&2
        exit 1
    fi
}

# ensure_packages [--browser]
ensure_packages() {
    local want_browser=0 arg browser
    for arg in "$@"; do
        case "$arg" in
            --browser) want_browser=1 ;;
            *) _newscms_fail "ensure_packages: unknown argument '$arg'" || return 1 ;;
        esac
    done

    _newscms_check_dotnet

    local -a pg_pkgs=()
    _newscms_have_initdb || pg_pkgs=(postgresql postgresql-contrib)
    if [ "$want_browser" -eq 1 ] && ! newscms_find_browser >/dev/null; then
        if ! _newscms_apt_install "${pg_pkgs[@]}" chromium; then
            # Ubuntu has no `chromium` deb, only the snap wrapper `chromium-browser`: retry without it.
            if [ "${#pg_pkgs[@]}" -gt 0 ]; then
                _newscms_apt_install "${pg_pkgs[@]}" || return 1
            fi
            _newscms_apt_install chromium-browser || _newscms_say "could not install chromium-browser either"
        fi
    elif [ "${#pg_pkgs[@]}" -gt 0 ]; then
        _newscms_apt_install "${pg_pkgs[@]}" || return 1
    fi

    _newscms_have_initdb || _newscms_fail "PostgreSQL is still missing (no /usr/lib/postgresql/*/bin/initdb)" || return 1

    if [ "$want_browser" -eq 1 ]; then
        browser="$(newscms_find_browser)" ||
            _newscms_fail "no Chromium-family browser found (/usr/bin/chromium, google-chrome or chromium-browser)" || return 1
        NEWSCMS_CHROMIUM="$browser"
        export NEWSCMS_CHROMIUM
    fi
}

# The bin directory of the PostgreSQL to use: the version that made the cluster in DATADIR when given and
# installed, else the newest installed.
_newscms_pg_bindir() {
    local datadir="${1:-}" version dir
    if [ -n "$datadir" ] && [ -f "$datadir/PG_VERSION" ]; then
        version="$(cat "$datadir/PG_VERSION")"
        if [ -x "/usr/lib/postgresql/$version/bin/initdb" ]; then
            printf '%s\n' "/usr/lib/postgresql/$version/bin"
            return 0
        fi
        _newscms_fail "$datadir was made by PostgreSQL $version, which is not installed; install it or delete that folder" || return 1
    fi
    dir="$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1)"
    [ -n "$dir" ] || _newscms_fail "PostgreSQL is not installed (run ensure_packages)" || return 1
    dirname "$dir"
}

_newscms_fallback_datadir() {
    local name="$1" hash
    hash="$(printf '%s' "$(newscms_repo_root)" | sha256sum | cut -c1-12)"
    printf '/var/tmp/newscms-%s-%s\n' "$name" "$hash"
}

# Makes DIR (if needed) a private folder of the cluster owner and checks that owner can write it.
_newscms_prepare_datadir() {
    local dir="$1"
    mkdir -p "$dir" 2>/dev/null || return 1
    if _newscms_is_root; then
        if [ "$(stat -c %U "$dir")" != postgres ]; then
            chown -R postgres:postgres "$dir" 2>/dev/null || return 1
        fi
    fi
    chmod 700 "$dir" 2>/dev/null || return 1
    [ "$(stat -c %a "$dir")" = 700 ] || return 1
    _newscms_as_pg test -w "$dir" 2>/dev/null || return 1
    if _newscms_is_root; then
        [ "$(stat -c %U "$dir")" = postgres ] || return 1
    fi
}

# Prints the data folder of cluster NAME, creating it when needed: $REPO/.data/NAME, or — when the postgres user
# cannot use that path (e.g. the repo is under a 700 home folder, or the file system ignores owners) —
# /var/tmp/newscms-NAME-<hash of the repo path>.
_newscms_datadir() {
    local name="$1" repo primary fallback
    repo="$(newscms_repo_root)" || return 1
    primary="$repo/.data/$name"
    fallback="$(_newscms_fallback_datadir "$name")"
    # An existing cluster wins, wherever it is.
    if [ -f "$primary/PG_VERSION" ] && _newscms_as_pg test -w "$primary" 2>/dev/null; then
        printf '%s\n' "$primary"
        return 0
    fi
    if [ -f "$fallback/PG_VERSION" ]; then
        _newscms_say "cluster '$name' lives in $fallback (the postgres user cannot use $primary)"
        printf '%s\n' "$fallback"
        return 0
    fi
    # A new cluster: the repo's .data/ when the postgres user can reach and own it.
    if mkdir -p "$repo/.data" 2>/dev/null; then
        # .data/ itself must be traversable; the cluster folder inside stays 700.
        [ "$(stat -c %U "$repo/.data")" = "$(id -un)" ] && chmod 755 "$repo/.data" 2>/dev/null
        if _newscms_as_pg test -x "$repo/.data" 2>/dev/null && _newscms_prepare_datadir "$primary"; then
            printf '%s\n' "$primary"
            return 0
        fi
        rmdir "$primary" 2>/dev/null || true
    fi
    _newscms_say "the postgres user cannot use $primary; cluster '$name' goes to $fallback instead"
    _newscms_prepare_datadir "$fallback" || _newscms_fail "cannot prepare $fallback for the postgres user" || return 1
    printf '%s\n' "$fallback"
}

# Prints the data folder of an existing cluster NAME (no side effects); fails when there is none.
_newscms_existing_datadir() {
    local name="$1" repo fallback
    repo="$(newscms_repo_root)" || return 1
    fallback="$(_newscms_fallback_datadir "$name")"
    if [ -f "$repo/.data/$name/PG_VERSION" ]; then
        printf '%s\n' "$repo/.data/$name"
    elif [ -f "$fallback/PG_VERSION" ]; then
        printf '%s\n' "$fallback"
    else
        return 1
    fi
}

# Succeeds when the postmaster named in DATADIR/postmaster.pid is alive and is really this cluster's server.
# A left-over pid file whose pid is dead — or was reused by another process, common after a container restart —
# is removed together with stale socket lock files, so the next start is not refused.
_newscms_pg_alive_or_clear() {
    local datadir="$1" pidfile="$1/postmaster.pid" pid comm state cwd here
    [ -f "$pidfile" ] || return 1
    pid="$(head -n 1 "$pidfile" 2>/dev/null || true)"
    if [[ "$pid" =~ ^[0-9]+$ ]] && [ -r "/proc/$pid/comm" ]; then
        comm="$(cat "/proc/$pid/comm" 2>/dev/null || true)"
        state="$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$pid/status" 2>/dev/null || true)"
        # A zombie (a killed postmaster not yet reaped) is dead for our purpose.
        if [ "$state" != Z ] && [ "$state" != X ] && { [ "$comm" = postgres ] || [ "$comm" = postmaster ]; }; then
            cwd="$(readlink "/proc/$pid/cwd" 2>/dev/null || true)"
            here="$(cd "$datadir" && pwd -P)"
            # An unreadable cwd (another user's process) is taken at its word.
            if [ -z "$cwd" ] || [ "$cwd" = "$here" ]; then
                return 0
            fi
        fi
    fi
    _newscms_say "removing a stale postmaster.pid (pid ${pid:-?} is not this cluster's server)"
    rm -f "$pidfile" "$datadir"/.s.PGSQL.*
    return 1
}

_newscms_pg_log_tail() {
    local log="$1/server.log"
    if [ -f "$log" ]; then
        printf 'setup: --- last lines of %s ---\n' "$log" >&2
        tail -n 40 "$log" >&2 || true
        printf 'setup: --- end of log ---\n' >&2
    fi
}

# The settings the project's cluster runs with; written to DATADIR/newscms.conf, which postgresql.conf includes.
_newscms_pg_settings() {
    local name="$1" port="$2" datadir="$3" sockdir
    sockdir="$datadir"
    # A Unix socket path must fit in ~107 bytes; when the data folder is too deep, go TCP-only.
    if [ $(( ${#datadir} + ${#port} + 12 )) -gt 100 ]; then
        sockdir=""
    fi
    printf '# Written by scripts/lib/setup.sh at every start; change it there, not here.\n'
    printf "listen_addresses = '127.0.0.1'\n"
    printf 'port = %s\n' "$port"
    printf "unix_socket_directories = '%s'\n" "${sockdir//\'/\'\'}"
    printf 'max_connections = 200\n'
    if [ "$name" = test ]; then
        # Test databases are thrown away after each run: trade crash safety for speed.
        printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n'
    fi
}

_newscms_pg_start() {
    local name="$1" port="$2" datadir="$3" bindir="$4"
    _newscms_say "starting PostgreSQL cluster '$name' on 127.0.0.1:$port ($datadir)"
    if ! _newscms_as_pg "$bindir/pg_ctl" -D "$datadir" -l "$datadir/server.log" -w -t 30 start >/dev/null; then
        _newscms_pg_log_tail "$datadir"
        _newscms_fail "PostgreSQL cluster '$name' did not start (is port $port taken?)" || return 1
    fi
}

# start_postgres NAME PORT
start_postgres() {
    local name="${1:-}" port="${2:-}"
    [ -n "$name" ] && [[ "$port" =~ ^[0-9]+$ ]] || _newscms_fail "usage: start_postgres NAME PORT" || return 1

    local datadir bindir conf settings changed=0 running=0 started=0 i
    datadir="$(_newscms_datadir "$name")" || return 1
    bindir="$(_newscms_pg_bindir "$datadir")" || return 1

    if [ ! -f "$datadir/PG_VERSION" ]; then
        _newscms_say "creating PostgreSQL cluster '$name' in $datadir"
        if ! _newscms_as_pg "$bindir/initdb" -D "$datadir" --auth=trust --username=postgres \
                --encoding=UTF8 --locale=C.UTF-8 >"/tmp/newscms-initdb-$name.$$.log" 2>&1; then
            cat "/tmp/newscms-initdb-$name.$$.log" >&2
            rm -f "/tmp/newscms-initdb-$name.$$.log"
            _newscms_fail "initdb failed for $datadir (if the folder holds a half-made cluster, delete it)" || return 1
        fi
        rm -f "/tmp/newscms-initdb-$name.$$.log"
    fi

    conf="$datadir/newscms.conf"
    settings="$(_newscms_pg_settings "$name" "$port" "$datadir")"
    if [ ! -f "$conf" ] || [ "$(cat "$conf")" != "$settings" ]; then
        printf '%s\n' "$settings" | _newscms_as_pg tee "$conf" >/dev/null || return 1
        changed=1
    fi
    if ! grep -q "^include_if_exists = 'newscms.conf'" "$datadir/postgresql.conf"; then
        printf "\n# The project's own settings (port, addresses, sockets).\ninclude_if_exists = 'newscms.conf'\n" |
            _newscms_as_pg tee -a "$datadir/postgresql.conf" >/dev/null || return 1
        changed=1
    fi

    if _newscms_pg_alive_or_clear "$datadir" && _newscms_as_pg "$bindir/pg_ctl" -D "$datadir" status >/dev/null 2>&1; then
        running=1
    fi

    if [ "$running" -eq 1 ] && [ "$changed" -eq 1 ]; then
        _newscms_say "settings of cluster '$name' changed; restarting it"
        if ! _newscms_as_pg "$bindir/pg_ctl" -D "$datadir" -l "$datadir/server.log" -w -t 30 -m fast restart >/dev/null; then
            _newscms_pg_log_tail "$datadir"
            _newscms_fail "PostgreSQL cluster '$name' did not restart" || return 1
        fi
        started=1
    elif [ "$running" -eq 0 ]; then
        _newscms_pg_start "$name" "$port" "$datadir" "$bindir" || return 1
        started=1
    fi

    # Wait until it answers (~30 s). A server that was on its way out when we looked (say, a crashed postmaster
    # not yet reaped) is started once more.
    for ((i = 0; i < 60; i++)); do
        if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres; then
            break
        fi
        if [ "$started" -eq 0 ] && ! _newscms_pg_alive_or_clear "$datadir"; then
            _newscms_pg_start "$name" "$port" "$datadir" "$bindir" || return 1
            started=1
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
SQL
}

# stop_postgres NAME — stops the cluster when it runs; quiet no-op otherwise.
stop_postgres() {
    local name="${1:-}" datadir bindir
    [ -n "$name" ] || _newscms_fail "usage: stop_postgres NAME" || return 1
    datadir="$(_newscms_existing_datadir "$name")" || return 0
    bindir="$(_newscms_pg_bindir "$datadir")" || return 1
    if _newscms_pg_alive_or_clear "$datadir"; then
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
