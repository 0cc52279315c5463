/**
 * The settings page as data: panels with ordered fields, the options and rows they refer to, the
 * values the host stores, and the results of validation and actions.
 *
 * <p>A host renders any plugin's panels from these definitions alone. The field kinds:
 * <ul>
 *   <li>{@link net.mspbridge.api.settings.TextField}: one line of text;</li>
 *   <li>{@link net.mspbridge.api.settings.SecretField}: write-only; the host stores it encrypted,
 *       shows only whether it is set and never sends it back to a browser;</li>
 *   <li>{@link net.mspbridge.api.settings.ToggleField}: on or off;</li>
 *   <li>{@link net.mspbridge.api.settings.SelectField}: one of static options or of options from a
 *       named live source;</li>
 *   <li>{@link net.mspbridge.api.settings.MappingTableField}: rows supplied by the plugin, columns
 *       that are selects or toggles; a column may be shown only while a toggle has some value, a
 *       row may allow only some columns.</li>
 * </ul>
 *
 * <p>Values: {@link net.mspbridge.api.settings.SettingsValues} holds one string per field key
 * (toggles {@code "true"}/{@code "false"}, selects the option id) and one
 * {@link net.mspbridge.api.settings.TableValue} per mapping table. Keys are the field keys, unique
 * across all panels of a plugin: the same constants drive the form, the validation and the reading
 * of values.
 */
package net.mspbridge.api.settings;
