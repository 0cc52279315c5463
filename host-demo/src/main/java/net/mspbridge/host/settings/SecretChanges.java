package net.mspbridge.host.settings;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import net.mspbridge.api.host.Secret;

/**
 * What a save does to secrets: the ones given a new value, and the ones cleared. A secret in
 * neither keeps its stored value (a blank field on the page).
 *
 * @param set     new values by secret key
 * @param cleared keys whose stored secret is removed
 */
public record SecretChanges(Map<String, Secret> set, Set<String> cleared) {

    private static final SecretChanges NONE = new SecretChanges(Map.of(), Set.of());

    public SecretChanges {
        set = Map.copyOf(set);
        cleared = Set.copyOf(cleared);
        Set<String> both = new HashSet<>(set.keySet());
        both.retainAll(cleared);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("secret " + both.iterator().next() + " is both set and cleared");
        }
    }

    /** No change to any secret. */
    public static SecretChanges none() {
        return NONE;
    }

    /** One secret set to a new value. */
    public static SecretChanges of(String key, String value) {
        return new SecretChanges(Map.of(key, Secret.of(value)), Set.of());
    }

    public boolean isEmpty() {
        return set.isEmpty() && cleared.isEmpty();
    }

    /** Every key this change touches. */
    public Set<String> keys() {
        Set<String> keys = new HashSet<>(set.keySet());
        keys.addAll(cleared);
        return keys;
    }

    /** Lists keys only: never the secrets. */
    @Override
    public String toString() {
        return "SecretChanges[set=" + new java.util.TreeSet<>(set.keySet()) + ", cleared=" + new java.util.TreeSet<>(cleared) + "]";
    }
}
