// Held drops of a finished run (plugin-api 1.2): sudden decreases the plugin did not send. A person
// confirms one, or all, and the next apply of the run's date makes them once; "Confirm and apply"
// starts that apply. A confirmed line says who confirmed it and what became of it, from the host
// (the run's `confirmations`), so the Billing page and a run's page tell the same story.
import { el, clear } from './dom.js';
import { get, send } from './api.js';
import { notice } from './layout.js';
import { dateTime } from './format.js';

const name = (ref) => ref.name || ref.id;

const FATE = {
  MADE: (c) => ['made by ', el('a', { href: `/runs/${encodeURIComponent(c.appliedRunId)}`, text: c.appliedRunId })],
  WAITING: () => 'the next apply makes it',
  LAPSED: () => 'lapsed, not made',
};

function confirmedView(c) {
  return el('span', { class: 'held-confirmation', dataset: { status: c.status } },
    `Confirmed by ${c.confirmedBy}, ${dateTime(c.confirmedAt)}: `, FATE[c.status](c));
}

/**
 * @param run     the finished run, with its report and confirmations (GET /api/runs/{id})
 * @param today   the host's today (YYYY-MM-DD): a run of an earlier date can no longer be confirmed,
 *                since a confirmation covers a drop on the run's date only
 * @param onApply called with the apply run "Confirm and apply" started, to follow it; without it
 *                the view offers no "and apply"
 * @returns the view, or null when the run held nothing
 */
export function heldDropsView(run, { today, onApply } = {}) {
  const held = run.report.lines.map((line, index) => ({ line, index })).filter((h) => h.line.outcome === 'HELD');
  if (held.length === 0) return null;
  const view = el('div', { class: 'held-drops', dataset: { role: 'held-drops' } });
  const status = el('div', { class: 'held-status', role: 'status' });
  render(view, status, run, held, { today, onApply });
  return view;
}

function render(view, status, run, held, options) {
  const confirmations = new Map((run.confirmations || []).map((c) => [c.line, c]));
  const open = options.today ? run.effectiveDate >= options.today : true;
  const waiting = held.filter((h) => !confirmations.has(h.index));
  const buttons = [];
  const confirm = async (body) => {
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const answer = await send('POST', `/api/runs/${encodeURIComponent(run.runId)}/confirm-drops`, body);
      const what = answer.confirmed === 1 ? '1 drop confirmed' : `${answer.confirmed} drops confirmed`;
      if (answer.run) {
        clear(status).append(notice('info', `${what}; applying now (${answer.run.runId}).`));
        options.onApply(answer.run);
        return;
      }
      clear(status).append(notice('good', `${what}. The next apply makes ${body.line === undefined ? 'them' : 'it'} once.`));
      // The lines now say who confirmed them, as the host recorded it.
      const fresh = (await get(`/api/runs/${encodeURIComponent(run.runId)}`)).run;
      render(view, status, fresh, held, options);
    } catch (error) {
      clear(status).append(notice('bad', error.message));
      buttons.forEach((b) => { b.disabled = false; });
    }
  };
  const rows = held.map(({ line, index }) => {
    const confirmed = confirmations.get(index);
    let tail = null;
    if (confirmed) {
      tail = confirmedView(confirmed);
    } else if (open) {
      tail = el('button', { type: 'button', class: 'button button-small button-secondary', dataset: { action: 'confirm-drop', line: String(index) }, text: 'Confirm' });
      tail.addEventListener('click', () => confirm({ line: index }));
      buttons.push(tail);
    }
    return el('li', { dataset: { line: String(index) } },
      el('strong', { text: `${name(line.customer)}: ${name(line.service)}` }),
      el('span', { class: 'muted', text: ` on ${name(line.contract)}, from ${line.unitsInForce} to ${line.unitsWanted} units (${line.unitChange})` }),
      tail ? ' ' : null, tail);
  });
  const controls = [];
  if (open && waiting.length > 1) {
    const all = el('button', { type: 'button', class: 'button button-secondary', dataset: { action: 'confirm-all-drops' }, text: `Confirm all ${waiting.length}` });
    all.addEventListener('click', () => confirm({}));
    controls.push(all);
  }
  if (open && waiting.length > 0 && options.onApply) {
    const label = waiting.length === 1 ? 'Confirm and apply' : 'Confirm all and apply';
    const andApply = el('button', { type: 'button', class: 'button button-primary', dataset: { action: 'confirm-and-apply' }, text: label });
    andApply.addEventListener('click', () => confirm({ apply: true }));
    controls.push(andApply);
  }
  buttons.push(...controls);
  const intro = open
    ? 'These decreases were not sent: each would credit the customer. Confirm a drop that is real; one that comes back by itself needs nothing.'
    : `These decreases were held by a run for ${run.effectiveDate}. A confirmation covers a drop on its run's date only, so confirm today's drops from a run for today.`;
  clear(view,
    el('h3', { class: 'subheading', text: `Held drops (${held.length})` }),
    el('p', { class: 'muted', text: intro }),
    el('ul', { class: 'held-list' }, rows),
    controls.length ? el('div', { class: 'run-controls' }, controls) : null,
    status);
}
