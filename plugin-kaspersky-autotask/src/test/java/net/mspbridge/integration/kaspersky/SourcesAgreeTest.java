package net.mspbridge.integration.kaspersky;

import static net.mspbridge.api.host.InventoryDevice.DeviceType.MOBILE;
import static net.mspbridge.api.host.InventoryDevice.DeviceType.SERVER;
import static net.mspbridge.api.host.InventoryDevice.DeviceType.WORKSTATION;
import static net.mspbridge.api.host.InventoryDevice.OsFamily.ANDROID;
import static net.mspbridge.api.host.InventoryDevice.OsFamily.LINUX;
import static net.mspbridge.api.host.InventoryDevice.OsFamily.MACOS;
import static net.mspbridge.api.host.InventoryDevice.OsFamily.WINDOWS;
import static net.mspbridge.integration.kaspersky.FakeInventory.app;
import static net.mspbridge.integration.kaspersky.FakeInventory.device;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.host.LicenseStatus;
import net.mspbridge.integration.kaspersky.ksc.FakeKsc;
import net.mspbridge.integration.kaspersky.ksc.SecurityCenter;

/**
 * The same customer described once as a Security Center virtual server (the Contoso fixture) and
 * once as a host inventory gives the same usage: billing cannot tell the sources apart.
 */
class SourcesAgreeTest {

    private static final LocalDate BILLING_DATE = LocalDate.of(2026, 6, 15);
    private static final KasperskyCustomer CONTOSO = new KasperskyCustomer("12", "Contoso");
    private static final String KES = "Kaspersky Endpoint Security for Windows";

    private final ApplicationCatalog catalog = ApplicationCatalog.load();
    private FakeKsc ksc;

    @BeforeEach
    void startServer() {
        ksc = FakeKsc.start();
        ksc.addVirtualServer(12, "Contoso").fixture("contoso");
    }

    @AfterEach
    void stopServer() {
        ksc.close();
    }

    /** Contoso's fixture hosts as an RMM would list them, licence states as KSC's keys give them. */
    private static FakeInventory contosoInventory() {
        return new FakeInventory().customer("12", "Contoso")
                .device("12", device("CONTOSO-WKS-001", WINDOWS, "Microsoft Windows 11 Pro", WORKSTATION,
                        app(KES, LicenseStatus.COMMERCIAL)))
                .device("12", device("CONTOSO-WKS-003", WINDOWS, "Microsoft Windows 11 Enterprise", WORKSTATION,
                        app(KES, LicenseStatus.COMMERCIAL)))
                .device("12", device("CONTOSO-DC01", WINDOWS, "Microsoft Windows Server 2022 Standard", SERVER,
                        app("Kaspersky Security for Windows Server", LicenseStatus.COMMERCIAL)))
                .device("12", device("CONTOSO-APP02", WINDOWS, "Microsoft Windows Server 2019 Datacenter", SERVER,
                        app(KES, LicenseStatus.COMMERCIAL)))
                .device("12", device("contoso-web01", LINUX, "Ubuntu 22.04 LTS", SERVER,
                        app("Kaspersky Endpoint Security for Linux", LicenseStatus.SUBSCRIPTION)))
                .device("12", device("Annas-MacBook-Pro", MACOS, "macOS 14 Sonoma", WORKSTATION,
                        app("Kaspersky Endpoint Security for Mac", LicenseStatus.COMMERCIAL)))
                .device("12", device("Galaxy-S23-Jonas", ANDROID, "Android 14", MOBILE,
                        app("Kaspersky Endpoint Security for Android", LicenseStatus.SUBSCRIPTION)))
                .device("12", device("CONTOSO-WKS-002", WINDOWS, "Microsoft Windows 10 Pro", WORKSTATION))
                .device("12", device("CONTOSO-LAB-01", WINDOWS, "Microsoft Windows 11 Pro", WORKSTATION,
                        app(KES, LicenseStatus.TRIAL)))
                .device("12", device("CONTOSO-OLD-01", WINDOWS, "Microsoft Windows 10 Pro", WORKSTATION,
                        app(KES, LicenseStatus.EXPIRED)));
    }

    @Test
    void securityCenterAndTheHostInventoryGiveTheSameUsage() {
        UsageSource securityCenter = SecurityCenter.usageSource(ksc.settings().chunkSize(4).build(), catalog,
                BILLING_DATE);
        UsageSource inventory = new InventoryUsageSource(contosoInventory(), catalog.all());

        List<CustomerUsage> fromKsc = securityCenter.usage(List.of(CONTOSO));
        List<CustomerUsage> fromInventory = inventory.usage(List.of(CONTOSO));

        // The same billed usage; only Security Center tells the devices it left out and why.
        assertThat(fromKsc).extracting(CustomerUsage::customer, CustomerUsage::byApplication)
                .isEqualTo(fromInventory.stream().map(u -> org.assertj.core.groups.Tuple.tuple(u.customer(),
                        u.byApplication())).toList());
        assertThat(fromKsc.get(0).byApplication()).containsOnlyKeys("kes-windows", "ksws", "kes-linux", "kes-mac",
                "kes-mobile");
        assertThat(securityCenter.customers()).isEqualTo(inventory.customers());
    }
}
