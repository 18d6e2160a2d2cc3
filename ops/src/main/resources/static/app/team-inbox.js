// The live team inbox. htmx asks for #inbox-cases every few seconds (its hx-trigger) and swaps the
// answer in; the server answers 204, and nothing is swapped, while the cases are unchanged. Here:
// - no request once the reader has not touched the page for the session's length, so an unattended
//   inbox is signed out like any other page instead of being kept alive by its own polling;
// - a poll answered by another page (the session ended and the sign-in form came back) reloads the
//   page, which then shows the sign-in form, rather than swapping the form into the inbox;
// - the element that had the focus (a case link, an Acknowledge link) has it again after a swap;
// - screen readers hear, politely, that the inbox changed and how many cases it holds.
const CASES = 'inbox-cases';
let lastTouched = Date.now();
for (const type of ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'scroll']) {
    document.addEventListener(type, () => { lastTouched = Date.now(); }, { passive: true });
}

const isCases = (event) => event.detail.elt && event.detail.elt.id === CASES;
let focusedId = null;
let swapping = false;

document.body.addEventListener('htmx:beforeRequest', (event) => {
    if (!isCases(event)) {
        return;
    }
    const idleLimit = Number(event.detail.elt.dataset.idleLimitSeconds) * 1000;
    if (Date.now() - lastTouched > idleLimit) {
        event.preventDefault();
    }
});

document.body.addEventListener('htmx:beforeSwap', (event) => {
    if (!isCases(event)) {
        return;
    }
    const answeredBy = new URL(event.detail.xhr.responseURL || window.location.href).pathname;
    if (!answeredBy.endsWith('/inbox/cases')) {
        event.detail.shouldSwap = false;
        window.location.reload();
        return;
    }
    const focused = document.activeElement;
    focusedId = focused && focused.id && event.detail.elt.contains(focused) ? focused.id : null;
    swapping = true;
});

document.body.addEventListener('htmx:afterSettle', () => {
    const cases = document.getElementById(CASES);
    if (!swapping || !cases) {
        return;
    }
    swapping = false;
    if (focusedId && document.getElementById(focusedId)) {
        document.getElementById(focusedId).focus();
    }
    const count = Number(cases.dataset.caseCount);
    document.getElementById('inbox-announcer').textContent = 'The inbox changed: ' + count
        + (count === 1 ? ' case' : ' cases') + ' with a breach or a warning.';
});
