package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.host.CustomerEvidence;
import net.mspbridge.api.host.DeviceEvidence;
import net.mspbridge.api.host.EvidenceAssignment;
import net.mspbridge.api.host.EvidenceSink;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.NotBilledReason;
import net.mspbridge.integration.kaspersky.UsageCounts;
import net.mspbridge.integration.kaspersky.UsageSource;

/**
 * Security Center usage writes its evidence as hosts are counted: one record per (host, application)
 * decided, the counted ones adding up to the counts; a read renewed after a 401 opens the customer
 * afresh (the host drops the first read's records) and a read that fails discards what it wrote.
 */
class KscEvidenceTest {

    private static final LocalDate BILLING_DATE = LocalDate.of(2026, 6, 15);
    private static final KasperskyCustomer CONTOSO = new KasperskyCustomer("12", "Contoso");

    private final ApplicationCatalog catalog = ApplicationCatalog.load();
    private final List<DeviceEvidence> stored = new ArrayList<>();
    private final AtomicInteger opens = new AtomicInteger();
    private final AtomicInteger discards = new AtomicInteger();
    private FakeKsc ksc;

    /** As a host keeps it: opening the customer again drops what was stored for it. */
    private final EvidenceSink sink = new EvidenceSink() {
        @Override
        public synchronized CustomerEvidence open(String customerId, String customerName) {
            opens.incrementAndGet();
            stored.clear();
            return new CustomerEvidence() {
                @Override
                public void add(DeviceEvidence device) {
                    stored.add(device);
                }

                @Override
                public void discard() {
                    discards.incrementAndGet();
                    stored.clear();
                }

                @Override
                public void close() {
                    // nothing buffered
                }
            };
        }

        @Override
        public void assign(EvidenceAssignment assignment) {
            // the billing run's to do
        }

        @Override
        public boolean isPresent() {
            return true;
        }
    };

    @BeforeEach
    void startServer() {
        ksc = FakeKsc.start();
        ksc.addVirtualServer(12, "Contoso").fixture("contoso");
    }

    @AfterEach
    void stopServer() {
        ksc.close();
    }

    private CustomerUsage read() {
        return SecurityCenter.usageSource(ksc.settings().chunkSize(3).build(), catalog, BILLING_DATE, sink)
                .usage(List.of(CONTOSO)).get(0);
    }

    private int countedUnits() {
        return stored.stream().filter(DeviceEvidence::counted).mapToInt(DeviceEvidence::units).sum();
    }

    @Test
    void eachHostCountedIsOneRecordAndTheyAddUpToTheCounts() {
        CustomerUsage usage = read();

        int counted = usage.byApplication().values().stream().mapToInt(UsageCounts::devices).sum();
        assertThat(countedUnits()).isEqualTo(counted).isPositive();
        // Every record not counted, hosts with no licence key included, is in the report's count.
        assertThat(stored.stream().filter(d -> !d.counted()).count()).isEqualTo(usage.notBilled().total());
        assertThat(usage.notBilled().count(NotBilledReason.NO_LICENCE_KEY)).as("hosts with no key in the sandbox")
                .isEqualTo(stored.stream().filter(d -> d.notCounted().equals(VirtualServerUsage.NO_KEY)).count())
                .isPositive();
        assertThat(stored).filteredOn(DeviceEvidence::counted)
                .allSatisfy(d -> assertThat(d.keyOrSeat()).as("the key of %s", d.deviceName()).isNotEmpty());
        assertThat(stored).extracting(d -> d.deviceId() + "/" + d.application()).doesNotHaveDuplicates();
    }

    @Test
    void aReadRenewedMidPagingOpensTheCustomerAgainSoNoHostIsThereTwice() {
        ksc.expireSessionOn("ChunkAccessor.GetItemsChunk", 3);

        CustomerUsage usage = read();

        assertThat(opens.get()).as("opened for the first read and again for the second").isEqualTo(2);
        assertThat(stored).extracting(d -> d.deviceId() + "/" + d.application()).doesNotHaveDuplicates();
        assertThat(countedUnits()).isEqualTo(usage.byApplication().values().stream().mapToInt(UsageCounts::devices).sum());
    }

    /** Issue 16: a customer with billing off is worth no Security Center call, so its devices stay unread. */
    @Test
    void aCustomerNotBilledIsNotListedAndCostsNoCall() {
        UsageSource source = SecurityCenter.usageSource(ksc.settings().build(), catalog, BILLING_DATE, sink);

        assertThat(source.listNotBilled(CONTOSO, "customer billing off (Companies panel)")).isEmpty();
        assertThat(ksc.calls()).as("calls to Security Center").isEmpty();
        assertThat(opens.get()).isZero();
    }

    @Test
    void aReadThatFailsDiscardsWhatItWrote() {
        ksc.failOn("ChunkAccessor.GetItemsChunk", 2, () -> KscWire.pxgError(200, -1, "Internal server error"));

        assertThatThrownBy(this::read).isInstanceOf(KscCallException.class);

        assertThat(discards.get()).isEqualTo(1);
        assertThat(stored).isEmpty();
    }
}
