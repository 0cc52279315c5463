// The billing page: preview, then apply, with progress and cancel; and the daily schedule.
import { el, clear } from '../dom.js';
import { get, send, session } from '../api.js';
import { shell, card, badge, notice, loadFailed } from '../layout.js';
import { dateTime, plural } from '../format.js';
import { reportView } from '../report.js';
import { heldDropsView } from '../helddrops.js';
import { continuationView } from '../continuation.js';

const main = shell('billing', 'Billing', 'Preview what a billing run would change, then apply it.');
const POLL_MS = 500;
const NO_REPORT = ['REFUSED', 'INTERRUPTED'];

function runCard(plugin, today, running, latest, waiting) {
  const date = el('input', { type: 'date', id: `date-${plugin.id}`, value: today, required: true });
  const preview = el('button', { type: 'button', class: 'button button-secondary', dataset: { action: 'preview' }, text: 'Preview' });
  const apply = el('button', { type: 'button', class: 'button button-primary', dataset: { action: 'apply' }, text: 'Apply' });
  const confirm = el('div', { class: 'confirm', hidden: true });
  const progress = el('div', { class: 'run-progress', hidden: true });
  const result = el('div', { class: 'run-result' });
  const continuation = el('div', { class: 'run-continuation' });
  if (waiting) continuation.append(continuationView(waiting));

  const setBusy = (busy) => { preview.disabled = busy; apply.disabled = busy; date.disabled = busy; };

  const follow = async (run) => {
    setBusy(true);
    clear(result);
    const bar = el('div', { class: 'bar-fill' });
    const step = el('span', { class: 'progress-step' });
    const count = el('span', { class: 'progress-count muted' });
    const cancel = el('button', { type: 'button', class: 'button button-small button-danger', dataset: { action: 'cancel' }, text: 'Cancel',
      onclick: async () => {
        cancel.disabled = true;
        try { await send('POST', `/api/runs/${encodeURIComponent(run.runId)}/cancel`); } catch (e) { result.append(notice('bad', e.message)); }
      } });
    clear(progress).append(
      el('div', { class: 'progress-head' }, el('strong', { text: `${run.mode === 'APPLY' ? 'Applying' : 'Previewing'} (${run.runId})` }), cancel),
      el('div', { class: 'bar', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100' }, bar),
      el('div', { class: 'progress-text' }, step, count));
    progress.hidden = false;
    let current = run;
    while (!current.finished) {
      const p = current.progress;
      const percent = p.total ? Math.round((100 * p.done) / p.total) : 0;
      bar.style.width = `${percent}%`; // CSSOM, which the page's style policy allows
      bar.parentElement.setAttribute('aria-valuenow', String(percent));
      step.textContent = current.cancelRequested ? 'Stopping…' : (p.step || 'Starting…');
      count.textContent = p.total ? ` ${p.done} of ${p.total}` : '';
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      current = (await get(`/api/runs/${encodeURIComponent(run.runId)}`)).run;
    }
    progress.hidden = true;
    setBusy(false);
    showResult(current);
    // A run deferred with a time to go on has its continuation; an apply run supersedes the one shown.
    clear(continuation);
    if (current.continuation && current.continuation.state === 'SCHEDULED') continuation.append(continuationView(current.continuation));
  };

  const onApply = (started) => follow(started).catch((e) => result.append(notice('bad', e.message)));

  // On load, the held drops of the plugin's latest finished run wait here, without running again.
  const showHeld = async (runId) => {
    const { run } = await get(`/api/runs/${encodeURIComponent(runId)}`);
    const held = run.report ? heldDropsView(run, { today, onApply }) : null;
    if (!held || result.childElementCount > 0) return;
    result.append(el('p', { class: 'held-origin muted' }, `Held by the latest run, ${run.mode === 'APPLY' ? 'an apply' : 'a preview'} for ${run.effectiveDate} (`,
      el('a', { href: `/runs/${encodeURIComponent(run.runId)}`, text: run.runId }), `, ${dateTime(run.finishedAt)}):`), held);
  };

  const showResult = (run) => {
    clear(result).append(el('div', { class: 'result-head', dataset: { runId: run.runId, state: run.state } },
      badge(run.state), ' ', el('strong', { text: run.message }), ' ',
      el('a', { href: `/runs/${encodeURIComponent(run.runId)}`, text: `Open ${run.runId}` })));
    if (run.report && run.finished) {
      const held = heldDropsView(run, { today, onApply });
      if (held) result.append(held);
    }
    if (run.report) result.append(reportView(run.report, run.totals, run.runId, run.shortNotes));
    if (run.mode === 'PREVIEW' && run.finished && run.report && run.changes > 0) {
      result.append(notice('info', `Apply creates these ${plural(run.changes, 'change')} in the billing system.`));
    }
  };

  const start = async (mode) => {
    confirm.hidden = true;
    try {
      const answer = await send('POST', '/api/runs', { pluginId: plugin.id, mode, effectiveDate: date.value });
      await follow(answer.run);
    } catch (error) {
      setBusy(false);
      progress.hidden = true;
      clear(result).append(notice('bad', error.message));
    }
  };

  preview.addEventListener('click', () => start('PREVIEW'));
  apply.addEventListener('click', () => {
    clear(confirm).append(el('p', { text: `Apply billing for ${date.value}? This changes units in the billing system.` }),
      el('button', { type: 'button', class: 'button button-primary', dataset: { action: 'confirm-apply' }, text: 'Apply now',
        onclick: () => start('APPLY') }),
      el('button', { type: 'button', class: 'button button-secondary', text: 'Not now', onclick: () => { confirm.hidden = true; } }));
    confirm.hidden = false;
  });

  const section = card(null,
    el('div', { class: 'plugin-head' }, el('div', {}, el('h2', { class: 'card-title', text: plugin.id }),
      el('p', { class: 'muted', text: plugin.description }))),
    el('div', { class: 'run-controls' },
      el('label', { htmlFor: `date-${plugin.id}`, class: 'field-label', text: 'Effective date' }), date, preview, apply),
    continuation, confirm, progress, result);
  section.dataset.plugin = plugin.id;
  if (running) follow(running).catch((e) => result.append(notice('bad', e.message)));
  else if (latest) showHeld(latest.runId).catch((e) => result.append(notice('bad', e.message)));
  return section;
}

function scheduleCard(schedule) {
  const enabled = el('input', { type: 'checkbox', role: 'switch', id: 'schedule-enabled', checked: schedule.enabled });
  const time = el('input', { type: 'time', id: 'schedule-time', value: schedule.time, required: true });
  const status = el('p', { class: 'muted', dataset: { role: 'schedule-status' } });
  const describe = (s) => {
    status.textContent = s.enabled ? `Next run: ${dateTime(s.nextRun)} (apply, effective that day).` : 'Off: billing runs only when started here or from the command line.';
  };
  describe(schedule);
  const save = el('button', { type: 'button', class: 'button button-secondary', text: 'Save schedule',
    onclick: async () => {
      save.disabled = true;
      try {
        describe(await send('PUT', '/api/schedule', { enabled: enabled.checked, time: time.value }));
      } catch (error) {
        status.textContent = error.message;
      } finally {
        save.disabled = false;
      }
    } });
  return card('Daily schedule',
    el('div', { class: 'run-controls' },
      el('label', { class: 'switch' }, enabled, el('span', { class: 'slider', 'aria-hidden': 'true' })),
      el('label', { htmlFor: 'schedule-enabled', text: 'Apply billing every day at' }), time, save),
    status);
}

async function load() {
  const [who, plugins, schedule, history, waiting] = await Promise.all([session(), get('/api/plugins'), get('/api/schedule'),
    get('/api/runs?limit=20'), get('/api/continuations')]);
  const billing = plugins.plugins.filter((p) => p.extensionPoints.includes('BillingHook'));
  if (billing.length === 0) main.append(notice('info', 'No installed plugin does billing.'));
  for (const plugin of billing) {
    const running = history.runs.find((r) => r.pluginId === plugin.id && !r.finished);
    // Refused and interrupted runs never reached a report: the latest run that did is the one to show.
    const latest = history.runs.find((r) => r.pluginId === plugin.id && r.finished && !NO_REPORT.includes(r.state));
    const waits = waiting.continuations.find((c) => c.pluginId === plugin.id);
    main.append(runCard(plugin, who.today, running, latest, waits));
  }
  main.append(scheduleCard(schedule));
}

load().catch((e) => loadFailed(main, e));
