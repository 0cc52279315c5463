// The run history: every run, who or what started it, how it ended; and billed units per service.
import { el } from '../dom.js';
import { get } from '../api.js';
import { shell, card, badge, loadFailed } from '../layout.js';
import { dateTime } from '../format.js';
import { stepChart } from '../chart.js';
import { continuationNote } from '../continuation.js';

const main = shell('runs', 'Run history', 'Every billing run, from the page, the schedule or the command line.');

// A preview only plans its changes; an apply run makes them.
const changes = (run) => (run.changes === 0 ? '0' : `${run.changes} ${run.mode === 'APPLY' ? 'made' : 'planned'}`);

async function load() {
  const [history, chart] = await Promise.all([get('/api/runs?limit=100'), get('/api/charts/units')]);
  main.append(card('Units in force per service, by effective date (apply runs)', chart.dates.length === 0
    ? el('p', { class: 'muted', text: 'No apply run has a report yet.' })
    : stepChart({
      dates: chart.dates.map((d) => d.effectiveDate),
      series: chart.series.map((s) => ({ name: s.service, values: s.units })),
    })));
  main.append(card('Runs', history.runs.length === 0 ? el('p', { class: 'muted', text: 'No billing run yet.' })
    : el('div', { class: 'table-scroll' }, el('table', { class: 'data-table runs-table' },
      // What a person scans for (when, which mode, how it ended, its numbers) first; who started it
      // and the plugin, the long texts, last, so that a laptop's screen shows the numbers.
      el('thead', {}, el('tr', {}, ['Run', 'Started', 'Mode', 'Effective', 'Status', 'Lines', 'Changes', 'Problems', 'Started by', 'Plugin']
        .map((h, i) => el('th', { scope: 'col', class: i >= 5 && i <= 7 ? 'num' : null, text: h })))),
      el('tbody', {}, history.runs.map((run) => el('tr', { dataset: { runId: run.runId } },
        el('td', {}, el('a', { href: `/runs/${encodeURIComponent(run.runId)}`, text: run.runId })),
        el('td', { text: dateTime(run.startedAt) }),
        el('td', { text: run.mode === 'APPLY' ? 'Apply' : 'Preview' }),
        el('td', { text: run.effectiveDate }),
        el('td', {}, badge(run.state), run.continuation
          ? el('div', { class: 'muted continuation-note', dataset: { role: 'continuation' }, text: continuationNote(run.continuation) }) : null),
        el('td', { class: 'num', text: String(run.lines) }),
        el('td', { class: 'num', text: changes(run) }),
        el('td', { class: 'num', text: String(run.problems) }),
        el('td', { text: `${run.startedBy} (${run.triggerDescription})` }),
        el('td', { text: run.pluginId }))))))));
}

load().catch((e) => loadFailed(main, e));
