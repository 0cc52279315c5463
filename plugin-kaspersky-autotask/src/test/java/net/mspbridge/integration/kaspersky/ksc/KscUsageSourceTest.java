package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.HostsNotBilled;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.NotBilledReason;
import net.mspbridge.integration.kaspersky.UsageCounts;
import net.mspbridge.integration.kaspersky.UsageSource;

class KscUsageSourceTest {

    static final LocalDate BILLING_DATE = LocalDate.of(2026, 6, 15);
    static final KasperskyCustomer CONTOSO = new KasperskyCustomer("12", "Contoso");
    static final KasperskyCustomer FABRIKAM = new KasperskyCustomer("15", "Fabrikam");
    static final KasperskyCustomer NORTHWIND = new KasperskyCustomer("21", "Northwind Traders");

    /**
     * Contoso's fixture: the classification table, minus the product-less host; the hosts on the
     * trial and the expired key counted as not billed.
     */
    static final CustomerUsage CONTOSO_USAGE = new CustomerUsage(CONTOSO, Map.of(
            "kes-windows", new UsageCounts(2, 1, 0, 0),
            "ksws", new UsageCounts(0, 1, 0, 0),
            "kes-linux", new UsageCounts(0, 0, 1, 0),
            "kes-mac", new UsageCounts(0, 0, 1, 0),
            "kes-mobile", new UsageCounts(0, 0, 1, 0)),
            // One host of the device list uses no key at all: never a unit, counted as seen (issue 16).
            new HostsNotBilled(Map.of(NotBilledReason.TRIAL_KEY, 1, NotBilledReason.KEY_EXPIRED, 1,
                    NotBilledReason.NO_LICENCE_KEY, 1), new TreeSet<>()));

    private final ApplicationCatalog catalog = ApplicationCatalog.load();
    private FakeKsc ksc;

    @BeforeEach
    void startServer() {
        ksc = FakeKsc.start();
        ksc.addVirtualServer(12, "Contoso").fixture("contoso");
        ksc.addVirtualServer(15, "Fabrikam").fixture("fabrikam");
        ksc.addVirtualServer(21, "Northwind Traders").disabled();
    }

    @AfterEach
    void stopServer() {
        ksc.close();
    }

    private UsageSource source(KscSettings settings, LocalDate billingDate) {
        return SecurityCenter.usageSource(settings, catalog, billingDate);
    }

    private UsageSource source() {
        return source(ksc.settings().build(), BILLING_DATE);
    }

    @Nested
    class Customers {

        @Test
        void areTheVirtualServersWithIdAndDisplayName() {
            assertThat(source().customers()).containsExactly(CONTOSO, FABRIKAM, NORTHWIND);
            assertThat(ksc.logins()).containsExactly("");
            assertThat(ksc.calls()).extracting(FakeKsc.Call::method)
                    .containsExactly("VServers.GetVServers", "Session.EndSession");
        }

        @Test
        void areListedOnceForARunThatAsksForThemAndThenForTheirUsage() {
            UsageSource source = source();

            assertThat(source.customers()).containsExactly(CONTOSO, FABRIKAM, NORTHWIND);
            source.usage(List.of(CONTOSO));
            source.read(List.of(FABRIKAM));

            assertThat(ksc.calls("VServers.GetVServers")).hasSize(1);
            assertThat(ksc.logins()).containsExactlyInAnyOrder("", "Contoso", "Fabrikam");
        }

        @Test
        void areOnlyTheConfiguredVirtualServerWhenOneIsSet() {
            UsageSource scoped = source(ksc.settings().virtualServer("fabrikam").build(), BILLING_DATE);

            assertThat(scoped.customers()).containsExactly(FABRIKAM);
        }

        @Test
        void outsideTheScopeAreTheOtherVirtualServersFromTheSameListing() {
            UsageSource scoped = source(ksc.settings().virtualServer("fabrikam").build(), BILLING_DATE);

            assertThat(scoped.customers()).containsExactly(FABRIKAM);
            assertThat(scoped.outsideScope()).containsExactly(CONTOSO, NORTHWIND);
            assertThat(scoped.scope()).contains("fabrikam");
            assertThat(ksc.calls("VServers.GetVServers")).hasSize(1);
        }

        @Test
        void noneAreOutsideWithoutAScope() {
            UsageSource all = source(ksc.settings().build(), BILLING_DATE);

            assertThat(all.customers()).containsExactly(CONTOSO, FABRIKAM, NORTHWIND);
            assertThat(all.outsideScope()).isEmpty();
            assertThat(all.scope()).isEmpty();
        }

        @Test
        void refuseAnUnknownVirtualServerNamingTheSettingAndTheKnownOnes() {
            UsageSource scoped = source(ksc.settings().virtualServer("Adventure Works").build(), BILLING_DATE);

            assertThatThrownBy(scoped::customers)
                    .isInstanceOfSatisfying(UnknownVirtualServerException.class, e -> {
                        assertThat(e.name()).isEqualTo("Adventure Works");
                        assertThat(e.known()).containsExactly("Contoso", "Fabrikam", "Northwind Traders");
                    })
                    .hasMessageContaining("'Adventure Works'")
                    .hasMessageContaining("ksc.virtualServer")
                    .hasMessageContaining("Contoso, Fabrikam, Northwind Traders");
        }
    }

    @Nested
    class Counting {

        @Test
        void countsHostsOnActiveCommercialKeysAndSubscriptionsPerApplicationAndCategory() {
            assertThat(source().usage(List.of(CONTOSO))).containsExactly(CONTOSO_USAGE);
        }

        @Test
        void readsTheHostsOfEveryKeySoThoseOnTrialAndExpiredKeysAreCountedAsNotBilled() {
            CustomerUsage usage = source().usage(List.of(CONTOSO)).get(0);

            assertThat(ksc.calls("LicenseKeys.AcquireKeyHosts"))
                    .extracting(call -> call.params().path("pInData").path("KLLIC_SERIAL").asText())
                    .containsExactly("KL-C-0001-CONTOSO", "KL-S-0002-CONTOSO", "KL-T-0003-CONTOSO", "KL-C-0004-CONTOSO");
            assertThat(usage.notBilled().count(NotBilledReason.TRIAL_KEY)).isEqualTo(1);
            assertThat(usage.notBilled().count(NotBilledReason.KEY_EXPIRED)).isEqualTo(1);
        }

        @Test
        void countsAKeyUpToTheDayBeforeItsLimitDate() {
            // The subscription's KLLIC_LIMIT_DATE is 2026-12-31T00:00:00Z; it covers the Ubuntu server and the phone.
            CustomerUsage dayBefore = source(ksc.settings().build(), LocalDate.of(2026, 12, 30))
                    .usage(List.of(CONTOSO)).get(0);
            CustomerUsage onTheDay = source(ksc.settings().build(), LocalDate.of(2026, 12, 31))
                    .usage(List.of(CONTOSO)).get(0);

            assertThat(dayBefore.of("kes-linux").nonWindows()).isEqualTo(1);
            assertThat(onTheDay.of("kes-linux")).isEqualTo(UsageCounts.NONE);
            assertThat(onTheDay.of("kes-mobile")).isEqualTo(UsageCounts.NONE);
            assertThat(onTheDay.of("kes-windows")).isEqualTo(new UsageCounts(2, 1, 0, 0));
        }

        @Test
        void countsAHostOnTwoBillableKeysOnceAndAHostWithTwoProductsForEach() {
            String both = "11111111-2222-3333-4444-555555555555";
            ksc.addVirtualServer(30, "Tailspin")
                    .hosts(KscWire.host(both, "TS-SRV-01", "Microsoft Windows Server 2022 Standard", 0x8000))
                    .key(KscWire.key("KL-C-TS", 1, "2027-01-31T00:00:00Z"),
                            KscWire.keyHost(both, "KES"), KscWire.keyHost(both, "WSEE"))
                    .key(KscWire.key("KL-S-TS", 6, "2027-01-31T00:00:00Z"), KscWire.keyHost(both, "KES"));
            KasperskyCustomer tailspin = new KasperskyCustomer("30", "Tailspin");

            assertThat(source().usage(List.of(tailspin))).containsExactly(new CustomerUsage(tailspin, Map.of(
                    "kes-windows", new UsageCounts(0, 1, 0, 0),
                    "ksws", new UsageCounts(0, 1, 0, 0))));
        }

        @Test
        void countsHostsOnABillableKeyOfAProductTheCatalogDoesNotKnowAsNotBilledNamingTheProduct() {
            String server = "21111111-2222-3333-4444-555555555555";
            String laptop = "31111111-2222-3333-4444-555555555555";
            ksc.addVirtualServer(31, "Northwind")
                    .hosts(KscWire.host(server, "NW-SRV-01", "Microsoft Windows Server 2022 Standard", 0x8000),
                            KscWire.host(laptop, "NW-LT-01", "Microsoft Windows 11 Pro", 1))
                    .key(KscWire.key("KL-C-NW", 1, "2027-01-31T00:00:00Z"),
                            KscWire.keyHost(server, "KES"), KscWire.keyHost(server, "EDRX"), KscWire.keyHost(laptop, "EDRX"));
            KasperskyCustomer northwind = new KasperskyCustomer("31", "Northwind");

            assertThat(source().usage(List.of(northwind))).containsExactly(new CustomerUsage(northwind, Map.of(
                    "kes-windows", new UsageCounts(0, 1, 0, 0)),
                    new HostsNotBilled(Map.of(NotBilledReason.UNKNOWN_PRODUCT, 2), new TreeSet<>(Set.of("EDRX")))));
        }

        @Test
        void readsEachCustomerInASessionBoundToItsVirtualServer() {
            List<CustomerUsage> usage = source().usage(List.of(FABRIKAM, CONTOSO));

            assertThat(usage).extracting(CustomerUsage::customer).containsExactly(FABRIKAM, CONTOSO);
            assertThat(usage.get(0).byApplication()).isEqualTo(Map.of(
                    "kes-windows", new UsageCounts(2, 0, 0, 0),
                    "ksws", new UsageCounts(0, 1, 0, 0),
                    "kes-linux", new UsageCounts(0, 0, 1, 0)));
            // The main session first, to list the virtual servers; then one session per virtual server,
            // read side by side, so in no fixed order.
            assertThat(ksc.logins()).startsWith("").hasSize(3).contains("Fabrikam", "Contoso");
            assertThat(ksc.calls("HostGroup.FindHosts")).extracting(FakeKsc.Call::virtualServer)
                    .containsExactlyInAnyOrder("Fabrikam", "Contoso");
        }

        @Test
        void givesNoUsageForACustomerThatIsNoLongerAVirtualServer() {
            KasperskyCustomer gone = new KasperskyCustomer("99", "Closed Customer");

            assertThat(source().usage(List.of(gone))).containsExactly(CustomerUsage.none(gone));
            assertThat(ksc.logins()).containsExactly("");
        }

        @Test
        void givesNoUsageForACustomerOutsideTheConfiguredVirtualServer() {
            UsageSource scoped = source(ksc.settings().virtualServer("Fabrikam").build(), BILLING_DATE);

            assertThat(scoped.usage(List.of(CONTOSO))).containsExactly(CustomerUsage.none(CONTOSO));
        }

        @Test
        void doesNotReadTheHostsOfAVirtualServerWithoutBillableKeys() {
            assertThat(source().usage(List.of(NORTHWIND))).containsExactly(CustomerUsage.none(NORTHWIND));
            assertThat(ksc.calls("HostGroup.FindHosts")).isEmpty();
            assertThat(ksc.calls("GroupSyncIterator.GetNextItems")).isEmpty();
            assertThat(ksc.calls("GroupSyncIterator.ReleaseIterator")).hasSize(1);
        }

        @Test
        void asksForNothingWhenNoCustomerIsAskedFor() {
            assertThat(source().usage(List.of())).isEmpty();
            assertThat(ksc.logins()).isEmpty();
        }

        @Test
        void releasesEveryAccessorAndIteratorItOpened() {
            source().usage(List.of(CONTOSO, FABRIKAM, NORTHWIND));

            assertThat(ksc.calls("HostGroup.FindHosts")).hasSize(2);
            assertThat(ksc.calls("ChunkAccessor.Release")).hasSize(2);
            assertThat(ksc.openAccessors()).isEmpty();
            assertThat(ksc.openIterators()).isEmpty();
        }

        @Test
        void keepsEachSessionOnOneConnectionMakingOneCallAtATime() {
            source().usage(List.of(CONTOSO, FABRIKAM, NORTHWIND));

            List<FakeKsc.Call> calls = ksc.calls();
            assertThat(ksc.maxInFlightPerSession()).isEqualTo(1);
            assertThat(ksc.maxInFlight()).isLessThanOrEqualTo(KscSettings.DEFAULT_PARALLEL_VIRTUAL_SERVERS);
            assertThat(calls).extracting(FakeKsc.Call::session).doesNotContainNull();
            for (String session : calls.stream().map(FakeKsc.Call::session).distinct().toList()) {
                assertThat(calls.stream().filter(c -> c.session().equals(session))
                        .map(FakeKsc.Call::connection).distinct()).as("connections of session %s", session).hasSize(1);
            }
        }
    }
}
