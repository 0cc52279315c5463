package net.mspbridge.integration.mapping;

import net.mspbridge.api.SettingsPanelProvider;
import net.mspbridge.integration.settings.SettingsKeys;

/**
 * The plugin's settings page: the Connection, Companies, Services and Billing options panels, their
 * live options and rows, their validation and the "Test connection" actions. The PF4J extension
 * delegates every call here, so this code never sees PF4J. Ids of panels, actions and sources are
 * in {@link SettingsKeys}.
 *
 * <p>The contract is {@link SettingsPanelProvider}'s. In particular: thread-safe and stateless
 * between calls; {@link #panels} makes no remote call; {@link #validate} needs Autotask only for
 * panels that name Autotask ids (Companies, Services) and reports an unreachable Autotask as an
 * error rather than throwing; {@link #runAction} never throws for a remote failure. Unknown panel,
 * action or source ids are refused with {@link net.mspbridge.api.ConfigurationException}.
 */
public interface SettingsService extends SettingsPanelProvider {
}
