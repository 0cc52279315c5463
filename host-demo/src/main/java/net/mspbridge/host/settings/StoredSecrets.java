package net.mspbridge.host.settings;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import net.mspbridge.api.host.Secret;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.host.secrets.SecretBox;

/**
 * A plugin's secrets as read from the database: sealed until the plugin asks for one. A snapshot:
 * later saves do not change it.
 */
final class StoredSecrets implements Secrets {

    private final String pluginId;
    private final Map<String, byte[]> sealed;
    private final SecretBox box;

    StoredSecrets(String pluginId, Map<String, byte[]> sealed, SecretBox box) {
        this.pluginId = pluginId;
        this.sealed = Map.copyOf(sealed);
        this.box = box;
    }

    static String context(String pluginId, String key) {
        return "plugin-secret:" + pluginId + "/" + key;
    }

    @Override
    public Optional<Secret> get(String key) {
        byte[] value = sealed.get(key);
        return value == null ? Optional.empty() : Optional.of(box.open(value, context(pluginId, key)));
    }

    @Override
    public Set<String> keys() {
        return sealed.keySet();
    }

    @Override
    public String toString() {
        return "Secrets" + new TreeMap<>(sealed).keySet();
    }
}
