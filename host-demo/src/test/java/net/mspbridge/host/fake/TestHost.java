package net.mspbridge.host.fake;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.javalin.config.RoutesConfig;

import net.mspbridge.api.host.Secret;
import net.mspbridge.host.core.HostApp;
import net.mspbridge.host.core.HostConfig;
import net.mspbridge.host.runs.RunLimits;

/**
 * The whole host on 127.0.0.1 and a free port, with the fake plugin in-process, a known
 * administrator password, a fast password hash, short time limits and the schedule off.
 */
public final class TestHost implements AutoCloseable {

    public static final String PASSWORD = "test-admin-password";
    public static final RunLimits FAST_RUNS = new RunLimits(Duration.ofSeconds(30), Duration.ofMillis(500),
            Duration.ofSeconds(3), Duration.ofMillis(100), 2);

    public final FakePlugin fake = new FakePlugin();
    public final HostApp app;
    public final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    public TestHost(Path dataDir) {
        this(dataDir, Clock.systemDefaultZone());
    }

    public TestHost(Path dataDir, Clock clock) {
        this(dataDir, clock, List.of());
    }

    /** With more routes mounted, as other parts of the host (a sandbox view) mount theirs. */
    public TestHost(Path dataDir, Clock clock, List<Consumer<RoutesConfig>> extraRoutes) {
        HostConfig config = HostConfig.builder(dataDir).pluginsDir(dataDir.resolve("no-plugins")).port(0)
                .adminPassword(Optional.of(Secret.of(PASSWORD))).passwordHashCost(4).clock(clock)
                .pluginCallTimeout(Duration.ofMillis(800)).runLimits(FAST_RUNS).scheduler(false)
                .out(new PrintStream(printed, true, StandardCharsets.UTF_8)).build();
        app = HostApp.start(config, fake.source(), extraRoutes);
    }

    public String url() {
        return app.url();
    }

    public ApiClient client() {
        return new ApiClient(app.port());
    }

    /** A client already signed in. */
    public ApiClient signedIn() {
        ApiClient client = client();
        client.login(PASSWORD);
        return client;
    }

    @Override
    public void close() {
        fake.releaseAll();
        app.close();
    }
}
