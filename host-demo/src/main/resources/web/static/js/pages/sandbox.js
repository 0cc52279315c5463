// The demo sandboxes: each sandbox Autotask contract with its services and units in force, and the
// contract service adjustments it received, so a person can see what billing did.
import { el } from '../dom.js';
import { get } from '../api.js';
import { shell, card, badge, notice, loadFailed } from '../layout.js';
import { money, signed, dateTime } from '../format.js';

const main = shell('sandbox', 'Sandboxes',
  'The in-process Autotask and Kaspersky Security Center stand-ins this demo host bills against.');

function services(contract) {
  if (contract.services.length === 0) return el('p', { class: 'muted', text: 'No services on this contract yet.' });
  return el('table', { class: 'data-table' },
    el('thead', {}, el('tr', {}, ['Service', 'Unit price', 'Units in force'].map((h, i) =>
      el('th', { scope: 'col', class: i > 0 ? 'num' : null, text: h })))),
    el('tbody', {}, contract.services.map((s) => el('tr', { dataset: { service: String(s.serviceId) } },
      el('td', { text: s.serviceName }),
      el('td', { class: 'num', text: money(s.unitPrice) }),
      el('td', { class: 'num', text: String(s.units) })))));
}

function adjustments(contract) {
  if (contract.adjustments.length === 0) return el('p', { class: 'muted', text: 'No adjustments received.' });
  return el('table', { class: 'data-table' },
    el('thead', {}, el('tr', {}, ['Adjustment id', 'Service', 'Effective', 'Unit change', 'Unit price', 'Received'].map((h, i) =>
      el('th', { scope: 'col', class: i === 3 || i === 4 ? 'num' : null, text: h })))),
    el('tbody', {}, contract.adjustments.map((a) => el('tr', { dataset: { adjustment: String(a.itemId) } },
      el('td', { text: String(a.itemId) }),
      el('td', { text: a.serviceName }),
      el('td', { text: a.effectiveDate }),
      el('td', { class: 'num', text: signed(a.unitChange) }),
      el('td', { class: 'num', text: a.adjustedUnitPrice == null ? '' : money(a.adjustedUnitPrice) }),
      el('td', { text: dateTime(a.receivedAt) })))));
}

async function load() {
  let view;
  try {
    view = await get('/api/sandbox');
  } catch (e) {
    if (e.status !== 404) throw e;
    main.append(notice('info', 'The sandboxes are not running in this host (it was started with --no-sandboxes).'));
    return;
  }
  const total = view.contracts.reduce((n, c) => n + c.adjustments.length, 0);
  main.append(notice('info', `Units in force on ${view.date}. ${total} adjustment(s) received in all.`));
  for (const contract of view.contracts) {
    main.append(card(`${contract.companyName} · ${contract.contractName}`,
      el('p', { class: 'muted' }, `${contract.contractType}, ${contract.startDate} to ${contract.endDate} `,
        badge(contract.status === 'Active' ? 'COMPLETED' : 'FAILED', contract.status)),
      services(contract),
      el('h3', { class: 'card-subtitle', text: 'Adjustments received' }),
      adjustments(contract)));
  }
}

load().catch((e) => loadFailed(main, e));
