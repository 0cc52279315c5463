// Form controls of the settings page. Each takes its current value and reports changes; none
// writes HTML: labels, options and help are text.
import { el } from '../dom.js';

/** From this many options on, a select gets a search box: long service lists cannot be scrolled through. */
export const SEARCH_FROM = 15;
/** Longer option texts are repeated in full under the select (about what a table cell's select shows). */
const DETAIL_FROM = 24;

/** Whether every word typed appears in the option's label or description, ignoring case. */
function matches(option, query) {
  const text = `${option.label} ${option.description || ''}`.toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((word) => text.includes(word));
}

/**
 * A select whose options may arrive later. Shows the current value while loading, keeps a stored
 * value the options no longer offer (marked), and offers "Retry" when loading failed. A long list
 * gets a search box (every word typed must match; Enter takes the first match), and the chosen
 * option's full text (name, price and period) is shown under it, since a narrow select cuts it off.
 * Returns the control; the select itself carries the id and dataset.
 */
export function selectControl({ value, options, load, onChange, dataset, id, label, onError }) {
  const select = el('select', { id, dataset, 'aria-label': label });
  const detail = el('div', { class: 'choice-detail' });
  const search = el('input', { type: 'search', class: 'option-search', hidden: true, autocomplete: 'off',
    placeholder: 'Type to search…', 'aria-label': `Search the options of ${label}` });
  let all = [];
  let current = value || '';
  const describe = () => {
    const chosen = all.find((o) => o.id === current);
    const text = chosen ? [chosen.label, chosen.description].filter(Boolean).join(' — ') : '';
    // Only a text the select may cut off is repeated in full; a short name would just be said twice.
    detail.textContent = text.length > DETAIL_FROM ? text : '';
  };
  const render = (query) => {
    // The chosen option stays in the list whatever is typed, so filtering never changes the value.
    const chosen = current;
    const shown = query ? all.filter((o) => o.id === chosen || matches(o, query)) : all;
    const matched = query ? all.filter((o) => matches(o, query)).length : all.length;
    select.replaceChildren(el('option', { value: '',
      text: query ? `— ${matched} of ${all.length} match —` : '— Choose —' }));
    for (const option of shown) {
      select.append(el('option', { value: option.id, text: option.label,
        title: [option.label, option.description].filter(Boolean).join(' — ') }));
    }
    if (chosen && !all.some((o) => o.id === chosen)) {
      select.append(el('option', { value: chosen, text: `${chosen} (no longer offered)`, class: 'stale-option' }));
    }
    select.value = chosen || '';
  };
  const fill = (list) => {
    all = list;
    search.hidden = list.length < SEARCH_FROM;
    render(search.value.trim());
    select.disabled = false;
    select.dataset.loaded = 'true';
    describe();
  };
  select.addEventListener('change', () => { current = select.value; describe(); onChange(current); });
  search.addEventListener('input', () => render(search.value.trim()));
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = all.find((o) => matches(o, search.value.trim()));
    if (first && first.id !== current) {
      select.value = first.id;
      select.dispatchEvent(new Event('change'));
    }
  });
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
  return el('div', { class: 'select-control' }, search, select, detail);
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
