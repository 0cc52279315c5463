/**
 * Plugin settings: stored per plugin with a version ({@link net.mspbridge.host.settings.SettingsRepository}),
 * the contexts passed to plugins ({@link net.mspbridge.host.settings.HostContexts}), and the flow
 * behind the settings page ({@link net.mspbridge.host.settings.HostSettingsService}): panels,
 * live options and rows, save with validation, actions.
 */
package net.mspbridge.host.settings;
