//! What the person does now: how often they make, keep up and ask contacts, online and
//! face to face (their own answers, in words); each reason's importance against what
//! they do for it, with what the gap shows; and their four habits in words, with the
//! ones worth building named.

use yew::prelude::*;

use crate::model::term::{self, ui};
use crate::model::{Activity, Answers, Content, GapKind, Habit, Key, Mode, Results, Scoring};
use crate::term_fill;

/// Properties of [`Behaviour`].
#[derive(Properties, PartialEq, Clone)]
pub struct BehaviourProps {
    /// The scored results.
    pub results: Results,
    /// The answers they were scored from (for the frequency answers in words).
    pub answers: Answers,
}

const ACTIVITIES: [Activity; 3] = [Activity::Building, Activity::Maintaining, Activity::Using];
const MODES: [Mode; 2] = [Mode::Online, Mode::FaceToFace];

/// The name of a kind of networking.
pub fn activity_key(a: Activity) -> Key {
    match a {
        Activity::Building => term::activity::BUILDING,
        Activity::Maintaining => term::activity::MAINTAINING,
        Activity::Using => term::activity::USING,
    }
}

fn activity_id(a: Activity) -> &'static str {
    match a {
        Activity::Building => "building",
        Activity::Maintaining => "maintaining",
        Activity::Using => "using",
    }
}

fn mode_key(m: Mode) -> Key {
    match m {
        Mode::Online => term::mode::ONLINE,
        Mode::FaceToFace => term::mode::FACE_TO_FACE,
    }
}

fn mode_id(m: Mode) -> &'static str {
    match m {
        Mode::Online => "online",
        Mode::FaceToFace => "face_to_face",
    }
}

/// The name of a habit.
pub fn habit_key(h: Habit) -> Key {
    match h {
        Habit::ShowInterest => term::habit::SHOW_INTEREST,
        Habit::StayInTouch => term::habit::STAY_IN_TOUCH,
        Habit::KnownFirst => term::habit::KNOWN_FIRST,
        Habit::NoMassInvites => term::habit::NO_MASS_INVITES,
    }
}

fn habit_id(h: Habit) -> &'static str {
    match h {
        Habit::ShowInterest => "show_interest",
        Habit::StayInTouch => "stay_in_touch",
        Habit::KnownFirst => "known_first",
        Habit::NoMassInvites => "no_mass_invites",
    }
}

/// A habit's level in words: worth building under `weak_below`, a strength from
/// `active_from`, on its way between.
fn habit_level(score: u8, s: &Scoring) -> (Key, &'static str) {
    if score < s.weak_below {
        (term::habit_level::WEAK, "weak")
    } else if score >= s.active_from {
        (term::habit_level::STRONG, "strong")
    } else {
        (term::habit_level::GROWING, "growing")
    }
}

/// The person's answer, in words, to the frequency question of one kind and place.
fn frequency(content: &Content, answers: &Answers, activity: Activity, mode: Mode) -> String {
    let item = content
        .items()
        .iter()
        .find(|i| i.activity == Some(activity) && i.mode == Some(mode));
    let label = item.and_then(|i| {
        let labels = content.scale_labels(i.scale.as_deref()?);
        let point = answers.point(&i.id)?;
        labels.get(usize::from(point).checked_sub(1)?).cloned()
    });
    label.unwrap_or_else(|| content.term(ui::behaviour::NOT_ANSWERED).to_owned())
}

/// Whether any item of a habit is answered (a habit nobody answered has no level).
fn habit_answered(content: &Content, answers: &Answers, habit: Habit) -> bool {
    content
        .items()
        .iter()
        .filter(|i| i.habit == Some(habit))
        .any(|i| answers.point(&i.id).is_some())
}

/// A table that may be wider than a narrow screen: it scrolls inside a region that can
/// be reached and scrolled with the keyboard, named by the table's caption.
fn scrolling(caption_id: &str, table: Html) -> Html {
    html! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby={caption_id.to_owned()}>
            { table }
        </div>
    }
}

/// The "what you do now" section.
#[component]
pub fn Behaviour(props: &BehaviourProps) -> Html {
    let content = Content::embedded();
    let scoring = &content.model.scoring;
    let r = &props.results;
    let answers = &props.answers;

    let frequencies = html! {
        <table class="frequency">
            <caption id="frequency-caption">{ content.term(ui::behaviour::FREQUENCY) }</caption>
            <thead><tr>
                <th scope="col">{ content.term(ui::behaviour::KIND) }</th>
                { for MODES.into_iter().map(|m| html! { <th scope="col">{ content.term(mode_key(m)) }</th> }) }
            </tr></thead>
            <tbody>
                { for ACTIVITIES.into_iter().map(|a| html! {
                    <tr data-activity={activity_id(a)}>
                        <th scope="row">{ content.term(activity_key(a)) }</th>
                        { for MODES.into_iter().map(|m| html! {
                            <td data-mode={mode_id(m)}>{ frequency(content, answers, a, m) }</td>
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
                    <tr data-motive={g.motive.id()} data-gap={gap_id(g.kind)}>
                        <th scope="row">{ content.motive_name(g.motive) }</th>
                        <td class="num importance">{ g.importance }</td>
                        <td class="num activity">{ g.activity }</td>
                        <td class="gap-text">{ content.gap_text(g.kind) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    };

    let levels: Vec<(Habit, Option<(Key, &'static str)>)> = Habit::ALL
        .into_iter()
        .map(|h| {
            let answered = habit_answered(content, answers, h);
            (
                h,
                answered.then(|| habit_level(r.behaviour.habit(h), scoring)),
            )
        })
        .collect();
    let weak: Vec<&str> = r
        .behaviour
        .weak_habits(scoring.weak_below)
        .into_iter()
        .filter(|h| habit_answered(content, answers, *h))
        .map(|h| content.term(habit_key(h)))
        .collect();
    let planned = r.plan.steps.iter().find_map(|s| s.habit).map(|h| {
        term_fill!(
            content,
            ui::behaviour::PLAN_BUILDS,
            habit = content.term(habit_key(h))
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
                    <tr data-habit={habit_id(*h)} data-level={level.map_or("none", |(_, id)| id)}>
                        <th scope="row">{ content.term(habit_key(*h)) }</th>
                        <td class="level">{ level.map_or_else(
                            || content.term(ui::behaviour::NOT_ANSWERED),
                            |(key, _)| content.term(key),
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

fn gap_id(kind: GapKind) -> &'static str {
    match kind {
        GapKind::Aligned => "aligned",
        GapKind::Under => "under",
        GapKind::Over => "over",
    }
}
