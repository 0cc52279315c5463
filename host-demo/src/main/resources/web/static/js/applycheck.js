// What Apply is about to do, as the latest preview of the same date saw it, for Apply's confirmation: a
// person sees the changes and the problems before the click that changes the billing system. A mapping
// moved to another service leaves its old units billed unless "Zero stale units" is on; said here, it is
// not learnt from the next invoice.
import { get } from './api.js';
import { plural } from './format.js';
import { clockTime } from './continuation.js';

/** Runs that end without a report: refused before they began, or cut off by a stop of the host. */
const NO_REPORT = ['REFUSED', 'INTERRUPTED'];

/** The plugin's latest finished preview for the date, with its report; null when there is none. */
export async function latestPreview(pluginId, effectiveDate) {
  // The history lists runs without their reports; the one found is read whole.
  const { runs } = await get('/api/runs?limit=50');
  const found = runs.find((r) => r.pluginId === pluginId && r.mode === 'PREVIEW' && r.finished
    && !NO_REPORT.includes(r.state) && r.effectiveDate === effectiveDate);
  if (!found) return null;
  const { run } = await get(`/api/runs/${encodeURIComponent(found.runId)}`);
  return run.report ? run : null;
}

/** The sentences the confirmation shows about that preview (or its absence). */
export function previewSummary(run, effectiveDate) {
  if (!run) {
    return [`No preview for ${effectiveDate} yet: Preview shows what Apply would change, and changes nothing.`];
  }
  const problems = run.report.problems;
  const found = problems.length ? `found ${plural(problems.length, 'problem')} to act on` : 'found no problem';
  const sentences = [`The latest preview for ${effectiveDate} (${run.runId}, ${clockTime(run.finishedAt)}) planned `
    + `${plural(run.changes, 'change')} and ${found}.`];
  const stale = problems.filter((p) => p.kind === 'STALE_MAPPING');
  if (stale.length) {
    const units = stale.reduce((sum, p) => sum + (p.units || 0), 0);
    sentences.push(`${plural(stale.length, 'stale mapping')}: ${plural(units, 'unit')} stay billed on services no `
      + 'longer mapped, besides what Apply adds. Switch on "Zero stale units" (Billing options) to bring them to '
      + 'zero, or map them back.');
  }
  return sentences;
}
