//! Past results kept as dated snapshots, and what changed between two of them.
//!
//! A snapshot stores the answers (so the full results can be recomputed) and a small
//! summary of what the results said at the time, with the content format it was scored
//! with: if the questions or channel table change later, the comparison still shows what
//! the person was told then.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::content::FORMAT_VERSION;
use super::embedded::Content;
use super::fit::{shortlist, Band};
use super::pack::ContentTag;
use super::priority::PerMotive;
use super::results::Results;
use super::room::RoomSummary;
use super::vocab::Motive;

/// How many channels a snapshot's summary keeps.
pub const SUMMARY_CHANNELS: usize = 5;

/// One completed assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// When it was completed, ISO 8601 UTC (`2026-11-26T09:30:00.000Z`); unique within a
    /// history, so it doubles as the snapshot's id.
    pub taken: String,
    /// The content format the answers were scored with.
    #[serde(default = "current_format")]
    pub content_format: u32,
    /// The answers as given.
    pub answers: Answers,
    /// What the results said.
    pub summary: Summary,
    /// A room the person chose to keep with this result, written as its room link's
    /// fragment; one that does not read back (damaged or forged in storage) is dropped,
    /// and the snapshot kept.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::store::or_none"
    )]
    pub room: Option<RoomSummary>,
    /// The content pack the answers were given and scored with; none for the content
    /// built into the app. A tag that does not read back (damaged in storage) reads as
    /// none.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::store::or_none"
    )]
    pub content: Option<ContentTag>,
}

fn current_format() -> u32 {
    FORMAT_VERSION
}

/// The headline of a result: enough to list and compare snapshots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Motive scores 0–100.
    pub scores: PerMotive<u8>,
    /// Blended priority weights, summing to 100.
    pub weights: PerMotive<u8>,
    /// The top motive, or the joint top motives.
    pub top: Vec<Motive>,
    /// The shortlisted channels, best first, with their bands.
    pub channels: Vec<ChannelBand>,
}

/// A channel id with the band it was in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelBand {
    /// Channel id from the content.
    pub channel: String,
    /// Its fit band.
    pub band: Band,
}

impl Summary {
    /// The summary of a result.
    pub fn of(results: &Results) -> Self {
        Self {
            scores: results.scores,
            weights: results.priorities.weights,
            top: results.priorities.top.clone(),
            channels: shortlist(&results.channels, SUMMARY_CHANNELS)
                .into_iter()
                .map(|fit| ChannelBand {
                    channel: fit.channel.clone(),
                    band: fit.band,
                })
                .collect(),
        }
    }
}

impl Snapshot {
    /// Whether `content` can score this snapshot's answers as they were scored when it
    /// was taken: it was taken with this content format and its answers are complete.
    /// Otherwise its summary is what it said, and what should be shown.
    pub fn rescorable(&self, content: &Content) -> bool {
        self.rescorable_with(content, None)
    }

    /// Whether `content`, the content pack `tag` names (none: the built-in content), can
    /// score this snapshot as it was scored: as [`Snapshot::rescorable`], and taken with
    /// that very content (the same fingerprint).
    pub fn rescorable_with(&self, content: &Content, tag: Option<&ContentTag>) -> bool {
        self.same_content(tag) && self.rescorable_format(content)
    }

    fn rescorable_format(&self, content: &Content) -> bool {
        self.content_format == FORMAT_VERSION && self.answers.is_complete(content)
    }

    /// Whether this snapshot was taken with the content `tag` names (none: built in).
    pub fn same_content(&self, tag: Option<&ContentTag>) -> bool {
        self.content.as_ref().map(|t| t.fingerprint) == tag.map(|t| t.fingerprint)
    }

    /// A snapshot of `results`, scored from `answers`, completed at `taken`.
    pub fn new(taken: impl Into<String>, answers: Answers, results: &Results) -> Self {
        Self {
            taken: taken.into(),
            content_format: FORMAT_VERSION,
            answers,
            summary: Summary::of(results),
            room: None,
            content: None,
        }
    }
}

/// How one motive moved between two snapshots.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MotiveChange {
    /// The motive.
    pub motive: Motive,
    /// Score in the older snapshot.
    pub before: u8,
    /// Score in the newer snapshot.
    pub after: u8,
}

impl MotiveChange {
    /// Points gained (negative when it fell).
    pub fn delta(&self) -> i16 {
        i16::from(self.after) - i16::from(self.before)
    }
}

/// What changed from an older snapshot to a newer one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Each motive's score before and after, in [`Motive::ALL`] order.
    pub motives: Vec<MotiveChange>,
    /// The top motive(s) changed.
    pub top_changed: bool,
    /// Shortlisted channels that are new in the newer snapshot.
    pub channels_added: Vec<String>,
    /// Shortlisted channels that dropped out of it.
    pub channels_dropped: Vec<String>,
    /// Channels in both shortlists.
    pub channels_kept: Vec<String>,
    /// The two were taken with different content (the built-in content and a pack, or two
    /// packs), so part of what changed may come from the content.
    pub different_content: bool,
}

/// Score changes smaller than this are reported as "about the same": the scale has no
/// finer meaning than that.
pub const NOTABLE_CHANGE: i16 = 5;

/// Compares `older` with `newer` (the order the person chose; nothing is sorted by date).
pub fn compare(older: &Snapshot, newer: &Snapshot) -> Comparison {
    let (a, b) = (&older.summary, &newer.summary);
    let motives = Motive::ALL
        .into_iter()
        .map(|motive| MotiveChange {
            motive,
            before: a.scores.get(motive),
            after: b.scores.get(motive),
        })
        .collect();
    let ids = |s: &Summary| {
        s.channels
            .iter()
            .map(|c| c.channel.clone())
            .collect::<Vec<_>>()
    };
    let (before, after) = (ids(a), ids(b));
    let mut top_a = a.top.clone();
    let mut top_b = b.top.clone();
    super::order::sort_short_by_key(&mut top_a, |m| *m);
    super::order::sort_short_by_key(&mut top_b, |m| *m);
    Comparison {
        motives,
        different_content: !older.same_content(newer.content.as_ref()),
        top_changed: top_a != top_b,
        channels_added: after
            .iter()
            .filter(|c| !before.contains(c))
            .cloned()
            .collect(),
        channels_dropped: before
            .iter()
            .filter(|c| !after.contains(c))
            .cloned()
            .collect(),
        channels_kept: after
            .iter()
            .filter(|c| before.contains(c))
            .cloned()
            .collect(),
    }
}
