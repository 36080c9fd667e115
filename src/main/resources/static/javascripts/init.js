// Loaded at the top of <body>, before anything is drawn: tells GOV.UK Frontend's styles that
// JavaScript runs (js-enabled) and that this browser supports its components
// (govuk-frontend-supported). An external file because the Content Security Policy forbids
// inline scripts.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
