//! The advice rules a coach would check one by one: the main reason leads the channel fit,
//! a plan for better connected asks for something, what a person already does decides
//! between first steps and steps up, a weak habit brings a step that builds it, someone who
//! wants to be known but never posts is told how, and no strong reason gives a light plan.

mod model_support;

use model_support::{Level, Persona};
use netwhy::model::{
    score, sharpened, Activity, Content, GapKind, Habit, Motive, Note, ReasonKind, StepPurpose,
};

fn connector(name: &str) -> Persona {
    Persona {
        motives: [Level::Mid, Level::Low, Level::High],
        split: [2, 1, 7],
        situation: "self_employed".into(),
        time: "up_to_120".into(),
        strangers: "fine".into(),
        stage: "strategy".into(),
        ..Persona::base(name)
    }
}

#[test]
fn sharpening_lets_the_main_reason_lead_and_keeps_the_order() {
    assert_eq!(sharpened([50, 30, 20], 2), [66, 24, 10]);
    assert_eq!(sharpened([50, 30, 20], 1), [50, 30, 20]);
    assert_eq!(sharpened([34, 33, 33], 2), [35, 33, 32]);
    assert_eq!(sharpened([0, 0, 100], 3), [0, 0, 100]);
    let r = score(Content::embedded(), &connector("c").answers());
    let (w, f) = (r.priorities.weights, r.priorities.fit_weights);
    assert!(f.get(Motive::Connected) > w.get(Motive::Connected));
    assert_eq!(f.0.iter().map(|&x| u32::from(x)).sum::<u32>(), 100);
}

#[test]
fn a_plan_for_better_connected_asks_for_something() {
    let c = Content::embedded();
    for situation in ["employed", "self_employed", "job_seeking", "studying"] {
        let p = Persona {
            situation: situation.into(),
            ..connector(situation)
        };
        let r = score(c, &p.answers());
        let asks = r.plan.steps.iter().any(|s| {
            s.purpose == StepPurpose::ForMotive(Motive::Connected)
                && c.action(&s.action).and_then(|a| a.activity) == Some(Activity::Using)
        });
        assert!(asks, "{situation}: {:?}", r.plan.steps);
    }
    // A freelancer's ask goes to past clients.
    let r = score(c, &connector("freelancer").answers());
    assert!(r
        .plan
        .steps
        .iter()
        .any(|s| s.action == "ask_client_referral"));
}

#[test]
fn someone_who_already_does_a_lot_gets_a_step_up_and_a_beginner_does_not() {
    let c = Content::embedded();
    let busy = Persona {
        behaviour: [5; 6],
        habits: [5, 5, 5, 1, 1],
        ..connector("busy")
    };
    let r = score(c, &busy.answers());
    assert!(
        r.plan.steps.iter().any(|s| s.step_up.is_some()),
        "{:?}",
        r.plan.steps
    );
    let quiet = Persona {
        behaviour: [1; 6],
        ..connector("quiet")
    };
    let r = score(c, &quiet.answers());
    assert!(
        r.plan.steps.iter().all(|s| s.step_up.is_none()),
        "{:?}",
        r.plan.steps
    );
    for s in &r.plan.steps {
        let level = c.action(&s.action).map(|a| a.level);
        assert_eq!(level, Some(netwhy::model::Level::Start), "{}", s.action);
    }
}

#[test]
fn a_weak_habit_brings_a_step_that_builds_it_and_a_gap_is_named() {
    let c = Content::embedded();
    let p = Persona {
        behaviour: [1; 6],
        habits: [4, 1, 4, 2, 2],
        ..connector("out of touch")
    };
    let r = score(c, &p.answers());
    assert!(r.behaviour.weak_habits(50).contains(&Habit::StayInTouch));
    let builds = r
        .plan
        .steps
        .iter()
        .find(|s| s.habit == Some(Habit::StayInTouch));
    assert!(builds.is_some(), "{:?}", r.plan.steps);
    let gap = r
        .gaps
        .iter()
        .find(|g| g.motive == Motive::Connected)
        .unwrap();
    assert_eq!(gap.kind, GapKind::Under);
    assert!(r
        .plan
        .steps
        .iter()
        .any(|s| s.gap == Some(Motive::Connected)));
}

#[test]
fn wanting_to_be_known_without_posting_gets_a_plan_without_posts_and_a_note() {
    let c = Content::embedded();
    let p = Persona {
        motives: [Level::High, Level::Low, Level::Mid],
        split: [7, 1, 2],
        posting: "never".into(),
        privacy: "minimal".into(),
        ..Persona::base("quiet expert")
    };
    let r = score(c, &p.answers());
    assert_eq!(r.priorities.top, [Motive::Known]);
    assert!(r.notes().contains(&Note::KnownWithoutPosting));
    for s in &r.plan.steps {
        assert_eq!(
            c.action(&s.action).map(|a| a.posting),
            Some(0),
            "{}",
            s.action
        );
    }
    assert!(r
        .plan
        .steps
        .iter()
        .any(|s| { s.purpose == StepPurpose::ForMotive(Motive::Known) }));
    // Someone who posts happily is not told how to do without.
    let poster = Persona {
        posting: "regularly".into(),
        ..p
    };
    assert!(!score(c, &poster.answers())
        .notes()
        .contains(&Note::KnownWithoutPosting));
}

#[test]
fn no_strong_reason_gives_a_light_plan_and_says_so() {
    let c = Content::embedded();
    let p = Persona {
        motives: [Level::Low, Level::Low, Level::Low],
        ..Persona::base("content")
    };
    let r = score(c, &p.answers());
    assert!(r.priorities.none_strong);
    assert!(r.plan.light);
    assert!(r.plan.steps.len() <= 2);
    assert!(r.plan.steps.iter().any(|s| s.face_to_face));
    assert_eq!(r.notes(), [Note::NoneStrong]);
    let keen = Persona {
        motives: [Level::Low, Level::Mid, Level::Low],
        ..p
    };
    let r = score(c, &keen.answers());
    assert!(!r.priorities.none_strong && !r.plan.light);
}

#[test]
fn the_situation_decides_which_channels_make_sense() {
    let c = Content::embedded();
    let fit = |situation: &str, channel: &str| {
        let p = Persona {
            situation: situation.into(),
            ..connector(situation)
        };
        let r = score(c, &p.answers());
        r.channels
            .iter()
            .find(|f| f.channel == channel)
            .unwrap()
            .fit
    };
    assert_eq!(fit("self_employed", "internal_network"), 0);
    assert!(fit("employed", "internal_network") > 0);
    assert_eq!(fit("employed", "recruiters"), 0);
    assert!(fit("job_seeking", "recruiters") > 0);
    assert!(fit("self_employed", "referral_breakfast") > fit("business_owner", "recruiters"));
}

#[test]
fn showing_only_your_name_online_is_no_drawback_where_nothing_goes_online() {
    // The privacy question asks what a stranger could find about you online. A peer circle,
    // a group chat of people who know each other, a conference you attend or a coffee show
    // no more than your name and job, so someone who shows only that is not warned about
    // them, and is offered steps taken in person or in private; a channel that puts a
    // profile with your work history online still carries the warning.
    let c = Content::embedded();
    let p = Persona {
        motives: [Level::Mid, Level::High, Level::Mid],
        split: [2, 6, 2],
        privacy: "minimal".into(),
        ..Persona::base("private")
    };
    let r = score(c, &p.answers());
    let over = |id: &str| {
        r.channels
            .iter()
            .find(|f| f.channel == id)
            .unwrap_or_else(|| panic!("{id} is ranked"))
            .reasons
            .iter()
            .any(|x| x.kind == ReasonKind::OverPrivacy)
    };
    for id in [
        "mentoring_circles",
        "messaging_groups",
        "conferences_attend",
        "coffees_1to1",
        "professional_associations",
    ] {
        assert!(!over(id), "{id} warns about privacy");
    }
    assert!(over("linkedin_outreach"));
    let allowed_in_private = [
        "peer_circle",
        "tell_people_your_topic",
        "ask_for_introduction",
    ];
    for id in allowed_in_private {
        let a = c.action(id).expect("an action");
        assert_eq!(a.privacy, 0, "{id}");
    }
}
