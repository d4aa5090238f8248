//! Why the person networks: the main reason in words (or, when no reason is strong
//! now, that none is and which comes first), the motive chart with the
//! numbers in a table beside it (scores from the statements, the point split and the
//! blended weight), and the plain-language flags that qualify them: joint priorities,
//! statements and points that disagree, the same answer to every statement.

use yew::prelude::*;

use crate::components::results::chart::{chart, ChartProps};
use crate::components::results::weights::{weights_table, WeightsTableProps};
use crate::model::term::{self, ui};
use crate::model::{Motive, Results};
use crate::term_fill;

/// What [`profile`] draws.
pub struct ProfileProps {
    /// The scored results.
    pub results: Results,
}

/// The "why you network" section.
pub fn profile(props: &ProfileProps) -> Html {
    let content = crate::active::content();
    let r = &props.results;
    let p = &r.priorities;
    let total = content.items().iter().find_map(|i| i.total).unwrap_or(10);
    let headline = if p.none_strong && p.top.len() == Motive::ALL.len() {
        content.term(ui::results::TOP_NONE_ALL).to_owned()
    } else if p.none_strong && p.is_joint() {
        term_fill!(
            content,
            ui::results::TOP_NONE_JOINT,
            motives = content.motive_names(&p.top)
        )
    } else if p.none_strong {
        term_fill!(
            content,
            ui::results::TOP_NONE,
            motives = content.motive_names(&p.top)
        )
    } else if p.is_joint() {
        term_fill!(
            content,
            ui::results::TOP_JOINT,
            motives = content.motive_names(&p.top)
        )
    } else {
        term_fill!(
            content,
            ui::results::TOP_ONE,
            motive = content.motive_names(&p.top)
        )
    };
    let disagreement = p.disagreement.then(|| {
        term_fill!(
            content,
            ui::results::DISAGREEMENT_DETAIL,
            statements = content.motive_names(&p.likert_top),
            points = content.motive_names(&p.split_top)
        )
    });
    let flags = [
        (p.is_joint(), term::flag::JOINT, None),
        (p.disagreement, term::flag::DISAGREEMENT, disagreement),
        (p.straight_lining, term::flag::STRAIGHT_LINING, None),
    ];
    html! {
        <section class="profile" aria-labelledby="why-title">
            <h2 id="why-title">{ content.term(ui::results::WHY) }</h2>
            <p class="headline" data-top={p.top.iter().map(|m| m.id()).collect::<Vec<_>>().join(" ")}
                data-none-strong={p.none_strong.to_string()}>
                { headline }
            </p>
            { for p.top.iter().map(|m| html! { <p class="motive-text">{ content.motive_text(*m) }</p> }) }
            <div class="profile-grid">
                { chart(&ChartProps { scores: r.scores, split: r.split, total }) }
                { weights_table(&WeightsTableProps { results: r.clone(), class: "scores".into(), caption: Some(content.term(ui::chart::TITLE).to_owned().into()), label: "scores-caption".into() }) }
            </div>
            { for flags.into_iter().filter(|(on, _, _)| *on).map(|(_, key, detail)| html! {
                <div class="flag" data-flag={key.name()}>
                    <p>{ content.term(key) }</p>
                    { for detail.map(|d| html! { <p>{ d }</p> }) }
                </div>
            }) }
        </section>
    }
}
