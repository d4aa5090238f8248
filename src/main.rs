//! The browser entry point: mount the app on the page.

fn main() {
    #[cfg(target_arch = "wasm32")]
    netwhy::app::start();
}
