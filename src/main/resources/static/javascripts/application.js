// Starts GOV.UK Frontend's components (error summary focus, service navigation menu, buttons
// that ignore double clicks, ...). Pages work without it; it only enhances them.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();
