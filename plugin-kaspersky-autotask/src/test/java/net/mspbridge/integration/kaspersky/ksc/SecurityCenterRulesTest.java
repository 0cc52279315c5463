package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.NotBilledReason;
import net.mspbridge.integration.kaspersky.UsageCounts;
import net.mspbridge.integration.kaspersky.UsageReading;
import net.mspbridge.integration.kaspersky.UsageSource;

/**
 * The billing rules for Security Center hosts, read over the wire from a server that behaves like
 * a real one on each point: mixed-case product ids, reserve keys, per-host expiry, paused and
 * unlimited subscriptions, keys products reported but nobody added, a strict FindHosts, sessions
 * that end.
 */
class SecurityCenterRulesTest {

    private static final LocalDate BILLING_DATE = LocalDate.of(2026, 6, 15);
    private static final String LATER = "2027-01-31T00:00:00Z";
    private static final KasperskyCustomer MIXED = new KasperskyCustomer("50", "Mixed Ltd");

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

    private UsageSource source() {
        return SecurityCenter.usageSource(ksc.settings().build(), catalog, BILLING_DATE);
    }

    private static String host(int n) {
        return String.format("50000000-0000-4000-8000-%012d", n);
    }

    /**
     * A virtual server mixing every case; the comments say what each host must count as.
     */
    private void mixedVirtualServer() {
        ksc.addVirtualServer(50, "Mixed Ltd")
                .hosts(KscWire.host(host(1), "MX-WKS-01", "Microsoft Windows 11 Pro", 0x1),
                        KscWire.host(host(2), "mx-lnx-01", "Ubuntu 24.04 LTS", KscWire.CTYPE_LINUX),
                        KscWire.host(host(3), "MX-WKS-03", "Microsoft Windows 11 Pro", 0x1),
                        KscWire.host(host(4), "MX-WKS-04", "Microsoft Windows 10 Enterprise", 0x1),
                        KscWire.host(host(5), "MX-SRV-05", "Microsoft Windows Server 2022 Standard", 0x8000),
                        KscWire.host(host(6), "MX-WKS-06", "Microsoft Windows 11 Pro", 0x1),
                        KscWire.host(host(7), "MX-WKS-07", "Microsoft Windows 11 Pro", 0x1),
                        KscWire.host(host(8), "MX-WKS-08", "Microsoft Windows 11 Pro", 0x1),
                        KscWire.host(host(9), "MX-WKS-09", "Microsoft Windows 11 Pro", 0x1))
                .key(KscWire.key("KL-C-MX", 1, LATER),
                        KscWire.keyHost(host(1), "kes"),                                   // billed: lower-case id
                        KscWire.keyHost(host(2), "kesl"),                                  // billed: lower-case id
                        KscWire.keyHost(host(3), "KES", false, null),                      // reserve of a trial host
                        KscWire.keyHost(host(4), "KES", true, "2026-06-01T00:00:00Z"))      // expired on the host
                .key(KscWire.key("KL-T-MX", 3, LATER),
                        KscWire.keyHost(host(3), "KES"))                                   // active trial key
                .key(KscWire.subscription("KL-S-PAUSED", 1, 3, null, LATER),
                        KscWire.keyHost(host(5), "Wsee"))                                  // paused subscription
                .key(KscWire.subscription("KL-S-UNLIMITED", 0, 1, null, "2026-01-01T00:00:00Z"),
                        KscWire.keyHost(host(6), "KES"))                                   // billed: unlimited
                .key(KscWire.installed(KscWire.key("KL-C-REPORTED", 1, LATER), false),
                        KscWire.keyHost(host(7), "KES"))                                   // never added to the server
                .key(KscWire.key("KL-C-RESERVE", 1, LATER),
                        KscWire.keyHost(host(8), "KES", false, null));                     // reserve key only
        // host 9 uses no key: not licensed, nothing to bill; reported as a device with no licence key.
    }

    @Test
    void billsExactlyTheHostsTheRulesSayAndCountsEveryOtherWithItsReason() {
        mixedVirtualServer();

        CustomerUsage usage = source().usage(List.of(MIXED)).get(0);

        assertThat(usage.byApplication()).isEqualTo(Map.of(
                "kes-windows", new UsageCounts(2, 0, 0, 0),
                "kes-linux", new UsageCounts(0, 0, 1, 0)));
        assertThat(usage.notBilled().counts()).isEqualTo(Map.of(
                NotBilledReason.TRIAL_KEY, 1,
                NotBilledReason.KEY_EXPIRED_ON_HOST, 1,
                NotBilledReason.SUBSCRIPTION_NOT_ACTIVE, 1,
                NotBilledReason.KEY_NOT_ADDED, 1,
                NotBilledReason.RESERVE_KEY_ONLY, 1,
                NotBilledReason.NO_LICENCE_KEY, 1));
    }

    @Test
    void asksForTheHostAndSubscriptionAttributesTheRulesNeed() {
        mixedVirtualServer();

        source().usage(List.of(MIXED));

        assertThat(ksc.calls("LicenseKeys.EnumKeys").get(0).params().path("pFields").toString())
                .contains("KLLICSRV_KEY_INSTALLED", "KLLIC_SUBSCRINFO_STATE", "KLLIC_SUBSCRINFO_ENDDATETYPE");
        assertThat(ksc.calls("LicenseKeys.AcquireKeyHosts").get(0).params().path("pFields").toString())
                .contains("KLLICSRV_HOST_CURRENT", "KLLICSRV_EXPIRATION_TIME");
    }

    @Test
    void endsEverySessionItOpened() {
        mixedVirtualServer();

        source().usage(List.of(MIXED));

        assertThat(ksc.endedSessions()).hasSize(2);
        assertThat(ksc.liveSessions()).isZero();
    }

    @Test
    void aRefusedAttributeNamesTheMethodTheAttributeAndTheServersText() {
        mixedVirtualServer();
        ksc.failOn("HostGroup.FindHosts", 1,
                () -> KscWire.pxgError(200, 569, "Attribute 'KLHST_WKS_PTYPE' not found"));

        UsageReading reading = source().read(List.of(MIXED));

        assertThat(reading.failures().get("50"))
                .contains("HostGroup.FindHosts").contains("attribute KLHST_WKS_PTYPE")
                .contains("Attribute 'KLHST_WKS_PTYPE' not found");
    }

    @Test
    void aMalformedDateNamesTheCallTheKeyTheAttributeAndTheValue() {
        ksc.addVirtualServer(50, "Mixed Ltd")
                .hosts(KscWire.host(host(1), "MX-WKS-01", "Microsoft Windows 11 Pro", 0x1))
                .key(KscWire.key("KL-C-BAD", 1, "31.01.2027"), KscWire.keyHost(host(1), "KES"));

        assertThatThrownBy(() -> source().usage(List.of(MIXED)))
                .isInstanceOf(KscCallException.class)
                .hasMessageContaining("LicenseKeys.EnumKeys").hasMessageContaining("KL-C-BAD")
                .hasMessageContaining("KLLIC_LIMIT_DATE").hasMessageContaining("31.01.2027");
    }
}
