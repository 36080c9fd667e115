// Warns a signed-in person before their idle session ends and lets them stay signed in: the
// pattern of HMRC's timeout dialog, written for this portal. The layout loads this module only on
// signed-in pages and gives it the session's timeout on <body data-session-timeout-seconds
// data-session-warning-seconds>. Without JavaScript the server still ends the session.
//
// The server restarts a session's idle time on every request it receives. This page restarts its
// count when it loads, after "Stay signed in", on a `portal:session-extended` event (dispatched on
// document by any script that reaches the server, such as autosave), and when another tab of the
// portal does any of these, so an idle tab does not send someone away who is working in another.

const KEEP_ALIVE_URL = '/session/keep-alive';
const SESSION_ENDED_URL = '/sign-in?session-ended';
const EXTENDED_EVENT = 'portal:session-extended';
// Screen readers hear the time left when the warning opens and then at this interval, not every second.
const ANNOUNCE_EVERY_SECONDS = 20;

const timeoutSeconds = Number(document.body.dataset.sessionTimeoutSeconds);
const warningSeconds = Number(document.body.dataset.sessionWarningSeconds);
const signOutForm = document.querySelector('form[action="/sign-out"]');

if (timeoutSeconds > 0 && warningSeconds > 0 && signOutForm && typeof HTMLDialogElement === 'function') {
  watchSession();
}

function watchSession () {
  const dialog = createDialog();
  const countdown = dialog.querySelector('.app-timeout-dialog__countdown');
  const announcement = dialog.querySelector('#app-timeout-dialog-description');
  const otherTabs = 'BroadcastChannel' in window ? new BroadcastChannel('portal-session') : null;
  let endsAt;
  let lastAnnounced;
  let focusBeforeWarning;
  let keepingAlive = false;

  function restart () {
    endsAt = Date.now() + timeoutSeconds * 1000;
    if (dialog.open) {
      dialog.close();
      focusBeforeWarning?.focus();
    }
  }

  function sessionExtendedHere () {
    restart();
    otherTabs?.postMessage('extended');
  }

  function tick () {
    const secondsLeft = Math.ceil((endsAt - Date.now()) / 1000);
    if (secondsLeft <= 0) {
      clearInterval(ticking);
      window.location.assign(SESSION_ENDED_URL);
    } else if (secondsLeft <= warningSeconds) {
      if (!dialog.open) {
        warn(secondsLeft);
      }
      countdown.textContent = inWords(secondsLeft);
      if (lastAnnounced - secondsLeft >= ANNOUNCE_EVERY_SECONDS) {
        announce(secondsLeft);
      }
    }
  }

  function warn (secondsLeft) {
    focusBeforeWarning = document.activeElement;
    announce(secondsLeft);
    // A modal <dialog> makes the rest of the page inert, so focus stays inside it; it opens on
    // the button marked autofocus.
    dialog.showModal();
  }

  function announce (secondsLeft) {
    lastAnnounced = secondsLeft;
    announcement.textContent = `For your security, we will sign you out in ${inWords(secondsLeft)}.`;
  }

  async function staySignedIn () {
    if (keepingAlive) {
      return;
    }
    keepingAlive = true;
    try {
      const response = await fetch(KEEP_ALIVE_URL, {
        method: 'POST',
        body: new URLSearchParams(new FormData(signOutForm)),
        credentials: 'same-origin'
      });
      if (response.status === 204) {
        sessionExtendedHere();
      } else {
        window.location.assign(SESSION_ENDED_URL);
      }
    } catch {
      // The server was not reached: the session is not extended and the countdown goes on.
    } finally {
      keepingAlive = false;
    }
  }

  dialog.querySelector('[data-timeout-dialog=stay]').addEventListener('click', staySignedIn);
  dialog.querySelector('[data-timeout-dialog=sign-out]').addEventListener('click', () => signOutForm.submit());
  dialog.addEventListener('cancel', (event) => {
    // Escape means "stay signed in", as in HMRC's dialog.
    event.preventDefault();
    staySignedIn();
  });
  document.addEventListener(EXTENDED_EVENT, sessionExtendedHere);
  otherTabs?.addEventListener('message', restart);

  sessionExtendedHere();
  const ticking = setInterval(tick, 1000);
}

function createDialog () {
  const dialog = document.createElement('dialog');
  dialog.className = 'app-timeout-dialog';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'app-timeout-dialog-heading');
  dialog.setAttribute('aria-describedby', 'app-timeout-dialog-description');
  // The visible sentence changes every second, so screen readers are given a copy of it that
  // changes only when announce() says.
  dialog.innerHTML = `
    <h2 class="govuk-heading-m" id="app-timeout-dialog-heading">You're about to be signed out</h2>
    <p class="govuk-body" aria-hidden="true">For your security, we will sign you out in
      <strong class="app-timeout-dialog__countdown"></strong>.</p>
    <p class="govuk-visually-hidden" id="app-timeout-dialog-description" aria-live="polite" aria-atomic="true"></p>
    <div class="govuk-button-group app-timeout-dialog__actions">
      <button type="button" class="govuk-button" data-timeout-dialog="stay" autofocus>Stay signed in</button>
      <button type="button" class="govuk-button govuk-button--secondary" data-timeout-dialog="sign-out">Sign out</button>
    </div>`;
  document.body.append(dialog);
  return dialog;
}

function inWords (seconds) {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [];
  if (minutes > 0) {
    parts.push(minutes === 1 ? '1 minute' : `${minutes} minutes`);
  }
  if (rest > 0 || minutes === 0) {
    parts.push(rest === 1 ? '1 second' : `${rest} seconds`);
  }
  return parts.join(' ');
}
