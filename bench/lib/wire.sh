# shellcheck shell=bash
# bench/lib/wire.sh — the Incoming desk row of bench/run (issue 17 item 6: the desk's first page ≤ 100 ms with
# 10,000 items). Sourced by bench/run, which calls bench_wire N once per size while the cached app is up (the
# back office is never output-cached), and render_wire_report at the end. Method: docs/performance.md.

WIRE_DESK_SIZE=10000

wire_results() { printf '%s' "$OUT/wire-$STAMP.tsv"; }   # wrk rows, in measure's columns

# The desk gets WIRE_DESK_SIZE waiting items: the generator tops it up by COPY (--articles 0 adds no story,
# only the generator's 30 bylines). Items used or dismissed by hand on a bench database do not count.
wire_fill_desk() {
    local n="$1" db="newscms_bench_$1" count
    count="$(sql "$db" "SELECT count(*) FROM wire_items WHERE status = 'Waiting'")"
    if [ "$count" -lt "$WIRE_DESK_SIZE" ]; then
        say "adding $((WIRE_DESK_SIZE - count)) waiting items to the Incoming desk of $db"
        web generate --articles 0 --comments 0 --pictures 0 --wire-items "$((WIRE_DESK_SIZE - count))" --seed "$n" \
            >"$OUT/generate-wire-$n.log" 2>&1 || { cat "$OUT/generate-wire-$n.log" >&2; exit 1; }
    fi
    WIRE_COUNT="$(sql "$db" "SELECT count(*) FROM wire_items WHERE status = 'Waiting'")"
}

# /admin/wire page 1 (50 items, newest first) signed in as an admin, one request at a time: what one editor waits.
bench_wire() {
    local n="$1"
    [ -f "$(wire_results)" ] || : >"$(wire_results)"
    wire_fill_desk "$n"
    staff_sign_in "$n" /admin/wire 'class="wire-desk"'
    RESULTS="$(wire_results)" measure "Incoming desk, 1 connection" signed-in "$n" "$APP_URL/admin/wire" staff.lua 1
    staff_forget "$n"
}

render_wire_report() {
    [ -s "$(wire_results)" ] || return 0
    echo
    echo "### Incoming desk (bench/lib/wire.sh; ${WIRE_COUNT:-?} items waiting)"
    echo
    echo "| row | articles | req/s | p50 ms | p95 ms | p99 ms | target | met | non-2xx/3xx (socket errors) |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |"
    awk -F"\t" '{ printf "| %s | %d | %.0f | %.2f | %.2f | %.2f | p95 ≤ 100 ms | %s | %d (%d) |\n", $1, $3, $4, $5, $6, $7, $6 <= 100 ? "yes" : "no", $8, $9 }' "$(wire_results)"
}
