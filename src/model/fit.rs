//! Channel fit: how well each channel of the catalogue suits the person's motive
//! weights and constraints, in bands, with the reasons that raised or lowered it.

use serde::{Deserialize, Serialize};

use super::constraints::Constraints;
use super::content::{Channel, Scoring};
use super::embedded::Content;
use super::priority::PerMotive;
use super::term::{self, Key};
use super::vocab::{Motive, Situation};

/// A fit band; there is no finer public precision than this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// At or above the first threshold of `scoring.bands`.
    Strong,
    /// At or above the second.
    Good,
    /// At or above the third.
    Possible,
    /// Below all three.
    Poor,
}

impl Band {
    /// The band of a fit value under the content's thresholds.
    pub fn of(fit: u8, scoring: &Scoring) -> Band {
        let [strong, good, possible] = scoring.bands;
        match fit {
            f if f >= strong => Band::Strong,
            f if f >= good => Band::Good,
            f if f >= possible => Band::Possible,
            _ => Band::Poor,
        }
    }

    /// Key of its label in the string table's terms.
    pub fn term_key(self) -> Key {
        match self {
            Band::Strong => term::band::STRONG,
            Band::Good => term::band::GOOD,
            Band::Possible => term::band::POSSIBLE,
            Band::Poor => term::band::POOR,
        }
    }
}

/// One term that raised or lowered a channel's fit, or (with no effect on the fit) a
/// plain fact about the channel that sets it apart in its "because …" line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    /// The channel is among the best for this motive (rated 3), weighted by how much it
    /// matters.
    MotiveBest(Motive),
    /// The channel serves this motive, weighted by how much it matters.
    MotiveMatch(Motive),
    /// It needs more minutes per week than the budget.
    OverTimeBudget,
    /// It exposes more than the person's privacy comfort.
    OverPrivacy,
    /// It needs public posting beyond the person's comfort.
    NeedsPosting,
    /// It means meeting strangers beyond the person's comfort.
    MeetsStrangers,
    /// The person already uses it.
    AlreadyUsed,
    /// It is especially relevant in the person's region.
    RegionRelevant,
    /// It is especially relevant to the person's audience.
    AudienceRelevant,
    /// It is a regional channel, little used in the person's region.
    OutsideRegion,
    /// It is blocked or hardly used in the person's region, so it is left out.
    Unavailable,
    /// It especially suits the person's situation.
    SituationFit(Situation),
    /// It only makes sense in other situations, so it is left out.
    OtherSituation,
    /// The field a career changer is moving into is especially active there.
    TargetFieldRelevant,
    /// It is a specialist channel for other fields.
    OutsideField,
    /// A fact, not a term of the fit: it happens face to face.
    InPerson,
    /// A fact: it needs no public posts.
    NoPosts,
    /// A fact: it works in half an hour a week or less.
    LittleTime,
    /// A fact: it shows little more than your name and job.
    ShowsLittle,
    /// A fact: it works in about an hour a week.
    HourAWeek,
    /// A fact: it works in about two hours a week.
    TwoHours,
    /// A fact: it makes you a public face.
    PublicFace,
}

impl ReasonKind {
    /// Key of its "because …" phrase in the string table's terms.
    pub fn term_key(self) -> Key {
        use term::reason::{motive_best, situation};
        match self {
            ReasonKind::MotiveBest(Motive::Known) => motive_best::KNOWN,
            ReasonKind::MotiveBest(Motive::Equipped) => motive_best::EQUIPPED,
            ReasonKind::MotiveBest(Motive::Connected) => motive_best::CONNECTED,
            ReasonKind::SituationFit(Situation::Employed) => situation::EMPLOYED,
            ReasonKind::SituationFit(Situation::SelfEmployed) => situation::SELF_EMPLOYED,
            ReasonKind::SituationFit(Situation::BusinessOwner) => situation::BUSINESS_OWNER,
            ReasonKind::SituationFit(Situation::JobSeeking) => situation::JOB_SEEKING,
            ReasonKind::SituationFit(Situation::ChangingCareer) => situation::CHANGING_CAREER,
            ReasonKind::SituationFit(Situation::Studying) => situation::STUDYING,
            ReasonKind::Unavailable => term::reason::UNAVAILABLE,
            ReasonKind::OtherSituation => term::reason::OTHER_SITUATION,
            ReasonKind::TargetFieldRelevant => term::reason::TARGET_FIELD_RELEVANT,
            ReasonKind::OutsideField => term::reason::OUTSIDE_FIELD,
            ReasonKind::InPerson => term::reason::IN_PERSON,
            ReasonKind::NoPosts => term::reason::NO_POSTS,
            ReasonKind::LittleTime => term::reason::LITTLE_TIME,
            ReasonKind::ShowsLittle => term::reason::SHOWS_LITTLE,
            ReasonKind::HourAWeek => term::reason::HOUR_A_WEEK,
            ReasonKind::TwoHours => term::reason::TWO_HOURS,
            ReasonKind::PublicFace => term::reason::PUBLIC_FACE,
            ReasonKind::MotiveMatch(Motive::Known) => term::reason::motive_match::KNOWN,
            ReasonKind::MotiveMatch(Motive::Equipped) => term::reason::motive_match::EQUIPPED,
            ReasonKind::MotiveMatch(Motive::Connected) => term::reason::motive_match::CONNECTED,
            ReasonKind::OverTimeBudget => term::reason::OVER_TIME_BUDGET,
            ReasonKind::OverPrivacy => term::reason::OVER_PRIVACY,
            ReasonKind::NeedsPosting => term::reason::NEEDS_POSTING,
            ReasonKind::MeetsStrangers => term::reason::MEETS_STRANGERS,
            ReasonKind::AlreadyUsed => term::reason::ALREADY_USED,
            ReasonKind::RegionRelevant => term::reason::REGION_RELEVANT,
            ReasonKind::AudienceRelevant => term::reason::AUDIENCE_RELEVANT,
            ReasonKind::OutsideRegion => term::reason::OUTSIDE_REGION,
        }
    }
}

/// A reason with the fit points it added (positive) or took away (negative).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    /// What it is.
    pub kind: ReasonKind,
    /// Its effect on the fit, in points.
    pub delta: i32,
}

/// How well one channel suits the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelFit {
    /// The channel id.
    pub channel: String,
    /// Fit 0–100: the sum of the reasons' deltas, clamped.
    pub fit: u8,
    /// The fit's band.
    pub band: Band,
    /// Whether the channel is face to face.
    pub face_to_face: bool,
    /// Every non-zero term: motive matches first, then penalties, then bonuses. A
    /// channel that is left out has one reason, why, with no delta.
    pub reasons: Vec<Reason>,
}

/// Scores one channel with the person's fit weights (the sharpened priority weights,
/// see [`super::priority::sharpened`]).
///
/// A channel blocked or hardly used in the person's region, one that only makes sense
/// in other situations, and, for someone who would rather not post at all, one that only
/// works if you post, are left out: their fit is 0.
///
/// Otherwise `fit = Σₘ round(weightₘ · ratingₘ / 3)` (at most 100 with weights summing to
/// 100), minus `time_penalty` if the channel needs more minutes than the budget
/// (twice if more than double), minus `privacy_penalty` per level its exposure
/// exceeds the privacy comfort, minus `posting_penalty` (or `strangers_penalty`)
/// per level the comfort falls short of `comfort_needed` where the channel needs
/// posting (or meeting strangers), minus `outside_region_penalty` for a regional
/// channel outside its regions, minus `outside_field_penalty` for a specialist channel
/// outside its fields, plus the used, region, field and situation bonuses; clamped to
/// 0–100.
pub fn fit_channel(
    scoring: &Scoring,
    channel: &Channel,
    weights: PerMotive<u8>,
    c: &Constraints,
) -> ChannelFit {
    let mut reasons = Vec::new();
    let mut add = |kind, delta: i32| {
        if delta != 0 {
            reasons.push(Reason { kind, delta });
        }
    };
    let left_out = if c
        .region
        .as_ref()
        .is_some_and(|r| channel.unavailable.contains(r))
    {
        Some(ReasonKind::Unavailable)
    } else if channel.situation_only
        && c.situation
            .is_some_and(|s| !channel.situations.contains(&s))
    {
        Some(ReasonKind::OtherSituation)
    } else if channel.posting && c.posting == 0 {
        // Someone who would rather not post at all is not offered a channel that only
        // works if you post, however well it serves their reasons.
        Some(ReasonKind::NeedsPosting)
    } else {
        None
    };
    if let Some(kind) = left_out {
        return ChannelFit {
            channel: channel.id.clone(),
            fit: 0,
            band: Band::Poor,
            face_to_face: channel.face_to_face,
            reasons: vec![Reason { kind, delta: 0 }],
        };
    }
    for (m, w) in weights.iter() {
        let rating = channel.rating(m);
        let delta = (i32::from(w) * i32::from(rating) + 1) / 3;
        let kind = if rating >= 3 {
            ReasonKind::MotiveBest(m)
        } else {
            ReasonKind::MotiveMatch(m)
        };
        add(kind, delta);
    }
    let minutes = i32::from(channel.minutes);
    let budget = i32::from(c.minutes);
    let over = i32::from(minutes > budget) + i32::from(minutes > 2 * budget);
    add(
        ReasonKind::OverTimeBudget,
        -over * i32::from(scoring.time_penalty),
    );
    let exposed = (i32::from(channel.privacy) - i32::from(c.privacy)).max(0);
    add(
        ReasonKind::OverPrivacy,
        -exposed * i32::from(scoring.privacy_penalty),
    );
    let needed = i32::from(scoring.comfort_needed);
    if channel.posting {
        let short = (needed - i32::from(c.posting)).max(0);
        add(
            ReasonKind::NeedsPosting,
            -short * i32::from(scoring.posting_penalty),
        );
    }
    if channel.strangers {
        let short = (needed - i32::from(c.strangers)).max(0);
        add(
            ReasonKind::MeetsStrangers,
            -short * i32::from(scoring.strangers_penalty),
        );
    }
    if c.platforms.contains(&channel.id) {
        add(ReasonKind::AlreadyUsed, i32::from(scoring.used_bonus));
    }
    if let Some(region) = &c.region {
        if channel.regions.contains(region) {
            add(ReasonKind::RegionRelevant, i32::from(scoring.region_bonus));
        } else if channel.regional {
            add(
                ReasonKind::OutsideRegion,
                -i32::from(scoring.outside_region_penalty),
            );
        }
    }
    let changing = c.situation == Some(Situation::ChangingCareer);
    if let Some(field) = &c.audience {
        if channel.audiences.contains(field) {
            let kind = if changing {
                ReasonKind::TargetFieldRelevant
            } else {
                ReasonKind::AudienceRelevant
            };
            add(kind, i32::from(scoring.audience_bonus));
        } else if channel.specialist {
            add(
                ReasonKind::OutsideField,
                -i32::from(scoring.outside_field_penalty),
            );
        }
    }
    if let Some(s) = c.situation.filter(|s| channel.situations.contains(s)) {
        add(
            ReasonKind::SituationFit(s),
            i32::from(scoring.situation_bonus),
        );
    }
    let total: i32 = reasons.iter().map(|r| r.delta).sum();
    let fit = u8::try_from(total.clamp(0, 100)).unwrap_or(0);
    ChannelFit {
        channel: channel.id.clone(),
        fit,
        band: Band::of(fit, scoring),
        face_to_face: channel.face_to_face,
        reasons,
    }
}

/// Scores every channel and sorts them best first (ties: the catalogue's order).
pub fn rank_channels(
    content: &Content,
    weights: PerMotive<u8>,
    c: &Constraints,
) -> Vec<ChannelFit> {
    let scoring = &content.model.scoring;
    let mut fits: Vec<ChannelFit> = content
        .channels()
        .iter()
        .map(|ch| fit_channel(scoring, ch, weights, c))
        .collect();
    // A stable sort keeps the catalogue's order among equal fits.
    super::order::sort_short_by_key(&mut fits, |f| std::cmp::Reverse(f.fit));
    fits
}

/// The best `n` channels of a ranking, making sure at least one is face to face:
/// if none of the first `n` is, the best face-to-face channel takes the last place.
pub fn shortlist(fits: &[ChannelFit], n: usize) -> Vec<&ChannelFit> {
    let mut list: Vec<&ChannelFit> = fits.iter().take(n).collect();
    if n > 0 && !list.iter().any(|f| f.face_to_face) {
        if let Some(f2f) = fits.iter().find(|f| f.face_to_face) {
            list.truncate(n - 1);
            list.push(f2f);
        }
    }
    list
}

/// What a channel's "because … but …" line names: the terms that lift it most for this
/// person, strongest first, then what holds it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReasonLine {
    /// What raised the fit (and, where needed to tell channels apart, plain facts).
    pub ups: Vec<ReasonKind>,
    /// What lowered it, the biggest first.
    pub downs: Vec<ReasonKind>,
}

/// Terms a line names before it needs more to stand apart.
const LINE_UPS: usize = 2;

/// A lift smaller than this many points is too slight to be named as a reason (it still
/// counts in the fit, and the "how this was calculated" view shows it).
const SLIGHT: i32 = 5;

/// Plain facts about a channel that can set its line apart from another's, each one
/// something that speaks for it: never a cost (more than two hours a week), and never one
/// its own drawbacks for this person (`against`) turn into a cost: no time when it is over
/// their budget, no "in person" when it means meeting strangers they would rather not, no
/// "public face" when it shows more of them than they like.
fn facts(channel: Option<&Channel>, against: &[ReasonKind]) -> Vec<ReasonKind> {
    let Some(ch) = channel else {
        return Vec::new();
    };
    let time = match ch.minutes {
        0..=30 => Some(ReasonKind::LittleTime),
        31..=60 => Some(ReasonKind::HourAWeek),
        61..=120 => Some(ReasonKind::TwoHours),
        _ => None,
    };
    let clear = |cost: ReasonKind| !against.contains(&cost);
    [
        (
            ch.face_to_face && clear(ReasonKind::MeetsStrangers),
            Some(ReasonKind::InPerson),
        ),
        (!ch.posting, Some(ReasonKind::NoPosts)),
        (clear(ReasonKind::OverTimeBudget), time),
        (
            ch.privacy == 0 && !ch.face_to_face,
            Some(ReasonKind::ShowsLittle),
        ),
        (
            ch.privacy >= 3 && clear(ReasonKind::OverPrivacy),
            Some(ReasonKind::PublicFace),
        ),
    ]
    .into_iter()
    .filter_map(|(holds, kind)| kind.filter(|_| holds))
    .collect()
}

/// The "because … but …" lines of a list of channels, in its order: each names the one
/// or two terms that lift the channel most for this person (strongest first; lifts of
/// less than 5 points are too slight to name) and the one that holds it back most. A line that would repeat an earlier one names more
/// (the next term, then a plain fact about the channel, then the next drawback) until
/// it differs, so no two lines of the list read the same unless two channels are alike
/// in every term and fact.
pub fn reason_lines(content: &Content, fits: &[&ChannelFit]) -> Vec<ReasonLine> {
    let mut lines: Vec<ReasonLine> = Vec::with_capacity(fits.len());
    for fit in fits {
        let mut ups: Vec<&Reason> = fit.reasons.iter().filter(|r| r.delta >= SLIGHT).collect();
        super::order::sort_short_by_key(&mut ups, |r| std::cmp::Reverse(r.delta));
        let mut downs: Vec<&Reason> = fit.reasons.iter().filter(|r| r.delta <= 0).collect();
        super::order::sort_short_by_key(&mut downs, |r| r.delta);
        let ups: Vec<ReasonKind> = ups.into_iter().map(|r| r.kind).collect();
        let downs: Vec<ReasonKind> = downs.into_iter().map(|r| r.kind).collect();
        // What can be said for it: its reasons first, then facts about the channel.
        let mut pool = ups.clone();
        for kind in facts(content.channel(&fit.channel), &downs) {
            if !pool.contains(&kind) {
                pool.push(kind);
            }
        }
        let mut line = ReasonLine {
            ups: ups.iter().copied().take(LINE_UPS).collect(),
            downs: downs.iter().copied().take(1).collect(),
        };
        let (mut said, mut against) = (line.ups.len(), line.downs.len());
        while lines.contains(&line) {
            if said < pool.len() {
                line.ups.push(pool[said]);
                said += 1;
            } else if against < downs.len() {
                line.downs.push(downs[against]);
                against += 1;
            } else {
                break;
            }
        }
        if lines.contains(&line) {
            // Everything said reads like a channel above (two channels with the same reasons
            // and facts): say less of it, the longest line that is still its own.
            let shorter = (1..=pool.len())
                .rev()
                .flat_map(|u| (0..=downs.len()).rev().map(move |d| (u, d)));
            if let Some(own) = shorter
                .map(|(u, d)| ReasonLine {
                    ups: pool[..u].to_vec(),
                    downs: downs[..d].to_vec(),
                })
                .find(|candidate| !lines.contains(candidate))
            {
                line = own;
            }
        }
        lines.push(line);
    }
    lines
}
