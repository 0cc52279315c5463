package net.mspbridge.integration.billing;

import java.util.Map;
import java.util.Optional;

import net.mspbridge.api.StoreException;
import net.mspbridge.api.host.PluginStore;

/**
 * plugin-api's in-memory store, with writes that can be made to fail and a count of batched writes.
 * Thread-safe.
 */
final class MemoryStore implements PluginStore {

    private final PluginStore store = PluginStore.inMemory();
    private boolean failWrites;
    private int putAlls;
    private int failAfterPutAlls = -1;

    synchronized MemoryStore failWrites(boolean fail) {
        this.failWrites = fail;
        return this;
    }

    /** Writes fail once this many {@code putAll}s have been made. */
    synchronized MemoryStore failWritesAfterPutAlls(int count) {
        this.failAfterPutAlls = putAlls + count;
        return this;
    }

    synchronized int putAlls() {
        return putAlls;
    }

    synchronized Map<String, String> entries() {
        return store.list("");
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return store.get(key);
    }

    @Override
    public synchronized void put(String key, String value) {
        checkWrite();
        store.put(key, value);
    }

    @Override
    public synchronized void putAll(Map<String, String> values) {
        checkWrite();
        putAlls++;
        store.putAll(values);
    }

    @Override
    public synchronized void remove(String key) {
        checkWrite();
        store.remove(key);
    }

    @Override
    public synchronized boolean compareAndSet(String key, Optional<String> expected, Optional<String> update) {
        return store.compareAndSet(key, expected, update);
    }

    @Override
    public synchronized Map<String, String> list(String prefix) {
        return store.list(prefix);
    }

    private void checkWrite() {
        if (failWrites || (failAfterPutAlls >= 0 && putAlls >= failAfterPutAlls)) {
            throw new StoreException("The host database is read-only.");
        }
    }
}
