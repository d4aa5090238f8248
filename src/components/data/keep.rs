//! Whether the browser has agreed to keep netwhy's data, and a button to ask it
//! (`navigator.storage.persist()`), saying plainly what it answered.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::model::term::ui;
use crate::storage::{persisted, request_persistence, Persistence};

/// The persistence status and request.
#[component]
pub fn KeepData() -> Html {
    let content = crate::active::content();
    // None until the browser has answered; `asked` once the person pressed the button.
    let status = use_state(|| None::<Persistence>);
    let asked = use_state(|| false);
    {
        let status = status.clone();
        use_effect_with((), move |_| {
            spawn_local(async move { status.set(Some(persisted().await)) });
        });
    }
    let ask = {
        let (status, asked) = (status.clone(), asked.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, asked) = (status.clone(), asked.clone());
            spawn_local(async move {
                let answer = request_persistence().await;
                status.set(Some(answer));
                asked.set(true);
            });
        })
    };
    let (key, kind) = match (*status, *asked) {
        (None, _) => (ui::persist::CHECKING, "checking"),
        (Some(Persistence::Unsupported), _) => (ui::persist::UNSUPPORTED, "unsupported"),
        (Some(Persistence::Granted), false) => (ui::persist::GRANTED, "granted"),
        (Some(Persistence::Granted), true) => (ui::persist::NOW_GRANTED, "granted"),
        (Some(Persistence::NotGranted), false) => (ui::persist::NOT_GRANTED, "not-granted"),
        (Some(Persistence::NotGranted), true) => (ui::persist::REFUSED, "refused"),
    };
    html! {
        <div class="persist">
            <p role="status" data-persist={kind}>{ content.term(key) }</p>
            if *status == Some(Persistence::NotGranted) && !*asked {
                <button type="button" class="button" onclick={ask}>{ content.term(ui::persist::ASK) }</button>
            }
        </div>
    }
}
