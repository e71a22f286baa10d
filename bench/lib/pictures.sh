# shellcheck shell=bash
# bench/lib/pictures.sh — the picture rows of bench/run (issue 13). Sourced by bench/run, which calls
# bench_pictures N once per size while the cached app is up and warm, and render_pictures_report at the end.
# Method and targets: docs/performance.md, "Pictures".

PICTURE_LIBRARY_SIZE=10000
# npm's lighthouse 12.2.3 is pinned in bench/package-lock.json: 13 wants Node 22, Debian has 20.
LIGHTHOUSE_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
RENDITIONS_DLL=bench/Renditions/bin/Release/net10.0/Renditions.dll
PICTURES_READY=""

picture_results() { printf '%s' "$OUT/pictures-$STAMP.tsv"; }   # wrk rows, in measure's columns
picture_notes() { printf '%s' "$OUT/pictures-$STAMP.txt"; }     # other rows: page<TAB>size<TAB>figure<TAB>target<TAB>met

# Once per run: the renditions program, lighthouse (npm ci from the lock) and a Chromium for it.
pictures_setup() {
    [ -n "$PICTURES_READY" ] && return 0
    : >"$(picture_results)"
    : >"$(picture_notes)"
    dotnet build bench/Renditions -c Release -nologo -v q >"$OUT/build-renditions.log" 2>&1 || { cat "$OUT/build-renditions.log" >&2; exit 1; }
    command -v npm >/dev/null 2>&1 || _newscms_apt_install npm
    [ -x bench/node_modules/.bin/lighthouse ] || (cd bench && npm ci --no-audit --no-fund --loglevel=error) >&2
    CHROME_PATH="$(_newscms_find_browser 2>/dev/null)" || { _newscms_apt_install chromium; CHROME_PATH="$(_newscms_find_browser)"; }
    export CHROME_PATH
    PICTURES_READY=1
}

# The library gets PICTURE_LIBRARY_SIZE pictures: the generator tops it up (12 new files, the rest sharing
# them under their own names and descriptions; --articles 0 adds no story, only the generator's 30 bylines).
pictures_fill_library() {
    local n="$1" db="newscms_bench_$1" count
    count="$(sql "$db" "SELECT count(*) FROM media_items")"
    if [ "$count" -lt "$PICTURE_LIBRARY_SIZE" ]; then
        say "adding $((PICTURE_LIBRARY_SIZE - count)) pictures to the library of $db"
        web generate --articles 0 --comments 0 --pictures "$((PICTURE_LIBRARY_SIZE - count))" --seed "$n" >"$OUT/generate-pictures-$n.log" 2>&1 ||
            { cat "$OUT/generate-pictures-$n.log" >&2; exit 1; }
        sql "$db" "ANALYZE media_items" >/dev/null
    fi
    PICTURE_COUNT="$(sql "$db" "SELECT count(*) FROM media_items")"
}

# The newest published article with 5 to 20 approved comments (as pick_targets), with a lead image or without.
pictures_article() {
    local db="newscms_bench_$1" lead="$2"
    sql "$db" "SELECT '/' || to_char(a.published_on, 'YYYY/MM/DD') || '/' || a.slug
        FROM articles a JOIN comments c ON c.article_id = a.id AND c.status = 'Approved' AND c.parent_id IS NULL
        WHERE a.status = 'Published' AND a.comments_open AND a.lead_image_id IS $lead GROUP BY a.id HAVING count(*) BETWEEN 5 AND 20
        ORDER BY a.published_at DESC LIMIT 1"
}

# measure_against_limit NAME N FILE CONTENT-TYPE URL — FILE's bytes served from memory, then URL by the app.
pictures_measure_pair() {
    local name="$1" n="$2" file="$3" type="$4" url="$5" log="$OUT/limit-$1-$2-$STAMP.log"
    dotnet "$LIMIT_DLL" --urls "$LIMIT_URL" --Page "$file" --ContentType "$type" >"$log" 2>&1 &
    LIMIT_PID=$!
    wait_ready "$LIMIT_URL/" "$LIMIT_PID" "$log"
    RESULTS="$(picture_results)" measure "limit: $name" in-memory "$n" "$LIMIT_URL/" get.lua
    stop_process "$LIMIT_PID"
    LIMIT_PID=""
    RESULTS="$(picture_results)" measure "$name" cached "$n" "$url" get.lua
}

pictures_note() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$(picture_notes)"; }

# All renditions of a 24-megapixel JPEG, made as the app makes them (one decode), by bench/Renditions in its own
# process; it prints `RENDITIONS name=value` lines (count, wall_s, cpu_s, peak_rss_mb, …).
pictures_renditions() {
    local n="$1" log="$OUT/renditions-$STAMP.txt" count wall cpu rss met
    say "making every rendition of a 24 MP JPEG (bench/Renditions)"
    dotnet "$RENDITIONS_DLL" 24 >"$log" 2>&1 || { cat "$log" >&2; pictures_note "renditions, 24 MP" "$n" "failed, see $log" "" ""; return 0; }
    figure() { sed -n "s/^RENDITIONS $1=//p" "$log"; }
    count="$(figure count)"; wall="$(figure wall_s)"; cpu="$(figure cpu_s)"; rss="$(figure peak_rss_mb)"
    met="$(awk -v w="${wall:-99}" -v r="${rss:-9999}" 'BEGIN { print (w <= 2 && r <= 300) ? "yes" : "no" }')"
    pictures_note "renditions, 24 MP" "$n" "$count renditions: wall $wall s, CPU $cpu s, peak RSS $rss MB" "wall ≤ 2 s, peak RSS ≤ 300 MB" "$met"
}

# Lighthouse's mobile run (its default: Moto G Power screen, simulated slow 4G and 4× CPU slowdown) on URL.
pictures_lighthouse() {
    local n="$1" url="$2" report="$OUT/lighthouse-$1-$STAMP.json" lcp
    say "Lighthouse (mobile) on $url"
    if ! bench/node_modules/.bin/lighthouse "$url" --only-categories=performance --output=json --output-path="$report" \
        --chrome-flags="$LIGHTHOUSE_FLAGS" --quiet >"$OUT/lighthouse-$n-$STAMP.log" 2>&1; then
        tail -n 20 "$OUT/lighthouse-$n-$STAMP.log" >&2
        pictures_note "Lighthouse mobile LCP" "$n" "lighthouse failed, see $OUT/lighthouse-$n-$STAMP.log" "≤ 2.5 s" "no"
        return 0
    fi
    lcp="$(node -e 'const r = require(process.argv[1]); const a = r.audits["largest-contentful-paint"];
        const e = r.audits["largest-contentful-paint-element"]; const what = e && e.details && e.details.items && JSON.stringify(e.details.items).match(/"nodeLabel":"([^"]*)"/);
        console.log((a.numericValue / 1000).toFixed(2) + " s (performance score " + Math.round(r.categories.performance.score * 100) + (what ? ", element: " + what[1] : "") +
            ", FCP " + r.audits["first-contentful-paint"].displayValue + ", TBT " + r.audits["total-blocking-time"].displayValue + ", Lighthouse CPU benchmarkIndex " + r.environment.benchmarkIndex + ")")' "$report")"
    pictures_note "Lighthouse mobile LCP" "$n" "$lcp" "≤ 2.5 s" "$(awk -v s="${lcp%% *}" 'BEGIN { print s <= 2.5 ? "yes" : "no" }')"
}

bench_pictures() {
    local n="$1" lead plain page rendition url
    pictures_setup
    pictures_fill_library "$n"
    lead="$(pictures_article "$n" "NOT NULL")"
    plain="$(pictures_article "$n" NULL)"
    [ -n "$lead" ] && [ -n "$plain" ] || { say "no article with and without a lead image with 5 to 20 comments"; exit 1; }
    say "pictures: article with a lead image $lead, without $plain; the article row's $ARTICLE"

    # The lead's renditions are made on first request; make them all before anything is measured.
    page="$OUT/article-lead-$n.html"
    curl -sf -o "$page" "$APP_URL$lead"
    for url in $(grep -o '/media/[0-9]*/[0-9a-f]*/[a-z0-9x]*-[0-9]*\.\(jpg\|webp\)' "$page" | sort -u); do
        curl -sf -o /dev/null "$APP_URL$url" || { say "GET $url failed"; exit 1; }
    done
    # The rendition measured: the lead's <img src>, the JPEG a browser without srcset fetches.
    rendition="$(grep -o '<img [^>]*fetchpriority="high"[^>]*>' "$page" | head -n 1 | sed -n 's/.* src="\([^"]*\)".*/\1/p')"
    [ -n "$rendition" ] || { say "no lead <img> in $page"; exit 1; }
    curl -sf -o "$OUT/rendition-$n.jpg" "$APP_URL$rendition"
    curl -sf -o "$OUT/article-plain-$n.html" "$APP_URL$plain"

    pictures_measure_pair rendition "$n" "$OUT/rendition-$n.jpg" image/jpeg "$APP_URL$rendition"
    pictures_measure_pair "article with lead image" "$n" "$page" "text/html; charset=utf-8" "$APP_URL$lead"
    pictures_measure_pair "article without picture" "$n" "$OUT/article-plain-$n.html" "text/html; charset=utf-8" "$APP_URL$plain"

    staff_sign_in "$n" /admin/media 'Upload pictures'
    RESULTS="$(picture_results)" measure "media library, 1 connection" signed-in "$n" "$APP_URL/admin/media" staff.lua 1
    staff_forget "$n"

    pictures_lighthouse "$n" "$APP_URL$lead"
    [ "$n" = "${SIZES[0]}" ] && pictures_renditions "$n"
    return 0
}

# The picture rows as a Markdown section: ratios against each row's own limit, and the targets.
render_pictures_report() {
    [ -s "$(picture_results)" ] || return 0
    echo
    echo "### Pictures (bench/lib/pictures.sh; ${PICTURE_COUNT:-?} pictures in the library)"
    echo
    awk -F"\t" '
        { row[NR] = $0; rps[$1, $3] = $4 }
        END {
            print "| row | articles | req/s | p50 ms | p95 ms | p99 ms | ratio to its limit | target | met | non-2xx/3xx (socket errors) |"
            print "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |"
            for (i = 1; i <= NR; i++) { split(row[i], f, "\t"); n = f[3]; ratio = ""; target = ""; met = ""
                if (f[1] ~ /^limit: /) ratio = "1.000"
                else if (("limit: " f[1], n) in rps) ratio = sprintf("%.3f", f[4] / rps["limit: " f[1], n])
                if (f[1] == "rendition") { target = "≥ 0.700"; met = ratio >= 0.7 ? "yes" : "no" }
                if (f[1] == "article with lead image" && ("article without picture", n) in rps) {
                    plain = rps["article without picture", n] / rps["limit: article without picture", n]
                    target = sprintf("≥ 0.9 × %.3f (the article without a picture)", plain); met = ratio >= 0.9 * plain ? "yes" : "no" }
                if (f[1] ~ /^media library/) { target = "p95 ≤ 100 ms"; met = f[6] <= 100 ? "yes" : "no" }
                printf "| %s | %d | %.0f | %.2f | %.2f | %.2f | %s | %s | %s | %d (%d) |\n", f[1], n, f[4], f[5], f[6], f[7], ratio, target, met, f[8], f[9] }
        }' "$(picture_results)"
    if [ -s "$(picture_notes)" ]; then
        echo
        echo "| row | articles | figure | target | met |"
        echo "| --- | ---: | --- | --- | --- |"
        awk -F"\t" '{ gsub(/\|/, "/", $3); printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5 }' "$(picture_notes)"
    fi
}
