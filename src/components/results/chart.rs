//! The motive profile as an SVG bar chart: for each motive a solid bar for the score
//! from the statements (0–100) and a hatched bar for the share of the points, each
//! labelled with its name and number, so it reads without colour. Bars are sized with
//! SVG attributes, never inline styles. A title and description give screen readers
//! the same numbers; the table beside it has them too.

use yew::prelude::*;

use crate::components::across::Across;
use crate::model::term::ui;
use crate::model::{Motive, PerMotive};
use crate::term_fill;

/// Width of a full bar (100 %), in chart units.
const FULL: u32 = 220;
/// Where bars start, in chart units.
const LEFT: u32 = 0;
/// Height of one motive's block.
const ROW: u32 = 74;
/// Width of the chart, in chart units.
const WIDTH: u32 = 300;

/// What [`chart`] draws.
pub struct ChartProps {
    /// Motive scores 0–100.
    pub scores: PerMotive<u8>,
    /// The point split, if answered.
    pub split: Option<[u8; 3]>,
    /// Points in the split.
    pub total: u8,
}

fn bar_width(value: u32, of: u32) -> u32 {
    value * FULL / of.max(1)
}

/// The chart.
pub fn chart(props: &ChartProps) -> Html {
    let content = crate::active::content();
    let total = props.total.max(1);
    let points_text = |p: u8| {
        term_fill!(
            content,
            ui::chart::POINTS,
            points = p.to_string(),
            total = total.to_string()
        )
    };
    let described: Vec<String> = Motive::ALL
        .into_iter()
        .map(|m| {
            let score = props.scores.get(m).to_string();
            let mut line = term_fill!(
                content,
                ui::chart::DESCRIBE,
                motive = content.motive_name(m),
                score = score
            );
            if let Some(split) = props.split {
                line = format!("{line} {}.", points_text(split[m.index()]));
            }
            line
        })
        .collect();
    let height = (ROW * 3 + 8).to_string();
    let across = Across::shown(WIDTH);
    let full = FULL.to_string();
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" class="bars"
                aria-labelledby="chart-title chart-desc" focusable="false">
                <title id="chart-title">{ content.term(ui::chart::TITLE) }</title>
                <desc id="chart-desc">{ described.join(" ") }</desc>
                <defs>
                    <pattern id="hatch" class="hatch" width="6" height="6" patternUnits="userSpaceOnUse"
                        patternTransform="rotate(45)">
                        <rect width="6" height="6" class="hatch-bg" />
                        <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" />
                    </pattern>
                </defs>
                { for Motive::ALL.into_iter().enumerate().map(|(i, m)| {
                    let y = ROW * u32::try_from(i).unwrap_or(0);
                    let score = u32::from(props.scores.get(m));
                    let points = props.split.map(|s| s[m.index()]);
                    let score_w = bar_width(score, 100);
                    let value_x = across.text(LEFT + FULL + 6);
                    html! {
                        <g class={classes!("motive", m.id())} data-motive={m.id()}>
                            <text x={across.text(LEFT)} y={(y + 16).to_string()} class="label">{ content.motive_name(m) }</text>
                            <rect x={across.boxed(LEFT, FULL)} y={(y + 24).to_string()} width={full.clone()} height="18" class="track" />
                            <rect x={across.boxed(LEFT, score_w)} y={(y + 24).to_string()} width={score_w.to_string()}
                                height="18" class="bar score-bar" />
                            <text x={value_x.clone()} y={(y + 38).to_string()} class="value">{ score }</text>
                            if let Some(p) = points {
                                <rect x={across.boxed(LEFT, FULL)} y={(y + 46).to_string()} width={full.clone()} height="14" class="track" />
                                <rect x={across.boxed(LEFT, bar_width(u32::from(p), u32::from(total)))} y={(y + 46).to_string()}
                                    width={bar_width(u32::from(p), u32::from(total)).to_string()}
                                    height="14" class="bar split-bar" />
                                <text x={value_x} y={(y + 58).to_string()} class="value small">
                                    { format!("{p}/{total}") }
                                </text>
                            }
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="legend" aria-hidden="true">
                <span class="key"><svg viewBox="0 0 16 12" class="swatch"><rect width="16" height="12" class="bar score-bar" /></svg>
                    { content.term(ui::chart::KEY_SCORE) }</span>
                if props.split.is_some() {
                    <span class="key"><svg viewBox="0 0 16 12" class="swatch"><rect width="16" height="12" class="bar split-bar" /></svg>
                        { content.term(ui::chart::KEY_POINTS) }</span>
                }
            </figcaption>
        </figure>
    }
}
