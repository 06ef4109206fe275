#!/usr/bin/env bash
# End to end: `policysite serve` on a free port over a copy of the good fixture site.
# Edit a page → a reload event arrives and the new text is served; break its front matter →
# the overlay shows the error and the old page is still served; fix it → recovered.
# Also: a busy port is a clear error, and Ctrl-C stops the server cleanly.
# Usage: Tests/serve.sh [path/to/policysite]
set -u
BIN=$(realpath "${1:-.build/debug/policysite}")
work=$(mktemp -d)
cp -r Tests/Fixtures/sites/good "$work/site"
page="$work/site/content/guide/intro.md"
passed=0; failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
check() { if eval "$2"; then pass; else fail "$1"; fi; }
# wait_for FILE PATTERN [COUNT]: until PATTERN occurs COUNT times in FILE (10 s at most)
wait_for() {
    for _ in $(seq 1 200); do
        [ "$(grep -c -- "$2" "$1" 2>/dev/null)" -ge "${3:-1}" ] && return 0
        sleep 0.05
    done
    return 1
}

"$BIN" serve --root "$work/site" --port 0 >"$work/serve.log" 2>&1 &
server=$!
cleanup() { kill "$server" "${events:-}" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

check "server-starts" 'wait_for "$work/serve.log" "^Serving"'
url=$(sed -n 's/^Serving .* at \(http[^ ]*\) .*/\1/p' "$work/serve.log")
port=$(echo "$url" | sed -n 's/.*:\([0-9]*\)\/$/\1/p')
check "picks-a-port" '[ -n "$port" ] && [ "$port" != 0 ]'
check "first-build-line" 'grep -q "first build: rebuilt in" "$work/serve.log"'
check "serves-page" 'curl -sf "${url}guide/intro/" | grep -q "A footnote."'

curl -sN "${url}__policysite/events?since=1" >"$work/events" &
events=$!
sleep 0.3

# 1. Edit the page.
sed -i 's/A footnote\./A changed footnote./' "$page"
check "reload-event" 'wait_for "$work/events" "^event: reload"'
check "new-text-served" 'curl -sf "${url}guide/intro/" | grep -q "A changed footnote."'
check "log-names-the-change" 'wait_for "$work/serve.log" "page content/guide/intro.md: rebuilt in"'
check "text-edit-renders-the-page-alone" 'grep -q "intro.md: rebuilt in [0-9]* ms (edited text only; .* 2 rendered" "$work/serve.log"'

# 1b. A slow writer: the file is half written for 0.4 s. The rebuild waits for it to be
# closed, so the half (an unclosed front matter) never fails a build.
python3 - "$page" <<'PY'
import sys, time
text = open(sys.argv[1], encoding="utf-8").read().replace("A changed footnote.", "A slowly written footnote.")
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(text[:20]); f.flush(); time.sleep(0.4); f.write(text[20:])
PY
check "slow-write-one-reload" 'wait_for "$work/events" "^event: reload" 2 && ! grep -q "^event: failed" "$work/events"'
check "slow-write-served" 'curl -sf "${url}guide/intro/" | grep -q "A slowly written footnote."'

# 2. Break its front matter: the overlay shows where, the last good page is still served.
sed -i '2s/.*/title: [Introduction/' "$page"
check "failed-event" 'wait_for "$work/events" "^event: failed"'
broken=$(curl -s "${url}guide/intro/")
check "overlay-shown" 'echo "$broken" | grep -q "id=\"policysite-overlay\""'
check "overlay-position" 'echo "$broken" | grep -q "content/guide/intro.md:2:8"'
check "old-page-served" 'echo "$broken" | grep -q "A slowly written footnote."'
check "log-shows-error" 'wait_for "$work/serve.log" "content/guide/intro.md:2:8"'

# 3. Fix it.
sed -i '2s/.*/title: Introduction/' "$page"
check "recovered-event" 'wait_for "$work/events" "^event: reload" 3'
fixed=$(curl -s "${url}guide/intro/")
check "overlay-gone" '! echo "$fixed" | grep -q "policysite-overlay"'

# 4. A new page appears, and a page is deleted.
printf -- '---\ntitle: Fresh\n---\n\nNew page.\n' >"$work/site/content/fresh.md"
check "new-page-served" 'for _ in $(seq 1 100); do curl -sf "${url}fresh/" | grep -q "New page." && break; sleep 0.05; done; curl -sf "${url}fresh/" | grep -q "New page."'
# status_becomes URL CODE: until URL answers CODE (5 s at most)
status_becomes() {
    for _ in $(seq 1 100); do [ "$(curl -s -o /dev/null -w "%{http_code}" "$1")" = "$2" ] && return 0; sleep 0.05; done
    return 1
}
mv "$work/site/content/fresh.md" "$work/site/content/renamed.md"
check "renamed-page-served" 'status_becomes "${url}renamed/" 200 && status_becomes "${url}fresh/" 404'
rm "$work/site/content/renamed.md"
check "deleted-page-gone" 'status_becomes "${url}renamed/" 404'

# 5. Over real HTTP: traversal as sent (no client normalizing), a foreign Host, and requests
# malformed in every way; the server answers each (or drops it) and keeps serving.
check "traversal-refused" '[ "$(curl -s --path-as-is -o /dev/null -w "%{http_code}" "${url}../../etc/passwd")" = 400 ]'
check "encoded-traversal-refused" '[ "$(curl -s --path-as-is -o /dev/null -w "%{http_code}" "${url}%2e%2e/%2e%2e/etc/passwd")" = 400 ]'
check "foreign-host-refused" '[ "$(curl -s -H "Host: evil.example" -o /dev/null -w "%{http_code}" "$url")" = 403 ]'
for raw in 'GARBAGE\r\n\r\n' 'GET / HTTP/1.1\r\n\r\n' '\x00\x01\x02\xff\r\n\r\n' 'GET /%ff%fe%00 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' \
           'GET / HTTP/9.9\r\nHost: x\r\n\r\n' "GET /$(head -c 70000 /dev/zero | tr '\0' a) HTTP/1.1\r\n\r\n" 'POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\nabc'; do
    { exec 3<>"/dev/tcp/127.0.0.1/$port" && printf "$raw" >&3 && timeout 2 cat <&3 >/dev/null; exec 3<&-; } 2>/dev/null
done
check "survives-malformed-requests" 'curl -sf "${url}guide/intro/" | grep -q "A slowly written footnote."'

# 6. A busy port is a clear error.
"$BIN" serve --root "$work/site" --port "$port" >"$work/busy.log" 2>&1
status=$?
check "busy-port-exit" '[ "$status" = 1 ]'
check "busy-port-message" 'grep -q "is in use" "$work/busy.log"'

# 7. Ctrl-C stops cleanly, closing the open event stream.
kill -INT "$server"
for _ in $(seq 1 100); do kill -0 "$server" 2>/dev/null || break; sleep 0.05; done
check "stops-on-ctrl-c" '! kill -0 "$server" 2>/dev/null'
wait "$server"; code=$?
check "stops-with-status-0" '[ "$code" = 0 ]'
check "says-stopped" 'grep -q "^Stopped." "$work/serve.log"'

echo "serve: $passed passed, $failed failed"
[ "$failed" = 0 ] || { echo "--- serve.log"; cat "$work/serve.log"; exit 1; }
