// Which panels of the settings page hold edits not saved yet. "Save changes" saves only the panel
// on screen, so an edit left on another panel must never be out of sight: its tab carries a mark
// (with text for screen readers), and every panel's footer names the other panels that wait.
import { el } from '../dom.js';
import { listed } from '../leaving.js';

export class UnsavedPanels {
  constructor() {
    this.entries = [];
  }

  /** Watches one panel's editor; tab: its tab button, which gets the mark. */
  add(editor, tab) {
    const mark = el('span', { class: 'unsaved-mark', hidden: true },
      el('span', { class: 'unsaved-dot', 'aria-hidden': 'true', text: '●' }),
      el('span', { class: 'visually-hidden', text: ' (unsaved changes)' }));
    tab.append(mark);
    this.entries.push({ editor, tab, mark });
    editor.onDirtyChange = () => this.update();
    this.update();
  }

  /** The names of the panels with unsaved changes, in page order. */
  pending() {
    return this.entries.filter((e) => e.editor.dirty).map((e) => this.name(e));
  }

  /** A panel's title, with its plugin's id in front when the page shows several plugins. */
  name(entry) {
    const plugins = new Set(this.entries.map((e) => e.editor.plugin.pluginId));
    return plugins.size > 1 ? `${entry.editor.plugin.pluginId}: ${entry.editor.panel.title}` : entry.editor.panel.title;
  }

  update() {
    for (const entry of this.entries) {
      const dirty = entry.editor.dirty;
      entry.mark.hidden = !dirty;
      entry.tab.dataset.unsaved = String(dirty);
      entry.tab.title = dirty ? 'Unsaved changes' : '';
    }
    for (const entry of this.entries) {
      const others = this.entries.filter((e) => e !== entry && e.editor.dirty).map((e) => this.name(e));
      const one = others.length === 1;
      entry.editor.elsewhere.textContent = others.length
        ? `${listed(others)} ${one ? 'has' : 'have'} unsaved changes. "Save changes" here saves only this panel: `
          + `save ${one ? others[0] : 'them'} on ${one ? 'its tab' : 'their tabs'}.`
        : '';
    }
  }
}
