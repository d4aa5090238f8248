//! The saving rules (`netwhy::saver`) over the in-memory backend, natively: a tab is the
//! reducer plus its saver, wired as the saving hook wires them in the browser, and two
//! tabs share one store as browser tabs share `localStorage`.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use netwhy::model::backend::{Backend, MemoryBackend, StorageError};
use netwhy::model::store::{self, Stored, BACKUP_PREFIX, KEY};
use netwhy::model::vault::{AssessmentStore, Loaded};
use netwhy::model::AnswerValue;
use netwhy::route::Route;
use netwhy::saver::Saver;
use netwhy::state::{Action, AppState, Erasing, Notice, Saving};
use yew::Reducible;

const NOW: &str = "2026-12-01T10:00:00.000Z";

/// A backend whose calls can be made to fail, one kind of call at a time.
#[derive(Clone, Default)]
struct Faulty {
    inner: MemoryBackend,
    fail: Rc<RefCell<BTreeSet<&'static str>>>,
}

impl Faulty {
    fn failing(&self, call: &'static str, on: bool) {
        let mut fail = self.fail.borrow_mut();
        if on {
            fail.insert(call);
        } else {
            fail.remove(call);
        }
    }

    fn check(&self, call: &'static str) -> Result<(), StorageError> {
        match self.fail.borrow().contains(call) {
            true => Err(StorageError::Full),
            false => Ok(()),
        }
    }
}

impl Backend for Faulty {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.check("get")?;
        self.inner.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.check("set")?;
        self.inner.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.check("remove")?;
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.check("keys")?;
        self.inner.keys()
    }
}

/// One tab: its state and its saver, as the saving hook connects them.
struct Tab {
    state: Rc<AppState>,
    saver: Saver<Rc<AppState>>,
}

impl Tab {
    fn open(backend: &Faulty) -> Tab {
        Tab::open_with(Ok(AssessmentStore::new(Rc::new(backend.clone()))))
    }

    fn open_with(store: Result<AssessmentStore, StorageError>) -> Tab {
        let (saver, loaded) = Saver::open(store, Box::new(|| NOW.to_owned()));
        let state = Rc::new(AppState::boot(loaded, Route::Welcome, NOW));
        Tab { state, saver }
    }

    /// Hands `action` to the reducer and runs the effects the change asks for.
    fn act(&mut self, action: Action) {
        let before = (self.state.revision, self.state.erased);
        self.state = self.state.clone().reduce(action);
        if self.state.revision != before.0 {
            self.saver.schedule(self.state.clone());
        }
        if self.state.erased != before.1 {
            let outcome = if self.state.forgetting {
                self.saver.forget()
            } else {
                self.saver.erase()
            };
            self.act(outcome);
        }
    }

    fn take(&mut self, actions: Vec<Action>) {
        for action in actions {
            self.act(action);
        }
    }

    fn answer(&mut self, item: &str, point: u8) {
        self.act(Action::Answer {
            item: item.into(),
            value: AnswerValue::Point(point),
            at: NOW.into(),
        });
    }

    /// The frame after a change was painted (or the page was hidden): write it.
    fn frame(&mut self) {
        let actions = self.saver.flush();
        self.take(actions);
    }

    /// The browser's `storage` event: another tab changed what is stored.
    fn event(&mut self) {
        let actions = self.saver.storage_changed();
        self.take(actions);
    }

    fn point(&self, item: &str) -> Option<u8> {
        self.state.session()?.answers.point(item)
    }
}

fn stored(backend: &Faulty) -> Option<Stored> {
    let text = backend.inner.get(KEY).expect("memory never fails")?;
    match store::decode(&text) {
        store::Decoded::Read(stored) => Some(stored),
        other => panic!("the stored text does not read back: {other:?}"),
    }
}

fn stored_point(backend: &Faulty, item: &str) -> Option<u8> {
    stored(backend)?.current?.answers.point(item)
}

#[test]
fn changes_wait_for_the_frame_and_one_write_covers_them_all() {
    let backend = Faulty::default();
    let mut tab = Tab::open(&backend);
    tab.answer("known_recognised", 4);
    let first_waiting = tab.saver.waiting();
    tab.answer("known_stand_for", 2);
    assert_eq!(first_waiting, Some(1));
    assert_eq!(tab.saver.waiting(), Some(2), "the newest change waits");
    assert_eq!(
        stored(&backend),
        None,
        "nothing is written before the frame"
    );

    tab.frame();
    assert_eq!(tab.saver.waiting(), None);
    assert_eq!(stored_point(&backend, "known_recognised"), Some(4));
    assert_eq!(stored_point(&backend, "known_stand_for"), Some(2));
    assert_eq!(tab.state.saving, Saving::Kept);
}

#[test]
fn a_change_waiting_is_written_when_the_page_is_hidden_and_answers_survive_a_reload() {
    let backend = Faulty::default();
    let mut tab = Tab::open(&backend);
    tab.answer("known_recognised", 5);
    // Hiding the page runs the same write at once, without waiting for a frame.
    tab.frame();
    let reopened = Tab::open(&backend);
    assert_eq!(reopened.point("known_recognised"), Some(5));
}

#[test]
fn a_write_over_another_tabs_save_is_refused_and_their_answers_are_taken_over() {
    let backend = Faulty::default();
    let (mut mine, mut theirs) = (Tab::open(&backend), Tab::open(&backend));
    theirs.answer("known_recognised", 1);
    theirs.frame();
    // This tab's change was waiting when the other tab saved; its event has not arrived.
    mine.answer("known_recognised", 5);
    mine.frame();
    assert_eq!(stored_point(&backend, "known_recognised"), Some(1));
    assert_eq!(mine.point("known_recognised"), Some(1));
    assert_eq!(mine.state.notices, vec![Notice::Conflict]);
    // The late event changes nothing more.
    mine.event();
    assert_eq!(mine.state.notices, vec![Notice::Conflict]);
    // The next change is written over the text now seen.
    mine.answer("known_stand_for", 3);
    mine.frame();
    assert_eq!(stored_point(&backend, "known_stand_for"), Some(3));
    assert_eq!(stored_point(&backend, "known_recognised"), Some(1));
}

#[test]
fn another_tabs_save_is_taken_over_and_a_change_waiting_here_is_written_first() {
    let backend = Faulty::default();
    let (mut mine, mut theirs) = (Tab::open(&backend), Tab::open(&backend));
    theirs.answer("known_recognised", 2);
    theirs.frame();
    mine.event();
    assert_eq!(mine.point("known_recognised"), Some(2));
    assert_eq!(mine.state.notices, vec![Notice::OtherTab]);

    // The other way round: a change waiting there is written before it looks.
    mine.answer("known_stand_for", 4);
    mine.frame();
    theirs.answer("stage", 1);
    theirs.event();
    assert_eq!(
        theirs.point("known_stand_for"),
        Some(4),
        "it took over this tab's save"
    );
    assert_eq!(theirs.state.notices, vec![Notice::Conflict]);
    assert_eq!(stored_point(&backend, "stage"), None);
}

#[test]
fn unreadable_data_is_set_aside_byte_for_byte_and_a_new_start_is_saved() {
    let backend = Faulty::default();
    let garbage = "{\"format\":1,\"current\":{\"answers\":\u{0}";
    backend.inner.set(KEY, garbage).expect("memory");
    let mut tab = Tab::open(&backend);
    assert_eq!(tab.state.notices, vec![Notice::SetAside]);
    assert_eq!(tab.state.saving, Saving::Kept);
    assert!(tab.state.unshown, "what was set aside can still be deleted");
    let backup = format!("{BACKUP_PREFIX}{NOW}");
    assert_eq!(
        backend.inner.get(&backup).expect("memory").as_deref(),
        Some(garbage)
    );
    assert_eq!(stored(&backend), None);

    tab.answer("stage", 2);
    tab.frame();
    assert_eq!(stored_point(&backend, "stage"), Some(2));
    assert_eq!(
        backend.inner.get(&backup).expect("memory").as_deref(),
        Some(garbage)
    );
}

#[test]
fn data_that_can_be_neither_read_nor_set_aside_is_never_written_over() {
    let backend = Faulty::default();
    backend.inner.set(KEY, "not json").expect("memory");
    backend.failing("set", true);
    let mut tab = Tab::open(&backend);
    assert_eq!(tab.state.saving, Saving::Frozen);
    assert!(
        tab.state.unshown,
        "what could not be read can still be deleted"
    );
    backend.failing("set", false);

    tab.answer("stage", 2);
    assert_eq!(
        tab.saver.waiting(),
        None,
        "a frozen tab keeps nothing to write"
    );
    tab.frame();
    assert_eq!(tab.point("stage"), Some(2), "the answer is still on screen");
    assert_eq!(
        backend.inner.get(KEY).expect("memory").as_deref(),
        Some("not json")
    );

    // Deleting everything is what the person asked for, even over that data.
    tab.act(Action::DeleteAll);
    assert_eq!(tab.state.erasing, Erasing::Done);
    assert!(!tab.state.unshown);
    assert_eq!(backend.inner.get(KEY).expect("memory"), None);
    tab.answer("stage", 3);
    tab.frame();
    assert_eq!(stored_point(&backend, "stage"), Some(3));
}

#[test]
fn storage_that_cannot_be_opened_keeps_answers_in_memory_and_says_so() {
    let mut tab = Tab::open_with(Err(StorageError::Unavailable));
    assert_eq!(tab.state.saving, Saving::NotKept(StorageError::Unavailable));
    tab.answer("stage", 2);
    tab.frame();
    tab.event();
    assert_eq!(tab.point("stage"), Some(2));
    assert_eq!(tab.state.saving, Saving::NotKept(StorageError::Unavailable));
    assert!(tab.state.notices.is_empty());
}

#[test]
fn a_refused_write_is_reported_and_the_next_one_that_succeeds_clears_it() {
    let backend = Faulty::default();
    let mut tab = Tab::open(&backend);
    backend.failing("set", true);
    tab.answer("stage", 2);
    tab.frame();
    assert_eq!(tab.state.saving, Saving::NotKept(StorageError::Full));
    backend.failing("set", false);
    tab.answer("stage", 3);
    tab.frame();
    assert_eq!(tab.state.saving, Saving::Kept);
    assert_eq!(stored_point(&backend, "stage"), Some(3));
}

#[test]
fn erasing_deletes_netwhys_keys_only_and_drops_the_change_waiting() {
    let backend = Faulty::default();
    backend.inner.set("other-app", "theirs").expect("memory");
    backend
        .inner
        .set(&format!("{BACKUP_PREFIX}earlier"), "old")
        .expect("memory");
    let mut tab = Tab::open(&backend);
    tab.answer("stage", 2);
    tab.frame();
    tab.answer("stage", 3);
    tab.act(Action::DeleteAll);
    tab.frame();
    assert_eq!(tab.state.erasing, Erasing::Done);
    assert!(tab.state.stored.is_empty());
    let keys = backend.inner.keys().expect("memory");
    assert_eq!(keys, vec!["other-app".to_owned()]);
}

#[test]
fn a_refused_erase_says_so_and_shows_what_is_still_stored() {
    let backend = Faulty::default();
    let mut tab = Tab::open(&backend);
    tab.answer("stage", 2);
    tab.frame();
    backend.failing("remove", true);
    tab.act(Action::DeleteAll);
    assert_eq!(tab.state.erasing, Erasing::Failed(StorageError::Full));
    assert_eq!(tab.point("stage"), Some(2), "what is still there is shown");
    assert_eq!(stored_point(&backend, "stage"), Some(2));
}

/// What can happen around "delete everything" in tab A while tab B has a change waiting:
/// A deletes; B's frame writes its change; B hears of A's delete; A hears of B's write.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Step {
    ADeletes,
    BFrame,
    BHearsDelete,
    AHearsWrite,
}

fn orders(steps: &[Step]) -> Vec<Vec<Step>> {
    if steps.is_empty() {
        return vec![Vec::new()];
    }
    let mut all = Vec::new();
    for (i, &first) in steps.iter().enumerate() {
        let mut rest = steps.to_vec();
        rest.remove(i);
        for mut tail in orders(&rest) {
            tail.insert(0, first);
            all.push(tail);
        }
    }
    all
}

#[test]
fn after_a_delete_in_any_tab_nothing_comes_back_whatever_the_order_of_events() {
    use Step::*;
    let all = orders(&[ADeletes, BFrame, BHearsDelete, AHearsWrite]);
    let position = |order: &[Step], step| order.iter().position(|s| *s == step);
    let possible: Vec<_> = all
        .into_iter()
        // An event is heard only after what caused it.
        .filter(|o| position(o, BHearsDelete) > position(o, ADeletes))
        .filter(|o| position(o, AHearsWrite) > position(o, BFrame))
        .collect();
    assert_eq!(possible.len(), 6);
    for order in possible {
        let backend = Faulty::default();
        let (mut a, mut b) = (Tab::open(&backend), Tab::open(&backend));
        b.answer("known_recognised", 5);
        b.frame();
        a.event();
        assert_eq!(a.point("known_recognised"), Some(5), "{order:?}");
        // B's next change is waiting for its frame when A deletes everything.
        b.answer("known_stand_for", 4);
        for step in &order {
            match step {
                ADeletes => a.act(Action::DeleteAll),
                BFrame => b.frame(),
                BHearsDelete => b.event(),
                AHearsWrite => a.event(),
            }
        }
        assert_eq!(stored(&backend), None, "{order:?}: nothing is stored");
        assert!(a.state.stored.is_empty(), "{order:?}: tab A holds nothing");
        assert!(b.state.stored.is_empty(), "{order:?}: tab B holds nothing");
        assert!(b.state.notices.contains(&Notice::Erased), "{order:?}");

        // Nothing is written again until the person answers something new, and then
        // only the new answer.
        b.frame();
        b.event();
        a.event();
        assert_eq!(stored(&backend), None, "{order:?}");
        b.answer("stage", 1);
        b.frame();
        assert_eq!(stored_point(&backend, "stage"), Some(1), "{order:?}");
        assert_eq!(
            stored_point(&backend, "known_recognised"),
            None,
            "{order:?}"
        );
        assert_eq!(stored_point(&backend, "known_stand_for"), None, "{order:?}");
    }
}

#[test]
fn a_tab_that_had_nothing_hears_of_a_delete_without_a_notice() {
    let backend = Faulty::default();
    let (mut a, mut b) = (Tab::open(&backend), Tab::open(&backend));
    a.answer("stage", 2);
    a.frame();
    a.act(Action::DeleteAll);
    b.event();
    assert!(b.state.notices.is_empty());
    assert!(matches!(
        Saver::<Rc<AppState>>::open(
            Ok(AssessmentStore::new(Rc::new(backend.clone()))),
            Box::new(|| NOW.to_owned())
        )
        .1,
        Ok(Loaded::Empty)
    ));
}
