package net.mspbridge.host;

import java.util.Optional;

import net.mspbridge.host.core.HostApp;
import net.mspbridge.host.core.HostConfig;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.demo.DemoSandboxes;
import net.mspbridge.host.sandbox.autotask.FaultOptions;

/**
 * What {@code serve} runs: the host and, unless switched off, the demo sandboxes beside it with the
 * Kaspersky-Autotask plugin pointed at them. {@link #close()} stops both.
 */
public final class ServedHost implements AutoCloseable {

    private final HostApp app;
    private final DemoSide demo;

    private ServedHost(HostApp app, DemoSide demo) {
        this.app = app;
        this.demo = demo;
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
        DemoSide demo = DemoSide.start(config, sandboxes, faults);
        try {
            HostApp app = HostApp.start(config, plugins, demo.routes(), demo::prepare);
            return new ServedHost(app, demo);
        } catch (RuntimeException e) {
            demo.close();
            throw e;
        }
    }

    public HostApp app() {
        return app;
    }

    public Optional<DemoSandboxes> sandboxes() {
        return demo.sandboxes();
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            demo.close();
        }
    }
}
