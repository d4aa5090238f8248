//! The rest of the calculation in words, with the numbers of the content's
//! `[scoring]` table: how the statements and the points blend into weights, how each
//! channel's fit is made up, and where the bands begin.

use yew::prelude::*;

use crate::components::results::weights::WeightsTable;
use crate::model::term::ui;
use crate::model::{Content, Results};
use crate::term_fill;

/// Properties of [`Formula`].
#[derive(Properties, PartialEq, Clone)]
pub struct FormulaProps {
    /// The scored results.
    pub results: Results,
}

/// The blend and the fit formula.
#[component]
pub fn Formula(props: &FormulaProps) -> Html {
    let content = Content::embedded();
    let s = &content.model.scoring;
    let r = &props.results;
    let n = |v: u8| v.to_string();
    let statements_share = n(100 - s.split_share.min(100));
    let blend = term_fill!(
        content,
        ui::how::BLEND_TEXT,
        statements = statements_share,
        points = n(s.split_share),
        joint = n(s.joint_threshold)
    );
    let [strong, good, possible] = s.bands;
    let terms = [
        content.term(ui::how::FIT_MATCH).to_owned(),
        term_fill!(content, ui::how::FIT_TIME, penalty = n(s.time_penalty)),
        term_fill!(
            content,
            ui::how::FIT_COMFORT,
            privacy = n(s.privacy_penalty),
            posting = n(s.posting_penalty),
            strangers = n(s.strangers_penalty)
        ),
        term_fill!(
            content,
            ui::how::FIT_REGION,
            penalty = n(s.outside_region_penalty)
        ),
        term_fill!(
            content,
            ui::how::FIT_BONUS,
            used = n(s.used_bonus),
            region = n(s.region_bonus),
            audience = n(s.audience_bonus)
        ),
        term_fill!(
            content,
            ui::how::FIT_BANDS,
            strong = n(strong),
            good = n(good),
            possible = n(possible)
        ),
    ];
    html! {
        <>
            <h2>{ content.term(ui::how::BLEND) }</h2>
            <p>{ blend }</p>
            <WeightsTable results={r.clone()} class="weights" />
            <h2>{ content.term(ui::how::FIT) }</h2>
            <ol class="formula">
                { for terms.into_iter().map(|text| html! { <li>{ text }</li> }) }
            </ol>
        </>
    }
}
