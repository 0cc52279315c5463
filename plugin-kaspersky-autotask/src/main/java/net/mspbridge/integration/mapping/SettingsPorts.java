package net.mspbridge.integration.mapping;

import net.mspbridge.api.HostContext;
import net.mspbridge.integration.kaspersky.UsageSource;

/**
 * Port factory: builds the remote-facing parts the settings panels need from the settings and
 * secrets of one host call. The plugin's wiring binds an implementation built on the Autotask
 * client and the Kaspersky usage sources (see {@link MappingModule}); the panels never know which.
 *
 * <p>Each method is given the context of the current call: for validation and actions it holds the
 * <em>proposed</em> settings, so a "Test connection" tries what the person typed before saving.
 * Implementations may reuse clients across calls (for example one per distinct connection
 * setting), so long as a change of settings is honoured at once.
 *
 * <p>Threading: the factory is called from several threads at once and is thread-safe; the
 * objects it returns serve one call on one thread.
 *
 * <p>Errors: every method throws {@link net.mspbridge.api.ConfigurationException} when the
 * settings it needs are missing or invalid (message naming the setting to fix). Building must not
 * contact the remote service; failures to reach it come from the returned objects.
 */
public interface SettingsPorts {

    /** The Autotask services, companies and contracts, read with the context's Autotask connection. */
    AutotaskDirectory autotaskDirectory(HostContext context);

    /** The steps of "Test Autotask connection", with the context's Autotask connection. */
    AutotaskConnectionProbe autotaskProbe(HostContext context);

    /** "Test Kaspersky connection" for Kaspersky Security Center, with the context's settings. */
    KscConnectionCheck kscConnectionCheck(HostContext context);

    /**
     * The usage source of the chosen Kaspersky solution (Security Center, or the host's device
     * inventory for Business Hub), whose {@link UsageSource#customers()} are the rows of the
     * Companies panel.
     */
    UsageSource usageSource(HostContext context);
}
