//! The first screen: what netwhy is, how long it takes, and the privacy promise.

use yew::prelude::*;

/// The welcome screen.
#[function_component(Welcome)]
pub fn welcome() -> Html {
    html! {
        <section class="welcome" aria-labelledby="welcome-title">
            <p class="brand">{ "netwhy" }</p>
            <h1 id="welcome-title">{ "Why do you network, and where should you spend your time?" }</h1>
            <p class="lead">
                { "People network for three main reasons: to become better " }
                <strong>{ "known" }</strong>
                { " in their field, better " }
                <strong>{ "equipped" }</strong>
                { " with knowledge and advice, or better " }
                <strong>{ "connected" }</strong>
                { " to people who can introduce and recommend them. This self-assessment shows \
                   which of the three matters most to you, which platforms and channels fit that \
                   reason, your time and your comfort with privacy, and a short plan for the \
                   coming weeks." }
            </p>
            <ul class="facts">
                <li>
                    <strong>{ "About 10 minutes." }</strong>
                    { " Around 30 short questions, no timer. You can stop and come back later." }
                </li>
                <li>
                    <strong>{ "Your answers never leave this device." }</strong>
                    { " No account, no server, no tracking: everything is kept in this browser \
                       only, and you can delete it at any time." }
                </li>
                <li>
                    <strong>{ "Every result is explained." }</strong>
                    { " Each score and suggestion says why, so you can judge it for yourself." }
                </li>
            </ul>
        </section>
    }
}
