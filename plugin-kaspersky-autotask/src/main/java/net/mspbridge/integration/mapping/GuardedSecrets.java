package net.mspbridge.integration.mapping;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import net.mspbridge.api.host.Secret;
import net.mspbridge.api.host.Secrets;

/** A context's secrets with some withheld by {@link SecretBindings}. */
final class GuardedSecrets implements Secrets {

    private final Secrets secrets;
    private final Set<String> withheld;

    GuardedSecrets(Secrets secrets, Set<String> withheld) {
        this.secrets = secrets;
        this.withheld = Set.copyOf(withheld);
    }

    @Override
    public Optional<Secret> get(String key) {
        return withheld.contains(key) ? Optional.empty() : secrets.get(key);
    }

    @Override
    public Set<String> keys() {
        Set<String> keys = new HashSet<>(secrets.keys());
        keys.removeAll(withheld);
        return Set.copyOf(keys);
    }

    /**
     * Declared by the interface only from contract 1.1; in a 1.0 host it is an ordinary method that
     * {@link SecretBindings#withheld(Secrets)} reaches through this class.
     */
    @Override
    public Set<String> withheld() {
        return withheld;
    }

    @Override
    public String toString() {
        return "Secrets" + new TreeSet<>(keys());
    }
}
