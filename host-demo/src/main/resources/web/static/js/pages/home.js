// The dashboard: plugins, the latest billing run, the schedule and the inventory at a glance.
import { el } from '../dom.js';
import { get } from '../api.js';
import { shell, card, badge, notice, loadFailed } from '../layout.js';
import { dateTime, plural, stateLabel, titleCase } from '../format.js';

const main = shell('home', 'Dashboard', 'What this host runs, and how billing went last.');

// What a plugin offers, in the words of the page that shows it (not the extension point's name).
const OFFERS = {
  SettingsPanelProvider: { text: 'Settings', href: '/settings' },
  BillingHook: { text: 'Billing runs', href: '/billing' },
};

function offer(extensionPoint) {
  const known = OFFERS[extensionPoint];
  return known
    ? el('a', { class: 'chip', href: known.href, text: known.text })
    : el('span', { class: 'chip', text: extensionPoint });
}

// How a scheduled run that did not do its work ended, in words.
const ENDINGS = { FAILED: 'failed', REFUSED: 'was refused', INTERRUPTED: 'was interrupted', DEFERRED: 'was deferred', CANCELLED: 'was cancelled' };

const runLink = (run) => el('a', { href: `/runs/${encodeURIComponent(run.runId)}`, text: run.runId });

// What needs a person, on top: a scheduled run that did not do its work, and the problems the latest
// run of each plugin reported. Nothing to act on: no card at all.
function attentionCard(attention) {
  const failed = attention.failedSchedules;
  const withProblems = attention.problems;
  if (failed.length === 0 && withProblems.length === 0) return null;
  return el('section', { class: 'card attention', dataset: { section: 'attention' } },
    el('h2', { class: 'card-title', text: 'Needs your attention' }),
    failed.length ? el('ul', { class: 'plain-list failed-schedules' }, failed.map((run) => el('li', { dataset: { runId: run.runId } },
      badge(run.state), ' ', el('strong', { text: `The scheduled ${run.mode === 'APPLY' ? 'apply' : 'preview'} run for ${run.effectiveDate} ${ENDINGS[run.state] || stateLabel(run.state).toLowerCase()}` }),
      ` (${run.pluginId}, `, runLink(run), ')', el('p', { class: 'problem-message', text: run.message })))) : null,
    withProblems.map(({ run, problems }) => el('div', { class: 'run-problems', dataset: { runId: run.runId } },
      el('p', {}, el('strong', { text: plural(problems.length, 'problem') }), ` from the latest run of ${run.pluginId} (`,
        runLink(run), `, ${run.mode === 'APPLY' ? 'apply' : 'preview'} for ${run.effectiveDate}):`),
      el('ul', { class: 'problem-list' }, problems.map((p) => el('li', { dataset: { kind: p.kind } },
        el('span', { class: 'badge badge-warn', text: titleCase(p.kind) }), ' ', el('strong', { text: p.subject }),
        p.units ? el('span', { class: 'muted', text: ` (${plural(p.units, 'unit')})` }) : null,
        el('p', { class: 'problem-message', text: p.message })))))));
}

async function load() {
  const [plugins, runs, schedule, inventory, attention] = await Promise.all([
    get('/api/plugins'), get('/api/runs?limit=1'), get('/api/schedule'), get('/api/inventory'), get('/api/attention')]);
  const needs = attentionCard(attention);
  if (needs) main.append(needs);
  const grid = el('div', { class: 'grid grid-2' });

  grid.append(card('Plugins',
    plugins.plugins.length === 0 ? el('p', { class: 'muted', text: 'No plugin is installed. Copy a plugin zip into the plugins folder and restart.' }) : null,
    el('ul', { class: 'plain-list' }, plugins.plugins.map((p) => el('li', {},
      el('strong', { text: p.id }), ' ', el('span', { class: 'muted', text: p.version }),
      el('div', { class: 'muted small', text: p.description }),
      el('div', { class: 'chips' }, p.extensionPoints.map(offer))))),
    plugins.failures.length ? el('div', {},
      el('h3', { class: 'subheading', text: 'Plugins that could not be loaded' }),
      el('ul', { class: 'plain-list' }, plugins.failures.map((f) =>
        el('li', { class: 'failure' }, el('strong', { text: f.source }), ': ', f.reason)))) : null));

  const last = runs.runs[0];
  grid.append(card('Latest billing run', last
    ? el('div', {},
      el('p', {}, el('a', { href: `/runs/${encodeURIComponent(last.runId)}`, text: last.runId }), ' ', badge(last.state)),
      el('p', { class: 'muted', text: `${last.mode === 'APPLY' ? 'Apply' : 'Preview'} for ${last.effectiveDate}, started ${dateTime(last.startedAt)} by ${last.startedBy}` }),
      el('p', { text: last.message }))
    : el('p', { class: 'muted', text: 'No billing run yet. Preview one on the Billing page.' }),
  el('a', { class: 'button button-secondary', href: '/billing', text: 'Go to billing' })));

  grid.append(card('Daily schedule', schedule.enabled
    ? el('p', {}, 'Billing runs every day at ', el('strong', { text: schedule.time }), ` host time (${schedule.zone}). Next: `, dateTime(schedule.nextRun), '.')
    : el('p', { class: 'muted', text: 'Off. Turn it on on the Billing page.' })));

  const devices = inventory.customers.reduce((sum, c) => sum + c.devices, 0);
  grid.append(card('Inventory',
    el('p', {}, el('strong', { text: String(inventory.customers.length) }), ' customers, ',
      el('strong', { text: String(devices) }), ' managed devices.'),
    el('a', { class: 'button button-secondary', href: '/inventory', text: 'Open inventory' })));

  main.append(grid);
  if (plugins.failures.length) {
    main.prepend(notice('warn', `${plugins.failures.length} plugin(s) could not be loaded; the others work normally.`));
  }
}

load().catch((e) => loadFailed(main, e));
