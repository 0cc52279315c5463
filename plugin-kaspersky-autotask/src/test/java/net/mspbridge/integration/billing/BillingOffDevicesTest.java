package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.Fixtures.CLOUD;
import static net.mspbridge.integration.billing.Fixtures.KES;
import static net.mspbridge.integration.kaspersky.DeviceCategory.WINDOWS_WORKSTATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.NotCounted;
import net.mspbridge.integration.kaspersky.LastUsage;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.kaspersky.UsageCounts;

/**
 * The devices of a customer mapped with billing off: listed one by one by a source that reads them
 * for free (Business Hub), counted in the report as the evidence lists them, and never anything more
 * than that: the run bills, plans and remembers exactly what it does when they are not listed.
 */
class BillingOffDevicesTest {

    private static final String BILLING_OFF = "customer billing off (Companies panel)";
    /** The id Autotask gave a line's adjustment: creates run side by side, so two runs number them apart. */
    private static final String ADJUSTMENT_ID = "reference";

    /**
     * standard(2) with c2 mapped with billing off onto c1's contract 101 (a contract shared with a
     * billed customer), and an evidence sink; c2 has 2 workstations and 1 server of KES and 4 Cloud users.
     */
    private static Harness sharingC1sContract(RecordingEvidence evidence, boolean listsNotBilled) {
        Harness h = BillingRunTest.standard(2).evidence(evidence);
        h.settings(s -> s.customer("c2", 1, 101, false));
        h.usage.listsNotBilled(listsNotBilled);
        return h;
    }

    /** Per customer, the units the report says were not counted per reason (customers not read left out). */
    private static Map<String, Map<String, Integer>> inReport(BillingReport report) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        report.notCounted().stream().filter(n -> !n.devicesUnknown()).forEach(n -> counts
                .computeIfAbsent(n.customer().id(), c -> new TreeMap<>()).merge(n.reason(), n.devices(), Integer::sum));
        return counts;
    }

    @Test
    void aListingSourcesBillingOffDevicesAreInTheEvidenceOneByOneAndTheReportCountsThem() {
        RecordingEvidence evidence = new RecordingEvidence();
        Harness h = sharingC1sContract(evidence, true);
        h.settings(s -> s.byCategory(true).service(KES, WINDOWS_WORKSTATION, 10));

        BillingReport report = h.preview();

        assertThat(evidence.devices("c2")).as("c2's devices and seats, none counted")
                .extracting(d -> d.category(), d -> d.units(), d -> d.notCounted())
                .containsExactlyInAnyOrder(
                        tuple("Windows workstations", 1, BILLING_OFF), tuple("Windows workstations", 1, BILLING_OFF),
                        tuple("Windows servers", 1, BILLING_OFF), tuple("Users", 4, BILLING_OFF));
        assertThat(report.notCounted()).extracting(n -> n.customer().id(), NotCounted::reason, NotCounted::devices,
                NotCounted::devicesUnknown).contains(tuple("c2", BILLING_OFF, 2 + 1 + 4, false));
        assertThat(inReport(report)).as("the report's not counted is the evidence's, per customer and reason")
                .isEqualTo(evidence.notCounted()).containsKeys("c1", "c2");
        assertThat(h.usage.asked()).as("its usage is not read").containsExactly("c1");
    }

    @Test
    void listingBillingOffDevicesChangesNothingOfWhatIsBilledPlannedOrRemembered() {
        Harness listing = sharingC1sContract(new RecordingEvidence(), true);
        Harness notListing = sharingC1sContract(new RecordingEvidence(), false);

        for (int run = 1; run <= 2; run++) {
            // A sink keeps one run's evidence.
            listing.evidence(new RecordingEvidence());
            notListing.evidence(new RecordingEvidence());
            BillingReport listed = listing.apply();
            BillingReport notListed = notListing.apply();

            assertThat(listed.lines()).as("run %d", run).isNotEmpty()
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields(ADJUSTMENT_ID)
                    .containsExactlyElementsOf(notListed.lines());
            assertThat(listed.problems()).isEqualTo(notListed.problems());
            assertThat(listed.status()).isEqualTo(notListed.status());
            assertThat(listing.autotask.adjustments())
                    .containsExactlyInAnyOrderElementsOf(notListing.autotask.adjustments());
            assertThat(LastUsage.read(listing.store, Solution.SECURITY_CENTER))
                    .isEqualTo(LastUsage.read(notListing.store, Solution.SECURITY_CENTER)).isPresent();
            assertThat(listing.store.list(CustomersWithUsage.prefix(Solution.SECURITY_CENTER)))
                    .isEqualTo(notListing.store.list(CustomersWithUsage.prefix(Solution.SECURITY_CENTER)));
            assertThat(listed.notCounted()).extracting(n -> n.customer().id(), NotCounted::devicesUnknown)
                    .containsExactly(tuple("c2", false));
            assertThat(notListed.notCounted()).extracting(n -> n.customer().id(), NotCounted::devicesUnknown)
                    .containsExactly(tuple("c2", true));
            // Next run: c2's usage grows; being billing off, it still moves nothing.
            listing.usage.set("c2", CLOUD.id(), UsageCounts.ofUsers(40));
            notListing.usage.set("c2", CLOUD.id(), UsageCounts.ofUsers(40));
        }
        assertThat(listing.autotask.adjustments()).as("c1's usage was billed").isNotEmpty();
    }

    @Test
    void aCustomerThatCannotBeListedIsSaidNotReadAndTheRunGoesOnUnchanged() {
        RecordingEvidence evidence = new RecordingEvidence();
        Harness h = sharingC1sContract(evidence, true);
        h.usage.listingFails("c2");
        Harness same = sharingC1sContract(new RecordingEvidence(), false);
        Logger logger = (Logger) LoggerFactory.getLogger(BillingOffDevices.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        BillingReport report;
        try {
            report = h.apply();
        } finally {
            logger.detachAppender(log);
        }

        assertThat(report.lines()).usingRecursiveFieldByFieldElementComparatorIgnoringFields(ADJUSTMENT_ID)
                .containsExactlyElementsOf(same.apply().lines());
        assertThat(h.autotask.adjustments()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(same.autotask.adjustments());
        assertThat(report.notCounted()).extracting(n -> n.customer().id(), NotCounted::reason, NotCounted::devicesUnknown)
                .containsExactly(tuple("c2", BILLING_OFF, true));
        assertThat(evidence.devices("c2")).as("what was written before the failure is discarded").isEmpty();
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                .contains("Customer c2", "could not be listed", "not read", "the inventory's database went away");
    }

    @Test
    void aSourceThatDoesNotListIsAskedNothingElseAndSaysNotRead() {
        RecordingEvidence evidence = new RecordingEvidence();
        Harness h = sharingC1sContract(evidence, false);

        BillingReport report = h.preview();

        assertThat(h.usage.asked()).as("Security Center: no usage read for c2").containsExactly("c1");
        assertThat(evidence.devices("c2")).isEmpty();
        assertThat(report.notCounted()).extracting(n -> n.customer().id(), NotCounted::devices, NotCounted::devicesUnknown)
                .containsExactly(tuple("c2", 0, true));
    }
}
