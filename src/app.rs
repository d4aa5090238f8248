//! The application root: loads what is stored, owns the state through the reducer,
//! has every change this tab makes saved ([`crate::persist`]), follows the address and
//! other tabs, and switches between screens.

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::clock::now;
use crate::components::frame::Frame;
use crate::components::screen::Screen;
use crate::crash::{self, CrashText};
use crate::model::store::KEY;
use crate::model::{AnswerValue, Content};
use crate::navigate::{current_route, focus_heading, go};
use crate::persist::Saver;
use crate::route::Route;
use crate::schedule::{next_task, page_shown};
use crate::state::{Action, AppState, Notice};
use crate::storage::{AssessmentStore, Loaded, StorageError};

/// What the app found when it started.
pub struct Boot {
    state: AppState,
    /// Writes to storage (and knows what it held at start).
    saver: Rc<Saver>,
}

/// Properties of the root component.
#[derive(Properties, Clone)]
pub struct AppProps {
    /// What was found at start.
    pub boot: Rc<Boot>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.boot, &other.boot)
    }
}

/// The root component.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let boot = props.boot.clone();
    let state = use_reducer(|| boot.state.clone());
    let saver = boot.saver.clone();

    // Persistence: write after every change this tab made.
    {
        let (state, saver) = (state.clone(), saver.clone());
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 {
                saver.schedule(state);
            }
        });
    }

    // Deleting everything: erase storage rather than write an empty record.
    {
        let (dispatch, saver) = (state.dispatcher(), saver.clone());
        use_effect_with(state.erased, move |erased| {
            if let (true, Some(store)) = (*erased > 0, saver.store()) {
                saver.cancel();
                match store.erase() {
                    Ok(()) => saver.seen(None),
                    // The browser refused: show what is still kept, and say so, rather
                    // than an empty device that a reload would contradict.
                    Err(_) => {
                        let raw = store.raw().ok().flatten();
                        let loaded = match &raw {
                            None => Loaded::Empty,
                            Some(text) => store.interpret(text, &now()),
                        };
                        saver.seen(raw);
                        dispatch.dispatch(Action::Adopt {
                            loaded,
                            notice: Notice::NotErased,
                        });
                    }
                }
            }
        });
    }

    // The address, other tabs, and the page being hidden or closed.
    {
        let (dispatch, saver) = (state.dispatcher(), saver.clone());
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                let d = dispatch.clone();
                let hash = EventListener::new(&window, "hashchange", move |_| {
                    d.dispatch(Action::Navigate {
                        route: current_route(),
                        at: now(),
                    });
                });
                let s = saver.clone();
                let storage = EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    let Some(store) = s.store() else { return };
                    if event.key().is_some_and(|k| k != KEY) {
                        return;
                    }
                    // A change of this tab still waiting is written (or found in conflict) first.
                    if s.flush() {
                        return;
                    }
                    let loaded = match event.new_value() {
                        None => Loaded::Empty,
                        Some(text) => store.interpret(&text, &now()),
                    };
                    s.seen(store.raw().ok().flatten());
                    dispatch.dispatch(Action::Adopt {
                        loaded,
                        notice: Notice::OtherTab,
                    });
                });
                let s = saver.clone();
                let hide = EventListener::new(&window, "pagehide", move |_| {
                    s.flush();
                });
                let s = saver.clone();
                let hidden = window.document().map(|document| {
                    EventListener::new(&document, "visibilitychange", move |_| {
                        if !page_shown() {
                            s.flush();
                        }
                    })
                });
                (hash, storage, hide, hidden)
            });
            move || drop(listeners)
        });
    }

    // Focus moves to the new screen's heading.
    use_effect_with(state.route.clone(), |_| focus_heading());

    let on_answer = {
        let dispatch = state.dispatcher();
        Callback::from(move |(item, value): (String, AnswerValue)| {
            dispatch.dispatch(Action::Answer {
                item,
                value,
                at: now(),
            });
        })
    };
    let on_start = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| {
            dispatch.dispatch(Action::Start { at: now() });
            if let Some(first) = Content::embedded().items().first() {
                go(&Route::Question(first.id.clone()));
            }
        })
    };
    let on_dismiss = {
        let dispatch = state.dispatcher();
        Callback::from(move |n: Notice| dispatch.dispatch(Action::Dismiss(n)))
    };
    let on_action = {
        let dispatch = state.dispatcher();
        Callback::from(move |action: Action| dispatch.dispatch(action))
    };

    let content = Content::embedded();
    let has_results = !state.stored.history.is_empty()
        || state
            .session()
            .is_some_and(|s| s.answers.is_complete(content));
    html! {
        <Frame route={state.route.clone()} has_results={has_results}
            notices={state.notices.clone()} saving={state.saving.clone()} on_dismiss={on_dismiss}>
            <Screen route={state.route.clone()} stored={state.stored.clone()}
                on_answer={on_answer} on_start={on_start} on_action={on_action} />
        </Frame>
    }
}

/// Installs the error screen for panics, reads storage and mounts the app on the page's
/// `#app` element (or the body when it is missing).
///
/// The work is split into browser tasks, so the page, which already shows the pre-rendered
/// first screen, stays responsive while the app starts: no single task is long enough to
/// hold up a tap or a scroll on a slow phone.
pub fn start() {
    let content = Content::embedded();
    crash::install(CrashText::from_content(content));
    yew::platform::spawn_local(async {
        next_task().await;
        let store = AssessmentStore::open();
        let loaded = store
            .as_ref()
            .map_err(StorageError::clone)
            .and_then(|s| s.load(&now()));
        let raw = store.as_ref().ok().and_then(|s| s.raw().ok().flatten());
        next_task().await;
        // The address is read last: Start may have been followed in the meantime.
        let state = AppState::boot(loaded, current_route(), &now());
        let boot = Rc::new(Boot {
            state,
            saver: Saver::new(store.ok(), raw),
        });
        mount(AppProps { boot });
    });
}

fn mount(props: AppProps) {
    match app_root() {
        Some(element) => {
            // The app replaces the pre-rendered first screen with the one it renders.
            let _ = element.remove_attribute("data-prerendered");
            yew::Renderer::<App>::with_root_and_props(element, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}

fn app_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("app")
}
