//! Stand-in for the room's chart, which is built apart: the same properties and the same
//! tables (a row per main reason, `data-main`, its count last; a row per reason,
//! `data-motive`, its low, middle and high counts last).

use yew::prelude::*;

use crate::model::{Content, MainReason, Motive, RoomSummary};

/// Properties of [`RoomChart`].
#[derive(Properties, PartialEq, Clone)]
pub struct RoomChartProps {
    /// The room.
    pub room: RoomSummary,
}

/// The room's counts as two tables.
#[component]
pub fn RoomChart(props: &RoomChartProps) -> Html {
    let content = Content::embedded();
    let room = &props.room;
    html! {
        <div class="room-chart">
            <table>
                <tbody>
                    { for MainReason::ALL.into_iter().map(|r| html! {
                        <tr data-main={r.id()}><th scope="row">{ r.id() }</th><td>{ room.main(r) }</td></tr>
                    }) }
                </tbody>
            </table>
            <table>
                <tbody>
                    { for Motive::ALL.into_iter().map(|m| {
                        let [low, middle, high] = room.bands(m);
                        html! {
                            <tr data-motive={m.id()}><th scope="row">{ content.motive_name(m) }</th>
                                <td>{ low }</td><td>{ middle }</td><td>{ high }</td></tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
