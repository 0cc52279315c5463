package net.mspbridge.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.BillingHook;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.api.host.PluginStore;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.demo.DemoPluginSettings;
import net.mspbridge.host.evidence.EvidenceRow;
import net.mspbridge.host.evidence.EvidenceStore;
import net.mspbridge.host.evidence.EvidenceSummary;
import net.mspbridge.host.sandbox.SandboxConfig;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.ksc.KscDevice;
import net.mspbridge.host.sandbox.ksc.KscDirectory;
import net.mspbridge.host.sandbox.ksc.VServer;
import net.mspbridge.host.sandbox.seed.CustomerLink;

/**
 * The packaged plugin, loaded by PF4J, billing the sandboxes with the host's evidence store (H2):
 * every unit of every line is one counted device or one user of a seat group, and every device of
 * every virtual server the run read is in the evidence, counted once per application or not counted
 * with a reason (a trial or expired key, a reserve key only, no key at all, a customer no Autotask
 * company is mapped to).
 */
class EvidenceEndToEndTest {

    @TempDir
    static Path pluginsDir;
    @TempDir
    Path dataDir;

    private static PluginHost plugins;
    private static BillingHook billing;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private Sandboxes sandboxes;
    private Database database;
    private EvidenceStore store;

    @BeforeAll
    static void loadPlugin() {
        BuiltPlugin.installInto(pluginsDir);
        plugins = PluginHost.load(pluginsDir);
        billing = plugins.plugin(DemoPluginSettings.PLUGIN_ID).orElseThrow().billing().orElseThrow();
    }

    @AfterAll
    static void unloadPlugin() {
        plugins.close();
    }

    @BeforeEach
    void start() {
        sandboxes = Sandboxes.start(SandboxConfig.builder().build());
        database = Database.open(dataDir);
        store = EvidenceStore.inDatabase(database, Clock.systemUTC(), 5);
    }

    @AfterEach
    void stop() {
        database.close();
        sandboxes.close();
    }

    private BillingReport run(String runId, RunMode mode) {
        DemoPluginSettings demo = DemoPluginSettings.of(sandboxes);
        EvidenceStore.RunSink sink = store.begin(runId);
        HostContext context = new HostContext(demo.values(), Secrets.of(demo.secrets()), Clock.system(ZoneOffset.UTC),
                PluginStore.inMemory(), Optional.empty()).withEvidence(sink.sink());
        try {
            return billing.run(new BillingRunRequest(runId, today, mode), context, RunMonitor.none());
        } finally {
            sink.finish();
        }
    }

    private List<EvidenceRow> rows(String runId) {
        List<EvidenceRow> rows = new ArrayList<>();
        store.forEach(runId, rows::add);
        return rows;
    }

    @Test
    void everyUnitOfEveryLineIsACountedDeviceOrSeatOfThatLine() {
        for (RunMode mode : RunMode.values()) {
            String runId = "run-" + mode;
            BillingReport report = run(runId, mode);

            Map<String, Long> wanted = new TreeMap<>();
            for (ReportLine line : report.lines()) {
                if (line.unitsWanted() > 0) {
                    wanted.put(line.contract().id() + "/" + line.service().id(), (long) line.unitsWanted());
                }
            }
            Map<String, Long> evidenced = new TreeMap<>();
            for (EvidenceSummary.Line line : store.summary(runId).lines()) {
                evidenced.put(line.contractId() + "/" + line.serviceId(), line.units());
                // The page's drill-down reads the same devices, a page at a time.
                assertThat(store.line(runId, line.contractId(), line.serviceId(), 0, 500).units())
                        .isEqualTo(line.units());
            }
            assertThat(wanted).as("%s: units wanted per line", mode).isNotEmpty();
            assertThat(evidenced).as("%s: units of the devices counted on each line", mode).isEqualTo(wanted);
        }
    }

    /**
     * Issue 16: the report's "Seen but not counted" and the evidence's "not counted" give every customer
     * the same count (hosts with no licence key included); a customer with billing off is in neither
     * as a count: the report says its devices were not read, the evidence has none of its devices.
     */
    @Test
    void theReportAndTheEvidenceCountTheSameDevicesNotCountedPerCustomer() {
        BillingReport report = run("run-not-counted", RunMode.PREVIEW);

        Map<String, Long> inReport = new TreeMap<>();
        report.notCounted().stream().filter(n -> !n.devicesUnknown())
                .forEach(n -> inReport.merge(n.customer().name(), (long) n.devices(), Long::sum));
        Map<String, Long> inEvidence = new TreeMap<>();
        // A customer mapped to no company is a problem of the report (its usage is billed nowhere), not listed there.
        store.summary("run-not-counted").notCounted().stream()
                .filter(n -> !n.reason().startsWith("its customer is mapped to no Autotask company"))
                .forEach(n -> inEvidence.merge(n.customerName(), n.units(), Long::sum));
        assertThat(inReport).containsEntry("Fabrikam", 2L).isEqualTo(inEvidence);
        List<String> notRead = report.notCounted().stream().filter(n -> n.devicesUnknown())
                .map(n -> n.customer().name()).toList();
        assertThat(notRead).containsExactly("AdventureWorks", "Tailspin", "Litware");
        assertThat(rows("run-not-counted")).extracting(EvidenceRow::customerName).doesNotContainAnyElementsOf(notRead);
    }

    /** A host that offers no sink (a context made as before plugin-api 1.3) gets the same report. */
    @Test
    void withoutASinkThePluginBillsTheSame() {
        DemoPluginSettings demo = DemoPluginSettings.of(sandboxes);
        HostContext noEvidence = new HostContext(demo.values(), Secrets.of(demo.secrets()), Clock.system(ZoneOffset.UTC),
                PluginStore.inMemory(), Optional.empty());

        BillingReport without = billing.run(new BillingRunRequest("run-none", today, RunMode.PREVIEW), noEvidence,
                RunMonitor.none());
        BillingReport with = run("run-with", RunMode.PREVIEW);

        assertThat(without.status()).isEqualTo(with.status());
        assertThat(without.lines()).isEqualTo(with.lines()).isNotEmpty();
        assertThat(without.notCounted()).isEqualTo(with.notCounted());
        assertThat(store.summary("run-with").state()).isEqualTo(EvidenceSummary.State.KEPT);
    }

    @Test
    void everyDeviceOfTheSandboxIsCountedOnceOrListedWithAReason() {
        run("run-1", RunMode.PREVIEW);
        List<EvidenceRow> rows = rows("run-1");

        KscDirectory directory = sandboxes.kscDirectory();
        Set<String> read = rows.stream().map(EvidenceRow::customerId).collect(Collectors.toCollection(TreeSet::new));
        // A customer mapped with billing off is not read at all (no Kaspersky call is made for it), so
        // neither counted nor listed; every other one is, the unmapped Woodgrove Bank included.
        Set<String> billedOrUnmapped = sandboxes.mapping().customers().stream()
                .filter(c -> c.billable() || c.companyId() == null).map(CustomerLink::kscCustomerId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(read).as("virtual servers read").isEqualTo(billedOrUnmapped).hasSize(4);
        Map<String, List<EvidenceRow>> byDevice = new HashMap<>();
        rows.forEach(r -> byDevice.computeIfAbsent(r.customerId() + "/" + r.deviceId(), k -> new ArrayList<>()).add(r));
        int devices = 0;
        for (VServer server : directory.virtualServers()) {
            if (!read.contains(Long.toString(server.id()))) {
                continue;
            }
            for (int i = 0; i < directory.hostCount(server.id()); i++) {
                KscDevice host = directory.host(server.id(), i);
                devices++;
                List<EvidenceRow> records = byDevice.getOrDefault(server.id() + "/" + host.hostname(), List.of());
                assertThat(records).as("evidence of %s at %s", host.displayName(), server.name()).isNotEmpty();
                assertThat(records).as("%s: counted on a line, or why not", host.displayName())
                        .allSatisfy(r -> assertThat(r.counted() ? r.contractId() : r.reason()).isNotEmpty());
                Map<String, Long> countedPerApplication = records.stream().filter(EvidenceRow::counted)
                        .collect(Collectors.groupingBy(EvidenceRow::application, Collectors.counting()));
                assertThat(countedPerApplication.values()).as("%s counted once per application", host.displayName())
                        .allMatch(n -> n == 1);
            }
        }
        assertThat(devices).isGreaterThan(10);
        assertThat(byDevice).as("no device the sandbox does not have").hasSize(devices);
    }
}
