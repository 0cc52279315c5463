// Form controls of the settings page. Each takes its current value and reports changes; none
// writes HTML: labels, options and help are text.
import { el } from '../dom.js';

/**
 * A select whose options may arrive later. Shows the current value while loading, keeps a stored
 * value the options no longer offer (marked), and offers "Retry" when loading failed.
 */
export function selectControl({ value, options, load, onChange, dataset, id, label, onError }) {
  const select = el('select', { id, dataset, 'aria-label': label });
  const fill = (list) => {
    const chosen = select.value || value;
    select.replaceChildren(el('option', { value: '', text: '— Choose —' }));
    for (const option of list) {
      select.append(el('option', { value: option.id, text: option.label, title: option.description || null }));
    }
    if (chosen && !list.some((o) => o.id === chosen)) {
      select.append(el('option', { value: chosen, text: `${chosen} (no longer offered)`, class: 'stale-option' }));
    }
    select.value = chosen || '';
    select.disabled = false;
    select.dataset.loaded = 'true';
  };
  select.addEventListener('change', () => onChange(select.value));
  if (options && options.length) {
    fill(options);
  } else if (load) {
    select.append(el('option', { value: value || '', text: value ? `${value} (loading…)` : 'Loading…' }));
    select.disabled = true;
    load().then(fill).catch((error) => {
      select.replaceChildren(el('option', { value: value || '', text: value || '— unavailable —' }));
      select.disabled = true;
      if (onError) onError(error);
    });
  } else {
    fill([]);
  }
  return select;
}

export function toggleControl({ checked, onChange, dataset, id, label }) {
  const input = el('input', { type: 'checkbox', role: 'switch', id, dataset, checked, 'aria-label': label,
    onchange: () => onChange(input.checked ? 'true' : 'false') });
  return el('label', { class: 'switch' }, input, el('span', { class: 'slider', 'aria-hidden': 'true' }));
}

export function messageList(messages) {
  if (!messages || messages.length === 0) return null;
  return el('ul', { class: 'messages' }, messages.map((m) =>
    el('li', { class: `message message-${m.severity.toLowerCase()}`, dataset: { severity: m.severity } },
      el('span', { class: 'message-icon', 'aria-hidden': 'true', text: m.severity === 'ERROR' ? '!' : 'i' }),
      el('span', { class: 'message-text', text: m.text }))));
}
