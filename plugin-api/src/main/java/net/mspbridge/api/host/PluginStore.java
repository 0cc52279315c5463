package net.mspbridge.api.host;

import java.util.Map;
import java.util.Optional;

/**
 * A small durable key-value store scoped to one plugin, which the plugin may read and write during
 * any call; for example a billing plugin's record of what it has billed. The host keeps it across
 * restarts and never interprets the values.
 *
 * <p>Limits a host enforces, each refused with {@link IllegalArgumentException} before anything is
 * read or written (a refused call changes nothing):
 * <ul>
 * <li>a key is 1 to 200 characters, never null (a {@link #list} prefix is at most 200 characters);</li>
 * <li>a value is a string of at most 64 KiB in UTF-8, never null (plugins serialise structured values
 *     themselves; to delete a key, {@link #remove} it);</li>
 * <li>{@link #putAll} takes at most 10,000 entries at once (since 1.1: a host may refuse more; the
 *     in-memory store takes any number).</li>
 * </ul>
 *
 * <p>A write returns only once it is durable. Every method is thread-safe and each single call is
 * atomic; {@link #putAll} is atomic as a whole.
 *
 * <p>Errors: every method throws {@link net.mspbridge.api.StoreException} when the host cannot do it
 * (its storage failed; a write that throws did not happen), and {@link IllegalArgumentException} for
 * input outside the limits above, never a {@code StoreException} (stated since contract 1.1, with
 * the putAll limit).
 */
public interface PluginStore {

    /** The value stored under the key, or empty. */
    Optional<String> get(String key);

    /** Stores the value under the key, replacing any value there. */
    void put(String key, String value);

    /** Stores every entry at once: all of them or, when it throws, none. */
    void putAll(Map<String, String> entries);

    /** Removes the key; removing an absent key does nothing. */
    void remove(String key);

    /**
     * Atomically sets the key to {@code update} if its current value equals {@code expected}.
     * An empty {@code expected} means "the key is absent"; an empty {@code update} removes the key.
     * Plugins use it for leases, for example to keep two runs from overlapping across processes.
     *
     * @return whether the value was changed
     */
    boolean compareAndSet(String key, Optional<String> expected, Optional<String> update);

    /**
     * Every entry whose key starts with the prefix, sorted by key.
     *
     * @param prefix a key prefix; empty for all entries
     */
    Map<String, String> list(String prefix);

    /**
     * A store in memory, with the limits above: for tests, and for hosts that keep nothing between
     * runs (a plugin's record of what it billed is then lost with the process).
     */
    static PluginStore inMemory() {
        return new InMemoryPluginStore();
    }
}
