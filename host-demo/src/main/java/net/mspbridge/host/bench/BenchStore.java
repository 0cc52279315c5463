package net.mspbridge.host.bench;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import net.mspbridge.api.host.PluginStore;

/**
 * The plugin's store during a benchmark: in memory, fresh per case, and holding the plugin to the
 * limits of the {@link PluginStore} contract (keys up to 200 characters, values up to 64 KiB), so a
 * plugin that writes too much at scale fails here as it would in a real host. Thread-safe.
 */
final class BenchStore implements PluginStore {

    private static final int MAX_KEY = 200;
    private static final int MAX_VALUE_BYTES = 64 * 1024;

    private final SortedMap<String, String> entries = new TreeMap<>();

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        check(key, value);
        entries.put(key, value);
    }

    @Override
    public synchronized void putAll(Map<String, String> values) {
        values.forEach(BenchStore::check);
        entries.putAll(values);
    }

    @Override
    public synchronized void remove(String key) {
        entries.remove(key);
    }

    @Override
    public synchronized boolean compareAndSet(String key, Optional<String> expected, Optional<String> update) {
        update.ifPresent(v -> check(key, v));
        if (!Optional.ofNullable(entries.get(key)).equals(expected)) {
            return false;
        }
        update.ifPresentOrElse(v -> entries.put(key, v), () -> entries.remove(key));
        return true;
    }

    @Override
    public synchronized Map<String, String> list(String prefix) {
        return new TreeMap<>(entries.subMap(prefix, prefix + Character.MAX_VALUE));
    }

    private static void check(String key, String value) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("a plugin store key must be 1 to " + MAX_KEY + " characters, not "
                    + (key == null ? "null" : key.length()));
        }
        if (value == null || value.getBytes(StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("the value under plugin store key '" + key + "' must be at most "
                    + MAX_VALUE_BYTES + " bytes, not " + (value == null ? "null" : value.getBytes(StandardCharsets.UTF_8).length));
        }
    }
}
