//! Stand-in for the camera scanner, which is built apart: it takes the same properties
//! and shows nothing, so the tally screen can mount it now.

use yew::prelude::*;

/// Properties of [`Scanner`].
#[derive(Properties, PartialEq, Clone)]
pub struct ScannerProps {
    /// Called once for each text read from a QR code.
    pub on_text: Callback<String>,
}

/// Nothing yet: codes are typed.
#[component]
pub fn Scanner(_props: &ScannerProps) -> Html {
    Html::default()
}
