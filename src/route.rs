//! The screens of the app as hash routes (`#/q/<item id>`, `#/results`, `#/history`,
//! `#/room`, `#/room/count`, …), so the browser's back button and the address follow the flow and a static host
//! needs no rewrite rules. Pure: the app reads and writes `location.hash` itself.

use crate::model::pack::MAX_LINK_PAYLOAD;
use crate::model::room::MAX_FRAGMENT_INPUT;

/// A screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The welcome page (`#/` or no hash).
    Welcome,
    /// One question, by item id (`#/q/<id>`).
    Question(String),
    /// The results, or the list of unanswered questions (`#/results`).
    Results,
    /// How the results were calculated, with what-if controls (`#/results/how`).
    How,
    /// Past results, to compare and delete (`#/history`).
    History,
    /// The person's data: where it lives, export, import, delete (`#/data`).
    Data,
    /// The facilitator's screen for a workshop: the join code and the three reasons
    /// (`#/room`).
    Room,
    /// The facilitator's tally: codes counted, the room revealed from five people
    /// (`#/room/count`).
    RoomCount,
    /// A room link a participant opened: the room beside their own result
    /// (`#/room/you/<fragment>`). Carries the fragment as it came, cut to a little more
    /// than the longest the model reads, so the model refuses it for its length.
    RoomYou(String),
    /// A content pack behind a link: its preview, to use it or not (`#/pack/<payload>`).
    /// Carries the payload as it came, cut to a little more than the longest the model
    /// reads, so the model refuses it for its length.
    Pack(String),
}

/// Longest fragment a route keeps: one byte more than [`MAX_FRAGMENT_INPUT`], so a longer
/// one is still refused as too long, not read cut short.
const MAX_ROUTE_FRAGMENT: usize = MAX_FRAGMENT_INPUT + 1;

impl Route {
    /// The route of a `location.hash` value (with or without the leading `#`).
    /// Anything unknown is the welcome page.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        if let Some(fragment) = path.strip_prefix("room/you/") {
            return Route::RoomYou(fragment.chars().take(MAX_ROUTE_FRAGMENT).collect());
        }
        if let Some(payload) = path.strip_prefix("pack/") {
            return Route::Pack(payload.chars().take(MAX_LINK_PAYLOAD + 1).collect());
        }
        match path.split_once('/') {
            Some(("q", id)) if is_id(id) => Route::Question(id.to_owned()),
            _ => match path {
                "results" => Route::Results,
                "results/how" => Route::How,
                "history" => Route::History,
                "data" => Route::Data,
                "room" => Route::Room,
                "room/count" => Route::RoomCount,
                _ => Route::Welcome,
            },
        }
    }

    /// The hash for this route, with the leading `#`.
    pub fn hash(&self) -> String {
        match self {
            Route::Welcome => "#/".to_owned(),
            Route::Question(id) => format!("#/q/{id}"),
            Route::Results => "#/results".to_owned(),
            Route::How => "#/results/how".to_owned(),
            Route::History => "#/history".to_owned(),
            Route::Data => "#/data".to_owned(),
            Route::Room => "#/room".to_owned(),
            Route::RoomCount => "#/room/count".to_owned(),
            Route::RoomYou(fragment) => format!("#/room/you/{fragment}"),
            Route::Pack(payload) => format!("#/pack/{payload}"),
        }
    }
}

/// Item ids are lower-case ASCII words with underscores, so they need no escaping.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::{Route, MAX_ROUTE_FRAGMENT};

    #[test]
    fn hashes_parse_to_screens_and_back() {
        for route in [
            Route::Welcome,
            Route::Question("known_recognised".into()),
            Route::Results,
            Route::How,
            Route::History,
            Route::Data,
            Route::Room,
            Route::RoomCount,
            Route::RoomYou("100702000300000100010302020402010102043JRAT43".into()),
            Route::RoomYou(String::new()),
            Route::RoomYou("not a room".into()),
            Route::Pack("eJyrVkrLz1eyUkpKLFKqBQAvOwWq".into()),
            Route::Pack(String::new()),
        ] {
            assert_eq!(Route::parse(&route.hash()), route);
        }
        assert_eq!(Route::parse(""), Route::Welcome);
        assert_eq!(Route::parse("#"), Route::Welcome);
        assert_eq!(Route::parse("#/q/stage"), Route::Question("stage".into()));
    }

    #[test]
    fn anything_unknown_is_the_welcome_page() {
        for hash in [
            "#/q/",
            "#/q/Bad-Id",
            "#/q/a/b",
            "#/nowhere",
            "#results2",
            "#/results/what",
            "#/data/x",
            "#/room/x",
            "#/room/count/x",
        ] {
            assert_eq!(Route::parse(hash), Route::Welcome, "{hash}");
        }
    }

    #[test]
    fn a_room_link_keeps_its_fragment_as_text_cut_to_a_little_over_the_longest_read() {
        assert_eq!(Route::parse("#/room/you/ABC"), Route::RoomYou("ABC".into()));
        let long = format!("#/room/you/{}", "é".repeat(10_000));
        match Route::parse(&long) {
            Route::RoomYou(kept) => assert_eq!(kept.chars().count(), MAX_ROUTE_FRAGMENT),
            other => panic!("{other:?}"),
        }
        assert_eq!(Route::parse("#/room/you"), Route::Welcome);
    }

    #[test]
    fn a_pack_link_keeps_its_payload_cut_to_a_little_over_the_longest_read() {
        let long = format!("#/pack/{}", "A".repeat(super::MAX_LINK_PAYLOAD * 2));
        match Route::parse(&long) {
            Route::Pack(kept) => assert_eq!(kept.len(), super::MAX_LINK_PAYLOAD + 1),
            other => panic!("{other:?}"),
        }
        assert_eq!(Route::parse("#/pack"), Route::Welcome);
    }
}
