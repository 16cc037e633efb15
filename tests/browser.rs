//! In-browser tests of the browser-only pieces (wasm-bindgen-test in headless
//! Chromium): local storage and its faults, and file downloads.
#![cfg(target_arch = "wasm32")]

use checkup::domain::assessment::{Answer, Assessment};
use checkup::web::download;
use checkup::web::storage::{self, StorageFault};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const KEY: &str = "checkup.test.assessment";

#[wasm_bindgen_test]
fn an_assessment_survives_a_save_and_load() {
    let mut a = Assessment::default();
    a.answers
        .insert("sec.backup.offline".into(), Answer::One("no".into()));
    a.answers.insert(
        "profile.data_subjects".into(),
        Answer::Many(vec!["customers".into(), "employees".into()]),
    );
    storage::save(KEY, &a).unwrap();
    let back: Option<Assessment> = storage::load(KEY).unwrap();
    assert_eq!(back, Some(a));
    storage::remove(KEY);
    assert_eq!(storage::load::<Assessment>(KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn unreadable_saved_data_is_reported_as_corrupt_and_kept() {
    storage::write_raw(KEY, "{\"format\": \"checkup-assess").unwrap();
    assert_eq!(storage::load::<Assessment>(KEY), Err(StorageFault::Corrupt));
    // The raw text is still there to be rescued.
    assert_eq!(
        storage::read_raw(KEY).unwrap().as_deref(),
        Some("{\"format\": \"checkup-assess")
    );
    storage::remove(KEY);
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_as_full() {
    // Fill local storage until the browser refuses even 1 KB more, then try to save.
    let mut n = 0;
    let mut size = 1024 * 1024;
    while size >= 1024 {
        let chunk = "x".repeat(size);
        while storage::write_raw(&format!("checkup.test.fill{n}"), &chunk).is_ok() {
            n += 1;
            assert!(n < 1000, "storage never filled up");
        }
        size /= 2;
    }
    let big = Assessment {
        created: "y".repeat(16 * 1024),
        ..Assessment::default()
    };
    assert_eq!(storage::save(KEY, &big), Err(StorageFault::Full));
    storage::clear_all();
    assert!(
        storage::save(KEY, &big).is_ok(),
        "after clearing, saving works again"
    );
    storage::clear_all();
}

#[wasm_bindgen_test]
fn clear_all_removes_only_this_apps_keys() {
    storage::write_raw("checkup.test.a", "1").unwrap();
    storage::write_raw("checkup.lang", "nl").unwrap();
    let other = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    other.set_item("someone-else", "keep").unwrap();
    storage::clear_all();
    assert!(storage::keys().is_empty());
    assert_eq!(
        other.get_item("someone-else").unwrap().as_deref(),
        Some("keep")
    );
    other.remove_item("someone-else").unwrap();
}

#[wasm_bindgen_test]
async fn a_download_blob_holds_the_exact_bytes_and_type() {
    let bytes = "Één café, Straße, 5 €".as_bytes();
    let blob = download::blob(bytes, "text/csv;charset=utf-8").unwrap();
    assert_eq!(blob.type_(), "text/csv;charset=utf-8");
    let buf = JsFuture::from(blob.array_buffer()).await.unwrap();
    assert_eq!(js_sys::Uint8Array::new(&buf).to_vec(), bytes);
    // Offering it as a download does not fail.
    download::save("test.csv", "text/csv;charset=utf-8", bytes).unwrap();
}
