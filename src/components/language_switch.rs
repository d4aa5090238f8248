//! The language switch in every screen's header: the languages on offer, each named in its
//! own words (and marked with its own `lang`, so a screen reader says it right). Choosing one
//! redraws the app in it; nothing is reloaded and no answer is touched (answers are kept by
//! id, never by text).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::language::is_rtl;
use crate::model::term::ui;

/// Properties of [`LanguageSwitch`].
#[derive(Properties, PartialEq, Clone)]
pub struct LanguageSwitchProps {
    /// Called with the tag of the language chosen.
    #[prop_or_default]
    pub on_choose: Callback<&'static str>,
}

/// A labelled list of the languages on offer; nothing when there is only one.
#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let content = crate::active::content();
    let offered = crate::active::offered();
    let shown = crate::active::shown_language();
    let select = use_node_ref();
    {
        // The list shows the language in use, also after a choice that could not be had.
        let select = select.clone();
        use_effect(move || {
            if let Some(select) = select.cast::<web_sys::HtmlSelectElement>() {
                if select.value() != shown {
                    select.set_value(shown);
                }
            }
        });
    }
    if offered.len() < 2 {
        return Html::default();
    }
    let onchange = {
        let on_choose = props.on_choose.clone();
        let offered = offered.clone();
        Callback::from(move |event: Event| {
            let Some(select) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            else {
                return;
            };
            let value = select.value();
            if let Some((tag, _)) = offered.iter().find(|(tag, _)| *tag == value) {
                on_choose.emit(tag);
            }
        })
    };
    html! {
        <div class="language-switch">
            <label for="language">
                // A globe, for a person who cannot read the word in the language shown.
                <svg class="globe" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                    <circle cx="12" cy="12" r="9.5" />
                    <path d="M2.5 12h19M12 2.5c3 3.2 3 15.8 0 19M12 2.5c-3 3.2-3 15.8 0 19" />
                </svg>
                <span>{ content.term(ui::language::LABEL) }</span>
            </label>
            <select id="language" ref={select} onchange={onchange}>
                { for offered.iter().map(|(tag, name)| html! {
                    <option value={*tag} lang={*tag} dir={if is_rtl(tag) { "rtl" } else { "ltr" }}
                        selected={*tag == shown}>{ *name }</option>
                }) }
            </select>
        </div>
    }
}
