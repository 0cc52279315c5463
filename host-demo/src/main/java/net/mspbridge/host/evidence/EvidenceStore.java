package net.mspbridge.host.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.host.EvidenceSink;
import net.mspbridge.host.db.Database;

/**
 * The evidence of billing runs in the host database ({@code run_evidence*} tables): a sink per run,
 * the bound on how many runs keep theirs, and the queries of the page and the CSV, each reading a
 * page of rows (or streaming them), never a whole run into memory. Thread-safe.
 */
public final class EvidenceStore {

    /** Runs whose evidence is kept when the host is not told otherwise. */
    public static final int DEFAULT_KEPT_RUNS = 30;
    /** The most rows one page of the drill-down holds. */
    public static final int MAX_PAGE = 500;

    private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);
    /** Each record with the line it was counted on, or its reason: the plugin's, the assignment's, or none. */
    private static final String ROWS = "SELECT e.customer_id, e.customer_name, e.device_id, e.device_name,"
            + " e.operating_system, e.category, e.application, e.key_or_seat, e.units,"
            + " CASE WHEN e.not_counted = '' AND l.contract_id <> '' THEN l.contract_id ELSE '' END AS contract_id,"
            + " CASE WHEN e.not_counted = '' AND l.contract_id <> '' THEN l.service_id ELSE '' END AS service_id,"
            + " CASE WHEN e.not_counted <> '' THEN e.not_counted WHEN l.run_id IS NULL THEN '" + Reasons.ON_NO_LINE
            + "' WHEN l.contract_id = '' THEN l.not_counted ELSE '' END AS reason"
            + " FROM run_evidence e LEFT JOIN run_evidence_line l ON l.run_id = e.run_id"
            + " AND l.customer_id = e.customer_id AND l.application = e.application AND l.category = e.category"
            + " WHERE e.run_id = ?";

    private final Database database;
    private final Clock clock;
    private final int keptRuns;
    private final long maxRecords;

    private EvidenceStore(Database database, Clock clock, int keptRuns, long maxRecords) {
        this.database = database;
        this.clock = clock;
        this.keptRuns = keptRuns;
        this.maxRecords = maxRecords;
    }

    /**
     * @param keptRuns how many runs keep their evidence, the newest ones; at least 1
     * @throws IllegalArgumentException when {@code keptRuns} is less than 1
     */
    public static EvidenceStore inDatabase(Database database, Clock clock, int keptRuns) {
        return inDatabase(database, clock, keptRuns, EvidenceSink.MAX_RECORDS_PER_RUN);
    }

    /** As {@link #inDatabase(Database, Clock, int)} with another record limit per run (tests use a small one). */
    public static EvidenceStore inDatabase(Database database, Clock clock, int keptRuns, long maxRecords) {
        if (keptRuns < 1) {
            throw new IllegalArgumentException("evidence must be kept for at least 1 run, not " + keptRuns);
        }
        return new EvidenceStore(database, clock, keptRuns, maxRecords);
    }

    public int keptRuns() {
        return keptRuns;
    }

    /**
     * Starts the evidence of a run (previews too: they are what a person reviews) and deletes the
     * evidence of runs older than the newest {@link #keptRuns()}, this one counted.
     */
    public RunSink begin(String runId) {
        try {
            database.transaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO run_evidence_state (run_id, created_at) VALUES (?, ?)")) {
                    insert.setString(1, runId);
                    insert.setTimestamp(2, Timestamp.from(clock.instant()));
                    return insert.executeUpdate();
                }
            });
            forgetOld();
        } catch (RuntimeException e) {
            // Evidence never fails a run: this one runs with none.
            log.warn("Billing run {}: its evidence cannot be kept ({}); the run goes on without", runId, e.getMessage());
            return new RunSink(EvidenceSink.absent(), () -> { });
        }
        RunEvidence sink = new RunEvidence(database, runId, maxRecords);
        return new RunSink(sink, sink::finish);
    }

    private void forgetOld() {
        List<String> old = database.read(connection -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT run_id FROM run_evidence_state"
                    + " WHERE kept ORDER BY created_at DESC, run_id DESC OFFSET ? ROWS")) {
                select.setInt(1, keptRuns);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            return ids;
        });
        for (String runId : old) {
            database.transaction(connection -> {
                for (String sql : List.of("DELETE FROM run_evidence WHERE run_id = ?",
                        "DELETE FROM run_evidence_line WHERE run_id = ?",
                        "UPDATE run_evidence_state SET kept = FALSE WHERE run_id = ?")) {
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.setString(1, runId);
                        statement.executeUpdate();
                    }
                }
                return null;
            });
            log.info("Evidence of billing run {} deleted: the host keeps the evidence of the last {} runs", runId,
                    keptRuns);
        }
    }

    /** What the run's evidence holds: its state, and per line and per customer and reason, the counts. */
    public EvidenceSummary summary(String runId) {
        return database.read(connection -> {
            EvidenceSummary.State state = EvidenceSummary.State.NONE;
            long records = 0;
            boolean incomplete = false;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT kept, incomplete, (SELECT COUNT(*) FROM run_evidence WHERE run_id = ?)"
                            + " FROM run_evidence_state WHERE run_id = ?")) {
                select.setString(1, runId);
                select.setString(2, runId);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        incomplete = row.getBoolean(2);
                        records = row.getLong(3);
                        // A run whose plugin wrote nothing (one made for plugin-api 1.2) has none to show.
                        state = !row.getBoolean(1) ? EvidenceSummary.State.NO_LONGER_KEPT
                                : records > 0 || incomplete ? EvidenceSummary.State.KEPT : EvidenceSummary.State.NONE;
                    }
                }
            }
            List<EvidenceSummary.Line> lines = new ArrayList<>();
            List<EvidenceSummary.NotCounted> notCounted = new ArrayList<>();
            if (state == EvidenceSummary.State.KEPT) {
                query(connection, "SELECT contract_id, service_id, COUNT(*), SUM(units) FROM (" + ROWS + ")"
                        + " WHERE reason = '' GROUP BY contract_id, service_id ORDER BY contract_id, service_id",
                        List.of(runId), row -> lines.add(new EvidenceSummary.Line(row.getString(1), row.getString(2),
                                row.getLong(3), row.getLong(4))));
                query(connection, "SELECT customer_id, customer_name, reason, COUNT(*), SUM(units) FROM (" + ROWS + ")"
                        + " WHERE reason <> '' GROUP BY customer_id, customer_name, reason"
                        + " ORDER BY customer_name, customer_id, reason", List.of(runId),
                        row -> notCounted.add(new EvidenceSummary.NotCounted(row.getString(1), row.getString(2),
                                row.getString(3), row.getLong(4), row.getLong(5), true)));
            }
            return new EvidenceSummary(state, keptRuns, records, incomplete, lines, notCounted);
        });
    }

    /** The devices counted on the report line of (contract, service), by name. */
    public EvidencePage line(String runId, String contractId, String serviceId, int offset, int limit) {
        return page("reason = '' AND contract_id = ? AND service_id = ?", List.of(runId, contractId, serviceId),
                offset, limit);
    }

    /** The devices of a customer not counted, by name; only those of {@code reason} unless it is empty. */
    public EvidencePage notCounted(String runId, String customerId, String reason, int offset, int limit) {
        return reason.isEmpty()
                ? page("reason <> '' AND customer_id = ?", List.of(runId, customerId), offset, limit)
                : page("reason = ? AND customer_id = ?", List.of(runId, reason, customerId), offset, limit);
    }

    /** The devices whose name contains {@code text}, ignoring case, counted or not, by name. */
    public EvidencePage search(String runId, String text, int offset, int limit) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return page("LOWER(device_name) LIKE ? ESCAPE '\\'", List.of(runId, pattern), offset, limit);
    }

    /** Every row of the run, by customer and name, handed on one at a time (for the CSV). */
    public void forEach(String runId, Consumer<EvidenceRow> sink) {
        database.read(connection -> {
            query(connection, "SELECT * FROM (" + ROWS + ") ORDER BY customer_id, device_name, device_id, application",
                    List.of(runId), row -> sink.accept(row(row)));
            return null;
        });
    }

    private EvidencePage page(String where, List<String> params, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds 1 to " + MAX_PAGE + " rows");
        }
        return database.read(connection -> {
            long[] totals = new long[2];
            query(connection, "SELECT COUNT(*), COALESCE(SUM(units), 0) FROM (" + ROWS + ") WHERE " + where, params,
                    row -> {
                        totals[0] = row.getLong(1);
                        totals[1] = row.getLong(2);
                    });
            List<EvidenceRow> rows = new ArrayList<>();
            List<Object> paged = new ArrayList<>(params);
            paged.add(limit);
            paged.add(offset);
            query(connection, "SELECT * FROM (" + ROWS + ") WHERE " + where
                    + " ORDER BY LOWER(device_name), device_id, application LIMIT ? OFFSET ?", paged,
                    row -> rows.add(row(row)));
            return new EvidencePage(rows, totals[0], totals[1], offset);
        });
    }

    private static EvidenceRow row(ResultSet row) throws SQLException {
        return new EvidenceRow(row.getString("customer_id"), row.getString("customer_name"), row.getString("device_id"),
                row.getString("device_name"), row.getString("operating_system"), row.getString("category"),
                row.getString("application"), row.getString("key_or_seat"), row.getInt("units"),
                row.getString("contract_id"), row.getString("service_id"), row.getString("reason"));
    }

    private static void query(Connection connection, String sql, List<?> params, RowReader reader) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                select.setObject(i + 1, params.get(i));
            }
            select.setFetchSize(RunEvidence.BATCH);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** A run's sink, with the host's end of it: {@link #finish()} once the plugin's run has returned. */
    public static final class RunSink {
        private final EvidenceSink sink;
        private final Runnable finish;

        private RunSink(EvidenceSink sink, Runnable finish) {
            this.sink = sink;
            this.finish = finish;
        }

        /** The sink to hand the plugin. */
        public EvidenceSink sink() {
            return sink;
        }

        /** Writes what is buffered and the run's totals; never throws for the database. */
        public void finish() {
            finish.run();
        }
    }
}
