package net.mspbridge.host.pluginstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import net.mspbridge.api.host.PluginStore;
import net.mspbridge.host.db.Database;

class PluginStoreTest {

    @TempDir
    Path dataDir;
    private Database db;
    private PluginStores stores;

    @BeforeEach
    void open() {
        db = Database.open(dataDir);
        stores = PluginStores.inDatabase(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Nested
    class ReadAndWrite {

        @Test
        void putGetRemove() {
            PluginStore store = stores.forPlugin("p");

            store.put("billed/1/2", "{\"units\":3}");
            assertThat(store.get("billed/1/2")).contains("{\"units\":3}");
            store.put("billed/1/2", "{\"units\":4}");
            assertThat(store.get("billed/1/2")).contains("{\"units\":4}");
            store.remove("billed/1/2");
            store.remove("billed/1/2");

            assertThat(store.get("billed/1/2")).isEmpty();
        }

        @Test
        void writesSurviveAReopen() {
            stores.forPlugin("p").putAll(Map.of("a", "1", "b", "2"));
            db.close();

            db = Database.open(dataDir);

            assertThat(PluginStores.inDatabase(db).forPlugin("p").list("")).isEqualTo(Map.of("a", "1", "b", "2"));
        }

        @Test
        void pluginsDoNotSeeEachOthersKeys() {
            stores.forPlugin("a").put("k", "from a");
            stores.forPlugin("b").put("k", "from b");

            assertThat(stores.forPlugin("a").get("k")).contains("from a");
            assertThat(stores.forPlugin("b").list("")).isEqualTo(Map.of("k", "from b"));
        }

        @Test
        void listGivesTheKeysWithThePrefixSortedAndTakesLikeCharactersLiterally() {
            PluginStore store = stores.forPlugin("p");
            store.putAll(Map.of("billed/2", "b", "billed/1", "a", "billedX", "no", "billed_1", "no", "lease", "no",
                    "100%/x", "pct", "100/x", "no"));

            assertThat(store.list("billed/")).containsExactly(Map.entry("billed/1", "a"), Map.entry("billed/2", "b"));
            assertThat(store.list("100%")).containsOnlyKeys("100%/x");
            assertThat(store.list("")).hasSize(7);
        }

        @Test
        void aPluginThreadThatWasInterruptedDoesNotCloseTheDatabase() {
            PluginStore store = stores.forPlugin("p");
            Thread.currentThread().interrupt();
            try {
                store.put("written-while-interrupted", "yes");
            } finally {
                Thread.interrupted();
            }

            assertThat(stores.forPlugin("p").get("written-while-interrupted")).contains("yes");
        }

        @Test
        void valuesKeepEveryCharacter() {
            String value = "naïve – 日本語 – 🙂 – \"quotes\" \\ backslash";
            stores.forPlugin("p").put("k", value);

            assertThat(stores.forPlugin("p").get("k")).contains(value);
        }
    }

    @Nested
    class Atomicity {

        @Test
        void putAllWithOneBadEntryStoresNone() {
            PluginStore store = stores.forPlugin("p");
            Map<String, String> entries = new LinkedHashMap<>();
            entries.put("good-1", "1");
            entries.put("x".repeat(201), "2");
            entries.put("good-2", "3");

            assertThatThrownBy(() -> store.putAll(entries)).isInstanceOf(IllegalArgumentException.class);

            assertThat(store.list("")).isEmpty();
        }

        @Test
        void compareAndSetOnAnAbsentKey() {
            PluginStore store = stores.forPlugin("p");

            assertThat(store.compareAndSet("lease", Optional.empty(), Optional.of("run-1"))).isTrue();
            assertThat(store.compareAndSet("lease", Optional.empty(), Optional.of("run-2"))).isFalse();
            assertThat(store.get("lease")).contains("run-1");
        }

        @Test
        void compareAndSetReplacesOrRemovesOnlyTheExpectedValue() {
            PluginStore store = stores.forPlugin("p");
            store.put("lease", "run-1");

            assertThat(store.compareAndSet("lease", Optional.of("run-9"), Optional.of("run-2"))).isFalse();
            assertThat(store.compareAndSet("lease", Optional.of("run-1"), Optional.of("run-2"))).isTrue();
            assertThat(store.compareAndSet("lease", Optional.of("run-1"), Optional.empty())).isFalse();
            assertThat(store.compareAndSet("lease", Optional.of("run-2"), Optional.empty())).isTrue();
            assertThat(store.get("lease")).isEmpty();
        }

        @Test
        void ofConcurrentClaimsOfAnAbsentKeyExactlyOneSucceeds() throws Exception {
            int claimants = 4;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(claimants);
            try {
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int i = 0; i < claimants; i++) {
                    String me = "run-" + i;
                    claims.add(pool.submit(() -> {
                        start.await(5, TimeUnit.SECONDS);
                        return stores.forPlugin("p").compareAndSet("lease", Optional.empty(), Optional.of(me));
                    }));
                }
                start.countDown();
                int won = 0;
                for (Future<Boolean> claim : claims) {
                    won += claim.get(20, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(won).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class Limits {

        @Test
        void keysAreOneTo200Characters() {
            PluginStore store = stores.forPlugin("p");
            store.put("k".repeat(200), "ok");

            assertThatThrownBy(() -> store.put("k".repeat(201), "v"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 200 characters");
            assertThatThrownBy(() -> store.put("", "v"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
            assertThatThrownBy(() -> store.get(null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        }

        @Test
        void valuesAreAtMost64KibInUtf8() {
            PluginStore store = stores.forPlugin("p");
            store.put("full", "a".repeat(64 * 1024));

            assertThat(store.get("full")).hasValueSatisfying(v -> assertThat(v).hasSize(65536));
            assertThatThrownBy(() -> store.put("over", "a".repeat(64 * 1024 + 1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65537 bytes");
            // 30,000 characters, but 90,000 bytes in UTF-8.
            assertThatThrownBy(() -> store.put("wide", "語".repeat(30_000)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("90000 bytes");
            assertThatThrownBy(() -> store.compareAndSet("over", Optional.empty(), Optional.of("a".repeat(70_000))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.list("")).containsOnlyKeys("full");
        }

        @Test
        void putAllOfMoreThan10000EntriesIsRefusedAndStoresNone() {
            PluginStore store = stores.forPlugin("p");
            Map<String, String> entries = new LinkedHashMap<>();
            for (int i = 0; i <= 10_000; i++) {
                entries.put("k" + i, "v");
            }

            assertThatThrownBy(() -> store.putAll(entries))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 10000 entries");
            assertThat(store.list("")).isEmpty();
            entries.remove("k0");
            store.putAll(entries);
            assertThat(store.list("")).hasSize(10_000);
        }

        @Test
        void aPrefixLongerThanAKeyIsRefused() {
            assertThatThrownBy(() -> stores.forPlugin("p").list("x".repeat(201)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 200 characters");
        }

        @Test
        void aNullValueIsRefusedWithTheWayToRemove() {
            assertThatThrownBy(() -> stores.forPlugin("p").put("k", null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use remove");
        }
    }
}
