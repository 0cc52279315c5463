package net.mspbridge.host.runs;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.host.db.Database;

/** The {@code billing_run} and {@code run_lease} tables. */
final class RunStore {

    static final String INTERRUPTED_MESSAGE = "the host process running this run stopped before it finished;"
            + " the next run takes up what is left";

    private static final String COLUMNS = "run_id, plugin_id, mode, effective_date, trigger_kind, started_by, started_at,"
            + " finished_at, state, message, line_count, change_count, failed_count, problem_count, progress_done,"
            + " progress_total, progress_step, cancel_requested";

    private final Database database;
    private final Clock clock;
    /**
     * Leases are shared with other processes and must not follow a host clock that tests (or an
     * administrator) set: they use the system's own time.
     */
    private final Clock leaseClock = Clock.systemUTC();

    RunStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Claims the plugin for a new run and records the run, in one transaction.
     *
     * @throws RunRefusedException when another live run holds the plugin
     */
    RunRecord begin(RunRequest request, String holder, Duration lease) {
        Instant now = clock.instant();
        Instant leaseNow = leaseClock.instant();
        return database.transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT run_id, expires_at FROM run_lease WHERE plugin_id = ? FOR UPDATE")) {
                select.setString(1, request.pluginId());
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        String other = row.getString(1);
                        if (row.getTimestamp(2).toInstant().isAfter(leaseNow)) {
                            throw refusal(connection, other);
                        }
                        // The holder stopped renewing: its process is gone.
                        interrupt(connection, other, now);
                        delete(connection, request.pluginId(), other);
                    }
                }
            }
            String runId = "run-" + nextId(connection);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO run_lease (plugin_id, run_id, holder, expires_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, request.pluginId());
                insert.setString(2, runId);
                insert.setString(3, holder);
                insert.setTimestamp(4, Timestamp.from(leaseNow.plus(lease)));
                insert.executeUpdate();
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    throw new RunRefusedException("another billing run of plugin " + request.pluginId()
                            + " started at the same moment; wait for it to finish", null);
                }
                throw e;
            }
            insertRun(connection, runId, request, now, null, RunState.RUNNING, "running");
            return find(connection, runId, false).orElseThrow();
        });
    }

    /**
     * Extends the run's claim and shares its progress.
     *
     * @return whether someone asked the run to stop
     */
    boolean renew(String pluginId, String runId, Duration lease, RunProgress progress) {
        Instant now = leaseClock.instant();
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE run_lease SET expires_at = ? WHERE plugin_id = ? AND run_id = ?")) {
                update.setTimestamp(1, Timestamp.from(now.plus(lease)));
                update.setString(2, pluginId);
                update.setString(3, runId);
                update.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE billing_run SET progress_done = ?,"
                    + " progress_total = ?, progress_step = ? WHERE run_id = ?")) {
                update.setInt(1, progress.done());
                update.setInt(2, progress.total());
                update.setString(3, progress.step());
                update.setString(4, runId);
                update.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT cancel_requested FROM billing_run WHERE run_id = ?")) {
                select.setString(1, runId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        });
    }

    /** Records how a run ended, unless it was recorded as ended already. */
    void finish(String runId, RunState state, String message, Optional<BillingReport> report, RunProgress progress) {
        Instant now = clock.instant();
        int lines = report.map(r -> r.lines().size()).orElse(0);
        int changes = report.map(r -> (int) r.lines().stream()
                .filter(l -> l.outcome() == LineOutcome.APPLIED || l.outcome() == LineOutcome.PLANNED).count()).orElse(0);
        int failed = report.map(r -> r.lines(LineOutcome.FAILED).size()).orElse(0);
        int problems = report.map(r -> r.problems().size()).orElse(0);
        database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE billing_run SET state = ?, message = ?,"
                    + " finished_at = ?, line_count = ?, change_count = ?, failed_count = ?, problem_count = ?, report_json = ?,"
                    + " progress_done = ?, progress_total = ?, progress_step = ? WHERE run_id = ? AND state = ?")) {
                update.setString(1, state.name());
                update.setString(2, limit(message, 4000));
                update.setTimestamp(3, Timestamp.from(now));
                update.setInt(4, lines);
                update.setInt(5, changes);
                update.setInt(6, failed);
                update.setInt(7, problems);
                update.setString(8, report.map(ReportJson::write).orElse(null));
                update.setInt(9, progress.done());
                update.setInt(10, progress.total());
                update.setString(11, progress.step());
                update.setString(12, runId);
                update.setString(13, RunState.RUNNING.name());
                return update.executeUpdate();
            }
        });
    }

    /** Frees the plugin, if this run still holds it. */
    void release(String pluginId, String runId) {
        database.transaction(connection -> {
            delete(connection, pluginId, runId);
            return null;
        });
    }

    /** Marks the run as asked to stop; false when it is not running. */
    boolean requestCancel(String runId) {
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE billing_run SET cancel_requested = TRUE WHERE run_id = ? AND state = ?")) {
                update.setString(1, runId);
                update.setString(2, RunState.RUNNING.name());
                return update.executeUpdate() == 1;
            }
        });
    }

    RunRecord recordRefused(RunRequest request, String reason) {
        Instant now = clock.instant();
        return database.transaction(connection -> {
            String runId = "run-" + nextId(connection);
            insertRun(connection, runId, request, now, now, RunState.REFUSED, limit(reason, 4000));
            return find(connection, runId, false).orElseThrow();
        });
    }

    /** Marks running runs whose claim ran out, or that hold none, as interrupted; how many. */
    int recoverInterrupted() {
        Instant now = clock.instant();
        Instant leaseNow = leaseClock.instant();
        return database.transaction(connection -> {
            List<String> stale = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT r.run_id FROM billing_run r"
                    + " LEFT JOIN run_lease l ON l.run_id = r.run_id WHERE r.state = ? AND (l.run_id IS NULL OR l.expires_at <= ?)")) {
                select.setString(1, RunState.RUNNING.name());
                select.setTimestamp(2, Timestamp.from(leaseNow));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stale.add(rows.getString(1));
                    }
                }
            }
            for (String runId : stale) {
                interrupt(connection, runId, now);
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM run_lease WHERE run_id = ?")) {
                    delete.setString(1, runId);
                    delete.executeUpdate();
                }
            }
            return stale.size();
        });
    }

    Optional<RunRecord> find(String runId) {
        return database.read(connection -> find(connection, runId, true));
    }

    List<RunRecord> history(int limit) {
        return database.read(connection -> list(connection,
                "SELECT " + COLUMNS + " FROM billing_run ORDER BY started_at DESC, run_id DESC LIMIT ?", limit, false));
    }

    List<RunRecord> appliedReports(int limit) {
        List<RunRecord> latest = database.read(connection -> list(connection, "SELECT " + COLUMNS + ", report_json"
                + " FROM billing_run WHERE mode = 'APPLY' AND report_json IS NOT NULL ORDER BY started_at DESC, run_id DESC LIMIT ?",
                limit, true));
        List<RunRecord> oldestFirst = new ArrayList<>(latest);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private List<RunRecord> list(Connection connection, String sql, int limit, boolean withReport) throws SQLException {
        List<RunRecord> records = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(record(rows, withReport));
                }
            }
        }
        return records;
    }

    private Optional<RunRecord> find(Connection connection, String runId, boolean withReport) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + ", report_json FROM billing_run WHERE run_id = ?")) {
            select.setString(1, runId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(record(row, withReport)) : Optional.empty();
            }
        }
    }

    private static RunRecord record(ResultSet row, boolean withReport) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        String report = withReport ? row.getString("report_json") : null;
        return new RunRecord(row.getString("run_id"), row.getString("plugin_id"), RunMode.valueOf(row.getString("mode")),
                row.getDate("effective_date").toLocalDate(), Trigger.valueOf(row.getString("trigger_kind")),
                row.getString("started_by"), row.getTimestamp("started_at").toInstant(),
                Optional.ofNullable(finished).map(Timestamp::toInstant), RunState.valueOf(row.getString("state")),
                row.getString("message"), row.getInt("line_count"), row.getInt("change_count"), row.getInt("failed_count"),
                row.getInt("problem_count"), new RunProgress(row.getInt("progress_done"), row.getInt("progress_total"),
                row.getString("progress_step")), row.getBoolean("cancel_requested"),
                Optional.ofNullable(report).map(ReportJson::read));
    }

    private RunRefusedException refusal(Connection connection, String otherRunId) throws SQLException {
        Optional<RunRecord> other = find(connection, otherRunId, false);
        if (other.isPresent() && other.get().state().isFinished()) {
            return new RunRefusedException("the plugin has not yet stopped its earlier run (" + otherRunId + ", "
                    + other.get().state() + "); try again in a minute", otherRunId);
        }
        String who = other.map(r -> ", started by " + r.startedBy() + " from " + r.trigger().description() + " at "
                + DateTimeFormatter.ofPattern("HH:mm").withZone(zone()).format(r.startedAt())).orElse("");
        return new RunRefusedException("a billing run of this plugin is under way (" + otherRunId + who
                + "); wait for it to finish or cancel it", otherRunId);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** Records a run; {@code finishedAt} is null while it runs. */
    private static void insertRun(Connection connection, String runId, RunRequest request, Instant startedAt,
                                  Instant finishedAt, RunState state, String message) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO billing_run (run_id, plugin_id, mode,"
                + " effective_date, trigger_kind, started_by, started_at, finished_at, state, message)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, runId);
            insert.setString(2, request.pluginId());
            insert.setString(3, request.mode().name());
            insert.setDate(4, Date.valueOf(request.effectiveDate()));
            insert.setString(5, request.trigger().name());
            insert.setString(6, request.startedBy());
            insert.setTimestamp(7, Timestamp.from(startedAt));
            insert.setTimestamp(8, finishedAt == null ? null : Timestamp.from(finishedAt));
            insert.setString(9, state.name());
            insert.setString(10, message);
            insert.executeUpdate();
        }
    }

    private static void interrupt(Connection connection, String runId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE billing_run SET state = ?, message = ?,"
                + " finished_at = ? WHERE run_id = ? AND state = ?")) {
            update.setString(1, RunState.INTERRUPTED.name());
            update.setString(2, INTERRUPTED_MESSAGE);
            update.setTimestamp(3, Timestamp.from(now));
            update.setString(4, runId);
            update.setString(5, RunState.RUNNING.name());
            update.executeUpdate();
        }
    }

    private static void delete(Connection connection, String pluginId, String runId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM run_lease WHERE plugin_id = ? AND run_id = ?")) {
            delete.setString(1, pluginId);
            delete.setString(2, runId);
            delete.executeUpdate();
        }
    }

    private static long nextId(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("SELECT NEXT VALUE FOR billing_run_seq");
             ResultSet row = next.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
