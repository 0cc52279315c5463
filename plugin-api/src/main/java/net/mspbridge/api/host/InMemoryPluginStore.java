package net.mspbridge.api.host;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** {@link PluginStore#inMemory()}: a sorted map under one lock, with the documented limits. */
final class InMemoryPluginStore implements PluginStore {

    private static final int MAX_KEY = 200;
    private static final int MAX_VALUE_BYTES = 64 * 1024;

    private final SortedMap<String, String> entries = new TreeMap<>();

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(checkKey(key)));
    }

    @Override
    public synchronized void put(String key, String value) {
        entries.put(checkKey(key), checkValue(value));
    }

    @Override
    public synchronized void putAll(Map<String, String> values) {
        values.forEach((key, value) -> {
            checkKey(key);
            checkValue(value);
        });
        entries.putAll(values);
    }

    @Override
    public synchronized void remove(String key) {
        entries.remove(checkKey(key));
    }

    @Override
    public synchronized boolean compareAndSet(String key, Optional<String> expected, Optional<String> update) {
        Objects.requireNonNull(expected, "expected");
        update.ifPresent(InMemoryPluginStore::checkValue);
        if (!Optional.ofNullable(entries.get(checkKey(key))).equals(expected)) {
            return false;
        }
        update.ifPresentOrElse(value -> entries.put(key, value), () -> entries.remove(key));
        return true;
    }

    @Override
    public synchronized Map<String, String> list(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return new TreeMap<>(entries.subMap(prefix, prefix + Character.MAX_VALUE));
    }

    private static String checkKey(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("a store key has 1 to " + MAX_KEY + " characters, not " + key.length());
        }
        return key;
    }

    private static String checkValue(String value) {
        Objects.requireNonNull(value, "value");
        if (value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("a store value is at most 64 KiB");
        }
        return value;
    }
}
