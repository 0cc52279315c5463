package net.mspbridge.api.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class InMemoryPluginStoreTest {

    private final PluginStore store = PluginStore.inMemory();

    @Test
    void keepsValuesAndListsThemByPrefixInKeyOrder() {
        store.putAll(Map.of("billing.billed.2", "b", "billing.billed.1", "a", "other", "c"));
        store.remove("absent");

        assertThat(store.get("billing.billed.1")).contains("a");
        assertThat(store.list("billing.billed.")).containsExactly(Map.entry("billing.billed.1", "a"),
                Map.entry("billing.billed.2", "b"));
        assertThat(store.list("")).hasSize(3);
    }

    @Test
    void compareAndSetChangesOnlyFromTheExpectedValue() {
        assertThat(store.compareAndSet("lease", Optional.empty(), Optional.of("run-1"))).isTrue();
        assertThat(store.compareAndSet("lease", Optional.empty(), Optional.of("run-2"))).isFalse();
        assertThat(store.compareAndSet("lease", Optional.of("run-1"), Optional.empty())).isTrue();
        assertThat(store.get("lease")).isEmpty();
    }

    @Test
    void refusesKeysAndValuesBeyondTheLimitsAndKeepsNothingOfARefusedBatch() {
        assertThatThrownBy(() -> store.put("k".repeat(201), "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.put("", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.putAll(Map.of("fine", "v", "big", "x".repeat(64 * 1024 + 1))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(store.list("")).isEmpty();
    }
}
