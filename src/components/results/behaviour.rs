//! What the person does now: how often they make, keep up and ask contacts, online and
//! face to face (their own answers, in words); each reason's importance against what
//! they do for it, with what the gap shows; and their four habits in words, with the
//! ones worth building named.

use yew::prelude::*;

use crate::components::common::scrolling;
use crate::model::term::ui;
use crate::model::{Activity, Answers, Habit, HabitLevel, Mode, Results};
use crate::term_fill;

/// What [`behaviour`] draws.
pub struct BehaviourProps {
    /// The scored results.
    pub results: Results,
    /// The answers they were scored from (for the frequency answers in words).
    pub answers: Answers,
}

/// The "what you do now" section.
pub fn behaviour(props: &BehaviourProps) -> Html {
    let content = crate::active::content();
    let scoring = &content.model.scoring;
    let r = &props.results;
    let answers = &props.answers;

    let frequencies = html! {
        <table class="frequency">
            <caption id="frequency-caption">{ content.term(ui::behaviour::FREQUENCY) }</caption>
            <thead><tr>
                <th scope="col">{ content.term(ui::behaviour::KIND) }</th>
                { for Mode::ALL.into_iter().map(|m| html! { <th scope="col">{ content.term(m.term_key()) }</th> }) }
            </tr></thead>
            <tbody>
                { for Activity::ALL.into_iter().map(|a| html! {
                    <tr data-activity={a.id()}>
                        <th scope="row">{ content.term(a.term_key()) }</th>
                        { for Mode::ALL.into_iter().map(|m| html! {
                            <td data-mode={m.id()}>{
                                content.frequency_label(answers, a, m)
                                    .unwrap_or_else(|| content.term(ui::behaviour::NOT_ANSWERED))
                            }</td>
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    };

    let gaps = html! {
        <table class="gaps">
            <caption id="gaps-caption">{ content.term(ui::behaviour::GAPS) }</caption>
            <thead><tr>
                <th scope="col">{ content.term(ui::results::REASON) }</th>
                <th scope="col">{ content.term(ui::behaviour::MATTERS) }</th>
                <th scope="col">{ content.term(ui::behaviour::DOING) }</th>
                <th scope="col">{ content.term(ui::behaviour::MEANING) }</th>
            </tr></thead>
            <tbody>
                { for r.gaps.iter().map(|g| html! {
                    <tr data-motive={g.motive.id()} data-gap={g.kind.id()}>
                        <th scope="row">{ content.motive_name(g.motive) }</th>
                        <td class="num importance">{ g.importance }</td>
                        <td class="num activity">{ g.activity }</td>
                        <td class="gap-text">{ content.gap_text(g.kind) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    };

    let levels: Vec<(Habit, Option<HabitLevel>)> = Habit::ALL
        .into_iter()
        .map(|h| {
            let answered = content.habit_answered(answers, h);
            (
                h,
                answered.then(|| HabitLevel::of(r.behaviour.habit(h), scoring)),
            )
        })
        .collect();
    let weak: Vec<&str> = r
        .behaviour
        .weak_habits(scoring.weak_below)
        .into_iter()
        .filter(|h| content.habit_answered(answers, *h))
        .map(|h| content.term(h.term_key()))
        .collect();
    let planned = r.plan.steps.iter().find_map(|s| s.habit).map(|h| {
        term_fill!(
            content,
            ui::behaviour::PLAN_BUILDS,
            habit = content.term(h.term_key())
        )
    });
    let habits = html! {
        <table class="habits">
            <caption id="habits-caption">{ content.term(ui::behaviour::HABITS) }</caption>
            <thead><tr>
                <th scope="col">{ content.term(ui::behaviour::HABIT) }</th>
                <th scope="col">{ content.term(ui::behaviour::LEVEL) }</th>
            </tr></thead>
            <tbody>
                { for levels.iter().map(|(h, level)| html! {
                    <tr data-habit={h.id()} data-level={level.map_or("none", HabitLevel::id)}>
                        <th scope="row">{ content.term(h.term_key()) }</th>
                        <td class="level">{ level.map_or_else(
                            || content.term(ui::behaviour::NOT_ANSWERED),
                            |l| content.term(l.term_key()),
                        ) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    };

    html! {
        <section class="behaviour" aria-labelledby="behaviour-title">
            <h2 id="behaviour-title">{ content.term(ui::behaviour::TITLE) }</h2>
            <p>{ content.term(ui::behaviour::TEXT) }</p>
            { scrolling("frequency-caption", frequencies) }
            { scrolling("gaps-caption", gaps) }
            { scrolling("habits-caption", habits) }
            <p class="worth-building">
                if weak.is_empty() {
                    { content.term(ui::behaviour::ALL_STRONG) }
                } else {
                    { term_fill!(content, ui::behaviour::WORTH_BUILDING, habits = content.join(&weak)) }
                    if let Some(line) = planned {
                        { " " }{ line }
                    }
                }
            </p>
        </section>
    }
}
