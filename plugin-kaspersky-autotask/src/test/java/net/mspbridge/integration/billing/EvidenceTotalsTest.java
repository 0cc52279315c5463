package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.Fixtures.CLOUD;
import static net.mspbridge.integration.billing.Fixtures.KES;
import static net.mspbridge.integration.billing.Fixtures.KSWS;
import static net.mspbridge.integration.billing.Fixtures.YEAR_END;
import static net.mspbridge.integration.billing.Fixtures.YEAR_START;
import static net.mspbridge.integration.kaspersky.DeviceCategory.NON_WINDOWS;
import static net.mspbridge.integration.kaspersky.DeviceCategory.WINDOWS_SERVER;
import static net.mspbridge.integration.kaspersky.DeviceCategory.WINDOWS_WORKSTATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.NotCounted;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.integration.kaspersky.UsageCounts;

/**
 * The evidence a run writes adds up to its report: the units of the devices assigned to each line
 * are the line's units wanted, and usage no line takes is assigned a reason, never a line.
 */
class EvidenceTotalsTest {

    private final RecordingEvidence evidence = new RecordingEvidence();

    private static Map<String, Integer> wanted(BillingReport report) {
        Map<String, Integer> wanted = new TreeMap<>();
        for (ReportLine line : report.lines()) {
            if (line.unitsWanted() > 0) {
                wanted.put(line.contract().id() + "/" + line.service().id(), line.unitsWanted());
            }
        }
        return wanted;
    }

    @Test
    void eachLinesDevicesAndSeatsAddUpToItsUnitsWanted() {
        Harness h = BillingRunTest.standard(3).evidence(evidence);

        BillingReport preview = h.preview();

        assertThat(wanted(preview)).hasSize(6);
        assertThat(evidence.unitsPerLine()).isEqualTo(wanted(preview));
        assertThat(evidence.notOnALine()).isEmpty();

        RecordingEvidence applied = new RecordingEvidence();
        BillingReport apply = h.evidence(applied).apply();

        assertThat(applied.unitsPerLine()).isEqualTo(wanted(apply));
    }

    @Test
    void devicesBilledByCategoryAndOfSeveralCustomersOnOneContractGoToTheirLines() {
        Harness h = new Harness().evidence(evidence);
        h.settings(s -> s.byCategory(true).service(KES, WINDOWS_WORKSTATION, 11).service(KES, WINDOWS_SERVER, 12)
                .service(KES, NON_WINDOWS, 11).service(KSWS, WINDOWS_SERVER, 12).service(CLOUD, 20)
                .customer("a", 1, 101, true).customer("b", 1, 101, true).customer("c", 2, 102, true));
        h.autotask.service(11, "9.00").service(12, "30.00").service(20, "5.00");
        h.autotask.contract(101, 1, YEAR_START, YEAR_END).contract(102, 2, YEAR_START, YEAR_END);
        h.usage.set("a", KES.id(), new UsageCounts(3, 2, 1, 0)).set("a", KSWS.id(), new UsageCounts(0, 4, 0, 0))
                .set("b", KES.id(), new UsageCounts(5, 0, 0, 0)).set("b", CLOUD.id(), UsageCounts.ofUsers(7))
                .set("c", KES.id(), new UsageCounts(0, 0, 2, 0));

        BillingReport report = h.preview();

        assertThat(evidence.unitsPerLine()).isEqualTo(wanted(report)).isEqualTo(Map.of(
                "101/11", 3 + 1 + 5, "101/12", 2 + 4, "101/20", 7, "102/11", 2));
    }

    @Test
    void usageNoLineTakesIsAssignedItsReason() {
        Harness h = BillingRunTest.standard(1).evidence(evidence);
        h.settings(s -> s.byCategory(true).service(KES, WINDOWS_WORKSTATION, 10));
        // c1: 1 workstation (mapped), 1 server (no service for Windows servers); "lost" is in no Companies row.
        h.usage.set("lost", KES.id(), new UsageCounts(2, 0, 0, 0));

        BillingReport report = h.preview();

        assertThat(evidence.unitsPerLine()).isEqualTo(wanted(report));
        assertThat(evidence.notOnALine()).isEqualTo(Map.of(
                "c1", Map.of("no Autotask service is mapped for Windows servers (Services panel)", 1),
                "lost", Map.of("its customer is mapped to no Autotask company (Companies panel)", 2)));
    }

    @Test
    void theReportsNotCountedSaysWhatTheEvidenceListsPerCustomerAndBillingOffOnce() {
        Harness h = BillingRunTest.standard(2).evidence(evidence);
        // c1: 1 server with no service for servers; c2: billing off, so not read.
        h.settings(s -> s.byCategory(true).service(KES, WINDOWS_WORKSTATION, 10).customer("c2", 2, 102, false));

        BillingReport report = h.preview();

        String noServers = "no Autotask service is mapped for Windows servers (Services panel)";
        assertThat(evidence.notOnALine()).isEqualTo(Map.of("c1", Map.of(noServers, 1)));
        assertThat(evidence.devices("c2")).as("a customer with billing off is not read").isEmpty();
        assertThat(report.notCounted()).extracting(n -> n.customer().id(), NotCounted::reason, NotCounted::devices,
                NotCounted::devicesUnknown).containsExactly(
                        tuple("c1", noServers, 1, false),
                        tuple("c2", NotCountedDevices.BILLING_OFF, 0, true));
    }
}
