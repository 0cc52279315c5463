/**
 * The plugin's settings page, {@link net.mspbridge.integration.mapping.SettingsService}: the
 * Connection, Companies, Services and Billing options panels, their live options and rows, their
 * validation and the "Test connection" actions. The keys and the saved values it writes are the
 * {@code settings} package's, which billing reads too.
 *
 * <p>The panels reach Autotask and Kaspersky only through ports defined here:
 * {@link net.mspbridge.integration.mapping.AutotaskDirectory},
 * {@link net.mspbridge.integration.mapping.AutotaskConnectionProbe},
 * {@link net.mspbridge.integration.mapping.KscConnectionCheck} and the usage source's customers,
 * all built per call by a {@link net.mspbridge.integration.mapping.SettingsPorts} that the plugin's
 * wiring binds (see {@link net.mspbridge.integration.mapping.MappingModule}). So this package
 * depends on no client, and its rules are tested against fakes.
 *
 * <p>Validation is fast and reports every problem at once, each at the field, row or cell to fix;
 * it reads Autotask only for the panels that name Autotask ids, with one batched read per kind of
 * entity, and turns an unreachable Autotask into an error rather than a throw.
 */
package net.mspbridge.integration.mapping;
