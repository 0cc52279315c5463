package net.mspbridge.host.settings;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import net.mspbridge.api.settings.SettingsValues;

/**
 * A plugin's stored settings as one version.
 *
 * @param version    the version a save must be based on; 0 before the first save
 * @param values     the non-secret values
 * @param secretKeys the keys of the secrets that are set (never their values)
 * @param updatedAt  when the version was saved; empty before the first save
 * @param updatedBy  who saved it; empty before the first save
 */
public record StoredSettings(
        long version,
        SettingsValues values,
        Set<String> secretKeys,
        Optional<Instant> updatedAt,
        String updatedBy) {

    public StoredSettings {
        Objects.requireNonNull(values, "values");
        secretKeys = Set.copyOf(secretKeys);
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
    }

    /** The settings of a plugin that was never saved. */
    public static StoredSettings none() {
        return new StoredSettings(0, SettingsValues.empty(), Set.of(), Optional.empty(), "");
    }
}
