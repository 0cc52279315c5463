// The billing page: preview, then apply, with progress and cancel; and the daily schedule.
import { el, clear } from '../dom.js';
import { get, send, session } from '../api.js';
import { shell, card, badge, notice, loadFailed } from '../layout.js';
import { dateTime, plural } from '../format.js';
import { reportView } from '../report.js';
import { heldDropsView } from '../helddrops.js';
import { continuationView } from '../continuation.js';
import { followProgress, runOrigin, watchWhileVisible } from '../runfollow.js';

const main = shell('billing', 'Billing', 'Preview what a billing run would change, then apply it.');
const NO_REPORT = ['REFUSED', 'INTERRUPTED'];
// The page's own checks leave the session's idle time running (api.js).
const BACKGROUND = { background: true };

/**
 * One plugin's card. Its sync(runs, waiting) takes what the host has now (the history and the scheduled
 * continuations) and follows a run it has not followed yet, and brings the continuation box up to date.
 */
function runCard(plugin, today, history, waiting) {
  const running = history.find((r) => r.pluginId === plugin.id && !r.finished);
  // Refused and interrupted runs never reached a report: the latest run that did is the one to show.
  const latest = history.find((r) => r.pluginId === plugin.id && r.finished && !NO_REPORT.includes(r.state));
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
  // started here is followed once, by this click. known: the runs this card followed or need not show (those
  // that had ended when the page loaded); each is followed at most once.
  let busy = false;
  const known = new Set(history.filter((r) => r.pluginId === plugin.id && r.finished).map((r) => r.runId));
  const setBusy = (b) => { busy = b; preview.disabled = b; apply.disabled = b; date.disabled = b; };

  /** Follows the run to its result; origin says where it came from when this page did not start it. */
  const follow = async (run, origin) => {
    if (known.has(run.runId)) return;
    known.add(run.runId);
    setBusy(true);
    try {
      clear(result);
      // A run that ended between two looks is shown as it ended (the history's entry has no report).
      const current = run.finished ? (await get(`/api/runs/${encodeURIComponent(run.runId)}`, BACKGROUND)).run
        : await followProgress(progress, run, origin, failed);
      showResult(current, origin);
      // A run deferred with a time to go on has its continuation; else the box says what the host has now
      // (an apply run superseded the one shown; a preview leaves it waiting).
      if (current.continuation && current.continuation.state === 'SCHEDULED') showContinuation(current.continuation);
      else await syncContinuation([], (await get('/api/continuations', BACKGROUND)).continuations);
    } finally {
      setBusy(false);
    }
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
      || (await get(`/api/runs/${encodeURIComponent(shown.c.fromRunId)}`, BACKGROUND)).run;
    const now = from.continuation;
    showContinuation(now && now.id === shown.c.id ? now : null);
  };

  const sync = async (runs, waiting) => {
    const fresh = runs.filter((r) => r.pluginId === plugin.id && !known.has(r.runId));
    if (!busy) {
      // The newest run not shown yet: one under way, else one that ended since the last look.
      const next = fresh.find((r) => !r.finished) || fresh.find((r) => !NO_REPORT.includes(r.state));
      if (next) follow(next, runOrigin(next)).catch(failed);
      fresh.filter((r) => r.finished).forEach((r) => known.add(r.runId));
    }
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
    // dom.js's clear skips a missing child; the DOM's own append would show it as the text "null".
    clear(result, el('div', { class: 'result-head', dataset: { runId: run.runId, state: run.state } },
      badge(run.state), ' ', el('strong', { text: run.message }), ' ',
      el('a', { href: `/runs/${encodeURIComponent(run.runId)}`, text: `Open ${run.runId}` })),
    origin ? el('p', { class: 'run-origin muted', dataset: { role: 'run-origin' }, text: origin }) : null);
    if (run.report && run.finished) {
      const held = heldDropsView(run, { today, onApply });
      if (held) result.append(held);
    }
    if (run.report) result.append(reportView(run.report, run.totals, run.runId, run.shortNotes, origin ? BACKGROUND : {}));
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
    const waits = waiting.continuations.find((c) => c.pluginId === plugin.id);
    const card = runCard(plugin, who.today, history.runs, waits);
    main.append(card.section);
    cards.push(card);
  }
  main.append(scheduleCard(schedule));
  // Runs and continuations change without this page too (the host's continuations, the schedule, the
  // command line, another tab): while visible, the page asks and each card follows what it finds.
  if (cards.length > 0) {
    watchWhileVisible(async () => {
      const [now, scheduled] = await Promise.all([get('/api/runs?limit=20', BACKGROUND), get('/api/continuations', BACKGROUND)]);
      await Promise.all(cards.map((card) => card.sync(now.runs, scheduled.continuations)));
    });
  }
}

load().catch((e) => loadFailed(main, e));
