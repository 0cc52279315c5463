/**
 * The plugin's saved settings, apart from the page that edits them: every key, defined once in
 * {@link net.mspbridge.integration.settings.SettingsKeys} (used by the panels, the validation and the
 * readers), the local rules a saved value must follow ({@link net.mspbridge.integration.settings.ConnectionRules},
 * {@link net.mspbridge.integration.settings.CertificatePins}, and {@code WholeNumbers} for every numeric field), and the typed values read by those same rules:
 * {@link net.mspbridge.integration.settings.ServiceMappings} (+ {@link net.mspbridge.integration.settings.ApplicationServices}),
 * {@link net.mspbridge.integration.settings.CompanyMappings} (+ {@link net.mspbridge.integration.settings.CompanyMapping}),
 * {@link net.mspbridge.integration.settings.BillingOptions}, {@link net.mspbridge.integration.settings.AutotaskSettings}
 * (from which the Autotask client's config is built) and {@link net.mspbridge.integration.settings.KasperskySettings}
 * (the chosen solution and the Security Center client's plain config).
 *
 * <p>It depends on plugin-api and the {@code kaspersky} vocabulary below it (applications, categories,
 * solutions, the Security Center config); the
 * settings page ({@code mapping}), {@code billing} and {@code plugin} depend on it. No network, no state.
 */
package net.mspbridge.integration.settings;
