// A small line chart in inline SVG: one line per series, gaps where a value is missing, a legend.
// Drawn with createElementNS; labels are text nodes.
import { el, svg } from './dom.js';

const COLORS = ['#2563eb', '#16a34a', '#d97706', '#9333ea', '#dc2626', '#0891b2', '#4b5563', '#db2777'];

export function lineChart({ labels, series, height = 260, yLabel = 'Units' }) {
  const width = 760;
  const pad = { left: 48, right: 16, top: 16, bottom: 40 };
  const values = series.flatMap((s) => s.values.filter((v) => v !== null && v !== undefined));
  const max = Math.max(1, ...values);
  // Round gridlines: a step of 1, 2 or 5 times a power of ten (whole units at least), about 4 of them.
  const step = niceStep(max / 4);
  const top = step * Math.ceil(max / step);
  const x = (i) => pad.left + (labels.length === 1 ? (width - pad.left - pad.right) / 2
    : (i * (width - pad.left - pad.right)) / (labels.length - 1));
  const y = (v) => pad.top + (height - pad.top - pad.bottom) * (1 - v / top);
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': `${yLabel} per run` });
  for (let v = 0; v <= top; v += step) {
    root.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v), class: 'grid-line' }));
    root.append(svg('text', { x: pad.left - 8, y: y(v) + 4, class: 'axis-label', 'text-anchor': 'end', text: String(Math.round(v)) }));
  }
  labels.forEach((label, i) => {
    root.append(svg('text', { x: x(i), y: height - pad.bottom + 18, class: 'axis-label', 'text-anchor': 'middle', text: label }));
  });
  series.forEach((s, index) => {
    const color = COLORS[index % COLORS.length];
    let segment = [];
    const flush = () => {
      if (segment.length > 1) root.append(svg('polyline', { points: segment.join(' '), fill: 'none', stroke: color, 'stroke-width': 2.5 }));
      segment = [];
    };
    s.values.forEach((v, i) => {
      if (v === null || v === undefined) { flush(); return; }
      segment.push(`${x(i)},${y(v)}`);
      root.append(svg('circle', { cx: x(i), cy: y(v), r: 4, fill: color },
        svg('title', { text: `${s.name}, ${labels[i]}: ${v}` })));
    });
    flush();
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
