// Saves a form section's draft a few seconds after a change, so nothing typed is lost when a
// session times out or a browser closes. The page works without it: Save and "Save and continue"
// post the same form. Files are left to the Save button; the server never marks a section
// complete from an autosave.
const QUIET_MILLISECONDS = 3000;

for (const form of document.querySelectorAll('form[data-autosave-url]')) {
  const status = form.querySelector('[data-autosave-status]');
  const revision = form.querySelector('input[name="revision"]');
  let timer;
  let saving = Promise.resolve();
  let unanswered = 0;

  const say = (text) => {
    if (status) {
      status.textContent = text;
    }
  };

  const save = () => {
    const answers = new FormData(form);
    for (const input of form.querySelectorAll('input[type="file"]')) {
      answers.delete(input.name);
    }
    unanswered += 1;
    saving = saving.then(() => fetch(form.dataset.autosaveUrl, {
      method: 'POST',
      body: new URLSearchParams(answers),
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    }).then(async (response) => {
      const result = await response.json().catch(() => ({}));
      if (response.ok) {
        revision.value = result.revision;
        say(`Draft saved at ${result.savedAt}`);
        document.dispatchEvent(new CustomEvent('portal:session-extended'));
      } else {
        say(result.message || 'Your draft could not be saved automatically. Select Save to keep your answers.');
      }
    }).catch(() => say('Your draft could not be saved automatically. Select Save to keep your answers.'))
      .finally(() => { unanswered -= 1; }));
  };

  const changed = (event) => {
    if (event.target.type === 'file') {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(save, QUIET_MILLISECONDS);
  };
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  // A save posted while an autosave is unanswered would carry the revision before it, and the
  // server would take it for someone else's: wait for the answer, then post with the new one.
  form.addEventListener('submit', (event) => {
    clearTimeout(timer);
    if (unanswered > 0) {
      event.preventDefault();
      saving.then(() => form.requestSubmit(event.submitter));
    }
  });
}
