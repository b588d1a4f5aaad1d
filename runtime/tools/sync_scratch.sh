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
sed -e 's/strmethods::str_methods/molt_runtime::objects::str_methods/g' $S/strmethods/tests/cpython_vectors.rs > $T/str_methods_vectors.rs
sed -i -e 's#"data/#"str_methods_data/#' $T/str_methods_vectors.rs
