// Starts the design systems' components on every page, and gives htmx's requests the CSRF token.
import { initAll as initGovuk } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
import { initAll as initMoj } from '/webjars/ministryofjustice__frontend/moj/moj-frontend.min.js';

initGovuk();
initMoj();

const token = document.querySelector('meta[name="csrf-token"]');
const header = document.querySelector('meta[name="csrf-header"]');
if (token && header) {
    document.body.addEventListener('htmx:configRequest', (event) => {
        event.detail.headers[header.content] = token.content;
    });
}
