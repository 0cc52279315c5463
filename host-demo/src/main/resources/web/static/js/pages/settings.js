// The settings page: every plugin's panels, drawn from their definitions, one tab per panel.
// The tab shown is kept in the address (#plugin/panel), so a reload comes back to it. Each panel
// saves on its own; edits waiting on other panels are marked on their tabs, survive another panel's
// save, and leaving the page with any of them asks first.
import { el } from '../dom.js';
import { get } from '../api.js';
import { shell, notice, loadFailed } from '../layout.js';
import { dateTime } from '../format.js';
import { guardLeaving } from '../leaving.js';
import { PanelEditor } from '../settings/panel.js';
import { UnsavedPanels } from '../settings/unsaved.js';

const main = shell('settings', 'Settings', 'Each plugin describes its settings; this host stores them, secrets encrypted.');
const unsaved = new UnsavedPanels();
guardLeaving(() => unsaved.pending());

function wanted() {
  const [plugin, panel] = decodeURIComponent(window.location.hash.slice(1)).split('/');
  return { plugin, panel };
}

function pluginSection(data) {
  const plugin = { pluginId: data.pluginId, version: data.version, values: { ...data.values },
    tables: structuredClone(data.tables), secrets: { ...data.secrets } };
  const section = el('section', { class: 'card plugin-settings', dataset: { plugin: data.pluginId } },
    el('div', { class: 'plugin-head' },
      el('div', {}, el('h2', { class: 'card-title', text: data.pluginId }),
        el('p', { class: 'muted', text: data.description })),
      el('p', { class: 'muted small saved-at', text: data.updatedAt ? `Last saved ${dateTime(data.updatedAt)} by ${data.updatedBy}` : 'Never saved' })));
  if (data.problem) {
    section.append(notice('bad', `This plugin's settings cannot be shown: ${data.problem}`));
    return section;
  }
  const tabs = el('div', { class: 'tabs', role: 'tablist' });
  const holder = el('div', { class: 'tab-panel' });
  const editors = new Map(data.panels.map((panel) => [panel.id, new PanelEditor(plugin, panel)]));
  // Other panels may follow what was just saved (the Services rows follow the chosen solution):
  // fetch the definitions again and hand each other panel its fresh one.
  const refresh = async (saved) => {
    const fresh = await get(`/api/settings/${encodeURIComponent(data.pluginId)}`);
    plugin.values = { ...fresh.values };
    plugin.tables = structuredClone(fresh.tables);
    plugin.secrets = { ...fresh.secrets };
    for (const panel of fresh.panels) {
      const editor = editors.get(panel.id);
      if (editor && editor !== saved) editor.redefine(panel);
    }
    section.dataset.refreshedVersion = String(fresh.version);
  };
  for (const editor of editors.values()) {
    editor.onSaved = (saved) => refresh(saved).catch((e) => holder.prepend(notice('bad', `The other panels could not be refreshed: ${e.message}. Reload the page.`)));
  }
  const show = (panelId) => {
    for (const tab of tabs.children) {
      const active = tab.dataset.panel === panelId;
      tab.classList.toggle('active', active);
      tab.setAttribute('aria-selected', String(active));
    }
    holder.replaceChildren(editors.get(panelId).element());
  };
  for (const panel of data.panels) {
    const tab = el('button', { type: 'button', role: 'tab', class: 'tab', dataset: { panel: panel.id },
      onclick: () => {
        history.replaceState(null, '', `#${encodeURIComponent(data.pluginId)}/${encodeURIComponent(panel.id)}`);
        show(panel.id);
      } }, el('span', { class: 'tab-title', text: panel.title }));
    tabs.append(tab);
    unsaved.add(editors.get(panel.id), tab);
  }
  section.append(tabs, holder);
  // A link to another panel of this page (#plugin/panel) changes only the address: follow it.
  window.addEventListener('hashchange', () => {
    const next = wanted();
    if (next.plugin === data.pluginId && editors.has(next.panel)) show(next.panel);
  });
  const target = wanted();
  const first = target.plugin === data.pluginId && editors.has(target.panel) ? target.panel : data.panels[0] && data.panels[0].id;
  if (first) show(first);
  else holder.append(el('p', { class: 'muted', text: 'This plugin has no settings panels.' }));
  return section;
}

async function load() {
  const answer = await get('/api/settings');
  if (answer.plugins.length === 0) {
    main.append(notice('info', 'No installed plugin has settings.'));
    return;
  }
  const target = wanted();
  const ordered = [...answer.plugins].sort((a, b) => (b.pluginId === target.plugin) - (a.pluginId === target.plugin));
  for (const plugin of ordered) main.append(pluginSection(plugin));
}

load().catch((e) => loadFailed(main, e));
