//! The rest of the calculation in words, with the numbers of the content's
//! `[scoring]` table: how the statements and the points blend into weights, how the
//! weights are sharpened for choosing channels (the person's own numbers beside them),
//! which channels are left out, how each channel's fit is made up, where the bands
//! begin, and what the plan looks for.

use yew::prelude::*;

use crate::components::common::scrolling;
use crate::components::results::weights::{weights_table, WeightsTableProps};
use crate::model::term::ui;
use crate::model::{Content, Motive, ReasonKind, Results};
use crate::term_fill;

/// What [`formula`] draws.
pub struct FormulaProps {
    /// The scored results.
    pub results: Results,
}

/// The weights beside the weights for choosing channels.
fn sharpened_table(content: &Content, r: &Results) -> Html {
    let table = html! {
        <table class="weights fit-weights">
            <caption id="fit-weights-caption">{ content.term(ui::how::FIT_WEIGHTS) }</caption>
            <thead><tr>
                <th scope="col">{ content.term(ui::results::REASON) }</th>
                <th scope="col">{ content.term(ui::results::WEIGHT) }</th>
                <th scope="col">{ content.term(ui::how::FIT_WEIGHT) }</th>
            </tr></thead>
            <tbody>
                { for Motive::ALL.into_iter().map(|m| html! {
                    <tr data-motive={m.id()}>
                        <th scope="row">{ content.motive_name(m) }</th>
                        <td class="num weight">{ format!("{} %", r.priorities.weights.get(m)) }</td>
                        <td class="num fit-weight">{ format!("{} %", r.priorities.fit_weights.get(m)) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    };
    scrolling("fit-weights-caption", table)
}

/// The names of the channels left out for this person for one reason, joined in words.
fn left_out(content: &Content, r: &Results, why: ReasonKind) -> Option<String> {
    let names: Vec<&str> = r
        .channels
        .iter()
        // A channel left out carries its one reason with no points of its own.
        .filter(|f| f.reasons.iter().any(|x| x.kind == why && x.delta == 0))
        .map(|f| content.channel_name_or_id(&f.channel))
        .collect();
    (!names.is_empty()).then(|| content.join(&names))
}

/// The blend, the sharpening, the fit formula and the plan's rules.
pub fn formula(props: &FormulaProps) -> Html {
    let content = crate::active::content();
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
    // The model raises to a power of 1 to 3; 1 leaves the weights as they are.
    let power = s.sharpen.clamp(1, 3);
    let sharpen = if power > 1 {
        term_fill!(content, ui::how::SHARPEN_TEXT, power = n(power))
    } else {
        content.term(ui::how::SHARPEN_OFF).to_owned()
    };
    let left = [
        left_out(content, r, ReasonKind::Unavailable)
            .map(|c| term_fill!(content, ui::how::LEFT_OUT_REGION, channels = c)),
        left_out(content, r, ReasonKind::OtherSituation)
            .map(|c| term_fill!(content, ui::how::LEFT_OUT_SITUATION, channels = c)),
        left_out(content, r, ReasonKind::NeedsPosting)
            .map(|c| term_fill!(content, ui::how::LEFT_OUT_POSTING, channels = c)),
    ];
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
            ui::how::FIT_FIELD,
            penalty = n(s.outside_field_penalty)
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
            ui::how::FIT_SITUATION,
            bonus = n(s.situation_bonus)
        ),
        content.term(ui::how::FIT_LIMITS).to_owned(),
        term_fill!(
            content,
            ui::how::FIT_BANDS,
            strong = n(strong),
            good = n(good),
            possible = n(possible)
        ),
    ];
    let plan = [
        term_fill!(content, ui::how::PLAN_LIGHT, strong = n(s.strong_motive)),
        term_fill!(content, ui::how::PLAN_GAP, gap = n(s.gap_threshold)),
        term_fill!(
            content,
            ui::how::PLAN_HABITS,
            weak = n(s.weak_below),
            active = n(s.active_from)
        ),
    ];
    html! {
        <>
            <h2 id="blend-title">{ content.term(ui::how::BLEND) }</h2>
            <p>{ blend }</p>
            { weights_table(&WeightsTableProps { results: r.clone(), class: "weights".into(), caption: None, label: "blend-title".into() }) }
            <h2>{ content.term(ui::how::SHARPEN) }</h2>
            <p class="sharpen" data-power={power.to_string()}>{ sharpen }</p>
            { sharpened_table(content, r) }
            <h2>{ content.term(ui::how::FIT) }</h2>
            <p class="left-out">{ content.term(ui::how::LEFT_OUT) }</p>
            { for left.into_iter().flatten().map(|line| html! { <p class="left-out-yours">{ line }</p> }) }
            <ol class="formula">
                { for terms.into_iter().map(|text| html! { <li>{ text }</li> }) }
            </ol>
            <h2>{ content.term(ui::how::PLAN) }</h2>
            <ul class="formula plan-rules">
                { for plan.into_iter().map(|text| html! { <li>{ text }</li> }) }
            </ul>
        </>
    }
}
