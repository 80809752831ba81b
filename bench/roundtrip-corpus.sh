#!/usr/bin/env bash
# bench/roundtrip-corpus.sh CORPUS_DIR — `translint cat` every PO file of a make-corpus.sh corpus
# and compare the output with the input byte for byte. Prints "N passed, M failed".
set -euo pipefail
corpus="${1:?usage: roundtrip-corpus.sh CORPUS_DIR}"
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
passed=0; failed=0
while IFS= read -r -d '' file; do
  if node "$here/bin/translint.js" cat "$file" "$out/x" && cmp -s "$file" "$out/x"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); echo "FAIL $file" >&2
  fi
done < <(find "$corpus" -name '*.po' -print0 | sort -z)
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
