//! Builders shared by the model tests: answers for a described person.

#![allow(dead_code)]

pub mod cases;

use netwhy::model::{AnswerValue, Answers, Content, Motive};

/// How strongly a person endorses a motive; each maps to raw answers on the four
/// statements (the reverse-keyed one last).
#[derive(Clone, Copy, Debug)]
pub enum Level {
    High,
    Mid,
    Low,
}

impl Level {
    fn points(self) -> [u8; 4] {
        match self {
            Level::High => [5, 5, 4, 1],
            Level::Mid => [4, 3, 3, 3],
            Level::Low => [2, 1, 2, 4],
        }
    }
}

/// A described person; every field maps to answers.
#[derive(Clone, Debug)]
pub struct Persona {
    pub name: &'static str,
    pub motives: [Level; 3],
    pub split: [u8; 3],
    /// build online, build f2f, maintain online, maintain f2f, use online, use f2f
    pub behaviour: [u8; 6],
    pub habits: [u8; 4],
    pub time: &'static str,
    pub privacy: &'static str,
    pub posting: &'static str,
    pub strangers: &'static str,
    pub stage: &'static str,
    pub region: &'static str,
    pub audience: &'static str,
    pub platforms: &'static [&'static str],
}

impl Persona {
    /// A neutral starting point to override field by field.
    pub fn base(name: &'static str) -> Persona {
        Persona {
            name,
            motives: [Level::Mid; 3],
            split: [4, 3, 3],
            behaviour: [2, 2, 3, 2, 2, 2],
            habits: [4, 3, 4, 2],
            time: "up_to_60",
            privacy: "professional",
            posting: "react",
            strangers: "with_someone",
            stage: "focus",
            region: "uk_ireland",
            audience: "other",
            platforms: &[],
        }
    }

    pub fn answers(&self) -> Answers {
        let c = Content::embedded();
        let mut a = Answers::new();
        for m in Motive::ALL {
            let points = self.motives[m.index()].points();
            let items = c.items().iter().filter(|i| i.motive == Some(m));
            for (item, p) in items.zip(points) {
                a.set(item.id.clone(), AnswerValue::Point(p));
            }
        }
        a.set("priority_split", AnswerValue::Split(self.split));
        let freq = [
            "build_online",
            "build_f2f",
            "maintain_online",
            "maintain_f2f",
            "use_online",
            "use_f2f",
        ];
        for (id, p) in freq.iter().zip(self.behaviour) {
            a.set(*id, AnswerValue::Point(p));
        }
        let habits = [
            "habit_interest",
            "habit_in_touch",
            "habit_known_first",
            "habit_mass_invites",
        ];
        for (id, p) in habits.iter().zip(self.habits) {
            a.set(*id, AnswerValue::Point(p));
        }
        let choose = |a: &mut Answers, id: &str, v: &str| a.set(id, AnswerValue::Choice(v.into()));
        choose(&mut a, "time_budget", self.time);
        choose(&mut a, "privacy_comfort", self.privacy);
        choose(&mut a, "posting_comfort", self.posting);
        choose(&mut a, "strangers_comfort", self.strangers);
        choose(&mut a, "stage", self.stage);
        choose(&mut a, "region", self.region);
        choose(&mut a, "audience", self.audience);
        let used = self.platforms.iter().map(|s| s.to_string()).collect();
        a.set("platforms_used", AnswerValue::Choices(used));
        a
    }
}
