// Keeping an open page true to the host (the Billing page, a run's own page): runs start without the page
// (the host's continuation of a deferred run, the daily schedule, `bill` from the command line beside a
// serving host, another tab), and continuations end without it (cancelled in another tab, superseded,
// started). The page asks the host every few seconds while it is visible and follows what it finds. These
// checks are sent as background ones (api.js), so a page left open still signs out after the idle time.
import { el, clear } from './dom.js';
import { get, send } from './api.js';
import { clockTime } from './continuation.js';

/** How often a run under way is asked for its progress. */
const PROGRESS_MS = 500;

/** How often an idle page asks: often enough that a person never waits long, rarely enough to cost nothing. */
export const WATCH_MS = 4000;

/** Where a run came from, as a sentence, for a run this page did not start. */
export function runOrigin(run) {
  const at = clockTime(run.startedAt);
  switch (run.trigger) {
    case 'CONTINUATION': return `Started by the host at ${at}: the ${run.startedBy}, now that the hourly API budget allows the rest.`;
    case 'SCHEDULE': return `Started by the daily schedule at ${at}.`;
    case 'COMMAND_LINE': return `Started from the command line by ${run.startedBy} at ${at}.`;
    case 'PAGE': return `Started on the billing page by ${run.startedBy} at ${at}.`;
    default: return `Started by ${run.triggerDescription} at ${at}.`;
  }
}

/**
 * Calls {@code check} every {@code everyMs} while the tab is visible, one call at a time (the next is
 * timed from the end of the last); a hidden tab asks nothing, and one shown again asks at once. A failed
 * check (the host restarting, a network blip) is simply asked again next time. Returns a function that
 * ends the watch, for a page that has nothing left to wait for (a check may call it).
 */
export function watchWhileVisible(check, everyMs = WATCH_MS) {
  let timer = null;
  let checking = false;
  let stopped = false;
  const visible = () => document.visibilityState !== 'hidden';
  const later = () => {
    clearTimeout(timer);
    timer = visible() && !stopped ? setTimeout(now, everyMs) : null;
  };
  const now = async () => {
    timer = null;
    if (checking) return;
    checking = true;
    try {
      await check();
    } catch (e) {
      // Asked again at the next turn; a 401 has already sent the browser to the sign-in page.
    } finally {
      checking = false;
      later();
    }
  };
  const shownOrHidden = () => {
    if (visible()) {
      if (!checking) now();
    } else {
      clearTimeout(timer);
      timer = null;
    }
  };
  document.addEventListener('visibilitychange', shownOrHidden);
  later();
  return () => {
    stopped = true;
    clearTimeout(timer);
    timer = null;
    document.removeEventListener('visibilitychange', shownOrHidden);
  };
}

/**
 * Shows a run's progress in {@code progress}, with its Cancel button, until the run ends; resolves to the
 * ended run, with its report. {@code origin}, if any, is shown under the title; {@code failed} is told
 * when a cancel is refused.
 */
export async function followProgress(progress, run, origin, failed) {
  const bar = el('div', { class: 'bar-fill' });
  const step = el('span', { class: 'progress-step' });
  const count = el('span', { class: 'progress-count muted' });
  const cancel = el('button', { type: 'button', class: 'button button-small button-danger', dataset: { action: 'cancel' }, text: 'Cancel',
    onclick: async () => {
      cancel.disabled = true;
      try { await send('POST', `/api/runs/${encodeURIComponent(run.runId)}/cancel`); } catch (e) { failed(e); }
    } });
  clear(progress,
    el('div', { class: 'progress-head' }, el('div', {}, el('strong', { text: `${run.mode === 'APPLY' ? 'Applying' : 'Previewing'} (${run.runId})` }),
      origin ? el('p', { class: 'run-origin muted', dataset: { role: 'run-origin' }, text: origin }) : null), cancel),
    el('div', { class: 'bar', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100' }, bar),
    el('div', { class: 'progress-text' }, step, count));
  progress.hidden = false;
  try {
    let current = run;
    while (!current.finished) {
      const p = current.progress;
      const percent = p.total ? Math.round((100 * p.done) / p.total) : 0;
      bar.style.width = `${percent}%`; // CSSOM, which the page's style policy allows
      bar.parentElement.setAttribute('aria-valuenow', String(percent));
      step.textContent = current.cancelRequested ? 'Stopping…' : (p.step || 'Starting…');
      count.textContent = p.total ? ` ${p.done} of ${p.total}` : '';
      await new Promise((resolve) => setTimeout(resolve, PROGRESS_MS));
      // A run this page did not start is watched, not asked for: the session's idle time keeps running.
      current = (await get(`/api/runs/${encodeURIComponent(run.runId)}`, { background: Boolean(origin) })).run;
    }
    return current;
  } finally {
    progress.hidden = true;
  }
}
