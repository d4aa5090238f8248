//! Writing the assessment to storage after every change this tab makes.
//!
//! The write happens once the frame that shows the change has been painted, so a save
//! (which grows with the history kept) never holds up the answer on screen. A save still
//! waiting is written at once when the page is hidden or closed, and before anything else
//! reads or replaces what is stored.

use std::cell::RefCell;
use std::rc::Rc;

use yew::UseReducerHandle;

use crate::clock::now;
use crate::schedule::{after_next_frame, page_shown};
use crate::state::{Action, AppState, Notice, Saving};
use crate::storage::{AssessmentStore, SaveError};

/// Owns the writes of one tab.
pub struct Saver {
    store: Option<AssessmentStore>,
    /// The text this tab last read or wrote: a write goes ahead only if storage still
    /// holds it, otherwise another tab saved in between.
    last: RefCell<Option<String>>,
    /// The newest state not written yet.
    pending: RefCell<Option<UseReducerHandle<AppState>>>,
}

impl Saver {
    /// A saver for `store` (`None`: storage could not be opened), which holds `raw` now.
    pub fn new(store: Option<AssessmentStore>, raw: Option<String>) -> Rc<Self> {
        Rc::new(Self {
            store,
            last: RefCell::new(raw),
            pending: RefCell::new(None),
        })
    }

    /// The store written to, if storage could be opened.
    pub fn store(&self) -> Option<&AssessmentStore> {
        self.store.as_ref()
    }

    /// Records what storage holds now, after this tab read or erased it.
    pub fn seen(&self, raw: Option<String>) {
        *self.last.borrow_mut() = raw;
    }

    /// Saves `state` after the next frame; at once in a page that is not shown.
    pub fn schedule(self: &Rc<Self>, state: UseReducerHandle<AppState>) {
        if state.saving == Saving::Frozen {
            return;
        }
        let waiting = self.pending.replace(Some(state)).is_some();
        if waiting {
            return;
        }
        let saver = Rc::clone(self);
        let later = move || {
            saver.flush();
        };
        if !page_shown() || !after_next_frame(later) {
            self.flush();
        }
    }

    /// Writes the save that is waiting, if any. Returns true when it found that another
    /// tab had saved in between, and the page took over what that tab saved instead.
    pub fn flush(&self) -> bool {
        let state = self.pending.borrow_mut().take();
        state.is_some_and(|state| self.write(&state))
    }

    /// Drops the save that is waiting (everything is being deleted).
    pub fn cancel(&self) {
        self.pending.borrow_mut().take();
    }

    fn write(&self, state: &UseReducerHandle<AppState>) -> bool {
        let Some(store) = self.store.as_ref() else {
            // Storage could not be opened at start; the notice already says so.
            return false;
        };
        let expected = self.last.borrow().clone();
        match store.save(&state.stored, expected.as_deref(), &now()) {
            Ok(text) => {
                self.seen(Some(text));
                if state.saving != Saving::Kept {
                    state.dispatch(Action::Saved);
                }
                false
            }
            Err(SaveError::Storage(error)) => {
                state.dispatch(Action::SaveFailed(error));
                false
            }
            Err(SaveError::Changed(loaded)) => {
                self.seen(store.raw().ok().flatten());
                state.dispatch(Action::Adopt {
                    loaded: *loaded,
                    notice: Notice::Conflict,
                });
                true
            }
        }
    }
}
