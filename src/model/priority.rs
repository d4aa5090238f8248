//! Priority weights: the blend of the motive scores with the point split, joint
//! priorities and the flag for when the two disagree.

use serde::{Deserialize, Serialize};

use super::content::Scoring;
use super::vocab::Motive;

/// One value per motive, in [`Motive::ALL`] order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PerMotive<T>(pub [T; 3]);

impl<T: Copy> PerMotive<T> {
    /// The value for one motive.
    pub fn get(&self, motive: Motive) -> T {
        self.0[motive.index()]
    }

    /// Each motive with its value, in [`Motive::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Motive, T)> + '_ {
        Motive::ALL.into_iter().map(|m| (m, self.get(m)))
    }
}

/// What matters most to the person, and how sure the answers are about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Priorities {
    /// Priority weight per motive in whole percent, summing to 100.
    pub weights: PerMotive<u8>,
    /// The weights channels are fitted with: `weights` raised to `scoring.sharpen`
    /// and scaled back to sum to 100, so the main reason leads.
    pub fit_weights: PerMotive<u8>,
    /// No reason reached `scoring.strong_motive` in the statements: none is strong now.
    pub none_strong: bool,
    /// Motives from highest to lowest weight (ties in [`Motive::ALL`] order).
    pub order: [Motive; 3],
    /// The top motive, plus any within the joint threshold of it (joint priorities).
    pub top: Vec<Motive>,
    /// Motives with the highest motive score (more than one on a tie).
    pub likert_top: Vec<Motive>,
    /// Motives with the most split points (empty when the split is unanswered).
    pub split_top: Vec<Motive>,
    /// The statements and the split name different top motives.
    pub disagreement: bool,
    /// Every motive statement got the same answer (see `is_straight_lining`).
    pub straight_lining: bool,
}

impl Priorities {
    /// Whether more than one motive shares the top.
    pub fn is_joint(&self) -> bool {
        self.top.len() > 1
    }
}

fn argmax(values: [u32; 3]) -> Vec<Motive> {
    let max = values.iter().copied().max().unwrap_or(0);
    Motive::ALL
        .into_iter()
        .filter(|m| values[m.index()] == max)
        .collect()
}

/// Blends motive scores with the point split into priority weights.
///
/// With `k` = `scoring.split_share` (percent), the Likert share of motive `m` is
/// `Lₘ = scoreₘ / Σ score` (a third each if all scores are 0), the split share is
/// `Sₘ = pointsₘ / total` (equal to `Lₘ` when the split is unanswered), and
///
/// `weightₘ = (100 − k)/100 · Lₘ + k/100 · Sₘ`
///
/// computed in thousandths and rounded to whole percent by largest remainder so the
/// weights sum to exactly 100. Motives within `scoring.joint_threshold` points of
/// the top weight are joint priorities. Channels are fitted with the
/// [`sharpened`] weights.
pub fn priorities(
    scoring: &Scoring,
    scores: PerMotive<u8>,
    split: Option<([u8; 3], u8)>,
    straight_lining: bool,
) -> Priorities {
    let k = u32::from(scoring.split_share.min(100));
    let sum: u32 = scores.0.iter().map(|&s| u32::from(s)).sum();
    let likert = scores.0.map(|s| match sum {
        0 => 1000 / 3,
        _ => u32::from(s) * 1000 / sum,
    });
    let split_share = match split {
        Some((points, total)) if total > 0 => {
            points.map(|p| u32::from(p) * 1000 / u32::from(total))
        }
        _ => likert,
    };
    let mut milli = [0u32; 3];
    for i in 0..3 {
        milli[i] = ((100 - k) * likert[i] + k * split_share[i]) / 100;
    }
    let weights = PerMotive(round_to_100(milli));
    let fit_weights = PerMotive(sharpened(weights.0, scoring.sharpen));
    let none_strong = scores.0.iter().all(|&s| s < scoring.strong_motive);
    let mut order = Motive::ALL;
    super::order::sort_short_by_key(&mut order, |m| std::cmp::Reverse(weights.get(*m)));
    let best = weights.get(order[0]);
    let top = order
        .into_iter()
        .filter(|m| best - weights.get(*m) <= scoring.joint_threshold)
        .collect();
    let likert_top = argmax(scores.0.map(u32::from));
    let split_top = split
        .map(|(p, _)| argmax(p.map(u32::from)))
        .unwrap_or_default();
    let disagreement = !split_top.is_empty() && !split_top.iter().any(|m| likert_top.contains(m));
    Priorities {
        weights,
        fit_weights,
        none_strong,
        order,
        top,
        likert_top,
        split_top,
        disagreement,
        straight_lining,
    }
}

/// The weights raised to `power` and scaled back to whole percent summing to 100:
/// `fitₘ = weightₘ^power / Σ weight^power`, rounded by largest remainder.
///
/// With power 2, weights of 50, 30 and 20 become 66, 24 and 10.
pub fn sharpened(weights: [u8; 3], power: u8) -> [u8; 3] {
    let raised = weights.map(|w| u64::from(w).pow(u32::from(power.clamp(1, 3))));
    let total: u64 = raised.iter().sum();
    if total == 0 {
        return weights;
    }
    // Thousandths of the whole, as `round_to_100` expects; at most 1000 each.
    round_to_100(raised.map(|r| u32::try_from(r * 1000 / total).unwrap_or(1000)))
}

/// Rounds thousandths to whole percent summing to 100 (largest remainder; ties go
/// to the earlier motive).
fn round_to_100(milli: [u32; 3]) -> [u8; 3] {
    let total: u32 = milli.iter().sum::<u32>().max(1);
    let exact = milli.map(|m| m * 100_000 / total);
    let mut out = exact.map(|e| e / 1000);
    let mut rest = 100 - out.iter().sum::<u32>();
    let mut idx = [0usize, 1, 2];
    super::order::sort_short_by_key(&mut idx, |&i| std::cmp::Reverse(exact[i] % 1000));
    for &i in idx.iter().cycle().take(3) {
        if rest == 0 {
            break;
        }
        out[i] += 1;
        rest -= 1;
    }
    out.map(|v| u8::try_from(v).unwrap_or(100))
}
