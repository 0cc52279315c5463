package net.mspbridge.api.host;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plugin's secrets, keyed by the keys of its {@link net.mspbridge.api.settings.SecretField}s.
 * The host stores them encrypted and decrypts one when the plugin asks for it; the plugin never
 * writes secrets. Implementations are thread-safe.
 */
public interface Secrets {

    /**
     * @param key a secret field key
     * @return the secret, or empty when none is set for that key
     */
    Optional<Secret> get(String key);

    /** The keys that have a secret set. */
    Set<String> keys();

    /** No secrets at all. */
    static Secrets none() {
        return of(Map.of());
    }

    /**
     * Secrets held in memory, for hosts that decrypt up front and for tests.
     *
     * @param values plain values by key; blank values are treated as not set
     */
    static Secrets of(Map<String, String> values) {
        return new InMemorySecrets(values);
    }
}
