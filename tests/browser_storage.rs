//! Browser tests of the storage adapter, run in headless Chromium by `wasm-bindgen-test`.
#![cfg(target_arch = "wasm32")]

use netwhy::storage::{LocalStore, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const KEY: &str = "netwhy-test/round-trip";

#[wasm_bindgen_test]
fn a_stored_value_reads_back_exactly_and_can_be_removed() {
    let store = LocalStore::open().expect("local storage is available in the test browser");
    let value = "{\"answers\":{\"why-known-1\":4},\"note\":\"ümlaut ✓\"}";
    store.set(KEY, value).expect("write succeeds");
    assert_eq!(
        store.get(KEY).expect("read succeeds").as_deref(),
        Some(value)
    );

    // A second handle sees the same data: it lives in the browser, not in the handle.
    let again = LocalStore::open().expect("opens twice");
    assert_eq!(
        again.get(KEY).expect("read succeeds").as_deref(),
        Some(value)
    );

    store.remove(KEY).expect("remove succeeds");
    assert_eq!(store.get(KEY).expect("read succeeds"), None);
}

#[wasm_bindgen_test]
fn a_write_past_the_quota_is_reported_as_full_not_a_panic() {
    let store = LocalStore::open().expect("local storage is available in the test browser");
    // Browsers allow about 5 MB per origin; 12 MB in one value cannot fit.
    let huge = "x".repeat(12 * 1024 * 1024);
    let result = store.set("netwhy-test/huge", &huge);
    assert_eq!(result, Err(StorageError::Full));
    assert_eq!(store.get("netwhy-test/huge").expect("read succeeds"), None);
}
