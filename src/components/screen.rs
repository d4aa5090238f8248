//! The screen the route names, with what it needs from the stored data: the welcome
//! page, a question, the results and how they were calculated (of the assessment in
//! progress, or else of the latest past result), the history, the person's data, the
//! facilitator's screens (joining, and counting the room), or a room link beside the
//! person's latest result.

use yew::prelude::*;

use crate::components::data::DataScreen;
use crate::components::history::HistoryScreen;
use crate::components::pack::link::PackLinkScreen;
use crate::components::question::Question;
use crate::components::results::how::HowScreen;
use crate::components::results::ResultsScreen;
use crate::components::room::RoomScreen;
use crate::components::room_you::RoomYouScreen;
use crate::components::tally::TallyScreen;
use crate::components::welcome::Welcome;
use crate::model::store::Stored;
use crate::model::{AnswerValue, Answers, Summary};
use crate::route::Route;
use crate::state::{Action, Erasing};

/// Properties of [`Screen`].
#[derive(Properties, PartialEq, Clone)]
pub struct ScreenProps {
    /// The screen to show.
    pub route: Route,
    /// Everything kept on the device.
    pub stored: Stored,
    /// Records an answer.
    pub on_answer: Callback<(String, AnswerValue)>,
    /// Starts a new assessment and shows its first question.
    pub on_start: Callback<()>,
    /// Sends other actions to the app.
    pub on_action: Callback<Action>,
    /// How the last request to delete everything went.
    pub erasing: Erasing,
    /// Whether storage holds data that is not shown (set aside, or unreadable).
    pub unshown: bool,
    /// On a shared device, opens what "I'm done" offers (the results show the way to it).
    #[prop_or_default]
    pub on_done: Option<Callback<()>>,
}

/// The results the results screens show.
struct Shown {
    answers: Answers,
    completed: Option<String>,
    earlier: bool,
    /// What the shown past result said then, for one the current questions cannot score.
    summary: Option<Summary>,
    /// That past result was taken with other content than the content in use.
    other_content: bool,
}

/// The assessment in progress if it has answers; otherwise the latest past result
/// (say, after importing a file on a new device).
fn shown_results(stored: &Stored) -> Shown {
    let session = stored
        .current
        .as_ref()
        .filter(|s| s.answers.iter().next().is_some());
    match (session, stored.history.last()) {
        (None, Some(latest)) => Shown {
            other_content: !latest.same_content(crate::active::tag().as_ref()),
            answers: latest.answers.clone(),
            completed: Some(latest.taken.clone()),
            earlier: true,
            summary: (!latest
                .rescorable_with(crate::active::content(), crate::active::tag().as_ref()))
            .then(|| latest.summary.clone()),
        },
        (session, _) => Shown {
            answers: session.map(|s| s.answers.clone()).unwrap_or_default(),
            completed: session.and_then(|s| s.snapshot.clone()),
            earlier: false,
            summary: None,
            other_content: false,
        },
    }
}

/// What the screen shown prepares for while it is read.
#[derive(PartialEq, Clone)]
enum Ahead {
    Question(String),
    Results,
    Nothing,
}

/// The screen.
#[component]
pub fn Screen(props: &ScreenProps) -> Html {
    let stored = &props.stored;
    // While a question is read, the one after it is drawn and laid out once out of sight, so
    // Next finds its code compiled and its words measured; on the last question the answers
    // are scored once, so "See my results" finds the scoring code compiled.
    let ahead = match &props.route {
        Route::Question(id) => {
            let items = crate::active::content().items();
            match items.iter().position(|i| &i.id == id) {
                Some(i) => match items.get(i + 1) {
                    Some(next) => Ahead::Question(next.id.clone()),
                    None => Ahead::Results,
                },
                None => Ahead::Nothing,
            }
        }
        _ => Ahead::Nothing,
    };
    let answers = (ahead == Ahead::Results).then(|| {
        stored
            .current
            .as_ref()
            .map(|s| s.answers.clone())
            .unwrap_or_default()
    });
    use_effect_with(ahead, move |ahead| match (ahead, answers) {
        (Ahead::Question(item), _) => crate::warm::question(item.clone()),
        (Ahead::Results, Some(answers)) => crate::warm::results(answers),
        _ => {}
    });
    // Once there are results to list, History's dates are prepared while the screen shown is
    // read: the browser's first date formatter takes longer to make than a click may.
    let dated = (!stored.history.is_empty() && props.route != Route::History)
        .then(|| crate::active::content().strings.language.clone());
    use_effect_with(dated, |dated| {
        if let Some(language) = dated {
            crate::warm::dates(language.clone());
        }
    });
    match &props.route {
        Route::Welcome => html! {
            <Welcome session={stored.current.clone()} has_history={!stored.history.is_empty()}
                on_start={props.on_start.clone()} />
        },
        Route::Question(id) => {
            let answers = stored
                .current
                .as_ref()
                .map(|s| s.answers.clone())
                .unwrap_or_default();
            html! { <Question item={id.clone()} answers={answers} on_answer={props.on_answer.clone()}
            on_action={props.on_action.clone()} /> }
        }
        Route::Results => {
            let shown = shown_results(stored);
            html! {
                <ResultsScreen answers={shown.answers} completed={shown.completed}
                    earlier={shown.earlier} summary={shown.summary} on_retake={props.on_start.clone()}
                    room_nonce={stored.room_nonce} on_action={props.on_action.clone()}
                    other_content={shown.other_content}
                    on_done={props.on_done.clone()} />
            }
        }
        Route::How => {
            let shown = shown_results(stored);
            html! { <HowScreen answers={shown.answers} earlier={shown.earlier}
            from_summary={shown.summary.is_some()} /> }
        }
        Route::History => html! {
            <HistoryScreen history={stored.history.clone()} on_action={props.on_action.clone()} />
        },
        Route::Data => {
            html! {
                <DataScreen stored={stored.clone()} erasing={props.erasing.clone()} unshown={props.unshown}
                    on_action={props.on_action.clone()} />
            }
        }
        Route::Room => html! { <RoomScreen on_action={props.on_action.clone()} /> },
        Route::RoomCount => html! { <TallyScreen /> },
        Route::RoomYou(fragment) => html! {
            <RoomYouScreen fragment={fragment.clone()} latest={stored.history.last().cloned()}
                on_action={props.on_action.clone()} />
        },
        Route::Pack(payload) => html! {
            <PackLinkScreen payload={payload.clone()} on_action={props.on_action.clone()} />
        },
    }
}
