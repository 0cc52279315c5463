package net.mspbridge.host.settings;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import net.mspbridge.api.host.Secret;
import net.mspbridge.api.host.Secrets;

/**
 * The stored secrets with a person's unsaved changes applied: new values win, cleared ones are
 * gone, and stored ones whose destination the proposal changes are withheld (contract 1.1, see
 * {@link SecretDestinations}).
 */
final class ProposedSecrets implements Secrets {

    private final Secrets stored;
    private final SecretChanges changes;
    private final Set<String> withheld;

    ProposedSecrets(Secrets stored, SecretChanges changes, Set<String> withheld) {
        this.stored = stored;
        this.changes = changes;
        this.withheld = Set.copyOf(withheld);
    }

    @Override
    public Optional<Secret> get(String key) {
        if (changes.cleared().contains(key) || withheld.contains(key)) {
            return Optional.empty();
        }
        Secret changed = changes.set().get(key);
        return changed != null ? Optional.of(changed) : stored.get(key);
    }

    @Override
    public Set<String> keys() {
        Set<String> keys = new HashSet<>(stored.keys());
        keys.addAll(changes.set().keySet());
        keys.removeAll(changes.cleared());
        keys.removeAll(withheld);
        return Set.copyOf(keys);
    }

    @Override
    public Set<String> withheld() {
        return withheld;
    }

    @Override
    public String toString() {
        return "Secrets" + new TreeSet<>(keys());
    }
}
