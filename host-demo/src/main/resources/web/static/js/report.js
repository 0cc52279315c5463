// A billing report: its lines with their money, totals per contract and for the run, what was seen
// but not counted, and the problems a person must act on.
import { el } from './dom.js';
import { badge } from './layout.js';
import { money, moneyIn, perPeriod, plural, signed, titleCase } from './format.js';
import { attachEvidence } from './evidence.js';

const name = (ref) => ref.name || ref.id;

// The customer cell: its name, or for a line billed for several customers each one with its share
// of the units wanted (reports stored before shares existed have none).
function customerCell(line) {
  const shares = line.shares || [];
  if (shares.length < 2) {
    return el('td', { text: name(line.customer) });
  }
  return el('td', { class: 'shares' }, shares.map((share) => el('span', {
    class: 'share', title: `${name(share.customer)}: ${share.units} of the ${line.unitsWanted} units wanted`,
  },
    el('span', { text: name(share.customer) }), ' ', el('span', { class: 'share-units', text: String(share.units) }))));
}

const changeClass = (n) => `num change ${n > 0 ? 'up' : n < 0 ? 'down' : ''}`;
const signedMoney = (value, currency) => moneyIn(value, currency, true);

// The note: only what no other column says (the host's short note), the plugin's full text one click away.
function noteCell(line, short = '') {
  if (!line.message) return el('td', { class: 'note' });
  if (short === line.message) return el('td', { class: 'note', text: short });
  return el('td', { class: 'note' }, el('details', {},
    el('summary', { text: short || 'Usage counted' }), el('p', { class: 'note-full', text: line.message })));
}

// The numbers an MSP checks (units, change, price, amount) and the outcome come right after the
// company and service, so that a laptop's screen shows them; the long names and the note follow.
function lineRow(line, amount, short) {
  return el('tr', { dataset: { outcome: line.outcome, contract: line.contract.id, service: line.service.id } },
    el('td', { text: name(line.company) }),
    el('td', {}, el('span', { text: name(line.service) }),
      line.applications.map((application) => el('span', { class: 'row-description', text: application }))),
    el('td', { class: 'num', text: String(line.unitsInForce) }),
    el('td', { class: 'num', text: String(line.unitsWanted) }),
    el('td', { class: changeClass(line.unitChange), text: signed(line.unitChange) }),
    el('td', { class: 'num', text: money(line.unitPrice) }),
    el('td', { class: `${changeClass(Number(amount))} amount`, dataset: { currency: line.currency || '', period: line.period || '' } },
      amount === undefined ? null : [el('span', { text: signedMoney(amount, line.currency) }),
        el('span', { class: 'row-description period', text: perPeriod(line.period) })]),
    el('td', {}, badge(line.outcome, titleCase(line.outcome))),
    el('td', { class: 'ref', text: line.outcome === 'APPLIED' ? line.reference : '' }),
    customerCell(line),
    el('td', { text: name(line.contract) }),
    el('td', { text: line.category }),
    noteCell(line, short));
}

// ["+5 units (+22.50 USD per month, +48.00 USD per year)", "-2 units (-9.00 USD per month)"]: what the
// counted lines add and remove, the money per currency and period (never euros added to dollars, nor a
// yearly amount to a monthly one).
function totalParts(total) {
  const amounts = total.amounts || [];
  const parts = [];
  const sums = (key, sign) => amounts.filter((a) => Number(a[key]) !== 0)
    .map((a) => `${sign}${moneyIn(a[key], a.currency)} ${perPeriod(a.period)}`).join(', ');
  if (total.unitsAdded) parts.push(`+${plural(total.unitsAdded, 'unit')} (${sums('added', '+') || '+0.00'})`);
  if (total.unitsRemoved) parts.push(`-${plural(total.unitsRemoved, 'unit')} (${sums('removed', '-') || '-0.00'})`);
  return parts.length ? parts : ['no change'];
}

// The net amount per currency and period, one under the other, each with its period below it (on the
// amount's line it would widen the column past a laptop's screen).
function netAmounts(total) {
  const amounts = total.amounts || [];
  if (amounts.length === 0) return el('td', { class: 'num net-amount', text: money(0) });
  return el('td', { class: 'num net-amount' }, amounts.map((a) => el('div', {
    class: changeClass(Number(a.net)), dataset: { currency: a.currency, period: a.period || '' },
  }, el('span', { text: signedMoney(a.net, a.currency) }), el('span', { class: 'row-description period', text: perPeriod(a.period) }))));
}

// The net change and amount sit under their columns, where they are the sums of the counted lines
// above; what was added and removed goes under the label, one part a line, so that it stays on a
// laptop's screen with the numbers (after the Outcome column it was scrolled out of view at 1366 px).
function totalRow(cls, label, total, columns) {
  return el('tr', { class: cls },
    el('th', { scope: 'row', colSpan: 4 }, el('div', { text: label }),
      el('div', { class: 'total-text' }, totalParts(total).map((part) => el('div', { text: part })))),
    el('td', { class: `${changeClass(total.unitsNet)} net-units`, text: signed(total.unitsNet) }),
    el('td', {}),
    netAmounts(total),
    el('td', { colSpan: columns - 7 }));
}

const HEADINGS = ['Company', 'Service', 'In force', 'Wanted', 'Change', 'Unit price', 'Amount change', 'Outcome',
  'Adjustment id', 'Customer', 'Contract', 'Category', 'Note'];
const NUMERIC = new Set(['In force', 'Wanted', 'Change', 'Unit price', 'Amount change']);

function linesTable(report, totals, shortNotes) {
  const amounts = totals ? totals.lineAmounts : [];
  const byContract = new Map();
  report.lines.forEach((line, i) => {
    if (!byContract.has(line.contract.id)) byContract.set(line.contract.id, []);
    byContract.get(line.contract.id).push(lineRow(line, amounts[i], shortNotes[i] || ''));
  });
  const contractTotals = new Map((totals ? totals.contracts : []).map((c) => [c.contract.id, c]));
  const body = [];
  for (const [id, rows] of byContract) {
    body.push(...rows);
    const contract = contractTotals.get(id);
    if (contract && byContract.size > 1) {
      body.push(totalRow('contract-total', `Total ${name(contract.contract)}`, contract.total, HEADINGS.length));
    }
  }
  const made = report.mode === 'PREVIEW' ? 'planned' : 'made';
  return el('div', { class: 'table-scroll' }, el('table', { class: 'data-table report-lines' },
    el('thead', {}, el('tr', {}, HEADINGS.map((h) => el('th', { scope: 'col', class: NUMERIC.has(h) ? 'num' : null, text: h })))),
    el('tbody', {}, body),
    totals ? el('tfoot', {}, totalRow('run-total', `Run total (changes ${made})`, totals.run, HEADINGS.length)) : null));
}

// Devices seen but not counted, per customer with each reason: evidence for an audit, following the
// billing rules, so apart from the problems a person must act on (reports before plugin-api 1.2 have none).
// The plugin's billing-rule reasons read on from the count ("1 device on a trial key"); the others follow a colon.
const READS_ON = /^(on|with|running|listed|counted)\b/;

function notCountedView(report) {
  const entries = report.notCounted || [];
  if (entries.length === 0) return null;
  const byCustomer = new Map();
  for (const entry of entries) {
    const key = entry.customer.id;
    if (!byCustomer.has(key)) byCustomer.set(key, { customer: entry.customer, entries: [] });
    byCustomer.get(key).entries.push(entry);
  }
  return el('div', { class: 'not-counted' },
    el('h3', { class: 'subheading', text: 'Seen but not counted' }),
    el('p', { class: 'muted small', text: 'Devices the billing rules leave out, or no report line takes, with the reason. A device with several applications counts once per application; per-user seats count as their users. A customer with billing off is listed with its devices when they cost nothing to read (Business Hub); from Security Center it is not read, and says so.' }),
    el('ul', { class: 'not-counted-list' }, [...byCustomer.values()].map(({ customer, entries: rows }) => {
      // A customer not read (billing off on Security Center) has no devices to count or open: it says so, never "0 devices".
      if (rows.every((row) => row.devicesUnknown)) {
        return el('li', { dataset: { notRead: customer.id } },
          el('strong', { text: name(customer) }), ' ', el('span', { class: 'muted', text: 'devices not read' }),
          el('ul', { class: 'reasons' }, rows.map((row) => el('li', { text: row.reason }))));
      }
      const total = rows.reduce((sum, row) => sum + row.devices, 0);
      return el('li', { dataset: { customer: customer.id } },
        el('strong', { text: name(customer) }), ' ', el('span', { class: 'muted', text: plural(total, 'device') }),
        el('ul', { class: 'reasons' }, rows.map((row) => el('li', { text: `${plural(row.devices, 'device')}${READS_ON.test(row.reason) ? ' ' : ': '}${row.reason}` }))));
    })));
}

// A link that downloads the report as CSV (the columns are in README).
function csvLink(runId) {
  return el('p', { class: 'report-actions' }, el('a', {
    class: 'button', href: `/api/runs/${encodeURIComponent(runId)}/report.csv`, download: '', dataset: { action: 'download-csv' },
    text: 'Download CSV',
  }));
}

/**
 * The report; {@code shortNotes} are the host's short note of each line, in the report's order; fetching:
 * the options of the evidence summary's GET ({ background: true } when no person asked for the report).
 */
export function reportView(report, totals, runId, shortNotes = [], fetching = {}) {
  const lines = report.lines.length === 0
    ? el('p', { class: 'muted', text: 'No lines: nothing is billed for this date.' })
    : linesTable(report, totals, shortNotes);
  const problems = report.problems.length === 0 ? null : el('div', { class: 'problems' },
    el('h3', { class: 'subheading', text: `Problems to act on (${report.problems.length})` }),
    el('ul', { class: 'problem-list' }, report.problems.map((p) => el('li', { dataset: { kind: p.kind } },
      el('span', { class: 'badge badge-warn', text: titleCase(p.kind) }), ' ',
      el('strong', { text: p.subject }), p.units ? el('span', { class: 'muted', text: ` (${plural(p.units, 'unit')})` }) : null,
      el('p', { class: 'problem-message', text: p.message })))));
  const view = el('div', { class: 'report' }, runId && report.lines.length ? csvLink(runId) : null, lines, problems,
    notCountedView(report));
  if (runId) attachEvidence(view, report, runId, fetching);
  return view;
}
