//! The app's state and its reducer: what is stored, which screen is shown, whether
//! answers are being kept, and the notices to show. Pure: times come in with the
//! actions, and the saving hook (`crate::hooks::use_saved_state`) has every change
//! written by the saving rules (`crate::saver`).

use std::rc::Rc;

use yew::Reducible;

use crate::model::backend::StorageError;
use crate::model::pack::ContentTag;
use crate::model::room::RoomSummary;
use crate::model::store::{self, Session, Stored};
use crate::model::transfer::{self, Mode};
use crate::model::vault::Loaded;
use crate::model::{stepped_split, AnswerValue, Motive};
use crate::route::Route;

mod status;

pub use status::{Erasing, Notice, Saving};

/// The whole state of the app.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// Everything that is stored on the device.
    pub stored: Stored,
    /// The screen shown.
    pub route: Route,
    /// Whether changes are kept.
    pub saving: Saving,
    /// Notices to show, oldest first.
    pub notices: Vec<Notice>,
    /// Counts changes to `stored` made in this tab; the saving hook writes whenever
    /// it moves.
    pub revision: u64,
    /// Counts requests to delete everything on the device, or to forget the person on a
    /// shared one; the saving hook erases storage whenever it moves.
    pub erased: u64,
    /// Whether the last of those requests was to forget the person, which keeps the content
    /// pack and language in use for the next one.
    pub forgetting: bool,
    /// How the last of those requests went.
    pub erasing: Erasing,
    /// Whether storage holds data this tab does not show (set aside, or unreadable and
    /// left in place), which deleting everything would remove.
    pub unshown: bool,
    /// The content pack in use (none: the built-in content); every screen is drawn again
    /// when it changes (the content itself is in [`crate::active`]).
    pub content: Option<ContentTag>,
    /// The tag of the language chosen; every screen is drawn again when it changes (its
    /// texts are in [`crate::active`]).
    pub language: &'static str,
}

/// Everything that can happen.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The address changed to this route, at this time.
    Navigate { route: Route, at: String },
    /// Start a new assessment, dropping the one in progress.
    Start { at: String },
    /// An answer was given (or changed).
    Answer {
        item: String,
        value: AnswerValue,
        at: String,
    },
    /// A split stepper was pressed: `delta` points for `motive`, counted from the split as
    /// it is now.
    Step {
        item: String,
        motive: Motive,
        delta: i8,
        at: String,
    },
    /// Take over what is stored now (read at start, or written by another tab).
    Adopt { loaded: Loaded, notice: Notice },
    /// A write succeeded.
    Saved,
    /// A write failed.
    SaveFailed(StorageError),
    /// The person closed a notice.
    Dismiss(Notice),
    /// Delete one past result, by its date.
    DeleteSnapshot { taken: String },
    /// A room code is shown: keep `drawn`, a random number, as the nonce of this device's
    /// room codes unless one is kept already.
    RoomNonce { drawn: u32 },
    /// Keep this room with the latest result, as the person asked.
    KeepRoom { room: RoomSummary },
    /// Bring in the data of an export file, merged with what is here or replacing it.
    Import { incoming: Stored, mode: Mode },
    /// Delete everything netwhy keeps on this device.
    DeleteAll,
    /// On a shared device: forget everything of the person (their answers, results and
    /// notices, here and in the tab's storage), for the next one.
    Forget,
    /// A content pack was put in use, or the built-in content back (none), in
    /// [`crate::active`] already.
    UseContent(Option<ContentTag>),
    /// A language was chosen (and, when it is not built in, loaded into
    /// [`crate::active`] first).
    UseLanguage(&'static str),
    /// The language chosen could not be loaded: the screens stay as they are, and say so.
    LanguageUnavailable,
    /// Another tab put this content pack in use (none: the built-in content), which
    /// [`crate::active`] has already.
    ContentChanged(Option<ContentTag>),
    /// Everything was deleted.
    Erased,
    /// The person's answers were deleted, the content pack and language in use kept.
    Forgotten,
    /// Deleting failed: the browser refused, and still holds `left`.
    EraseFailed {
        /// What the browser said.
        error: StorageError,
        /// What is stored now.
        left: Loaded,
    },
}

impl AppState {
    /// The state at start (`at`): what was found in storage (or why storage cannot be
    /// used) and the screen the address names.
    pub fn boot(loaded: Result<Loaded, StorageError>, route: Route, at: &str) -> AppState {
        let mut state = AppState {
            stored: Stored::new(),
            route: Route::Welcome,
            saving: Saving::Kept,
            notices: Vec::new(),
            revision: 0,
            erased: 0,
            forgetting: false,
            erasing: Erasing::Idle,
            unshown: false,
            content: crate::active::tag(),
            language: crate::active::language_tag(),
        };
        match loaded {
            Ok(loaded) => state.take(loaded, None),
            Err(error) => state.saving = Saving::NotKept(error),
        }
        state.route = checked(route);
        state.arrive(at);
        state
    }

    /// What the screen shown needs from the stored data: reaching the results of a
    /// complete assessment keeps them as a snapshot (once per assessment).
    fn arrive(&mut self, at: &str) {
        if self.route == Route::Results
            && self.stored.record_completion_with(
                crate::active::content(),
                self.content.as_ref(),
                at,
            )
        {
            self.revision += 1;
        }
    }

    /// The content pack kept on this device did not read and was set aside: say so, and
    /// count it as data not shown (deleting everything removes it).
    pub fn pack_set_aside(&mut self) {
        self.unshown = true;
        self.notify(Notice::PackSetAside);
    }

    /// The language kept as this device's choice could not be loaded: say so.
    pub fn language_unavailable(&mut self) {
        self.notify(Notice::LanguageUnavailable);
    }

    /// The assessment in progress, if any.
    pub fn session(&self) -> Option<&Session> {
        self.stored.current.as_ref()
    }

    fn take(&mut self, loaded: Loaded, notice: Option<Notice>) {
        let (stored, found) = match loaded {
            Loaded::Empty => (Stored::new(), notice),
            Loaded::Read(stored) => (stored, notice),
            // Only the step from format 1 changes what a person sees (questions asked
            // again); later steps add fields, and say nothing.
            Loaded::Migrated { stored, from } => {
                let noticed = from < store::QUIET_FROM;
                (stored, noticed.then_some(Notice::Migrated).or(notice))
            }
            Loaded::SetAside { .. } => {
                self.unshown = true;
                (Stored::new(), Some(Notice::SetAside))
            }
            Loaded::Stuck { .. } => {
                self.saving = Saving::Frozen;
                self.unshown = true;
                (Stored::new(), None)
            }
        };
        self.stored = stored;
        if let Some(n) = found {
            self.notify(n);
        }
    }

    fn notify(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    fn touch(&mut self, at: String) -> &mut Session {
        self.revision += 1;
        let session = self
            .stored
            .current
            .get_or_insert_with(|| Session::start(&at));
        session.updated = at;
        session
    }
}

/// A question route for an item that does not exist is the welcome page.
fn checked(route: Route) -> Route {
    match route {
        Route::Question(id) if crate::active::content().item(&id).is_none() => Route::Welcome,
        other => other,
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Navigate { route, at } => {
                next.route = checked(route);
                next.arrive(&at);
                if let (Route::Question(id), Some(s)) = (&next.route, next.session()) {
                    if s.position.as_ref() != Some(id) {
                        let id = id.clone();
                        next.touch(at).position = Some(id);
                    }
                }
            }
            Action::Start { at } => {
                next.stored.current = Some(Session::start(&at));
                next.touch(at).position = crate::active::content()
                    .items()
                    .first()
                    .map(|i| i.id.clone());
            }
            Action::Answer { item, value, at } => {
                let session = next.touch(at);
                session.answers.set(item.clone(), value);
                session.position = Some(item);
            }
            Action::Step {
                item,
                motive,
                delta,
                at,
            } => {
                let now = next.session().and_then(|s| s.answers.split(&item));
                let total = crate::active::content().item(&item).and_then(|i| i.total);
                if let Some(split) = stepped_split(now, total.unwrap_or(10), motive, delta) {
                    let session = next.touch(at);
                    session.answers.set(item.clone(), AnswerValue::Split(split));
                    session.position = Some(item);
                }
            }
            Action::Adopt { loaded, notice } => {
                // A delete elsewhere removed what was set aside too.
                next.unshown &= notice != Notice::Erased;
                next.take(loaded, Some(notice));
            }
            Action::Saved => {
                if matches!(next.saving, Saving::NotKept(_)) {
                    next.saving = Saving::Kept;
                }
            }
            Action::SaveFailed(error) => {
                if next.saving != Saving::Frozen {
                    next.saving = Saving::NotKept(error);
                }
            }
            Action::Dismiss(notice) => next.notices.retain(|n| *n != notice),
            Action::DeleteSnapshot { taken } => {
                if next.stored.delete_snapshot(&taken) {
                    next.revision += 1;
                }
            }
            Action::RoomNonce { drawn } => {
                if next.stored.room_nonce_or(drawn).1 {
                    next.revision += 1;
                }
            }
            Action::KeepRoom { room } => {
                if next.stored.keep_room(room).is_some() {
                    next.revision += 1;
                }
            }
            Action::Import { incoming, mode } => {
                let merged = transfer::apply(mode, &next.stored, &incoming);
                if merged != next.stored {
                    next.stored = merged;
                    next.revision += 1;
                }
            }
            Action::DeleteAll => {
                next.stored = Stored::new();
                next.erased += 1;
                next.forgetting = false;
                next.erasing = Erasing::Idle;
                // Deleting is what the person asked for, even over data this tab
                // could not read.
                if next.saving == Saving::Frozen {
                    next.saving = Saving::Kept;
                }
            }
            Action::Forget => {
                next.stored = Stored::new();
                next.notices = vec![Notice::Forgotten];
                next.erased += 1;
                next.forgetting = true;
                next.erasing = Erasing::Idle;
                if next.saving == Saving::Frozen {
                    next.saving = Saving::Kept;
                }
            }
            Action::UseContent(tag) => {
                // Only the latest of these says what is in use.
                next.notices.retain(|n| {
                    !matches!(n, Notice::PackUsed | Notice::PackBack | Notice::PackChanged)
                });
                next.notify(if tag.is_some() {
                    Notice::PackUsed
                } else {
                    Notice::PackBack
                });
                next.content = tag;
            }
            Action::UseLanguage(tag) => {
                next.notices.retain(|n| *n != Notice::LanguageUnavailable);
                next.language = tag;
            }
            Action::LanguageUnavailable => next.notify(Notice::LanguageUnavailable),
            Action::ContentChanged(tag) => {
                if next.content != tag {
                    next.notices
                        .retain(|n| !matches!(n, Notice::PackUsed | Notice::PackBack));
                    next.content = tag;
                    next.notify(Notice::PackChanged);
                }
            }
            Action::Erased => {
                // The pack in use was deleted with everything else.
                if next.content.is_some() {
                    crate::active::set(None);
                    next.content = None;
                }
                next.erasing = Erasing::Done;
                next.unshown = false;
            }
            Action::Forgotten => next.unshown = false,
            Action::EraseFailed { error, left } => {
                next.take(left, None);
                next.erasing = Erasing::Failed(error);
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: &str = "2025-01-31T09:00:00.000Z";
    const T1: &str = "2025-01-31T09:01:00.000Z";

    fn reduce(state: AppState, action: Action) -> AppState {
        (*Rc::new(state).reduce(action)).clone()
    }

    fn answer(item: &str, p: u8) -> Action {
        Action::Answer {
            item: item.into(),
            value: AnswerValue::Point(p),
            at: T1.into(),
        }
    }

    #[test]
    fn starting_creates_a_session_at_the_first_question_and_asks_for_a_write() {
        let s = reduce(
            AppState::boot(Ok(Loaded::Empty), Route::Welcome, T0),
            Action::Start { at: T0.into() },
        );
        let session = s.session().expect("a session");
        assert_eq!(session.started, T0);
        assert_eq!(session.position.as_deref(), Some("known_recognised"));
        assert_eq!(s.revision, 1);
    }

    #[test]
    fn an_answer_is_recorded_with_its_time_and_position() {
        let s = AppState::boot(Ok(Loaded::Empty), Route::Welcome, T0);
        let s = reduce(s, answer("stage", 1));
        let session = s.session().expect("answering starts a session");
        assert_eq!(session.answers.point("stage"), Some(1));
        assert_eq!(session.position.as_deref(), Some("stage"));
        assert_eq!(session.updated, T1);
        assert_eq!(s.revision, 1);
    }

    #[test]
    fn navigating_moves_the_position_but_unknown_items_lead_home() {
        let s = reduce(
            AppState::boot(Ok(Loaded::Empty), Route::Welcome, T0),
            Action::Start { at: T0.into() },
        );
        let route = Route::Question("stage".into());
        let s = reduce(
            s,
            Action::Navigate {
                route: route.clone(),
                at: T1.into(),
            },
        );
        assert_eq!(s.route, route);
        assert_eq!(
            s.session().and_then(|x| x.position.as_deref()),
            Some("stage")
        );
        let s = reduce(
            s,
            Action::Navigate {
                route: Route::Question("nope".into()),
                at: T1.into(),
            },
        );
        assert_eq!(s.route, Route::Welcome);
    }

    #[test]
    fn unreadable_data_gives_a_notice_and_a_stuck_store_freezes_saving() {
        use crate::model::store::Unreadable;
        let aside = Loaded::SetAside {
            backup: "netwhy.unreadable.x".into(),
            reason: Unreadable::NoFormat,
        };
        let s = AppState::boot(Ok(aside), Route::Welcome, T0);
        assert_eq!(s.notices, vec![Notice::SetAside]);
        assert_eq!(s.saving, Saving::Kept);
        let stuck = Loaded::Stuck {
            reason: Unreadable::NoFormat,
            error: StorageError::Full,
        };
        let s = AppState::boot(Ok(stuck), Route::Welcome, T0);
        assert_eq!(s.saving, Saving::Frozen);
        let s = reduce(s, Action::SaveFailed(StorageError::Full));
        assert_eq!(s.saving, Saving::Frozen);
    }

    #[test]
    fn a_failed_write_is_remembered_until_one_succeeds() {
        let s = AppState::boot(Ok(Loaded::Empty), Route::Welcome, T0);
        let s = reduce(s, Action::SaveFailed(StorageError::Full));
        assert_eq!(s.saving, Saving::NotKept(StorageError::Full));
        let s = reduce(s, Action::Saved);
        assert_eq!(s.saving, Saving::Kept);
    }

    #[test]
    fn answers_from_another_tab_replace_these_without_a_write_back() {
        let s = reduce(
            AppState::boot(Ok(Loaded::Empty), Route::Welcome, T0),
            answer("stage", 1),
        );
        let mut theirs = s.stored.clone();
        if let Some(c) = theirs.current.as_mut() {
            c.answers.set("region", AnswerValue::Choice("dach".into()));
        }
        let s2 = reduce(
            s.clone(),
            Action::Adopt {
                loaded: Loaded::Read(theirs.clone()),
                notice: Notice::OtherTab,
            },
        );
        assert_eq!(s2.stored, theirs);
        assert_eq!(s2.revision, s.revision);
        assert_eq!(s2.notices, vec![Notice::OtherTab]);
        let s3 = reduce(s2, Action::Dismiss(Notice::OtherTab));
        assert!(s3.notices.is_empty());
    }

    const T2: &str = "2025-02-01T10:00:00.000Z";

    /// Answers every question of the content through the reducer.
    fn complete(mut s: AppState, at: &str) -> AppState {
        use crate::model::ItemKind;
        for item in crate::active::content().items() {
            let value = match item.kind {
                ItemKind::Scale => AnswerValue::Point(4),
                ItemKind::Split => AnswerValue::Split([5, 3, 2]),
                ItemKind::Multi => AnswerValue::Choices(Vec::new()),
                ItemKind::Single => AnswerValue::Choice(item.options[0].id.clone()),
            };
            s = reduce(
                s,
                Action::Answer {
                    item: item.id.clone(),
                    value,
                    at: at.into(),
                },
            );
        }
        s
    }

    fn navigate(s: AppState, route: Route, at: &str) -> AppState {
        reduce(
            s,
            Action::Navigate {
                route,
                at: at.into(),
            },
        )
    }

    #[test]
    fn a_result_reached_with_a_pack_in_use_names_the_pack_in_history() {
        let mut tag = crate::model::ContentTag::built_in(crate::active::content());
        tag.id = "nurses-lyon".into();
        tag.name = "Nurses in Lyon".into();
        let s = reduce(
            AppState::boot(Ok(Loaded::Empty), Route::Welcome, T0),
            Action::UseContent(Some(tag.clone())),
        );
        let s = reduce(s, Action::Start { at: T0.into() });
        let s = navigate(complete(s, T1), Route::Results, T1);
        assert_eq!(s.stored.history.len(), 1);
        assert_eq!(s.stored.history[0].content, Some(tag));

        // Back to the built-in content, a retake is kept without a pack.
        let s = reduce(s, Action::UseContent(None));
        let s = reduce(s, Action::Start { at: T2.into() });
        let s = navigate(complete(s, T2), Route::Results, T2);
        assert_eq!(s.stored.history.len(), 2);
        assert_eq!(s.stored.history[1].content, None);
    }

    #[test]
    fn reaching_complete_results_keeps_one_snapshot_per_assessment() {
        let s = reduce(
            AppState::boot(Ok(Loaded::Empty), Route::Welcome, T0),
            Action::Start { at: T0.into() },
        );
        // Results of an unfinished assessment are not kept.
        let s = navigate(s, Route::Results, T0);
        assert!(s.stored.history.is_empty());
        let s = complete(s, T1);
        assert!(s.stored.history.is_empty(), "answering alone keeps nothing");

        let s = navigate(s, Route::Results, T1);
        assert_eq!(s.stored.history.len(), 1);
        assert_eq!(s.stored.history[0].taken, T1);
        let revision = s.revision;
        // Coming back to the results, or going elsewhere, adds nothing and writes nothing.
        let s = navigate(s, Route::History, T2);
        let s = navigate(s, Route::Results, T2);
        assert_eq!(s.stored.history.len(), 1);
        assert_eq!(s.revision, revision);

        // Retaking starts a new assessment, kept as a second snapshot when complete.
        let s = reduce(s, Action::Start { at: T2.into() });
        assert_eq!(s.stored.history.len(), 1, "starting over keeps the history");
        let s = complete(s, T2);
        let s = navigate(s, Route::Results, T2);
        let dates: Vec<&str> = s.stored.history.iter().map(|x| x.taken.as_str()).collect();
        assert_eq!(dates, [T1, T2]);
    }

    #[test]
    fn opening_the_app_on_complete_results_keeps_them_and_asks_for_a_write() {
        let s = complete(AppState::boot(Ok(Loaded::Empty), Route::Welcome, T0), T1);
        let s = AppState::boot(Ok(Loaded::Read(s.stored)), Route::Results, T2);
        assert_eq!(s.stored.history.len(), 1);
        assert_eq!(s.stored.history[0].taken, T2);
        assert_eq!(s.revision, 1);
    }

    #[test]
    fn a_snapshot_can_be_deleted_and_stays_deleted() {
        let s = complete(AppState::boot(Ok(Loaded::Empty), Route::Welcome, T0), T1);
        let s = navigate(s, Route::Results, T1);
        let s = reduce(s, Action::DeleteSnapshot { taken: T1.into() });
        assert!(s.stored.history.is_empty());
        let revision = s.revision;
        let s = navigate(navigate(s, Route::History, T2), Route::Results, T2);
        assert!(s.stored.history.is_empty());
        assert_eq!(s.revision, revision);
    }

    #[test]
    fn an_import_merges_or_replaces_and_asks_for_a_write() {
        let s = complete(AppState::boot(Ok(Loaded::Empty), Route::Welcome, T0), T1);
        let s = navigate(s, Route::Results, T1);
        let mut theirs = s.stored.clone();
        theirs.history[0].taken = T0.into();
        theirs.current = None;
        let merged = reduce(
            s.clone(),
            Action::Import {
                incoming: theirs.clone(),
                mode: Mode::Merge,
            },
        );
        assert_eq!(merged.stored.history.len(), 2);
        assert_eq!(merged.stored.current, s.stored.current);
        assert_eq!(merged.revision, s.revision + 1);
        let replaced = reduce(
            s.clone(),
            Action::Import {
                incoming: theirs.clone(),
                mode: Mode::Replace,
            },
        );
        assert_eq!(replaced.stored, theirs);
        // Importing what is already here changes nothing and writes nothing.
        let again = reduce(
            merged.clone(),
            Action::Import {
                incoming: theirs,
                mode: Mode::Merge,
            },
        );
        assert_eq!(again.revision, merged.revision);
    }

    #[test]
    fn forgetting_a_person_empties_the_state_and_its_notices_and_asks_for_an_erase() {
        let s = complete(AppState::boot(Ok(Loaded::Empty), Route::Welcome, T0), T1);
        let s = navigate(s, Route::Results, T1);
        let s = reduce(s, Action::SaveFailed(StorageError::Full));
        let s = reduce(
            s,
            Action::Adopt {
                loaded: Loaded::Read(Stored::new()),
                notice: Notice::Migrated,
            },
        );
        let revision = s.revision;
        let s = reduce(s, Action::Forget);
        assert!(s.stored.is_empty());
        assert!(s.session().is_none());
        // Only the notice that says so: nothing the last person was told.
        assert_eq!(s.notices, vec![Notice::Forgotten]);
        assert_eq!((s.erased, s.forgetting, s.revision), (1, true, revision));
        let s = reduce(s, Action::Erased);
        assert!(s.stored.is_empty());
    }

    #[test]
    fn deleting_everything_empties_the_state_and_asks_for_an_erase_not_a_write() {
        let s = complete(AppState::boot(Ok(Loaded::Empty), Route::Welcome, T0), T1);
        let s = navigate(s, Route::Results, T1);
        let revision = s.revision;
        let s = reduce(s, Action::DeleteAll);
        assert!(s.stored.is_empty());
        assert_eq!((s.erased, s.revision), (1, revision));
    }

    #[test]
    fn the_room_nonce_is_kept_once_and_written_once() {
        let s = AppState::boot(Ok(Loaded::Empty), Route::Results, T0);
        let s = reduce(s, Action::RoomNonce { drawn: 5 });
        assert_eq!((s.stored.room_nonce, s.revision), (Some(5), 1));
        let s = reduce(s, Action::RoomNonce { drawn: 6 });
        assert_eq!((s.stored.room_nonce, s.revision), (Some(5), 1));
    }

    #[test]
    fn a_room_is_kept_with_the_latest_result_when_asked() {
        use crate::model::room::{MainReason, ScoreBand};
        use crate::model::PerMotive;
        let room = RoomSummary::new(0, [5, 0, 0, 0, 0, 0, 0, 0], PerMotive([[0, 0, 5]; 3]))
            .expect("a room of five");
        let s = AppState::boot(Ok(Loaded::Empty), Route::Welcome, T0);
        let s = reduce(s, Action::KeepRoom { room: room.clone() });
        assert_eq!(s.revision, 0, "no result to keep it with");
        let s = navigate(complete(s, T1), Route::Results, T1);
        let revision = s.revision;
        let s = reduce(s, Action::KeepRoom { room: room.clone() });
        assert_eq!(s.stored.history[0].room.as_ref(), Some(&room));
        assert_eq!(s.revision, revision + 1);
        let s = reduce(s, Action::KeepRoom { room: room.clone() });
        assert_eq!(s.revision, revision + 1, "kept already");
        assert_eq!(room.main(MainReason::Known), 5);
        assert_eq!(room.band(Motive::Known, ScoreBand::High), 5);
    }
}
