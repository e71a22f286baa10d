# shellcheck shell=bash
# bench/lib/cluster.sh — sourced by bench/run (issue 16): the article page through nginx to one node and to two
# nodes, cached and uncached, on the same database as the last size measured. With every process on one
# 2-core machine this shows what the proxy costs, not what a second machine would add (docs/performance.md).
# Uses bench/run's OUT, STAMP, APP_DIR, APP_PID, APP_URL, APP_WARMUP, CONNECTIONS, ARTICLE and its functions
# wait_ready, stop_process, settle, measure.

CLUSTER_PROXY_URL=http://127.0.0.1:5093
CLUSTER_FIRST_PORT=5111
CLUSTER_PIDS=()

# cluster_start N MODE NODES — NODES app nodes (cached or uncached) and nginx in front of them.
cluster_start() {
    local n="$1" mode="$2" nodes="$3" caching=true i port pid log upstream="" conf="$OUT/nginx-cluster"
    [ "$mode" = uncached ] && caching=false
    for ((i = 1; i <= nodes; i++)); do
        port=$((CLUSTER_FIRST_PORT + i - 1))
        log="$OUT/cluster-$n-$mode-$nodes-node$i-$STAMP.log"
        (cd "$APP_DIR" && exec env Caching__Enabled="$caching" Telemetry__NodeName="bench-node$i" \
            ForwardedHeaders__KnownProxies__0=127.0.0.1 PublicSite__SiteUrl="$CLUSTER_PROXY_URL" dotnet NewsCms.Web.dll --urls "http://127.0.0.1:$port") >"$log" 2>&1 &
        pid=$!
        CLUSTER_PIDS+=("$pid")
        wait_ready "http://127.0.0.1:$port/healthz" "$pid" "$log"
        upstream+="        server 127.0.0.1:$port;"$'\n'
    done
    mkdir -p "$conf"
    cat >"$conf/nginx.conf" <<NGINX
$([ "$(id -u)" -ne 0 ] || echo "user root;")
daemon off;
worker_processes auto;
pid $conf/nginx.pid;
error_log $conf/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $conf/body;
    proxy_temp_path $conf/proxy;
    fastcgi_temp_path $conf/fastcgi;
    uwsgi_temp_path $conf/uwsgi;
    scgi_temp_path $conf/scgi;
    upstream newscms {
$upstream        keepalive 64;
    }
    server {
        listen ${CLUSTER_PROXY_URL#http://};
        location / {
            proxy_pass http://newscms;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
        }
    }
}
NGINX
    "$NEWSCMS_NGINX" -c "$conf/nginx.conf" -p "$conf" >"$conf/stderr.log" 2>&1 &
    pid=$!
    CLUSTER_PIDS+=("$pid")
    wait_ready "$CLUSTER_PROXY_URL/healthz" "$pid" "$conf/error.log"
    APP_PID="${CLUSTER_PIDS[0]}"   # the peak RSS column shows node 1's
}

cluster_stop() {
    local pid
    for pid in "${CLUSTER_PIDS[@]}"; do stop_process "$pid"; done
    CLUSTER_PIDS=()
    APP_PID=""
}

# bench_cluster N — the rows "article via nginx, 1 node" and "…, 2 nodes", cached and uncached.
bench_cluster() {
    local n="$1" mode nodes direct="$APP_URL"
    ensure_proxy
    APP_URL="$CLUSTER_PROXY_URL"   # settle() and the warm-up go through the proxy too
    for mode in cached uncached; do
        for nodes in 1 2; do
            cluster_start "$n" "$mode" "$nodes"
            say "cluster: $nodes node(s) behind nginx ($mode), warming up"
            wrk -t2 -c"$CONNECTIONS" -d"${APP_WARMUP}s" --timeout 10s "$APP_URL$ARTICLE" >/dev/null
            settle
            measure "article via nginx, $nodes node$([ "$nodes" -eq 1 ] || echo s)" "$mode" "$n" "$APP_URL$ARTICLE" get.lua
            cluster_stop
        done
    done
    APP_URL="$direct"
}
