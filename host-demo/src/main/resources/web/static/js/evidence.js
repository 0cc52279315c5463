// The evidence behind a report: each line's devices, each customer's devices not counted with why,
// and a search by device name. Read from the host a page at a time (a line of 5,000 devices shows
// its first 100 and a "Show more" button), never the whole run at once.
import { el, clear, append } from './dom.js';
import { get, query } from './api.js';
import { plural } from './format.js';

const PAGE = 100;
const base = (runId) => `/api/runs/${encodeURIComponent(runId)}/evidence`;
// The plugin's reasons read on from the count ("1 device on a trial key"); the others follow a colon.
const READS_ON = /^(on|with|running|listed|counted)\b/;
const lineKey = (contractId, serviceId) => `${contractId}\u0000${serviceId}`;

// Columns of a device list; the last says where it was counted, or why not.
function deviceRow(row, lineNames, last) {
  const where = row.reason ? row.reason : (lineNames.get(lineKey(row.contractId, row.serviceId)) || 'counted');
  return el('tr', { dataset: { counted: String(!row.reason) } },
    el('td', { text: row.deviceName }),
    el('td', { text: row.customerName }),
    el('td', { text: row.operatingSystem }),
    el('td', { text: row.category }),
    el('td', { text: row.application }),
    el('td', { class: 'ref', text: row.keyOrSeat }),
    el('td', { class: 'num', text: String(row.units) }),
    last ? el('td', { class: row.reason ? 'muted' : null, text: where }) : null);
}

// A list read page by page from `path`: the first page now, the next on "Show more".
function pagedDevices(path, params, lineNames, lastHeading) {
  const body = el('tbody');
  const status = el('p', { class: 'muted small evidence-status', text: 'Loading devices…' });
  const more = el('button', { type: 'button', class: 'button button-secondary button-small', hidden: true, text: 'Show more' });
  let offset = 0;
  async function next() {
    more.disabled = true;
    try {
      const page = await get(path + query({ ...params, offset, limit: PAGE }));
      page.rows.forEach((row) => body.append(deviceRow(row, lineNames, lastHeading)));
      offset += page.rows.length;
      status.textContent = page.total === 0 ? 'No devices.'
        : `${offset} of ${plural(page.total, 'record')} shown (${plural(page.units, 'unit')}).`;
      more.hidden = offset >= page.total;
    } catch (e) {
      status.textContent = e.message;
    } finally {
      more.disabled = false;
    }
  }
  more.addEventListener('click', next);
  next();
  const headings = ['Device', 'Customer', 'Operating system', 'Category', 'Application', 'Key or seat', 'Units', lastHeading];
  return el('div', { class: 'evidence-devices' },
    el('div', { class: 'table-scroll' }, el('table', { class: 'data-table evidence-table' },
      el('thead', {}, el('tr', {}, headings.filter(Boolean).map((h) => el('th', { scope: 'col', class: h === 'Units' ? 'num' : null, text: h })))),
      body)),
    status, more);
}

// A button that opens (and closes) a device list under it, loading it the first time.
function toggle(label, open) {
  let panel = null;
  const button = el('button', { type: 'button', class: 'link-button evidence-toggle', 'aria-expanded': 'false', text: `▸ ${label}` });
  button.addEventListener('click', () => {
    const opening = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(opening));
    button.textContent = `${opening ? '▾' : '▸'} ${label}`;
    if (opening && !panel) panel = open();
    if (panel) panel.hidden = !opening;
  });
  return button;
}

function attachToLines(container, runId, summary, lineNames) {
  const counted = new Map(summary.lines.map((l) => [lineKey(l.contractId, l.serviceId), l]));
  container.querySelectorAll('table.report-lines tr[data-contract]').forEach((tr) => {
    const line = counted.get(lineKey(tr.dataset.contract, tr.dataset.service));
    if (!line) return;
    const label = line.units === line.devices ? plural(line.devices, 'device') : `${plural(line.devices, 'record')}, ${plural(line.units, 'unit')}`;
    tr.cells[0].append(el('div', {}, toggle(label, () => {
      const devices = pagedDevices(`${base(runId)}/devices`, { contract: tr.dataset.contract, service: tr.dataset.service }, lineNames, null);
      // The report scrolls sideways; its device list stays in view, as wide as the visible part, and scrolls on its own.
      const scroller = tr.closest('.table-scroll');
      if (scroller) devices.style.maxWidth = `${scroller.clientWidth - 26}px`;
      const row = el('tr', { class: 'evidence-row' }, el('td', { colSpan: tr.cells.length }, devices));
      tr.after(row);
      return row;
    })));
  });
}

function attachToNotCounted(container, runId, lineNames) {
  container.querySelectorAll('.not-counted-list > li[data-customer]').forEach((li) => {
    li.append(el('div', {}, toggle('devices', () => {
      const panel = pagedDevices(`${base(runId)}/not-counted`, { customer: li.dataset.customer }, lineNames, 'Not counted because');
      li.append(panel);
      return panel;
    })));
  });
}

function notCountedTable(runId, summary, lineNames) {
  if (summary.notCounted.length === 0) return null;
  const item = (n) => {
    if (!n.devicesRead) {
      // Billing off on Security Center: the run read none of its devices, so there is no list to open.
      return el('li', { dataset: { notRead: n.customerId } },
        el('strong', { text: n.customerName || n.customerId }), ' ', el('span', { text: `devices not read: ${n.reason}` }));
    }
    // Seats of per-user applications are one record of several units: the count is the units, as in the report.
    const count = n.units === n.devices ? plural(n.devices, 'device') : `${plural(n.units, 'unit')} (${plural(n.devices, 'record')})`;
    const li = el('li', { dataset: { customer: n.customerId } },
      el('strong', { text: n.customerName || n.customerId }), ' ',
      el('span', { text: `${count}${READS_ON.test(n.reason) ? ' ' : ': '}${n.reason}` }), ' ');
    li.append(toggle('show', () => {
      const panel = pagedDevices(`${base(runId)}/not-counted`, { customer: n.customerId, reason: n.reason }, lineNames, 'Not counted because');
      li.append(panel);
      return panel;
    }));
    return li;
  };
  return el('div', {},
    el('h4', { class: 'subheading', text: 'Not counted, from the devices' }),
    el('p', { class: 'muted small', text: 'Every device the run saw and did not bill, with why: the billing rules above, and usage no line takes (customer or category not mapped), and the devices of a customer with billing off where they cost nothing to read (Business Hub); from Security Center such a customer is not read.' }),
    el('ul', { class: 'evidence-not-counted' }, summary.notCounted.map(item)));
}

function searchForm(runId, lineNames) {
  const input = el('input', { type: 'search', name: 'device-search', placeholder: 'Device name', 'aria-label': 'Find a device by name' });
  const results = el('div', { class: 'evidence-search-results' });
  const form = el('form', { class: 'evidence-search' }, input,
    el('button', { type: 'submit', class: 'button button-secondary button-small', text: 'Find' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = input.value.trim();
    if (!name) {
      clear(results);
      return;
    }
    clear(results, pagedDevices(`${base(runId)}/search`, { name }, lineNames, 'Counted on, or why not'));
  });
  return el('div', {}, el('h4', { class: 'subheading', text: 'Find a device' }), form, results);
}

/**
 * Adds the run's evidence to a rendered report: toggles on its lines and not-counted customers, a search.
 * fetching: the options of the summary's GET ({ background: true } for a report no person asked for).
 */
export async function attachEvidence(container, report, runId, fetching = {}) {
  const section = el('div', { class: 'evidence', dataset: { evidence: 'loading' } },
    el('h3', { class: 'subheading', text: 'Devices behind the report' }));
  container.append(section);
  let summary;
  try {
    summary = await get(base(runId), fetching);
  } catch (e) {
    section.append(el('p', { class: 'muted', text: e.message }));
    return;
  }
  section.dataset.evidence = summary.state;
  const kept = `The host keeps the devices of the last ${plural(summary.keptRuns, 'run')}, previews included.`;
  if (summary.state === 'NO_LONGER_KEPT') {
    section.append(el('p', { class: 'muted', text: `Evidence no longer kept for this run. ${kept} Its report is kept.` }));
    return;
  }
  if (summary.state === 'NONE') {
    section.append(el('p', { class: 'muted', text: 'No devices were recorded for this run (it read no usage, ran before the host kept evidence, or its plugin keeps none).' }));
    return;
  }
  const lineNames = new Map(report.lines.map((l) => [lineKey(l.contract.id, l.service.id),
    `${l.contract.name || l.contract.id} / ${l.service.name || l.service.id}`]));
  append(section, [
    el('p', { class: 'muted small', text: `Open a line's device count to see the devices it bills. ${kept}` }),
    summary.incomplete ? el('p', { class: 'notice notice-warn', text: 'Not every device was kept for this run (too many records, or the database failed): the lists below are incomplete.' }) : null,
    el('p', { class: 'report-actions' }, el('a', {
      class: 'button button-secondary', href: `${base(runId)}.csv`, download: '', dataset: { action: 'download-evidence-csv' },
      text: 'Download devices CSV',
    })),
    searchForm(runId, lineNames),
    notCountedTable(runId, summary, lineNames)]);
  attachToLines(container, runId, summary, lineNames);
  attachToNotCounted(container, runId, lineNames);
}
