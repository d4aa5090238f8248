//! Content packs on the Data and Workshop screens: which content is in use (with its
//! fingerprint), downloading it to edit, loading a pack from a file with a preview of what
//! it changes or every problem at its place, sharing it by link, and going back to the
//! built-in content. `#/pack/<payload>` ([`link::PackLinkScreen`]) shows the same preview
//! for a pack behind a link.

pub mod link;
pub mod preview;

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::active;
use crate::components::common::with_marks;
use crate::components::room::own_address;
use crate::files::{read_text, save, Download, ReadError};
use crate::model::backend::StorageError;
use crate::model::pack::{
    built_in_file, link_payload, pack_file_of, read_pack, to_text, About, Fingerprint, Pack,
    PackProblem, MAX_LINK_PAYLOAD, MAX_PACK_BYTES,
};
use crate::model::qr::QrDrawing;
use crate::model::shared::Place;
use crate::model::term::ui;
use crate::model::{Content, Key};
use crate::navigate::focus;
use crate::schedule::after_next_frame;
use crate::state::Action;
use crate::storage::{keep_pack, shared_place};
use crate::{term_fill, term_text};
use preview::{PackPreview, Problems};

/// The name of the JSON Schema of a pack file, served beside the app.
pub const SCHEMA_FILE: &str = "pack.schema.json";

/// Puts `pack` in use (none: the built-in content): keeps it where this tab keeps answers,
/// then switches the content and has every screen drawn again. Nothing changes if the
/// browser does not keep it.
pub fn switch_to(pack: Option<Pack>, on_action: &Callback<Action>) -> Result<(), StorageError> {
    keep_pack(shared_place() == Place::Tab, pack.as_ref())?;
    let tag = pack.as_ref().map(Pack::tag);
    active::set(pack);
    on_action.emit(Action::UseContent(tag));
    Ok(())
}

/// The address of the pack schema beside this copy of the app, for a downloaded pack's
/// `$schema`, so an editor that follows it checks the file against this very version.
fn schema_address() -> String {
    let address = own_address();
    let folder = address
        .rfind('/')
        .map_or(address.as_str(), |i| &address[..=i]);
    format!("{folder}{SCHEMA_FILE}")
}

/// The link that carries the pack in use, made against the built-in content: the app's
/// own address with `#/pack/<payload>`; none when the payload is longer than a link may
/// carry (a pack with a language of its own), so the file must be handed out.
pub fn pack_link(pack: &Pack) -> Option<String> {
    let base = pack_file_of(Content::embedded(), &About::built_in(), None);
    let payload = link_payload(&pack.file, &base);
    (payload.len() <= MAX_LINK_PAYLOAD).then(|| format!("{}#/pack/{payload}", own_address()))
}

/// The line that names the content in use, for the footer of every screen, with its
/// fingerprint kept on one line.
pub fn footer_line(content: &Content) -> Html {
    let pack = active::pack();
    let fingerprint = active::fingerprint().to_string();
    let text = match pack {
        None => term_text!(content, ui::pack::FOOTER_BUILT_IN, fingerprint),
        Some(p) if p.changes.changes_calculation() => {
            term_text!(content, ui::pack::FOOTER_CALCULATION, name, fingerprint)
        }
        Some(_) => term_text!(content, ui::pack::FOOTER, name, fingerprint),
    };
    with_marks(text, |mark| match mark {
        "fingerprint" => Some(html! { <span class="fingerprint">{ fingerprint.clone() }</span> }),
        "name" => pack.map(|p| html! { { p.file.name.clone() } }),
        _ => None,
    })
}

/// "Fingerprint 520C-629A", with only the fingerprint kept on one line (the words around it
/// wrap on a narrow screen).
pub fn fingerprint_line(content: &Content, fingerprint: &str) -> Html {
    with_marks(
        term_text!(content, ui::pack::FINGERPRINT, fingerprint),
        |mark| {
            (mark == "fingerprint")
                .then(|| html! { <span class="fingerprint">{ fingerprint.to_owned() }</span> })
        },
    )
}

/// Where loading a pack from a file is.
#[derive(Clone, PartialEq)]
enum Step {
    Idle,
    /// A pack read and checked, waiting for the person to use it or not.
    Ready(Rc<Pack>),
    /// The file was not read (too large, or the browser failed).
    NotRead(Key),
    /// The pack was refused, with every problem.
    Refused(Rc<Vec<PackProblem>>),
    /// The browser did not keep the pack.
    NotKept,
}

/// Properties of [`PackPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct PackPanelProps {
    /// Sends actions to the app.
    pub on_action: Callback<Action>,
}

/// The content section: the content in use, download, load, share, and back to built in.
#[component]
pub fn PackPanel(props: &PackPanelProps) -> Html {
    let content = active::content();
    let step = use_state(|| Step::Idle);
    let file = use_state(|| None::<Rc<Download>>);
    let onchange = {
        let step = step.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(chosen) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // The same file can be chosen again after it is fixed.
            input.set_value("");
            let step = step.clone();
            spawn_local(async move {
                let next = match read_text(chosen, MAX_PACK_BYTES).await {
                    Err(ReadError::TooLarge(_)) => Step::NotRead(ui::pack::TOO_LARGE),
                    Err(ReadError::Failed) => Step::NotRead(ui::pack::UNREADABLE),
                    Ok(text) => match read_pack(&text, Content::embedded()) {
                        Ok(pack) => Step::Ready(Rc::new(pack)),
                        Err(problems) => Step::Refused(Rc::new(problems)),
                    },
                };
                step.set(next);
            });
        })
    };
    let on_download = {
        let file = file.clone();
        Callback::from(move |_: MouseEvent| {
            let schema = schema_address();
            let (pack_file, name) = match active::pack() {
                Some(pack) => (pack.file_with_schema(Some(&schema)), pack.file.id.clone()),
                None => (
                    built_in_file(active::content(), Some(&schema)),
                    About::built_in().id,
                ),
            };
            if let Ok(download) = save(
                &format!("{name}-pack.json"),
                "application/json",
                &to_text(&pack_file),
            ) {
                file.set(Some(Rc::new(download)));
            }
        })
    };
    let on_use = {
        let (step, on_action) = (step.clone(), props.on_action.clone());
        Callback::from(move |pack: Rc<Pack>| {
            let pack = Rc::unwrap_or_clone(pack);
            step.set(match switch_to(Some(pack), &on_action) {
                Ok(()) => Step::Idle,
                Err(_) => Step::NotKept,
            });
            // The screen is drawn afresh for the new content: the focus goes to what is in
            // use now, which says so.
            after_next_frame(|| focus(".pack-in-use"));
        })
    };
    let on_cancel = {
        let step = step.clone();
        Callback::from(move |()| step.set(Step::Idle))
    };
    let on_back = {
        let (step, on_action) = (step.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            step.set(match switch_to(None, &on_action) {
                Ok(()) => Step::Idle,
                Err(_) => Step::NotKept,
            });
            after_next_frame(|| focus(".pack-in-use"));
        })
    };
    let shown = match &*step {
        Step::Idle => Html::default(),
        Step::Ready(pack) => html! {
            <PackPreview pack={pack.clone()} on_use={on_use} on_cancel={on_cancel} />
        },
        Step::NotRead(key) => html! {
            <div class="notice warning pack-refused" data-refused="file">
                <p>{ content.term(*key) }{ " " }</p>
            </div>
        },
        Step::Refused(problems) => html! {
            <div class="notice warning pack-refused" data-refused="problems">
                <p>{ content.term(ui::pack::REFUSED) }</p>
                <Problems problems={problems.clone()} />
            </div>
        },
        Step::NotKept => {
            html! { <p class="error pack-not-kept">{ content.term(ui::pack::NOT_KEPT) }</p> }
        }
    };
    let limit = (MAX_PACK_BYTES / 1024).to_string();
    html! {
        <section aria-labelledby="pack-title" class="pack">
            <h2 id="pack-title">{ content.term(ui::pack::TITLE) }</h2>
            <p>{ content.term(ui::pack::INTRO) }</p>
            <InUse />
            <div class="actions">
                <button type="button" class="button" onclick={on_download}>{ content.term(ui::pack::DOWNLOAD) }</button>
                if active::pack().is_some() {
                    <button type="button" class="button pack-back" onclick={on_back}>{ content.term(ui::pack::BACK) }</button>
                }
            </div>
            <p class="meta">{ content.term(ui::pack::DOWNLOAD_HELP) }</p>
            if let Some(file) = &*file {
                <p class="pack-download-ready"><a href={file.url.clone()} download={file.name.clone()}>{ file.name.clone() }</a></p>
            }
            <div class="field">
                <label for="pack-file">{ content.term(ui::pack::LOAD) }</label>
                <input type="file" id="pack-file" accept=".json,application/json"
                    aria-describedby="pack-limit" onchange={onchange} />
                <p id="pack-limit" class="meta">{ term_fill!(content, ui::pack::LIMIT, kb = limit) }</p>
            </div>
            <div role="status" class="pack-status">{ shown }</div>
            if let Some(pack) = active::pack() {
                <ShareLink fingerprint={pack.fingerprint.to_string()} />
            }
        </section>
    }
}

/// Which content is in use, with its fingerprint and whether it changes how results are
/// calculated.
#[component]
pub fn InUse() -> Html {
    let content = active::content();
    let Some(pack) = active::pack() else {
        let fingerprint = Fingerprint::built_in().to_string();
        return html! {
            <div class="pack-in-use" data-pack="built-in" tabindex="-1">
                <p>{ content.term(ui::pack::BUILT_IN) }</p>
                <p>{ fingerprint_line(content, &fingerprint) }</p>
                <p class="meta">{ content.term(ui::pack::FINGERPRINT_HELP) }</p>
            </div>
        };
    };
    let file = &pack.file;
    let about = term_fill!(
        content,
        ui::pack::IN_USE,
        name = file.name,
        author = file.author,
        date = file.date
    );
    let calculation = pack.changes.changes_calculation();
    html! {
        <div class="pack-in-use" data-pack={file.id.clone()} tabindex="-1">
            <p>{ about }</p>
            <p>{ fingerprint_line(content, &pack.fingerprint.to_string()) }</p>
            <p class="meta">{ content.term(ui::pack::FINGERPRINT_HELP) }</p>
            <p class={classes!("pack-kind", calculation.then_some("calculation"))}>{ content.term(if calculation {
                ui::pack::CALCULATION
            } else if pack.changes.is_empty() {
                ui::pack::SAME
            } else {
                ui::pack::WORDING
            }) }</p>
        </div>
    }
}

/// Properties of [`ShareLink`].
#[derive(Properties, PartialEq, Clone)]
struct ShareLinkProps {
    /// The fingerprint of the pack in use, so the link is made again when it changes.
    fingerprint: String,
}

/// The link that carries the pack in use, and whether it fits in a QR code.
#[component]
fn ShareLink(props: &ShareLinkProps) -> Html {
    let content = active::content();
    let link = use_memo(props.fingerprint.clone(), |_| {
        active::pack().and_then(pack_link)
    });
    let Some(link) = (*link).clone() else {
        return html! {
            <div class="pack-share">
                <h3>{ content.term(ui::pack::SHARE) }</h3>
                <p class="pack-no-link">{ content.term(ui::pack::SHARE_TOO_LARGE) }</p>
            </div>
        };
    };
    let length = link.chars().count().to_string();
    let fits = QrDrawing::of(&link).is_some();
    html! {
        <div class="pack-share">
            <h3>{ content.term(ui::pack::SHARE) }</h3>
            <p>{ content.term(ui::pack::SHARE_TEXT) }</p>
            <p><a class="pack-link" href={link.clone()}>{ link }</a></p>
            <p class="meta" data-fits={fits.to_string()}>{ if fits {
                term_fill!(content, ui::pack::SHARE_FITS, length = length)
            } else {
                term_fill!(content, ui::pack::SHARE_LONG, length = length)
            } }</p>
        </div>
    }
}
