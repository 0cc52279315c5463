// The host's JSON API, with the session's CSRF token on every state-changing call. A 401 sends
// the browser to the sign-in page; any other failure is an ApiError carrying the host's message.

/** The host's messages are clauses ("the schedule time must be HH:MM"); on a page they start a sentence. */
function sentence(text) {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

export class ApiError extends Error {
  constructor(status, body) {
    super(sentence(body && body.message) || `The host answered ${status}.`);
    this.status = status;
    this.code = body ? body.error : undefined;
    this.body = body;
  }
}

let sessionPromise = null;

/** The signed-in session: user, csrfToken, today. Fetched once per page. */
export function session() {
  if (!sessionPromise) sessionPromise = call('GET', '/api/session');
  return sessionPromise;
}

/**
 * GET. With { background: true } for a check the page makes on its own (no person asked): the host then
 * leaves the session's idle time running, so an unattended page still signs out.
 */
export function get(path, { background = false } = {}) {
  return call('GET', path, undefined, undefined, background);
}

export async function send(method, path, body) {
  const { csrfToken } = await session();
  return call(method, path, body, csrfToken);
}

async function call(method, path, body, csrfToken, background = false) {
  const headers = { Accept: 'application/json' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (background) headers['X-Background-Check'] = '1';
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, { error: 'network', message: 'The host could not be reached. Is it still running?' });
  }
  if (response.status === 401 && path !== '/api/login') {
    window.location.assign('/login?next=' + encodeURIComponent(window.location.pathname + window.location.hash));
    throw new ApiError(401, { error: 'unauthenticated', message: 'Signed out.' });
  }
  if (response.status === 204) return null;
  let data = null;
  try {
    data = await response.json();
  } catch (e) {
    data = null;
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** Query string from an object, skipping undefined values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null) search.append(key, value);
  }
  const text = search.toString();
  return text ? '?' + text : '';
}
