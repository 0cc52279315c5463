package net.mspbridge.api.host;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** {@link Secrets#of(Map)}: an immutable copy whose {@code toString} lists keys only. */
final class InMemorySecrets implements Secrets {

    private final Map<String, Secret> secrets;

    InMemorySecrets(Map<String, String> values) {
        Map<String, Secret> copy = new TreeMap<>();
        values.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(key, Secret.of(value));
            }
        });
        this.secrets = Map.copyOf(copy);
    }

    @Override
    public Optional<Secret> get(String key) {
        return Optional.ofNullable(secrets.get(key));
    }

    @Override
    public Set<String> keys() {
        return secrets.keySet();
    }

    @Override
    public String toString() {
        return "Secrets" + new TreeMap<>(secrets).keySet();
    }
}
