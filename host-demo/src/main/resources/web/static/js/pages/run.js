// One run: what it was, how it ended, and its report. An open page keeps up with the host: a run under way
// is followed to its end, and a scheduled continuation is watched until it starts, is cancelled (in
// another tab) or is superseded, so its Cancel button never outlives it (runfollow.js).
import { el, clear } from '../dom.js';
import { get, session } from '../api.js';
import { shell, card, badge, notice, loadFailed } from '../layout.js';
import { dateTime, plural } from '../format.js';
import { reportView } from '../report.js';
import { heldDropsView } from '../helddrops.js';
import { continuationView, continuationOutcomeText } from '../continuation.js';
import { followProgress, runOrigin, watchWhileVisible } from '../runfollow.js';

const runId = decodeURIComponent(window.location.pathname.split('/').pop());
const main = shell('runs', `Billing run ${runId}`, null);
// No person asks for what the page looks up on its own: the session's idle time keeps running (api.js).
const BACKGROUND = { background: true };
const runPath = `/api/runs/${encodeURIComponent(runId)}`;

/** The box of a continuation: a scheduled one with its Cancel button, else what became of it. */
function continuationBox(c) {
  if (!c) return null;
  return c.state === 'SCHEDULED' ? continuationView(c)
    : el('p', { class: 'muted', dataset: { role: 'continuation' } }, continuationOutcomeText(c));
}

/**
 * Asks the host, while the page is visible, what became of the scheduled continuation in {@code box}; once
 * it started, was cancelled or superseded, the box says so (with the run that continued) and the watch ends.
 */
function watchContinuation(box, scheduled) {
  const stop = watchWhileVisible(async () => {
    const now = (await get(runPath, BACKGROUND)).run.continuation;
    if (now && now.id === scheduled.id && now.state === 'SCHEDULED' && now.dueAt === scheduled.dueAt) return;
    stop();
    if (now && now.state === 'SCHEDULED') {
      const again = continuationView(now); // moved to a new time: watched anew
      box.replaceWith(again);
      watchContinuation(again, now);
    } else if (now) {
      box.replaceWith(continuationView(now));
    } else {
      box.remove();
    }
  });
}

/** Renders the run as the host has it now; a run under way is followed and rendered again when it ends. */
function show(run, who) {
  const facts = [
    ['Plugin', run.pluginId],
    ['Mode', run.mode === 'APPLY' ? 'Apply' : 'Preview'],
    ['Effective date', run.effectiveDate],
    ['Started', `${dateTime(run.startedAt)} by ${run.startedBy} (${run.triggerDescription})`],
    ['Finished', run.finishedAt ? dateTime(run.finishedAt) : 'not yet'],
    ...(run.continues ? [['Continues', `${run.continues.fromRunId}, deferred to spare the hourly API budget`]] : []),
    ['Lines', `${run.lines} (${plural(run.changes, 'change')}, ${run.failed} failed)`],
  ];
  const continuation = continuationBox(run.continuation);
  clear(main, card(null,
    el('div', { class: 'result-head', dataset: { state: run.state } }, badge(run.state), ' ', el('strong', { text: run.message })),
    el('dl', { class: 'facts' }, facts.map(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])),
    continuation));
  if (continuation && run.continuation.state === 'SCHEDULED') watchContinuation(continuation, run.continuation);
  if (!run.finished) {
    const progress = el('div', { class: 'run-progress', hidden: true });
    const failed = (e) => main.append(notice('bad', e.message));
    main.append(card('Report', progress));
    followProgress(progress, run, runOrigin(run), failed).then((ended) => show(ended, who)).catch((e) => loadFailed(main, e));
    return;
  }
  // Held drops with who confirmed each; confirming here serves the next apply (no "and apply" here).
  const held = run.report ? heldDropsView(run, { today: who.today }) : null;
  if (held) main.append(card(null, held));
  main.append(card('Report', run.report ? reportView(run.report, run.totals, run.runId, run.shortNotes)
    : notice('info', 'This run produced no report.')));
}

async function load() {
  const [{ run }, who] = await Promise.all([get(runPath), session()]);
  show(run, who);
}

load().catch((e) => loadFailed(main, e));
