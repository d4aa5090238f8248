//! Shown instead of the results while required questions are unanswered: the open
//! questions, each a link back to it.

use yew::prelude::*;

use crate::model::term::ui;
use crate::model::Answers;
use crate::route::Route;

/// Properties of [`Missing`].
#[derive(Properties, PartialEq, Clone)]
pub struct MissingProps {
    /// All answers so far.
    pub answers: Answers,
}

/// The list of unanswered questions.
#[component]
pub fn Missing(props: &MissingProps) -> Html {
    let content = crate::active::content();
    let open = props.answers.missing(content);
    let number = |id: &str| {
        content
            .items()
            .iter()
            .position(|i| i.id == id)
            .map_or(0, |p| p + 1)
    };
    html! {
        <section class="missing" aria-labelledby="missing-title">
            <h1 id="missing-title" tabindex="-1">{ content.term(ui::missing::TITLE) }</h1>
            <p>{ content.term(ui::missing::TEXT) }</p>
            <ol class="missing-list">
                { for open.into_iter().map(|id| html! {
                    <li value={number(id).to_string()}>
                        <a href={Route::Question(id.to_owned()).hash()}>{ content.prompt(id) }</a>
                    </li>
                }) }
            </ol>
        </section>
    }
}
