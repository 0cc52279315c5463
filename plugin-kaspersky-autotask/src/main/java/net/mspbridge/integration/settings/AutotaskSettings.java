package net.mspbridge.integration.settings;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.host.Secret;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.ValidationMessage;
import net.mspbridge.api.settings.ValidationResult;

/**
 * The Autotask connection as the Connection panel saved it, read by the same rules that validated
 * it. The secret stays wrapped ({@link Secret#toString()} is redacted, and so is this record's).
 *
 * @param username                the API user name
 * @param secret                  the API user's secret
 * @param integrationCode         the API tracking identifier
 * @param baseUrlOverride         the API base URL to use instead of zone discovery, when set
 * @param impersonationResourceId the resource to act as, when set
 */
public record AutotaskSettings(
        String username,
        Secret secret,
        String integrationCode,
        Optional<URI> baseUrlOverride,
        OptionalLong impersonationResourceId) {

    public AutotaskSettings {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(integrationCode, "integrationCode");
        Objects.requireNonNull(baseUrlOverride, "baseUrlOverride");
        Objects.requireNonNull(impersonationResourceId, "impersonationResourceId");
    }

    /**
     * Reads the connection from settings and secrets.
     *
     * @throws ConfigurationException naming every missing or invalid field, when any is
     */
    public static AutotaskSettings read(SettingsValues values, Secrets secrets) {
        ValidationResult problems = ConnectionRules.autotask(values, secrets);
        if (problems.hasErrors()) {
            throw new ConfigurationException("The Autotask connection is not set up: "
                    + problems.errors().stream().map(ValidationMessage::text).collect(Collectors.joining(" "))
                    + " Fix it on the Connection panel.");
        }
        String baseUrl = values.text(SettingsKeys.AUTOTASK_BASE_URL).trim();
        String impersonation = values.text(SettingsKeys.AUTOTASK_IMPERSONATION_RESOURCE_ID).trim();
        return new AutotaskSettings(
                values.text(SettingsKeys.AUTOTASK_USERNAME).trim(),
                secrets.get(SettingsKeys.AUTOTASK_SECRET).orElseThrow(),
                values.text(SettingsKeys.AUTOTASK_INTEGRATION_CODE).trim(),
                baseUrl.isEmpty() ? Optional.empty() : ConnectionRules.baseUrl(baseUrl),
                impersonation.isEmpty()
                        ? OptionalLong.empty()
                        : OptionalLong.of(ConnectionRules.positiveLong(impersonation).orElseThrow()));
    }
}
