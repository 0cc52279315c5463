package net.mspbridge.host.settings;

import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.secrets.SecretBox;

/**
 * Where each plugin's settings live: non-secret values and a version per plugin, secrets sealed
 * apart from them. Saving is versioned: a save names the version it was based on and is refused
 * when another save came first.
 *
 * <p>Thread-safe; concurrent saves of one plugin are serialised by the database, exactly one of
 * two saves based on the same version wins.
 */
public interface SettingsRepository {

    /**
     * The stored settings of a plugin.
     *
     * @throws net.mspbridge.host.db.DatabaseException when the database fails
     */
    StoredSettings load(String pluginId);

    /**
     * The plugin's stored secrets, opened one by one when asked for.
     *
     * @throws net.mspbridge.host.db.DatabaseException when the database fails
     */
    Secrets secrets(String pluginId);

    /**
     * Stores a new version: all of the values given (they replace the stored values) and the
     * secret changes, atomically.
     *
     * @param pluginId    the plugin
     * @param basedOn     the version the person started from
     * @param values      the complete new values
     * @param secrets     the secrets to set or clear
     * @param savedBy     who saves, for the record
     * @return the new version
     * @throws StaleSettingsException when the stored version is not {@code basedOn}; nothing stored
     * @throws net.mspbridge.host.db.DatabaseException when the database fails; nothing stored
     */
    long save(String pluginId, long basedOn, SettingsValues values, SecretChanges secrets, String savedBy);

    /** Settings in the host database, secrets sealed by the box. */
    static SettingsRepository inDatabase(Database database, SecretBox box, java.time.Clock clock) {
        return new DbSettingsRepository(database, box, clock);
    }
}
