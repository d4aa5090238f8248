//! Table-driven personas: for people a coach would recognise, the top motive and the
//! channels in and out of the top of the list are what a sensible coach would expect,
//! and properties that hold for everyone in the table: channels differ between people,
//! reasons differ between channels, every plan step is within the person's limits and
//! every plan meets people in person.

mod model_support;

use std::collections::BTreeMap;

use model_support::cases::cases;
use netwhy::model::{reason_lines, score, shortlist, Content, Results};

/// How many channels the results show.
const SHOWN: usize = 5;

fn describe(c: &Content, r: &Results) -> String {
    let channels: Vec<String> = shortlist(&r.channels, SHOWN)
        .iter()
        .map(|f| format!("{} {} {:?}", f.channel, f.fit, f.band))
        .collect();
    let plan: Vec<String> = r
        .plan
        .steps
        .iter()
        .map(|s| {
            format!(
                "{} ({}m, {:?}) {}",
                s.action,
                s.minutes,
                s.purpose,
                c.action_text(&s.action)
            )
        })
        .collect();
    format!(
        "weights {:?} fit weights {:?} top {:?}\n  channels: {}\n  plan ({}/{}): {}",
        r.priorities.weights,
        r.priorities.fit_weights,
        r.priorities.top,
        channels.join(", "),
        r.plan.total_minutes,
        r.plan.budget,
        plan.join("\n    ")
    )
}

#[test]
fn personas_get_what_a_coach_would_expect() {
    let content = Content::embedded();
    let mut failures = Vec::new();
    for case in cases() {
        let r = score(content, &case.persona.answers());
        let why = describe(content, &r);
        let mut fail =
            |msg: String| failures.push(format!("{}: {msg}\n  {why}", case.persona.name));
        if case.top.len() == 1 {
            if r.priorities.top != case.top {
                fail(format!(
                    "top motive {:?}, expected {:?}",
                    r.priorities.top, case.top
                ));
            }
        } else if !case.top.iter().all(|m| r.priorities.top.contains(m)) {
            fail(format!(
                "joint {:?}, expected {:?}",
                r.priorities.top, case.top
            ));
        }
        let shown: Vec<&str> = shortlist(&r.channels, SHOWN)
            .iter()
            .map(|f| f.channel.as_str())
            .collect();
        for ch in &case.within {
            if !shown[..3].contains(ch) {
                fail(format!("{ch} not in the top three"));
            }
        }
        for ch in &case.outside {
            if shown.contains(ch) {
                fail(format!("{ch} among the {SHOWN} shown"));
            }
        }
        let plan = &r.plan;
        let least = if plan.light { 2 } else { 3 };
        if plan.total_minutes > plan.budget || plan.steps.len() < least {
            fail(format!(
                "plan of {} steps, {} minutes",
                plan.steps.len(),
                plan.total_minutes
            ));
        }
        for m in &r.priorities.top[..if plan.light {
            1
        } else {
            r.priorities.top.len()
        }] {
            let served = plan.steps.iter().any(|s| {
                content
                    .action(&s.action)
                    .is_some_and(|a| a.motives.contains(m))
            });
            if !served {
                fail(format!("plan does not serve {m:?}"));
            }
        }
        if !r.complete {
            fail("answers incomplete".into());
        }
        if std::env::var_os("NETWHY_SHOW").is_some() {
            println!("{}: {why}", case.persona.name);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_channel_is_shown_to_more_than_half_the_people() {
    let content = Content::embedded();
    let people = cases();
    let mut shown_to: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for case in &people {
        let r = score(content, &case.persona.answers());
        for f in shortlist(&r.channels, SHOWN) {
            shown_to
                .entry(f.channel.clone())
                .or_default()
                .push(case.persona.name.clone());
        }
    }
    if std::env::var_os("NETWHY_SHOW").is_some() {
        let mut counts: Vec<(usize, &String)> =
            shown_to.iter().map(|(ch, who)| (who.len(), ch)).collect();
        counts.sort_by(|a, b| b.cmp(a));
        println!("channels shown, of {} people: {counts:?}", people.len());
    }
    let half = people.len() / 2;
    let common: Vec<String> = shown_to
        .iter()
        .filter(|(_, who)| who.len() > half)
        .map(|(ch, who)| format!("{ch} ({} of {})", who.len(), people.len()))
        .collect();
    assert!(common.is_empty(), "shown to more than half: {common:?}");
}

#[test]
fn no_two_channels_shown_to_a_person_give_the_same_reason() {
    let content = Content::embedded();
    for case in cases() {
        let r = score(content, &case.persona.answers());
        let shown = shortlist(&r.channels, SHOWN);
        let texts: Vec<String> = reason_lines(content, &shown)
            .iter()
            .map(|line| content.because(line))
            .collect();
        for (i, text) in texts.iter().enumerate() {
            assert!(
                !text.is_empty(),
                "{}: no reason for {}",
                case.persona.name,
                shown[i].channel
            );
            assert!(
                !texts[..i].contains(text),
                "{}: {} repeats \"{text}\"",
                case.persona.name,
                shown[i].channel
            );
        }
    }
}

#[test]
fn every_step_is_within_the_persons_limits_and_every_plan_meets_people() {
    let content = Content::embedded();
    for case in cases() {
        let r = score(content, &case.persona.answers());
        let c = &r.constraints;
        let name = &case.persona.name;
        assert!(r.plan.total_minutes <= c.minutes, "{name}: over the time");
        assert!(
            r.plan.steps.iter().any(|s| s.face_to_face),
            "{name}: no face-to-face step"
        );
        for step in &r.plan.steps {
            let a = content
                .action(&step.action)
                .expect("an action of the content");
            assert!(a.posting <= c.posting, "{name}: {} posts", a.id);
            assert!(a.privacy <= c.privacy, "{name}: {} shows too much", a.id);
            assert!(
                a.strangers <= c.strangers,
                "{name}: {} meets strangers",
                a.id
            );
        }
    }
}

#[test]
fn what_a_person_does_now_changes_what_they_see_and_their_plan() {
    let content = Content::embedded();
    for case in cases() {
        let mut little = case.persona.clone();
        little.behaviour = [1; 6];
        little.habits = [2, 1, 2, 4, 4];
        let mut lot = case.persona.clone();
        lot.behaviour = [5; 6];
        lot.habits = [5, 5, 5, 1, 1];
        let (a, b) = (
            score(content, &little.answers()),
            score(content, &lot.answers()),
        );
        let name = &case.persona.name;
        assert_ne!(a.behaviour, b.behaviour, "{name}: the behaviour section");
        assert_eq!(
            a.channels, b.channels,
            "{name}: only the how answers changed"
        );
        assert_ne!(
            a.plan.steps, b.plan.steps,
            "{name}: the plan did not change"
        );
    }
}
