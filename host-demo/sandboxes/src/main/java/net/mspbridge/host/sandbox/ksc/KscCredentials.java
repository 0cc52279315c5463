package net.mspbridge.host.sandbox.ksc;

import java.util.Objects;

import net.mspbridge.api.host.Secret;

/**
 * The KSC user the sandbox accepts in the {@code KSCBasic} login. The password stays wrapped.
 *
 * @param domain the user's domain, empty for a KSC-internal user
 */
public record KscCredentials(String userName, Secret password, String domain) {

    public KscCredentials {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(domain, "domain");
        if (userName == null || userName.isBlank()) {
            throw new IllegalArgumentException("the KSC sandbox needs a user name");
        }
    }
}
