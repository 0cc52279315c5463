package net.mspbridge.integration.plugin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import net.mspbridge.api.HostContext;
import net.mspbridge.integration.kaspersky.UsageSource;
import net.mspbridge.integration.mapping.AutotaskConnectionProbe;
import net.mspbridge.integration.mapping.AutotaskDirectory;
import net.mspbridge.integration.mapping.KscConnectionCheck;
import net.mspbridge.integration.mapping.SettingsPorts;
import net.mspbridge.integration.plugin.UsageSources;

/** The settings panels' ports, implemented with the real Autotask client and Kaspersky sources. */
@Singleton
final class ClientSettingsPorts implements SettingsPorts {

    private final AutotaskConnections autotask;
    private final UsageSources usageSources;

    @Inject
    ClientSettingsPorts(AutotaskConnections autotask, UsageSources usageSources) {
        this.autotask = autotask;
        this.usageSources = usageSources;
    }

    @Override
    public AutotaskDirectory autotaskDirectory(HostContext context) {
        return autotask.directory(context);
    }

    @Override
    public AutotaskConnectionProbe autotaskProbe(HostContext context) {
        return new ClientConnectionProbe(autotask.directory(context).client());
    }

    @Override
    public KscConnectionCheck kscConnectionCheck(HostContext context) {
        return () -> usageSources.testConnection(context);
    }

    @Override
    public UsageSource usageSource(HostContext context) {
        return usageSources.open(context);
    }
}
