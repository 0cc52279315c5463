package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import net.mspbridge.host.sandbox.SandboxConfig;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.seed.CustomerLink;
import net.mspbridge.host.sandbox.seed.DemoMapping;
import net.mspbridge.host.sandbox.seed.ExpectedUnits;
import net.mspbridge.host.sandbox.seed.ExpectedUsage;
import net.mspbridge.host.sandbox.seed.ServiceLink;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UsageSource;

/**
 * The plugin's Security Center reader against the KSC sandbox the demo host runs (the same stand-in of
 * the KSC Open API wire format on both sides, over HTTPS with the sandbox's pinned certificate): for
 * the demo's virtual servers, hosts and keys, every customer's billed devices per application and
 * category are what the sandbox's own count of the billing rules ({@link ExpectedUsage}) says. The
 * hand-made answers of {@link FakeKsc} test the wire details; this tests the two readings agree.
 */
class SecurityCenterAgainstSandboxTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final List<String> APPLICATIONS = List.of("kes-windows", "kes-linux", "kes-mac", "ksws", "ksv-la", "kes-mobile");

    private final Sandboxes sandboxes = Sandboxes.start(SandboxConfig.builder().clock(CLOCK).build());

    @AfterEach
    void stop() {
        sandboxes.close();
    }

    @Test
    void everyCustomersBilledDevicesAreWhatTheSandboxCounts() {
        KscSettings settings = KscSettings.builder(sandboxes.ksc().address(), sandboxes.ksc().credentials().userName(),
                        sandboxes.ksc().credentials().password())
                .pin(CertificatePin.parse(sandboxes.ksc().certificateFingerprintSha256()))
                .build();
        UsageSource source = SecurityCenter.usageSource(settings, ApplicationCatalog.load(), TODAY);
        List<KasperskyCustomer> customers = source.customers();

        assertThat(customers).extracting(KasperskyCustomer::id).containsExactlyInAnyOrderElementsOf(
                sandboxes.kscDirectory().virtualServers().stream().map(vs -> Long.toString(vs.id())).toList());
        Map<String, Integer> read = new TreeMap<>();
        for (CustomerUsage usage : source.usage(customers)) {
            for (String application : APPLICATIONS) {
                for (DeviceCategory category : DeviceCategory.values()) {
                    int devices = usage.of(application).devices(category);
                    if (devices > 0) {
                        read.put(usage.customer().id() + "/" + application + "/" + category.key(), devices);
                    }
                }
            }
        }
        assertThat(read).isNotEmpty().isEqualTo(expected(customers));
    }

    /**
     * The sandbox's count, with a mapping made for the comparison: each customer billed to a
     * "contract" numbered as its virtual server, each application and category to a "service" of its own.
     */
    private Map<String, Integer> expected(List<KasperskyCustomer> customers) {
        List<CustomerLink> links = new ArrayList<>();
        for (KasperskyCustomer customer : customers) {
            long id = Long.parseLong(customer.id());
            links.add(new CustomerLink(customer.id(), customer.name(), id, customer.name(), id, customer.name(), true, "for the comparison"));
        }
        List<ServiceLink> services = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String application : APPLICATIONS) {
            for (DeviceCategory category : DeviceCategory.values()) {
                names.add(application + "/" + category.key());
                services.add(new ServiceLink(application, category.key(), names.size(), names.get(names.size() - 1)));
            }
        }
        Map<String, Integer> expected = new TreeMap<>();
        for (ExpectedUnits units : ExpectedUsage.compute(sandboxes.kscDirectory(), new DemoMapping(links, services, true), TODAY)) {
            if (units.units() > 0) {
                expected.put(units.contractId() + "/" + names.get((int) units.serviceId() - 1), units.units());
            }
        }
        return expected;
    }
}
