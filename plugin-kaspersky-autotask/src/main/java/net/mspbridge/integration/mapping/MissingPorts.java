package net.mspbridge.integration.mapping;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.integration.kaspersky.UsageSource;

/**
 * Stands in while the plugin's wiring binds no {@link SettingsPorts}: the panels still render and
 * validate locally, and everything that needs Autotask or Kaspersky says plainly that this build
 * cannot reach them. It is not a fake: it answers nothing.
 */
final class MissingPorts implements SettingsPorts {

    private static final String WHY = " cannot be reached: this build of the plugin has no client for it wired in.";

    @Override
    public AutotaskDirectory autotaskDirectory(HostContext context) {
        throw new ServiceUnavailableException("Autotask", "Autotask" + WHY);
    }

    @Override
    public AutotaskConnectionProbe autotaskProbe(HostContext context) {
        throw new ServiceUnavailableException("Autotask", "Autotask" + WHY);
    }

    @Override
    public KscConnectionCheck kscConnectionCheck(HostContext context) {
        throw new ServiceUnavailableException("Kaspersky Security Center", "Kaspersky Security Center" + WHY);
    }

    @Override
    public UsageSource usageSource(HostContext context) {
        throw new ServiceUnavailableException("Kaspersky", "The Kaspersky customers" + WHY);
    }
}
