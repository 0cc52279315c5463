// The sign-in page: one password, then back to where the person was going.
import { el, clear } from '../dom.js';
import { ApiError } from '../api.js';

// Where to go after signing in: only a page of this host. "next" is read the way the browser will
// read it, as a URL parsed against this page's origin, and kept only when that origin is unchanged;
// a backslash or a control character is refused outright, since browsers read "/\evil.example" and
// "/<tab>/evil.example" as "//evil.example", another host.
function target() {
  const origin = window.location.origin;
  const next = new URLSearchParams(window.location.search).get('next') || '/';
  if (!next.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(next)) return '/';
  let url;
  try {
    url = new URL(next, origin);
  } catch (e) {
    return '/';
  }
  return url.origin === origin ? url.pathname + url.search + url.hash : '/';
}

async function signIn(password) {
  const response = await fetch('/api/login', {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ password }),
  });
  if (!response.ok) {
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    throw new ApiError(response.status, body);
  }
}

function render() {
  const message = el('p', { class: 'form-error', role: 'alert', id: 'login-error' });
  const password = el('input', { type: 'password', id: 'password', name: 'password', autocomplete: 'current-password', required: true, autofocus: true });
  const button = el('button', { type: 'submit', class: 'button button-primary', id: 'sign-in', text: 'Sign in' });
  const form = el('form', {
    class: 'login-form',
    onsubmit: async (event) => {
      event.preventDefault();
      button.disabled = true;
      message.textContent = '';
      try {
        await signIn(password.value);
        window.location.assign(target());
      } catch (e) {
        message.textContent = e.status === 401 ? 'Wrong password.' : e.message;
        password.select();
      } finally {
        button.disabled = false;
      }
    },
  },
  el('label', { htmlFor: 'password', text: 'Administrator password' }), password, message, button);
  clear(document.body).append(el('div', { class: 'login-page' },
    el('div', { class: 'login-card' },
      el('div', { class: 'brand brand-large' }, el('span', { class: 'brand-mark', text: 'MB' }),
        el('span', { class: 'brand-text' }, el('strong', { text: 'MSP Bridge' }), el('small', { text: 'RMM host' }))),
      el('h1', { text: 'Sign in' }),
      el('p', { class: 'muted', text: 'Use the administrator password printed when the host first started, or the one set in HOST_ADMIN_PASSWORD.' }),
      form)));
}

render();
