package net.mspbridge.host;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.javalin.config.RoutesConfig;

import net.mspbridge.host.core.HostConfig;
import net.mspbridge.host.core.HostCore;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.plugins.HostedPlugin;
import net.mspbridge.host.plugins.PluginFailure;
import net.mspbridge.host.demo.DemoSandboxes;
import net.mspbridge.host.demo.DemoSetup;
import net.mspbridge.host.sandbox.autotask.FaultOptions;

/**
 * The demo beside a host process, the one path of {@code serve} and {@code bill}: the demo sandboxes
 * of the data folder (unless switched off, or another process on the folder runs them already) and,
 * once the host's core is open, the plugin pointed at them on the folder's first start or when they
 * moved ({@link DemoSetup#configure}). So README's commands work in either order on a fresh folder.
 */
final class DemoSide implements AutoCloseable {

    private static final DemoSide NONE = new DemoSide(Optional.empty());

    private final Optional<DemoSandboxes> sandboxes;

    private DemoSide(Optional<DemoSandboxes> sandboxes) {
        this.sandboxes = sandboxes;
    }

    /**
     * Starts the demo sandboxes of the data folder, on the ports after the host's (Autotask, then KSC)
     * the first time; none when {@code wanted} is false or another process on the folder runs them.
     */
    static DemoSide start(HostConfig config, boolean wanted, FaultOptions faults) {
        if (!wanted) {
            return NONE;
        }
        HostCore.createDataDir(config.dataDir());
        return new DemoSide(DemoSandboxes.startIfFree(config.dataDir(), config.port() == 0 ? 0 : config.port() + 1, faults));
    }

    /** Points the installed plugin at the sandboxes this process runs, when it has no settings or they moved. */
    void prepare(HostCore core) {
        sandboxes.ifPresent(s -> DemoSetup.configure(s, core.settingsRepository(), core.extensions()));
    }

    /** The sandbox page and its data, when this process runs the sandboxes. */
    List<Consumer<RoutesConfig>> routes() {
        return sandboxes.map(DemoSetup::routes).stream().toList();
    }

    Optional<DemoSandboxes> sandboxes() {
        return sandboxes;
    }

    /** {@code plugins} that also stops the sandboxes when it is closed: for a host that owns its plugins. */
    ExtensionSource closedWith(ExtensionSource plugins) {
        if (sandboxes.isEmpty()) {
            return plugins;
        }
        return new ExtensionSource() {
            @Override
            public List<HostedPlugin> plugins() {
                return plugins.plugins();
            }

            @Override
            public List<PluginFailure> failures() {
                return plugins.failures();
            }

            @Override
            public void close() {
                try {
                    plugins.close();
                } finally {
                    DemoSide.this.close();
                }
            }
        };
    }

    @Override
    public void close() {
        sandboxes.ifPresent(DemoSandboxes::close);
    }
}
