//! Shared-device mode, natively: the idle timeout's state machine with made-up times, and
//! turning the mode on and off and forgetting a person over in-memory stores that play the
//! tab's `sessionStorage` and the device's `localStorage`.

use std::rc::Rc;

use netwhy::model::backend::{Backend, MemoryBackend, StorageError};
use netwhy::model::idle::{Idle, Phase, IDLE_AFTER_MS, WARNING_FOR_MS};
use netwhy::model::language::LANGUAGE_KEY;
use netwhy::model::pack::PACK_KEY;
use netwhy::model::shared::{self, place, place_in, Place, FLAG_KEY, FLAG_ON};
use netwhy::model::store::{BACKUP_PREFIX, KEY};

/// The device's content pack in use, as kept (its text is not read here).
const PACK: &str = "{\"format\":1,\"pack\":{\"id\":\"nurses-lyon\"}}";

const T0: u64 = 1_764_000_000_000;
const SECOND: u64 = 1000;

#[test]
fn the_warning_comes_after_the_idle_time_and_counts_down_to_forgetting() {
    let mut idle = Idle::new(T0);
    assert_eq!(idle.tick(T0 + IDLE_AFTER_MS - 1, true), Phase::Active);
    assert!(!idle.warned());
    assert_eq!(
        idle.tick(T0 + IDLE_AFTER_MS, true),
        Phase::Warning { seconds_left: 60 }
    );
    assert!(idle.warned());
    assert_eq!(
        idle.tick(T0 + IDLE_AFTER_MS + 59 * SECOND + 1, true),
        Phase::Warning { seconds_left: 1 }
    );
    assert_eq!(
        idle.tick(T0 + IDLE_AFTER_MS + WARNING_FOR_MS, true),
        Phase::Forget
    );
    // Forgetting happens once; the clock starts again for the next person.
    assert_eq!(
        idle.tick(T0 + IDLE_AFTER_MS + WARNING_FOR_MS + SECOND, true),
        Phase::Active
    );
}

#[test]
fn input_before_the_warning_starts_the_wait_again() {
    let mut idle = Idle::new(T0);
    idle.input(T0 + 4 * 60 * SECOND);
    assert_eq!(idle.tick(T0 + IDLE_AFTER_MS + SECOND, true), Phase::Active);
    assert!(matches!(
        idle.tick(T0 + 4 * 60 * SECOND + IDLE_AFTER_MS, true),
        Phase::Warning { .. }
    ));
}

#[test]
fn only_im_still_here_answers_the_warning() {
    let mut idle = Idle::new(T0);
    let warned_at = T0 + IDLE_AFTER_MS + 10 * SECOND;
    assert_eq!(
        idle.tick(warned_at, true),
        Phase::Warning { seconds_left: 50 }
    );
    // A stray touch neither hides the warning nor stops the countdown.
    idle.input(warned_at + SECOND);
    assert_eq!(
        idle.tick(warned_at + 2 * SECOND, true),
        Phase::Warning { seconds_left: 48 }
    );
    idle.stay(warned_at + 3 * SECOND);
    assert!(!idle.warned());
    assert_eq!(
        idle.tick(warned_at + 3 * SECOND + IDLE_AFTER_MS - 1, true),
        Phase::Active
    );
    assert_eq!(
        idle.tick(warned_at + 3 * SECOND + IDLE_AFTER_MS, true),
        Phase::Warning { seconds_left: 60 }
    );
}

#[test]
fn with_nothing_to_forget_the_device_counts_as_in_use() {
    let mut idle = Idle::new(T0);
    assert_eq!(idle.tick(T0 + 10 * IDLE_AFTER_MS, false), Phase::Active);
    // Answering starts the wait from the moment there was something to forget.
    assert_eq!(
        idle.tick(T0 + 10 * IDLE_AFTER_MS + IDLE_AFTER_MS - 1, true),
        Phase::Active
    );
    // The person's answers went (say, they started over with none): no warning.
    let mut idle = Idle::new(T0);
    assert!(matches!(
        idle.tick(T0 + IDLE_AFTER_MS, true),
        Phase::Warning { .. }
    ));
    assert_eq!(idle.tick(T0 + IDLE_AFTER_MS + 1, false), Phase::Active);
    assert!(!idle.warned());
}

#[test]
fn a_device_asleep_past_the_warning_forgets_at_once() {
    let mut idle = Idle::new(T0);
    assert_eq!(idle.tick(T0 + 3_600_000, true), Phase::Forget);
}

#[test]
fn a_clock_that_goes_back_restarts_the_wait_instead_of_stopping_it() {
    let mut idle = Idle::new(T0);
    // Back an hour: from the new time on, the usual wait.
    let back = T0 - 3_600_000;
    assert_eq!(idle.tick(back, true), Phase::Active);
    assert_eq!(
        idle.tick(back + IDLE_AFTER_MS, true),
        Phase::Warning { seconds_left: 60 }
    );
    // Input at an earlier time while warned also counts.
    idle.input(back);
    assert_eq!(idle.tick(back + SECOND, true), Phase::Active);
    // A clock at zero (a broken Date.now) or at the end of time does not panic.
    let mut idle = Idle::new(0);
    assert_eq!(idle.tick(u64::MAX, true), Phase::Forget);
    assert_eq!(idle.tick(0, true), Phase::Active);
}

#[test]
fn only_the_exact_flag_turns_the_mode_on() {
    assert_eq!(place(Some(FLAG_ON)), Place::Tab);
    let long = "on".repeat(500_000);
    for other in [
        "",
        "ON",
        " on",
        "on ",
        "on\0",
        "true",
        "1",
        "off",
        long.as_str(),
    ] {
        assert_eq!(place(Some(other)), Place::Device, "{other:.20}");
    }
    assert_eq!(place(None), Place::Device);
}

/// A tab's storage with a person's answers and something set aside, beside the device's
/// storage with the owner's results, a content pack in use and a language chosen.
fn tab_and_device() -> (Rc<dyn Backend>, MemoryBackend) {
    let device = MemoryBackend::new();
    device.set(KEY, "{\"owner\":true}").unwrap();
    device.set(PACK_KEY, PACK).unwrap();
    device.set(LANGUAGE_KEY, "de").unwrap();
    let tab: Rc<dyn Backend> = Rc::new(MemoryBackend::new());
    shared::turn_on(tab.clone(), Some(&device)).unwrap();
    tab.set(KEY, "{\"person\":true}").unwrap();
    tab.set(&format!("{BACKUP_PREFIX}2026-12-01"), "{").unwrap();
    tab.set("seeded", "1").unwrap();
    (tab, device)
}

#[test]
fn forgetting_clears_the_person_but_keeps_the_mode_and_the_devices_storage() {
    let (tab, device) = tab_and_device();
    assert_eq!(place_in(&*tab), Place::Tab);
    shared::forget(tab.clone()).unwrap();
    assert_eq!(tab.get(KEY).unwrap(), None);
    let mut keys = tab.keys().unwrap();
    keys.sort();
    // The mode stays on, and so do the content pack and the language the facilitator set
    // up for the next person; keys that are not netwhy's are left alone.
    assert_eq!(keys, [LANGUAGE_KEY, PACK_KEY, FLAG_KEY, "seeded"]);
    assert_eq!(tab.get(PACK_KEY).unwrap().as_deref(), Some(PACK));
    assert_eq!(place_in(&*tab), Place::Tab);
    assert_eq!(
        device.get(KEY).unwrap().as_deref(),
        Some("{\"owner\":true}")
    );
}

#[test]
fn turning_on_starts_clean_and_turning_off_forgets_and_ends_the_mode() {
    let tab: Rc<dyn Backend> = Rc::new(MemoryBackend::new());
    tab.set(KEY, "{\"earlier\":true}").unwrap();
    tab.set(PACK_KEY, "{\"earlier\":true}").unwrap();
    shared::turn_on(tab.clone(), None).unwrap();
    assert_eq!(tab.get(KEY).unwrap(), None);
    // A device with no pack in use: none in the tab either, not an earlier one.
    assert_eq!(tab.get(PACK_KEY).unwrap(), None);
    assert_eq!(place_in(&*tab), Place::Tab);

    let (tab, device) = tab_and_device();
    // The tab took over the device's content pack and language, and nothing else of it.
    assert_eq!(tab.get(PACK_KEY).unwrap().as_deref(), Some(PACK));
    assert_eq!(tab.get(LANGUAGE_KEY).unwrap().as_deref(), Some("de"));
    shared::turn_off(tab.clone()).unwrap();
    assert_eq!(tab.keys().unwrap(), ["seeded"]);
    assert_eq!(place_in(&*tab), Place::Device);
    let mut kept = device.keys().unwrap();
    kept.sort();
    assert_eq!(kept, [KEY, LANGUAGE_KEY, PACK_KEY]);
}

/// A tab's storage that refuses writes (a blocked `sessionStorage`).
struct Refusing;

impl Backend for Refusing {
    fn get(&self, _: &str) -> Result<Option<String>, StorageError> {
        Ok(None)
    }
    fn set(&self, _: &str, _: &str) -> Result<(), StorageError> {
        Err(StorageError::Unavailable)
    }
    fn remove(&self, _: &str) -> Result<(), StorageError> {
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(Vec::new())
    }
}

/// A tab's storage that takes writes but forgets them at once.
struct Forgetful;

impl Backend for Forgetful {
    fn get(&self, _: &str) -> Result<Option<String>, StorageError> {
        Ok(None)
    }
    fn set(&self, _: &str, _: &str) -> Result<(), StorageError> {
        Ok(())
    }
    fn remove(&self, _: &str) -> Result<(), StorageError> {
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(Vec::new())
    }
}

#[test]
fn the_mode_is_not_turned_on_where_the_tab_cannot_keep_its_flag() {
    assert_eq!(
        shared::turn_on(Rc::new(Refusing), None),
        Err(StorageError::Unavailable)
    );
    assert!(shared::turn_on(Rc::new(Forgetful), None).is_err());
}
