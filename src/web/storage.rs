//! The browser's local storage, with its faults made explicit: storage can be
//! blocked (privacy settings, some embedded frames), full, or hold data that
//! no longer parses. Callers keep working in memory and tell the person.

use gloo_storage::{LocalStorage, Storage};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Every key this app writes starts with this prefix.
pub const PREFIX: &str = "checkup.";

/// What went wrong with storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageFault {
    /// The browser does not let this page use storage.
    Blocked,
    /// The storage quota is used up.
    Full,
    /// Saved data is there but cannot be read.
    Corrupt,
}

thread_local! {
    /// Whether storage is usable, once probed (it stays so for the page's life).
    static USABLE: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
}

/// Whether local storage can be used at all (it throws in some frames and
/// modes). Probed once, on first use; every later call reads the answer.
pub fn available() -> bool {
    if let Some(ok) = USABLE.with(std::cell::Cell::get) {
        return ok;
    }
    let ok = probe();
    USABLE.with(|u| u.set(Some(ok)));
    ok
}

/// Tries storage: a write (or, when it is full, a read of its size).
fn probe() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    match w.local_storage() {
        Ok(Some(s)) => {
            let probe = format!("{PREFIX}probe");
            let ok = s.set_item(&probe, "1").is_ok();
            let _ = s.remove_item(&probe);
            ok || s.length().is_ok()
        }
        _ => false,
    }
}

/// The raw text under `key`.
pub fn read_raw(key: &str) -> Result<Option<String>, StorageFault> {
    if !available() {
        return Err(StorageFault::Blocked);
    }
    Ok(LocalStorage::raw().get_item(key).ok().flatten())
}

/// Writes raw text under `key`.
pub fn write_raw(key: &str, value: &str) -> Result<(), StorageFault> {
    if !available() {
        return Err(StorageFault::Blocked);
    }
    LocalStorage::raw()
        .set_item(key, value)
        .map_err(|_| StorageFault::Full)
}

/// Reads and parses the JSON value under `key`.
pub fn load<T: DeserializeOwned>(key: &str) -> Result<Option<T>, StorageFault> {
    match read_raw(key)? {
        None => Ok(None),
        Some(raw) => serde_json::from_str(&raw)
            .map(Some)
            .map_err(|_| StorageFault::Corrupt),
    }
}

/// Saves a value as JSON under `key`.
pub fn save<T: Serialize>(key: &str, value: &T) -> Result<(), StorageFault> {
    if !available() {
        return Err(StorageFault::Blocked);
    }
    LocalStorage::set(key, value).map_err(|e| match e {
        gloo_storage::errors::StorageError::SerdeError(_) => StorageFault::Corrupt,
        _ => StorageFault::Full,
    })
}

pub fn remove(key: &str) {
    if available() {
        LocalStorage::delete(key);
    }
}

/// Removes every key of this app; other sites' and apps' keys stay.
pub fn clear_all() {
    if !available() {
        return;
    }
    let s = LocalStorage::raw();
    let len = s.length().unwrap_or(0);
    let keys: Vec<String> = (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for k in keys {
        let _ = s.remove_item(&k);
    }
}

/// The keys of this app now in storage.
pub fn keys() -> Vec<String> {
    if !available() {
        return vec![];
    }
    let s = LocalStorage::raw();
    let len = s.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect()
}
