package net.mspbridge.integration.kaspersky;

import static net.mspbridge.api.host.InventoryDevice.DeviceType.MOBILE;
import static net.mspbridge.api.host.InventoryDevice.DeviceType.SERVER;
import static net.mspbridge.api.host.InventoryDevice.DeviceType.VIRTUAL_MACHINE;
import static net.mspbridge.api.host.InventoryDevice.DeviceType.WORKSTATION;
import static net.mspbridge.api.host.InventoryDevice.OsFamily.LINUX;
import static net.mspbridge.api.host.InventoryDevice.OsFamily.WINDOWS;
import static net.mspbridge.integration.kaspersky.FakeInventory.app;
import static net.mspbridge.integration.kaspersky.FakeInventory.device;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.mspbridge.api.host.InventoryDevice;
import net.mspbridge.api.host.LicenseStatus;

class InventoryUsageSourceTest {

    private static final String KES_WINDOWS = "Kaspersky Endpoint Security for Windows";
    private static final KasperskyCustomer ACME = new KasperskyCustomer("c-1", "Acme");

    private final ApplicationCatalog catalog = ApplicationCatalog.load();
    private final FakeInventory inventory = new FakeInventory().customer("c-1", "Acme").customer("c-2", "Globex");

    private UsageSource source() {
        return new InventoryUsageSource(inventory, catalog.all());
    }

    private CustomerUsage usageOfAcme() {
        return source().usage(List.of(ACME)).get(0);
    }

    @Test
    void customersAreTheInventoryCustomers() {
        assertThat(source().customers())
                .containsExactly(new KasperskyCustomer("c-1", "Acme"), new KasperskyCustomer("c-2", "Globex"));
    }

    @Nested
    class PerDevice {

        @Test
        void countsDevicesWithABillableLicencePerCategory() {
            inventory.device("c-1", device("w1", WINDOWS, "Windows 11 Pro", WORKSTATION,
                            app(KES_WINDOWS, LicenseStatus.COMMERCIAL)))
                    .device("c-1", device("w2", WINDOWS, "Windows 10 Pro", WORKSTATION,
                            app(KES_WINDOWS, LicenseStatus.SUBSCRIPTION)))
                    .device("c-1", device("s1", WINDOWS, "Windows Server 2022 Standard", SERVER,
                            app(KES_WINDOWS, LicenseStatus.COMMERCIAL),
                            app("Kaspersky Security for Windows Server", LicenseStatus.COMMERCIAL)))
                    .device("c-1", device("l1", LINUX, "Debian 12", SERVER,
                            app("Kaspersky Endpoint Security for Linux", LicenseStatus.COMMERCIAL)));

            assertThat(usageOfAcme().byApplication()).isEqualTo(Map.of(
                    "kes-windows", new UsageCounts(2, 1, 0, 0),
                    "ksws", new UsageCounts(0, 1, 0, 0),
                    "kes-linux", new UsageCounts(0, 0, 1, 0)));
        }

        @Test
        void leavesOutTrialExpiredAndUnlicensedInstallationsWithTheirReasons() {
            inventory.device("c-1", device("t", WINDOWS, "Windows 11 Pro", WORKSTATION,
                            app(KES_WINDOWS, LicenseStatus.TRIAL)))
                    .device("c-1", device("e", WINDOWS, "Windows 11 Pro", WORKSTATION,
                            app(KES_WINDOWS, LicenseStatus.EXPIRED)))
                    .device("c-1", device("n", WINDOWS, "Windows 11 Pro", WORKSTATION,
                            app(KES_WINDOWS, LicenseStatus.NONE)))
                    .device("c-1", device("x", WINDOWS, "Windows 11 Pro", WORKSTATION));

            CustomerUsage usage = usageOfAcme();
            assertThat(usage.byApplication()).isEmpty();
            // Seen but not counted, each with why; a device with no Kaspersky application is not seen at all.
            assertThat(usage.notBilled().counts()).isEqualTo(Map.of(NotBilledReason.TRIAL_KEY, 1,
                    NotBilledReason.KEY_EXPIRED, 1, NotBilledReason.NO_LICENCE, 1));
        }

        @Test
        void countsADeviceOnceThoughItListsTheApplicationTwice() {
            inventory.device("c-1", device("w1", WINDOWS, "Windows 11 Pro", WORKSTATION,
                    app(KES_WINDOWS, LicenseStatus.TRIAL), app(KES_WINDOWS, LicenseStatus.COMMERCIAL),
                    app(KES_WINDOWS, LicenseStatus.SUBSCRIPTION)));

            assertThat(usageOfAcme().of("kes-windows")).isEqualTo(new UsageCounts(1, 0, 0, 0));
        }

        @Test
        void recognisesProductNamesIgnoringCaseAndSpacing() {
            inventory.device("c-1", device("m1", InventoryDevice.OsFamily.ANDROID, "Android 14", MOBILE,
                    app("  kaspersky endpoint   security for ANDROID ", LicenseStatus.COMMERCIAL)));

            assertThat(usageOfAcme().of("kes-mobile")).isEqualTo(new UsageCounts(0, 0, 1, 0));
        }

        @Test
        void ignoresProductsTheCatalogDoesNotKnow() {
            inventory.device("c-1", device("w1", WINDOWS, "Windows 11 Pro", WORKSTATION,
                    app("Kaspersky Network Agent", LicenseStatus.COMMERCIAL)));

            assertThat(usageOfAcme()).isEqualTo(CustomerUsage.none(ACME));
        }

        @Test
        void closesEveryDeviceStreamItOpens() {
            source().usage(List.of(ACME, new KasperskyCustomer("c-2", "Globex")));

            assertThat(inventory.streamsOpened()).isEqualTo(2);
            assertThat(inventory.openStreams()).isZero();
        }

        @ParameterizedTest(name = "{0} {1} ''{2}'' -> {3}")
        @CsvSource(textBlock = """
                WINDOWS, WORKSTATION,     Windows 11 Pro,                     WINDOWS_WORKSTATION
                WINDOWS, SERVER,          Windows Server 2022 Standard,       WINDOWS_SERVER
                WINDOWS, VIRTUAL_MACHINE, Windows Server 2019 Datacenter,     WINDOWS_SERVER
                WINDOWS, VIRTUAL_MACHINE, Windows 10 Enterprise multi-session, WINDOWS_WORKSTATION
                WINDOWS, OTHER,           Windows 11 IoT Enterprise,          WINDOWS_WORKSTATION
                LINUX,   SERVER,          Ubuntu 22.04 LTS,                   NON_WINDOWS
                MACOS,   WORKSTATION,     macOS 14 Sonoma,                    NON_WINDOWS
                ANDROID, MOBILE,          Android 14,                         NON_WINDOWS
                IOS,     MOBILE,          iOS 17,                             NON_WINDOWS
                OTHER,   OTHER,           FreeBSD 14,                         NON_WINDOWS
                """)
        void sortsDevicesByOsFamilyAndType(InventoryDevice.OsFamily family, InventoryDevice.DeviceType type,
                String osName, DeviceCategory expected) {
            assertThat(InventoryUsageSource.categoryOf(device("d", family, osName, type))).isEqualTo(expected);
        }
    }

    @Nested
    class PerUser {

        @Test
        void countsTheUsersOfBillableSeatsOnly() {
            inventory.seats("c-1", "Kaspersky Endpoint Security Cloud Plus", 25, LicenseStatus.SUBSCRIPTION)
                    .seats("c-1", "Kaspersky Endpoint Security Cloud Plus", 5, LicenseStatus.TRIAL)
                    .seats("c-1", "Kaspersky Security for Microsoft Office 365", 40, LicenseStatus.COMMERCIAL)
                    .seats("c-1", "Kaspersky Endpoint Security Cloud", 10, LicenseStatus.EXPIRED)
                    .seats("c-1", "Kaspersky Endpoint Security Cloud Pro", 0, LicenseStatus.COMMERCIAL);

            assertThat(usageOfAcme().byApplication()).isEqualTo(Map.of(
                    "kes-cloud-plus", UsageCounts.ofUsers(25),
                    "ks-o365", UsageCounts.ofUsers(40)));
        }

        @Test
        void addsUpSeveralBillableSeatGroupsOfOneProduct() {
            inventory.seats("c-1", "Kaspersky Endpoint Security Cloud Plus", 25, LicenseStatus.SUBSCRIPTION)
                    .seats("c-1", "Kaspersky Endpoint Security Cloud Plus", 3, LicenseStatus.COMMERCIAL);

            assertThat(usageOfAcme().of("kes-cloud-plus")).isEqualTo(UsageCounts.ofUsers(28));
        }

        @Test
        void doesNotCountAPerUserApplicationFromDevicesNorAPerDeviceOneFromSeats() {
            inventory.device("c-1", device("w1", WINDOWS, "Windows 11 Pro", WORKSTATION,
                            app("Kaspersky Endpoint Security Cloud Plus", LicenseStatus.COMMERCIAL)))
                    .seats("c-1", KES_WINDOWS, 12, LicenseStatus.COMMERCIAL);

            assertThat(usageOfAcme()).isEqualTo(CustomerUsage.none(ACME));
        }
    }

    @Test
    void countsOnlyTheApplicationsItWasGiven() {
        inventory.device("c-1", device("w1", WINDOWS, "Windows 11 Pro", WORKSTATION,
                        app(KES_WINDOWS, LicenseStatus.COMMERCIAL)))
                .seats("c-1", "Kaspersky Endpoint Security Cloud Plus", 25, LicenseStatus.SUBSCRIPTION);

        CustomerUsage businessHubOnly = new InventoryUsageSource(inventory, catalog.forSolution(Solution.BUSINESS_HUB))
                .usage(List.of(ACME)).get(0);

        assertThat(businessHubOnly.byApplication()).containsOnlyKeys("kes-cloud-plus");
    }

    @Test
    void givesNoUsageForAnUnknownCustomer() {
        KasperskyCustomer unknown = new KasperskyCustomer("zz", "Unknown");

        assertThat(source().usage(List.of(unknown))).containsExactly(CustomerUsage.none(unknown));
    }

    @Test
    void sortsAWindowsVirtualMachineWithoutAnOsNameAsAWorkstation() {
        assertThat(InventoryUsageSource.categoryOf(device("v", WINDOWS, "", VIRTUAL_MACHINE)))
                .isEqualTo(DeviceCategory.WINDOWS_WORKSTATION);
    }
}
