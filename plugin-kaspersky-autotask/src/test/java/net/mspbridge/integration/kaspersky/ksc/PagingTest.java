package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.NotBilledReason;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UsageCounts;

/** Reading many hosts: chunk by chunk, one at a time, in a bounded number of calls. */
class PagingTest {

    private static final LocalDate BILLING_DATE = LocalDate.of(2026, 6, 15);
    private static final KasperskyCustomer BIG = new KasperskyCustomer("40", "Big Customer");
    /** Products cycled over the generated hosts, with the OS that goes with each. */
    private static final String[][] KINDS = {
        {"KES", "Microsoft Windows 11 Pro", "false", "1"},
        {"KES", "Microsoft Windows 10 Enterprise", "false", "1"},
        {"WSEE", "Microsoft Windows Server 2022 Standard", "true", "32768"},
        {"KESL", "Ubuntu 22.04 LTS", "true", Long.toString(KscWire.CTYPE_LINUX)},
        {"KESMAC", "macOS 14 Sonoma", "false", "1"},
    };

    private final ApplicationCatalog catalog = ApplicationCatalog.load();
    private FakeKsc ksc;

    @BeforeEach
    void startServer() {
        ksc = FakeKsc.start();
    }

    @AfterEach
    void stopServer() {
        ksc.close();
    }

    static String hostId(int i) {
        return String.format("3f2b8c1e-0000-4000-8000-%012d", i);
    }

    /** {@code hosts} generated hosts; every host whose index is not a multiple of 10 uses the key. */
    private FakeVirtualServer bigCustomer(int hosts) {
        List<Integer> licensed = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            if (i % 10 != 0) {
                licensed.add(i);
            }
        }
        return ksc.addVirtualServer(40, "Big Customer")
                .hosts(FakeItems.generated(hosts, i -> {
                    String[] kind = KINDS[i % KINDS.length];
                    return KscWire.host(hostId(i), "HOST-" + i, kind[1], Long.parseLong(kind[3]));
                }))
                .key(KscWire.key("KL-C-BIG", 1, "2027-06-30T00:00:00Z"), FakeItems.generated(licensed.size(), n -> {
                    int i = licensed.get(n);
                    return KscWire.keyHost(hostId(i), KINDS[i % KINDS.length][0]);
                }));
    }

    /** The usage {@link #bigCustomer} must produce, counted here the plain way. */
    private static CustomerUsage expected(int hosts) {
        CustomerUsage.Builder usage = CustomerUsage.builder(BIG);
        for (int i = 0; i < hosts; i++) {
            if (i % 10 == 0) {
                usage.notBilled(NotBilledReason.NO_LICENCE_KEY); // in the device list, on no key
                continue;
            }
            switch (i % KINDS.length) {
                case 0, 1 -> usage.addDevice("kes-windows", DeviceCategory.WINDOWS_WORKSTATION);
                case 2 -> usage.addDevice("ksws", DeviceCategory.WINDOWS_SERVER);
                case 3 -> usage.addDevice("kes-linux", DeviceCategory.NON_WINDOWS);
                default -> usage.addDevice("kes-mac", DeviceCategory.NON_WINDOWS);
            }
        }
        return usage.build();
    }

    @Nested
    class Chunks {

        @Test
        void areAskedForInOrderUntilEveryHostWasRead() {
            bigCustomer(1_234);

            List<CustomerUsage> usage = SecurityCenter.usageSource(ksc.settings().chunkSize(100).build(), catalog,
                    BILLING_DATE).usage(List.of(BIG));

            assertThat(usage).containsExactly(expected(1_234));
            List<FakeKsc.Call> chunks = ksc.calls("ChunkAccessor.GetItemsChunk");
            assertThat(chunks).extracting(c -> c.params().path("nStart").asInt())
                    .containsExactly(0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200);
            assertThat(chunks).extracting(c -> c.params().path("nCount").asInt())
                    .containsOnly(100, 34);
            String released = ksc.calls("ChunkAccessor.Release").get(0).params().path("strAccessor").asText();
            assertThat(chunks).extracting(c -> c.params().path("strAccessor").asText()).containsOnly(released);
            assertThat(ksc.calls("ChunkAccessor.GetItemsCount")).as("the count comes with FindHosts").isEmpty();
            assertThat(ksc.openAccessors()).isEmpty();
        }

        @Test
        void areEachCountedBeforeTheNextIsAskedFor() {
            bigCustomer(950);
            KscConnector connector = new KscConnector(ksc.settings().build());
            List<Integer> chunkCallsSeenAtHost = new ArrayList<>();

            long read;
            try (KscSession session = connector.virtualServerSession("Big Customer")) {
                read = HostPager.forEachHost(session, 100,
                        host -> chunkCallsSeenAtHost.add(ksc.count("ChunkAccessor.GetItemsChunk")));
            }

            // Host i arrives while the server has seen exactly the chunk that holds it: never one ahead.
            assertThat(read).isEqualTo(950);
            for (int i = 0; i < chunkCallsSeenAtHost.size(); i++) {
                assertThat(chunkCallsSeenAtHost.get(i)).as("chunk calls when host %d was counted", i)
                        .isEqualTo(i / 100 + 1);
            }
        }

        @Test
        void stopWhenTheServerGivesFewerHostsThanItAnnounced() {
            ksc.addVirtualServer(41, "Short").hosts(
                    KscWire.host(hostId(1), "A", "Microsoft Windows 11 Pro", 1),
                    KscWire.host(hostId(2), "B", "Microsoft Windows 11 Pro", 1),
                    KscWire.host(hostId(3), "C", "Microsoft Windows 11 Pro", 1),
                    KscWire.host(hostId(4), "D", "Microsoft Windows 11 Pro", 1),
                    KscWire.host(hostId(5), "E", "Microsoft Windows 11 Pro", 1));
            ObjectNode empty = JsonNodeFactory.instance.objectNode();
            empty.putObject("pChunk").putArray("KLCSP_ITERATOR_ARRAY");
            empty.put("PxgRetVal", 0);
            ksc.failOn("ChunkAccessor.GetItemsChunk", 2, () -> KscWire.json(200, empty));
            KscConnector connector = new KscConnector(ksc.settings().build());

            long read;
            try (KscSession session = connector.virtualServerSession("Short")) {
                read = HostPager.forEachHost(session, 2, host -> { });
            }

            assertThat(read).isEqualTo(2);
            assertThat(ksc.calls("ChunkAccessor.GetItemsChunk")).hasSize(2);
            assertThat(ksc.openAccessors()).isEmpty();
        }
    }

    @Nested
    class Keys {

        private ObjectNode counted(ObjectNode key, Integer asCurrent, Integer asNext) {
            ObjectNode value = (ObjectNode) key.get("value");
            value.remove("KLLIC_NHOSTS_ASCURRENT");
            if (asCurrent != null) {
                value.put("KLLIC_NHOSTS_ASCURRENT", asCurrent);
            }
            if (asNext != null) {
                value.put("KLLIC_NHOSTS_ASNEXT", asNext);
            }
            return key;
        }

        @Test
        void aKeyTheServerSaysNoHostUsesIsNotAskedForItsHostsButOneWithoutBothCountsIs() {
            bigCustomer(20)
                    .key(counted(KscWire.key("KL-UNUSED", 1, "2027-06-30T00:00:00Z"), 0, 0), FakeItems.generated(0, n -> null))
                    // Counts that say nothing (ASNEXT missing): its hosts are read, and one is counted.
                    .key(counted(KscWire.key("KL-NO-COUNTS", 1, "2027-06-30T00:00:00Z"), 0, null),
                            FakeItems.generated(1, n -> KscWire.keyHost(hostId(0), "KES")))
                    .key(counted(KscWire.key("KL-RESERVE", 1, "2027-06-30T00:00:00Z"), 0, 1), FakeItems.generated(0, n -> null));

            List<CustomerUsage> usage = SecurityCenter.usageSource(ksc.settings().build(), catalog, BILLING_DATE)
                    .usage(List.of(BIG));

            assertThat(ksc.calls("LicenseKeys.EnumKeys").get(0).params().get("pFields").toString())
                    .contains("KLLIC_NHOSTS_ASCURRENT", "KLLIC_NHOSTS_ASNEXT");
            assertThat(ksc.calls("LicenseKeys.AcquireKeyHosts"))
                    .extracting(c -> c.params().path("pInData").path("KLLIC_SERIAL").asText())
                    .containsExactlyInAnyOrder("KL-C-BIG", "KL-NO-COUNTS", "KL-RESERVE");
            // Host 0 uses no key in bigCustomer; KL-NO-COUNTS adds it, a Windows 11 workstation on KES.
            CustomerUsage.Builder withHost0 = CustomerUsage.builder(BIG);
            withHost0.addDevice("kes-windows", DeviceCategory.WINDOWS_WORKSTATION);
            for (int i = 1; i < 20; i++) {
                if (i % 10 == 0) {
                    withHost0.notBilled(NotBilledReason.NO_LICENCE_KEY);
                    continue;
                }
                switch (i % KINDS.length) {
                    case 0, 1 -> withHost0.addDevice("kes-windows", DeviceCategory.WINDOWS_WORKSTATION);
                    case 2 -> withHost0.addDevice("ksws", DeviceCategory.WINDOWS_SERVER);
                    case 3 -> withHost0.addDevice("kes-linux", DeviceCategory.NON_WINDOWS);
                    default -> withHost0.addDevice("kes-mac", DeviceCategory.NON_WINDOWS);
                }
            }
            assertThat(usage).containsExactly(withHost0.build());
            assertThat(ksc.openIterators()).isEmpty();
        }
    }

    @Nested
    class Scale {

        @Test
        void oneHundredThousandHostsTakeAboutTwoCallsPerChunk() {
            bigCustomer(100_000);

            List<CustomerUsage> usage = SecurityCenter.usageSource(ksc.settings().build(), catalog, BILLING_DATE)
                    .usage(List.of(BIG));

            assertThat(usage).containsExactly(expected(100_000));
            assertThat(usage.get(0).byApplication()).isEqualTo(Map.of(
                    "kes-windows", new UsageCounts(30_000, 0, 0, 0),
                    "ksws", new UsageCounts(0, 20_000, 0, 0),
                    "kes-linux", new UsageCounts(0, 0, 20_000, 0),
                    "kes-mac", new UsageCounts(0, 0, 20_000, 0)));
            // 90,000 key hosts and 100,000 hosts in pages and chunks of 500, plus GetVServers, EnumKeys
            // (one page), AcquireKeyHosts, FindHosts, two iterator releases and one accessor release.
            assertThat(ksc.calls("GroupSyncIterator.GetNextItems")).hasSize(1 + 180);
            assertThat(ksc.calls("ChunkAccessor.GetItemsChunk")).hasSize(200);
            // And one Session.EndSession per session (2).
            assertThat(ksc.calls()).hasSize(181 + 200 + 7 + 2);
            assertThat(ksc.logins()).containsExactly("", "Big Customer");
        }
    }
}
