#!/usr/bin/env bash
# bench/fix-corpus.sh CORPUS_DIR — proves `translint check --fix` on a copy of a corpus
# (e.g. make-corpus.sh OUT medium) changes only the spans it reports:
#   1. --fix-dry-run prints a unified diff;  2. --fix writes the fixes;
#   3. the dry-run diff applied (git apply) to a fresh copy gives exactly the fixed tree;
#   4. a second check reports how many safe-fix findings remain.
set -euo pipefail
corpus="${1:?usage: fix-corpus.sh CORPUS_DIR}"
tool="$(cd "$(dirname "$0")/.." && pwd)/bin/translint.js"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$corpus" "$work/fixed"
(cd "$work/fixed" && git init -q && git add -A && git -c user.name=bench -c user.email=bench@localhost commit -qm base)
cp -r "$work/fixed" "$work/applied"
cd "$work/fixed"
node "$tool" check . --meaning off --format json -o "$work/before.json" 2>/dev/null || true
node "$tool" check . --meaning off --fix-dry-run > "$work/fixes.diff" 2>/dev/null || true
node "$tool" check . --meaning off --fix --format json -o /dev/null 2> "$work/fix.log" || true
cat "$work/fix.log" >&2
(cd "$work/applied" && git apply "$work/fixes.diff")
if diff -r -q -x .git "$work/fixed" "$work/applied"; then echo "dry-run diff == files written by --fix"; else echo "MISMATCH between --fix-dry-run and --fix"; exit 1; fi
node "$tool" check . --meaning off --format json -o "$work/after.json" 2>/dev/null || true
node -e '
const [b, a] = process.argv.slice(1).map((f) => require(f));
const safe = (r) => r.findings.filter((f) => f.fix && f.fix.safe).length;
console.log(`findings: ${b.findings.length} before, ${a.findings.length} after; with a safe fix: ${safe(b)} before, ${safe(a)} after`);
' "$work/before.json" "$work/after.json"
git -C "$work/fixed" diff --shortstat
