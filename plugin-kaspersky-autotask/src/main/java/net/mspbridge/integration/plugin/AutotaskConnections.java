package net.mspbridge.integration.plugin;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.HostContext;
import net.mspbridge.integration.autotask.AutotaskClient;
import net.mspbridge.integration.autotask.AutotaskClientFactory;
import net.mspbridge.integration.autotask.AutotaskConfig;
import net.mspbridge.integration.autotask.AutotaskOptions;
import net.mspbridge.integration.settings.AutotaskSettings;
import net.mspbridge.integration.settings.BillingOptions;

/**
 * Autotask clients built from the plugin's settings.
 *
 * <p>The settings page calls often (one options request per drop-down), so its calls share a few
 * cached directories, one per distinct connection, each with its own client: a client keeps its zone
 * and its reading of the API budget, and building one costs a ThresholdInformation call. A billing run
 * instead opens a client of its own and closes it, so that it starts from a fresh budget reading.
 * Thread-safe; the cached clients are closed when the plugin stops.
 */
@Singleton
final class AutotaskConnections {

    private static final int CACHED_CONNECTIONS = 4;

    private final AutotaskClientFactory factory;
    private final AutotaskOptions options;
    private final Map<AutotaskConfig, CachingDirectory> directories = new LinkedHashMap<>(8, 0.75f, true);

    @Inject
    AutotaskConnections(AutotaskClientFactory factory, AutotaskOptions options, Shutdown shutdown) {
        this.factory = factory;
        this.options = options;
        shutdown.register(this::closeAll);
    }

    /**
     * The client settings for the context's settings and secrets.
     *
     * @throws ConfigurationException when the Autotask connection is not set up or cannot be used
     */
    AutotaskConfig config(HostContext context) {
        return config(context, BillingOptions.read(context.settings()).apiBudgetSharePercent());
    }

    private AutotaskConfig config(HostContext context, int budgetSharePercent) {
        AutotaskSettings settings = AutotaskSettings.read(context.settings(), context.secrets());
        double share = budgetSharePercent / 100.0;
        try {
            AutotaskConfig.Builder builder = AutotaskConfig.builder(settings.username(), settings.secret(),
                            settings.integrationCode())
                    .options(options.toBuilder().budgetShare(share).build());
            settings.baseUrlOverride().ifPresent(builder::baseUrlOverride);
            settings.impersonationResourceId().ifPresent(builder::impersonationResourceId);
            return builder.build();
        } catch (IllegalArgumentException e) {
            // The config's messages name the setting and never quote a credential.
            throw new ConfigurationException(e.getMessage());
        }
    }

    /**
     * A new client for one billing run, keeping to the given share of the hourly API budget; the
     * caller closes it.
     */
    AutotaskClient openForRun(HostContext context, int budgetSharePercent) {
        return factory.create(config(context, budgetSharePercent));
    }

    /** The shared, briefly caching directory for settings-page calls on this connection. */
    CachingDirectory directory(HostContext context) {
        AutotaskConfig config = config(context);
        synchronized (directories) {
            CachingDirectory directory = directories.get(config);
            if (directory == null) {
                directory = new CachingDirectory(factory.create(config));
                directories.put(config, directory);
                evictBeyond(CACHED_CONNECTIONS);
            }
            return directory;
        }
    }

    private void evictBeyond(int limit) {
        Iterator<CachingDirectory> eldest = directories.values().iterator();
        while (directories.size() > limit && eldest.hasNext()) {
            eldest.next().client().close();
            eldest.remove();
        }
    }

    private void closeAll() {
        synchronized (directories) {
            evictBeyond(0);
        }
    }
}
