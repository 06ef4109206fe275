#!/usr/bin/env bash
# End to end: the built sites under a subpath on a real web server. Run by `make test`.
# Builds the explainer (content/) and the good fixture site with
# --base-url http://127.0.0.1:PORT/explainer/, serves each with nginx (its own configuration,
# pid, logs and temp folders in a temporary prefix; missing pages answered with the site's
# 404.html, zh/404.html under /explainer/zh/), and crawls it with Tests/crawl.py: every internal
# link answers 200, no URL leaves /explainer/, every #fragment exists, every page is reached.
# Installs nginx (Debian's package) when it is missing; starts no service, leaves no daemon.
# Usage: Tests/nginx.sh path/to/policysite
set -euo pipefail
bin=$(realpath "${1:?usage: Tests/nginx.sh path/to/policysite}")
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; }

tmp=$(mktemp -d)
pid=
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# -- nginx, installed without starting Debian's service -----------------------------------------
nginx=$(command -v nginx || true)
[ -n "$nginx" ] || [ ! -x /usr/sbin/nginx ] || nginx=/usr/sbin/nginx
if [ -z "$nginx" ]; then
    sudo=$([ "$(id -u)" = 0 ] || echo sudo)
    echo "installing nginx"
    # The package's postinst starts nginx on port 80 unless policy-rc.d says no: say no for
    # this install, unless the machine already has a policy of its own.
    policy=
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        policy=/usr/sbin/policy-rc.d
        printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null && $sudo chmod 755 "$policy"
    fi
    # Debian 12's nginx-light is only nginx plus the echo module: nginx itself is the smallest.
    status=0
    { $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx; } \
        >"$tmp/apt.log" 2>&1 || status=$?
    [ -z "$policy" ] || $sudo rm -f "$policy"
    [ "$status" = 0 ] || { cat "$tmp/apt.log"; echo "not ok - install nginx (apt-get exit $status)"; exit 1; }
    nginx=$(command -v nginx || echo /usr/sbin/nginx)
fi

# -- two free loopback ports, two builds --------------------------------------------------------
read -r port_explainer port_good < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(2)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))')

build() {  # build NAME ROOT PORT
    if "$bin" build --no-cache --root "$2" --output "$tmp/$1" --base-url "http://127.0.0.1:$3/explainer/" >"$tmp/$1.log" 2>&1; then
        ok "build $1 for http://127.0.0.1:$3/explainer/"
    else
        not_ok "build $1"; cat "$tmp/$1.log"
    fi
}
build explainer "$repo" "$port_explainer"
build good "$repo/Tests/Fixtures/sites/good" "$port_good"

# -- nginx's configuration: one server per site ---------------------------------------------------
server() {  # server SITE_DIR PORT: /explainer/ → SITE_DIR/, each folder's 404.html for its misses
    local site=$1 port=$2 nested="" dir
    # Language folders with their own 404.html (zh/404.html) answer their misses with it.
    while IFS= read -r dir; do
        [ "$dir" = . ] && continue
        nested+="
            location /explainer/$dir/ {
                alias $site/$dir/;
                error_page 404 /explainer/$dir/404.html;
            }"
    done < <(cd "$site" && find . -mindepth 2 -name 404.html -printf '%h\n' | sed 's|^\./||' | sort -r)
    cat <<EOF
    server {
        listen 127.0.0.1:$port;
        server_name 127.0.0.1;
        location /explainer/ {
            alias $site/;
            error_page 404 /explainer/404.html;$nested
        }
        location / {
            return 404;
        }
    }
EOF
}
mkdir -p "$tmp/nginx/logs"
cat >"$tmp/nginx/nginx.conf" <<EOF
daemon off;
master_process off;
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log warn;
events {
    worker_connections 64;
}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $tmp/nginx/logs/access.log;
    client_body_temp_path $tmp/nginx/client_body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    sendfile on;
$(server "$tmp/explainer" "$port_explainer")
$(server "$tmp/good" "$port_good")
}
EOF

# -e: the error log before the configuration is read (nginx ≥ 1.19.5); otherwise /var/log/nginx.
if "$nginx" -t -p "$tmp/nginx" -e "$tmp/nginx/logs/error.log" -c "$tmp/nginx/nginx.conf" >"$tmp/nginx-t.log" 2>&1; then
    ok "nginx configuration"
else
    not_ok "nginx configuration"; cat "$tmp/nginx-t.log"; cat "$tmp/nginx/nginx.conf"
    echo "nginx: $passed passed, $failed failed"; exit 1
fi
"$nginx" -p "$tmp/nginx" -e "$tmp/nginx/logs/error.log" -c "$tmp/nginx/nginx.conf" >"$tmp/nginx.log" 2>&1 &
pid=$!

# Wait (5 s at most) until both ports answer.
up() { python3 -c '
import socket, sys
for p in sys.argv[1:]: socket.create_connection(("127.0.0.1", int(p)), timeout=1).close()' "$port_explainer" "$port_good" 2>/dev/null; }
for _ in $(seq 1 100); do
    up && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
done
if up; then ok "nginx serves 127.0.0.1:$port_explainer and 127.0.0.1:$port_good"; else
    not_ok "nginx starts"; cat "$tmp/nginx.log" "$tmp/nginx/logs/error.log" 2>/dev/null
    echo "nginx: $passed passed, $failed failed"; exit 1
fi

# -- the crawls ---------------------------------------------------------------------------------------
crawl() {  # crawl NAME PORT
    if [ ! -f "$tmp/$1/index.html" ]; then not_ok "crawl $1: not built"; return; fi
    if python3 "$here/crawl.py" "http://127.0.0.1:$2/explainer/" "$tmp/$1" --name "$1" >"$tmp/crawl-$1.log" 2>&1; then
        sed 's/^/# /' "$tmp/crawl-$1.log"
        ok "crawl $1"
    else
        sed 's/^/# /' "$tmp/crawl-$1.log"
        not_ok "crawl $1"
    fi
}
crawl explainer "$port_explainer"
crawl good "$port_good"

if grep -E '\[(emerg|alert|crit)\]' "$tmp/nginx/logs/error.log" >"$tmp/errors" 2>/dev/null; then
    not_ok "nginx's error log has no alerts"; sed 's/^/# /' "$tmp/errors"
else
    ok "nginx's error log has no alerts"
fi

echo "nginx: $passed passed, $failed failed"
[ "$failed" = 0 ]
