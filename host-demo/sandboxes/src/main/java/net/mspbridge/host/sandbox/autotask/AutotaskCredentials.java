package net.mspbridge.host.sandbox.autotask;

import java.util.Objects;

import net.mspbridge.api.host.Secret;

/**
 * The API user the Autotask sandbox accepts: the three headers of every call. The secret stays
 * wrapped (its {@code toString} is redacted), so this record can be logged safely.
 *
 * @param userName        the {@code UserName} header (matched without regard to case, like an e-mail)
 * @param secret          the {@code Secret} header
 * @param integrationCode the {@code ApiIntegrationCode} header (the API user's tracking identifier)
 */
public record AutotaskCredentials(String userName, Secret secret, String integrationCode) {

    public AutotaskCredentials {
        Objects.requireNonNull(secret, "secret");
        if (userName == null || userName.isBlank()) {
            throw new IllegalArgumentException("the Autotask sandbox needs an API user name");
        }
        if (integrationCode == null || integrationCode.isBlank()) {
            throw new IllegalArgumentException("the Autotask sandbox needs an integration code");
        }
    }
}
