// The billing page: preview, then apply, with progress and cancel; and the daily schedule.
import { el, clear } from '../dom.js';
import { get, send, session } from '../api.js';
import { shell, card, badge, notice, loadFailed } from '../layout.js';
import { dateTime, plural } from '../format.js';
import { reportView } from '../report.js';
import { heldDropsView } from '../helddrops.js';
import { continuationView } from '../continuation.js';
import { runOrigin, watchWhileVisible } from '../runfollow.js';

const main = shell('billing', 'Billing', 'Preview what a billing run would change, then apply it.');
const POLL_MS = 500;
const NO_REPORT = ['REFUSED', 'INTERRUPTED'];

/**
 * One plugin's card. Its sync(runs, waiting) takes what the host has now (the history and the scheduled
 * continuations) and follows a run it has not followed yet, and brings the continuation box up to date.
 */
function runCard(plugin, today, running, latest, waiting) {
  const date = el('input', { type: 'date', id: `date-${plugin.id}`, value: today, required: true });
  const preview = el('button', { type: 'button', class: 'button button-secondary', dataset: { action: 'preview' }, text: 'Preview' });
  const apply = el('button', { type: 'button', class: 'button button-primary', dataset: { action: 'apply' }, text: 'Apply' });
  const confirm = el('div', { class: 'confirm', hidden: true });
  const progress = el('div', { class: 'run-progress', hidden: true });
  const result = el('div', { class: 'run-result' });
  const continuation = el('div', { class: 'run-continuation' });
  // The continuation in the box ({ c, box }): the box's data-state says where it stands as last shown.
  let shown = null;
  const showContinuation = (c) => {
    shown = c ? { c, box: continuationView(c) } : null;
    clear(continuation, shown ? shown.box : null);
  };
  showContinuation(waiting);

  // Busy from the click that starts a run to its result: the watch then starts following nothing, so a run
  // started here is followed once, by this click. Each run is followed at most once by this card.
  let busy = false;
  const followed = new Set();
  const setBusy = (b) => { busy = b; preview.disabled = b; apply.disabled = b; date.disabled = b; };

  /** Follows the run to its result; origin says where it came from when this page did not start it. */
  const follow = async (run, origin) => {
    if (followed.has(run.runId)) return;
    followed.add(run.runId);
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
      el('div', { class: 'progress-head' }, el('div', {}, el('strong', { text: `${run.mode === 'APPLY' ? 'Applying' : 'Previewing'} (${run.runId})` }),
        origin ? el('p', { class: 'run-origin muted', dataset: { role: 'run-origin' }, text: origin }) : null), cancel),
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
    showResult(current, origin);
    // A run deferred with a time to go on has its continuation; else the box says what the host has now
    // (an apply run superseded the one shown; a preview leaves it waiting).
    if (current.continuation && current.continuation.state === 'SCHEDULED') showContinuation(current.continuation);
    else await syncContinuation([], (await get('/api/continuations')).continuations);
  };

  const failed = (e) => result.append(notice('bad', e.message));
  const onApply = (started) => follow(started).catch(failed);

  /** The box shows the plugin's waiting continuation, or what became of the one it showed. */
  const syncContinuation = async (runs, waiting) => {
    const waits = waiting.find((c) => c.pluginId === plugin.id);
    if (waits) {
      if (!shown || shown.c.id !== waits.id || shown.box.dataset.state !== 'SCHEDULED') showContinuation(waits);
      return;
    }
    if (!shown || shown.box.dataset.state !== 'SCHEDULED') return;
    // Started, cancelled or superseded elsewhere: the run it continues says which, and by whom.
    const from = runs.find((r) => r.runId === shown.c.fromRunId)
      || (await get(`/api/runs/${encodeURIComponent(shown.c.fromRunId)}`)).run;
    const now = from.continuation;
    showContinuation(now && now.id === shown.c.id ? now : null);
  };

  const sync = async (runs, waiting) => {
    const running = runs.find((r) => r.pluginId === plugin.id && !r.finished && !followed.has(r.runId));
    if (running && !busy) follow(running, runOrigin(running)).catch(failed);
    await syncContinuation(runs, waiting);
  };

  // On load, the held drops of the plugin's latest finished run wait here, without running again.
  const showHeld = async (runId) => {
    const { run } = await get(`/api/runs/${encodeURIComponent(runId)}`);
    const held = run.report ? heldDropsView(run, { today, onApply }) : null;
    if (!held || result.childElementCount > 0) return;
    result.append(el('p', { class: 'held-origin muted' }, `Held by the latest run, ${run.mode === 'APPLY' ? 'an apply' : 'a preview'} for ${run.effectiveDate} (`,
      el('a', { href: `/runs/${encodeURIComponent(run.runId)}`, text: run.runId }), `, ${dateTime(run.finishedAt)}):`), held);
  };

  const showResult = (run, origin) => {
    clear(result).append(el('div', { class: 'result-head', dataset: { runId: run.runId, state: run.state } },
      badge(run.state), ' ', el('strong', { text: run.message }), ' ',
      el('a', { href: `/runs/${encodeURIComponent(run.runId)}`, text: `Open ${run.runId}` })),
    origin ? el('p', { class: 'run-origin muted', dataset: { role: 'run-origin' }, text: origin }) : null);
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
    setBusy(true);
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
  if (running) follow(running, runOrigin(running)).catch(failed);
  else if (latest) showHeld(latest.runId).catch(failed);
  return { section, sync };
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
  const cards = [];
  for (const plugin of billing) {
    const running = history.runs.find((r) => r.pluginId === plugin.id && !r.finished);
    // Refused and interrupted runs never reached a report: the latest run that did is the one to show.
    const latest = history.runs.find((r) => r.pluginId === plugin.id && r.finished && !NO_REPORT.includes(r.state));
    const waits = waiting.continuations.find((c) => c.pluginId === plugin.id);
    const card = runCard(plugin, who.today, running, latest, waits);
    main.append(card.section);
    cards.push(card);
  }
  main.append(scheduleCard(schedule));
  // Runs and continuations change without this page too (the host's continuations, the schedule, the
  // command line, another tab): while visible, the page asks and each card follows what it finds.
  if (cards.length > 0) {
    watchWhileVisible(async () => {
      const [now, scheduled] = await Promise.all([get('/api/runs?limit=20'), get('/api/continuations')]);
      await Promise.all(cards.map((card) => card.sync(now.runs, scheduled.continuations)));
    });
  }
}

load().catch((e) => loadFailed(main, e));
