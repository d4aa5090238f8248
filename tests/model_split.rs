//! The point split's steppers: each press counts from the split as it is when the press
//! arrives, within the points there are, in the model and through the reducer.

use std::rc::Rc;

use netwhy::model::vault::Loaded;
use netwhy::model::{stepped_split, AnswerValue, Content, ItemKind, Motive};
use netwhy::route::Route;
use netwhy::state::{Action, AppState};
use yew::Reducible;

const AT: &str = "2026-11-26T09:00:00.000Z";

#[test]
fn a_press_adds_or_takes_one_point_within_the_total() {
    use Motive::{Connected, Equipped, Known};
    assert_eq!(stepped_split(None, 10, Known, 1), Some([1, 0, 0]));
    assert_eq!(
        stepped_split(Some([1, 0, 0]), 10, Known, 1),
        Some([2, 0, 0])
    );
    assert_eq!(
        stepped_split(Some([2, 3, 0]), 10, Equipped, -1),
        Some([2, 2, 0])
    );
    // No point beyond the total, none below zero: such a press changes nothing.
    assert_eq!(stepped_split(Some([5, 3, 2]), 10, Connected, 1), None);
    assert_eq!(stepped_split(Some([5, 5, 0]), 10, Connected, -1), None);
    assert_eq!(stepped_split(None, 10, Known, -1), None);
    // A bigger step is cut to what is left.
    assert_eq!(
        stepped_split(Some([4, 4, 0]), 10, Connected, 5),
        Some([4, 4, 2])
    );
}

fn state() -> AppState {
    AppState::boot(Ok(Loaded::Empty), Route::Welcome, AT)
}

fn step(state: Rc<AppState>, item: &str, motive: Motive, delta: i8) -> Rc<AppState> {
    state.reduce(Action::Step {
        item: item.to_owned(),
        motive,
        delta,
        at: AT.to_owned(),
    })
}

#[test]
fn presses_in_quick_succession_each_count_and_stop_at_the_total() {
    let content = Content::embedded();
    let item = content
        .items()
        .iter()
        .find(|i| i.kind == ItemKind::Split)
        .expect("a split item");
    let total = item.total.expect("a split total");
    let mut s = Rc::new(state());
    // Presses sent before the screen shows the first one's result are all counted.
    for _ in 0..3 {
        s = step(s, &item.id, Motive::Equipped, 1);
    }
    let split = |s: &AppState| s.session().and_then(|x| x.answers.split(&item.id));
    assert_eq!(split(&s), Some([0, 3, 0]));
    assert_eq!(
        s.session().and_then(|x| x.position.clone()),
        Some(item.id.clone())
    );
    for _ in 0..(u16::from(total) + 5) {
        s = step(s, &item.id, Motive::Known, 1);
    }
    assert_eq!(split(&s), Some([total - 3, 3, 0]));
    // A press that changes nothing leaves the state as it is.
    let before = Rc::clone(&s);
    let after = step(s, &item.id, Motive::Connected, -1);
    assert!(Rc::ptr_eq(&before, &after));
    assert_eq!(
        after
            .session()
            .and_then(|x| x.answers.get(&item.id).cloned()),
        Some(AnswerValue::Split([total - 3, 3, 0]))
    );
}
