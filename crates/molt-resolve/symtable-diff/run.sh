#!/usr/bin/env bash
# Compares molt-resolve with CPython 3.11's symtable on every case here.
# Usage: crates/molt-resolve/symtable-diff/run.sh   (needs python3.11 on PATH)
# Prints nothing but "done" when every binding, parameter and error agrees.
set -u
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../../.." || exit 1
bin=$(cargo test -q -p molt-resolve --no-run --message-format=json 2>/dev/null |
  grep -o '"executable":"[^"]*molt_resolve-[^"]*"' | tail -1 | cut -d'"' -f4)
cd "$here/cases" || exit 1
for f in *.py; do
  py=$(python3 ../dump.py "$f")
  rs=$(MOLT_RESOLVE_DUMP=$f "$bin" dump_for_diff --ignored --nocapture 2>/dev/null |
    sed -n '/<<</,/>>>/p' | sed '1d;$d')
  if [[ "$py" == ERROR* ]]; then
    grep -qxF "$py" <<<"$rs" || echo "### $f: python=[$py] molt=[$rs]"
  elif [ "$py" != "$rs" ]; then
    echo "### $f"; diff <(echo "$py") <(echo "$rs")
  fi
done
echo done
