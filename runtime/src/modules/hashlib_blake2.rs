//! BLAKE2b and BLAKE2s contexts with every sequential-mode parameter
//! `hashlib` takes (digest size, key, salt, person), built on the
//! `blake2` crate's compression cores. (The crate's own run-time-size
//! wrapper cannot start from a parameter block, hence this one.)

use blake2::digest::block_buffer::{BlockBuffer, Lazy};
use blake2::digest::core_api::{UpdateCore, VariableOutputCore};
use blake2::digest::typenum::{U128, U64};
use blake2::{Blake2bVarCore, Blake2sVarCore};

macro_rules! keyed {
    ($name:ident, $core:ty, $block:ty, $block_len:expr) => {
        /// A running hash: the core and the not yet compressed tail.
        #[derive(Clone)]
        pub struct $name {
            core: $core,
            buffer: BlockBuffer<$block, Lazy>,
            size: usize,
        }

        impl $name {
            /// The caller checks the lengths against CPython's limits
            /// (the crate asserts them).
            pub fn new(size: usize, key: &[u8], salt: &[u8], person: &[u8]) -> $name {
                let mut h = $name {
                    core: <$core>::new_with_params(salt, person, key.len(), size),
                    buffer: Default::default(),
                    size,
                };
                if !key.is_empty() {
                    // A key is hashed as a first block of its own.
                    let mut block = [0u8; $block_len];
                    block[..key.len()].copy_from_slice(key);
                    h.update(&block);
                }
                h
            }

            pub fn update(&mut self, data: &[u8]) {
                let core = &mut self.core;
                self.buffer
                    .digest_blocks(data, |blocks| core.update_blocks(blocks));
            }

            pub fn size(&self) -> usize {
                self.size
            }

            /// The digest so far (the context keeps running).
            pub fn digest(&self) -> Vec<u8> {
                let mut copy = self.clone();
                let mut full = Default::default();
                copy.core
                    .finalize_variable_core(&mut copy.buffer, &mut full);
                full[..self.size].to_vec()
            }
        }
    };
}

keyed!(Blake2b, Blake2bVarCore, U128, 128);
keyed!(Blake2s, Blake2sVarCore, U64, 64);

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn matches_cpython_with_and_without_parameters() {
        let mut h = Blake2b::new(16, b"", b"", b"");
        h.update(b"abc");
        assert_eq!(hex(&h.digest()), "cf4ab791c62b8d2b2109c90275287816");
        let mut k = Blake2s::new(32, b"", b"", b"");
        k.update(b"abc");
        assert_eq!(
            hex(&k.digest()),
            "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982"
        );
    }
}
