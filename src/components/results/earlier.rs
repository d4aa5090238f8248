//! An earlier result that the current questions can no longer score (it was taken with an
//! earlier version of them, whose answers are now incomplete): what it said then, from the
//! summary kept with it (its main reason, its top channels with their bands, its day), and
//! a plain note saying why only that is shown. A result taken with other content (a content
//! pack, or the built-in content while a pack is in use) is shown the same way.

use yew::prelude::*;

use crate::components::common::{day_of, with_marks};
use crate::components::results::channels::band_class;
use crate::model::term::ui;
use crate::model::Summary;
use crate::{term_fill, term_text};

/// Properties of [`EarlierSummary`].
#[derive(Properties, PartialEq, Clone)]
pub struct EarlierSummaryProps {
    /// What the result said when it was taken.
    pub summary: Summary,
    /// When it was taken (ISO 8601).
    pub taken: String,
    /// Starts a new assessment.
    pub on_retake: Callback<()>,
    /// It was taken with other content (a pack, or the built-in content while a pack is
    /// in use) rather than an earlier version of the questions.
    #[prop_or_default]
    pub other_content: bool,
}

/// The summary of an earlier result.
#[component]
pub fn EarlierSummary(props: &EarlierSummaryProps) -> Html {
    let content = crate::active::content();
    let s = &props.summary;
    let taken = props.taken.clone();
    let text = if props.other_content {
        term_text!(content, ui::pack::EARLIER_OTHER, date)
    } else {
        term_text!(content, ui::results::EARLIER_FORMAT, date)
    };
    let note = with_marks(text, |mark| {
        (mark == "date").then(|| day_of(content, &taken))
    });
    let on_retake = {
        let on_retake = props.on_retake.clone();
        Callback::from(move |_: MouseEvent| on_retake.emit(()))
    };
    html! {
        <section class="results earlier-summary" aria-labelledby="results-title" data-taken={props.taken.clone()}>
            <h1 id="results-title" tabindex="-1">{ content.term(ui::results::TITLE) }</h1>
            <p class="note earlier-note">{ note }</p>
            <p class="headline" data-top={s.top.iter().map(|m| m.id()).collect::<Vec<_>>().join(" ")}>
                { term_fill!(content, ui::results::EARLIER_TOP, motives = content.motive_names(&s.top)) }
            </p>
            if !s.channels.is_empty() {
                <section class="where-to" aria-labelledby="earlier-channels-title">
                    <h2 id="earlier-channels-title">{ content.term(ui::results::EARLIER_CHANNELS) }</h2>
                    <ol class="channels">
                        { for s.channels.iter().map(|c| html! {
                            <li data-channel={c.channel.clone()}>
                                <strong>{ content.channel_name_or_id(&c.channel) }</strong>
                                { " " }
                                <span class={classes!("tag", "band", band_class(c.band))}>{ content.band_name(c.band) }</span>
                            </li>
                        }) }
                    </ol>
                </section>
            }
            <p>{ content.term(ui::results::EARLIER_RETAKE) }</p>
            <div class="actions no-print">
                <button type="button" class="button primary" onclick={on_retake}>{ content.term(ui::results::RETAKE) }</button>
            </div>
        </section>
    }
}
