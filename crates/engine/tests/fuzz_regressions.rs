//! The fuzzers' findings, kept: every input in `fuzz/regressions/<target>/` once crashed
//! the engine, and is replayed here with the fuzz target's own code (`fuzz/src/lib.rs`,
//! included as a module, so no libFuzzer is needed). Each must now run without a panic.
//!
//! The reading fixtures also go through the `every_request` target once each, so the
//! target's tour of every request stays runnable between fuzzing sessions.

#[path = "../../../fuzz/src/lib.rs"]
mod fuzz;

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `target` on every file in `dir` (none when it does not exist) and names the files
/// it panicked on.
fn panics(dir: &Path, target: fn(&[u8])) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    paths.sort();
    paths
        .into_iter()
        .filter(|path| path.is_file())
        .filter(|path| {
            let data = fs::read(path).unwrap();
            catch_unwind(AssertUnwindSafe(|| target(&data))).is_err()
        })
        .map(|path| path.display().to_string())
        .collect()
}

#[test]
fn every_input_that_once_crashed_runs_clean() {
    let regressions = repo().join("fuzz/regressions");
    let mut failed = panics(
        &regressions.join("read_and_segment"),
        fuzz::read_and_segment,
    );
    failed.extend(panics(
        &regressions.join("every_request"),
        fuzz::every_request,
    ));
    assert!(failed.is_empty(), "these inputs crash again: {failed:?}");
}

#[test]
fn every_reading_fixture_goes_through_every_request() {
    let failed = panics(&repo().join("tests/fixtures/read"), fuzz::every_request);
    assert!(failed.is_empty(), "these fixtures crash: {failed:?}");
}
