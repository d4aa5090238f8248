//! What if: native selects for the weekly time, privacy comfort and posting comfort,
//! starting from the person's answers, that re-rank the channels live with
//! [`score_with`]. The saved answers never change.

use yew::prelude::*;

use crate::components::results::channels::{channel_item, CHANNELS_SHOWN};
use crate::model::term::ui;
use crate::model::Key;
use crate::model::{reason_lines, score_with, shortlist, Answers, Constraints, Role};

/// Properties of [`WhatIf`].
#[derive(Properties, PartialEq, Clone)]
pub struct WhatIfProps {
    /// The person's answers (read only).
    pub answers: Answers,
}

/// The constraints a control changes.
const CONTROLS: [(Role, Key); 3] = [
    (Role::TimeBudget, ui::what_if::TIME),
    (Role::Privacy, ui::what_if::PRIVACY),
    (Role::Posting, ui::what_if::POSTING),
];

fn get(c: &Constraints, role: Role) -> u16 {
    match role {
        Role::TimeBudget => c.minutes,
        Role::Privacy => u16::from(c.privacy),
        _ => u16::from(c.posting),
    }
}

fn set(c: &mut Constraints, role: Role, value: u16) {
    let level = u8::try_from(value).unwrap_or(u8::MAX);
    match role {
        Role::TimeBudget => c.minutes = value,
        Role::Privacy => c.privacy = level,
        _ => c.posting = level,
    }
}

/// The what-if controls and the channels they give.
#[component]
pub fn WhatIf(props: &WhatIfProps) -> Html {
    let content = crate::active::content();
    let own = Constraints::from_answers(content, &props.answers);
    let chosen = {
        let own = own.clone();
        use_state(move || own)
    };
    // Bumped on reset, so the selects are made afresh showing the person's answers.
    let generation = use_state(|| 0u32);
    let results = score_with(content, &props.answers, &chosen);
    let changed = *chosen != own;
    let shown = shortlist(&results.channels, CHANNELS_SHOWN);
    let lines = reason_lines(content, &shown);
    let reset = {
        let (chosen, own, generation) = (chosen.clone(), own.clone(), generation.clone());
        Callback::from(move |_: MouseEvent| {
            chosen.set(own.clone());
            generation.set(*generation + 1);
        })
    };
    html! {
        <section class="what-if" aria-labelledby="what-if-title">
            <h2 id="what-if-title">{ content.term(ui::what_if::TITLE) }</h2>
            <p>{ content.term(ui::what_if::TEXT) }</p>
            <div class="what-if-controls" key={generation.to_string()}>
                { for CONTROLS.into_iter().filter_map(|(role, label)| {
                    let item = content.role_item(role)?;
                    let id = format!("what-if-{}", item.id);
                    let current = get(&chosen, role);
                    let onchange = {
                        let chosen = chosen.clone();
                        Callback::from(move |e: Event| {
                            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                            if let Ok(value) = select.value().parse::<u16>() {
                                let mut next = (*chosen).clone();
                                set(&mut next, role, value);
                                chosen.set(next);
                            }
                        })
                    };
                    Some(html! {
                        <div class="field">
                            <label for={id.clone()}>{ content.term(label) }</label>
                            <select id={id} onchange={onchange}>
                                { for item.options.iter().filter_map(|o| {
                                    let value = o.value?;
                                    Some(html! {
                                        <option value={value.to_string()} selected={value == current}>
                                            { content.option_label(&item.id, &o.id) }
                                        </option>
                                    })
                                }) }
                            </select>
                        </div>
                    })
                }) }
            </div>
            <p class="what-if-status" role="status">
                { content.term(if changed { ui::what_if::CHANGED } else { ui::what_if::SAME }) }
            </p>
            if changed {
                <button type="button" class="button" onclick={reset}>{ content.term(ui::what_if::RESET) }</button>
            }
            <ol class="channels what-if-channels">
                { for shown.iter().zip(&lines).map(|(f, line)| channel_item(content, f, line)) }
            </ol>
        </section>
    }
}
