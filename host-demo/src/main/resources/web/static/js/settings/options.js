// Live options, fetched through the host (which asks the plugin) with the parameters a source
// declares, and kept per page so redrawing does not ask again.
import { get, query } from '../api.js';

export class OptionsCache {
  constructor(pluginId, panelId) {
    this.base = `/api/settings/${encodeURIComponent(pluginId)}/panels/${encodeURIComponent(panelId)}/fields/`;
    this.cache = new Map();
  }

  /** Options of a select field (column undefined) or table column; params: name -> value. */
  load(fieldKey, column, params) {
    const key = JSON.stringify([fieldKey, column || '', Object.entries(params).sort()]);
    if (!this.cache.has(key)) {
      const search = { column };
      for (const [name, value] of Object.entries(params)) search['param.' + name] = value;
      const promise = get(this.base + encodeURIComponent(fieldKey) + '/options' + query(search))
        .then((answer) => answer.options);
      promise.catch(() => this.cache.delete(key));
      this.cache.set(key, promise);
    }
    return this.cache.get(key);
  }

  rows(fieldKey) {
    return get(this.base + encodeURIComponent(fieldKey) + '/rows').then((answer) => answer.rows);
  }
}
