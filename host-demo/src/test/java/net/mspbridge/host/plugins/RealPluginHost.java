package net.mspbridge.host.plugins;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import net.mspbridge.api.host.Secret;
import net.mspbridge.host.core.HostConfig;
import net.mspbridge.host.ServedHost;

/** A host as {@code serve} runs it, with the built plugin zip installed: for tests that go end to end. */
public final class RealPluginHost {

    private RealPluginHost() {
    }

    /**
     * The configuration of such a host in a test folder: the plugin installed in {@code dir/plugins},
     * data in {@code dir/data}, any free port, cheap password hashing, no schedule, plugin calls cut
     * off after 20 s (the real plugin reads the sandboxes live), and nothing printed.
     */
    public static HostConfig.Builder config(Path dir, String adminPassword) {
        Path plugins = dir.resolve("plugins");
        BuiltPlugin.installInto(plugins);
        return HostConfig.builder(dir.resolve("data")).pluginsDir(plugins).port(0)
                .adminPassword(Optional.of(Secret.of(adminPassword))).passwordHashCost(4).scheduler(false)
                .pluginCallTimeout(Duration.ofSeconds(20))
                .out(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    }

    /** Serves with the plugins of the configuration's folder and the demo sandboxes. */
    public static ServedHost start(HostConfig config) {
        return ServedHost.start(config, PluginHost.load(config.pluginsDir()), true);
    }
}
