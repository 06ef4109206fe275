#!/usr/bin/env bash
# `policysite hooks install|uninstall` end to end, in temporary git repositories: the hook
# refuses commits whose staged content has errors, rebuilds site/ after clean ones, keeps and
# runs an existing hook, and uninstall puts that hook back. Run by `make test`.
# Usage: Tests/hooks.sh path/to/policysite
set -uo pipefail
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
package=$(dirname "$here")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.org GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.org

ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -f "$tmp/out" ] && sed 's/^/    /' "$tmp/out"; }
expect() {  # expect NAME WANTED_STATUS COMMAND... ; output in $tmp/out
    local name=$1 want=$2; shift 2
    "$@" >"$tmp/out" 2>&1
    local got=$?
    if [ "$got" = "$want" ]; then ok; else fail "$name: exit $got, wanted $want"; fi
}
contains() { if grep -qF -- "$2" "$tmp/out"; then ok; else fail "$1: output lacks '$2'"; fi; }
lacks() { if grep -qF -- "$2" "$tmp/out"; then fail "$1: output has '$2'"; else ok; fi; }
check() { if eval "$2"; then ok; else fail "$1: $2"; fi; }

new_repo() {  # new_repo DIR: a git repository holding the good fixture site
    rm -rf "$1"; mkdir -p "$1"
    cp -r "$here/Fixtures/sites/good/content" "$1/content"
    git -C "$1" init -q -b main
    printf 'site/\n.build-site/\n' >"$1/.gitignore"
}

# --- A repository that already has a pre-commit hook -----------------------------------
repo=$tmp/repo
new_repo "$repo"
cat >"$repo/.git/hooks/pre-commit" <<'EOF'
#!/bin/sh
# the team's own hook
echo "existing hook ran" >>"$(git rev-parse --show-toplevel)/../existing-hook.log"
[ ! -f "$(git rev-parse --show-toplevel)/.refuse" ]
EOF
chmod +x "$repo/.git/hooks/pre-commit"
cp "$repo/.git/hooks/pre-commit" "$tmp/original-hook"

expect install 0 "$bin" hooks install --root "$repo"
contains install "installed $repo/.git/hooks/pre-commit"
contains install "kept as pre-commit.pre-policysite"
check install-chains "cmp -s '$tmp/original-hook' '$repo/.git/hooks/pre-commit.pre-policysite'"
check install-executable "[ -x '$repo/.git/hooks/pre-commit' ]"
check install-records-binary "grep -qF \"policysite='$bin'\" '$repo/.git/hooks/pre-commit'"
expect install-again 0 "$bin" hooks install --root "$repo"
contains install-again "updated $repo/.git/hooks/pre-commit"
check idempotent "cmp -s '$tmp/original-hook' '$repo/.git/hooks/pre-commit.pre-policysite'"
check idempotent-one-hook "[ \$(ls '$repo/.git/hooks' | grep -v '\.sample$' | grep -c '^pre-commit') = 2 ]"

# A clean commit passes, runs the existing hook, and builds site/.
git -C "$repo" add -A
expect clean-commit 0 git -C "$repo" commit -q -m "site"
contains clean-commit "en 9 pages, zh 9 pages; 0 warnings, 0 errors"
check site-built "[ -f '$repo/site/guide/intro/index.html' ] && [ -f '$repo/site/zh/index.html' ]"
check existing-hook-ran "grep -q 'existing hook ran' '$tmp/existing-hook.log'"
check cache-made "[ -f '$repo/.build-site/cache.json' ]"
check commit-made "[ \$(git -C '$repo' rev-list --count HEAD) = 1 ]"
cp -r "$repo/site" "$tmp/site-before"

# A broken glossary (a wrong tone) is refused, with the diagnostic; site/ is left alone.
sed -i 's/pinyin: zài dàikuǎn/pinyin: zài dàikuān/' "$repo/content/data/glossary.yml"
git -C "$repo" add -A
expect broken-glossary 1 git -C "$repo" commit -q -m "bad pinyin"
contains broken-glossary "content/data/glossary.yml:14:"
contains broken-glossary "commit refused"
check broken-glossary-no-commit "[ \$(git -C '$repo' rev-list --count HEAD) = 1 ]"
check broken-glossary-site-kept "diff -r '$tmp/site-before' '$repo/site' >/dev/null"
git -C "$repo" checkout -q HEAD -- content/data/glossary.yml

# A bad link is refused too.
sed -i 's|\[home\](../index.md)|[home](../no-such-page.md)|' "$repo/content/guide/intro.md"
git -C "$repo" add -A
expect broken-link 1 git -C "$repo" commit -q -m "bad link"
contains broken-link "content/guide/intro.md:12:"
contains broken-link "broken-link"
check broken-link-no-commit "[ \$(git -C '$repo' rev-list --count HEAD) = 1 ]"
git -C "$repo" checkout -q HEAD -- content/guide/intro.md

# What is checked is what is staged: a good staged edit with a broken unstaged one passes,
# and site/ shows the staged text, not the work tree's.
sed -i 's/^A footnote\./A staged footnote sentence./' "$repo/content/guide/intro.md"
git -C "$repo" add content/guide/intro.md
sed -i 's|\[home\](../index.md)|[home](../no-such-page.md)|' "$repo/content/guide/intro.md"
expect staged-checked 0 git -C "$repo" commit -q -m "staged edit"
contains staged-checked "rendered"
check staged-site "grep -q 'A staged footnote sentence.' '$repo/site/guide/intro/index.html'"
check staged-site-link "! grep -q 'no-such-page' '$repo/site/guide/intro/index.html'"
git -C "$repo" checkout -q -- content/guide/intro.md

# A deleted page's outputs leave site/ with the commit.
git -C "$repo" rm -q content/guide/data.zh.md
expect deleted-page 0 git -C "$repo" commit -q -m "drop a translation"
check deleted-page-fallback "grep -q '本页尚未译成中文' '$repo/site/zh/guide/data/index.html'"

# The existing hook's refusal still refuses.
touch "$repo/.refuse"
echo "more" >>"$repo/content/guide/intro.md"; git -C "$repo" add -A
expect existing-hook-refuses 1 git -C "$repo" commit -q -m "refused by the team's hook"
rm "$repo/.refuse"; git -C "$repo" reset -q --hard

# Uninstall puts the existing hook back, byte for byte; a second uninstall does nothing.
expect uninstall 0 "$bin" hooks uninstall --root "$repo"
contains uninstall "is the earlier hook again"
check uninstall-restores "cmp -s '$tmp/original-hook' '$repo/.git/hooks/pre-commit'"
check uninstall-removes-chain "[ ! -e '$repo/.git/hooks/pre-commit.pre-policysite' ]"
expect uninstall-again 0 "$bin" hooks uninstall --root "$repo"
contains uninstall-again "nothing to remove"

# --- A repository without a hook, the site in a subfolder, an installed binary -------------
repo2=$tmp/repo2
mkdir -p "$repo2"; git -C "$repo2" init -q -b main
cp -r "$here/Fixtures/sites/good" "$repo2/docs"
mkdir -p "$tmp/prefix/bin"; cp "$bin" "$tmp/prefix/bin/policysite"
expect installed-binary 0 "$tmp/prefix/bin/policysite" hooks install --root "$repo2/docs"
check installed-records "grep -qF \"policysite='$tmp/prefix/bin/policysite'\" '$repo2/.git/hooks/pre-commit'"
check subfolder "grep -qF \"site_folder='docs'\" '$repo2/.git/hooks/pre-commit'"
git -C "$repo2" add -A
expect subfolder-commit 0 git -C "$repo2" commit -q -m "docs site"
check subfolder-site "[ -f '$repo2/docs/site/guide/intro/index.html' ] && [ ! -e '$repo2/site' ]"
# The recorded binary gone (moved): the hook finds policysite on PATH.
mkdir -p "$tmp/path"; mv "$tmp/prefix/bin/policysite" "$tmp/path/policysite"
echo "edit" >>"$repo2/docs/content/guide/intro.md"; git -C "$repo2" add -A
expect path-fallback 0 env PATH="$tmp/path:$PATH" git -C "$repo2" commit -q -m "edit"
expect no-binary 1 env PATH="/usr/bin:/bin" git -C "$repo2" commit -q --allow-empty -m "no tool"
contains no-binary "cannot find policysite"
expect uninstall-alone 0 "$tmp/path/policysite" hooks uninstall --root "$repo2/docs"
check uninstall-alone-removes "[ ! -e '$repo2/.git/hooks/pre-commit' ]"

# --- Not a git repository; swift run ------------------------------------------------------
mkdir -p "$tmp/plain"
expect not-git 64 "$bin" hooks install --root "$tmp/plain"
contains not-git "not inside a git work tree"
if [ -f "$package/Package.swift" ] && command -v swift >/dev/null; then
    new_repo "$tmp/repo3"
    expect swift-run 0 swift run --package-path "$package" --skip-build policysite hooks install --root "$tmp/repo3"
    check swift-run-records "grep -q \"^policysite='.*/debug/policysite'\" '$tmp/repo3/.git/hooks/pre-commit'"
    git -C "$tmp/repo3" add -A
    expect swift-run-commit 0 git -C "$tmp/repo3" commit -q -m "site"
    check swift-run-site "[ -f '$tmp/repo3/site/index.html' ]"
fi

echo "hooks.sh: $passed passed, $failed failed"
[ "$failed" = 0 ]
