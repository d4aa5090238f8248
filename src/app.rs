//! The application root: starts the app on the page (choosing where answers are kept: the
//! device's `localStorage`, or on a shared device the tab's `sessionStorage`), owns the state
//! through the saving hook ([`crate::hooks::use_saved_state`]), follows the address, runs a
//! shared device's banner and idle timeout, and switches between screens.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::clock::now;
use crate::components::frame::{frame, FrameProps};
use crate::components::screen::Screen;
use crate::components::shared::banner::{shared_banner, SharedBannerProps};
use crate::components::shared::done::DonePanel;
use crate::components::shared::idle::IdleWarning;
use crate::crash::{self, CrashText};
use crate::hooks::{use_address, use_idle, use_pack_sync, use_saved_state, Boot};
use crate::languages;
use crate::model::backend::{Backend, StorageError};
use crate::model::idle::Phase;
use crate::model::shared::{self, Place};
use crate::model::vault::AssessmentStore;
use crate::model::AnswerValue;
use crate::navigate::{current_route, focus, focus_heading, go};
use crate::route::Route;
use crate::saver::Saver;
use crate::schedule::{after_next_frame, in_next_task, next_task};
use crate::state::{Action, AppState, Notice};
use crate::storage::{keep_language, load_language, load_pack, BrowserStorage, Kind, PackFound};

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

/// How much of the app has been drawn since it started.
#[derive(Clone, Copy, PartialEq)]
enum Drawn {
    Nothing,
    Frame,
    All,
}

impl Drawn {
    fn next(self) -> Option<Self> {
        match self {
            Self::Nothing => Some(Self::Frame),
            Self::Frame => Some(Self::All),
            Self::All => None,
        }
    }
}

/// The root component.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_saved_state(&props.boot);
    // Drawn in three tasks, out of sight until all is in (see `mount`): nothing (the hooks and
    // the state), then the frame, then the screen. The first drawing of each runs its code for
    // the first time, which the browser compiles then; together that is too long for one task.
    let drawn = use_state_eq(|| Drawn::Nothing);
    {
        let drawn = drawn.clone();
        use_effect_with(*drawn, move |now| match now.next() {
            Some(next) => in_next_task(move || drawn.set(next)),
            None => {
                reveal();
                // In a task of its own: moving focus has the page laid out first.
                in_next_task(focus_heading);
            }
        });
    }
    use_address(&state, *drawn == Drawn::All);
    use_pack_sync(state.dispatcher(), props.boot.shared);

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
            if let Some(first) = crate::active::content().items().first() {
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

    let shared = props.boot.shared;
    let finishing = use_state_eq(|| false);
    let on_forget = {
        let (dispatch, finishing) = (state.dispatcher(), finishing.clone());
        Callback::from(move |()| {
            finishing.set(false);
            dispatch.dispatch(Action::Forget);
            go(&Route::Welcome);
            // Also when the welcome screen was shown already (say, at the idle timeout).
            after_next_frame(focus_heading);
        })
    };
    let idle = use_idle(shared, !state.stored.is_empty(), on_forget.clone());
    let before = if shared {
        let toggle = {
            let finishing = finishing.clone();
            Callback::from(move |()| finishing.set(!*finishing))
        };
        let close = {
            let finishing = finishing.clone();
            Callback::from(move |()| {
                finishing.set(false);
                after_next_frame(|| focus(".shared-banner .button"));
            })
        };
        let warning = match idle.phase {
            Phase::Warning { seconds_left } => html! {
                <IdleWarning seconds_left={seconds_left} on_stay={idle.stay.clone()} />
            },
            _ => Html::default(),
        };
        html! {
            <>
                { shared_banner(&SharedBannerProps { open: *finishing, on_done: toggle }) }
                if *finishing {
                    <DonePanel session={state.stored.current.clone()} on_results={state.route == Route::Results}
                        on_forget={on_forget.clone()} on_close={close} />
                }
                { warning }
            </>
        }
    } else {
        Html::default()
    };
    let on_done = shared.then(|| {
        let finishing = finishing.clone();
        Callback::from(move |()| {
            finishing.set(true);
            after_next_frame(|| focus("#done-title"));
        })
    });

    let on_language = {
        let dispatch = state.dispatcher();
        Callback::from(move |tag: &'static str| {
            let dispatch = dispatch.clone();
            yew::platform::spawn_local(async move {
                match languages::ensure(tag).await {
                    Ok(()) => {
                        crate::active::set_language(tag);
                        // Not kept (storage full or blocked): still used in this tab.
                        let _ = keep_language(shared, tag);
                        dispatch.dispatch(Action::UseLanguage(tag));
                    }
                    Err(_) => dispatch.dispatch(Action::LanguageUnavailable),
                }
            });
        })
    };
    {
        // The page's language and direction follow the language and content in use.
        let shown = crate::active::shown_language();
        use_effect_with(shown, |_| languages::mark_document());
    }
    if *drawn == Drawn::Nothing {
        return Html::default();
    }

    let content = crate::active::content();
    let content_key = format!(
        "{}/{}",
        state
            .content
            .as_ref()
            .map_or_else(|| "built-in".to_owned(), |t| t.fingerprint.to_string()),
        crate::active::shown_language()
    );
    let has_results = !state.stored.history.is_empty()
        || state
            .session()
            .is_some_and(|s| s.answers.is_complete(content));
    // Drawn afresh when the content in use changes, so no part of the screen keeps the words
    // of the content before.
    let screen = html! {
        if *drawn == Drawn::All {
            <Screen key={content_key} route={state.route.clone()} stored={state.stored.clone()}
                on_answer={on_answer} on_start={on_start} on_action={on_action}
                erasing={state.erasing.clone()} unshown={state.unshown} on_done={on_done} />
        }
    };
    frame(&FrameProps {
        route: state.route.clone(),
        has_results,
        notices: state.notices.clone(),
        saving: state.saving.clone(),
        on_dismiss,
        before,
        on_language,
        children: screen,
    })
}

/// Installs the error screen for panics, reads storage and mounts the app on the page's
/// `#app` element (or the body when it is missing).
///
/// The work is split into browser tasks, so the page, which already shows the pre-rendered
/// first screen, stays responsive while the app starts: no single task is long enough to
/// hold up a tap or a scroll on a slow phone. Reading the built-in content, reading storage,
/// the root component's first run, drawing the frame and drawing the screen each have a task
/// of their own (see [`App`]).
pub fn start() {
    languages::watch_early_choice();
    // Not even the error screen's texts in the task that compiled and started the
    // WebAssembly, which is long enough already.
    yew::platform::spawn_local(async {
        next_task().await;
        crash::install(CrashText::from_content(crate::active::content()));
        next_task().await;
        let (backend, shared) = backend();
        // The content in use is settled before anything is drawn or scored.
        let pack = load_pack(shared);
        let pack_set_aside = matches!(pack, PackFound::SetAside);
        if let PackFound::Read(pack) = pack {
            crate::active::set(Some(*pack));
        }
        // Then the language: the one chosen here, else the browser's; English when its texts
        // cannot be had (offline before they were ever kept).
        // A language picked on the first screen before the app could answer is the person's
        // choice, kept like any other.
        let early = languages::early_choice();
        if let Some(tag) = early {
            let _ = keep_language(shared, tag);
        }
        let kept = early.or_else(|| load_language(shared));
        let language = languages::starting_language(kept);
        let language_failed = match languages::ensure(language).await {
            Ok(()) => {
                crate::active::set_language(language);
                false
            }
            Err(_) => kept.is_some(),
        };
        languages::mark_document();
        let store = backend.map(AssessmentStore::new);
        let (saver, loaded) = Saver::open(store, Box::new(now));
        next_task().await;
        // The address is read last: Start may have been followed in the meantime.
        let mut state = AppState::boot(loaded, current_route(), &now());
        if pack_set_aside {
            state.pack_set_aside();
        }
        if language_failed {
            state.language_unavailable();
        }
        let boot = Rc::new(Boot {
            state,
            saver: Rc::new(saver),
            shared,
        });
        mount(AppProps { boot });
    });
}

/// Where this tab keeps answers, and whether the device is shared. A shared device (its flag
/// in this tab's `sessionStorage`) uses that `sessionStorage` and never touches
/// `localStorage`, where this device's own results are.
fn backend() -> (Result<Rc<dyn Backend>, StorageError>, bool) {
    match BrowserStorage::open(Kind::Session) {
        Ok(tab) if shared::place_in(&tab) == Place::Tab => (Ok(Rc::new(tab)), true),
        _ => {
            let device = BrowserStorage::open(Kind::Local).map(|s| Rc::new(s) as Rc<dyn Backend>);
            (device, false)
        }
    }
}

thread_local! {
    /// The page's `#app`, still showing the pre-rendered first screen, and the element the app
    /// is drawn into out of sight, until [`reveal`] puts the second in place of the first.
    static WAITING: std::cell::RefCell<Option<(web_sys::Element, web_sys::Element)>> =
        const { std::cell::RefCell::new(None) };
}

fn mount(props: AppProps) {
    let fresh = app_root().and_then(|shown| {
        let fresh = shown
            .clone_node()
            .ok()?
            .dyn_into::<web_sys::Element>()
            .ok()?;
        let _ = fresh.remove_attribute("data-prerendered");
        WAITING.with(|w| w.replace(Some((shown, fresh.clone()))));
        Some(fresh)
    });
    match fresh {
        // Drawn into a copy of #app outside the page, which then replaces the pre-rendered first
        // screen in one step: nothing half drawn is ever shown.
        Some(element) => {
            yew::Renderer::<App>::with_root_and_props(element, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}

/// Puts the app, now fully drawn, in place of the pre-rendered first screen.
fn reveal() {
    if let Some((shown, fresh)) = WAITING.with(std::cell::RefCell::take) {
        let _ = shown.replace_with_with_node_1(&fresh);
    }
}

fn app_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("app")
}
