// When a field or column is shown: as plugin-api's Condition.holds, a toggle with no value counts as off.

export function holds(condition, lookup) {
  const current = lookup(condition.field) ?? '';
  if (current === '' && condition.value === 'false') return true;
  return current === condition.value;
}

export function allHold(conditions, lookup) {
  return conditions.every((c) => holds(c, lookup));
}

/** The keys that some condition of the panel depends on: changing one redraws the panel. */
export function conditionKeys(panel) {
  const keys = new Set();
  for (const field of panel.fields) {
    field.visibleWhen.forEach((c) => keys.add(c.field));
    (field.columns || []).forEach((column) => column.visibleWhen.forEach((c) => keys.add(c.field)));
  }
  return keys;
}
