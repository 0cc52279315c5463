package net.mspbridge.host.sandbox.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.mspbridge.host.sandbox.autotask.AtContract;
import net.mspbridge.host.sandbox.autotask.AtService;
import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.autotask.PicklistValues;
import net.mspbridge.host.sandbox.ksc.KscDirectory;
import net.mspbridge.host.sandbox.ksc.KscDevice;
import net.mspbridge.host.sandbox.ksc.LicenseKey;
import net.mspbridge.host.sandbox.ksc.VServer;

class DemoDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private final SandboxSeed seed = DemoData.build(TODAY);
    private final AutotaskData autotask = seed.autotask();
    private final KscDirectory ksc = seed.ksc();

    private List<KscDevice> allHosts() {
        List<KscDevice> hosts = new ArrayList<>();
        for (VServer vs : ksc.virtualServers()) {
            for (int i = 0; i < ksc.hostCount(vs.id()); i++) {
                hosts.add(ksc.host(vs.id(), i));
            }
        }
        return hosts;
    }

    @Test
    void autotaskHasCustomersWithAndWithoutContractsAndOneExpiredAndOneInactive() {
        Set<Long> withContract = new HashSet<>();
        autotask.contracts().forEach(c -> withContract.add(c.companyID()));
        assertThat(autotask.companies().stream().filter(c -> c.companyType() == PicklistValues.COMPANY_TYPE_CUSTOMER)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(withContract).doesNotContain(DemoData.TAILSPIN);
        List<AtContract> recurring = autotask.contracts().stream().filter(c -> c.contractType() == PicklistValues.CONTRACT_TYPE_RECURRING_SERVICE).toList();
        assertThat(recurring.stream().filter(c -> c.status() == PicklistValues.STATUS_ACTIVE && c.covers(TODAY))).hasSize(3);
        assertThat(recurring.stream().filter(c -> c.endDate().isBefore(TODAY))).extracting(AtContract::id).containsExactly(DemoData.ADVENTURE_WORKS_CONTRACT);
        assertThat(recurring.stream().filter(c -> c.status() == PicklistValues.STATUS_INACTIVE)).extracting(AtContract::id).containsExactly(DemoData.LITWARE_CONTRACT);
    }

    @Test
    void servicesHaveTheAgreedPricesAndPeriods() {
        assertThat(autotask.services()).extracting(AtService::name, s -> s.unitPrice().toPlainString()).contains(
                org.assertj.core.groups.Tuple.tuple("Kaspersky EDR Workstation", "4.50"),
                org.assertj.core.groups.Tuple.tuple("Kaspersky EDR Server", "12.00"),
                org.assertj.core.groups.Tuple.tuple("Kaspersky Mac/Linux", "5.00"),
                org.assertj.core.groups.Tuple.tuple("Kaspersky Cloud Plus per user", "3.20"),
                org.assertj.core.groups.Tuple.tuple("Backup 500 GB", "25.00"));
        assertThat(autotask.services()).extracting(AtService::periodType).contains(PicklistValues.PERIOD_MONTHLY, PicklistValues.PERIOD_YEARLY);
        assertThat(autotask.contractServices()).anySatisfy(cs -> {
            assertThat(cs.serviceID()).isEqualTo(DemoData.BACKUP_500GB);
            assertThat(cs.contractID()).isEqualTo(DemoData.CONTOSO_CONTRACT);
        });
    }

    @Test
    void kscHasFiftyPlusHostsInEveryCategoryAndEveryKindOfKey() {
        List<KscDevice> hosts = allHosts();
        assertThat(hosts).hasSizeGreaterThanOrEqualTo(50);
        assertThat(hosts).extracting(ExpectedUsage::category).contains("windowsWorkstations", "windowsServers", "nonWindows");
        assertThat(hosts).extracting(KscDevice::osName).anyMatch(os -> os.startsWith("Ubuntu")).anyMatch(os -> os.startsWith("macOS"))
                .anyMatch(os -> os.startsWith("Android"));
        List<LicenseKey> keys = ksc.virtualServers().stream().flatMap(v -> ksc.keys(v.id()).stream()).toList();
        var now = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);
        assertThat(keys).extracting(LicenseKey::keyType).contains(LicenseKey.COMMERCIAL, LicenseKey.SUBSCRIPTION, LicenseKey.TRIAL);
        assertThat(keys).anyMatch(k -> k.limitDate().isBefore(now));
        LicenseKey trial = keys.stream().filter(k -> k.keyType() == LicenseKey.TRIAL).findFirst().orElseThrow();
        assertThat(hosts).anyMatch(h -> trial.serial().equals(h.licenseSerial()));
        assertThat(hosts).anyMatch(h -> h.licenseSerial() == null);
    }

    @Test
    void virtualServerNamesResembleButDoNotEqualTheCompanyNames() {
        for (CustomerLink link : DemoData.mapping().customers()) {
            if (link.companyName() != null) {
                assertThat(link.companyName()).isNotEqualTo(link.kscCustomerName());
                assertThat(link.companyName().toLowerCase().replace(" ", "")).contains(link.kscCustomerName().toLowerCase().replace(" ", "").substring(0, 5));
            }
        }
    }

    @Test
    void theMappingNamesOnlyThingsThatExist() {
        DemoMapping mapping = DemoData.mapping();
        Set<Long> services = new HashSet<>();
        autotask.services().forEach(s -> services.add(s.id()));
        assertThat(mapping.services()).allSatisfy(s -> assertThat(services).contains(s.serviceId()));
        for (CustomerLink link : mapping.customers()) {
            assertThat(ksc.virtualServers()).anyMatch(v -> String.valueOf(v.id()).equals(link.kscCustomerId()) && v.name().equals(link.kscCustomerName()));
            if (link.contractId() != null) {
                assertThat(autotask.contracts()).anyMatch(c -> c.id() == link.contractId() && c.companyID() == link.companyId());
            }
        }
    }

    @Test
    void expectedUnitsCountOnlyBillableHostsByCategory() {
        List<ExpectedUnits> expected = ExpectedUsage.compute(ksc, DemoData.mapping(), TODAY);
        assertThat(expected).contains(
                new ExpectedUnits(DemoData.CONTOSO_CONTRACT, DemoData.EDR_WORKSTATION, 18),
                new ExpectedUnits(DemoData.CONTOSO_CONTRACT, DemoData.EDR_SERVER, 3),
                new ExpectedUnits(DemoData.CONTOSO_CONTRACT, DemoData.MAC_LINUX, 3),
                new ExpectedUnits(DemoData.FABRIKAM_CONTRACT, DemoData.EDR_WORKSTATION, 9),
                new ExpectedUnits(DemoData.FABRIKAM_CONTRACT, DemoData.MOBILE, 1),
                new ExpectedUnits(DemoData.NORTHWIND_CONTRACT, DemoData.EDR_WORKSTATION, 8),
                new ExpectedUnits(DemoData.NORTHWIND_CONTRACT, DemoData.MOBILE, 0));
        assertThat(expected).noneMatch(e -> e.contractId() == DemoData.LITWARE_CONTRACT || e.contractId() == DemoData.ADVENTURE_WORKS_CONTRACT);
        assertThat(expected).noneMatch(e -> e.serviceId() == DemoData.BACKUP_500GB);
    }
}
