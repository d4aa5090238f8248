//! What a pack changes, in words: the lines of its preview, written with the terms of the
//! content in use and the names the pack gives its channels and questions. Pure, so the
//! preview's wording is tested natively; the UI only lists the lines.

use super::diff::{Changes, Fields, Named};
use crate::model::embedded::Content;
use crate::model::term::ui;
use crate::term_fill;

/// Longest part of a question shown in a list, in characters.
const PROMPT_CHARS: usize = 60;

/// A question's prompt cut to [`PROMPT_CHARS`], in quotes, or its id when the content
/// does not know it.
fn question(content: &Content, id: &str) -> String {
    let prompt = content.prompt(id);
    if prompt.is_empty() {
        return id.to_owned();
    }
    let mut cut: String = prompt.chars().take(PROMPT_CHARS).collect();
    if cut.len() < prompt.len() {
        cut.push('…');
    }
    format!("“{cut}”")
}

/// The lines of a pack's preview: what `changes` changes against the built-in content,
/// one line per kind of change, those that change how results are calculated first.
/// `words` is the content whose terms are used, `pack` the pack's own content (for the
/// names of what it has); an empty list means it changes nothing.
pub fn change_lines(words: &Content, pack: &Content, changes: &Changes) -> Vec<String> {
    let mut lines = Vec::new();
    let names = |list: &[Named]| -> String {
        let names: Vec<&str> = list.iter().map(|n| n.name.as_str()).collect();
        words.join(&names)
    };
    let channels = |list: &[Fields]| -> String {
        let names: Vec<&str> = list
            .iter()
            .map(|f| pack.channel_name_or_id(&f.id))
            .collect();
        words.join(&names)
    };
    let questions = |list: &[Fields]| -> String {
        let names: Vec<String> = list.iter().map(|f| question(pack, &f.id)).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        words.join(&names)
    };
    let mut push = |line: Option<String>| lines.extend(line);

    let c = changes;
    let some = |list_empty: bool, line: &dyn Fn() -> String| (!list_empty).then(line);
    push(some(c.items_added.is_empty(), &|| {
        term_fill!(
            words,
            ui::pack::change::ITEMS_ADDED,
            list = names(&c.items_added)
        )
    }));
    push(some(c.items_removed.is_empty(), &|| {
        term_fill!(
            words,
            ui::pack::change::ITEMS_REMOVED,
            list = names(&c.items_removed)
        )
    }));
    push(some(c.items_rekeyed.is_empty(), &|| {
        term_fill!(
            words,
            ui::pack::change::ITEMS_REKEYED,
            list = questions(&c.items_rekeyed)
        )
    }));
    let scales: Vec<String> = c
        .scales_added
        .iter()
        .chain(&c.scales_removed)
        .cloned()
        .chain(c.scales_changed.iter().map(|p| p.name.clone()))
        .collect();
    push(some(scales.is_empty(), &|| {
        let list: Vec<&str> = scales.iter().map(String::as_str).collect();
        term_fill!(words, ui::pack::change::SCALES, list = words.join(&list))
    }));
    for p in &c.scoring {
        push(Some(term_fill!(
            words,
            ui::pack::change::SCORING,
            name = p.name,
            from = p.from,
            to = p.to
        )));
    }
    push(some(c.channels_added.is_empty(), &|| {
        term_fill!(
            words,
            ui::pack::change::CHANNELS_ADDED,
            list = names(&c.channels_added)
        )
    }));
    push(some(c.channels_removed.is_empty(), &|| {
        term_fill!(
            words,
            ui::pack::change::CHANNELS_REMOVED,
            list = names(&c.channels_removed)
        )
    }));
    let ratings =
        |r: [u8; 3]| -> String { r.iter().map(u8::to_string).collect::<Vec<_>>().join(" · ") };
    for r in &c.channels_rerated {
        push(Some(term_fill!(
            words,
            ui::pack::change::CHANNEL_RERATED,
            name = pack.channel_name_or_id(&r.id),
            from = ratings(r.from),
            to = ratings(r.to)
        )));
    }
    push(some(c.channels_changed.is_empty(), &|| {
        term_fill!(
            words,
            ui::pack::change::CHANNELS_CHANGED,
            list = channels(&c.channels_changed)
        )
    }));
    push(
        c.channels_reordered
            .then(|| words.term(ui::pack::change::CHANNELS_REORDERED).to_owned()),
    );
    let actions = c.actions_added.len() + c.actions_removed.len() + c.actions_changed.len();
    let action_list: Vec<&str> = c
        .actions_added
        .iter()
        .chain(&c.actions_removed)
        .map(|n| n.id.as_str())
        .chain(c.actions_changed.iter().map(|f| f.id.as_str()))
        .collect();
    push(some(actions == 0 && !c.actions_reordered, &|| {
        term_fill!(
            words,
            ui::pack::change::ACTIONS,
            list = words.join(&action_list)
        )
    }));
    push(some(c.channels_reworded.is_empty(), &|| {
        term_fill!(
            words,
            ui::pack::change::CHANNELS_REWORDED,
            list = channels(&c.channels_reworded)
        )
    }));
    push(
        c.items_reordered
            .then(|| words.term(ui::pack::change::ITEMS_REORDERED).to_owned()),
    );
    push(some(c.items_reworded.is_empty(), &|| {
        term_fill!(
            words,
            ui::pack::change::ITEMS_REWORDED,
            list = questions(&c.items_reworded)
        )
    }));
    push(some(c.scales_reworded.is_empty(), &|| {
        let list: Vec<&str> = c.scales_reworded.iter().map(String::as_str).collect();
        term_fill!(
            words,
            ui::pack::change::SCALES_REWORDED,
            list = words.join(&list)
        )
    }));
    push(some(c.actions_reworded.is_empty(), &|| {
        term_fill!(
            words,
            ui::pack::change::ACTIONS_REWORDED,
            count = c.actions_reworded.len().to_string()
        )
    }));
    push(some(c.texts_reworded.is_empty(), &|| {
        term_fill!(
            words,
            ui::pack::change::TEXTS,
            count = c.texts_reworded.len().to_string()
        )
    }));
    push(some(c.languages_added.is_empty(), &|| {
        let list: Vec<&str> = c.languages_added.iter().map(String::as_str).collect();
        term_fill!(
            words,
            ui::pack::change::LANGUAGES_ADDED,
            list = words.join(&list)
        )
    }));
    push(some(c.languages_removed.is_empty(), &|| {
        let list: Vec<&str> = c.languages_removed.iter().map(String::as_str).collect();
        term_fill!(
            words,
            ui::pack::change::LANGUAGES_REMOVED,
            list = words.join(&list)
        )
    }));
    push((c.terms_filled > 0).then(|| {
        term_fill!(
            words,
            ui::pack::change::TERMS_FILLED,
            count = c.terms_filled.to_string()
        )
    }));
    lines
}
