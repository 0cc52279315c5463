package net.mspbridge.api;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import net.mspbridge.api.host.DeviceInventory;
import net.mspbridge.api.host.EvidenceSink;
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
 * @param evidence  where a billing run writes the devices behind its report; {@link EvidenceSink#absent()}
 *                  outside a billing run and on hosts that keep no evidence (a context made with the
 *                  1.2 constructor); since 1.3
 */
public record HostContext(
        SettingsValues settings,
        Secrets secrets,
        Clock clock,
        PluginStore store,
        Optional<DeviceInventory> inventory,
        EvidenceSink evidence) {

    public HostContext {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** The 1.2 context, with no evidence sink: {@code evidence} is {@link EvidenceSink#absent()}. */
    public HostContext(SettingsValues settings, Secrets secrets, Clock clock, PluginStore store,
            Optional<DeviceInventory> inventory) {
        this(settings, secrets, clock, store, inventory, EvidenceSink.absent());
    }

    /**
     * Where a billing run writes its evidence; {@link EvidenceSink#absent()} when the host keeps none.
     *
     * @since 1.3
     */
    @Override
    public EvidenceSink evidence() {
        return evidence;
    }

    /**
     * The same context with an evidence sink, as a host builds for a billing run.
     *
     * @since 1.3
     */
    public HostContext withEvidence(EvidenceSink sink) {
        return new HostContext(settings, secrets, clock, store, inventory, sink);
    }

    /** The same context with other settings and secrets, as a host builds for proposed values. */
    public HostContext withSettings(SettingsValues proposedSettings, Secrets proposedSecrets) {
        return new HostContext(proposedSettings, proposedSecrets, clock, store, inventory, evidence);
    }
}
