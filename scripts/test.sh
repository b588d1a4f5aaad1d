#!/usr/bin/env bash
# Runs every test: unit tests, the differential corpus against CPython, the
# refusal, reproducibility and memory tests. (The GC-stress run of the corpus,
# MOLT_GC_STRESS=1 cargo test -p molt --test differential, joins CI once it is
# green.)
set -euo pipefail
cd "$(dirname "$0")/.."
MOLT_PYTHON="$(python3 -c 'import sys; print(sys.executable)')"
export MOLT_PYTHON
cargo test --workspace
