//! Small helpers shared by the screens: lists in words, the "because …" line of a
//! channel, dates in words, texts with markup in place of their `{name}` marks, and the
//! names of motives and channels with fallbacks for ids a newer or older content no
//! longer has.

use yew::prelude::*;

use crate::clock::{local_day, long_date_time};
use crate::model::term::ui;
use crate::model::Key;
use crate::model::{fill, pieces, Content, Date, Motive, Piece, Reason};

/// A text with each `{name}` mark replaced by the markup `fill` gives for the name (a mark
/// it does not know stays as written), e.g. a date in a `<time>` or a word in bold.
pub fn with_marks(text: &str, fill: impl Fn(&str) -> Option<Html>) -> Html {
    pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => html! { { text.to_owned() } },
            Piece::Mark(name) => fill(name).unwrap_or_else(|| html! { { format!("{{{name}}}") } }),
        })
        .collect()
}

/// "a, b and c" with the language's word for "and".
pub fn join(content: &Content, parts: &[&str]) -> String {
    match parts {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), content.term(ui::AND)),
    }
}

/// The phrases of the reasons that raised (`up`) or lowered a fit.
pub fn reason_texts<'a>(content: &'a Content, reasons: &[Reason], up: bool) -> Vec<&'a str> {
    reasons
        .iter()
        .filter(|r| r.delta != 0 && (r.delta > 0) == up)
        .map(|r| content.reason_text(r.kind))
        .collect()
}

/// "Because …. But …." for a channel's reasons.
pub fn because(content: &Content, reasons: &[Reason]) -> String {
    let (ups, downs) = (
        reason_texts(content, reasons, true),
        reason_texts(content, reasons, false),
    );
    let line = |key: Key, parts: &[&str]| {
        (!parts.is_empty()).then(|| fill(content.term(key), &[("reasons", &join(content, parts))]))
    };
    [
        line(ui::results::BECAUSE, &ups),
        line(ui::results::BUT, &downs),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ")
}

/// A channel's name, or its id if this content does not know it.
pub fn channel_name<'a>(content: &'a Content, id: &'a str) -> &'a str {
    match content.channel_name(id) {
        "" => id,
        name => name,
    }
}

/// The names of motives, joined in words.
pub fn motive_names(content: &Content, motives: &[Motive]) -> String {
    let names: Vec<&str> = motives.iter().map(|m| content.motive_name(*m)).collect();
    join(content, &names)
}

/// A `<time>` element for a day, written out in words.
pub fn day(content: &Content, date: Date) -> Html {
    let iso = date.to_string();
    html! { <time datetime={iso}>{ content.long_day(date) }</time> }
}

/// The day of the person's calendar on which an ISO 8601 time stamp falls, written out
/// in words (the stamp itself if it has no readable day).
pub fn day_of(content: &Content, stamp: &str) -> Html {
    match local_day(stamp) {
        Some(date) => day(content, date),
        None => html! { { stamp.to_owned() } },
    }
}

/// A `<time>` element for a moment (ISO 8601), as a day and a time of day.
pub fn moment(content: &Content, stamp: &str) -> Html {
    html! {
        <time datetime={stamp.to_owned()}>{ long_date_time(&content.strings.language, stamp, false) }</time>
    }
}

/// A moment (ISO 8601) as plain text, as a day and a time of day (`short`: with the
/// month abbreviated).
pub fn moment_text(content: &Content, stamp: &str, short: bool) -> String {
    long_date_time(&content.strings.language, stamp, short)
}
