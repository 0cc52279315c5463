// The device inventory: customers, their devices and security applications, and per-user seats.
import { el, clear } from '../dom.js';
import { get } from '../api.js';
import { shell, card, badge, loadFailed } from '../layout.js';
import { titleCase, osFamily } from '../format.js';

const main = shell('inventory', 'Inventory', 'The devices this RMM manages; plugins read it for usage without an API of its own.');

function applications(summary) {
  const entries = Object.entries(summary.applications);
  if (entries.length === 0) return el('span', { class: 'muted', text: 'none' });
  return el('ul', { class: 'compact-list' }, entries.map(([product, licences]) => el('li', {},
    el('span', { text: product }), ' ',
    Object.entries(licences).map(([licence, count]) => el('span', { class: `chip ${licence === 'TRIAL' || licence === 'EXPIRED' ? 'chip-warn' : 'chip-muted'}`,
      text: `${count} ${titleCase(licence)}` })))));
}

async function devicesOf(customerId, holder) {
  clear(holder).append(el('p', { class: 'muted', text: 'Loading devices…' }));
  const answer = await get(`/api/inventory/${encodeURIComponent(customerId)}`);
  clear(holder,
    answer.seats.length ? el('p', {}, el('strong', { text: 'Per-user seats: ' }),
      answer.seats.map((s) => el('span', { class: 'chip', text: `${s.productName}: ${s.users} users (${titleCase(s.licence)})` }))) : null,
    el('table', { class: 'data-table' },
      el('thead', {}, el('tr', {}, ['Device', 'Type', 'Operating system', 'Security applications'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, answer.devices.map((d) => el('tr', {},
        el('td', { text: d.name }),
        el('td', { text: titleCase(d.type) }),
        el('td', { text: `${d.osName} (${osFamily(d.osFamily)})` }),
        el('td', {}, d.applications.length === 0 ? badge('FAILED', 'Unprotected')
          : d.applications.map((a) => el('div', {}, el('span', { text: `${a.productName} ${a.version}` }), ' ',
            badge(a.licence === 'COMMERCIAL' || a.licence === 'SUBSCRIPTION' ? 'COMPLETED' : 'DEFERRED', titleCase(a.licence))))))))));
}

async function load() {
  const { customers } = await get('/api/inventory');
  const table = el('table', { class: 'data-table inventory-table' },
    el('thead', {}, el('tr', {}, ['Customer', 'Devices', 'Windows workstations', 'Windows servers', 'Other', 'Security applications', 'Seats', '']
      .map((h, i) => el('th', { scope: 'col', class: i >= 1 && i <= 4 ? 'num' : null, text: h })))));
  const body = el('tbody', {});
  for (const c of customers) {
    const detail = el('tr', { class: 'detail-row', hidden: true }, el('td', { colSpan: 8 }));
    const toggle = el('button', { type: 'button', class: 'button button-small button-secondary', text: 'Devices',
      onclick: () => {
        detail.hidden = !detail.hidden;
        if (!detail.hidden) devicesOf(c.id, detail.firstChild).catch((e) => clear(detail.firstChild).append(e.message));
      } });
    body.append(el('tr', { dataset: { customer: c.id } },
      el('td', {}, el('strong', { text: c.name }), c.unprotected ? el('div', { class: 'small bad-text', text: `${c.unprotected} unprotected` }) : null),
      el('td', { class: 'num', text: String(c.devices) }),
      el('td', { class: 'num', text: String(c.windowsWorkstations) }),
      el('td', { class: 'num', text: String(c.windowsServers) }),
      el('td', { class: 'num', text: String(c.otherDevices) }),
      el('td', {}, applications(c)),
      el('td', {}, c.seats.length ? el('ul', { class: 'compact-list' }, c.seats.map((s) => el('li', { text: `${s.productName}: ${s.users}` })))
        : el('span', { class: 'muted', text: '—' })),
      el('td', {}, toggle)), detail);
  }
  table.append(body);
  main.append(card(null, el('div', { class: 'table-scroll' }, table)));
}

load().catch((e) => loadFailed(main, e));
