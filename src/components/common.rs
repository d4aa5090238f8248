//! Small markup helpers shared by the screens: dates and moments in `<time>` elements,
//! texts with markup in place of their `{name}` marks, and tables that scroll in a region
//! of their own. Plain sentences (lists in words,
//! reasons, names) come from the model (`model::phrases`).

use yew::prelude::*;

use crate::clock::{local_day, long_date_time};
use crate::model::{pieces, Content, Date, Piece};

/// A table that may be wider than a narrow screen (large text, long words): it scrolls
/// inside a region that can be reached and scrolled with the keyboard, named by the element
/// whose id is `label_id` (the table's caption or the heading above it), so the page itself
/// never scrolls sideways.
pub fn scrolling(label_id: &str, table: Html) -> Html {
    html! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby={label_id.to_owned()}>
            { table }
        </div>
    }
}

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
