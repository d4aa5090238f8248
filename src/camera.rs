//! The camera and the code readers behind the facilitator's scanner: opening the camera
//! and stopping every track of it, drawing a frame at reading size, and reading the codes
//! in it, with the browser's own `BarcodeDetector` where it reads QR codes (Chrome on
//! Android, macOS and ChromeOS) and elsewhere with the app's reader (`model::scan`)
//! compiled into a worker of its own (`src/bin/scanner.rs`), which loads only when
//! scanning starts. Every fault becomes a [`Fault`] the screen explains in words.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaStream,
    MediaStreamConstraints, MessageEvent, Worker,
};

use crate::model::scan::{frame_size, keep_texts};

/// The worker's start script, which Trunk writes next to the page (`data-loader-shim`):
/// it loads `scanner.js` and `scanner_bg.wasm` from the same folder.
const WORKER_SCRIPT: &str = "scanner_loader.js";
/// Times the worker is started again after it failed on a frame, before giving up.
const WORKER_RESTARTS: u32 = 2;

/// Why scanning cannot go on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The browser offers no camera to pages (or not to this one: not a secure page).
    Unsupported,
    /// The person, or the browser's settings, did not allow the camera.
    Denied,
    /// There is no camera.
    NotFound,
    /// The camera is in use elsewhere or could not start.
    Busy,
    /// The code reader could not be loaded or stopped working.
    Reader,
    /// Anything else that kept the camera from starting.
    Other,
}

impl Fault {
    /// The fault a failed `getUserMedia` stands for, by the error's name.
    fn of_media_error(error: &JsValue) -> Fault {
        let name = Reflect::get(error, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        match name.as_str() {
            "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => Fault::Denied,
            "NotFoundError" | "DevicesNotFoundError" | "OverconstrainedError" => Fault::NotFound,
            "NotReadableError" | "TrackStartError" | "AbortError" => Fault::Busy,
            "TypeError" | "NotSupportedError" => Fault::Unsupported,
            _ => Fault::Other,
        }
    }
}

/// Opens the camera (the one facing away from the person, where there is a choice).
pub async fn open_camera() -> Result<MediaStream, Fault> {
    let window = web_sys::window().ok_or(Fault::Unsupported)?;
    let navigator = window.navigator();
    // `mediaDevices` is missing on pages that are not secure and in some browsers.
    let has_devices = Reflect::get(&navigator, &"mediaDevices".into()).is_ok_and(|d| d.is_object());
    if !has_devices {
        return Err(Fault::Unsupported);
    }
    let devices = navigator.media_devices().map_err(|_| Fault::Unsupported)?;
    let video = Object::new();
    let facing = Object::new();
    let _ = Reflect::set(&facing, &"ideal".into(), &"environment".into());
    let _ = Reflect::set(&video, &"facingMode".into(), &facing);
    let constraints = MediaStreamConstraints::new();
    constraints.set_video(&video);
    constraints.set_audio(&JsValue::FALSE);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|e| Fault::of_media_error(&e))?;
    let stream = JsFuture::from(promise)
        .await
        .map_err(|e| Fault::of_media_error(&e))?;
    stream.dyn_into::<MediaStream>().map_err(|_| Fault::Other)
}

/// Stops every track of a stream: the camera's light goes out.
pub fn stop_camera(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// Resolves at the browser's next frame.
pub async fn next_frame() {
    let promise = Promise::new(&mut |resolve, _| {
        let asked = web_sys::window().is_some_and(|w| w.request_animation_frame(&resolve).is_ok());
        if !asked {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Draws the video's current frame into `canvas` at reading size (longest side at most
/// 640 pixels). False while the video has no picture yet.
pub fn draw_frame(video: &HtmlVideoElement, canvas: &HtmlCanvasElement) -> bool {
    // HAVE_CURRENT_DATA: there is a picture to draw.
    if video.ready_state() < 2 {
        return false;
    }
    let Some((width, height)) = frame_size(video.video_width(), video.video_height()) else {
        return false;
    };
    canvas.set_width(width);
    canvas.set_height(height);
    let Some(context) = context_of(canvas) else {
        return false;
    };
    context
        .draw_image_with_html_video_element_and_dw_and_dh(
            video,
            0.0,
            0.0,
            width.into(),
            height.into(),
        )
        .is_ok()
}

/// The canvas's 2D context, set up for reading its pixels back often.
fn context_of(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    let options = Object::new();
    let _ = Reflect::set(&options, &"willReadFrequently".into(), &JsValue::TRUE);
    canvas
        .get_context_with_context_options("2d", &options)
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// What reads the codes in a frame.
pub enum Reader {
    /// The browser's `BarcodeDetector`, set to QR codes.
    Browser(JsValue),
    /// The app's reader in a worker.
    Worker(WorkerReader),
}

impl Reader {
    /// The browser's reader when it reads QR codes, else the app's worker, once loaded.
    pub async fn start() -> Result<Reader, Fault> {
        if let Some(detector) = browser_detector().await {
            return Ok(Reader::Browser(detector));
        }
        WorkerReader::start().await.map(Reader::Worker)
    }

    /// The texts of the codes in the frame drawn on `canvas` (capped as `model::scan`
    /// caps them).
    pub async fn read(&self, canvas: &HtmlCanvasElement) -> Result<Vec<String>, Fault> {
        match self {
            Reader::Browser(detector) => browser_read(detector, canvas).await,
            Reader::Worker(worker) => worker.read(canvas).await,
        }
    }

    /// Which reader this is, for the page to show: "browser" or "app".
    pub fn kind(&self) -> &'static str {
        match self {
            Reader::Browser(_) => "browser",
            Reader::Worker(_) => "app",
        }
    }

    /// Ends the reader: the worker stops, and a read still waiting gives up.
    pub fn end(&self) {
        if let Reader::Worker(worker) = self {
            worker.end();
        }
    }
}

/// A `BarcodeDetector` for QR codes, where the browser has one that reads them (asked at
/// run time: some browsers have the name but read no QR codes).
async fn browser_detector() -> Option<JsValue> {
    let class = Reflect::get(&js_sys::global(), &"BarcodeDetector".into()).ok()?;
    let class: Function = class.dyn_into().ok()?;
    let formats: Function = Reflect::get(&class, &"getSupportedFormats".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: Promise = formats.call0(&class).ok()?.dyn_into().ok()?;
    let formats = JsFuture::from(promise).await.ok()?;
    if !Array::from(&formats).includes(&"qr_code".into(), 0) {
        return None;
    }
    let options = Object::new();
    let _ = Reflect::set(&options, &"formats".into(), &Array::of1(&"qr_code".into()));
    Reflect::construct(&class, &Array::of1(&options)).ok()
}

/// Reads a frame with the browser's detector.
async fn browser_read(
    detector: &JsValue,
    canvas: &HtmlCanvasElement,
) -> Result<Vec<String>, Fault> {
    let detect: Function = Reflect::get(detector, &"detect".into())
        .ok()
        .and_then(|d| d.dyn_into().ok())
        .ok_or(Fault::Reader)?;
    let promise: Promise = detect
        .call1(detector, canvas)
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or(Fault::Reader)?;
    let found = JsFuture::from(promise).await.map_err(|_| Fault::Reader)?;
    let found = Array::from(&found);
    let texts = found
        .iter()
        .filter_map(|code| Reflect::get(&code, &"rawValue".into()).ok()?.as_string());
    Ok(keep_texts(texts))
}

/// The app's reader in a worker of its own: one frame at a time is sent (its pixels moved,
/// not copied) and answered with the texts found.
pub struct WorkerReader {
    worker: RefCell<Worker>,
    /// Gives up the read in flight (when the reader ends while it waits).
    give_up: Rc<RefCell<Option<Function>>>,
    restarts: Cell<u32>,
}

impl WorkerReader {
    /// Starts the worker and waits until it says it is ready.
    async fn start() -> Result<WorkerReader, Fault> {
        let give_up = Rc::new(RefCell::new(None));
        let worker = spawn_worker(&give_up).await?;
        Ok(WorkerReader {
            worker: RefCell::new(worker),
            give_up,
            restarts: Cell::new(0),
        })
    }

    /// Reads the frame drawn on `canvas`. A worker that fails on a frame is started again
    /// (a few times) and the frame counts as read with nothing found.
    async fn read(&self, canvas: &HtmlCanvasElement) -> Result<Vec<String>, Fault> {
        let context = context_of(canvas).ok_or(Fault::Reader)?;
        let (width, height) = (canvas.width(), canvas.height());
        let image = context
            .get_image_data(0.0, 0.0, width.into(), height.into())
            .map_err(|_| Fault::Reader)?;
        // The pixels' own buffer, moved to the worker without a copy into this wasm.
        let pixels = Reflect::get(&image, &"data".into()).map_err(|_| Fault::Reader)?;
        let buffer = Reflect::get(&pixels, &"buffer".into()).map_err(|_| Fault::Reader)?;
        let message = Array::of3(&width.into(), &height.into(), &buffer);
        let worker = self.worker.borrow().clone();
        let answer = wait_for_message(&worker, &self.give_up, || {
            worker.post_message_with_transfer(&message, &Array::of1(&buffer))
        });
        match answer.await {
            Ok(event) => {
                let texts = Array::from(&event.data());
                Ok(keep_texts(texts.iter().filter_map(|t| t.as_string())))
            }
            Err(Ended) => Err(Fault::Reader),
            Err(Failed) => {
                worker.terminate();
                if self.restarts.get() >= WORKER_RESTARTS {
                    return Err(Fault::Reader);
                }
                self.restarts.set(self.restarts.get() + 1);
                let fresh = spawn_worker(&self.give_up).await?;
                *self.worker.borrow_mut() = fresh;
                Ok(Vec::new())
            }
        }
    }

    /// Stops the worker and gives up the read in flight.
    fn end(&self) {
        self.worker.borrow().terminate();
        if let Some(give_up) = self.give_up.borrow_mut().take() {
            let _ = give_up.call1(&JsValue::UNDEFINED, &JsValue::from_str("ended"));
        }
    }
}

/// How waiting for the worker ended without an answer.
enum NoAnswer {
    /// The reader was ended.
    Ended,
    /// The worker failed to load or failed on the frame.
    Failed,
}
use NoAnswer::{Ended, Failed};

/// Starts the worker and waits for its "ready".
async fn spawn_worker(give_up: &Rc<RefCell<Option<Function>>>) -> Result<Worker, Fault> {
    let worker = Worker::new(WORKER_SCRIPT).map_err(|_| Fault::Reader)?;
    match wait_for_message(&worker, give_up, || Ok(())).await {
        Ok(event) if event.data().as_string().as_deref() == Some("ready") => Ok(worker),
        _ => {
            worker.terminate();
            Err(Fault::Reader)
        }
    }
}

/// Calls `send`, then waits for the worker's next message; an error in the worker (which
/// is kept from the console: it is explained on screen) or a call of `give_up` ends the
/// wait.
async fn wait_for_message(
    worker: &Worker,
    give_up: &Rc<RefCell<Option<Function>>>,
    send: impl FnOnce() -> Result<(), JsValue>,
) -> Result<MessageEvent, NoAnswer> {
    let mut handlers: Option<(Function, Function)> = None;
    let promise = Promise::new(&mut |resolve, reject| handlers = Some((resolve, reject)));
    let Some((resolve, reject)) = handlers else {
        return Err(Failed);
    };
    let failed = reject.clone();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        let _ = failed.call1(&JsValue::UNDEFINED, &JsValue::from_str("failed"));
    });
    worker.set_onmessage(Some(&resolve));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    *give_up.borrow_mut() = Some(reject);
    let outcome = match send() {
        Ok(()) => JsFuture::from(promise).await,
        Err(_) => Err(JsValue::from_str("failed")),
    };
    worker.set_onmessage(None);
    worker.set_onerror(None);
    give_up.borrow_mut().take();
    match outcome {
        Ok(event) => event.dyn_into::<MessageEvent>().map_err(|_| Failed),
        Err(why) if why.as_string().as_deref() == Some("ended") => Err(Ended),
        Err(_) => Err(Failed),
    }
}
