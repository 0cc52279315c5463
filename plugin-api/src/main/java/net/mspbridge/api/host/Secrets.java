package net.mspbridge.api.host;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plugin's secrets, keyed by the keys of its {@link net.mspbridge.api.settings.SecretField}s.
 * The host stores them encrypted and decrypts one when the plugin asks for it; the plugin never
 * writes secrets. Implementations are thread-safe.
 *
 * <p>Since 1.1, a stored secret is only ever handed out for the destination it was saved with (see
 * {@link net.mspbridge.api.settings.SecretField#destinationKeys()}): in a proposed context whose
 * destination fields differ from the stored ones, a host of contract 1.1 withholds it, and
 * {@link #withheld()} says which, so that the plugin can ask the person to type it again.
 */
public interface Secrets {

    /**
     * @param key a secret field key
     * @return the secret, or empty when none is set for that key
     */
    Optional<Secret> get(String key);

    /** The keys that have a secret set. */
    Set<String> keys();

    /**
     * The keys of stored secrets that the host holds back from this context because its proposed
     * destination differs from the one they were saved with. They are not in {@link #keys()} and
     * {@link #get} answers empty for them; the person must type them again. Always empty for a
     * context of stored values.
     *
     * <p>A host of contract 1.0 does not have this method: a plugin that may run there calls it
     * only after checking that the host's contract is 1.1 or later.
     *
     * @since 1.1
     */
    default Set<String> withheld() {
        return Set.of();
    }

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
