package net.mspbridge.host.runs;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.DropConfirmation;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.Ref;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.host.db.Database;

/**
 * The {@code drop_confirmation} table: the held decreases a person confirmed, with who and when
 * (plugin-api 1.2). Each covers exactly one drop, and confirming it again changes nothing. Those
 * not yet applied are passed to the plugin's runs of their effective date (a confirmation covers a
 * drop on that date only, so passing it to a run of another date could never make anything); an
 * apply run whose report shows the confirmed change made marks it applied, with the run's id, so it
 * is passed no more. Passing one again before then is harmless: the plugin makes a confirmed change
 * only while the units it covers are in force. Rows are never deleted: the run history shows which
 * confirmations were made and which lapsed.
 */
final class DropConfirmationStore {

    private final Database database;
    private final Clock clock;

    DropConfirmationStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Confirms the held lines of a finished run: all of them, or the one at {@code line} (its index
     * in the report).
     *
     * @return how many confirmations are new
     * @throws InvalidRunRequestException when the run has no report, or the line is not a held one
     */
    int confirm(RunRecord run, OptionalInt line, String by) {
        BillingReport report = run.report().orElseThrow(() -> new InvalidRunRequestException("run " + run.runId()
                + " has no report, so it has no held drops to confirm"));
        List<ReportLine> chosen = new ArrayList<>();
        if (line.isPresent()) {
            int index = line.getAsInt();
            if (index < 0 || index >= report.lines().size() || report.lines().get(index).outcome() != LineOutcome.HELD) {
                throw new InvalidRunRequestException("line " + index + " of run " + run.runId() + " is not a held drop: "
                        + "choose a line whose outcome is HELD");
            }
            chosen.add(report.lines().get(index));
        } else {
            chosen.addAll(report.lines(LineOutcome.HELD));
        }
        Instant now = clock.instant();
        return database.transaction(connection -> {
            int added = 0;
            for (ReportLine held : chosen) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO drop_confirmation (plugin_id,"
                        + " contract_id, service_id, units_in_force, units_wanted, effective_date, contract_name,"
                        + " service_name, held_run_id, confirmed_by, confirmed_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM drop_confirmation WHERE plugin_id = ? AND contract_id = ?"
                        + " AND service_id = ? AND units_in_force = ? AND units_wanted = ? AND effective_date = ?)")) {
                    int i = 1;
                    insert.setString(i++, run.pluginId());
                    insert.setString(i++, held.contract().id());
                    insert.setString(i++, held.service().id());
                    insert.setInt(i++, held.unitsInForce());
                    insert.setInt(i++, held.unitsWanted());
                    insert.setObject(i++, run.effectiveDate());
                    insert.setString(i++, limit(held.contract().name()));
                    insert.setString(i++, limit(held.service().name()));
                    insert.setString(i++, run.runId());
                    insert.setString(i++, by);
                    insert.setTimestamp(i++, Timestamp.from(now));
                    insert.setString(i++, run.pluginId());
                    insert.setString(i++, held.contract().id());
                    insert.setString(i++, held.service().id());
                    insert.setInt(i++, held.unitsInForce());
                    insert.setInt(i++, held.unitsWanted());
                    insert.setObject(i, run.effectiveDate());
                    added += insert.executeUpdate();
                }
            }
            return added;
        });
    }

    /**
     * The plugin's confirmations not yet applied, oldest first: those of {@code date} when given, else
     * all. A run is passed only those of its own effective date, since a confirmation covers a drop on
     * exactly one date; the others stay in the table as a record (see {@link #ofRun}).
     */
    List<DropConfirmation> pending(String pluginId, Optional<LocalDate> date) {
        return database.read(connection -> {
            List<DropConfirmation> pending = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT contract_id, contract_name, service_id,"
                    + " service_name, units_in_force, units_wanted, effective_date, confirmed_by, confirmed_at"
                    + " FROM drop_confirmation WHERE plugin_id = ? AND applied_run_id IS NULL"
                    + (date.isPresent() ? " AND effective_date = ?" : "") + " ORDER BY confirmed_at, contract_id, service_id")) {
                select.setString(1, pluginId);
                if (date.isPresent()) {
                    select.setObject(2, date.get());
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        pending.add(new DropConfirmation(new Ref(row.getString(1), row.getString(2)),
                                new Ref(row.getString(3), row.getString(4)), row.getInt(5), row.getInt(6),
                                row.getObject(7, LocalDate.class), row.getString(8), row.getTimestamp(9).toInstant()));
                    }
                }
            }
            return pending;
        });
    }

    /**
     * The confirmations of a run's held lines, in line order: for each held line a person confirmed,
     * who and when, and whether the drop was made, still waits, or lapsed (see
     * {@link HeldLineConfirmation.Status}).
     */
    List<HeldLineConfirmation> ofRun(RunRecord run) {
        Optional<BillingReport> report = run.report();
        if (report.isEmpty() || report.get().lines(LineOutcome.HELD).isEmpty()) {
            return List.of();
        }
        List<ReportLine> lines = report.get().lines();
        LocalDate today = LocalDate.now(clock);
        return database.read(connection -> {
            List<HeldLineConfirmation> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT confirmed_by, confirmed_at, applied_run_id"
                    + " FROM drop_confirmation WHERE plugin_id = ? AND contract_id = ? AND service_id = ?"
                    + " AND units_in_force = ? AND units_wanted = ? AND effective_date = ?")) {
                for (int index = 0; index < lines.size(); index++) {
                    ReportLine line = lines.get(index);
                    if (line.outcome() != LineOutcome.HELD) {
                        continue;
                    }
                    int i = 1;
                    select.setString(i++, run.pluginId());
                    select.setString(i++, line.contract().id());
                    select.setString(i++, line.service().id());
                    select.setInt(i++, line.unitsInForce());
                    select.setInt(i++, line.unitsWanted());
                    select.setObject(i, run.effectiveDate());
                    try (ResultSet row = select.executeQuery()) {
                        if (row.next()) {
                            Optional<String> applied = Optional.ofNullable(row.getString(3));
                            HeldLineConfirmation.Status status = applied.isPresent() ? HeldLineConfirmation.Status.MADE
                                    : run.effectiveDate().isBefore(today) ? HeldLineConfirmation.Status.LAPSED
                                    : HeldLineConfirmation.Status.WAITING;
                            found.add(new HeldLineConfirmation(index, row.getString(1), row.getTimestamp(2).toInstant(),
                                    status, applied));
                        }
                    }
                }
            }
            return found;
        });
    }

    /**
     * Marks made, with the run's id, each confirmation whose change the apply run's report shows made
     * ({@code APPLIED} from the confirmed units in force to the units wanted) or finds made: an
     * {@code UNCHANGED} line whose pair is already at the confirmed units wanted, on the same date,
     * because a run that died before its report (a killed host) made the change.
     */
    void markApplied(String pluginId, String runId, BillingReport report) {
        List<ReportLine> settled = report.lines().stream()
                .filter(l -> l.outcome() == LineOutcome.APPLIED || l.outcome() == LineOutcome.UNCHANGED).toList();
        if (settled.isEmpty()) {
            return;
        }
        database.transaction(connection -> {
            try (PreparedStatement applied = connection.prepareStatement("UPDATE drop_confirmation SET applied_run_id = ?"
                    + " WHERE plugin_id = ? AND contract_id = ? AND service_id = ? AND units_in_force = ?"
                    + " AND units_wanted = ? AND effective_date = ? AND applied_run_id IS NULL");
                 PreparedStatement found = connection.prepareStatement("UPDATE drop_confirmation SET applied_run_id = ?"
                    + " WHERE plugin_id = ? AND contract_id = ? AND service_id = ? AND units_wanted = ?"
                    + " AND effective_date = ? AND applied_run_id IS NULL")) {
                for (ReportLine line : settled) {
                    boolean made = line.outcome() == LineOutcome.APPLIED;
                    PreparedStatement update = made ? applied : found;
                    int i = 1;
                    update.setString(i++, runId);
                    update.setString(i++, pluginId);
                    update.setString(i++, line.contract().id());
                    update.setString(i++, line.service().id());
                    if (made) {
                        update.setInt(i++, line.unitsInForce());
                    }
                    update.setInt(i++, line.unitsWanted());
                    update.setObject(i, report.effectiveDate());
                    update.executeUpdate();
                }
            }
            return null;
        });
    }

    private static String limit(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400);
    }
}
