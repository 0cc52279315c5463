package net.mspbridge.integration.plugin;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The plugin's one Guice injector, built on first use. It lives in the plugin's class loader, so
 * each load of the plugin has its own; {@link #shutdown()} drops it when PF4J stops the plugin.
 */
final class PluginInjector {

    private static Injector injector;

    private PluginInjector() {
    }

    static synchronized Injector get() {
        if (injector == null) {
            injector = Guice.createInjector(new IntegrationModule());
        }
        return injector;
    }

    static synchronized void shutdown() {
        if (injector != null) {
            injector.getInstance(Shutdown.class).run();
            injector = null;
        }
    }
}
