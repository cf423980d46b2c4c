//! Fuzz the library from raw bytes: decode as the command line does, run the
//! whole pipeline, and check the output contract's invariants (no panic,
//! valid JSON, every span inside the text and equal to its slice).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    // The decoder must never panic either; refused input (binary) is fine.
    let text = match depeche::input::decode(data) {
        Ok(d) => d.text,
        Err(_) => String::from_utf8_lossy(data).replace('\0', " "),
    };
    if let Err(e) = invariants::check_process(&text) {
        panic!("invariant broken: {e}\ninput: {text:?}");
    }
});
