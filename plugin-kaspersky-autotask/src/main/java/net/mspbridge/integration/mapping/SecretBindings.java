package net.mspbridge.integration.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.StoreException;
import net.mspbridge.api.host.Secret;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.SecretField;

/**
 * The plugin's own guard for the rule "a stored secret goes only to the destination it was saved
 * with" ({@link SecretField#destinationKeys()}), for hosts of contract 1.0 that pass the stored
 * secret along with any proposed server address.
 *
 * <p>The plugin remembers, in its own store, each secret's destination and a 16-bit fingerprint of
 * the secret (too short to test guesses against, long enough to tell a newly typed secret from the
 * stored one nearly always), the first time it sees the secret stored and whenever a stored secret
 * with another fingerprint appears (a new secret was saved with its destination). In any context,
 * stored or proposed, whose destination differs from the remembered one, a secret with the
 * remembered fingerprint is the old one, and is withheld: the Connection rules then ask for it
 * again, so neither a test, a save nor a billing run sends or keeps it for the new server. The
 * price in a 1.0 host: the same secret typed again for a new server is refused too (it cannot be
 * told from the stored one); a new secret, or a host of contract 1.1, is needed to move it.
 *
 * <p>A host of contract 1.1 applies the rule itself, knowing which secrets were typed; the plugin
 * then leaves the decision to it.
 *
 * <p>Thread-safe: stateless apart from the store, whose single calls are atomic.
 */
public final class SecretBindings {

    private static final Logger LOG = LoggerFactory.getLogger(SecretBindings.class);
    static final String STORE_PREFIX = "connection/secret-destination/";
    private static final boolean HOST_KEEPS_SECRETS_IN_PLACE = hostHasRule();

    private final boolean hostKeepsSecretsInPlace;
    private final Map<String, List<String>> destinations;

    /** Each secret's destination fields: the only settings that decide where the secret is sent. */
    static final Map<String, List<String>> DESTINATIONS = Map.of(
            SettingsKeys.AUTOTASK_SECRET, List.of(SettingsKeys.AUTOTASK_BASE_URL),
            SettingsKeys.KSC_PASSWORD, List.of(SettingsKeys.KSC_ADDRESS, SettingsKeys.KSC_CERTIFICATE_PIN));

    /**
     * @param hostKeepsSecretsInPlace whether the host withholds moved secrets itself (contract 1.1)
     */
    SecretBindings(boolean hostKeepsSecretsInPlace) {
        this.hostKeepsSecretsInPlace = hostKeepsSecretsInPlace;
        this.destinations = DESTINATIONS;
    }

    /**
     * The field with its {@link #DESTINATIONS} declared, for a host of contract 1.1; as it is for a
     * 1.0 host, whose {@link SecretField} has no destinations (nor the method that sets them).
     */
    static SecretField declared(SecretField field) {
        List<String> keys = DESTINATIONS.getOrDefault(field.key(), List.of());
        return HOST_KEEPS_SECRETS_IN_PLACE && !keys.isEmpty() ? field.sentTo(keys.toArray(String[]::new)) : field;
    }

    /** For the host this plugin runs in. */
    public static SecretBindings forThisHost() {
        return new SecretBindings(HOST_KEEPS_SECRETS_IN_PLACE);
    }

    /**
     * Remembers where each stored secret belongs: a secret seen for the first time, or one with a
     * new fingerprint, belongs where the stored values say. Call it with contexts of stored values
     * only. A store that fails leaves the old record, which only makes the guard stricter.
     */
    void record(HostContext stored) {
        if (hostKeepsSecretsInPlace) {
            return;
        }
        destinations.forEach((key, fields) -> stored.secrets().get(key).ifPresent(secret -> {
            String fingerprint = fingerprint(key, secret);
            try {
                Optional<String> known = stored.store().get(STORE_PREFIX + key);
                if (known.isEmpty() || !known.get().startsWith(fingerprint + "\n")) {
                    stored.store().put(STORE_PREFIX + key, fingerprint + "\n" + destination(stored, fields));
                }
            } catch (StoreException e) {
                LOG.warn("Could not record where the secret {} belongs ({}); a changed server will ask for it again",
                        key, e.getMessage());
            }
        }));
    }

    /**
     * The context with every secret withheld that is the remembered one but whose destination in
     * the context is not the remembered one. Unchanged under a host that applies the rule itself.
     * Every context the plugin builds a client from goes through here.
     */
    public HostContext guard(HostContext proposed) {
        if (hostKeepsSecretsInPlace) {
            return proposed;
        }
        Set<String> withheld = destinations.entrySet().stream()
                .filter(entry -> moved(proposed, entry.getKey(), entry.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
        return withheld.isEmpty()
                ? proposed
                : proposed.withSettings(proposed.settings(), new GuardedSecrets(proposed.secrets(), withheld));
    }

    /**
     * The secrets held back from this context because its destination changed: by this guard, or
     * by a host of contract 1.1. Safe to call in a host of contract 1.0, which lacks
     * {@link Secrets#withheld()}.
     */
    static Set<String> withheld(Secrets secrets) {
        if (secrets instanceof GuardedSecrets guarded) {
            return guarded.withheld();
        }
        return HOST_KEEPS_SECRETS_IN_PLACE ? secrets.withheld() : Set.of();
    }

    private boolean moved(HostContext proposed, String key, List<String> fields) {
        Optional<Secret> secret = proposed.secrets().get(key);
        if (secret.isEmpty()) {
            return false;
        }
        Optional<String> record;
        try {
            record = proposed.store().get(STORE_PREFIX + key);
        } catch (StoreException e) {
            // Where the secret belongs cannot be read: it stays here rather than risk sending it elsewhere.
            return true;
        }
        if (record.isEmpty()) {
            return false; // never seen stored: typed for the first time
        }
        String[] parts = record.get().split("\n", 2);
        boolean sameSecret = parts[0].equals(fingerprint(key, secret.get()));
        boolean sameDestination = parts.length == 2 && parts[1].equals(destination(proposed, fields));
        return sameSecret && !sameDestination;
    }

    private static String destination(HostContext context, List<String> fields) {
        return fields.stream().map(f -> f + "=" + context.settings().text(f).strip()).collect(Collectors.joining("\n"));
    }

    private static String fingerprint(String key, Secret secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((key + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha.digest(secret.reveal().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether the host's plugin-api is contract 1.1 or later, whose hosts apply the rule themselves. */
    private static boolean hostHasRule() {
        try {
            Secrets.class.getMethod("withheld");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
