//! Fuzzes `molt-regex` (the engine behind `re`): compiling any pattern,
//! str or bytes, with any flags, must either succeed or return an error,
//! never panic; a compiled pattern is then run (search, match, fullmatch,
//! the empty-match rule of findall) over a short subject, and replacement
//! templates are parsed. Runs get a step budget so catastrophic patterns
//! (exponential in CPython too) do not stall the fuzzer.

#![no_main]

use libfuzzer_sys::fuzz_target;
use molt_regex::{template, Anchor, Cache, Regex, Unicode};

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let flags = (data[0] as u32) & (2 | 8 | 16 | 64 | 256);
    let bytes_mode = data[1] & 1 == 1;
    let rest = &data[2..];
    let split = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
    let (pat, subj) = (&rest[..split], rest.get(split + 1..).unwrap_or(&[]));
    let (points, text): (Vec<u32>, Vec<u8>) = if bytes_mode {
        (pat.iter().map(|&b| b as u32).collect(), subj.to_vec())
    } else {
        let p = String::from_utf8_lossy(pat);
        let s = String::from_utf8_lossy(subj);
        (p.chars().map(|c| c as u32).collect(), s.as_bytes().to_vec())
    };
    let Ok(re) = Regex::new(&points, bytes_mode, flags, Unicode::std()) else {
        return;
    };
    let mut cache = Cache::new();
    let end = text.len();
    for anchor in [None, Some(Anchor::Start), Some(Anchor::Full)] {
        cache.step_limit = 200_000;
        cache.exceeded = false;
        if re.exec(&text, 0, end, anchor, false, &mut cache) {
            let (s, e) = (cache.regs[0], cache.regs[1]);
            assert!(s <= e && e <= end);
            let _ = re.lastindex(&cache);
        }
    }
    // findall's loop: each search starts where the last match ended.
    let mut at = 0;
    let mut not_empty = false;
    for _ in 0..64 {
        cache.step_limit = 200_000;
        cache.exceeded = false;
        if at > end || !re.exec(&text, at, end, None, not_empty, &mut cache) {
            break;
        }
        let (s, e) = (cache.regs[0], cache.regs[1]);
        assert!(at <= s && s <= e && e <= end);
        assert!(!(not_empty && s == at && e == at));
        not_empty = s == e;
        at = e;
    }
    let _ = template::parse(&points, bytes_mode, re.groups - 1, &re.names);
});
