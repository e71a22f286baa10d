# shellcheck shell=bash
# bench/lib/staff.sh — a signed-in admin for the back-office rows of bench/run (the media library, the Incoming
# desk). Sourced by bench/run; uses its web, sql, hidden_value, say, APP_URL, OUT and STAMP.

# staff_sign_in N PATH TEXT — an admin for this run (create-admin prints the password once), signed in through
# the form as a browser would; BENCH_STAFF_COOKIE is what wrk sends (bench/lua/staff.lua). PATH must then answer
# 200 with TEXT in it: a redirect to the sign-in page would pass for a fast page. staff_forget deletes the account.
staff_sign_in() {
    local n="$1" path="$2" text="$3" jar="$OUT/staff-cookies.txt" page="$OUT/login-$1.html" token password code
    STAFF_EMAIL="bench-$STAMP-$n@newsroom.example"
    password="$(web create-admin "$STAFF_EMAIL" | sed -n '/^Created admin/{n;p}')"
    [ -n "$password" ] || { say "create-admin $STAFF_EMAIL printed no password"; exit 1; }
    rm -f "$jar"
    curl -s -c "$jar" -b "$jar" -o "$page" "$APP_URL/account/login"
    token="$(hidden_value __RequestVerificationToken "$page")"
    [ -n "$token" ] || { say "no antiforgery token in $page"; exit 1; }
    code="$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "__RequestVerificationToken=$token" \
        --data-urlencode "Email=$STAFF_EMAIL" --data-urlencode "Password=$password" "$APP_URL/account/login")"
    [ "$code" = 302 ] || { say "sign-in as $STAFF_EMAIL answered $code, not a redirect"; exit 1; }
    BENCH_STAFF_COOKIE="$(awk -F'\t' 'NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")"
    export BENCH_STAFF_COOKIE
    curl -s -H "Cookie: $BENCH_STAFF_COOKIE" -o "$OUT/staff-page-$n.html" -w '%{http_code}' "$APP_URL$path" | grep -q '^200$' &&
        grep -q "$text" "$OUT/staff-page-$n.html" || { say "$path did not answer with '$text' when signed in"; exit 1; }
}

staff_forget() {
    sql "newscms_bench_$1" "DELETE FROM staff_sessions WHERE user_id IN (SELECT id FROM users WHERE email = '$STAFF_EMAIL');
        DELETE FROM users WHERE email = '$STAFF_EMAIL'" >/dev/null 2>&1 || say "left the account $STAFF_EMAIL in place"
}
