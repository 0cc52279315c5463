package net.mspbridge.host.runs;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import net.mspbridge.host.db.Database;

/**
 * The {@code billing_continuation} table. Every change of state is one conditional update, so two
 * processes on one data folder never both start, or both cancel, the same continuation.
 */
final class ContinuationStore {

    private static final String COLUMNS = "continuation_id, plugin_id, effective_date, due_at, from_run_id, step, state,"
            + " run_id, ended_at, note";

    private final Database database;
    private final Clock clock;

    ContinuationStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Schedules a continuation, superseding the plugin's scheduled one if any (one waits per plugin: the
     * newest deferred run knows best what is left), in one transaction.
     */
    Continuation schedule(String pluginId, LocalDate effectiveDate, Instant dueAt, String fromRunId, int step) {
        Instant now = clock.instant();
        return database.transaction(connection -> {
            end(connection, pluginId, ContinuationState.SUPERSEDED, "superseded by the continuation of " + fromRunId, now);
            long id;
            try (PreparedStatement next = connection.prepareStatement("SELECT NEXT VALUE FOR billing_continuation_seq");
                 ResultSet row = next.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO billing_continuation (continuation_id,"
                    + " plugin_id, effective_date, due_at, from_run_id, step, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, pluginId);
                insert.setDate(3, Date.valueOf(effectiveDate));
                insert.setTimestamp(4, Timestamp.from(dueAt));
                insert.setString(5, fromRunId);
                insert.setInt(6, step);
                insert.setString(7, ContinuationState.SCHEDULED.name());
                insert.setTimestamp(8, Timestamp.from(now));
                insert.executeUpdate();
            }
            return find(connection, id).orElseThrow();
        });
    }

    /** Ends the plugin's scheduled continuation, if any, as superseded by {@code runId}; how many it ended (0 or 1). */
    int supersede(String pluginId, String runId) {
        Instant now = clock.instant();
        return database.transaction(connection -> end(connection, pluginId, ContinuationState.SUPERSEDED,
                "superseded by " + runId + ", an apply run started before it", now));
    }

    /** Cancels a scheduled continuation; false when it is not scheduled (any more). */
    boolean cancel(long id, String by) {
        Instant now = clock.instant();
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE billing_continuation SET state = ?,"
                    + " ended_at = ?, note = ? WHERE continuation_id = ? AND state = ?")) {
                update.setString(1, ContinuationState.CANCELLED.name());
                update.setTimestamp(2, Timestamp.from(now));
                update.setString(3, "cancelled by " + limit(by, 200));
                update.setLong(4, id);
                update.setString(5, ContinuationState.SCHEDULED.name());
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Claims a due continuation for starting; false when another process or a person got to it first. */
    boolean claim(long id) {
        return move(id, ContinuationState.SCHEDULED, ContinuationState.STARTED, Optional.empty(), "");
    }

    /** Puts a claimed continuation back, to try at the next check (its run was refused: another was under way). */
    void unclaim(long id) {
        database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE billing_continuation SET state = ?,"
                    + " ended_at = NULL WHERE continuation_id = ? AND state = ? AND run_id IS NULL")) {
                update.setString(1, ContinuationState.SCHEDULED.name());
                update.setLong(2, id);
                update.setString(3, ContinuationState.STARTED.name());
                return update.executeUpdate();
            }
        });
    }

    /**
     * Puts back continuations claimed longer ago than {@code age} that never got a run: their process
     * stopped between the claim and the start. How many it put back.
     */
    int reviveStale(java.time.Duration age) {
        Instant before = clock.instant().minus(age);
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE billing_continuation SET state = ?,"
                    + " ended_at = NULL WHERE state = ? AND run_id IS NULL AND ended_at < ?")) {
                update.setString(1, ContinuationState.SCHEDULED.name());
                update.setString(2, ContinuationState.STARTED.name());
                update.setTimestamp(3, Timestamp.from(before));
                return update.executeUpdate();
            }
        });
    }

    /** Records the run a claimed continuation started. */
    void started(long id, String runId) {
        database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE billing_continuation SET run_id = ? WHERE continuation_id = ?")) {
                update.setString(1, runId);
                update.setLong(2, id);
                return update.executeUpdate();
            }
        });
    }

    /** Records that a claimed continuation's run could not start, and why. */
    void notStarted(long id, String why) {
        move(id, ContinuationState.STARTED, ContinuationState.NOT_STARTED, Optional.empty(), why);
    }

    /** Scheduled continuations due now, oldest first. */
    List<Continuation> due() {
        Instant now = clock.instant();
        return database.read(connection -> list(connection, "SELECT " + COLUMNS + " FROM billing_continuation"
                + " WHERE state = 'SCHEDULED' AND due_at <= ? ORDER BY due_at, continuation_id", Timestamp.from(now)));
    }

    /** The plugin's scheduled continuation, if any. */
    Optional<Continuation> scheduled(String pluginId) {
        return database.read(connection -> list(connection, "SELECT " + COLUMNS + " FROM billing_continuation"
                + " WHERE state = 'SCHEDULED' AND plugin_id = ? ORDER BY continuation_id DESC", pluginId))
                .stream().findFirst();
    }

    /** Every scheduled continuation, soonest first. */
    List<Continuation> scheduled() {
        return database.read(connection -> list(connection, "SELECT " + COLUMNS + " FROM billing_continuation"
                + " WHERE state = 'SCHEDULED' ORDER BY due_at, continuation_id"));
    }

    Optional<Continuation> find(long id) {
        return database.read(connection -> find(connection, id));
    }

    /** The continuation that started the run, if one did. */
    Optional<Continuation> startedRun(String runId) {
        return database.read(connection -> list(connection, "SELECT " + COLUMNS + " FROM billing_continuation"
                + " WHERE run_id = ?", runId)).stream().findFirst();
    }

    /** The continuations of the given deferred runs (the newest of each), for the history. */
    List<Continuation> from(Collection<String> runIds) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(runIds.size(), "?"));
        return database.read(connection -> list(connection, "SELECT " + COLUMNS + " FROM billing_continuation"
                + " WHERE from_run_id IN (" + marks + ") ORDER BY continuation_id", runIds.toArray()));
    }

    private boolean move(long id, ContinuationState from, ContinuationState to, Optional<String> runId, String note) {
        Instant now = clock.instant();
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE billing_continuation SET state = ?,"
                    + " ended_at = ?, note = ? WHERE continuation_id = ? AND state = ?")) {
                update.setString(1, to.name());
                update.setTimestamp(2, Timestamp.from(now));
                update.setString(3, limit(note, 1000));
                update.setLong(4, id);
                update.setString(5, from.name());
                return update.executeUpdate() == 1;
            }
        });
    }

    private static int end(Connection connection, String pluginId, ContinuationState state, String note, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE billing_continuation SET state = ?,"
                + " ended_at = ?, note = ? WHERE plugin_id = ? AND state = ?")) {
            update.setString(1, state.name());
            update.setTimestamp(2, Timestamp.from(now));
            update.setString(3, limit(note, 1000));
            update.setString(4, pluginId);
            update.setString(5, ContinuationState.SCHEDULED.name());
            return update.executeUpdate();
        }
    }

    private static Optional<Continuation> find(Connection connection, long id) throws SQLException {
        return list(connection, "SELECT " + COLUMNS + " FROM billing_continuation WHERE continuation_id = ?", id)
                .stream().findFirst();
    }

    private static List<Continuation> list(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<Continuation> found = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Timestamp ended = row.getTimestamp("ended_at");
                    found.add(new Continuation(row.getLong("continuation_id"), row.getString("plugin_id"),
                            row.getDate("effective_date").toLocalDate(), row.getTimestamp("due_at").toInstant(),
                            row.getString("from_run_id"), row.getInt("step"),
                            ContinuationState.valueOf(row.getString("state")), Optional.ofNullable(row.getString("run_id")),
                            Optional.ofNullable(ended).map(Timestamp::toInstant), row.getString("note")));
                }
            }
            return found;
        }
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
