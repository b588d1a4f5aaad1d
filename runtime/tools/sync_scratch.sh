#!/bin/sh
# Copies the helpers' pure modules from /work/scratch into the runtime.
# Re-run when a helper updates its crate; the runtime-side glue lives elsewhere.
set -e
R=/work/main/runtime/src
S=/work/scratch
mkdir -p $R/objects/str_methods $R/format
cp $S/strmethods/src/str_methods.rs $R/objects/str_methods.rs
cp $S/strmethods/src/str_methods/unicode_data.rs $R/objects/str_methods/unicode_data.rs
for f in dtoa error format parse percent round spec strrepr unicode tests vectors; do
  [ -f $S/numfmt/src/$f.rs ] && sed -e 's/crate::/crate::format::/g' $S/numfmt/src/$f.rs > $R/format/$f.rs
done
sed -e "s/crate::/crate::format::/g" -e "s/^pub mod format;/#[allow(clippy::module_inception)]\npub mod format;/" $S/numfmt/src/lib.rs > $R/format/mod.rs
cp $S/tables/src/hash.rs $R/hash.rs
sed -e 's/crate::hash/crate::hash/g' $S/tables/src/dict_table.rs > $R/objects/dict_table.rs
cp $S/tables/src/set_table.rs $R/objects/set_table.rs
sed -i -e 's/super::super::hash/crate::hash/' $R/objects/set_table.rs
# Integration tests, pointed at the runtime crate.
T=/work/main/runtime/tests
mkdir -p $T/str_methods_data
cp -r $S/strmethods/tests/data/. $T/str_methods_data/
# (A unit-test module, not an integration test: the library defines the C
# `main`, which a test harness binary cannot link beside its own.)
sed -e 's/strmethods::str_methods/crate::objects::str_methods/g' -e 's#"data/#"../../tests/str_methods_data/#' $S/strmethods/tests/cpython_vectors.rs > $R/objects/str_methods_vectors.rs
# numeric: the helper's modules, with the runtime's operator dispatch
# (`numeric/ops.rs`, not from the helper) added to its module list.
# Their numeric constants (Lanczos coefficients, erf series, ...) are
# written with full published precision on purpose.
mkdir -p $R/numeric/testdata
cp $S/numeric/src/numeric/testdata/vectors.txt $R/numeric/testdata/vectors.txt
cp $S/numeric/src/numeric/vector_tests.rs $R/numeric/vector_tests.rs
for f in int_ops float_ops math; do
  { printf '#![allow(clippy::excessive_precision, clippy::approx_constant)]\n'; cat $S/numeric/src/numeric/$f.rs; } > $R/numeric/$f.rs
done
{ cat $S/numeric/src/numeric/mod.rs; printf '\n/// Operator dispatch over `Num` operands (runtime-side glue).\npub mod ops;\npub use ops::*;\n'; } > $R/numeric/mod.rs

# Keep the copies in the runtime's formatting.
(cd /work/main && cargo fmt -p molt-runtime)
