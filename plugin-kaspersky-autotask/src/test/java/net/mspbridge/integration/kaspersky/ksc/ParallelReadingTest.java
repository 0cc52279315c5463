package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UsageReadListener;
import net.mspbridge.integration.kaspersky.UsageReadStoppedException;
import net.mspbridge.integration.kaspersky.UsageReading;
import net.mspbridge.integration.kaspersky.UsageSource;

/**
 * Several virtual servers read at once, each in its own session: how many at once, what a failure
 * of one does to the others, what is released, and the order of the results. Where the test needs
 * reads to overlap, the server holds calls until enough of them have arrived (each wait bounded),
 * so overlap is made, not hoped for.
 */
class ParallelReadingTest {

    private static final LocalDate BILLING_DATE = LocalDate.of(2026, 6, 15);
    private static final long WAIT_SECONDS = 10;

    private final ApplicationCatalog catalog = ApplicationCatalog.load();
    /** Waits in the server's hooks that ran out of time: the overlap a test counted on did not happen. */
    private final AtomicInteger waitsInVain = new AtomicInteger();
    private FakeKsc ksc;

    @BeforeEach
    void startServer() {
        ksc = FakeKsc.start();
    }

    @AfterEach
    void stopServer() {
        ksc.close();
    }

    /** Virtual servers "VS 1".."VS n" (ids 101..), each with Contoso's hosts and keys. */
    private List<KasperskyCustomer> virtualServers(int count) {
        List<KasperskyCustomer> customers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ksc.addVirtualServer(100 + i, "VS " + i).fixture("contoso");
            customers.add(new KasperskyCustomer(Long.toString(100 + i), "VS " + i));
        }
        return customers;
    }

    private UsageSource source(int parallel) {
        return SecurityCenter.usageSource(ksc.settings().parallelVirtualServers(parallel).build(), catalog,
                BILLING_DATE);
    }

    /** Each call of {@code method} (any virtual server) waits until {@code together} of them have arrived. */
    private void meetAt(String method, int together) {
        CountDownLatch arrived = new CountDownLatch(together);
        ksc.before(null, method, () -> {
            arrived.countDown();
            await(arrived);
        });
    }

    private void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                waitsInVain.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            waitsInVain.incrementAndGet();
        }
    }

    private static CustomerUsage contosoUsageOf(KasperskyCustomer customer) {
        return new CustomerUsage(customer, KscUsageSourceTest.CONTOSO_USAGE.byApplication(),
                KscUsageSourceTest.CONTOSO_USAGE.notBilled());
    }

    private static MockResponse dropConnection() {
        return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
    }

    @Nested
    class HowManyAtOnce {

        @Test
        void readsAsManyVirtualServersAtOnceAsConfiguredAndNoMore() {
            List<KasperskyCustomer> customers = virtualServers(6);
            meetAt("HostGroup.FindHosts", 3);

            List<CustomerUsage> usage = source(3).usage(customers);

            assertThat(waitsInVain).as("three virtual servers were read at the same time").hasValue(0);
            assertThat(ksc.maxInFlight()).isEqualTo(3);
            assertThat(usage).containsExactlyElementsOf(customers.stream().map(ParallelReadingTest::contosoUsageOf).toList());
        }

        @Test
        void keepsEachSessionOnOneConnectionMakingOneCallAtATimeWhileOthersRun() {
            List<KasperskyCustomer> customers = virtualServers(4);
            meetAt("HostGroup.FindHosts", 2);

            source(2).usage(customers);

            assertThat(waitsInVain).hasValue(0);
            assertThat(ksc.maxInFlightPerSession()).isEqualTo(1);
            List<FakeKsc.Call> calls = ksc.calls();
            List<String> sessions = calls.stream().map(FakeKsc.Call::session).distinct().toList();
            assertThat(sessions).hasSize(1 + 4);
            for (String session : sessions) {
                List<FakeKsc.Call> ofSession = calls.stream().filter(c -> c.session().equals(session)).toList();
                assertThat(ofSession).extracting(FakeKsc.Call::connection).as("connections of session %s", session)
                        .containsOnly(ofSession.get(0).connection());
                assertThat(ofSession).extracting(FakeKsc.Call::virtualServer).as("virtual servers of session %s", session)
                        .containsOnly(ofSession.get(0).virtualServer());
            }
        }

        @Test
        void readsOneAtATimeInTheOrderAskedWhenSetToOne() {
            List<KasperskyCustomer> customers = virtualServers(3);

            source(1).usage(customers);

            assertThat(ksc.maxInFlight()).isEqualTo(1);
            assertThat(ksc.logins()).containsExactly("", "VS 1", "VS 2", "VS 3");
        }

        @Test
        void makesTheSameCallsAsReadingOneAtATime() {
            List<KasperskyCustomer> customers = virtualServers(4);
            source(1).usage(customers);
            int oneAtATime = ksc.calls().size();

            source(3).usage(customers);

            assertThat(ksc.calls()).hasSize(2 * oneAtATime);
        }
    }

    @Nested
    class Order {

        @Test
        void givesTheUsageInTheOrderAskedWhateverOrderTheReadsEndIn() {
            ksc.addVirtualServer(12, "Contoso").fixture("contoso");
            ksc.addVirtualServer(15, "Fabrikam").fixture("fabrikam");
            ksc.addVirtualServer(21, "Northwind Traders");
            KasperskyCustomer contoso = new KasperskyCustomer("12", "Contoso");
            KasperskyCustomer fabrikam = new KasperskyCustomer("15", "Fabrikam");
            KasperskyCustomer northwind = new KasperskyCustomer("21", "Northwind Traders");
            // Contoso's hosts are read only once Fabrikam is done: Contoso, asked first, ends last.
            CountDownLatch fabrikamDone = new CountDownLatch(1);
            ksc.before("Fabrikam", "ChunkAccessor.Release", fabrikamDone::countDown);
            ksc.before("Contoso", "HostGroup.FindHosts", () -> await(fabrikamDone));

            List<CustomerUsage> usage = source(2).usage(List.of(contoso, fabrikam, northwind));

            assertThat(waitsInVain).hasValue(0);
            assertThat(ksc.calls("ChunkAccessor.Release")).extracting(FakeKsc.Call::virtualServer)
                    .containsExactly("Fabrikam", "Contoso");
            assertThat(usage).extracting(CustomerUsage::customer).containsExactly(contoso, fabrikam, northwind);
            assertThat(usage.get(0)).isEqualTo(contosoUsageOf(contoso));
            assertThat(usage.get(1).byApplication()).containsOnlyKeys("kes-windows", "ksws", "kes-linux");
            assertThat(usage.get(2)).isEqualTo(CustomerUsage.none(northwind));
        }

        @Test
        void keepsCustomersThatAreNoVirtualServerInTheirPlace() {
            List<KasperskyCustomer> customers = new ArrayList<>(virtualServers(2));
            KasperskyCustomer gone = new KasperskyCustomer("99", "Closed Customer");
            customers.add(1, gone);

            List<CustomerUsage> usage = source(3).usage(customers);

            assertThat(usage).containsExactly(contosoUsageOf(customers.get(0)), CustomerUsage.none(gone),
                    contosoUsageOf(customers.get(2)));
        }
    }

    @Nested
    class WhenOneFails {

        @Test
        void aVirtualServerThatFailsWhileOthersAreReadIsReportedAndTheOthersAreRead() {
            List<KasperskyCustomer> customers = virtualServers(4);
            meetAt("HostGroup.FindHosts", 3);
            ksc.failOn("VS 2", "ChunkAccessor.GetItemsChunk", 1, () -> KscWire.pxgError(200, -1, "Internal server error"));

            UsageReading reading = source(3).read(customers);

            assertThat(waitsInVain).as("VS 2 failed while VS 1 and VS 3 were being read").hasValue(0);
            assertThat(reading.usage()).containsExactly(contosoUsageOf(customers.get(0)),
                    contosoUsageOf(customers.get(2)), contosoUsageOf(customers.get(3)));
            assertThat(reading.failures()).containsOnlyKeys("102");
            assertThat(reading.failures().get("102")).contains("Internal server error");
            assertThat(ksc.openAccessors()).isEmpty();
            assertThat(ksc.openIterators()).isEmpty();
        }

        @Test
        void aServerThatGoesAwayFailsTheReadingAndWhatTheOthersOpenedIsReleased() {
            List<KasperskyCustomer> customers = virtualServers(3);
            meetAt("HostGroup.FindHosts", 3);
            // From the first on: OkHttp repeats a request once on a fresh connection when one drops.
            ksc.failFrom("VS 2", "ChunkAccessor.GetItemsChunk", 1, ParallelReadingTest::dropConnection);

            assertThatThrownBy(() -> source(3).read(customers))
                    .isInstanceOf(KscUnreachableException.class)
                    .hasMessageContaining("ChunkAccessor.GetItemsChunk");
            assertThat(waitsInVain).hasValue(0);
            assertThat(ksc.calls("HostGroup.FindHosts")).hasSize(3);
            assertThat(ksc.calls("ChunkAccessor.Release")).extracting(FakeKsc.Call::virtualServer)
                    .containsExactlyInAnyOrder("VS 1", "VS 2", "VS 3");
            assertThat(ksc.openAccessors()).isEmpty();
            assertThat(ksc.openIterators()).isEmpty();
        }

        @Test
        void allOrNothingThrowsTheFailureOfTheEarliestCustomerWithTheOthersSuppressed() {
            List<KasperskyCustomer> customers = virtualServers(3);
            meetAt("HostGroup.FindHosts", 3);
            ksc.failOn("VS 3", "ChunkAccessor.GetItemsChunk", 1, () -> KscWire.pxgError(200, -1, "VS 3 broken"));
            ksc.failOn("VS 2", "ChunkAccessor.GetItemsChunk", 1, () -> KscWire.pxgError(200, -1, "VS 2 broken"));

            assertThatThrownBy(() -> source(3).usage(customers))
                    .isInstanceOf(KscCallException.class)
                    .hasMessageContaining("VS 2 broken")
                    .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
                            .satisfies(s -> assertThat(s).hasMessageContaining("VS 3 broken")));
            assertThat(waitsInVain).hasValue(0);
            assertThat(ksc.openAccessors()).isEmpty();
        }

        @Test
        void afterAFailureThatEndsTheReadingNoFurtherVirtualServerIsStarted() {
            List<KasperskyCustomer> customers = virtualServers(4);
            ksc.failFrom("VS 1", "LicenseKeys.EnumKeys", 1, ParallelReadingTest::dropConnection);

            assertThatThrownBy(() -> source(1).read(customers)).isInstanceOf(KscUnreachableException.class);
            assertThat(ksc.logins()).containsExactly("", "VS 1");
        }
    }

    @Test
    void theUsageOfManyVirtualServersIsTheSameReadOneOrThreeAtATime() {
        List<KasperskyCustomer> customers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ksc.addVirtualServer(200 + i, "Mixed " + i).fixture(i % 2 == 0 ? "fabrikam" : "contoso");
            customers.add(new KasperskyCustomer(Long.toString(200 + i), "Mixed " + i));
        }

        List<CustomerUsage> oneAtATime = source(1).usage(customers);
        List<CustomerUsage> threeAtATime = source(3).usage(customers);

        assertThat(threeAtATime).isEqualTo(oneAtATime);
        assertThat(threeAtATime.stream().map(u -> u.byApplication().keySet()).distinct()).hasSize(2);
        assertThat(ksc.openAccessors()).isEmpty();
        assertThat(ksc.openIterators()).isEmpty();
    }

    private static UsageReadListener stoppingWhen(AtomicBoolean stop) {
        return new UsageReadListener() {
            @Override
            public boolean stopRequested() {
                return stop.get();
            }
        };
    }

    @Nested
    class AsTheyAreRead {

        @Test
        void theListenerHearsOfEachVirtualServerAsSoonAsItIsRead() {
            List<KasperskyCustomer> customers = virtualServers(3);
            List<String> heard = new CopyOnWriteArrayList<>();
            List<List<String>> heardWhenVs3Started = new CopyOnWriteArrayList<>();
            ksc.before("VS 3", "HostGroup.FindHosts", () -> heardWhenVs3Started.add(List.copyOf(heard)));
            UsageReadListener listener = new UsageReadListener() {
                @Override
                public void read(CustomerUsage usage) {
                    heard.add(usage.customer().name());
                }
            };

            UsageReading reading = source(1).read(customers, listener);

            assertThat(heardWhenVs3Started).containsExactly(List.of("VS 1", "VS 2"));
            assertThat(heard).containsExactly("VS 1", "VS 2", "VS 3");
            assertThat(reading.usage()).hasSize(3);
        }

        @Test
        void theListenerHearsOfAFailedVirtualServerAndOfOneOutOfScope() {
            List<KasperskyCustomer> customers = new ArrayList<>(virtualServers(2));
            KasperskyCustomer gone = new KasperskyCustomer("99", "Closed Customer");
            customers.add(gone);
            ksc.failOn("VS 2", "ChunkAccessor.GetItemsChunk", 1, () -> KscWire.pxgError(200, -1, "Internal server error"));
            List<String> read = new CopyOnWriteArrayList<>();
            List<String> failed = new CopyOnWriteArrayList<>();
            UsageReadListener listener = new UsageReadListener() {
                @Override
                public void read(CustomerUsage usage) {
                    read.add(usage.customer().name());
                }

                @Override
                public void failed(KasperskyCustomer customer, String reason) {
                    failed.add(customer.name() + ": " + reason);
                }
            };

            UsageReading reading = source(1).read(customers, listener);

            assertThat(read).containsExactlyInAnyOrder("Closed Customer", "VS 1");
            assertThat(failed).singleElement().asString().startsWith("VS 2: ").contains("Internal server error");
            assertThat(reading.failures()).containsOnlyKeys("102");
        }
    }

    @Nested
    class WhenAskedToStop {

        @Test
        void startsNoFurtherVirtualServerOnceAskedAndReleasesWhatItOpened() {
            List<KasperskyCustomer> customers = virtualServers(4);
            AtomicBoolean stop = new AtomicBoolean();
            ksc.before("VS 1", "ChunkAccessor.Release", () -> stop.set(true));

            assertThatThrownBy(() -> source(1).read(customers, stoppingWhen(stop)))
                    .isInstanceOf(UsageReadStoppedException.class)
                    .hasMessageContaining("after 1 of 4");
            assertThat(ksc.logins()).containsExactly("", "VS 1");
            assertThat(ksc.openAccessors()).isEmpty();
            assertThat(ksc.openIterators()).isEmpty();
        }

        @Test
        void readsTheVirtualServersUnderWayToTheirEndAndStartsNoOther() {
            List<KasperskyCustomer> customers = virtualServers(6);
            AtomicBoolean stop = new AtomicBoolean();
            // Three reads under way when the stop is asked for: each arrives here before any goes on.
            CountDownLatch arrived = new CountDownLatch(3);
            ksc.before(null, "HostGroup.FindHosts", () -> {
                arrived.countDown();
                await(arrived);
                stop.set(true);
            });

            assertThatThrownBy(() -> source(3).read(customers, stoppingWhen(stop)))
                    .isInstanceOf(UsageReadStoppedException.class)
                    .hasMessageContaining("after 3 of 6");
            assertThat(waitsInVain).hasValue(0);
            assertThat(ksc.calls("ChunkAccessor.Release")).as("each read under way ran to its end").hasSize(3);
            assertThat(ksc.logins()).hasSize(1 + 3);
            assertThat(ksc.openAccessors()).isEmpty();
            assertThat(ksc.openIterators()).isEmpty();
        }

        @Test
        void aStopAskedForAfterTheLastVirtualServerStartedChangesNothing() {
            List<KasperskyCustomer> customers = virtualServers(2);
            AtomicBoolean stop = new AtomicBoolean();
            ksc.before("VS 2", "HostGroup.FindHosts", () -> stop.set(true));

            UsageReading reading = source(1).read(customers, stoppingWhen(stop));

            assertThat(reading.usage()).containsExactlyElementsOf(
                    customers.stream().map(ParallelReadingTest::contosoUsageOf).toList());
            assertThat(reading.failures()).isEmpty();
        }
    }
}
