package net.mspbridge.integration.plugin;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import net.mspbridge.api.host.PluginStore;

/** A {@link PluginStore} in memory, as a host keeps it, for tests of the extensions. */
final class MemoryStore implements PluginStore {

    private final SortedMap<String, String> entries = new TreeMap<>();

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        entries.put(key, value);
    }

    @Override
    public synchronized void putAll(Map<String, String> values) {
        entries.putAll(values);
    }

    @Override
    public synchronized void remove(String key) {
        entries.remove(key);
    }

    @Override
    public synchronized boolean compareAndSet(String key, Optional<String> expected, Optional<String> update) {
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
}
