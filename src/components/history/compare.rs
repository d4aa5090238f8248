//! Two past results side by side: pick an earlier and a later one (the two newest at
//! first) and see each motive's score in both, what rose, what fell (changes under
//! [`NOTABLE_CHANGE`] are "about the same"),
//! whether the main reason changed, and which channels came in or dropped out.

use yew::prelude::*;

use crate::clock::distinct_date_times;
use crate::components::common::scrolling;
use crate::model::history::NOTABLE_CHANGE;
use crate::model::term::ui;
use crate::model::Key;
use crate::model::{compare, Content, MotiveChange, Snapshot};
use crate::term_fill;

/// Properties of [`Compare`].
#[derive(Properties, PartialEq, Clone)]
pub struct CompareProps {
    /// The snapshots, oldest first (at least two).
    pub history: Vec<Snapshot>,
}

fn change_text(content: &Content, c: &MotiveChange) -> String {
    let delta = c.delta();
    let by = delta.unsigned_abs().to_string();
    match delta {
        d if d >= NOTABLE_CHANGE => term_fill!(content, ui::compare::ROSE, by = by),
        d if d <= -NOTABLE_CHANGE => term_fill!(content, ui::compare::FELL, by = by),
        _ => content.term(ui::compare::SAME).to_owned(),
    }
}

fn picker(
    content: &Content,
    id: &str,
    label: Key,
    labels: &[String],
    chosen: usize,
    on: Callback<usize>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        if let Ok(i) = select.value().parse::<usize>() {
            on.emit(i);
        }
    });
    html! {
        <div class="field">
            <label for={id.to_owned()}>{ content.term(label) }</label>
            <select id={id.to_owned()} onchange={onchange}>
                { for labels.iter().enumerate().map(|(i, text)| html! {
                    <option value={i.to_string()} selected={i == chosen}>{ text.clone() }</option>
                }) }
            </select>
        </div>
    }
}

/// The comparison.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let content = crate::active::content();
    let n = props.history.len();
    let pair = use_state(|| (n.saturating_sub(2), n.saturating_sub(1)));
    let (a, b) = (pair.0.min(n - 1), pair.1.min(n - 1));
    let (older, newer) = (&props.history[a], &props.history[b]);
    // Results taken within the same minute are told apart by the second.
    let stamps: Vec<&str> = props.history.iter().map(|s| s.taken.as_str()).collect();
    let labels = distinct_date_times(&content.strings.language, &stamps);
    let diff = compare(older, newer);
    let on_a = {
        let pair = pair.clone();
        Callback::from(move |i| pair.set((i, pair.1)))
    };
    let on_b = {
        let pair = pair.clone();
        Callback::from(move |i| pair.set((pair.0, i)))
    };
    let names = |ids: &[String]| {
        let names: Vec<&str> = ids.iter().map(|c| content.channel_name_or_id(c)).collect();
        content.join(&names)
    };
    let top = if diff.top_changed {
        term_fill!(
            content,
            ui::compare::TOP_CHANGED,
            before = content.motive_names(&older.summary.top),
            after = content.motive_names(&newer.summary.top)
        )
    } else {
        term_fill!(
            content,
            ui::compare::TOP_SAME,
            motives = content.motive_names(&newer.summary.top)
        )
    };
    let (added, dropped, kept) = (
        &diff.channels_added,
        &diff.channels_dropped,
        &diff.channels_kept,
    );
    let lists = [
        (
            term_fill!(content, ui::compare::ADDED, channels = names(added)),
            added,
            "added",
        ),
        (
            term_fill!(content, ui::compare::DROPPED, channels = names(dropped)),
            dropped,
            "dropped",
        ),
        (
            term_fill!(content, ui::compare::KEPT, channels = names(kept)),
            kept,
            "kept",
        ),
    ];
    let changes = html! {
        <table class="changes">
            <caption id="compare-caption">{ content.term(ui::compare::SCORES) }</caption>
            <thead><tr>
                <th scope="col">{ content.term(ui::results::REASON) }</th>
                <th scope="col">{ labels[a].clone() }</th>
                <th scope="col">{ labels[b].clone() }</th>
                <th scope="col">{ content.term(ui::compare::CHANGE) }</th>
            </tr></thead>
            <tbody>
                { for diff.motives.iter().map(|c| html! {
                    <tr data-motive={c.motive.id()} data-delta={c.delta().to_string()}>
                        <th scope="row">{ content.motive_name(c.motive) }</th>
                        <td class="num">{ c.before }</td>
                        <td class="num">{ c.after }</td>
                        <td>{ change_text(content, c) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    };
    html! {
        <section class="compare" aria-labelledby="compare-title">
            <h2 id="compare-title">{ content.term(ui::compare::TITLE) }</h2>
            <div class="compare-pickers">
                { picker(content, "compare-a", ui::compare::FIRST, &labels, a, on_a) }
                { picker(content, "compare-b", ui::compare::SECOND, &labels, b, on_b) }
            </div>
            <div class="comparison" role="status">
                if diff.different_content {
                    <p class="notice compare-content">{ content.term(ui::pack::COMPARE_NOTE) }</p>
                }
                { scrolling("compare-caption", changes) }
                <p class="top-change">{ top }</p>
                { for lists.into_iter().filter(|(_, ids, _)| !ids.is_empty()).map(|(text, _, class)| html! {
                    <p class={classes!("channel-change", class)}>{ text }</p>
                }) }
            </div>
        </section>
    }
}
