// A deferred run's continuation: the apply run the host starts on its own once the plugin's limit
// (the hourly Autotask API budget) allows the rest. Shown on the Billing page, a run's page and the
// history; a scheduled one can be cancelled.
import { el, clear } from './dom.js';
import { send } from './api.js';
import { notice } from './layout.js';
import { dateTime } from './format.js';

/** "14:05", or with the day when it is not today. */
export function clockTime(iso) {
  const at = new Date(iso);
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return at.toDateString() === new Date().toDateString() ? time : dateTime(iso);
}

/** A short note for the history: what became of a run's continuation. */
export function continuationNote(c) {
  if (!c) return '';
  switch (c.state) {
    case 'SCHEDULED': return `continues at ${clockTime(c.dueAt)}`;
    case 'STARTED': return c.runId ? `continued by ${c.runId}` : 'continuation starting';
    case 'CANCELLED': return 'continuation cancelled';
    case 'SUPERSEDED': return 'continuation superseded';
    default: return 'continuation could not start';
  }
}

export function capitalised(text) {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

/** What became of a continuation, as a sentence; the note says by whom or what ("cancelled by admin"). */
export function continuationSentence(c) {
  if (c.state === 'SCHEDULED') return `Continues at ${clockTime(c.dueAt)}.`;
  if (c.state === 'STARTED' || !c.note) return `${capitalised(continuationNote(c))}.`;
  return c.state === 'NOT_STARTED' ? `The continuation of ${c.fromRunId} could not start: ${c.note}.`
    : `Continuation of ${c.fromRunId} ${c.note}.`;
}

/** What became of a continuation, as a sentence to append: a started one links to the run that continued. */
export function continuationOutcomeText(c) {
  if (c.state !== 'STARTED' || !c.runId) return [continuationSentence(c)];
  return ['Continued by ', el('a', { href: `/runs/${encodeURIComponent(c.runId)}`, dataset: { role: 'continued-by' }, text: c.runId }), '.'];
}

/** What became of a continuation, as a notice. */
export function continuationOutcome(c) {
  // One text span (the notice lays its children out apart), its words around any link.
  return el('div', { class: 'notice notice-info', role: 'status' }, el('span', { class: 'notice-text' }, continuationOutcomeText(c)));
}

/** The scheduled continuation with its Cancel button; after a cancel, says so. */
export function continuationView(c) {
  const box = el('div', { class: 'continuation', dataset: { continuationId: String(c.id), state: c.state } });
  const show = (current) => {
    box.dataset.state = current.state;
    if (current.state !== 'SCHEDULED') {
      clear(box).append(continuationOutcome(current));
      return;
    }
    const cancel = el('button', { type: 'button', class: 'button button-small button-secondary', dataset: { action: 'cancel-continuation' },
      text: 'Cancel continuation',
      onclick: async () => {
        cancel.disabled = true;
        try {
          show((await send('POST', `/api/continuations/${encodeURIComponent(current.id)}/cancel`)).continuation);
        } catch (e) {
          cancel.disabled = false;
          box.append(notice('bad', e.message));
        }
      } });
    clear(box).append(notice('info',
      `Continues at ${clockTime(current.dueAt)}: ${current.fromRunId} stopped to spare the billing system's hourly API budget;`
        + ` the host applies the rest (effective ${current.effectiveDate}) on its own then, and again until it is done.`, ' ', cancel));
  };
  show(c);
  return box;
}
