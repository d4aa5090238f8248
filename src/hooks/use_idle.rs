//! The idle timeout of a shared device, wired to the browser: every pointer, key, touch,
//! wheel or scroll is input, and a tick once a second asks the model's state machine
//! ([`crate::model::idle`]) where things stand. Time comes from [`crate::clock::millis`]
//! only, never from the timer itself, so a test that moves the page's clock on sees the
//! warning at the next tick.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::clock::millis;
use crate::model::idle::{Idle, Phase};

/// How often the timeout looks at the clock.
const TICK_MS: i32 = 1000;

/// The events that count as someone using the device.
const INPUT: [&str; 6] = [
    "pointerdown",
    "pointermove",
    "keydown",
    "touchstart",
    "wheel",
    "scroll",
];

/// The timeout's phase, and what "I'm still here" calls.
pub struct IdleHandle {
    /// Whether to show the warning, and how long is left.
    pub phase: Phase,
    /// The person answered the warning.
    pub stay: Callback<()>,
}

/// Runs the idle timeout while `on` (shared-device mode); `holding` says whether there is
/// anything of a person to forget. Calls `forget` when time is up.
#[hook]
pub fn use_idle(on: bool, holding: bool, forget: Callback<()>) -> IdleHandle {
    let idle = use_mut_ref(|| Idle::new(millis()));
    let phase = use_state_eq(|| Phase::Active);
    let held = use_mut_ref(|| holding);
    *held.borrow_mut() = holding;

    {
        let (idle, phase, held) = (idle.clone(), phase.clone(), held.clone());
        use_effect_with(on, move |on| {
            let running = on.then(|| start(idle, phase, held, forget));
            move || drop(running)
        });
    }

    let stay = {
        let (idle, phase) = (idle.clone(), phase.clone());
        Callback::from(move |()| {
            idle.borrow_mut().stay(millis());
            phase.set(Phase::Active);
        })
    };
    IdleHandle {
        phase: *phase,
        stay,
    }
}

/// The listeners and the ticking timer; dropping it stops both.
struct Running {
    _listeners: Vec<EventListener>,
    _tick: Closure<dyn FnMut()>,
    interval: i32,
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_interval_with_handle(self.interval);
        }
    }
}

fn start(
    idle: Rc<RefCell<Idle>>,
    phase: UseStateHandle<Phase>,
    held: Rc<RefCell<bool>>,
    forget: Callback<()>,
) -> Option<Running> {
    let window = web_sys::window()?;
    idle.borrow_mut().stay(millis());
    let options = EventListenerOptions::run_in_capture_phase();
    let listeners = INPUT
        .iter()
        .map(|name| {
            let idle = idle.clone();
            EventListener::new_with_options(&window, *name, options, move |_| {
                idle.borrow_mut().input(millis());
            })
        })
        .collect();
    let tick = Closure::<dyn FnMut()>::new(move || {
        let now = idle.borrow_mut().tick(millis(), *held.borrow());
        if now == Phase::Forget {
            phase.set(Phase::Active);
            forget.emit(());
        } else {
            phase.set(now);
        }
    });
    let interval = window
        .set_interval_with_callback_and_timeout_and_arguments_0(
            tick.as_ref().unchecked_ref(),
            TICK_MS,
        )
        .ok()?;
    Some(Running {
        _listeners: listeners,
        _tick: tick,
        interval,
    })
}
