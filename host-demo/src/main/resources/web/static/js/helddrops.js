// Held drops of a finished run (plugin-api 1.2): sudden decreases the plugin did not send. A person
// confirms one, or all, and the next apply makes them once; "Confirm and apply" starts that apply.
import { el, clear } from './dom.js';
import { send } from './api.js';
import { notice } from './layout.js';

const name = (ref) => ref.name || ref.id;

/**
 * @param run     the finished run, with its report
 * @param onApply called with the apply run "Confirm and apply" started, to follow it
 */
export function heldDropsView(run, onApply) {
  const held = run.report.lines.map((line, index) => ({ line, index })).filter((h) => h.line.outcome === 'HELD');
  if (held.length === 0) return null;
  const status = el('div', { class: 'held-status', role: 'status' });
  const buttons = [];
  const confirm = async (body, button) => {
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const answer = await send('POST', `/api/runs/${encodeURIComponent(run.runId)}/confirm-drops`, body);
      const what = answer.confirmed === 1 ? '1 drop confirmed' : `${answer.confirmed} drops confirmed`;
      if (answer.run) {
        clear(status).append(notice('info', `${what}; applying now (${answer.run.runId}).`));
        onApply(answer.run);
      } else {
        clear(status).append(notice('good', `${what}. The next apply makes ${body.line === undefined ? 'them' : 'it'} once.`));
        if (body.line !== undefined) { button.textContent = 'Confirmed'; return; }
      }
    } catch (error) {
      clear(status).append(notice('bad', error.message));
      buttons.forEach((b) => { b.disabled = false; });
    }
  };
  const rows = held.map(({ line, index }) => {
    const one = el('button', { type: 'button', class: 'button button-small button-secondary', dataset: { action: 'confirm-drop', line: String(index) }, text: 'Confirm' });
    one.addEventListener('click', () => confirm({ line: index }, one).finally(() => {
      buttons.filter((b) => b !== one && b.textContent !== 'Confirmed').forEach((b) => { b.disabled = false; });
    }));
    buttons.push(one);
    return el('li', { dataset: { line: String(index) } },
      el('strong', { text: `${name(line.customer)}: ${name(line.service)}` }),
      el('span', { class: 'muted', text: ` on ${name(line.contract)}, from ${line.unitsInForce} to ${line.unitsWanted} units (${line.unitChange})` }),
      ' ', one);
  });
  const all = el('button', { type: 'button', class: 'button button-secondary', dataset: { action: 'confirm-all-drops' }, text: `Confirm all ${held.length}` });
  all.addEventListener('click', () => confirm({}, all));
  const andApply = el('button', { type: 'button', class: 'button button-primary', dataset: { action: 'confirm-and-apply' }, text: 'Confirm all and apply' });
  andApply.addEventListener('click', () => confirm({ apply: true }, andApply));
  buttons.push(all, andApply);
  return el('div', { class: 'held-drops', dataset: { role: 'held-drops' } },
    el('h3', { class: 'subheading', text: `Held drops (${held.length})` }),
    el('p', { class: 'muted', text: 'These decreases were not sent: each would credit the customer. Confirm a drop that is real; one that comes back by itself needs nothing.' }),
    el('ul', { class: 'held-list' }, rows),
    el('div', { class: 'run-controls' }, all, andApply), status);
}
