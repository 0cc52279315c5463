// The demo sandboxes: each sandbox Autotask contract with its services and units in force, and the
// contract service adjustments it received, so a person can see what billing did; and the KSC side
// it counts from: virtual servers with their hosts and keys.
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

// The contract's state as billing sees it: an active contract whose end date has passed is ended,
// as `sandbox show` says, and billing no longer adjusts it.
function contractState(contract) {
  if (contract.ended) return badge('DEFERRED', 'Ended');
  return badge(contract.status === 'Active' ? 'COMPLETED' : 'FAILED', contract.status);
}

// The Kaspersky side: each virtual server (a customer) with its hosts, and each key with the hosts using it.
function virtualServers(view) {
  const servers = view.virtualServers || [];
  if (servers.length === 0) return null;
  return card('Kaspersky Security Center sandbox: virtual servers and keys',
    el('p', { class: 'muted', text: 'Each virtual server is a customer; billing counts its hosts by the key they use.' }),
    el('div', { class: 'table-scroll' }, el('table', { class: 'data-table ksc-table' },
      el('thead', {}, el('tr', {}, ['Virtual server', 'Hosts', 'Key', 'Type', 'Hosts on key', 'Licences', 'Expires', 'Product']
        .map((h, i) => el('th', { scope: 'col', class: [1, 4, 5].includes(i) ? 'num' : null, text: h })))),
      el('tbody', {}, servers.flatMap((vs) => (vs.keys.length ? vs.keys : [null]).map((key, i) =>
        el('tr', { dataset: { virtualServer: String(vs.id), serial: key ? key.serial : '' } },
          el('td', {}, i === 0 ? [el('strong', { text: vs.name }), vs.enabled ? null : el('span', { class: 'muted', text: ' (disabled)' })] : null),
          el('td', { class: 'num', text: i === 0 ? String(vs.hosts) : '' }),
          el('td', { text: key ? key.serial : 'no keys' }),
          el('td', { text: key ? key.type + (key.reportedOnly ? ' (not added to the server)' : '') : '' }),
          el('td', { class: 'num', text: key ? String(key.hosts) : '' }),
          el('td', { class: 'num', text: key ? String(key.licenseCount) : '' }),
          el('td', { text: key && key.limitDate ? key.limitDate.slice(0, 10) : '' }),
          el('td', { text: key ? key.productName : '' }))))))));
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
  main.append(notice('info', `Autotask: units in force on ${view.date}. ${total} adjustment(s) received in all.`));
  for (const contract of view.contracts) {
    main.append(card(`${contract.companyName} · ${contract.contractName}`,
      el('p', { class: 'muted' }, `${contract.contractType}, ${contract.startDate} to ${contract.endDate} `,
        contractState(contract)),
      services(contract),
      el('h3', { class: 'card-subtitle', text: 'Adjustments received' }),
      adjustments(contract)));
  }
  const ksc = virtualServers(view);
  if (ksc) main.append(ksc);
}

load().catch((e) => loadFailed(main, e));
