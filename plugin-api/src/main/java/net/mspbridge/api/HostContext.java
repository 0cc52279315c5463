package net.mspbridge.api;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import net.mspbridge.api.host.DeviceInventory;
import net.mspbridge.api.host.PluginStore;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.SettingsValues;

/**
 * The host services passed with every extension call.
 *
 * <p>The host builds a context per call and scopes everything in it to the called plugin: the
 * settings and secrets are that plugin's own, the store is that plugin's own. The plugin must not
 * keep a context beyond the call it was given to.
 *
 * <p>What {@link #settings()} and {@link #secrets()} hold depends on the call: for
 * {@link SettingsPanelProvider#validate} and {@link SettingsPanelProvider#runAction} they are the
 * <em>proposed</em> values (stored values with the person's unsaved changes applied, a secret
 * field left blank keeping its stored value); for every other call they are the stored values.
 *
 * @param settings  the plugin's settings values, never null (empty on first use)
 * @param secrets   the plugin's secrets, decrypted on demand by the host
 * @param clock     the host's clock; plugins take "today" and "now" from it, never from the system,
 *                  so that hosts and tests control time
 * @param store     the plugin's durable key-value store
 * @param inventory the host's device inventory, when the host has one
 */
public record HostContext(
        SettingsValues settings,
        Secrets secrets,
        Clock clock,
        PluginStore store,
        Optional<DeviceInventory> inventory) {

    public HostContext {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(inventory, "inventory");
    }

    /** The same context with other settings and secrets, as a host builds for proposed values. */
    public HostContext withSettings(SettingsValues proposedSettings, Secrets proposedSecrets) {
        return new HostContext(proposedSettings, proposedSecrets, clock, store, inventory);
    }
}
