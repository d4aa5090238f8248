//! Table-driven personas: for people a coach would recognise, the top motive and
//! the channels in and out of the top of the list are what a sensible coach would
//! expect, and the plan fits their week.

mod model_support;

use model_support::cases::cases;
use netwhy::model::{score, Content, Results};

fn describe(c: &Content, r: &Results) -> String {
    let channels: Vec<String> = r
        .channels
        .iter()
        .map(|f| format!("{} {} {:?}", f.channel, f.fit, f.band))
        .collect();
    let plan: Vec<String> = r
        .plan
        .steps
        .iter()
        .map(|s| format!("{} ({}m) {}", s.action, s.minutes, c.action_text(&s.action)))
        .collect();
    format!(
        "weights {:?} top {:?}\n  channels: {}\n  plan ({}/{}): {}",
        r.priorities.weights,
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
        let head: Vec<&str> = r
            .channels
            .iter()
            .take(case.depth)
            .map(|f| f.channel.as_str())
            .collect();
        for ch in &case.within {
            if !head.contains(ch) {
                fail(format!("{ch} not in the top {}", case.depth));
            }
        }
        for ch in &case.outside {
            if head.contains(ch) {
                fail(format!("{ch} in the top {}", case.depth));
            }
        }
        let plan = &r.plan;
        if plan.total_minutes > plan.budget || plan.steps.len() < 3 {
            fail(format!(
                "plan of {} steps, {} minutes",
                plan.steps.len(),
                plan.total_minutes
            ));
        }
        if !plan.steps.iter().any(|s| s.face_to_face) {
            fail("plan without a face-to-face step".into());
        }
        for m in &r.priorities.top {
            let served = plan.steps.iter().any(|s| {
                content
                    .action(&s.action)
                    .is_some_and(|a| a.motives.contains(m))
            });
            if !served {
                fail(format!("plan does not serve {m:?}"));
            }
        }
        let low: Vec<&str> = plan
            .steps
            .iter()
            .filter_map(|s| s.channel.as_deref())
            .filter(|ch| !r.channels.iter().take(12).any(|f| f.channel == *ch))
            .collect();
        if !low.is_empty() {
            fail(format!("plan uses low-ranked channels {low:?}"));
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
