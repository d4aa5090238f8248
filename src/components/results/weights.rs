//! The numbers behind the motive profile as a table: each motive's score from the
//! statements, its share of the points, and the blended priority weight. Shown beside the
//! chart on the results and again with the blend explained on "how this was calculated".

use yew::prelude::*;

use crate::components::common::scrolling;
use crate::model::term::ui;
use crate::model::{Motive, Results};
use crate::term_fill;

/// What [`weights_table`] draws.
pub struct WeightsTableProps {
    /// The scored results.
    pub results: Results,
    /// The table's class, which sets how it is laid out where it stands.
    pub class: AttrValue,
    /// A caption for screen readers, when the table stands in for a chart.
    pub caption: Option<AttrValue>,
    /// The id of what names the table's scrolling region: the caption, which then takes
    /// this id, or else the heading above the table.
    pub label: AttrValue,
}

/// Scores, points and weights per motive, in a region that scrolls when large text makes
/// the table wider than the screen.
pub fn weights_table(props: &WeightsTableProps) -> Html {
    let content = crate::active::content();
    let r = &props.results;
    let total = content.items().iter().find_map(|i| i.total).unwrap_or(10);
    let table = html! {
        <table class={props.class.clone()}>
            if let Some(caption) = &props.caption {
                <caption class="visually-hidden" id={props.label.clone()}>{ caption.clone() }</caption>
            }
            <thead><tr>
                <th scope="col">{ content.term(ui::results::REASON) }</th>
                <th scope="col">{ content.term(ui::results::SCORE) }</th>
                <th scope="col">{ term_fill!(content, ui::results::POINTS, total = total.to_string()) }</th>
                <th scope="col">{ content.term(ui::results::WEIGHT) }</th>
            </tr></thead>
            <tbody>
                { for Motive::ALL.into_iter().map(|m| html! {
                    <tr data-motive={m.id()}>
                        <th scope="row">{ content.motive_name(m) }</th>
                        <td class="num score">{ r.scores.get(m) }</td>
                        <td class="num points">{ r.split.map_or(0, |s| s[m.index()]) }</td>
                        <td class="num weight">{ format!("{} %", r.priorities.weights.get(m)) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    };
    scrolling(&props.label, table)
}
