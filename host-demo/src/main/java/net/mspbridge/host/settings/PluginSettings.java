package net.mspbridge.host.settings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.SettingsValues;

/**
 * One plugin's part of the settings page. Never holds a secret: only whether each is set.
 *
 * @param pluginId    the plugin
 * @param description what the plugin is
 * @param version     the stored settings version the page must send back when saving
 * @param panels      the plugin's panels; empty when {@code problem} is present
 * @param problem     why the panels could not be shown (the plugin failed), for the page
 * @param values      the stored non-secret values
 * @param secretsSet  for every secret field of the panels, whether a secret is stored
 * @param updatedAt   when the settings were last saved
 * @param updatedBy   by whom
 */
public record PluginSettings(
        String pluginId,
        String description,
        long version,
        List<PanelDefinition> panels,
        Optional<String> problem,
        SettingsValues values,
        Map<String, Boolean> secretsSet,
        Optional<Instant> updatedAt,
        String updatedBy) {

    public PluginSettings {
        panels = List.copyOf(panels);
        secretsSet = Map.copyOf(secretsSet);
    }
}
