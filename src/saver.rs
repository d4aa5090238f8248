//! The saving rules of one tab, over any storage [`Backend`](crate::model::backend::Backend):
//! which change is written and when, what happens when another tab saved or deleted
//! everything in between, and deleting everything.
//!
//! - A change waits ([`Saver::schedule`]) until the frame that shows it has been painted
//!   and is then written ([`Saver::flush`]); later changes replace the one waiting, so one
//!   write covers them all. A change still waiting is written at once when the page is
//!   hidden or closed, and before anything else reads or replaces what is stored.
//! - A write goes ahead only over the text this tab last read or wrote. Otherwise another
//!   tab saved (this tab takes over what it saved) or deleted everything (this tab lets go
//!   of its answers too, and writes nothing until the person answers again).
//! - Deleting everything drops the change waiting, so nothing deleted comes back.
//!
//! Pure: the caller owns the clock, the frames and the browser's events, and hands the
//! [`Action`]s returned here to the reducer. Tested natively over the in-memory backend.

use std::cell::RefCell;
use std::ops::Deref;

use crate::model::backend::StorageError;
use crate::model::vault::{AssessmentStore, Loaded, SaveError};
use crate::state::{Action, AppState, Notice, Saving};

/// Where the time comes from: ISO 8601 text, e.g. the browser's clock.
pub type Clock = Box<dyn Fn() -> String>;

/// Owns the writes of one tab. `S` is how the tab holds its state (the reducer's handle
/// in the browser, an `Rc` in tests).
pub struct Saver<S> {
    store: Option<AssessmentStore>,
    clock: Clock,
    /// The text this tab last read or wrote: a write goes ahead only if storage still
    /// holds it, otherwise another tab saved or deleted in between.
    last: RefCell<Option<String>>,
    /// The newest state not written yet.
    pending: RefCell<Option<S>>,
}

impl<S: Deref<Target = AppState>> Saver<S> {
    /// Opens `store` (or remembers why it could not be opened) and reads what it holds.
    /// Returns the saver and what was found, for [`AppState::boot`].
    pub fn open(
        store: Result<AssessmentStore, StorageError>,
        clock: Clock,
    ) -> (Self, Result<Loaded, StorageError>) {
        let loaded = store
            .as_ref()
            .map_err(Clone::clone)
            .and_then(|s| s.load(&clock()));
        let store = store.ok();
        let raw = store.as_ref().and_then(|s| s.raw().ok().flatten());
        let saver = Self {
            store,
            clock,
            last: RefCell::new(raw),
            pending: RefCell::new(None),
        };
        (saver, loaded)
    }

    /// The revision of the change waiting to be written, if any.
    pub fn waiting(&self) -> Option<u64> {
        self.pending.borrow().as_ref().map(|state| state.revision)
    }

    /// Keeps `state` to be written. Returns true when nothing was waiting before: the
    /// caller then asks for [`Self::flush`] after the next frame (or at once, in a page
    /// that is not shown). A tab that must not write (frozen) keeps nothing.
    pub fn schedule(&self, state: S) -> bool {
        if state.saving == Saving::Frozen {
            return false;
        }
        self.pending.replace(Some(state)).is_none()
    }

    /// Writes the change waiting, if any, and returns what the reducer must hear.
    pub fn flush(&self) -> Vec<Action> {
        let state = self.pending.borrow_mut().take();
        match (state, self.store.as_ref()) {
            (Some(state), Some(store)) => self.write(store, &state),
            // Storage could not be opened at start; the notice already says so.
            _ => Vec::new(),
        }
    }

    fn write(&self, store: &AssessmentStore, state: &AppState) -> Vec<Action> {
        let expected = self.last.borrow().clone();
        match store.save(&state.stored, expected.as_deref(), &(self.clock)()) {
            Ok(text) => {
                self.seen(Some(text));
                match state.saving {
                    Saving::Kept => Vec::new(),
                    _ => vec![Action::Saved],
                }
            }
            Err(SaveError::Storage(error)) => vec![Action::SaveFailed(error)],
            Err(SaveError::Changed(loaded)) => {
                self.seen(store.raw().ok().flatten());
                let notice = match *loaded {
                    Loaded::Empty => Notice::Erased,
                    _ => Notice::Conflict,
                };
                vec![Action::Adopt {
                    loaded: *loaded,
                    notice,
                }]
            }
        }
    }

    /// Another tab changed what is stored (the browser's `storage` event). The change
    /// waiting here is written first (or found in conflict); then this tab takes over
    /// what storage holds *now*, whatever the event carried, so events that arrive late
    /// or out of order cannot bring back what was deleted.
    pub fn storage_changed(&self) -> Vec<Action> {
        let Some(store) = self.store.as_ref() else {
            return Vec::new();
        };
        let mut actions = self.flush();
        if actions.iter().any(|a| matches!(a, Action::Adopt { .. })) {
            return actions;
        }
        let Ok(current) = store.raw() else {
            return actions;
        };
        if current == *self.last.borrow() {
            return actions;
        }
        let (loaded, notice) = match &current {
            None => (Loaded::Empty, Notice::Erased),
            Some(text) => (store.interpret(text, &(self.clock)()), Notice::OtherTab),
        };
        self.seen(store.raw().ok().flatten());
        actions.push(Action::Adopt { loaded, notice });
        actions
    }

    /// Deletes everything netwhy keeps in the store, dropping the change waiting.
    pub fn erase(&self) -> Action {
        self.remove(AssessmentStore::erase, Action::Erased)
    }

    /// Deletes the person's answers and results from the store (on a shared device, for the
    /// next person), keeping the content pack and language in use; drops the change waiting.
    pub fn forget(&self) -> Action {
        self.remove(AssessmentStore::forget_answers, Action::Forgotten)
    }

    fn remove(
        &self,
        how: fn(&AssessmentStore) -> Result<(), StorageError>,
        done: Action,
    ) -> Action {
        self.pending.borrow_mut().take();
        let Some(store) = self.store.as_ref() else {
            // Nothing could be stored here in the first place.
            return done;
        };
        match how(store) {
            Ok(()) => {
                self.seen(None);
                done
            }
            Err(error) => {
                let left = store.load(&(self.clock)()).unwrap_or(Loaded::Empty);
                self.seen(store.raw().ok().flatten());
                Action::EraseFailed { error, left }
            }
        }
    }

    fn seen(&self, raw: Option<String>) {
        *self.last.borrow_mut() = raw;
    }
}
