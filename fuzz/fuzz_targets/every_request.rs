//! A file, then a script of requests of every kind with plausible and implausible
//! parameters, answered as the page's worker answers them (see `segmenter_fuzz::every_request`
//! for the input's layout). Nothing may panic, and every reply must reach the page.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| segmenter_fuzz::every_request(data));
