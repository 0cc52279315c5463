package net.mspbridge.host.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run's evidence as CSV, one row per device (or seat group) and application, the columns listed
 * in README ("Exporting a report"), cells as {@link CsvCells} writes them. Streamed from the
 * database row by row: a run of 100,000 devices is never held in memory.
 */
public final class EvidenceCsv {

    /** The header row: the column names README documents. */
    public static final List<String> COLUMNS = List.of("run_id", "customer_id", "customer", "device_id", "device",
            "operating_system", "category", "application", "key_or_seat", "units", "counted", "contract_id",
            "service_id", "not_counted_reason");

    private EvidenceCsv() {
    }

    /** Writes the header, then every row of the run. */
    public static void write(EvidenceStore store, String runId, Writer out) {
        try {
            out.write(CsvCells.row(COLUMNS.stream()));
            store.forEach(runId, row -> {
                try {
                    out.write(CsvCells.row(Stream.of(runId, CsvCells.text(row.customerId()),
                            CsvCells.text(row.customerName()), CsvCells.text(row.deviceId()),
                            CsvCells.text(row.deviceName()), CsvCells.text(row.operatingSystem()),
                            CsvCells.text(row.category()), CsvCells.text(row.application()),
                            CsvCells.text(row.keyOrSeat()), Integer.toString(row.units()),
                            row.counted() ? "yes" : "no", CsvCells.text(row.contractId()),
                            CsvCells.text(row.serviceId()), CsvCells.text(row.reason()))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
