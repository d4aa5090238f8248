//! The room and you: a person's own result beside the room's, on their own device.

use super::code::{MainReason, ScoreBand};
use super::summary::RoomSummary;
use crate::model::results::Results;
use crate::model::vocab::Motive;

/// A person's result beside the room's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomAndYou {
    /// How many people the room counted.
    pub people: u16,
    /// Your main reason.
    pub yours: MainReason,
    /// How many in the room have the same main reason as you (you among them, if you
    /// were counted).
    pub same_as_yours: u16,
    /// The room's most common main reasons (more than one on a tie).
    pub most_common: Vec<MainReason>,
    /// Each reason, in [`Motive::ALL`] order: your band and the room's.
    pub reasons: Vec<ReasonSideBySide>,
}

impl RoomAndYou {
    /// Whether your main reason is the room's most common (or one of them).
    pub fn yours_is_most_common(&self) -> bool {
        self.most_common.contains(&self.yours)
    }
}

/// One reason: your band beside how many in the room are in each band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReasonSideBySide {
    /// The reason.
    pub motive: Motive,
    /// Your band.
    pub yours: ScoreBand,
    /// How many in the room are in each band, in [`ScoreBand::ALL`] order.
    pub room: [u16; 3],
    /// How many people in the room name this reason among their main reasons.
    pub naming: u16,
}

impl ReasonSideBySide {
    /// How many in the room share your band.
    pub fn same_band(&self) -> u16 {
        self.room[self.yours.index()]
    }
}

/// Your result beside the room's: your main reason against the room's most common, and
/// per reason your band against how the room spreads over the bands.
pub fn room_and_you(results: &Results, room: &RoomSummary) -> RoomAndYou {
    let yours = MainReason::of(results);
    RoomAndYou {
        people: room.people(),
        yours,
        same_as_yours: room.main(yours),
        most_common: room.most_common(),
        reasons: Motive::ALL
            .into_iter()
            .map(|motive| ReasonSideBySide {
                motive,
                yours: ScoreBand::of(results.scores.get(motive)),
                room: room.bands(motive),
                naming: room.naming(motive),
            })
            .collect(),
    }
}
