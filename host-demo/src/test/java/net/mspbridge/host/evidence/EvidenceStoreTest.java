package net.mspbridge.host.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.host.CustomerEvidence;
import net.mspbridge.api.host.DeviceEvidence;
import net.mspbridge.api.host.EvidenceAssignment;
import net.mspbridge.api.host.EvidenceSink;
import net.mspbridge.host.db.Database;

/** The evidence tables in a real H2 file: batches, re-reads, reasons, the search, the bound on runs, the CSV. */
class EvidenceStoreTest {

    private static final String WS = "Windows workstations";
    private static final String KES = "Kaspersky Endpoint Security for Windows";

    @TempDir
    Path dataDir;
    private Database database;
    private EvidenceStore store;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        store = EvidenceStore.inDatabase(database, Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC), 2);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static DeviceEvidence device(String name) {
        return new DeviceEvidence("id-" + name, name, "Windows 11 Pro", WS, KES, "KEY-1", 1, "");
    }

    private static DeviceEvidence notCounted(String name, String reason) {
        return new DeviceEvidence("id-" + name, name, "Windows 11 Pro", WS, KES, "KEY-2", 1, reason);
    }

    @Test
    void aLineOfManyDevicesIsStoredInBatchesAndReadAPageAtATime() {
        EvidenceStore.RunSink run = store.begin("run-1");
        try (CustomerEvidence acme = run.sink().open("c1", "Acme")) {
            for (int i = 0; i < 1_234; i++) {
                acme.add(device(String.format("PC-%04d", i)));
            }
        }
        run.sink().assign(EvidenceAssignment.toLine("c1", KES, WS, "100", "10"));
        run.finish();

        EvidencePage first = store.line("run-1", "100", "10", 0, 500);
        EvidencePage last = store.line("run-1", "100", "10", 1_200, 500);

        assertThat(first.total()).isEqualTo(1_234);
        assertThat(first.units()).isEqualTo(1_234);
        assertThat(first.rows()).hasSize(500).first().extracting(EvidenceRow::deviceName).isEqualTo("PC-0000");
        assertThat(last.rows()).hasSize(34).last().extracting(EvidenceRow::deviceName).isEqualTo("PC-1233");
        assertThat(store.summary("run-1").lines()).containsExactly(new EvidenceSummary.Line("100", "10", 1_234, 1_234));
        assertThat(store.summary("run-1").records()).isEqualTo(1_234);
    }

    @Test
    void openingACustomerAgainDropsWhatItsEarlierReadStoredAndADiscardedReadLeavesNothing() {
        EvidenceStore.RunSink run = store.begin("run-1");
        try (CustomerEvidence firstRead = run.sink().open("c1", "Acme")) {
            for (int i = 0; i < 700; i++) {
                firstRead.add(device("old-" + i));
            }
        }
        try (CustomerEvidence again = run.sink().open("c1", "Acme")) {
            again.add(device("PC-1"));
        }
        CustomerEvidence failed = run.sink().open("c2", "Globex");
        for (int i = 0; i < 600; i++) {
            failed.add(device("half-" + i));
        }
        failed.discard();
        failed.close();
        run.sink().assign(EvidenceAssignment.toLine("c1", KES, WS, "100", "10"));
        run.finish();

        assertThat(store.line("run-1", "100", "10", 0, 100).rows()).extracting(EvidenceRow::deviceName)
                .containsExactly("PC-1");
        assertThat(store.summary("run-1").records()).isEqualTo(1);
    }

    @Test
    void eachDeviceNotCountedCarriesItsReasonThePluginsTheAssignmentsOrNone() {
        EvidenceStore.RunSink run = store.begin("run-1");
        try (CustomerEvidence acme = run.sink().open("c1", "Acme")) {
            acme.add(device("counted"));
            acme.add(notCounted("trial", "on a trial key"));
            acme.add(new DeviceEvidence("id-srv", "server", "Windows Server", "Windows servers", KES, "", 1, ""));
            acme.add(new DeviceEvidence("id-mac", "mac", "macOS", "Non-Windows devices", KES, "", 1, ""));
        }
        run.sink().assign(EvidenceAssignment.toLine("c1", KES, WS, "100", "10"));
        run.sink().assign(EvidenceAssignment.notCounted("c1", KES, "Windows servers", "no service for servers"));
        run.finish();

        assertThat(store.notCounted("run-1", "c1", "", 0, 100).rows()).extracting(EvidenceRow::deviceName,
                EvidenceRow::reason).containsExactly(
                        tuple("mac", Reasons.ON_NO_LINE),
                        tuple("server", "no service for servers"),
                        tuple("trial", "on a trial key"));
        assertThat(store.notCounted("run-1", "c1", "on a trial key", 0, 100).total()).isEqualTo(1);
        assertThat(store.summary("run-1").notCounted()).extracting(EvidenceSummary.NotCounted::reason)
                .containsExactly(Reasons.ON_NO_LINE, "no service for servers", "on a trial key");
        assertThat(store.line("run-1", "100", "10", 0, 100).rows()).extracting(EvidenceRow::deviceName)
                .containsExactly("counted");
    }

    @Test
    void theSearchFindsPartOfANameIgnoringCaseAndTakesWildcardsLiterally() {
        EvidenceStore.RunSink run = store.begin("run-1");
        try (CustomerEvidence acme = run.sink().open("c1", "Acme")) {
            acme.add(device("Reception-PC"));
            acme.add(device("RECEPTION_2"));
            acme.add(device("Receptionist"));
            acme.add(notCounted("reception%x", "on a trial key"));
        }
        run.finish();

        assertThat(store.search("run-1", "reception", 0, 100).total()).isEqualTo(4);
        assertThat(store.search("run-1", "n_", 0, 100).rows()).extracting(EvidenceRow::deviceName)
                .containsExactly("RECEPTION_2");
        assertThat(store.search("run-1", "%", 0, 100).rows()).extracting(EvidenceRow::deviceName)
                .containsExactly("reception%x");
    }

    @Test
    void onlyTheNewestRunsKeepTheirEvidence() {
        for (String runId : new String[] {"run-1", "run-2", "run-3"}) {
            EvidenceStore.RunSink run = store.begin(runId);
            try (CustomerEvidence acme = run.sink().open("c1", "Acme")) {
                acme.add(device("PC-" + runId));
            }
            run.finish();
        }

        assertThat(store.summary("run-1").state()).isEqualTo(EvidenceSummary.State.NO_LONGER_KEPT);
        assertThat(store.search("run-1", "PC", 0, 10).total()).isZero();
        assertThat(store.summary("run-2").state()).isEqualTo(EvidenceSummary.State.KEPT);
        assertThat(store.summary("run-3").state()).isEqualTo(EvidenceSummary.State.KEPT);
        assertThat(store.summary("run-9").state()).isEqualTo(EvidenceSummary.State.NONE);
        assertThat(store.summary("run-3").keptRuns()).isEqualTo(2);
    }

    @Test
    void pastTheRecordLimitTheRestIsDroppedAndTheRunSaysItsEvidenceIsIncomplete() {
        EvidenceStore small = EvidenceStore.inDatabase(database, Clock.systemUTC(), 5, 3);
        EvidenceStore.RunSink run = small.begin("run-1");
        try (CustomerEvidence acme = run.sink().open("c1", "Acme")) {
            for (int i = 0; i < 5; i++) {
                acme.add(device("PC-" + i));
            }
        }
        run.finish();

        assertThat(small.summary("run-1").records()).isEqualTo(3);
        assertThat(small.summary("run-1").incomplete()).isTrue();
    }

    @Test
    void longTextsAreCutToTheLimit() {
        EvidenceStore.RunSink run = store.begin("run-1");
        try (CustomerEvidence acme = run.sink().open("c1", "Acme")) {
            acme.add(device("x".repeat(1_000)));
        }
        run.finish();

        String name = store.search("run-1", "xxx", 0, 1).rows().get(0).deviceName();
        assertThat(name).hasSize(EvidenceSink.MAX_TEXT).endsWith("…");
    }

    @Test
    void theCsvHasTheDocumentedColumnsAndDefusesFormulas() {
        EvidenceStore.RunSink run = store.begin("run-1");
        try (CustomerEvidence acme = run.sink().open("c1", "Acme, Inc.")) {
            acme.add(device("=HYPERLINK(\"http://x\")"));
            acme.add(notCounted("PC-2", "on a trial key"));
        }
        run.sink().assign(EvidenceAssignment.toLine("c1", KES, WS, "100", "10"));
        run.finish();
        StringWriter out = new StringWriter();

        EvidenceCsv.write(store, "run-1", out);

        assertThat(out.toString().split("\r\n")).containsExactly(
                String.join(",", EvidenceCsv.COLUMNS),
                "run-1,c1,\"Acme, Inc.\",\"id-=HYPERLINK(\"\"http://x\"\")\",\"'=HYPERLINK(\"\"http://x\"\")\",Windows 11 Pro,"
                        + WS + "," + KES + ",KEY-1,1,yes,100,10,",
                "run-1,c1,\"Acme, Inc.\",id-PC-2,PC-2,Windows 11 Pro," + WS + "," + KES + ",KEY-2,1,no,,,on a trial key");
    }
}
