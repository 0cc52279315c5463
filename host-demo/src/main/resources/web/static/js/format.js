// Formatting for people: dates, numbers, states.

export function dateTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  // A text the browser cannot read is shown as it came, never as "Invalid Date".
  if (Number.isNaN(date.getTime())) return String(iso);
  return date.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function signed(n) {
  return n > 0 ? '+' + n : String(n);
}

export function money(value) {
  const n = Number(value);
  return Number.isFinite(n) ? n.toFixed(2) : String(value);
}

/**
 * An amount with its currency's code, "+18.00 EUR"; a report line whose currency the billing system
 * did not give says so instead of guessing one.
 */
export function moneyIn(value, currency, sign = false) {
  const text = (sign && Number(value) > 0 ? '+' : '') + money(value);
  return currency ? `${text} ${currency}` : `${text} (currency not known)`;
}

// The period an amount is per, worded as the host's PeriodWords does: a yearly amount is never a monthly
// one, and a line whose report did not say its period (stored before plugin-api 1.4) is "period not known".
const PERIODS = { MONTHLY: 'per month', QUARTERLY: 'per quarter', SEMI_ANNUAL: 'per half-year', YEARLY: 'per year' };
export function perPeriod(period) {
  return PERIODS[period] || '(period not known)';
}

const STATE_LABELS = {
  RUNNING: 'Running',
  COMPLETED: 'Completed',
  COMPLETED_WITH_PROBLEMS: 'Completed with problems',
  CANCELLED: 'Cancelled',
  DEFERRED: 'Deferred',
  FAILED: 'Failed',
  REFUSED: 'Refused',
  INTERRUPTED: 'Interrupted',
};

export function stateLabel(state) {
  return STATE_LABELS[state] || state;
}

/** The badge colour class of a run state or line outcome. */
export function tone(state) {
  switch (state) {
    case 'COMPLETED': case 'APPLIED': case 'SUCCESSFUL': return 'good';
    case 'COMPLETED_WITH_PROBLEMS': case 'DEFERRED': case 'HELD': case 'CANCELLED': case 'WARNING': case 'SKIPPED': return 'warn';
    case 'FAILED': case 'REFUSED': case 'INTERRUPTED': case 'ERROR': return 'bad';
    case 'RUNNING': case 'PLANNED': return 'info';
    default: return 'neutral';
  }
}

export function titleCase(text) {
  return text.charAt(0) + text.slice(1).toLowerCase().replaceAll('_', ' ');
}

const OS_FAMILIES = { WINDOWS: 'Windows', MACOS: 'macOS', LINUX: 'Linux', ANDROID: 'Android', IOS: 'iOS', OTHER: 'Other' };

export function osFamily(family) {
  return OS_FAMILIES[family] || family;
}

/** A count with its noun: "1 device", "3 devices" (the plural is the noun plus "s" unless given). */
export function plural(n, one, many = one + 's') {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}
