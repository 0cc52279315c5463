package net.mspbridge.host.settings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.mspbridge.api.host.Secret;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.secrets.SecretBox;

/** {@link SettingsRepository} in the tables {@code plugin_settings} and {@code plugin_secret}. */
final class DbSettingsRepository implements SettingsRepository {

    private final Database database;
    private final SecretBox box;
    private final Clock clock;

    DbSettingsRepository(Database database, SecretBox box, Clock clock) {
        this.database = database;
        this.box = box;
        this.clock = clock;
    }

    @Override
    public StoredSettings load(String pluginId) {
        return database.read(connection -> {
            Set<String> secretKeys = sealedSecrets(connection, pluginId).keySet();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT version, values_json, updated_at, updated_by FROM plugin_settings WHERE plugin_id = ?")) {
                select.setString(1, pluginId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return new StoredSettings(0, SettingsValues.empty(), secretKeys, Optional.empty(), "");
                    }
                    return new StoredSettings(row.getLong(1), SettingsJson.read(row.getString(2)), secretKeys,
                            Optional.of(row.getTimestamp(3).toInstant()), row.getString(4));
                }
            }
        });
    }

    @Override
    public Secrets secrets(String pluginId) {
        return new StoredSecrets(pluginId, database.read(connection -> sealedSecrets(connection, pluginId)), box);
    }

    @Override
    public long save(String pluginId, long basedOn, SettingsValues values, SecretChanges secrets, String savedBy) {
        // Seal before the transaction: nothing slow inside it.
        Map<String, byte[]> sealed = new HashMap<>();
        for (Map.Entry<String, Secret> entry : secrets.set().entrySet()) {
            sealed.put(entry.getKey(), box.seal(entry.getValue(), StoredSecrets.context(pluginId, entry.getKey())));
        }
        String json = SettingsJson.write(values);
        Timestamp now = Timestamp.from(Instant.now(clock));
        return database.transaction(connection -> {
            long current = lockVersion(connection, pluginId);
            if (current != basedOn) {
                throw new StaleSettingsException(pluginId, basedOn, current);
            }
            long next = current + 1;
            if (current == 0) {
                insert(connection, pluginId, json, now, savedBy);
            } else {
                update(connection, pluginId, next, json, now, savedBy);
            }
            writeSecrets(connection, pluginId, sealed, secrets.cleared());
            return next;
        });
    }

    /** The stored version, locking the row until the transaction ends; 0 when there is none. */
    private static long lockVersion(Connection connection, String pluginId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version FROM plugin_settings WHERE plugin_id = ? FOR UPDATE")) {
            select.setString(1, pluginId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private static void insert(Connection connection, String pluginId, String json, Timestamp now, String savedBy)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO plugin_settings"
                + " (plugin_id, version, values_json, updated_at, updated_by) VALUES (?, 1, ?, ?, ?)")) {
            insert.setString(1, pluginId);
            insert.setString(2, json);
            insert.setTimestamp(3, now);
            insert.setString(4, savedBy);
            insert.executeUpdate();
        } catch (SQLException e) {
            // Two first saves at once: the other one inserted the row first.
            if ("23505".equals(e.getSQLState())) {
                throw new StaleSettingsException(pluginId, 0, 1);
            }
            throw e;
        }
    }

    private static void update(Connection connection, String pluginId, long next, String json, Timestamp now,
            String savedBy) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE plugin_settings"
                + " SET version = ?, values_json = ?, updated_at = ?, updated_by = ? WHERE plugin_id = ? AND version = ?")) {
            update.setLong(1, next);
            update.setString(2, json);
            update.setTimestamp(3, now);
            update.setString(4, savedBy);
            update.setString(5, pluginId);
            update.setLong(6, next - 1);
            if (update.executeUpdate() != 1) {
                throw new StaleSettingsException(pluginId, next - 1, lockVersion(connection, pluginId));
            }
        }
    }

    private static void writeSecrets(Connection connection, String pluginId, Map<String, byte[]> sealed,
            Set<String> cleared) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO plugin_secret (plugin_id, secret_key, sealed) KEY (plugin_id, secret_key) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, byte[]> entry : sealed.entrySet()) {
                merge.setString(1, pluginId);
                merge.setString(2, entry.getKey());
                merge.setBytes(3, entry.getValue());
                merge.addBatch();
            }
            merge.executeBatch();
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM plugin_secret WHERE plugin_id = ? AND secret_key = ?")) {
            for (String key : cleared) {
                delete.setString(1, pluginId);
                delete.setString(2, key);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private static Map<String, byte[]> sealedSecrets(Connection connection, String pluginId) throws SQLException {
        Map<String, byte[]> sealed = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT secret_key, sealed FROM plugin_secret WHERE plugin_id = ?")) {
            select.setString(1, pluginId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sealed.put(rows.getString(1), rows.getBytes(2));
                }
            }
        }
        return sealed;
    }
}
