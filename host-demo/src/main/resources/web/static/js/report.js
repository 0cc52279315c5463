// A billing report: its lines and the problems a person must act on.
import { el } from './dom.js';
import { badge } from './layout.js';
import { money, signed, titleCase } from './format.js';

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

export function reportView(report) {
  const lines = report.lines.length === 0
    ? el('p', { class: 'muted', text: 'No lines: nothing is billed for this date.' })
    : el('div', { class: 'table-scroll' }, el('table', { class: 'data-table report-lines' },
      el('thead', {}, el('tr', {}, ['Customer', 'Company', 'Contract', 'Service', 'Category', 'In force', 'Wanted', 'Change',
        'Unit price', 'Outcome', 'Note'].map((h, i) => el('th', { scope: 'col', class: i >= 5 && i <= 8 ? 'num' : null, text: h })))),
      el('tbody', {}, report.lines.map((line) => el('tr', { dataset: { outcome: line.outcome } },
        customerCell(line),
        el('td', { text: name(line.company) }),
        el('td', { text: name(line.contract) }),
        el('td', {}, el('span', { text: name(line.service) }),
          line.applications.length ? el('span', { class: 'row-description', text: line.applications.join(', ') }) : null),
        el('td', { text: line.category }),
        el('td', { class: 'num', text: String(line.unitsInForce) }),
        el('td', { class: 'num', text: String(line.unitsWanted) }),
        el('td', { class: `num change ${line.unitChange > 0 ? 'up' : line.unitChange < 0 ? 'down' : ''}`, text: signed(line.unitChange) }),
        el('td', { class: 'num', text: money(line.unitPrice) }),
        el('td', {}, badge(line.outcome, titleCase(line.outcome))),
        el('td', { class: line.message ? 'small' : 'small ref', text: line.message || line.reference }))))));
  const problems = report.problems.length === 0 ? null : el('div', { class: 'problems' },
    el('h3', { class: 'subheading', text: `Problems to act on (${report.problems.length})` }),
    el('ul', { class: 'problem-list' }, report.problems.map((p) => el('li', { dataset: { kind: p.kind } },
      el('span', { class: 'badge badge-warn', text: titleCase(p.kind) }), ' ',
      el('strong', { text: p.subject }), p.units ? el('span', { class: 'muted', text: ` (${p.units} units)` }) : null,
      el('p', { class: 'problem-message', text: p.message })))));
  return el('div', { class: 'report' }, lines, problems);
}
