package net.mspbridge.host.demo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import net.mspbridge.api.BillingHook;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.api.host.EvidenceSink;
import net.mspbridge.api.host.PluginStore;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.host.plugins.PluginHost;
import net.mspbridge.host.demo.DemoPluginSettings;
import net.mspbridge.host.evidence.EvidenceStore;

/**
 * The Kaspersky-Autotask plugin as the host runs it: loaded by PF4J from the plugins folder (the built
 * zip), its billing hook called with a host context, exactly as a billing run from the host would be.
 * Nothing of the plugin is on the host's class path. Closing it stops the plugin.
 */
final class PluginBilling implements AutoCloseable {

    private final PluginHost plugins;
    private final BillingHook billing;

    private PluginBilling(PluginHost plugins, BillingHook billing) {
        this.plugins = plugins;
        this.billing = billing;
    }

    /**
     * @throws BenchException when the folder has no loadable Kaspersky-Autotask plugin
     */
    static PluginBilling load(Path pluginsDir) {
        if (!Files.isDirectory(pluginsDir)) {
            throw new BenchException("The plugins folder " + pluginsDir.toAbsolutePath() + " does not exist: build the "
                    + "plugin first (mvn -q -B -DskipTests package) or give the host's --plugins-dir.");
        }
        PluginHost plugins = PluginHost.load(pluginsDir);
        Optional<BillingHook> billing = plugins.plugin(DemoPluginSettings.PLUGIN_ID).flatMap(p -> p.billing());
        if (billing.isEmpty()) {
            String failures = plugins.failures().stream().map(f -> f.source() + ": " + f.reason()).reduce((a, b) -> a + "; " + b).orElse("none");
            plugins.close();
            throw new BenchException("No billing hook of plugin '" + DemoPluginSettings.PLUGIN_ID + "' in "
                    + pluginsDir.toAbsolutePath() + " (load failures: " + failures + "): build the plugin first "
                    + "(mvn -q -B -DskipTests package), which copies it to host-demo/target/plugins.");
        }
        return new PluginBilling(plugins, billing.get());
    }

    /**
     * One billing run, on the calling thread, with the settings pointing at the sandboxes; its evidence
     * goes to {@code evidence} when given (the host's own store, as a host's run writes it), else nowhere.
     */
    BillingReport run(RunMode mode, LocalDate date, DemoPluginSettings settings, PluginStore store, RunMonitor monitor,
            Optional<EvidenceStore> evidence) {
        return run(mode, date, settings, store, monitor, evidence, Clock.systemUTC());
    }

    /** As {@link #run(RunMode, LocalDate, DemoPluginSettings, PluginStore, RunMonitor, Optional)}, on the host clock {@code clock}. */
    BillingReport run(RunMode mode, LocalDate date, DemoPluginSettings settings, PluginStore store, RunMonitor monitor,
            Optional<EvidenceStore> evidence, Clock clock) {
        String runId = "bench-" + mode.name().toLowerCase(java.util.Locale.ROOT) + "-" + System.nanoTime();
        Optional<EvidenceStore.RunSink> sink = evidence.map(e -> e.begin(runId));
        HostContext context = new HostContext(settings.values(), Secrets.of(settings.secrets()), clock, store,
                Optional.empty(), sink.map(EvidenceStore.RunSink::sink).orElse(EvidenceSink.absent()));
        try {
            return billing.run(new BillingRunRequest(runId, date, mode), context, monitor);
        } finally {
            sink.ifPresent(EvidenceStore.RunSink::finish);
        }
    }

    @Override
    public void close() {
        plugins.close();
    }
}
