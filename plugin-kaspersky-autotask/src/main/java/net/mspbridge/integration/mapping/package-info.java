/**
 * The plugin's settings: the keys (defined once, used by the panels, the validation and the
 * readers), the Services and Companies mappings as values read from the host's stored settings,
 * their validation and their panels.
 */
package net.mspbridge.integration.mapping;
