package net.mspbridge.host;

import java.util.Optional;

import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.sandbox.DemoSandboxes;
import net.mspbridge.host.sandbox.DemoSetup;
import net.mspbridge.host.sandbox.autotask.FaultOptions;

/**
 * What {@code serve} runs: the host and, unless switched off, the demo sandboxes beside it with the
 * Kaspersky-Autotask plugin pointed at them. {@link #close()} stops both.
 */
public final class ServedHost implements AutoCloseable {

    private final HostApp app;
    private final Optional<DemoSandboxes> sandboxes;

    private ServedHost(HostApp app, Optional<DemoSandboxes> sandboxes) {
        this.app = app;
        this.sandboxes = sandboxes;
    }

    /**
     * Starts serving.
     *
     * @param config     the host's configuration
     * @param plugins    the plugins; the host owns them from here on
     * @param sandboxes  whether to run the demo sandboxes (they are not started when another process
     *                   on the same data folder runs them)
     */
    public static ServedHost start(HostConfig config, ExtensionSource plugins, boolean sandboxes) {
        return start(config, plugins, sandboxes, FaultOptions.none());
    }

    /** As {@link #start(HostConfig, ExtensionSource, boolean)}, the Autotask sandbox injecting faults. */
    public static ServedHost start(HostConfig config, ExtensionSource plugins, boolean sandboxes, FaultOptions faults) {
        Optional<DemoSandboxes> demo = sandboxes ? startSandboxes(config, faults) : Optional.empty();
        try {
            HostApp app = HostApp.start(config, plugins, demo.map(DemoSetup::routes).stream().toList(),
                    core -> demo.ifPresent(s -> DemoSetup.configure(s, core.settingsRepository(), core.extensions())));
            return new ServedHost(app, demo);
        } catch (RuntimeException e) {
            demo.ifPresent(DemoSandboxes::close);
            throw e;
        }
    }

    /**
     * The demo sandboxes of the data folder, on the ports after the host's (Autotask, then KSC) the
     * first time; empty when another process on the same folder runs them already.
     */
    static Optional<DemoSandboxes> startSandboxes(HostConfig config, FaultOptions faults) {
        HostCore.createDataDir(config.dataDir());
        return DemoSandboxes.startIfFree(config.dataDir(), config.port() == 0 ? 0 : config.port() + 1, faults);
    }

    public HostApp app() {
        return app;
    }

    public Optional<DemoSandboxes> sandboxes() {
        return sandboxes;
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            sandboxes.ifPresent(DemoSandboxes::close);
        }
    }
}
