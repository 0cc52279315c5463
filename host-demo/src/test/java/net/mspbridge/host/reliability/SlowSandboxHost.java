package net.mspbridge.host.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import net.mspbridge.api.host.Secret;
import net.mspbridge.host.core.HostConfig;
import net.mspbridge.host.HostMain;
import net.mspbridge.host.ServedHost;
import net.mspbridge.host.plugins.PluginHost;
import net.mspbridge.host.sandbox.autotask.AutotaskLimits;

/**
 * What {@code serve} runs ({@link ServedHost} with the plugins folder and the demo sandboxes), with the
 * Autotask sandbox slowed by a latency per call, so that a billing run spends seconds creating
 * adjustments and a test can kill the process in the middle. The command line has no option for the
 * latency, on purpose: it is for tests only. Prints {@code host-port N} when it serves; runs until
 * killed or its standard input closes.
 *
 * <p>Arguments: data folder, plugins folder, latency in milliseconds. The administrator password comes
 * from {@code HOST_ADMIN_PASSWORD}, as for the real command.
 */
public final class SlowSandboxHost {

    private SlowSandboxHost() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path pluginsDir = Path.of(args[1]);
        Duration latency = Duration.ofMillis(Long.parseLong(args[2]));
        HostConfig config = HostConfig.builder(dataDir).pluginsDir(pluginsDir).port(0).scheduler(false)
                .adminPassword(Optional.ofNullable(System.getenv(HostMain.ADMIN_PASSWORD_VARIABLE)).map(Secret::of))
                .build();
        try (ServedHost host = ServedHost.start(config, PluginHost.load(pluginsDir), true)) {
            host.sandboxes().orElseThrow().sandboxes().autotask().setOptions(AutotaskLimits.defaults().withLatency(latency));
            System.out.println("host-port " + host.app().port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the parent closes our input or kills us
            }
        }
    }
}
