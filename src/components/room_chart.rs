//! The room's picture, counts only: how many people have each main reason and how many
//! have each reason low, middle or high. Two SVG bar charts that read without colour (each
//! bar named and counted in text; the bands also told apart by pattern and position) and
//! the same numbers in captioned tables. Shown on a participant's device from a room link,
//! and on the facilitator's screen once the room is revealed.
//!
//! The tables are the contract other screens and tests read: one `tr[data-main]` per main
//! reason that anyone has (the last cell its count), and one `tr[data-motive]` per reason
//! with the low, middle and high counts as its last three cells.

use yew::prelude::*;

use crate::components::across::Across;
use crate::model::room::{MainReason, RoomSummary, ScoreBand, HIGH_FROM, MIDDLE_FROM};
use crate::model::term::ui;
use crate::model::Motive;
use crate::term_fill;

/// Width of a bar for the whole room, in chart units.
const FULL: u32 = 200;
/// Where the bars of the band chart start, after the band's name.
const BAND_LEFT: u32 = 64;
/// Height of one main reason's row (a line of its name above its bar).
const MAIN_ROW: u32 = 44;
/// Height of each further line of a long name.
const LINE: u32 = 17;
/// Characters of a name on one line of the main reasons' chart.
const LABEL_CHARS: usize = 30;
/// Height of one band's bar row.
const BAND_ROW: u32 = 20;
/// Height of a reason's block in the band chart: its name and three bars.
const BAND_BLOCK: u32 = 26 + 3 * BAND_ROW;

/// What [`room_chart`] draws.
pub struct RoomChartProps {
    /// The room to show.
    pub room: RoomSummary,
}

/// The length of a bar for `count` of `people`, in chart units (a sliver for one person,
/// so a count above zero always shows).
fn bar(count: u16, people: u16, full: u32) -> u32 {
    let w = u32::from(count) * full / u32::from(people.max(1));
    w.max(u32::from(count > 0) * 2)
}

/// Words in lines of at most `width` characters (a longer word on a line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// The room's charts and tables.
pub fn room_chart(props: &RoomChartProps) -> Html {
    let content = crate::active::content();
    let room = &props.room;
    let people = room.people();
    let present: Vec<(MainReason, u16)> = MainReason::ALL
        .into_iter()
        .map(|r| (r, room.main(r)))
        .filter(|&(_, n)| n > 0)
        .collect();
    let describe = |name: &str, count: u16| {
        term_fill!(
            content,
            ui::room_chart::DESCRIBE,
            name = name,
            count = count.to_string()
        )
    };

    let main_desc: Vec<String> = present
        .iter()
        .map(|&(r, n)| describe(&content.main_reason_name(r), n))
        .collect();
    // Long names (joint reasons) go on two or more lines, so nothing is cut at a phone's
    // width.
    let labels: Vec<Vec<String>> = present
        .iter()
        .map(|&(r, _)| wrap(&content.main_reason_name(r), LABEL_CHARS))
        .collect();
    let mut tops = Vec::with_capacity(present.len());
    let mut height = 0;
    for lines in &labels {
        tops.push(height);
        height += MAIN_ROW + LINE * (u32::try_from(lines.len()).unwrap_or(1).max(1) - 1);
    }
    let across = Across::shown(300);
    let main_chart = html! {
        <svg viewBox={format!("0 0 300 {}", height + 4)} role="img" class="bars room-main-bars"
            aria-labelledby="room-main-chart-title room-main-chart-desc" focusable="false">
            <title id="room-main-chart-title">{ content.term(ui::room_chart::MAIN_CHART) }</title>
            <desc id="room-main-chart-desc">{ main_desc.join(" ") }</desc>
            { for present.iter().zip(&labels).zip(&tops).map(|((&(r, n), lines), &top)| {
                let bar_y = top + MAIN_ROW - 23 + LINE * (u32::try_from(lines.len()).unwrap_or(1).max(1) - 1);
                html! {
                    <g class="main-reason" data-main={r.id()}>
                        <text x={across.text(0)} y={(top + 15).to_string()} class="label">
                            { for lines.iter().enumerate().map(|(i, line)| html! {
                                <tspan x={across.text(0)} dy={if i == 0 { "0".to_owned() } else { LINE.to_string() }}>{ line.clone() }</tspan>
                            }) }
                        </text>
                        <rect x={across.boxed(0, FULL)} y={bar_y.to_string()} width={FULL.to_string()} height="16" class="track" />
                        <rect x={across.boxed(0, bar(n, people, FULL))} y={bar_y.to_string()}
                            width={bar(n, people, FULL).to_string()} height="16" class="bar room-bar" />
                        <text x={across.text(FULL + 8)} y={(bar_y + 13).to_string()} class="value">{ n }</text>
                    </g>
                }
            }) }
        </svg>
    };
    let main_table = html! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="room-main-caption">
            <table class="room-table">
                <caption id="room-main-caption">{ content.term(ui::room_chart::MAIN_CAPTION) }</caption>
                <thead><tr>
                    <th scope="col">{ content.term(ui::room_chart::REASON) }</th>
                    <th scope="col" class="num">{ content.term(ui::room_chart::PEOPLE) }</th>
                </tr></thead>
                <tbody>
                    { for present.iter().map(|&(r, n)| html! {
                        <tr data-main={r.id()}>
                            <th scope="row">{ content.main_reason_name(r) }</th>
                            <td class="num">{ n }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    };

    let band_desc: Vec<String> = Motive::ALL
        .into_iter()
        .flat_map(|m| {
            ScoreBand::ALL.into_iter().map(move |b| {
                let name = format!("{} {}", content.motive_name(m), content.score_band_name(b));
                describe(&name, room.band(m, b))
            })
        })
        .collect();
    let band_height = (BAND_BLOCK * 3 + 4).to_string();
    let band_full = FULL - BAND_LEFT + 40;
    let bands_chart = html! {
        <svg viewBox={format!("0 0 300 {band_height}")} role="img" class="bars room-band-bars"
            aria-labelledby="room-band-chart-title room-band-chart-desc" focusable="false">
            <title id="room-band-chart-title">{ content.term(ui::room_chart::BANDS_CHART) }</title>
            <desc id="room-band-chart-desc">{ band_desc.join(" ") }</desc>
            <defs>
                <pattern id="room-hatch" width="6" height="6" patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)">
                    <rect width="6" height="6" class="hatch-bg" />
                    <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" />
                </pattern>
            </defs>
            { for Motive::ALL.into_iter().enumerate().map(|(i, m)| {
                let top = BAND_BLOCK * u32::try_from(i).unwrap_or(0);
                html! {
                    <g class={classes!("motive", m.id())} data-motive={m.id()}>
                        <text x={across.text(0)} y={(top + 16).to_string()} class="label">{ content.motive_name(m) }</text>
                        { for ScoreBand::ALL.into_iter().enumerate().map(|(j, b)| {
                            let y = top + 24 + BAND_ROW * u32::try_from(j).unwrap_or(0);
                            let n = room.band(m, b);
                            let width = bar(n, people, band_full);
                            html! {
                                <g class={classes!("band", b.id())}>
                                    <text x={across.text(0)} y={(y + 13).to_string()} class="band-name">{ content.score_band_name(b) }</text>
                                    <rect x={across.boxed(BAND_LEFT, band_full)} y={(y + 2).to_string()} width={band_full.to_string()}
                                        height="14" class="track" />
                                    <rect x={across.boxed(BAND_LEFT, width)} y={(y + 2).to_string()} width={width.to_string()}
                                        height="14" class={classes!("bar", format!("band-{}", b.id()))} />
                                    <text x={across.text(BAND_LEFT + band_full + 6)} y={(y + 14).to_string()}
                                        class="value">{ n }</text>
                                </g>
                            }
                        }) }
                    </g>
                }
            }) }
        </svg>
    };
    let bands_table = html! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="room-band-caption">
            <table class="room-table">
                <caption id="room-band-caption">{ content.term(ui::room_chart::BANDS_CAPTION) }</caption>
                <thead><tr>
                    <th scope="col">{ content.term(ui::room_chart::REASON_COL) }</th>
                    { for ScoreBand::ALL.into_iter().map(|b| html! {
                        <th scope="col" class="num">{ content.score_band_name(b) }</th>
                    }) }
                </tr></thead>
                <tbody>
                    { for Motive::ALL.into_iter().map(|m| html! {
                        <tr data-motive={m.id()}>
                            <th scope="row">{ content.motive_name(m) }</th>
                            { for ScoreBand::ALL.into_iter().map(|b| html! {
                                <td class="num" data-band={b.id()}>{ room.band(m, b) }</td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    };
    let key = term_fill!(
        content,
        ui::room_chart::BANDS_KEY,
        middle = MIDDLE_FROM.to_string(),
        top = (HIGH_FROM - 1).to_string(),
        high = HIGH_FROM.to_string()
    );

    html! {
        <div class="room-chart">
            <p class="room-counted">{ term_fill!(content, ui::room_chart::COUNTED, people = people.to_string()) }</p>
            <h2>{ content.term(ui::room_chart::MAIN_TITLE) }</h2>
            <figure class="chart">{ main_chart }</figure>
            { main_table }
            <h2>{ content.term(ui::room_chart::BANDS_TITLE) }</h2>
            <p class="meta">{ key }</p>
            <figure class="chart">{ bands_chart }</figure>
            { bands_table }
        </div>
    }
}
