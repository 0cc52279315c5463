// A small step chart in inline SVG: units per series over dates, one line per series, a legend.
// Drawn with createElementNS; labels are text nodes.
import { el, svg } from './dom.js';

const COLORS = ['#2563eb', '#16a34a', '#d97706', '#9333ea', '#dc2626', '#0891b2', '#4b5563', '#db2777'];
const DAY = 24 * 60 * 60 * 1000;

/**
 * Units in force over time: the horizontal axis is the date (spaced by time, not by point), and a
 * line keeps its value from one date until the next that changes it (a step), as billed units do.
 * A null value means the series had no units yet. The drawn data stay on the SVG (data-dates, and
 * data-service / data-values on each line) for whoever checks what the chart shows.
 */
export function stepChart({ dates, series, height = 260, yLabel = 'Units' }) {
  const width = 760;
  const pad = { left: 48, right: 24, top: 16, bottom: 40 };
  const values = series.flatMap((s) => s.values.filter((v) => v !== null && v !== undefined));
  const max = Math.max(1, ...values);
  // Round gridlines: a step of 1, 2 or 5 times a power of ten (whole units at least), about 4 of them.
  const step = niceStep(max / 4);
  const top = step * Math.ceil(max / step);
  const times = dates.map((d) => Date.parse(`${d}T00:00:00Z`));
  const first = times[0];
  const span = Math.max(DAY, times[times.length - 1] - first);
  const x = (i) => (dates.length === 1 ? (pad.left + width - pad.right) / 2
    : pad.left + ((times[i] - first) * (width - pad.left - pad.right)) / span);
  const y = (v) => pad.top + (height - pad.top - pad.bottom) * (1 - v / top);
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': `${yLabel} in force by effective date`,
    'data-dates': dates.join(' '),
  });
  for (let v = 0; v <= top; v += step) {
    root.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v), class: 'grid-line' }));
    root.append(svg('text', { x: pad.left - 8, y: y(v) + 4, class: 'axis-label', 'text-anchor': 'end', text: String(Math.round(v)) }));
  }
  dates.forEach((date, i) => {
    root.append(svg('text', { x: x(i), y: height - pad.bottom + 18, class: 'axis-label', 'text-anchor': 'middle', text: date }));
  });
  series.forEach((s, index) => {
    const color = COLORS[index % COLORS.length];
    const points = [];
    s.values.forEach((v, i) => {
      if (v === null || v === undefined) return;
      // Level from the date before (the value held until this date), then up or down to this one.
      if (points.length) points.push(`${x(i)},${y(s.values[i - 1])}`);
      points.push(`${x(i)},${y(v)}`);
      root.append(svg('circle', { cx: x(i), cy: y(v), r: 3.5, fill: color },
        svg('title', { text: `${s.name}: ${v} in force from ${dates[i]}` })));
    });
    // The units stay in force after the last date: the line carries on to the chart's edge.
    const last = s.values[s.values.length - 1];
    if (points.length && last !== null && last !== undefined) points.push(`${width - pad.right},${y(last)}`);
    root.append(svg('polyline', {
      points: points.join(' '), fill: 'none', stroke: color, 'stroke-width': 2.5,
      'data-service': s.name, 'data-values': s.values.map((v) => (v === null || v === undefined ? '-' : v)).join(' '),
    }));
  });
  // Swatches are small SVGs: the page's policy forbids inline styles.
  const legend = el('ul', { class: 'legend' }, series.map((s, index) => el('li', {},
    swatchIcon(COLORS[index % COLORS.length]), el('span', { text: s.name }))));
  return el('figure', { class: 'chart-figure' }, root, legend);
}

function swatchIcon(color) {
  return svg('svg', { width: 12, height: 12, class: 'swatch-icon', 'aria-hidden': 'true' }, svg('rect', { width: 12, height: 12, rx: 3, fill: color }));
}

function niceStep(raw) {
  if (raw <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const multiple of [1, 2, 5]) {
    if (multiple * power >= raw) return multiple * power;
  }
  return 10 * power;
}
