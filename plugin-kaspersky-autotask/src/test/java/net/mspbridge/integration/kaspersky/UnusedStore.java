package net.mspbridge.integration.kaspersky;

import java.util.Map;
import java.util.Optional;

import net.mspbridge.api.host.PluginStore;

/** A store that fails on any use: usage sources read remote services and never the plugin's store. */
public final class UnusedStore implements PluginStore {

    private static UnsupportedOperationException used() {
        return new UnsupportedOperationException("usage sources must not use the plugin store");
    }

    @Override
    public Optional<String> get(String key) {
        throw used();
    }

    @Override
    public void put(String key, String value) {
        throw used();
    }

    @Override
    public void putAll(Map<String, String> entries) {
        throw used();
    }

    @Override
    public void remove(String key) {
        throw used();
    }

    @Override
    public boolean compareAndSet(String key, Optional<String> expected, Optional<String> update) {
        throw used();
    }

    @Override
    public Map<String, String> list(String prefix) {
        throw used();
    }
}
