package net.mspbridge.host.runs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.fake.FakePlugin;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.inventory.Inventory;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.pluginstore.PluginStores;
import net.mspbridge.host.secrets.SecretBox;
import net.mspbridge.host.settings.HostContexts;
import net.mspbridge.host.settings.SecretChanges;
import net.mspbridge.host.settings.SettingsRepository;

/** A database with the demo inventory, the fake plugin and what billing runs need, for run tests. */
final class RunFixture implements AutoCloseable {

    static final RunLimits FAST = new RunLimits(Duration.ofSeconds(30), Duration.ofMillis(400), Duration.ofSeconds(3),
            Duration.ofMillis(100), 2);

    final Database db;
    final FakePlugin fake = new FakePlugin();
    final SettingsRepository settings;
    final HostContexts contexts;
    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    final Clock clock;

    RunFixture(Path dataDir, Clock clock) {
        this.clock = clock;
        db = Database.open(dataDir);
        settings = SettingsRepository.inDatabase(db, SecretBox.withKeyFile(dataDir.resolve("secret.key")), clock);
        contexts = HostContexts.create(settings, PluginStores.inDatabase(db), Optional.of(Inventory.openSeeded(db)), clock);
    }

    /** Maps "Endpoint Detection" to the EDR workstation service, as a person would on the Services panel. */
    RunFixture mapped() {
        settings.save(FakeSettings.PLUGIN_ID, settings.load(FakeSettings.PLUGIN_ID).version(),
                SettingsValues.empty().with("byCategory", "false")
                        .withTable("services", new TableValue(Map.of("app-edr", Map.of("service", "svc-edr-ws")))),
                SecretChanges.none(), "admin");
        return this;
    }

    RunService runs(RunLimits limits) {
        return runs(fake.source(), limits);
    }

    RunService runs(ExtensionSource source, RunLimits limits) {
        return RunService.create(db, source, contexts, clock, limits, timer);
    }

    @Override
    public void close() {
        fake.releaseAll();
        timer.shutdownNow();
        db.close();
    }
}
