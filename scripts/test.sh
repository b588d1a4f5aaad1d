#!/usr/bin/env bash
# Runs every test: unit tests, the differential corpus against CPython, the
# refusal, reproducibility, memory and CLI tests, then the differential
# corpus again with the garbage collector collecting at every safepoint.
set -euo pipefail
cd "$(dirname "$0")/.."
MOLT_PYTHON="$(python3 -c 'import sys; print(sys.executable)')"
export MOLT_PYTHON
cargo test --workspace
MOLT_GC_STRESS=1 cargo test -p molt --test differential
