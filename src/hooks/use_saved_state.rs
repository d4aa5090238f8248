//! The app's state with saving wired in: every change this tab makes is written after the
//! frame that shows it, a change still waiting is written when the page is hidden or
//! closed, other tabs' changes are taken over, and "delete everything" erases storage.
//! The rules themselves are in [`crate::saver`]; this hook only connects them to the
//! browser's frames and events.
//!
//! The page's root element carries the save state for anyone watching (the end-to-end
//! tests do): `data-revision` counts the changes this tab made and `data-saved` the last
//! one handled, so when the two are equal nothing is waiting to be written.

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::store::{BACKUP_PREFIX, KEY};
use crate::saver::Saver;
use crate::schedule::{after_next_frame, page_shown};
use crate::state::{Action, AppState};

/// The saving rules of this tab, holding the reducer's handle while a change waits.
pub type TabSaver = Saver<UseReducerHandle<AppState>>;

/// What the app found when it started.
pub struct Boot {
    /// The state at start.
    pub state: AppState,
    /// Writes to storage (and knows what it held at start).
    pub saver: Rc<TabSaver>,
    /// Whether the device is shared: answers are kept in this tab only, and forgotten.
    pub shared: bool,
}

/// The app's state, saved as it changes.
#[hook]
pub fn use_saved_state(boot: &Rc<Boot>) -> UseReducerHandle<AppState> {
    let state = {
        let boot = boot.clone();
        use_reducer(move || boot.state.clone())
    };
    let saver = boot.saver.clone();

    {
        let (state, saver) = (state.clone(), saver.clone());
        use_effect_with(state.revision, move |revision| {
            mark("data-revision", *revision);
            if *revision == 0 {
                mark("data-saved", 0);
                return;
            }
            let dispatch = state.dispatcher();
            if saver.schedule(state) {
                let later = {
                    let (saver, dispatch) = (saver.clone(), dispatch.clone());
                    move || handle(&saver, &dispatch, TabSaver::flush)
                };
                if !page_shown() || !after_next_frame(later) {
                    handle(&saver, &dispatch, TabSaver::flush);
                }
            } else if saver.waiting().is_none() {
                // This tab must not write: nothing will be.
                mark("data-saved", *revision);
            }
        });
    }

    {
        let (dispatch, saver) = (state.dispatcher(), saver.clone());
        use_effect_with(
            (state.erased, state.forgetting),
            move |&(erased, forgetting)| {
                if erased > 0 {
                    let how = if forgetting {
                        TabSaver::forget
                    } else {
                        TabSaver::erase
                    };
                    handle(&saver, &dispatch, |s| vec![how(s)]);
                }
            },
        );
    }

    {
        let (dispatch, saver) = (state.dispatcher(), saver.clone());
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                let (d, s) = (dispatch.clone(), saver.clone());
                let storage = EventListener::new(&window, "storage", move |event| {
                    let ours = event
                        .dyn_ref::<web_sys::StorageEvent>()
                        .map(|e| e.key())
                        .is_some_and(|key| {
                            // No key: the other tab cleared the whole storage.
                            key.is_none_or(|k| k == KEY || k.starts_with(BACKUP_PREFIX))
                        });
                    if ours {
                        handle(&s, &d, TabSaver::storage_changed);
                    }
                });
                let (d, s) = (dispatch.clone(), saver.clone());
                let hide = EventListener::new(&window, "pagehide", move |_| {
                    handle(&s, &d, TabSaver::flush);
                });
                let (d, s) = (dispatch.clone(), saver.clone());
                let hidden = window.document().map(|document| {
                    EventListener::new(&document, "visibilitychange", move |_| {
                        if !page_shown() {
                            handle(&s, &d, TabSaver::flush);
                        }
                    })
                });
                (storage, hide, hidden)
            });
            move || drop(listeners)
        });
    }

    state
}

/// Runs one of the saving rules, hands the reducer what came of it, and marks the change
/// that was waiting as handled.
fn handle(
    saver: &TabSaver,
    dispatch: &UseReducerDispatcher<AppState>,
    rule: impl FnOnce(&TabSaver) -> Vec<Action>,
) {
    let waiting = saver.waiting();
    for action in rule(saver) {
        dispatch.dispatch(action);
    }
    if let Some(revision) = waiting {
        mark("data-saved", revision);
    }
}

/// Sets a number as an attribute of the page's root element.
fn mark(name: &str, value: u64) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute(name, &value.to_string());
    }
}
