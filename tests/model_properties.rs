//! Property tests of the scoring invariants over arbitrary valid answers.

use netwhy::model::{
    rank_channels, reason_lines, score, score_with, shortlist, AnswerValue, Answers, Band,
    Constraints, Content, ItemKind, Motive,
};
use proptest::prelude::*;

/// Raw material for one set of answers: a point per scale item, a split, an option
/// index per single-choice item and a bit mask for the multi-choice item.
#[derive(Debug, Clone)]
struct Raw {
    points: Vec<u8>,
    cuts: (u8, u8),
    choices: Vec<usize>,
    mask: u32,
}

fn raw() -> impl Strategy<Value = Raw> {
    (
        prop::collection::vec(1u8..=5, 26),
        (0u8..=10, 0u8..=10),
        prop::collection::vec(0usize..100, 10),
        any::<u32>(),
    )
        .prop_map(|(points, cuts, choices, mask)| Raw {
            points,
            cuts,
            choices,
            mask,
        })
}

fn build(raw: &Raw) -> Answers {
    let c = Content::embedded();
    let mut a = Answers::new();
    let (mut p, mut ch) = (raw.points.iter().cycle(), raw.choices.iter().cycle());
    for item in c.items() {
        let value = match item.kind {
            ItemKind::Scale => AnswerValue::Point(*p.next().unwrap_or(&3)),
            ItemKind::Split => {
                let (lo, hi) = (raw.cuts.0.min(raw.cuts.1), raw.cuts.0.max(raw.cuts.1));
                AnswerValue::Split([lo, hi - lo, 10 - hi])
            }
            ItemKind::Single => {
                let i = ch.next().unwrap_or(&0) % item.options.len();
                AnswerValue::Choice(item.options[i].id.clone())
            }
            ItemKind::Multi => AnswerValue::Choices(
                (item.options.iter().enumerate())
                    .filter(|(i, _)| raw.mask & (1 << (i % 32)) != 0)
                    .map(|(_, o)| o.id.clone())
                    .collect(),
            ),
        };
        a.set(item.id.clone(), value);
    }
    a
}

/// Two channels with the same reasons and facts (LinkedIn posts and Instagram, for someone who
/// wants to be known, shares little and is self-employed): the second still reads differently.
#[test]
fn two_channels_with_the_same_reasons_still_read_differently() {
    let raw = Raw {
        points: vec![
            1, 4, 2, 1, 1, 1, 1, 1, 1, 3, 5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        ],
        cuts: (6, 7),
        choices: vec![1, 62, 0, 14, 4, 0, 36, 41, 0, 0],
        mask: 1_994_944_710,
    };
    let c = Content::embedded();
    let r = score(c, &build(&raw));
    let shown = shortlist(&r.channels, 5);
    let texts: Vec<String> = reason_lines(c, &shown)
        .iter()
        .map(|l| c.because(l))
        .collect();
    let ids: Vec<&str> = shown.iter().map(|f| f.channel.as_str()).collect();
    assert!(
        ids.contains(&"linkedin_posts") && ids.contains(&"instagram"),
        "{ids:?}"
    );
    for (i, text) in texts.iter().enumerate() {
        assert!(!texts[..i].contains(text), "{} repeats {text}", ids[i]);
    }
}

fn motive_items() -> Vec<(String, Motive, bool)> {
    let c = Content::embedded();
    let items = c
        .items()
        .iter()
        .filter_map(|i| Some((i.id.clone(), i.motive?, i.reverse)));
    items.collect()
}

proptest! {
    #[test]
    fn everything_stays_in_range(raw in raw()) {
        let r = score(Content::embedded(), &build(&raw));
        prop_assert!(r.complete);
        for (_, s) in r.scores.iter() {
            prop_assert!(s <= 100);
        }
        let total: u32 = r.priorities.weights.0.iter().map(|&w| u32::from(w)).sum();
        prop_assert_eq!(total, 100);
        // Every channel of the catalogue once, best first (ties in the catalogue's order),
        // each in the band its fit falls in, with reasons that add up to its fit.
        let c = Content::embedded();
        let catalogue: Vec<&str> = c.channels().iter().map(|ch| ch.id.as_str()).collect();
        let place = |id: &str| catalogue.iter().position(|x| *x == id);
        prop_assert_eq!(r.channels.len(), catalogue.len());
        for pair in r.channels.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            prop_assert!(
                a.fit > b.fit || (a.fit == b.fit && place(&a.channel) < place(&b.channel)),
                "{} ({}) before {} ({})", a.channel, a.fit, b.channel, b.fit
            );
        }
        let [strong, good, possible] = c.model.scoring.bands;
        for f in &r.channels {
            prop_assert!(place(&f.channel).is_some(), "{}", f.channel);
            let band = if f.fit >= strong {
                Band::Strong
            } else if f.fit >= good {
                Band::Good
            } else if f.fit >= possible {
                Band::Possible
            } else {
                Band::Poor
            };
            prop_assert_eq!(f.band, band, "{} at {}", &f.channel, f.fit);
            let sum: i32 = f.reasons.iter().map(|x| x.delta).sum();
            prop_assert_eq!(i32::from(f.fit), sum.clamp(0, 100), "{}", &f.channel);
        }
        let b = &r.behaviour;
        for v in [b.building, b.maintaining, b.using, b.online, b.face_to_face] {
            prop_assert!(v <= 100);
        }
    }

    #[test]
    fn agreeing_more_moves_a_motive_the_keyed_way(raw in raw(), pick in 0usize..12) {
        let c = Content::embedded();
        let items = motive_items();
        let (id, motive, reverse) = &items[pick % items.len()];
        let mut a = build(&raw);
        let point = a.point(id).unwrap_or(3).min(4);
        a.set(id.clone(), AnswerValue::Point(point));
        let before = score(c, &a).scores.get(*motive);
        a.set(id.clone(), AnswerValue::Point(point + 1));
        let after = score(c, &a).scores.get(*motive);
        if *reverse {
            prop_assert!(after <= before, "{id}: {before} -> {after}");
        } else {
            prop_assert!(after >= before, "{id}: {before} -> {after}");
        }
    }

    #[test]
    fn a_penalty_never_raises_a_fit(raw in raw(), less in 0u16..400, drop in 0u8..4) {
        let c = Content::embedded();
        let r = score(c, &build(&raw));
        let loose = &r.constraints;
        let tight = Constraints {
            minutes: loose.minutes.saturating_sub(less),
            privacy: loose.privacy.saturating_sub(drop),
            posting: loose.posting.saturating_sub(drop),
            strangers: loose.strangers.saturating_sub(drop),
            ..loose.clone()
        };
        let tight_fits = rank_channels(c, r.priorities.fit_weights, &tight);
        for f in &r.channels {
            let t = tight_fits.iter().find(|t| t.channel == f.channel).map(|t| t.fit);
            prop_assert!(t.unwrap_or(0) <= f.fit, "{}", f.channel);
        }
    }

    #[test]
    fn agreeing_with_everything_names_no_single_winner(raw in raw(), point in 4u8..=5) {
        let c = Content::embedded();
        let mut a = build(&raw);
        for (id, _, _) in motive_items() {
            a.set(id, AnswerValue::Point(point));
        }
        let p = score(c, &a).priorities;
        prop_assert!(p.straight_lining);
        prop_assert_eq!(p.likert_top.len(), 3);
        a.set("priority_split", AnswerValue::Split([4, 3, 3]));
        prop_assert!(score(c, &a).priorities.is_joint());
    }

    #[test]
    fn plans_fit_the_budget_and_meet_people(raw in raw(), option in 0usize..5) {
        let c = Content::embedded();
        let a = build(&raw);
        let mut what_if = Constraints::from_answers(c, &a);
        let budgets = &c.role_item(netwhy::model::Role::TimeBudget).unwrap().options;
        what_if.minutes = budgets[option % budgets.len()].value.unwrap_or(30);
        for r in [score(c, &a), score_with(c, &a, &what_if)] {
            let plan = &r.plan;
            let sum: u16 = plan.steps.iter().map(|s| s.minutes).sum();
            prop_assert_eq!(sum, plan.total_minutes);
            prop_assert!(plan.total_minutes <= plan.budget);
            prop_assert!(plan.steps.iter().any(|s| s.face_to_face));
            let steps = if plan.light { 1..=2 } else { 3..=5 };
            prop_assert!(steps.contains(&plan.steps.len()), "{} steps", plan.steps.len());
            prop_assert_eq!(plan.light, r.priorities.none_strong);
            let cons = &r.constraints;
            for s in &plan.steps {
                let x = c.action(&s.action).expect("an action of the content");
                prop_assert!(x.posting <= cons.posting, "{} posts", x.id);
                prop_assert!(x.privacy <= cons.privacy, "{} shows too much", x.id);
                prop_assert!(x.strangers <= cons.strangers, "{} meets strangers", x.id);
                prop_assert!(x.stages.contains(&cons.stage), "{} for another stage", x.id);
                let situation = x.situations.is_empty()
                    || cons.situation.is_some_and(|st| x.situations.contains(&st));
                prop_assert!(situation, "{} for another situation", x.id);
            }
            let top = r.priorities.order[0];
            let serves_top = plan.steps.iter().any(|s| {
                c.action(&s.action).is_some_and(|x| x.motives.contains(&top))
            });
            prop_assert!(serves_top);
        }
    }

    #[test]
    fn the_channels_shown_never_give_the_same_reason(raw in raw()) {
        let c = Content::embedded();
        let r = score(c, &build(&raw));
        let shown = shortlist(&r.channels, 5);
        let texts: Vec<String> = reason_lines(c, &shown).iter().map(|l| c.because(l)).collect();
        for (i, text) in texts.iter().enumerate() {
            prop_assert!(!texts[..i].contains(text), "{} repeats {text}", shown[i].channel);
        }
    }

    #[test]
    fn scoring_is_deterministic(raw in raw()) {
        let c = Content::embedded();
        let a = build(&raw);
        prop_assert_eq!(score(c, &a), score(c, &a.clone()));
    }
}
