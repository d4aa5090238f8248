//! Follows another tab's change of the content in use: when another tab of this site puts
//! a content pack in use, goes back to the built-in content, or deletes everything, the
//! browser tells this tab with a storage event on [`PACK_KEY`], and this tab reads the
//! pack again (checking it like any stored pack) and uses it too, with a notice. Tabs on a
//! shared device keep their pack in their own `sessionStorage`, which no other tab sees.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::active;
use crate::model::pack::{Pack, PACK_KEY};
use crate::state::{Action, AppState};
use crate::storage::{load_pack, PackFound};

/// Listens for another tab's change of the content pack, for as long as the app runs.
#[hook]
pub fn use_pack_sync(dispatch: UseReducerDispatcher<AppState>, shared: bool) {
    use_effect_with((), move |_| {
        let listener = (!shared).then(web_sys::window).flatten().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let ours = event
                    .dyn_ref::<web_sys::StorageEvent>()
                    .map(|e| e.key())
                    // No key: the other tab cleared the whole storage.
                    .is_some_and(|key| key.is_none_or(|k| k == PACK_KEY));
                if !ours {
                    return;
                }
                let pack = match load_pack(false) {
                    PackFound::Read(pack) => Some(*pack),
                    PackFound::None | PackFound::SetAside => None,
                };
                let tag = pack.as_ref().map(Pack::tag);
                if tag != active::tag() {
                    active::set(pack);
                }
                dispatch.dispatch(Action::ContentChanged(tag));
            })
        });
        move || drop(listener)
    });
}
