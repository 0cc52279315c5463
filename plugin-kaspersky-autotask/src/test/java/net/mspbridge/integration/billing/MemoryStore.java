package net.mspbridge.integration.billing;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import net.mspbridge.api.StoreException;
import net.mspbridge.api.host.PluginStore;

/** A {@link PluginStore} in memory whose writes can be made to fail. Thread-safe. */
final class MemoryStore implements PluginStore {

    private final SortedMap<String, String> entries = new TreeMap<>();
    private boolean failWrites;
    private int putAlls;

    synchronized MemoryStore failWrites(boolean fail) {
        this.failWrites = fail;
        return this;
    }

    synchronized int putAlls() {
        return putAlls;
    }

    synchronized Map<String, String> entries() {
        return new TreeMap<>(entries);
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        checkWrite();
        entries.put(key, value);
    }

    @Override
    public synchronized void putAll(Map<String, String> values) {
        checkWrite();
        putAlls++;
        entries.putAll(values);
    }

    @Override
    public synchronized void remove(String key) {
        checkWrite();
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

    private void checkWrite() {
        if (failWrites) {
            throw new StoreException("The host database is read-only.");
        }
    }
}
