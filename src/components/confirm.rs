//! One "are you sure?" pattern for every destructive step: a question with a button that
//! goes ahead (marked as dangerous) and one that keeps things as they are.

use yew::prelude::*;

/// Properties of [`Confirm`].
#[derive(Properties, PartialEq, Clone)]
pub struct ConfirmProps {
    /// The question, saying what goes ahead and what stays.
    pub text: AttrValue,
    /// The label of the button that goes ahead.
    pub yes: AttrValue,
    /// The label of the button that keeps things as they are.
    pub no: AttrValue,
    /// Goes ahead.
    pub on_yes: Callback<MouseEvent>,
    /// Keeps things as they are.
    pub on_no: Callback<MouseEvent>,
    /// An id for the question, which then names the group for assistive technology.
    #[prop_or_default]
    pub text_id: Option<AttrValue>,
    /// A name for the group when the question has no id (say, which entry it concerns).
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

/// A confirmation: the question and its two answers, as a named group.
#[component]
pub fn Confirm(props: &ConfirmProps) -> Html {
    html! {
        <div class="confirm" role="group" aria-labelledby={props.text_id.clone()} aria-label={props.label.clone()}>
            <p id={props.text_id.clone()}>{ props.text.clone() }</p>
            <div class="actions">
                <button type="button" class="button danger" onclick={props.on_yes.clone()}>{ props.yes.clone() }</button>
                <button type="button" class="button" onclick={props.on_no.clone()}>{ props.no.clone() }</button>
            </div>
        </div>
    }
}
