package net.mspbridge.host.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.host.Secret;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.secrets.SecretBox;

class SettingsRepositoryTest {

    private static final String SECRET = "Zq9-unmistakable-test-secret-7Hx";

    @TempDir
    Path dataDir;
    private Database db;
    private SettingsRepository repository;

    @BeforeEach
    void open() {
        db = Database.open(dataDir);
        repository = SettingsRepository.inDatabase(db, SecretBox.withKeyFile(dataDir.resolve("secret.key")),
                Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Nested
    class Versions {

        @Test
        void aPluginNeverSavedHasVersionZeroAndNoValues() {
            StoredSettings stored = repository.load("p");

            assertThat(stored.version()).isZero();
            assertThat(stored.values()).isEqualTo(SettingsValues.empty());
            assertThat(stored.secretKeys()).isEmpty();
            assertThat(stored.updatedAt()).isEmpty();
        }

        @Test
        void eachSaveMakesTheNextVersionAndKeepsScalarsAndTables() {
            SettingsValues values = SettingsValues.empty().with("byCategory", "true")
                    .withTable("services", TableValue.empty().with("kes", "ws", "svc-1").with("kes", "srv", ""));

            long first = repository.save("p", 0, values, SecretChanges.none(), "admin");
            long second = repository.save("p", first, values.with("byCategory", "false"), SecretChanges.none(), "admin");

            assertThat(first).isEqualTo(1);
            assertThat(second).isEqualTo(2);
            StoredSettings stored = repository.load("p");
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.values().text("byCategory")).isEqualTo("false");
            assertThat(stored.values().table("services").row("kes")).isEqualTo(Map.of("ws", "svc-1", "srv", ""));
            assertThat(stored.updatedBy()).isEqualTo("admin");
        }

        @Test
        void aSaveBasedOnAStaleVersionIsRefusedAndChangesNothing() {
            repository.save("p", 0, SettingsValues.empty().with("a", "mine"), SecretChanges.none(), "admin");
            repository.save("p", 1, SettingsValues.empty().with("a", "theirs"), SecretChanges.none(), "admin");

            assertThatThrownBy(() -> repository.save("p", 1, SettingsValues.empty().with("a", "late"),
                    SecretChanges.of("key", "v"), "admin"))
                    .isInstanceOfSatisfying(StaleSettingsException.class, e -> {
                        assertThat(e.basedOn()).isEqualTo(1);
                        assertThat(e.current()).isEqualTo(2);
                    })
                    .hasMessage("these settings were changed by someone else since you opened the page: reload");
            assertThat(repository.load("p").values().text("a")).isEqualTo("theirs");
            assertThat(repository.load("p").secretKeys()).isEmpty();
        }

        @Test
        void aFirstSaveClaimingAVersionIsRefused() {
            assertThatThrownBy(() -> repository.save("p", 3, SettingsValues.empty(), SecretChanges.none(), "admin"))
                    .isInstanceOf(StaleSettingsException.class);
        }

        @Test
        void ofConcurrentSavesFromTheSameVersionExactlyOneWins() throws Exception {
            repository.save("p", 0, SettingsValues.empty(), SecretChanges.none(), "admin");
            int savers = 4;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(savers);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < savers; i++) {
                    String value = "saver-" + i;
                    Callable<Boolean> save = () -> {
                        start.await(5, TimeUnit.SECONDS);
                        try {
                            repository.save("p", 1, SettingsValues.empty().with("a", value), SecretChanges.none(), value);
                            return true;
                        } catch (StaleSettingsException e) {
                            return false;
                        }
                    };
                    results.add(pool.submit(save));
                }
                start.countDown();
                int wins = 0;
                for (Future<Boolean> result : results) {
                    wins += result.get(20, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(wins).isEqualTo(1);
                assertThat(repository.load("p").version()).isEqualTo(2);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void pluginsHaveTheirOwnVersions() {
            repository.save("a", 0, SettingsValues.empty(), SecretChanges.none(), "admin");

            assertThat(repository.save("b", 0, SettingsValues.empty(), SecretChanges.none(), "admin")).isEqualTo(1);
            assertThat(repository.load("a").version()).isEqualTo(1);
        }
    }

    @Nested
    class Secrets {

        @Test
        void aSetSecretIsGivenBackToThePluginButOnlyItsKeyIsListed() {
            repository.save("p", 0, SettingsValues.empty(), SecretChanges.of("apiSecret", SECRET), "admin");

            assertThat(repository.load("p").secretKeys()).containsExactly("apiSecret");
            assertThat(repository.secrets("p").get("apiSecret")).map(Secret::reveal).contains(SECRET);
            assertThat(repository.secrets("p").toString()).doesNotContain(SECRET);
        }

        @Test
        void aSaveThatDoesNotMentionASecretKeepsItAndAClearRemovesIt() {
            repository.save("p", 0, SettingsValues.empty(), SecretChanges.of("apiSecret", SECRET), "admin");
            repository.save("p", 1, SettingsValues.empty().with("x", "1"), SecretChanges.none(), "admin");
            assertThat(repository.secrets("p").get("apiSecret")).isPresent();

            repository.save("p", 2, SettingsValues.empty(), new SecretChanges(Map.of(), Set.of("apiSecret")), "admin");

            assertThat(repository.secrets("p").get("apiSecret")).isEmpty();
            assertThat(repository.load("p").secretKeys()).isEmpty();
        }

        @Test
        void theDatabaseFileNeverHoldsTheSecretInClear() throws IOException {
            repository.save("p", 0, SettingsValues.empty(), SecretChanges.of("apiSecret", SECRET), "admin");
            repository.save("p", 1, SettingsValues.empty(), SecretChanges.of("apiSecret", SECRET + "-2"), "admin");
            db.close();

            byte[] file = Files.readAllBytes(dataDir.resolve("host.mv.db"));
            assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain("unmistakable");
            assertThat(new String(file, StandardCharsets.UTF_16BE)).doesNotContain("unmistakable");
            assertThat(new String(file, StandardCharsets.UTF_16LE)).doesNotContain("unmistakable");
            db = Database.open(dataDir);
        }

        @Test
        void secretChangesNeverPrintTheirValues() {
            assertThat(SecretChanges.of("apiSecret", SECRET).toString()).doesNotContain(SECRET).contains("apiSecret");
        }

        @Test
        void aSecretCannotBeSetAndClearedAtOnce() {
            assertThatThrownBy(() -> new SecretChanges(Map.of("k", Secret.of("v")), Set.of("k")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k");
        }
    }
}
