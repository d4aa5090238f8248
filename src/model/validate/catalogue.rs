//! Checks of the constraints items, the channel catalogue and the action library:
//! option values in range, ratings in range, references to stages, regions,
//! audiences and channels, and that a plan with a face-to-face step is possible at
//! every stage within the smallest time budget.

use super::super::content::{Item, Model};
use super::super::vocab::{ItemKind, Role, Situation, Stage};
use super::{ProblemKind, Report};

fn role_item(m: &Model, role: Role) -> Option<&Item> {
    m.items.iter().find(|i| i.role == Some(role))
}

fn option_ids(item: Option<&Item>) -> Vec<&str> {
    item.map(|i| i.options.iter().map(|o| o.id.as_str()).collect())
        .unwrap_or_default()
}

pub(crate) fn check_catalogue(m: &Model, r: &mut Report) {
    let regions = option_ids(role_item(m, Role::Region));
    let audiences = option_ids(role_item(m, Role::Audience));
    for c in &m.channels {
        let id = c.id.as_str();
        for rating in c.ratings {
            r.range(id, rating.into(), 3);
        }
        r.range(id, c.privacy.into(), 3);
        if c.minutes == 0 {
            r.push(id, ProblemKind::Malformed("channel needs minutes per week"));
        }
        for region in c.regions.iter().chain(&c.unavailable) {
            if !regions.contains(&region.as_str()) {
                r.push(id, ProblemKind::UnknownReference(region.clone()));
            }
        }
        if c.regions.iter().any(|x| c.unavailable.contains(x)) {
            r.push(
                id,
                ProblemKind::Malformed("channel both used and unavailable in a region"),
            );
        }
        if c.specialist && c.audiences.is_empty() {
            r.push(
                id,
                ProblemKind::Malformed("specialist channel names no field"),
            );
        }
        if c.situation_only && c.situations.is_empty() {
            r.push(
                id,
                ProblemKind::Malformed("situation-only channel names no situation"),
            );
        }
        for audience in &c.audiences {
            if !audiences.contains(&audience.as_str()) {
                r.push(id, ProblemKind::UnknownReference(audience.clone()));
            }
        }
    }
    for a in &m.actions {
        let id = a.id.as_str();
        if let Some(ch) = &a.channel {
            if !m.channels.iter().any(|c| &c.id == ch) {
                r.push(id, ProblemKind::UnknownReference(ch.clone()));
            }
        }
        if a.motives.is_empty() {
            r.push(id, ProblemKind::Malformed("action serves no motive"));
        }
        if a.stages.is_empty() {
            r.push(id, ProblemKind::Malformed("action suits no stage"));
        }
        if a.minutes == 0 {
            r.push(id, ProblemKind::Malformed("action needs minutes per week"));
        }
        for need in [a.posting, a.privacy, a.strangers] {
            r.range(id, need.into(), 3);
        }
        if a.face_to_face && a.posting > 0 && a.channel.is_none() {
            r.push(
                id,
                ProblemKind::Malformed("a face-to-face step cannot need posting"),
            );
        }
    }
    let smallest = role_item(m, Role::TimeBudget)
        .and_then(|i| i.options.iter().filter_map(|o| o.value).min())
        .unwrap_or(0);
    // Whoever the person is, a plan can meet people in person: at every stage, in every
    // situation, within the smallest budget and with no comfort at all, a face-to-face
    // step that is not tied to a channel (a channel may be left out for them) is there.
    for stage in Stage::ALL {
        for situation in Situation::ALL {
            let feasible = m.actions.iter().any(|a| {
                a.face_to_face
                    && a.channel.is_none()
                    && a.minutes <= smallest
                    && a.stages.contains(&stage)
                    && (a.situations.is_empty() || a.situations.contains(&situation))
                    && a.posting == 0
                    && a.privacy == 0
                    && a.strangers == 0
            });
            if !feasible {
                r.push(
                    format!("{} {}", stage.id(), situation.id()),
                    ProblemKind::NoFaceToFaceAction,
                );
            }
        }
    }
}

pub(crate) fn check_role(m: &Model, item: &Item, role: Role, r: &mut Report) {
    let id = item.id.as_str();
    let want = if role == Role::Platforms {
        ItemKind::Multi
    } else {
        ItemKind::Single
    };
    if item.kind != want {
        r.push(id, ProblemKind::Malformed("wrong kind for its role"));
    }
    for o in &item.options {
        let oid = format!("{id}.{}", o.id);
        match role {
            Role::TimeBudget => match o.value {
                Some(v) if v > 0 => {}
                _ => r.push(oid, ProblemKind::Malformed("time option needs minutes")),
            },
            Role::Privacy | Role::Posting | Role::Strangers => match o.value {
                Some(v) => r.range(&oid, v.into(), 3),
                None => r.push(oid, ProblemKind::Malformed("comfort option needs a level")),
            },
            Role::Stage if Stage::from_id(&o.id).is_none() => {
                r.push(id, ProblemKind::UnknownReference(o.id.clone()))
            }
            Role::Platforms if !m.channels.iter().any(|c| c.id == o.id) => {
                r.push(id, ProblemKind::UnknownReference(o.id.clone()))
            }
            Role::Situation if Situation::from_id(&o.id).is_none() => {
                r.push(id, ProblemKind::UnknownReference(o.id.clone()))
            }
            _ => {}
        }
    }
    if role == Role::Situation {
        for s in Situation::ALL {
            if !item.options.iter().any(|o| o.id == s.id()) {
                r.push(
                    id,
                    ProblemKind::Malformed("situation item must offer every situation"),
                );
            }
        }
    }
    if role == Role::Stage {
        for s in Stage::ALL {
            if !item.options.iter().any(|o| o.id == s.id()) {
                r.push(
                    id,
                    ProblemKind::Malformed("stage item must offer every stage"),
                );
            }
        }
    }
}
