//! A pack before it is used: its name, author, date and fingerprint, whether it changes
//! how results are calculated, and what it changes against the built-in content, line by
//! line; or, for a pack refused, every problem with its place in the file. Every text of
//! a pack is shown as text.

use std::rc::Rc;

use yew::prelude::*;

use crate::active;
use crate::model::pack::words::change_lines;
use crate::model::pack::{Pack, PackProblem};
use crate::model::term::ui;
use crate::term_fill;

/// Properties of [`PackPreview`].
#[derive(Properties, PartialEq, Clone)]
pub struct PackPreviewProps {
    /// The pack, read and checked.
    pub pack: Rc<Pack>,
    /// Puts it in use.
    pub on_use: Callback<Rc<Pack>>,
    /// Leaves it.
    pub on_cancel: Callback<()>,
}

/// What a pack is and what it changes, with the choice to use it.
#[component]
pub fn PackPreview(props: &PackPreviewProps) -> Html {
    let content = active::content();
    let pack = &props.pack;
    let file = &pack.file;
    let calculation = pack.changes.changes_calculation();
    let lines = change_lines(content, &pack.content, &pack.changes);
    let about = term_fill!(
        content,
        ui::pack::ABOUT,
        name = file.name,
        author = file.author,
        date = file.date
    );
    let kind = if calculation {
        ui::pack::CALCULATION_BADGE
    } else {
        ui::pack::WORDING_BADGE
    };
    let on_use = {
        let (pack, on_use) = (pack.clone(), props.on_use.clone());
        Callback::from(move |_: MouseEvent| on_use.emit(pack.clone()))
    };
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <div class="pack-preview" data-calculation={calculation.to_string()}>
            <h3>{ content.term(ui::pack::PREVIEW) }</h3>
            <p class="pack-about">{ about }</p>
            <p>{ super::fingerprint_line(content, &pack.fingerprint.to_string()) }</p>
            if !pack.changes.is_empty() {
                <p class={classes!("pack-badge", calculation.then_some("calculation"))}>{ content.term(kind) }</p>
            }
            <h4>{ content.term(ui::pack::CHANGES) }</h4>
            if lines.is_empty() {
                <p class="pack-changes-none">{ content.term(ui::pack::SAME) }</p>
            } else {
                <ul class="pack-changes">
                    { for lines.into_iter().map(|line| html! { <li>{ line }</li> }) }
                </ul>
            }
            <p class="meta">{ content.term(if calculation { ui::pack::CALCULATION } else { ui::pack::WORDING }) }</p>
            <div class="actions">
                <button type="button" class="button primary pack-use" onclick={on_use}>{ content.term(ui::pack::USE) }</button>
                <button type="button" class="button" onclick={on_cancel}>{ content.term(ui::pack::CANCEL) }</button>
            </div>
        </div>
    }
}

/// Properties of [`Problems`].
#[derive(Properties, PartialEq, Clone)]
pub struct ProblemsProps {
    /// Every problem found.
    pub problems: Rc<Vec<PackProblem>>,
}

/// Every problem of a refused pack, each with its place in the file.
#[component]
pub fn Problems(props: &ProblemsProps) -> Html {
    html! {
        <ul class="pack-problems" data-count={props.problems.len().to_string()}>
            { for props.problems.iter().map(|p| html! {
                <li><code class="pack-place">{ p.place.clone() }</code>{ " " }<span>{ p.message.clone() }</span></li>
            }) }
        </ul>
    }
}
