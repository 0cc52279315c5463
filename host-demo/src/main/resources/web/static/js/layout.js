// The frame every signed-in page shares: the sidebar, the page header, notices and badges.
import { el, clear } from './dom.js';
import { send, session } from './api.js';
import { stateLabel, tone } from './format.js';
import { mayLeave } from './leaving.js';

const NAV = [
  ['home', '/', 'Dashboard'],
  ['settings', '/settings', 'Settings'],
  ['billing', '/billing', 'Billing'],
  ['runs', '/runs', 'Run history'],
  ['inventory', '/inventory', 'Inventory'],
  ['sandbox', '/sandbox', 'Sandboxes'],
];

/** Renders the sidebar and header; returns the element the page fills. */
export function shell(active, title, subtitle) {
  const user = el('span', { class: 'user-name', text: '' });
  const signOut = el('button', {
    class: 'link-button', type: 'button', text: 'Sign out', dataset: { action: 'sign-out' },
    onclick: async () => {
      // Asked before signing out: once signed out, unsaved edits could not be saved anyway.
      if (!mayLeave()) return;
      try { await send('POST', '/api/logout'); } finally { window.location.assign('/login'); }
    },
  });
  const nav = el('nav', { class: 'sidebar', 'aria-label': 'Main' },
    el('a', { class: 'brand', href: '/' }, el('span', { class: 'brand-mark', text: 'MB' }),
      el('span', { class: 'brand-text' }, el('strong', { text: 'MSP Bridge' }), el('small', { text: 'RMM host' }))),
    el('ul', { class: 'nav-list' }, NAV.map(([id, href, label]) =>
      el('li', {}, el('a', { href, class: id === active ? 'active' : null, 'aria-current': id === active ? 'page' : null, text: label })))),
    el('div', { class: 'sidebar-footer' }, el('span', { class: 'muted', text: 'Signed in as ' }), user, signOut));
  const main = el('main', { class: 'content', id: 'main' });
  const header = el('header', { class: 'page-header' }, el('h1', { text: title }),
    subtitle ? el('p', { class: 'subtitle', text: subtitle }) : null);
  clear(document.body).append(el('div', { class: 'shell' }, nav, el('div', { class: 'content-wrap' }, header, main)));
  session().then((s) => { user.textContent = s.user; }).catch(() => {});
  return main;
}

/** A banner: kind is info, good, warn or bad. */
export function notice(kind, text, ...extra) {
  return el('div', { class: `notice notice-${kind}`, role: kind === 'bad' ? 'alert' : 'status' },
    el('span', { class: 'notice-text', text }), extra);
}

export function badge(state, label) {
  return el('span', { class: `badge badge-${tone(state)}`, dataset: { state }, text: label || stateLabel(state) });
}

export function card(title, ...children) {
  return el('section', { class: 'card' }, title ? el('h2', { class: 'card-title', text: title }) : null, children);
}

/** Shows a failure of a page load in place of its content. */
export function loadFailed(container, error) {
  clear(container).append(notice('bad', error.message || String(error)));
}
