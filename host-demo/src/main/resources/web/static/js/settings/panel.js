// One panel of a plugin: its fields drawn from the definition, the person's unsaved values,
// "Save changes" (the host validates through the plugin and stores a new version) and actions.
import { el, clear } from '../dom.js';
import { send } from '../api.js';
import { notice } from '../layout.js';
import { allHold, conditionKeys } from './conditions.js';
import { OptionsCache } from './options.js';
import { selectControl, toggleControl, messageList } from './controls.js';
import { mappingTable } from './table.js';

export class PanelEditor {
  /** plugin: the shared state of the plugin's panels ({pluginId, version, values, tables, secrets}). */
  constructor(plugin, panel) {
    this.plugin = plugin;
    this.panel = panel;
    this.options = new OptionsCache(plugin.pluginId, panel.id);
    this.redrawKeys = conditionKeys(panel);
    this.rowPromises = new Map();
    this.knownRows = new Map();
    this.liveRows = new Map();
    this.suggested = new Set();
    // Table cells the person changed since they were last saved: table, row and column.
    this.editedCells = new Map();
    this.messages = [];
    this.reset();
    this.lookup = (key) => (key in this.values ? this.values[key] : this.plugin.values[key]);
    this.root = el('div', { class: 'panel', dataset: { panel: panel.id, plugin: plugin.pluginId } });
    this.body = el('div', { class: 'panel-body' });
    this.status = el('div', { class: 'panel-status', 'aria-live': 'polite' });
    // Filled by the page (UnsavedPanels): which other panels hold unsaved changes.
    this.elsewhere = el('p', { class: 'unsaved-elsewhere', 'aria-live': 'polite' });
    this.actionResults = el('div', { class: 'action-results' });
  }

  /** State from the stored values: defaults for fields never saved; tables deep-copied. */
  reset() {
    this.values = {};
    this.tables = {};
    this.secretInputs = {};
    this.clearSecrets = new Set();
    for (const field of this.panel.fields) {
      const stored = this.plugin.values[field.key];
      if (field.kind === 'TEXT' || field.kind === 'SELECT') this.values[field.key] = stored ?? field.default;
      else if (field.kind === 'TOGGLE') this.values[field.key] = stored ?? String(field.default);
      else if (field.kind === 'MAPPING_TABLE') this.tables[field.key] = structuredClone(this.plugin.tables[field.key] || {});
    }
    this.dirty = false;
  }

  /** Whether the person changed something not saved yet. onDirtyChange(editor), if set, hears every change. */
  get dirty() {
    return this.unsaved;
  }

  set dirty(value) {
    const changed = this.unsaved !== value;
    this.unsaved = value;
    if (changed && this.onDirtyChange) this.onDirtyChange(this);
  }

  element() {
    const save = el('button', { type: 'button', class: 'button button-primary', dataset: { action: 'save' }, text: 'Save changes',
      onclick: () => this.save(save) });
    const actions = this.panel.actions.map((action) => el('button', {
      type: 'button', class: 'button button-secondary', title: action.help || null, dataset: { action: action.id },
      text: action.label, onclick: (event) => this.runAction(action, event.currentTarget),
    }));
    clear(this.root).append(
      el('div', { class: 'panel-head' }, el('h3', { text: this.panel.title }),
        this.panel.help ? el('p', { class: 'muted', text: this.panel.help }) : null),
      this.body,
      el('div', { class: 'panel-footer' }, save, actions, this.status, this.elsewhere),
      this.actionResults);
    this.render();
    return this.root;
  }

  render() {
    const panelMessages = this.messages.filter((m) => !m.field || !this.panel.fields.some((f) => f.key === m.field));
    clear(this.body, messageList(panelMessages));
    for (const field of this.panel.fields) {
      if (!allHold(field.visibleWhen, this.lookup)) continue;
      this.body.append(this.field(field));
    }
  }

  field(field) {
    const id = `f-${this.plugin.pluginId}-${field.key}`;
    const dataset = { field: field.key };
    let control;
    switch (field.kind) {
      case 'TEXT':
        // Saved blank, a field takes its default: the empty box says which, so the value in force shows.
        control = el('input', { type: 'text', id, dataset, value: this.values[field.key] ?? '',
          placeholder: field.placeholder || (field.default ? `Default: ${field.default}` : null),
          oninput: (e) => this.set(field.key, e.target.value) });
        break;
      case 'SECRET':
        control = this.secret(field, id);
        break;
      case 'TOGGLE':
        control = toggleControl({ id, dataset, label: field.label, checked: this.values[field.key] === 'true',
          onChange: (value) => this.set(field.key, value) });
        break;
      case 'SELECT': {
        const params = {};
        if (field.source) field.source.parameters.forEach((p) => { params[p] = this.lookup(p) ?? ''; });
        control = selectControl({ id, dataset, label: field.label, value: this.values[field.key], options: field.options,
          load: field.source ? () => this.options.load(field.key, undefined, params) : null,
          onChange: (value) => this.set(field.key, value),
          onError: (error) => wrapper.append(el('div', { class: 'field-error', role: 'alert', text: error.message })) });
        break;
      }
      case 'MAPPING_TABLE':
        control = mappingTable(this, field);
        break;
      default:
        control = el('p', { class: 'field-error', text: `This host cannot show fields of kind ${field.kind}.` });
    }
    const required = field.required ? el('span', { class: 'required', title: 'Required', text: ' *' }) : null;
    const label = field.kind === 'MAPPING_TABLE'
      ? el('div', { class: 'field-label' }, field.label, required)
      : el('label', { class: 'field-label', htmlFor: id }, field.label, required);
    // A field with an error is marked (not only followed by its message), for eyes and screen readers.
    const severities = this.messagesFor(field.key, '', '').map((m) => m.severity);
    const state = severities.includes('ERROR') ? ' has-error' : severities.includes('WARNING') ? ' has-warning' : '';
    if (state && field.kind !== 'MAPPING_TABLE') {
      const inputs = control.matches('input, select') ? [control] : [...control.querySelectorAll('input, select')];
      for (const input of inputs) {
        input.setAttribute('aria-invalid', String(state === ' has-error'));
        input.setAttribute('aria-describedby', `${id}-messages`);
      }
    }
    const wrapper = el('div', { class: `field field-${field.kind.toLowerCase()}${state}`, dataset },
      label,
      field.kind === 'TOGGLE' ? el('div', { class: 'toggle-row' }, control, el('span', { class: 'muted small', text: field.help })) : control,
      field.help && field.kind !== 'TOGGLE' ? el('p', { class: 'help', text: field.help }) : null,
      el('div', { id: `${id}-messages` }, messageList(this.messagesFor(field.key, '', ''))));
    return wrapper;
  }

  secret(field, id) {
    const isSet = this.plugin.secrets[field.key] && this.plugin.secrets[field.key].set;
    const input = el('input', { type: 'password', id, dataset: { field: field.key }, autocomplete: 'new-password',
      value: this.secretInputs[field.key] || '',
      placeholder: isSet ? 'Stored. Type to replace it; leave blank to keep it.' : 'Enter the secret',
      oninput: (e) => { this.secretInputs[field.key] = e.target.value; this.markDirty(); } });
    const state = el('span', { class: `chip ${isSet ? 'chip-good' : 'chip-muted'}`, dataset: { secretState: isSet ? 'set' : 'not-set' },
      text: isSet ? 'Set' : 'Not set' });
    const clearBox = isSet ? el('label', { class: 'inline-check' },
      el('input', { type: 'checkbox', dataset: { clearSecret: field.key }, checked: this.clearSecrets.has(field.key),
        onchange: (e) => { if (e.target.checked) this.clearSecrets.add(field.key); else this.clearSecrets.delete(field.key); this.markDirty(); } }),
      ' Clear the stored secret') : null;
    return el('div', { class: 'secret-row' }, input, state, clearBox);
  }

  set(key, value) {
    this.values[key] = value;
    this.markDirty();
    if (this.redrawKeys.has(key)) this.render();
    else if (this.panel.fields.some((f) => f.source && f.source.parameters.includes(key))) this.render();
  }

  cell(tableKey, rowId, columnId) {
    const row = (this.tables[tableKey] || {})[rowId];
    if (row && columnId in row) return row[columnId];
    const field = this.panel.fields.find((f) => f.key === tableKey);
    const column = field && field.columns.find((c) => c.id === columnId);
    return column ? column.default : '';
  }

  setCell(tableKey, rowId, columnId, value) {
    const table = this.tables[tableKey] || (this.tables[tableKey] = {});
    (table[rowId] || (table[rowId] = {}))[columnId] = value;
    this.suggested.delete(`${tableKey}|${rowId}|${columnId}`);
    this.editedCells.set(`${tableKey}|${rowId}|${columnId}`, { table: tableKey, row: rowId, column: columnId });
    this.markDirty();
  }

  /** A row never saved takes the plugin's suggestions, marked until the person saves them. */
  applySuggestions(field, row) {
    const stored = (this.plugin.tables[field.key] || {})[row.id];
    const current = (this.tables[field.key] || {})[row.id];
    if (stored || current || Object.keys(row.suggestions).length === 0) return;
    for (const [column, value] of Object.entries(row.suggestions)) {
      const table = this.tables[field.key] || (this.tables[field.key] = {});
      (table[row.id] || (table[row.id] = {}))[column] = value;
      this.suggested.add(`${field.key}|${row.id}|${column}`);
    }
  }

  isSuggested(tableKey, rowId, columnId) {
    return this.suggested.has(`${tableKey}|${rowId}|${columnId}`);
  }

  rows(field) {
    if (!this.rowPromises.has(field.key)) {
      const promise = this.options.rows(field.key);
      promise.catch(() => this.rowPromises.delete(field.key));
      this.rowPromises.set(field.key, promise);
    }
    return this.rowPromises.get(field.key);
  }

  messagesFor(field, row, column) {
    return this.messages.filter((m) => m.field === field && m.row === row && m.column === column);
  }

  markDirty() {
    this.edits = (this.edits || 0) + 1;
    this.dirty = true;
    this.showStatus('muted', 'Unsaved changes');
  }

  showStatus(kind, text) {
    clear(this.status).append(el('span', { class: kind, text }));
  }

  /**
   * What the host gets: every value of the panel, hidden ones included; secrets only when typed.
   * Tables: the rows the panel shows, each with all its cells (a cleared cell is ""). The host
   * merges them into the stored table and keeps every row not sent (plugin-api 1.1), so a row this
   * panel does not show now (another product line's, a customer not listed) is never lost. A
   * table whose live rows did not load is not sent at all: nothing in it can have changed.
   */
  submission() {
    const tables = {};
    for (const field of this.panel.fields.filter((f) => f.kind === 'MAPPING_TABLE')) {
      const shown = field.rowSource ? this.knownRows.get(field.key) : field.rows.map((r) => r.id);
      if (!shown) continue;
      const rows = this.tables[field.key] || {};
      const definitions = new Map((field.rowSource ? this.liveRows.get(field.key) || [] : field.rows).map((r) => [r.id, r]));
      tables[field.key] = Object.fromEntries(shown.filter((id) => id in rows).map((id) => {
        // Cells the row rules out are not sent: whatever is stored there stays as it is.
        const ruledOut = (definitions.get(id) || {}).notApplicable || [];
        return [id, Object.fromEntries(Object.entries(rows[id]).filter(([column]) => !ruledOut.includes(column)))];
      }));
    }
    const secrets = {};
    for (const [key, value] of Object.entries(this.secretInputs)) if (value.trim() !== '') secrets[key] = value;
    return { values: { ...this.values }, tables, secrets, clearSecrets: [...this.clearSecrets].filter((k) => !(k in secrets)) };
  }

  /**
   * Takes a fresh definition of this panel after another panel was saved (rows and fields may
   * follow other settings, such as the chosen product line). Unsaved values are kept.
   */
  redefine(panel) {
    this.panel = panel;
    this.redrawKeys = conditionKeys(panel);
    this.options = new OptionsCache(this.plugin.pluginId, panel.id);
    this.rowPromises = new Map();
    this.knownRows = new Map();
    this.liveRows = new Map();
    for (const field of panel.fields) {
      const stored = this.plugin.values[field.key];
      if (field.kind === 'MAPPING_TABLE') {
        // Unsaved cells stay; stored rows this editor has not touched come from the store.
        const mine = this.tables[field.key] || {};
        const fresh = structuredClone(this.plugin.tables[field.key] || {});
        this.tables[field.key] = this.dirty ? { ...fresh, ...mine } : fresh;
      } else if (!this.dirty || !(field.key in this.values)) {
        if (field.kind === 'TEXT' || field.kind === 'SELECT') this.values[field.key] = stored ?? field.default;
        else if (field.kind === 'TOGGLE') this.values[field.key] = stored ?? String(field.default);
      }
    }
  }

  url(suffix = '') {
    return `/api/settings/${encodeURIComponent(this.plugin.pluginId)}/panels/${encodeURIComponent(this.panel.id)}${suffix}`;
  }

  async save(button) {
    button.disabled = true;
    this.showStatus('muted', 'Saving…');
    const body = { version: this.plugin.version, ...this.submission() };
    const edits = this.edits;
    try {
      const answer = await send('PUT', this.url(), body);
      this.accepted(body, answer, this.edits !== edits);
    } catch (error) {
      this.refused(error);
    } finally {
      button.disabled = false;
    }
  }

  /** editedSince: the person changed something while the save was on its way, which it did not carry. */
  accepted(body, answer, editedSince = false) {
    this.plugin.version = answer.version;
    Object.assign(this.plugin.values, body.values);
    // The host merged the rows sent into the stored table: do the same here.
    for (const [key, rows] of Object.entries(body.tables)) {
      const stored = this.plugin.tables[key] || (this.plugin.tables[key] = {});
      for (const [rowId, cells] of Object.entries(rows)) stored[rowId] = { ...(stored[rowId] || {}), ...cells };
    }
    for (const key of Object.keys(body.secrets)) this.plugin.secrets[key] = { set: true };
    for (const key of body.clearSecrets) this.plugin.secrets[key] = { set: false };
    if (!editedSince) {
      this.secretInputs = {};
      this.clearSecrets = new Set();
    }
    this.suggested.clear();
    // A cell changed in a row or table this panel no longer shows (rows may follow another setting,
    // saved on another panel since) was not sent: it stays here, unsaved, until its row is back.
    for (const [key, { table, row, column }] of this.editedCells) {
      if (column in ((body.tables[table] || {})[row] || {})) this.editedCells.delete(key);
    }
    const notSent = this.editedCells.size;
    this.messages = answer.messages;
    this.dirty = editedSince || notSent > 0;
    const warnings = answer.messages.filter((m) => m.severity === 'WARNING').length;
    this.render();
    if (editedSince) this.showStatus('muted', 'Saved; what you changed while it was saving is not saved yet.');
    else if (notSent) {
      this.showStatus('warn', `Saved, except ${notSent} change(s) in rows this panel does not show now: they are kept `
        + 'on this page, unsaved, and shown again when another setting brings those rows back.');
    } else this.showStatus('good', warnings ? `Saved with ${warnings} warning(s).` : 'Saved.');
    this.root.dataset.savedVersion = String(answer.version);
    const savedAt = this.root.closest('.plugin-settings') && this.root.closest('.plugin-settings').querySelector('.saved-at');
    if (savedAt) savedAt.textContent = `Last saved ${new Date().toLocaleTimeString()} (version ${answer.version})`;
    if (this.onSaved) this.onSaved(this);
  }

  refused(error) {
    if (error.status === 422 && error.body && error.body.messages) {
      this.messages = error.body.messages;
      this.render();
      this.showStatus('bad', 'Nothing was saved: fix the errors shown.');
    } else if (error.code === 'stale-settings') {
      clear(this.status).append(notice('bad', error.message,
        el('button', { type: 'button', class: 'button button-small', text: 'Reload', onclick: () => window.location.reload() })));
    } else {
      clear(this.status).append(notice('bad', `Not saved: ${error.message}`));
    }
  }

  async runAction(action, button) {
    button.disabled = true;
    clear(this.actionResults).append(el('p', { class: 'muted', text: `${action.label}…` }));
    try {
      const result = await send('POST', this.url(`/actions/${encodeURIComponent(action.id)}`), this.submission());
      clear(this.actionResults).append(el('div', { class: 'action-result', dataset: { action: action.id, outcome: result.outcome } },
        el('h4', { text: `${action.label}: ${result.outcome === 'SUCCESSFUL' ? 'succeeded' : 'failed'}` }),
        el('ol', { class: 'steps' }, result.steps.map((step) => el('li', { class: `step step-${step.outcome.toLowerCase()}`, dataset: { outcome: step.outcome } },
          el('span', { class: 'step-icon', 'aria-hidden': 'true', text: step.outcome === 'SUCCESSFUL' ? '✓' : step.outcome === 'FAILED' ? '✗' : '–' }),
          el('span', {}, el('strong', { class: 'step-name', text: step.name }), ' ', el('span', { class: 'step-detail muted', text: step.detail })))))));
    } catch (error) {
      clear(this.actionResults).append(notice('bad', `${action.label} could not run: ${error.message}`));
    } finally {
      button.disabled = false;
    }
  }
}
