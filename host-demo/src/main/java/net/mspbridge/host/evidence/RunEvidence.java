package net.mspbridge.host.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.host.CustomerEvidence;
import net.mspbridge.api.host.DeviceEvidence;
import net.mspbridge.api.host.EvidenceAssignment;
import net.mspbridge.api.host.EvidenceSink;
import net.mspbridge.host.db.Database;

/**
 * The sink of one run: records go to the database in batches of {@link #BATCH}, one transaction a
 * batch, so memory holds at most a batch per customer being read. Past the run's record limit, or
 * once the database failed, records are dropped and the run's evidence is marked incomplete: the
 * run itself goes on (the contract of {@link EvidenceSink}).
 */
final class RunEvidence implements EvidenceSink {

    private static final Logger log = LoggerFactory.getLogger(RunEvidence.class);
    static final int BATCH = 500;

    private final Database database;
    private final String runId;
    private final long maxRecords;
    private final AtomicLong records = new AtomicLong();
    private final AtomicBoolean incomplete = new AtomicBoolean();
    private final List<EvidenceAssignment> assignments = new ArrayList<>();

    RunEvidence(Database database, String runId, long maxRecords) {
        this.database = database;
        this.runId = runId;
        this.maxRecords = maxRecords;
    }

    @Override
    public CustomerEvidence open(String customerId, String customerName) {
        Customer customer = new Customer(Texts.cut(customerId), Texts.cut(customerName));
        customer.deleteStored();
        return customer;
    }

    @Override
    public void assign(EvidenceAssignment assignment) {
        List<EvidenceAssignment> batch = null;
        synchronized (assignments) {
            assignments.add(assignment);
            if (assignments.size() >= BATCH) {
                batch = List.copyOf(assignments);
                assignments.clear();
            }
        }
        if (batch != null) {
            writeAssignments(batch);
        }
    }

    @Override
    public boolean isPresent() {
        return true;
    }

    /** Writes what is left and the run's totals; called by the host when the plugin's run returned. */
    void finish() {
        List<EvidenceAssignment> rest;
        synchronized (assignments) {
            rest = List.copyOf(assignments);
            assignments.clear();
        }
        writeAssignments(rest);
        try {
            database.transaction(connection -> {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE run_evidence_state SET records = ?, incomplete = ? WHERE run_id = ?")) {
                    update.setLong(1, records.get());
                    update.setBoolean(2, incomplete.get());
                    update.setString(3, runId);
                    return update.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            log.warn("Billing run {}: could not record its evidence totals: {}", runId, e.getMessage());
        }
    }

    private void writeAssignments(List<EvidenceAssignment> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            database.transaction(connection -> {
                try (PreparedStatement merge = connection.prepareStatement("MERGE INTO run_evidence_line (run_id,"
                        + " customer_id, application, category, contract_id, service_id, not_counted)"
                        + " KEY (run_id, customer_id, application, category) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (EvidenceAssignment a : batch) {
                        merge.setString(1, runId);
                        merge.setString(2, Texts.cut(a.customerId()));
                        merge.setString(3, Texts.cut(a.application()));
                        merge.setString(4, Texts.cut(a.category()));
                        merge.setString(5, Texts.cut(a.contractId()));
                        merge.setString(6, Texts.cut(a.serviceId()));
                        merge.setString(7, Texts.cut(a.notCounted()));
                        merge.addBatch();
                    }
                    return merge.executeBatch();
                }
            });
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void failed(RuntimeException e) {
        if (incomplete.compareAndSet(false, true)) {
            log.warn("Billing run {}: its evidence could not be stored ({}); the rest is dropped and the run's"
                    + " evidence marked incomplete", runId, e.getMessage());
        }
    }

    /** One customer's records, buffered up to a batch. Used by one thread at a time. */
    private final class Customer implements CustomerEvidence {

        private final String customerId;
        private final String customerName;
        private final List<DeviceEvidence> buffer = new ArrayList<>(BATCH);
        private boolean closed;

        Customer(String customerId, String customerName) {
            this.customerId = customerId;
            this.customerName = customerName;
        }

        @Override
        public void add(DeviceEvidence device) {
            if (closed) {
                // Never an exception into the run: a record after close is a plugin's slip, not a reason to fail billing.
                log.debug("Billing run {}: a record for customer {} after its evidence was closed is ignored", runId,
                        customerId);
                return;
            }
            if (records.incrementAndGet() > maxRecords) {
                records.decrementAndGet();
                if (incomplete.compareAndSet(false, true)) {
                    log.warn("Billing run {}: more than {} evidence records; the rest is not kept", runId, maxRecords);
                }
                return;
            }
            buffer.add(device);
            if (buffer.size() >= BATCH) {
                flush();
            }
        }

        @Override
        public void discard() {
            records.addAndGet(-buffer.size());
            buffer.clear();
            deleteStored();
            closed = true;
        }

        @Override
        public void close() {
            if (!closed) {
                flush();
                closed = true;
            }
        }

        private void flush() {
            if (buffer.isEmpty()) {
                return;
            }
            List<DeviceEvidence> batch = List.copyOf(buffer);
            buffer.clear();
            try {
                database.transaction(connection -> insert(connection, batch));
            } catch (RuntimeException e) {
                records.addAndGet(-batch.size());
                failed(e);
            }
        }

        private int[] insert(Connection connection, List<DeviceEvidence> batch) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO run_evidence (run_id, customer_id,"
                    + " customer_name, device_id, device_name, operating_system, category, application, key_or_seat,"
                    + " units, not_counted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (DeviceEvidence d : batch) {
                    insert.setString(1, runId);
                    insert.setString(2, customerId);
                    insert.setString(3, customerName);
                    insert.setString(4, Texts.cut(d.deviceId()));
                    insert.setString(5, Texts.cut(d.deviceName()));
                    insert.setString(6, Texts.cut(d.operatingSystem()));
                    insert.setString(7, Texts.cut(d.category()));
                    insert.setString(8, Texts.cut(d.application()));
                    insert.setString(9, Texts.cut(d.keyOrSeat()));
                    insert.setInt(10, d.units());
                    insert.setString(11, Texts.cut(d.notCounted()));
                    insert.addBatch();
                }
                return insert.executeBatch();
            }
        }

        /** Deletes what an earlier opening of this customer in this run stored. */
        private void deleteStored() {
            try {
                int deleted = database.transaction(connection -> {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM run_evidence WHERE run_id = ? AND customer_id = ?")) {
                        delete.setString(1, runId);
                        delete.setString(2, customerId);
                        return delete.executeUpdate();
                    }
                });
                records.addAndGet(-deleted);
            } catch (RuntimeException e) {
                failed(e);
            }
        }
    }
}
