// Scripts run in the saved page to use its "Check a text" form as a reader would.

/**
 * Types `text` into the form: an input event, which Preact listens to. Callers submit once
 * Preact has rendered the typed text, and again now and then until a report shows (a
 * submit before that render checks an empty text).
 */
export const TYPE_TEXT = (text: string) => `(() => {
  const details = document.querySelector('details.check-text');
  details.open = true;
  const box = details.querySelector('textarea');
  box.value = ${JSON.stringify(text)};
  box.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
})()`;

export const SUBMIT = `(document.querySelector('details.check-text form').requestSubmit(), true)`;
