//! The answer options of scale, single- and multi-choice items as native controls:
//! radio buttons for one answer, checkboxes for several, each a large labelled
//! target. The enclosing fieldset and legend (in the question) name the group.

use yew::prelude::*;

use crate::model::{AnswerValue, Content, ItemKind};

/// Properties of [`Choices`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChoicesProps {
    /// The item id.
    pub item: String,
    /// The current answer, if any.
    pub value: Option<AnswerValue>,
    /// Reports a new answer.
    pub on_change: Callback<AnswerValue>,
}

/// One option as shown: its input value, label and the answer choosing it gives.
struct Opt {
    key: String,
    label: String,
    checked: bool,
    value: AnswerValue,
}

fn options(content: &Content, item_id: &str, value: Option<&AnswerValue>) -> Vec<Opt> {
    let Some(item) = content.item(item_id) else {
        return Vec::new();
    };
    match item.kind {
        ItemKind::Scale => {
            let labels = item
                .scale
                .as_deref()
                .map(|s| content.scale_labels(s))
                .unwrap_or(&[]);
            (1u8..)
                .zip(labels)
                .map(|(point, label)| Opt {
                    key: point.to_string(),
                    label: label.clone(),
                    checked: value == Some(&AnswerValue::Point(point)),
                    value: AnswerValue::Point(point),
                })
                .collect()
        }
        ItemKind::Single => item
            .options
            .iter()
            .map(|o| Opt {
                key: o.id.clone(),
                label: content.option_label(item_id, &o.id).to_owned(),
                checked: matches!(value, Some(AnswerValue::Choice(c)) if *c == o.id),
                value: AnswerValue::Choice(o.id.clone()),
            })
            .collect(),
        ItemKind::Multi => {
            let chosen: &[String] = match value {
                Some(AnswerValue::Choices(c)) => c,
                _ => &[],
            };
            item.options
                .iter()
                .map(|o| {
                    let checked = chosen.contains(&o.id);
                    // The answer after toggling this box, in the item's option order.
                    let toggled = item
                        .options
                        .iter()
                        .filter(|x| (x.id == o.id) != chosen.contains(&x.id))
                        .map(|x| x.id.clone())
                        .collect();
                    Opt {
                        key: o.id.clone(),
                        label: content.option_label(item_id, &o.id).to_owned(),
                        checked,
                        value: AnswerValue::Choices(toggled),
                    }
                })
                .collect()
        }
        ItemKind::Split => Vec::new(),
    }
}

/// Radio buttons or checkboxes for one item.
#[component]
pub fn Choices(props: &ChoicesProps) -> Html {
    let content = crate::active::content();
    let multi = content
        .item(&props.item)
        .is_some_and(|i| i.kind == ItemKind::Multi);
    let kind = if multi { "checkbox" } else { "radio" };
    let opts = options(content, &props.item, props.value.as_ref());
    html! {
        <div class={classes!("options", multi.then_some("multi"))}>
            { for opts.into_iter().map(|opt| {
                let id = format!("opt-{}-{}", props.item, opt.key);
                let on_change = props.on_change.clone();
                let value = opt.value;
                let onchange = Callback::from(move |_: Event| on_change.emit(value.clone()));
                html! {
                    <label class="option" key={id.clone()}>
                        <input type={kind} id={id} name={props.item.clone()} value={opt.key}
                            checked={opt.checked} onchange={onchange} />
                        <span>{ opt.label }</span>
                    </label>
                }
            }) }
        </div>
    }
}
