//! The screens of the app as hash routes (`#/q/<item id>`, `#/results`, `#/history`,
//! `#/room`, `#/room/count`, …), so the browser's back button and the address follow the flow and a static host
//! needs no rewrite rules. Pure: the app reads and writes `location.hash` itself.

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
}

impl Route {
    /// The route of a `location.hash` value (with or without the leading `#`).
    /// Anything unknown is the welcome page.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
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
    use super::Route;

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
}
