//! A basic results screen: the three motive scores with names and numbers, the
//! notices that qualify them, the best channels in bands with the reasons behind
//! each, the weekly plan and the basic rules. Shows the open questions instead
//! while required ones are unanswered.

use yew::prelude::*;

use crate::components::missing::Missing;
use crate::model::{fill, score, shortlist, Answers, Content, Motive, Reason, Rule};
use crate::route::Route;

/// How many channels the results name.
const CHANNELS_SHOWN: usize = 5;

/// Properties of [`ResultsScreen`].
#[derive(Properties, PartialEq, Clone)]
pub struct ResultsProps {
    /// All answers.
    pub answers: Answers,
}

/// "a, b and c" with the language's word for "and".
fn join(content: &Content, parts: &[&str]) -> String {
    match parts {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), content.term("ui.and")),
    }
}

fn reasons(content: &Content, reasons: &[Reason]) -> Html {
    let texts = |up: bool| -> Vec<&str> {
        let picked = reasons
            .iter()
            .filter(|r| (r.delta > 0) == up && r.delta != 0);
        picked.map(|r| content.reason_text(r.kind)).collect()
    };
    let (ups, downs) = (texts(true), texts(false));
    let because = (!ups.is_empty()).then(|| {
        fill(
            content.term("ui.results.because"),
            &[("reasons", &join(content, &ups))],
        )
    });
    let but = (!downs.is_empty()).then(|| {
        fill(
            content.term("ui.results.but"),
            &[("reasons", &join(content, &downs))],
        )
    });
    html! { <p class="because">{ [because, but].into_iter().flatten().collect::<Vec<_>>().join(" ") }</p> }
}

/// The results screen.
#[function_component(ResultsScreen)]
pub fn results_screen(props: &ResultsProps) -> Html {
    let content = Content::embedded();
    if !props.answers.is_complete(content) {
        return html! { <Missing answers={props.answers.clone()} /> };
    }
    let r = score(content, &props.answers);
    let total = content
        .items()
        .iter()
        .find_map(|i| i.total)
        .unwrap_or(10)
        .to_string();
    let p = &r.priorities;
    let flags = [
        (p.is_joint(), "flag.joint"),
        (p.disagreement, "flag.disagreement"),
        (p.straight_lining, "flag.straight_lining"),
    ];
    let first = content
        .items()
        .first()
        .map(|i| Route::Question(i.id.clone()).hash());
    html! {
        <section class="results" aria-labelledby="results-title">
            <h1 id="results-title" tabindex="-1">{ content.term("ui.results.title") }</h1>
            <h2>{ content.term("ui.results.why") }</h2>
            <table class="scores">
                <thead><tr>
                    <th scope="col">{ content.term("ui.results.reason") }</th>
                    <th scope="col">{ content.term("ui.results.score") }</th>
                    <th scope="col">{ fill(content.term("ui.results.points"), &[("total", &total)]) }</th>
                </tr></thead>
                <tbody>
                    { for Motive::ALL.into_iter().map(|m| html! {
                        <tr data-motive={m.id()}>
                            <th scope="row">{ content.motive_name(m) }</th>
                            <td>
                                <span class="score">{ r.scores.get(m) }</span>
                                <meter min="0" max="100" value={r.scores.get(m).to_string()} aria-hidden="true"></meter>
                            </td>
                            <td>{ r.split.map_or(0, |s| s[m.index()]) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            { for flags.into_iter().filter(|(on, _)| *on).map(|(_, key)| html! {
                <p class="flag" data-flag={key}>{ content.term(key) }</p>
            }) }
            <h2>{ content.term("ui.results.channels") }</h2>
            <ol class="channels">
                { for shortlist(&r.channels, CHANNELS_SHOWN).into_iter().map(|f| html! {
                    <li data-channel={f.channel.clone()}>
                        <h3>{ content.channel_name(&f.channel) }</h3>
                        <p class="tags">
                            <span class="tag">{ content.band_name(f.band) }</span>
                            if f.face_to_face {
                                <span class="tag">{ content.term("mode.face_to_face") }</span>
                            }
                        </p>
                        { reasons(content, &f.reasons) }
                    </li>
                }) }
            </ol>
            <h2>{ content.term("ui.results.plan") }</h2>
            <ol class="plan">
                { for r.plan.steps.iter().map(|s| html! {
                    <li data-action={s.action.clone()}>
                        <p>{ content.action_text(&s.action) }</p>
                        <p class="meta">
                            { fill(content.term("ui.results.minutes"), &[("minutes", &s.minutes.to_string())]) }
                            { ", " }{ content.purpose_text(s.purpose) }
                        </p>
                    </li>
                }) }
            </ol>
            <p>{ fill(content.term("ui.results.plan_total"), &[
                ("total", &r.plan.total_minutes.to_string()),
                ("budget", &r.plan.budget.to_string()),
            ]) }</p>
            <h2>{ content.term("ui.results.rules") }</h2>
            <ul class="rules">
                { for Rule::BASIC.into_iter().map(|rule| html! {
                    <li><strong>{ content.rule_name(rule) }</strong>{ ": " }{ content.rule_text(rule) }</li>
                }) }
            </ul>
            <p>{ content.term("next.retake") }</p>
            if let Some(href) = first {
                <p><a href={href}>{ content.term("ui.results.change") }</a></p>
            }
        </section>
    }
}
