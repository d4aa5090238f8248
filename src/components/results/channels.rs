//! Where to spend time: the best-fitting channels in their bands, each with the
//! reasons that raised or lowered it (always at least one face-to-face channel), and
//! the channels the person already uses that fit poorly, with why.

use yew::prelude::*;

use crate::model::term::{self, ui};
use crate::model::{reason_lines, shortlist, Band, ChannelFit, Content, ReasonLine, Results};
use crate::term_fill;

/// How many channels the results name.
pub const CHANNELS_SHOWN: usize = 5;

/// What [`channels`] draws.
pub struct ChannelsProps {
    /// The scored results.
    pub results: Results,
}

/// One channel of a list: name, band, face to face, rationale and its reason line.
pub fn channel_item(content: &Content, f: &ChannelFit, line: &ReasonLine) -> Html {
    html! {
        <li data-channel={f.channel.clone()} data-band={band_class(f.band)}>
            <h3>{ content.channel_name(&f.channel) }</h3>
            <p class="tags">
                <span class={classes!("tag", "band", band_class(f.band))}>{ content.band_name(f.band) }</span>
                if f.face_to_face {
                    <span class="tag">{ content.term(term::mode::FACE_TO_FACE) }</span>
                }
            </p>
            <p>{ content.channel_rationale(&f.channel) }</p>
            <p class="because">{ content.because(line) }</p>
        </li>
    }
}

/// The class of a band's tag.
pub fn band_class(band: Band) -> &'static str {
    match band {
        Band::Strong => "strong",
        Band::Good => "good",
        Band::Possible => "possible",
        Band::Poor => "poor",
    }
}

/// The "where to spend your time" section.
pub fn channels(props: &ChannelsProps) -> Html {
    let content = crate::active::content();
    let r = &props.results;
    let shown = shortlist(&r.channels, CHANNELS_SHOWN);
    let lines = reason_lines(content, &shown);
    let used_poorly: Vec<&ChannelFit> = r
        .channels
        .iter()
        .filter(|f| r.constraints.platforms.contains(&f.channel))
        .filter(|f| matches!(f.band, Band::Possible | Band::Poor))
        .filter(|f| !shown.iter().any(|s| s.channel == f.channel))
        .collect();
    html! {
        <section class="where-to" aria-labelledby="channels-title">
            <h2 id="channels-title">{ content.term(ui::results::CHANNELS) }</h2>
            <ol class="channels">
                { for shown.iter().zip(&lines).map(|(f, line)| channel_item(content, f, line)) }
            </ol>
            if !used_poorly.is_empty() {
                <h3 class="subhead">{ content.term(ui::results::USED_POORLY) }</h3>
                <ul class="channels used-poorly">
                    { for used_poorly.iter().zip(reason_lines(content, &used_poorly)).map(|(f, line)| {
                        // What holds it back, including why it is left out for this person.
                        let downs: Vec<&str> =
                            line.downs.iter().map(|k| content.reason_text(*k)).collect();
                        let why = if downs.is_empty() {
                            content.term(ui::results::WEAK_MATCH).to_owned()
                        } else {
                            term_fill!(content, ui::results::BUT, reasons = content.join(&downs))
                        };
                        html! {
                            <li data-channel={f.channel.clone()}>
                                <strong>{ content.channel_name(&f.channel) }</strong>
                                { " (" }{ content.band_name(f.band) }{ "). " }{ why }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
