#!/usr/bin/env bash
# Command-line behaviour end to end: exit codes, formats, init. Run by `make test`.
# Usage: Tests/cli.sh path/to/policysite
set -uo pipefail
bin=$(realpath "$1")
fixtures=$(cd "$(dirname "$0")/Fixtures/sites" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

expect() {  # expect NAME WANTED_STATUS COMMAND... ; output in $tmp/out
    local name=$1 want=$2; shift 2
    "$@" >"$tmp/out" 2>&1
    local got=$?
    if [ "$got" = "$want" ]; then passed=$((passed + 1)); else
        failed=$((failed + 1)); echo "FAIL $name: exit $got, wanted $want"; cat "$tmp/out"; fi
}
contains() {  # contains NAME TEXT ; checks $tmp/out
    if grep -qF -- "$2" "$tmp/out"; then passed=$((passed + 1)); else
        failed=$((failed + 1)); echo "FAIL $1: output lacks '$2'"; cat "$tmp/out"; fi
}

expect version 0 "$bin" --version
contains version "0.1.0"
expect usage-error 64 "$bin" build --no-such-option
expect bad-root 64 "$bin" build --root "$tmp/does-not-exist"
expect bad-base-url 64 "$bin" build --root "$fixtures/good" --base-url not-a-url
expect bad-format 64 "$bin" check --root "$fixtures/good" --format xml

expect init 0 "$bin" init "$tmp/new"
contains init "Created a site in"
[ -f "$tmp/new/templates/base.mustache" ] && [ -f "$tmp/new/content/index.zh.md" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL init files"; }
expect init-not-empty 64 "$bin" init "$tmp/new"
expect build-default-command 0 bash -c "cd '$tmp/new' && '$bin'"
contains build-summary "en 3 pages, zh 3 pages; 0 warnings, 0 errors;"
[ -f "$tmp/new/site/zh/policies/sample/index.html" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL build output"; }
expect check-json-clean 0 "$bin" check --root "$tmp/new" --format json
contains check-json-clean '"diagnostics" : ['

cp -r "$fixtures/good" "$tmp/broken" && cp -r "$fixtures/broken/broken-link/." "$tmp/broken/"
expect check-text 1 "$bin" check --root "$tmp/broken"
contains check-text "content/only-en.md:5:15: error: resolve: link to guide/missing.md: there is no page content/guide/missing.md [broken-link]"
expect check-github 1 "$bin" check --root "$tmp/broken" --format github
contains check-github "::error file=content/only-en.md,line=5,col=15,title=broken-link::"
expect check-json 1 "$bin" check --root "$tmp/broken" --format json
contains check-json '"column" : 15'
[ ! -e "$tmp/broken/site" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL check wrote site/"; }
expect build-errors 1 "$bin" build --root "$tmp/broken"

cp -r "$fixtures/good" "$tmp/glossary" && cp -r "$fixtures/broken/glossary-mistakes/." "$tmp/glossary/"
expect check-glossary-json 1 "$bin" check --root "$tmp/glossary" --format json
python3 - "$tmp/out" <<'PY' && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL check-glossary-json content"; cat "$tmp/out"; }
import json, sys
found = [d for d in json.load(open(sys.argv[1]))["diagnostics"] if d["file"] == "content/data/glossary.yml"]
count = [d for d in found if d["code"] == "pinyin-count"][0]
assert (count["line"], count["column"], count["suggestion"]) == (11, 11, 'did you mean "Dàshùjù"?'), count
assert len(found) == 10, len(found)
PY

expect pinyin-marks 0 "$bin" pinyin "Zhong1guo2 Ren2min2 Yin2hang2"
contains pinyin-marks "Zhōngguó Rénmín Yínháng"
expect pinyin-lu 0 "$bin" pinyin "lu:4se4"
contains pinyin-lu "lǜsè"
expect pinyin-ok 0 "$bin" pinyin "nài xīn" --hanzi 耐心
expect pinyin-count 1 "$bin" pinyin Dachengshuju --hanzi 大数据
contains pinyin-count "[pinyin-count]"
contains pinyin-count "note: suggestion: Dàshùjù"
expect pinyin-word 1 "$bin" pinyin yin2xing2 --hanzi 银行
contains pinyin-word "note: suggestion: yínháng"

echo "cli: $passed passed, $failed failed"
[ "$failed" = 0 ]
