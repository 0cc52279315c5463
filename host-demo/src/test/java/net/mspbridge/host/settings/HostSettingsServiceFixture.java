package net.mspbridge.host.settings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.calls.PluginCalls;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.fake.FakePlugin;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.pluginstore.PluginStores;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.secrets.SecretBox;

/** What the settings-service tests share: a database, time-boxed calls and the fake plugin. */
abstract class HostSettingsServiceFixture {
    static final String P = FakeSettings.PLUGIN_ID;

    @TempDir
    Path dataDir;
    Database db;
    PluginCalls calls;
    SettingsRepository repository;
    FakePlugin fake;
    HostSettingsService service;

    @BeforeEach
    void open() {
        db = Database.open(dataDir);
        calls = new PluginCalls(4, Duration.ofMillis(500));
        repository = SettingsRepository.inDatabase(db, SecretBox.withKeyFile(dataDir.resolve("secret.key")), Clock.systemUTC());
        fake = new FakePlugin();
        service = serviceOver(fake.source());
    }

    HostSettingsService serviceOver(ExtensionSource source) {
        HostContexts contexts = HostContexts.create(repository, PluginStores.inDatabase(db), Optional.empty(), Clock.systemUTC());
        return HostSettingsService.create(source, repository, contexts, calls);
    }

    @AfterEach
    void close() {
        fake.releaseAll();
        calls.close();
        db.close();
    }

    static PanelSubmission values(long basedOn, Map<String, String> values) {
        return new PanelSubmission(basedOn, values, Map.of(), SecretChanges.none());
    }

    static PanelSubmission connection(long basedOn, String url, SecretChanges secrets) {
        return new PanelSubmission(basedOn, Map.of("serverUrl", url, "region", "eu"), Map.of(), secrets);
    }

}
