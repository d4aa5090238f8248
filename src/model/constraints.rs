//! [`Constraints`]: the person's time, comfort, stage, situation, region, field and
//! platforms, read from their answers. Callers may change a copy for what-if views
//! without touching the answers.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::embedded::Content;
use super::vocab::{Role, Situation, Stage};

/// Everything besides motives that shapes channel fit and the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Constraints {
    /// Weekly minutes available (the upper bound of the chosen band).
    pub minutes: u16,
    /// Privacy comfort, 0 (name and job only) to 3 (a public face).
    pub privacy: u8,
    /// Comfort posting publicly, 0 (never) to 3 (regularly).
    pub posting: u8,
    /// Comfort meeting strangers, 0 (avoid) to 3 (enjoy).
    pub strangers: u8,
    /// Curiosity, focus or strategy.
    pub stage: Stage,
    /// Region option id, if answered.
    pub region: Option<String>,
    /// Audience option id, if answered.
    pub audience: Option<String>,
    /// Channel ids already used.
    pub platforms: Vec<String>,
    /// The work situation, if answered.
    pub situation: Option<Situation>,
}

impl Constraints {
    /// Reads the constraints from the answers. Unanswered items fall back to the
    /// cautious end: the smallest time band, comfort level 1, the curiosity stage.
    pub fn from_answers(content: &Content, answers: &Answers) -> Constraints {
        let value = |role: Role| -> Option<u16> {
            let item = content.role_item(role)?;
            let chosen = answers.choice(&item.id)?;
            item.options.iter().find(|o| o.id == chosen)?.value
        };
        let level = |role: Role| value(role).and_then(|v| u8::try_from(v).ok()).unwrap_or(1);
        let choice = |role: Role| -> Option<String> {
            let item = content.role_item(role)?;
            let chosen = answers.choice(&item.id)?;
            item.options
                .iter()
                .any(|o| o.id == chosen)
                .then(|| chosen.to_string())
        };
        let smallest = content
            .role_item(Role::TimeBudget)
            .and_then(|i| i.options.iter().filter_map(|o| o.value).min())
            .unwrap_or(30);
        let platforms = content
            .role_item(Role::Platforms)
            .map(|i| answers.choices(&i.id).to_vec())
            .unwrap_or_default();
        Constraints {
            minutes: value(Role::TimeBudget).unwrap_or(smallest),
            privacy: level(Role::Privacy),
            posting: level(Role::Posting),
            strangers: level(Role::Strangers),
            stage: choice(Role::Stage)
                .and_then(|s| Stage::from_id(&s))
                .unwrap_or(Stage::Curiosity),
            region: choice(Role::Region),
            audience: choice(Role::Audience),
            platforms,
            situation: choice(Role::Situation).and_then(|s| Situation::from_id(&s)),
        }
    }
}
