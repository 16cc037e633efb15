//! The packs shipped in `questions/`, and loading a set of pack files.

use super::catalog::{Catalog, PackError, parse_pack};

/// The pack files in `questions/`, in the order they are loaded and asked.
pub const DEFAULT_FILES: [&str; 4] = ["common.json", "profile.json", "gdpr.json", "security.json"];

/// Parses and validates pack files given as `(file name, JSON text)`, in order.
/// Packs with problems are left out; their problems are returned.
pub fn load(files: &[(String, String)]) -> (Catalog, Vec<PackError>) {
    let mut errors = Vec::new();
    let mut packs = Vec::new();
    for (name, text) in files {
        match parse_pack(name, text) {
            Ok(p) => packs.push((name.clone(), p)),
            Err(e) => errors.push(e),
        }
    }
    let (catalog, mut more) = Catalog::build(packs);
    errors.append(&mut more);
    (catalog, errors)
}

/// The packs of `questions/` as compiled into a native program (the command line, tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn builtin_files() -> Vec<(String, String)> {
    vec![
        (
            "common.json".into(),
            include_str!("../../questions/common.json").into(),
        ),
        (
            "profile.json".into(),
            include_str!("../../questions/profile.json").into(),
        ),
        (
            "gdpr.json".into(),
            include_str!("../../questions/gdpr.json").into(),
        ),
        (
            "security.json".into(),
            include_str!("../../questions/security.json").into(),
        ),
    ]
}

/// The built-in catalogue (native only). Panics if a shipped pack is invalid,
/// which the pack tests rule out.
#[cfg(not(target_arch = "wasm32"))]
pub fn builtin() -> Catalog {
    let (catalog, errors) = load(&builtin_files());
    assert!(
        errors.is_empty(),
        "the shipped packs are invalid: {errors:?}"
    );
    catalog
}
