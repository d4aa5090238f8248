//! "How we calculated this", shown only once every question is answered: how each
//! statement moved its motive score (reverse-keyed ones marked), then the blend with
//! the points and the channel formula in words, and what-if controls.

use yew::prelude::*;

use crate::components::common::scrolling;
use crate::components::missing::Missing;
use crate::components::results::formula::{formula, FormulaProps};
use crate::components::results::what_if::WhatIf;
use crate::hooks::use_steps;
use crate::model::term::ui;
use crate::model::{score, Answers, Content, Contribution, Motive};
use crate::route::Route;
use crate::term_fill;

/// Properties of [`HowScreen`].
#[derive(Properties, PartialEq, Clone)]
pub struct HowProps {
    /// The answers the results were scored from.
    pub answers: Answers,
    /// Whether the answers are those of an earlier result, not the current assessment.
    #[prop_or_default]
    pub earlier: bool,
    /// Whether the results screen shows an earlier result from its summary, because the
    /// current content cannot score its answers as they were scored then.
    #[prop_or_default]
    pub from_summary: bool,
}

fn answer_label(content: &Content, c: &Contribution) -> String {
    let labels = content
        .item(&c.item)
        .and_then(|i| i.scale.as_deref())
        .map(|s| content.scale_labels(s))
        .unwrap_or(&[]);
    labels
        .get(usize::from(c.point).saturating_sub(1))
        .cloned()
        .unwrap_or_else(|| c.point.to_string())
}

fn motive_table(content: &Content, motive: Motive, score: u8, rows: &[&Contribution]) -> Html {
    let id = format!("how-{}", motive.id());
    let table = html! {
        <table class="contributions">
            <thead><tr>
                <th scope="col">{ content.term(ui::how::STATEMENT) }</th>
                <th scope="col">{ content.term(ui::how::YOUR_ANSWER) }</th>
                <th scope="col">{ content.term(ui::how::ADDS) }</th>
            </tr></thead>
            <tbody>
                { for rows.iter().map(|c| html! {
                    <tr data-item={c.item.clone()} data-reverse={c.reverse.to_string()}>
                        <td>
                            { content.prompt(&c.item) }
                            if c.reverse {
                                <span class="tag reverse">{ content.term(ui::how::REVERSE) }</span>
                            }
                        </td>
                        <td>{ answer_label(content, c) }</td>
                        <td class="num">{ term_fill!(content, ui::how::POINTS_OF, points = c.points.to_string(), max = c.max_points.to_string()) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    };
    // The heading names the table's scrolling region, the one landmark of this section.
    html! {
        <section class="how-motive" data-motive={motive.id()}>
            <h3 id={id.clone()}>{ term_fill!(content, ui::how::MOTIVE_SCORE, motive = content.motive_name(motive), score = score.to_string()) }</h3>
            { scrolling(&id, table) }
        </section>
    }
}

/// The "how we calculated this" screen.
#[component]
pub fn HowScreen(props: &HowProps) -> Html {
    let content = crate::active::content();
    // The heading in the frame after the click, the tables and the formula in the next, the
    // what-if in the one after.
    let step = use_steps(2);
    if props.earlier && props.from_summary {
        // An earlier result the current questions can no longer score as they did then.
        return html! {
            <section class="how" aria-labelledby="how-title">
                <h1 id="how-title" tabindex="-1">{ content.term(ui::how::TITLE) }</h1>
                <p class="note earlier-note">{ content.term(ui::how::EARLIER) }</p>
                <p><a href={Route::Results.hash()}>{ content.term(ui::how::BACK) }</a></p>
            </section>
        };
    }
    if !props.answers.is_complete(content) {
        return html! { <Missing answers={props.answers.clone()} /> };
    }
    html! {
        <section class="how" aria-labelledby="how-title" aria-busy={(step < 2).then_some("true")}>
            <h1 id="how-title" tabindex="-1">{ content.term(ui::how::TITLE) }</h1>
            // One child after the heading in every step, so the heading stays the same node.
            if step >= 1 {
                { workings(content, &props.answers) }
                if step >= 2 {
                    <WhatIf answers={props.answers.clone()} />
                }
            }
        </section>
    }
}

/// The tables of what each statement added, and the formula.
fn workings(content: &Content, answers: &Answers) -> Html {
    let r = score(content, answers);
    html! {
        <>
            <p><a href={Route::Results.hash()}>{ content.term(ui::how::BACK) }</a></p>
            <h2>{ content.term(ui::how::STATEMENTS) }</h2>
            <p>{ content.term(ui::how::STATEMENTS_TEXT) }</p>
            { for Motive::ALL.into_iter().map(|m| {
                let rows: Vec<&Contribution> = r.contributions.iter().filter(|c| c.motive == m).collect();
                motive_table(content, m, r.scores.get(m), &rows)
            }) }
            { formula(&FormulaProps { results: r }) }
        </>
    }
}
