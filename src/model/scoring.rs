//! Motive scores (0–100 per motive) from the why-layer scale items, and the
//! per-answer contributions shown on the "how we calculated this" view.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::content::Item;
use super::embedded::Content;
use super::priority::PerMotive;
use super::vocab::Motive;

/// How one answer moved one motive score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contribution {
    /// The item answered.
    pub item: String,
    /// The motive it counts toward.
    pub motive: Motive,
    /// Whether agreement counts against the motive.
    pub reverse: bool,
    /// The point answered (1 = first label).
    pub point: u8,
    /// The point after reverse keying (equals `point` for normal items).
    pub keyed: u8,
    /// Score points this answer adds to its motive (rounded; the motive's
    /// contributions add up to its score give or take rounding).
    pub points: u8,
    /// The most this answer could have added.
    pub max_points: u8,
}

/// A scale answer after reverse keying, with the scale's size.
pub(crate) struct Keyed {
    pub(crate) point: u8,
    pub(crate) keyed: u8,
    pub(crate) points: u8,
}

/// The answered point of a scale item, reverse-keyed if the item says so.
pub(crate) fn keyed_point(content: &Content, answers: &Answers, item: &Item) -> Option<Keyed> {
    let scale = content.scale_of(item)?;
    let point = answers.point(&item.id)?;
    if !(1..=scale.points).contains(&point) {
        return None;
    }
    let keyed = if item.reverse {
        scale.points + 1 - point
    } else {
        point
    };
    Some(Keyed {
        point,
        keyed,
        points: scale.points,
    })
}

fn ratio_percent(num: u32, den: u32) -> u8 {
    if den == 0 {
        return 0;
    }
    // num <= den, so the rounded quotient is at most 100.
    u8::try_from((num * 100 + den / 2) / den).unwrap_or(100)
}

/// Scores each motive 0–100 from its answered items, and lists every contribution.
///
/// For a motive with answered items `i`, each with weight `wᵢ`, keyed point `kᵢ`
/// (reverse items flipped: `k = points + 1 − answer`) on a scale of `pᵢ` points:
///
/// `score = round(100 · Σ wᵢ·(kᵢ − 1) / Σ wᵢ·(pᵢ − 1))`
///
/// so the lowest keyed answer everywhere gives 0 and the highest gives 100. A motive
/// with no answered items scores 0. Unanswered items do not count against a motive.
pub fn motive_scores(content: &Content, answers: &Answers) -> (PerMotive<u8>, Vec<Contribution>) {
    let mut scores = PerMotive([0u8; 3]);
    let mut contributions = Vec::new();
    for motive in Motive::ALL {
        let keyed: Vec<(&Item, Keyed)> = content
            .items()
            .iter()
            .filter(|i| i.motive == Some(motive))
            .filter_map(|i| keyed_point(content, answers, i).map(|k| (i, k)))
            .collect();
        let den: u32 = keyed
            .iter()
            .map(|(i, k)| u32::from(i.weight) * u32::from(k.points - 1))
            .sum();
        let num: u32 = keyed
            .iter()
            .map(|(i, k)| u32::from(i.weight) * u32::from(k.keyed - 1))
            .sum();
        scores.0[motive.index()] = ratio_percent(num, den);
        for (item, k) in keyed {
            let w = u32::from(item.weight);
            contributions.push(Contribution {
                item: item.id.clone(),
                motive,
                reverse: item.reverse,
                point: k.point,
                keyed: k.keyed,
                points: ratio_percent(w * u32::from(k.keyed - 1), den),
                max_points: ratio_percent(w * u32::from(k.points - 1), den),
            });
        }
    }
    (scores, contributions)
}

/// Whether every answered motive item has the same answer (at least four answered):
/// a sign the statements were not read, so they cannot separate the motives.
pub fn is_straight_lining(content: &Content, answers: &Answers) -> bool {
    let points: Vec<u8> = content
        .items()
        .iter()
        .filter(|i| i.motive.is_some())
        .filter_map(|i| answers.point(&i.id))
        .collect();
    points.len() >= 4 && points.iter().all(|&p| p == points[0])
}
