//! The room for the facilitator's report, as CSV and as JSON: counts only, with the stable
//! ids of the reasons and bands (the words are the report's to choose).

use std::fmt::Write;

use super::code::{MainReason, ScoreBand};
use super::summary::RoomSummary;
use crate::model::vocab::Motive;

/// The room as CSV (RFC 4180, CRLF line ends), every count on its own row, zeros
/// included, always in this order:
///
/// ```text
/// count,reason,band,people
/// people,,,12
/// main,known,,4
/// …                         (every main reason, in MainReason::ALL order)
/// band,known,low,2
/// …                         (each reason's low, middle, high)
/// ```
pub fn room_csv(room: &RoomSummary) -> String {
    let mut out = String::from("count,reason,band,people\r\n");
    let _ = write!(out, "people,,,{}\r\n", room.people());
    for reason in MainReason::ALL {
        let _ = write!(out, "main,{},,{}\r\n", reason.id(), room.main(reason));
    }
    for motive in Motive::ALL {
        for band in ScoreBand::ALL {
            let n = room.band(motive, band);
            let _ = write!(out, "band,{},{},{n}\r\n", motive.id(), band.id());
        }
    }
    out
}

/// The room as JSON, indented, keys always in this order:
///
/// ```json
/// {
///   "app": "netwhy",
///   "kind": "room",
///   "format": 1,
///   "content": 0,
///   "people": 12,
///   "main": { "known": 4, …, "none_strong": 1 },
///   "bands": { "known": { "low": 2, "middle": 5, "high": 5 }, … }
/// }
/// ```
///
/// (Each count on its own line in the text itself.) `format` is the fragment's
/// [`super::FRAGMENT_VERSION`].
pub fn room_json(room: &RoomSummary) -> String {
    let mut out = String::from("{\n  \"app\": \"netwhy\",\n  \"kind\": \"room\",\n");
    let _ = write!(
        out,
        "  \"format\": {},\n  \"content\": {},\n  \"people\": {},\n  \"main\": {{\n",
        super::FRAGMENT_VERSION,
        room.content(),
        room.people()
    );
    let main: Vec<String> = MainReason::ALL
        .into_iter()
        .map(|r| format!("    \"{}\": {}", r.id(), room.main(r)))
        .collect();
    out.push_str(&main.join(",\n"));
    out.push_str("\n  },\n  \"bands\": {\n");
    let bands: Vec<String> = Motive::ALL
        .into_iter()
        .map(|m| {
            let counts: Vec<String> = ScoreBand::ALL
                .into_iter()
                .map(|b| format!("      \"{}\": {}", b.id(), room.band(m, b)))
                .collect();
            format!("    \"{}\": {{\n{}\n    }}", m.id(), counts.join(",\n"))
        })
        .collect();
    out.push_str(&bands.join(",\n"));
    out.push_str("\n  }\n}\n");
    out
}
