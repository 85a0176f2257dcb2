//! The engine's folders follow the data flow, and imports point upstream only: a folder may
//! use the folders before it in [`FLOW`], never one after it. (Cycles between files within
//! a folder are checked by `import_cycles.py` in `scripts/test`.)

use std::fs;
use std::path::{Path, PathBuf};

/// The engine's top-level folders, upstream first: the order of `src/lib.rs`.
const FLOW: [&str; 12] = [
    "basics",
    "reading",
    "roles",
    "shop",
    "features",
    "prediction",
    "segmentation",
    "insight",
    "campaigns",
    "export",
    "store",
    "session",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The source without its test module (tests may use anything).
fn without_tests(source: &str) -> &str {
    source
        .find("#[cfg(test)]")
        .map_or(source, |at| &source[..at])
}

#[test]
fn imports_point_upstream_only() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let rank = |folder: &str| FLOW.iter().position(|f| *f == folder);
    let mut downstream = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        let folder = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        let Some(own) = rank(&folder) else { continue };
        let source = fs::read_to_string(file).unwrap();
        for (i, _) in without_tests(&source).match_indices("crate::") {
            let used: String = source[i + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if rank(&used).is_some_and(|r| r > own) {
                downstream.push(format!("{} uses crate::{used}", relative.display()));
            }
        }
    }
    assert!(
        downstream.is_empty(),
        "imports against the flow: {downstream:#?}"
    );
}

#[test]
fn every_folder_is_declared_and_described_in_flow_order() {
    let lib = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let described: Vec<usize> = FLOW
        .iter()
        .map(|f| {
            lib.find(&format!("[`{f}`]"))
                .unwrap_or_else(|| panic!("src/lib.rs does not describe {f}"))
        })
        .collect();
    assert!(
        described.windows(2).all(|w| w[0] < w[1]),
        "src/lib.rs describes the folders out of flow order"
    );
    for f in FLOW {
        assert!(
            lib.contains(&format!("pub mod {f};")),
            "{f} is not declared"
        );
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in fs::read_dir(&src).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        let name = name.trim_end_matches(".rs");
        assert!(
            name == "lib" || FLOW.contains(&name),
            "src/{name} is not in the flow"
        );
    }
}
