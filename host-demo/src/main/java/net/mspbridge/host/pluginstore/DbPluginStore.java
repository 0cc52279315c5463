package net.mspbridge.host.pluginstore;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import net.mspbridge.api.StoreException;
import net.mspbridge.api.host.PluginStore;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.db.DatabaseException;

/**
 * One plugin's rows of {@code plugin_store}. Each method is one transaction; with the database's
 * {@code WRITE_DELAY=0} a write is in the file when the method returns.
 */
final class DbPluginStore implements PluginStore {

    static final int MAX_KEY_CHARS = 200;
    static final int MAX_VALUE_BYTES = 64 * 1024;
    static final int MAX_ENTRIES_PER_PUT_ALL = 10_000;

    private final Database database;
    private final String pluginId;

    DbPluginStore(Database database, String pluginId) {
        this.database = database;
        this.pluginId = pluginId;
    }

    @Override
    public Optional<String> get(String key) {
        checkKey(key);
        return run("read " + key, () -> database.read(connection -> current(connection, key)));
    }

    @Override
    public void put(String key, String value) {
        checkKey(key);
        checkValue(key, value);
        run("write " + key, () -> database.transaction(connection -> {
            merge(connection, Map.of(key, value));
            return null;
        }));
    }

    @Override
    public void putAll(Map<String, String> entries) {
        Objects.requireNonNull(entries, "entries");
        if (entries.size() > MAX_ENTRIES_PER_PUT_ALL) {
            throw new IllegalArgumentException("putAll takes at most " + MAX_ENTRIES_PER_PUT_ALL
                    + " entries at once, not " + entries.size());
        }
        entries.forEach((key, value) -> {
            checkKey(key);
            checkValue(key, value);
        });
        if (entries.isEmpty()) {
            return;
        }
        run("write " + entries.size() + " entries", () -> database.transaction(connection -> {
            merge(connection, entries);
            return null;
        }));
    }

    @Override
    public void remove(String key) {
        checkKey(key);
        run("remove " + key, () -> database.transaction(connection -> {
            delete(connection, key);
            return null;
        }));
    }

    @Override
    public boolean compareAndSet(String key, Optional<String> expected, Optional<String> update) {
        checkKey(key);
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(update, "update");
        update.ifPresent(value -> checkValue(key, value));
        return run("compare and set " + key, () -> database.transaction(connection -> {
            if (!lock(connection, key).equals(expected)) {
                return false;
            }
            if (update.isEmpty()) {
                delete(connection, key);
                return true;
            }
            if (expected.isEmpty()) {
                return insertIfAbsent(connection, key, update.get());
            }
            merge(connection, Map.of(key, update.get()));
            return true;
        }));
    }

    @Override
    public Map<String, String> list(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.length() > MAX_KEY_CHARS) {
            throw new IllegalArgumentException("a key prefix is at most " + MAX_KEY_CHARS + " characters, not "
                    + prefix.length());
        }
        return run("list " + prefix, () -> database.read(connection -> {
            SortedMap<String, String> entries = new TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT store_key, store_value FROM plugin_store"
                    + " WHERE plugin_id = ? AND store_key LIKE ? ESCAPE '\\' ORDER BY store_key")) {
                select.setString(1, pluginId);
                select.setString(2, likePrefix(prefix));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            return entries;
        }));
    }

    private Optional<String> current(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT store_value FROM plugin_store WHERE plugin_id = ? AND store_key = ?")) {
            select.setString(1, pluginId);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private Optional<String> lock(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT store_value FROM plugin_store WHERE plugin_id = ? AND store_key = ? FOR UPDATE")) {
            select.setString(1, pluginId);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** Inserts unless another transaction inserted the key first, which makes the CAS fail. */
    private boolean insertIfAbsent(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO plugin_store (plugin_id, store_key, store_value) VALUES (?, ?, ?)")) {
            insert.setString(1, pluginId);
            insert.setString(2, key);
            insert.setString(3, value);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private void merge(Connection connection, Map<String, String> entries) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO plugin_store (plugin_id, store_key, store_value) KEY (plugin_id, store_key) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                merge.setString(1, pluginId);
                merge.setString(2, entry.getKey());
                merge.setString(3, entry.getValue());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    private void delete(Connection connection, String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM plugin_store WHERE plugin_id = ? AND store_key = ?")) {
            delete.setString(1, pluginId);
            delete.setString(2, key);
            delete.executeUpdate();
        }
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a store key must not be " + (key == null ? "null" : "empty"));
        }
        if (key.length() > MAX_KEY_CHARS) {
            throw new IllegalArgumentException("a store key is at most " + MAX_KEY_CHARS + " characters; '"
                    + key.substring(0, 40) + "...' has " + key.length());
        }
    }

    private static void checkValue(String key, String value) {
        if (value == null) {
            throw new IllegalArgumentException("the value for store key '" + key + "' is null; use remove to delete a key");
        }
        // Cheap bound first: a string of n chars is at most 3n bytes in UTF-8 (4 for a surrogate pair of 2 chars).
        if (value.length() * 3L > MAX_VALUE_BYTES) {
            int bytes = value.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_VALUE_BYTES) {
                throw new IllegalArgumentException("the value for store key '" + key + "' is " + bytes
                        + " bytes; values are at most " + MAX_VALUE_BYTES + " bytes (64 KiB) in UTF-8");
            }
        }
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private <T> T run(String what, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (DatabaseException e) {
            throw new StoreException("the host could not " + what + " in the store of plugin " + pluginId
                    + ": " + e.getMessage(), e);
        }
    }
}
