//! Bytes dropped in as a photo: decoded with the same limits as the editor and the
//! exports. Errors are fine; panics and runaway memory are not.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let bytes: Arc<[u8]> = data.into();
    let _ = placard::layout::decode_image("fuzz.img", &bytes);
});
