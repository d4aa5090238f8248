//! Scanning room codes with the camera, for the facilitator's tally: a button starts the
//! camera and a live preview, each code read is passed on once, and Stop (or leaving the
//! screen) stops every track of the camera. One frame is read at a time: the next is taken
//! only when the last has been answered. When the camera or the code reader cannot be
//! used, it says why in words, and typing the codes remains the way on.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlVideoElement, MediaStream};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::camera::{draw_frame, next_frame, open_camera, stop_camera, Fault, Reader};
use crate::model::term::{ui, Key};

/// Different texts passed on in one scanning session, at most: a room has at most a few
/// dozen people, and a frame of noise cannot fill the memory.
const MAX_SEEN: usize = 500;

/// The scanner's properties.
#[derive(Properties, PartialEq)]
pub struct ScannerProps {
    /// Called once for each different text read in a scanning session (several codes in
    /// one frame: once for each).
    pub on_text: Callback<String>,
}

/// Where scanning stands.
#[derive(Clone, Copy, PartialEq)]
enum Status {
    /// Not scanning.
    Off,
    /// Asking for the camera and loading the reader.
    Starting,
    /// Reading frames, with the reader of this kind ([`Reader::kind`]).
    Scanning(&'static str),
    /// Stopped by a fault, explained on screen.
    Fault(Fault),
}

/// One scanning session: the camera and the reader, stopped together.
#[derive(Default)]
struct Session {
    stopped: Cell<bool>,
    stream: RefCell<Option<MediaStream>>,
    reader: RefCell<Option<Rc<Reader>>>,
}

impl Session {
    /// Stops the camera (every track) and the reader; the reading loop ends at its next
    /// step.
    fn stop(&self) {
        self.stopped.set(true);
        if let Some(stream) = self.stream.borrow_mut().take() {
            stop_camera(&stream);
        }
        if let Some(reader) = self.reader.borrow_mut().take() {
            reader.end();
        }
    }
}

/// The text that explains a fault.
fn fault_text(fault: Fault) -> Key {
    match fault {
        Fault::Unsupported => ui::scan::NO_CAMERA_API,
        Fault::Denied => ui::scan::DENIED,
        Fault::NotFound => ui::scan::NOT_FOUND,
        Fault::Busy => ui::scan::BUSY,
        Fault::Reader => ui::scan::READER,
        Fault::Other => ui::scan::OTHER,
    }
}

/// Starts the camera and the reader, then reads frame after frame until the session
/// stops.
async fn run(
    session: Rc<Session>,
    video: HtmlVideoElement,
    status: UseStateHandle<Status>,
    on_text: Callback<String>,
) {
    let stream = match open_camera().await {
        Ok(stream) => stream,
        Err(fault) => return status.set(Status::Fault(fault)),
    };
    if session.stopped.get() {
        return stop_camera(&stream);
    }
    // `Clone::clone`, not `MediaStream::clone`, which would make a second stream (with tracks
    // of its own that stopping this one would leave running).
    *session.stream.borrow_mut() = Some(Clone::clone(&stream));
    video.set_muted(true);
    video.set_src_object(Some(&stream));
    if let Ok(playing) = video.play() {
        // A play cut short (Stop pressed at once) is no error to report.
        spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(playing).await;
        });
    }
    let reader = match Reader::start().await {
        Ok(reader) => Rc::new(reader),
        Err(fault) => {
            session.stop();
            video.set_src_object(None);
            return status.set(Status::Fault(fault));
        }
    };
    if session.stopped.get() {
        return reader.end();
    }
    *session.reader.borrow_mut() = Some(reader.clone());
    status.set(Status::Scanning(reader.kind()));
    let Some(canvas) = frame_canvas() else {
        session.stop();
        return status.set(Status::Fault(Fault::Other));
    };
    let mut seen: Vec<String> = Vec::new();
    while !session.stopped.get() {
        next_frame().await;
        if session.stopped.get() || !draw_frame(&video, &canvas) {
            continue;
        }
        match reader.read(&canvas).await {
            Ok(texts) if !session.stopped.get() => {
                for text in texts {
                    if seen.len() < MAX_SEEN && !seen.contains(&text) {
                        seen.push(text.clone());
                        on_text.emit(text);
                    }
                }
            }
            Ok(_) => {}
            Err(fault) => {
                if !session.stopped.get() {
                    session.stop();
                    video.set_src_object(None);
                    status.set(Status::Fault(fault));
                }
            }
        }
    }
}

/// A canvas that is never shown, to draw frames on.
fn frame_canvas() -> Option<HtmlCanvasElement> {
    web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()
}

/// The scanner: a button, the camera's live picture while scanning, and a Stop button.
#[component]
pub fn Scanner(props: &ScannerProps) -> Html {
    let content = crate::active::content();
    let status = use_state(|| Status::Off);
    let session = use_mut_ref(|| Rc::new(Session::default()));
    let video = use_node_ref();
    // Leaving the screen stops the camera.
    {
        let session = session.clone();
        use_effect_with((), move |_| move || session.borrow().stop());
    }
    let start = {
        let (status, session, video, on_text) = (
            status.clone(),
            session.clone(),
            video.clone(),
            props.on_text.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(element) = video.cast::<HtmlVideoElement>() else {
                return;
            };
            session.borrow().stop();
            let fresh = Rc::new(Session::default());
            *session.borrow_mut() = fresh.clone();
            status.set(Status::Starting);
            spawn_local(run(fresh, element, status.clone(), on_text.clone()));
        })
    };
    let stop = {
        let (status, session, video) = (status.clone(), session.clone(), video.clone());
        Callback::from(move |_: MouseEvent| {
            session.borrow().stop();
            if let Some(element) = video.cast::<HtmlVideoElement>() {
                element.set_src_object(None);
            }
            status.set(Status::Off);
        })
    };
    let live = matches!(*status, Status::Starting | Status::Scanning(_));
    let message = match *status {
        Status::Off => None,
        Status::Starting => Some(content.term(ui::scan::STARTING)),
        Status::Scanning(_) => Some(content.term(ui::scan::SCANNING)),
        Status::Fault(fault) => Some(content.term(fault_text(fault))),
    };
    let fault = matches!(*status, Status::Fault(_));
    let (state, reader) = match *status {
        Status::Off => ("off", None),
        Status::Starting => ("starting", None),
        Status::Scanning(kind) => ("scanning", Some(kind)),
        Status::Fault(_) => ("fault", None),
    };
    html! {
        <div class="scanner" data-scan={state} data-reader={reader}>
            if live {
                <button type="button" class="button" onclick={stop}>{ content.term(ui::scan::STOP) }</button>
            } else {
                <button type="button" class="button" onclick={start}>{ content.term(ui::scan::START) }</button>
            }
            <p class={classes!("scan-status", fault.then_some("scan-fault"))} role="status">
                { for message }
                if fault { { " " }{ content.term(ui::scan::TYPE_INSTEAD) } }
            </p>
            <video ref={video} class="scan-preview" hidden={!live} muted=true playsinline=true
                aria-label={content.term(ui::scan::PREVIEW)} />
            if live {
                <p class="meta">{ content.term(ui::scan::PRIVATE) }</p>
            }
        </div>
    }
}
