//! The idle timeout of a shared device: after [`IDLE_AFTER_MS`] without input a warning
//! counts down [`WARNING_FOR_MS`], and when nobody has said "I'm still here" by then,
//! everything of the person is forgotten.
//!
//! A pure state machine over times in milliseconds (the browser's `Date.now()`), which the
//! caller hands in: [`Idle::input`] for each pointer, key, touch or scroll, [`Idle::tick`]
//! about once a second, [`Idle::stay`] for "I'm still here". Tested natively with made-up
//! times.

/// How long a shared device may go without input before the warning: 5 minutes.
pub const IDLE_AFTER_MS: u64 = 5 * 60 * 1000;

/// How long the warning counts down before everything is forgotten: 60 seconds (WCAG 2.2.1
/// asks for at least 20 to answer a time limit).
pub const WARNING_FOR_MS: u64 = 60 * 1000;

/// What the device should show after a [`Idle::tick`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Someone is using it, or there is nothing to forget.
    Active,
    /// The warning, with whole seconds left before everything is forgotten (at least 1).
    Warning {
        /// Seconds left, rounded up.
        seconds_left: u64,
    },
    /// Time is up: forget everything now. The clock starts again for the next person.
    Forget,
}

/// When the device was last used, and whether the warning is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Idle {
    last_input: u64,
    warned: bool,
}

impl Idle {
    /// A device that was used at `now`.
    pub fn new(now: u64) -> Self {
        Self {
            last_input: now,
            warned: false,
        }
    }

    /// Someone touched, clicked, typed or scrolled at `now`. While the warning shows only
    /// [`Self::stay`] answers it, so a stray touch does not hide it unread; a clock that
    /// went back (the device's time was changed) counts as input at the new time.
    pub fn input(&mut self, now: u64) {
        if !self.warned || now < self.last_input {
            self.last_input = now;
        }
    }

    /// The person answered the warning ("I'm still here") at `now`: the wait starts again.
    pub fn stay(&mut self, now: u64) {
        *self = Self::new(now);
    }

    /// Whether the warning is showing.
    pub fn warned(&self) -> bool {
        self.warned
    }

    /// Where things stand at `now`. `holding` says whether there is anything of a person to
    /// forget: while there is not, the device counts as in use. A device that was asleep
    /// past the whole warning (a closed lid) forgets at once, without a warning first.
    pub fn tick(&mut self, now: u64, holding: bool) -> Phase {
        if !holding || now < self.last_input {
            *self = Self::new(now);
            return Phase::Active;
        }
        let quiet = now - self.last_input;
        if quiet >= IDLE_AFTER_MS + WARNING_FOR_MS {
            *self = Self::new(now);
            Phase::Forget
        } else if quiet >= IDLE_AFTER_MS {
            self.warned = true;
            let left = IDLE_AFTER_MS + WARNING_FOR_MS - quiet;
            Phase::Warning {
                seconds_left: left.div_ceil(1000),
            }
        } else {
            self.warned = false;
            Phase::Active
        }
    }
}
