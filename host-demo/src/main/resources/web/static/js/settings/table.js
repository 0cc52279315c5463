// A mapping table: rows from the plugin (static or from a live source), select or toggle cells,
// columns shown by conditions, rows restricted to some columns (their cells span the table), and
// suggestions shown as such until saved. Hidden cells keep their values in the editor's state.
import { el } from '../dom.js';
import { allHold } from './conditions.js';
import { selectControl, toggleControl, messageList } from './controls.js';

export function mappingTable(editor, field) {
  const visible = field.columns.filter((c) => allHold(c.visibleWhen, editor.lookup));
  const head = el('thead', {}, el('tr', {},
    el('th', { scope: 'col', text: field.rowHeader || '' }),
    visible.map((c) => el('th', { scope: 'col', title: c.help || null, dataset: { column: c.id }, text: c.label }))));
  const body = el('tbody', {});
  const table = el('table', { class: 'mapping-table', dataset: { field: field.key } }, head, body);
  const notShown = el('div', { class: 'rows-not-shown', dataset: { field: field.key } });

  const fill = (rows) => {
    body.replaceChildren();
    // A stored row this panel does not show now is kept as it is; what the plugin says about it
    // must still reach the person, or a refused save would show nothing to fix.
    const ids = new Set(rows.map((r) => r.id));
    const elsewhere = editor.messages.filter((m) => m.field === field.key && m.row && !ids.has(m.row));
    notShown.replaceChildren(...(elsewhere.length ? [
      el('p', { class: 'muted small', text: 'About stored rows this table does not show now (they are kept as they are):' }),
      messageList(elsewhere)] : []));
    if (rows.length === 0) {
      body.append(el('tr', {}, el('td', { colSpan: visible.length + 1, class: 'muted', text: 'Nothing to map yet.' })));
    }
    for (const row of rows) {
      editor.applySuggestions(field, row);
      appendRow(body, editor, field, row, visible);
    }
  };
  if (field.rowSource) {
    body.append(el('tr', {}, el('td', { colSpan: visible.length + 1, class: 'muted', text: 'Loading rows…' })));
    editor.rows(field).then((rows) => {
      editor.knownRows.set(field.key, rows.map((r) => r.id));
      editor.liveRows.set(field.key, rows);
      fill(rows);
    }).catch((error) => {
      body.replaceChildren(el('tr', {}, el('td', { colSpan: visible.length + 1 },
        el('div', { class: 'field-error', role: 'alert', text: `Rows could not be loaded: ${error.message}` }))));
    });
  } else {
    fill(field.rows);
  }
  return el('div', {}, notShown, el('div', { class: 'table-scroll' }, table));
}

/** The cells a row shows: its own columns if it restricts itself, else the visible ones. */
function cellsOf(row, field, visible) {
  if (row.columns.length === 0) return visible.map((c) => ({ column: c, span: 1 }));
  const own = field.columns.filter((c) => row.columns.includes(c.id));
  return own.map((column, i) => ({
    column,
    span: i === own.length - 1 ? Math.max(1, visible.length - (own.length - 1)) : 1,
  }));
}

function appendRow(body, editor, field, row, visible) {
  const tr = el('tr', { dataset: { row: row.id }, class: row.columns.length ? 'restricted-row' : null },
    el('th', { scope: 'row', class: 'row-label' },
      el('span', { text: row.label }),
      row.description ? el('span', { class: 'row-description', text: row.description }) : null));
  for (const { column, span } of cellsOf(row, field, visible)) {
    if ((row.notApplicable || []).includes(column.id)) {
      // A cell that can never have usage: no control, no value sent, nothing to warn about.
      tr.append(el('td', { colSpan: span, class: 'not-applicable', dataset: { row: row.id, column: column.id, notApplicable: 'true' },
        title: `${row.label} never runs on ${column.label.toLowerCase()}`, text: 'Not applicable' }));
      continue;
    }
    tr.append(cell(editor, field, row, column, span, () => {
      // A change may alter the options of another cell of the row: redraw the row.
      const fresh = document.createDocumentFragment();
      const next = tr.nextSibling;
      if (next && next.classList && next.classList.contains('row-messages')) next.remove();
      appendRow(fresh, editor, field, row, visible);
      tr.replaceWith(fresh);
    }));
  }
  body.append(tr);
  const rowMessages = editor.messagesFor(field.key, row.id, '');
  if (rowMessages.length) {
    body.append(el('tr', { class: 'row-messages' }, el('td', { colSpan: visible.length + 1 }, messageList(rowMessages))));
  }
}

function cell(editor, field, row, column, span, redrawRow) {
  const value = editor.cell(field.key, row.id, column.id);
  const suggested = editor.isSuggested(field.key, row.id, column.id);
  const dataset = { field: field.key, row: row.id, column: column.id };
  const label = `${row.label}: ${column.label}`;
  const dependants = field.columns.filter((c) => c.source && c.source.parameters.includes(column.id));
  const onChange = (newValue) => {
    const changed = newValue !== editor.cell(field.key, row.id, column.id);
    editor.setCell(field.key, row.id, column.id, newValue);
    // A choice made among the options another cell gave (the contracts of the company chosen before) is
    // no choice for the new value: it is cleared, to be chosen again, never kept as "no longer offered".
    if (changed) dependants.forEach((d) => { if (editor.cell(field.key, row.id, d.id)) editor.setCell(field.key, row.id, d.id, ''); });
    td.classList.remove('suggested');
    const tag = td.querySelector('.suggestion-tag');
    if (tag) tag.remove();
    if (dependants.length) redrawRow();
  };
  let control;
  if (column.kind === 'TOGGLE') {
    control = toggleControl({ checked: value === 'true', onChange, dataset, label });
  } else {
    const params = {};
    if (column.source) column.source.parameters.forEach((p) => { params[p] = editor.cell(field.key, row.id, p); });
    control = selectControl({
      value, options: column.options, dataset, label, onChange,
      load: column.source ? () => editor.options.load(field.key, column.id, params) : null,
      onError: (error) => td.append(el('div', { class: 'field-error', role: 'alert', text: error.message })),
    });
  }
  const td = el('td', { colSpan: span, dataset: { row: row.id, column: column.id }, class: suggested ? 'suggested' : null },
    control,
    suggested ? el('span', { class: 'suggestion-tag', title: 'Suggested by the plugin: saving accepts it', text: 'Suggested' }) : null,
    messageList(editor.messagesFor(field.key, row.id, column.id)));
  const severities = editor.messagesFor(field.key, row.id, column.id).map((m) => m.severity);
  if (severities.includes('ERROR')) td.classList.add('has-error');
  else if (severities.includes('WARNING')) td.classList.add('has-warning');
  return td;
}
