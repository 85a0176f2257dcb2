//! Any bytes, as a merchant might drop them: read, map, segment, then the requests the page
//! and a host make of the result. Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| segmenter_fuzz::read_and_segment(data));
