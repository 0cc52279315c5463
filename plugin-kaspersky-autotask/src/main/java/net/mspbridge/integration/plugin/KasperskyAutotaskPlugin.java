package net.mspbridge.integration.plugin;

import org.pf4j.Plugin;

/**
 * The plugin's lifecycle. Starting is cheap: the injector is built on the first extension call.
 * Stopping releases what the injector holds (HTTP connection pools, threads).
 */
public final class KasperskyAutotaskPlugin extends Plugin {

    @Override
    public void stop() {
        PluginInjector.shutdown();
    }
}
