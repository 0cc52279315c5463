// One run: what it was, how it ended, and its report.
import { el } from '../dom.js';
import { get, session } from '../api.js';
import { shell, card, badge, notice, loadFailed } from '../layout.js';
import { dateTime, plural } from '../format.js';
import { reportView } from '../report.js';
import { heldDropsView } from '../helddrops.js';
import { continuationView, continuationSentence } from '../continuation.js';

const runId = decodeURIComponent(window.location.pathname.split('/').pop());
const main = shell('runs', `Billing run ${runId}`, null);

async function load() {
  const [{ run }, who] = await Promise.all([get(`/api/runs/${encodeURIComponent(runId)}`), session()]);
  const facts = [
    ['Plugin', run.pluginId],
    ['Mode', run.mode === 'APPLY' ? 'Apply' : 'Preview'],
    ['Effective date', run.effectiveDate],
    ['Started', `${dateTime(run.startedAt)} by ${run.startedBy} (${run.triggerDescription})`],
    ['Finished', run.finishedAt ? dateTime(run.finishedAt) : 'not yet'],
    ...(run.continues ? [['Continues', `${run.continues.fromRunId}, deferred to spare the hourly API budget`]] : []),
    ['Lines', `${run.lines} (${plural(run.changes, 'change')}, ${run.failed} failed)`],
  ];
  main.append(card(null,
    el('div', { class: 'result-head', dataset: { state: run.state } }, badge(run.state), ' ', el('strong', { text: run.message })),
    el('dl', { class: 'facts' }, facts.map(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])),
    run.continuation && run.continuation.state === 'SCHEDULED' ? continuationView(run.continuation)
      : run.continuation ? el('p', { class: 'muted', dataset: { role: 'continuation' }, text: continuationSentence(run.continuation) }) : null));
  // Held drops with who confirmed each; confirming here serves the next apply (no "and apply" here).
  const held = run.report && run.finished ? heldDropsView(run, { today: who.today }) : null;
  if (held) main.append(card(null, held));
  main.append(card('Report', run.report ? reportView(run.report, run.totals, run.runId, run.shortNotes)
    : notice('info', run.finished ? 'This run produced no report.' : 'The run is still under way.')));
}

load().catch((e) => loadFailed(main, e));
