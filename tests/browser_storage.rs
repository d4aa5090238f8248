//! Browser tests of the storage adapter, run in headless Chromium by `wasm-bindgen-test`:
//! the browser's storages behave as the [`Backend`] the saving rules are written against.
#![cfg(target_arch = "wasm32")]

use netwhy::model::backend::{Backend, StorageError};
use netwhy::storage::{BrowserStorage, Kind};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const KEY: &str = "netwhy-test/round-trip";

#[wasm_bindgen_test]
fn a_stored_value_reads_back_exactly_and_can_be_removed() {
    let store = BrowserStorage::open(Kind::Local).expect("local storage is available");
    let value = "{\"answers\":{\"why-known-1\":4},\"note\":\"ümlaut ✓\"}";
    store.set(KEY, value).expect("write succeeds");
    assert_eq!(
        store.get(KEY).expect("read succeeds").as_deref(),
        Some(value)
    );

    // A second handle sees the same data: it lives in the browser, not in the handle.
    let again = BrowserStorage::open(Kind::Local).expect("opens twice");
    assert_eq!(
        again.get(KEY).expect("read succeeds").as_deref(),
        Some(value)
    );

    assert!(store.keys().expect("keys").iter().any(|k| k == KEY));

    // The tab's own storage is another place: it does not see the local value.
    let session = BrowserStorage::open(Kind::Session).expect("session storage is available");
    assert_eq!(session.get(KEY).expect("read succeeds"), None);
    session.set(KEY, "this tab only").expect("write succeeds");
    assert_eq!(
        store.get(KEY).expect("read succeeds").as_deref(),
        Some(value)
    );
    session.remove(KEY).expect("remove succeeds");

    store.remove(KEY).expect("remove succeeds");
    assert_eq!(store.get(KEY).expect("read succeeds"), None);
}

#[wasm_bindgen_test]
fn a_write_past_the_quota_is_reported_as_full_not_a_panic() {
    let store = BrowserStorage::open(Kind::Local).expect("local storage is available");
    // Browsers allow about 5 MB per origin; 12 MB in one value cannot fit.
    let huge = "x".repeat(12 * 1024 * 1024);
    let result = store.set("netwhy-test/huge", &huge);
    assert_eq!(result, Err(StorageError::Full));
    assert_eq!(store.get("netwhy-test/huge").expect("read succeeds"), None);
}

mod assessment {
    use std::rc::Rc;

    use netwhy::model::backend::Backend;
    use netwhy::model::store::{decode, Decoded, Session, Stored, Unreadable, KEY};
    use netwhy::model::vault::{AssessmentStore, Loaded, SaveError};
    use netwhy::storage::{BrowserStorage, Kind};
    use wasm_bindgen_test::*;

    const NOW: &str = "2025-01-31T09:00:00.000Z";

    fn open() -> AssessmentStore {
        let local = BrowserStorage::open(Kind::Local).expect("local storage is available");
        AssessmentStore::new(Rc::new(local))
    }

    fn clear() -> BrowserStorage {
        let raw = BrowserStorage::open(Kind::Local).expect("local storage is available");
        raw.remove(KEY).expect("remove succeeds");
        for attempt in ["", ".2", ".3"] {
            let key = format!("netwhy.unreadable.{NOW}{attempt}");
            raw.remove(&key).expect("remove succeeds");
        }
        raw
    }

    #[wasm_bindgen_test]
    fn unreadable_data_is_kept_byte_for_byte_under_a_backup_key() {
        let raw = clear();
        let garbage = "{\"format\":1,\"current\":{\"answers\":\u{0}ümlaut";
        raw.set(KEY, garbage).expect("write succeeds");
        let store = open();

        let loaded = store.load(NOW).expect("loads");
        let Loaded::SetAside { backup, reason } = loaded else {
            panic!("expected the data to be set aside, got {loaded:?}");
        };
        assert!(matches!(reason, Unreadable::NotJson(_)), "{reason:?}");
        assert_eq!(backup, format!("netwhy.unreadable.{NOW}"));
        assert_eq!(raw.get(&backup).expect("read").as_deref(), Some(garbage));
        assert_eq!(raw.get(KEY).expect("read"), None);

        // Setting aside again at the same moment never overwrites the first copy.
        raw.set(KEY, "{\"format\":99}").expect("write succeeds");
        let again = store.load(NOW).expect("loads");
        let Loaded::SetAside {
            backup: second,
            reason,
        } = again
        else {
            panic!("expected the data to be set aside, got {again:?}");
        };
        assert_eq!(reason, Unreadable::Newer(99));
        assert_eq!(second, format!("netwhy.unreadable.{NOW}.2"));
        assert_eq!(raw.get(&backup).expect("read").as_deref(), Some(garbage));
        assert_eq!(
            raw.get(&second).expect("read").as_deref(),
            Some("{\"format\":99}")
        );
        clear();
    }

    #[wasm_bindgen_test]
    fn a_save_reads_back_and_never_overwrites_what_another_tab_wrote_since() {
        let raw = clear();
        let store = open();
        assert_eq!(store.load(NOW).expect("loads"), Loaded::Empty);

        let mut stored = Stored::new();
        stored.current = Some(Session::start(NOW));
        let written = store.save(&stored, None, NOW).expect("first save");
        assert_eq!(decode(&written), Decoded::Read(stored.clone()));
        assert_eq!(
            store.load(NOW).expect("loads"),
            Loaded::Read(stored.clone())
        );

        // Another tab writes newer answers; this tab's next save must not replace them.
        let mut theirs = stored.clone();
        if let Some(c) = theirs.current.as_mut() {
            c.updated = "2025-01-31T09:05:00.000Z".into();
        }
        raw.set(KEY, &netwhy::model::store::encode(&theirs))
            .expect("write succeeds");
        let mut mine = stored.clone();
        mine.current = None;
        match store.save(&mine, Some(&written), NOW) {
            Err(SaveError::Changed(found)) => assert_eq!(*found, Loaded::Read(theirs.clone())),
            other => panic!("expected the newer data to be reported, got {other:?}"),
        }
        assert_eq!(store.load(NOW).expect("loads"), Loaded::Read(theirs));
        clear();
    }

    #[wasm_bindgen_test]
    fn erasing_removes_the_data_and_what_was_set_aside_but_nothing_else() {
        let raw = clear();
        raw.set(KEY, "{\"format\":1,\"history\":[]}")
            .expect("write succeeds");
        let aside = format!("netwhy.unreadable.{NOW}");
        raw.set(&aside, "garbage").expect("write succeeds");
        raw.set("other-app", "theirs").expect("write succeeds");
        let store = open();

        store.erase().expect("erases");
        assert_eq!(raw.get(KEY).expect("read"), None);
        assert_eq!(raw.get(&aside).expect("read"), None);
        assert_eq!(
            raw.get("other-app").expect("read").as_deref(),
            Some("theirs")
        );
        assert_eq!(store.load(NOW).expect("loads"), Loaded::Empty);
        raw.remove("other-app").expect("remove succeeds");
    }
}
