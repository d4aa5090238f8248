//! The facilitator's tally (`#/room/count`), made for a projector: codes typed or scanned
//! are counted on this device (kept in `localStorage` under its own key the moment they
//! are counted), the screen says only how many people are counted, and the room is shown
//! after Reveal, from five people: as a chart and tables, with a link and QR code back to
//! everyone, and the counts to save for a report.

mod entry;
mod revealed;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::confirm::Confirm;
use crate::components::scanner::Scanner;
use crate::model::backend::{Backend, StorageError};
use crate::model::room::{
    count_text_of, forget, load, people_text, too_few_words, Arrival, Kept, Taken, TALLY_KEY,
};
use crate::model::shared::Place;
use crate::model::term::ui;
use crate::model::Tally;
use crate::route::Route;
use crate::schedule::after_next_frame;
use crate::storage::{shared_place, BrowserStorage, Kind};
use crate::term_fill;
use entry::{CodeEntry, Said};
use revealed::Revealed;

/// Storage that cannot be used: every call says why, so the tally is counted on the page
/// only and the screen says so.
struct NoStorage(StorageError);

impl Backend for NoStorage {
    fn get(&self, _: &str) -> Result<Option<String>, StorageError> {
        Err(self.0.clone())
    }
    fn set(&self, _: &str, _: &str) -> Result<(), StorageError> {
        Err(self.0.clone())
    }
    fn remove(&self, _: &str) -> Result<(), StorageError> {
        Err(self.0.clone())
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Err(self.0.clone())
    }
}

/// The browser's `localStorage` (on a shared laptop, the tab's `sessionStorage`, so the mode
/// never writes to the device), or storage that says why it cannot be used.
fn store() -> Box<dyn Backend> {
    let kind = match shared_place() {
        Place::Device => Kind::Local,
        Place::Tab => Kind::Session,
    };
    match BrowserStorage::open(kind) {
        Ok(storage) => Box::new(storage),
        Err(e) => Box::new(NoStorage(e)),
    }
}

/// What the screen knows of the kept tally.
#[derive(Clone, Debug, PartialEq)]
struct Desk {
    /// The tally shown.
    tally: Tally,
    /// What storage holds cannot be read.
    unreadable: bool,
    /// The tally cannot be kept on this device.
    not_kept: bool,
}

impl Desk {
    fn of(kept: Kept, shown: &Tally) -> Desk {
        match kept {
            Kept::Tally(tally) => Desk {
                tally,
                unreadable: false,
                not_kept: false,
            },
            Kept::Unreadable(_) => Desk {
                tally: Tally::new(),
                unreadable: true,
                not_kept: false,
            },
            Kept::Unavailable(_) => Desk {
                tally: shown.clone(),
                unreadable: false,
                not_kept: true,
            },
        }
    }
}

/// The tally screen.
#[component]
pub fn TallyScreen() -> Html {
    let content = crate::active::content();
    let desk = use_state(|| Desk::of(load(store().as_ref()), &Tally::new()));
    // The latest tally, for codes that arrive before the screen is drawn again (a scan
    // may read several in one frame).
    let latest = use_mut_ref(|| desk.tally.clone());
    let said = use_state(|| None::<Said>);
    let revealed = use_state(|| false);
    let refused_reveal = use_state(|| false);
    let confirming = use_state(|| false);

    let reread = {
        let (desk, latest) = (desk.clone(), latest.clone());
        move || {
            let next = Desk::of(load(store().as_ref()), &latest.borrow());
            *latest.borrow_mut() = next.tally.clone();
            desk.set(next);
        }
    };

    // Another tab counting, or starting a new room, shows here too; so does coming back.
    {
        let reread = reread.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                let on_storage = reread.clone();
                let storage = EventListener::new(&window, "storage", move |event| {
                    let ours = event
                        .dyn_ref::<web_sys::StorageEvent>()
                        .map(|e| e.key())
                        .is_some_and(|key| key.is_none_or(|k| k == TALLY_KEY));
                    if ours {
                        on_storage();
                    }
                });
                let focus = EventListener::new(&window, "focus", move |_| reread());
                (storage, focus)
            });
            move || drop(listeners)
        });
    }

    // The one path for every text that may be a code, typed or scanned.
    let take: Callback<(String, Arrival), Taken> = {
        let (desk, latest, said, refused_reveal) = (
            desk.clone(),
            latest.clone(),
            said.clone(),
            refused_reveal.clone(),
        );
        Callback::from(move |(text, arrival): (String, Arrival)| {
            let shown = latest.borrow().clone();
            let content = crate::active::room_content();
            let counting = count_text_of(store().as_ref(), &shown, &text, arrival, content);
            let taken = counting.taken.clone();
            if taken == Taken::StoredUnreadable {
                desk.set(Desk {
                    unreadable: true,
                    ..(*desk).clone()
                });
            } else if taken != Taken::Incomplete {
                *latest.borrow_mut() = counting.tally.clone();
                desk.set(Desk {
                    tally: counting.tally,
                    unreadable: false,
                    not_kept: counting.not_kept.is_some(),
                });
                refused_reveal.set(false);
            }
            let words = taken.words(crate::active::content());
            match (&taken, &*said) {
                (Taken::Incomplete, Some(s)) if s.refusal => said.set(None),
                (Taken::Incomplete, _) => {}
                _ => said.set(Some(Said {
                    words,
                    refusal: taken.is_refusal(),
                })),
            }
            taken
        })
    };
    let on_scan = {
        let take = take.clone();
        Callback::from(move |text: String| {
            take.emit((text, Arrival::Whole));
        })
    };

    let people = desk.tally.people();
    let summary = desk.tally.reveal().ok();
    // One button reveals and hides, so keyboard focus stays on it.
    let on_toggle = {
        let (revealed, refused_reveal) = (revealed.clone(), refused_reveal.clone());
        let (shown, can) = (*revealed && summary.is_some(), summary.is_some());
        Callback::from(move |_: MouseEvent| {
            revealed.set(!shown && can);
            refused_reveal.set(!shown && !can);
            if !shown && can {
                // The room comes into view from its top, on a projector beside the counting
                // (at the top of the screen) and on a phone below it; focus stays on the button.
                after_next_frame(|| {
                    let room = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.query_selector(".tally-room").ok().flatten());
                    if let Some(room) = room {
                        room.scroll_into_view();
                    }
                });
            }
        })
    };
    let ask_new = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let keep_counting = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let new_room = {
        let (confirming, revealed, said, reread) = (
            confirming.clone(),
            revealed.clone(),
            said.clone(),
            reread.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let _ = forget(store().as_ref());
            confirming.set(false);
            revealed.set(false);
            said.set(None);
            reread();
        })
    };

    let shown_room = summary.filter(|_| *revealed);
    let count_line = term_fill!(
        content,
        ui::count::SO_FAR,
        count = people_text(content, people)
    );
    html! {
        <section class={classes!("tally", shown_room.is_some().then_some("revealed"))} aria-labelledby="tally-title">
            <p class="tally-back"><a href={Route::Room.hash()}>{ content.term(ui::count::BACK) }</a></p>
            <h1 id="tally-title" tabindex="-1">{ content.term(ui::count::TITLE) }</h1>
            <p class="tally-people" data-people={people.to_string()}>{ count_line }</p>
            if desk.unreadable {
                <p class="error" role="alert">{ content.term(ui::count::UNREADABLE) }</p>
            } else {
                <div class="tally-entry">
                    <p class="tally-intro">{ content.term(ui::count::INTRO) }</p>
                    <CodeEntry on_text={take} said={(*said).clone()} />
                    <Scanner on_text={on_scan} />
                    if desk.not_kept {
                        <p class="notice">{ content.term(ui::count::NOT_KEPT) }</p>
                    }
                </div>
            }
            <div class="tally-reveal">
                if shown_room.is_none() {
                    <p>{ content.term(ui::count::HIDDEN) }</p>
                }
                <button type="button" class={classes!("button", shown_room.is_none().then_some("primary"))}
                    onclick={on_toggle} aria-describedby="reveal-refused">
                    { content.term(if shown_room.is_some() { ui::count::HIDE } else { ui::count::REVEAL }) }
                </button>
                <p id="reveal-refused" class="error" aria-live="polite">
                    if *refused_reveal && shown_room.is_none() { { too_few_words(content, people) } }
                </p>
            </div>
            if let Some(room) = shown_room {
                <Revealed room={room} />
            }
            <div class="tally-new">
                if *confirming {
                    <Confirm text={content.term(ui::count::NEW_ROOM_CONFIRM).to_owned()} text_id="new-room-question"
                        yes={content.term(ui::count::NEW_ROOM_YES).to_owned()}
                        no={content.term(ui::count::NEW_ROOM_NO).to_owned()}
                        on_yes={new_room} on_no={keep_counting} />
                } else {
                    <button type="button" class="button" onclick={ask_new}>{ content.term(ui::count::NEW_ROOM) }</button>
                }
            </div>
        </section>
    }
}
