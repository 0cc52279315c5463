package net.mspbridge.host.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.StoreException;
import net.mspbridge.api.host.InstalledApplication;
import net.mspbridge.api.host.InventoryCustomer;
import net.mspbridge.api.host.InventoryDevice;
import net.mspbridge.api.host.InventoryDevice.DeviceType;
import net.mspbridge.api.host.InventoryDevice.OsFamily;
import net.mspbridge.api.host.LicenseStatus;
import net.mspbridge.api.host.UserSeats;
import net.mspbridge.host.db.Database;

class InventoryTest {

    @TempDir
    Path dataDir;
    private Database db;
    private Inventory inventory;

    @BeforeEach
    void open() {
        db = Database.open(dataDir);
        inventory = Inventory.openSeeded(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Nested
    class DemoSeed {

        @Test
        void aFreshHostHasSeveralCustomersSortedByName() {
            assertThat(inventory.customers()).extracting(InventoryCustomer::name).containsExactly(
                    "Adatum Corporation", "Contoso Ltd.", "Fabrikam, Inc.", "Northwind Traders", "Tailspin Toys GmbH",
                    "Woodgrove Bank");
        }

        @Test
        void moreThanFiftyDevicesAcrossWindowsWorkstationsServersAndOtherSystems() {
            List<InventoryDevice> all = allDevices();

            assertThat(all).hasSizeGreaterThanOrEqualTo(50);
            assertThat(all).anyMatch(d -> d.osFamily() == OsFamily.WINDOWS && d.type() == DeviceType.WORKSTATION)
                    .anyMatch(d -> d.osFamily() == OsFamily.WINDOWS && d.type() == DeviceType.SERVER)
                    .anyMatch(d -> d.osFamily() == OsFamily.LINUX)
                    .anyMatch(d -> d.osFamily() == OsFamily.MACOS)
                    .anyMatch(d -> d.type() == DeviceType.MOBILE);
            assertThat(all).extracting(InventoryDevice::id).doesNotHaveDuplicates();
        }

        @Test
        void oneDeviceRunsOnATrialLicenceAndOneOnAnExpiredOne() {
            List<LicenseStatus> licences = allDevices().stream()
                    .flatMap(d -> d.applications().stream()).map(InstalledApplication::licence).toList();

            assertThat(licences).containsOnlyOnce(LicenseStatus.TRIAL).containsOnlyOnce(LicenseStatus.EXPIRED)
                    .contains(LicenseStatus.COMMERCIAL, LicenseStatus.SUBSCRIPTION);
        }

        @Test
        void businessHubCustomersHoldPerUserSeatsOfCloudPlusAndOffice365() {
            assertThat(inventory.seats("cust-northwind")).containsExactly(
                    new UserSeats("Kaspersky Endpoint Security Cloud Plus", 24, LicenseStatus.SUBSCRIPTION),
                    new UserSeats("Kaspersky Security for Microsoft Office 365", 18, LicenseStatus.SUBSCRIPTION));
            assertThat(inventory.seats("cust-tailspin")).extracting(UserSeats::productName).contains(
                    "Kaspersky Endpoint Security Cloud Plus", "Kaspersky Security for Microsoft Office 365");
            assertThat(inventory.seats("cust-contoso")).isEmpty();
        }

        @Test
        void seedingHappensOnceAndNotAgainAfterTheDataIsRemoved() {
            Inventory.openSeeded(db);
            assertThat(allDevices()).hasSize(70);

            db.transaction(c -> {
                c.createStatement().executeUpdate("DELETE FROM inventory_application");
                c.createStatement().executeUpdate("DELETE FROM inventory_device");
                c.createStatement().executeUpdate("DELETE FROM inventory_seats");
                return c.createStatement().executeUpdate("DELETE FROM inventory_customer");
            });
            Inventory reopened = Inventory.openSeeded(db);

            assertThat(reopened.customers()).isEmpty();
        }
    }

    @Nested
    class AsPluginsSeeIt {

        @Test
        void devicesOfACustomerAreSortedByNameWithTheirApplications() {
            List<InventoryDevice> devices;
            try (Stream<InventoryDevice> stream = inventory.devices("cust-contoso")) {
                devices = stream.toList();
            }

            assertThat(devices).hasSize(20);
            assertThat(devices).extracting(InventoryDevice::name).isSorted();
            assertThat(devices).filteredOn(d -> d.name().equals("CONTOSO-SRV-01")).singleElement().satisfies(d -> {
                assertThat(d.osFamily()).isEqualTo(OsFamily.WINDOWS);
                assertThat(d.type()).isEqualTo(DeviceType.SERVER);
                assertThat(d.osName()).isEqualTo("Windows Server 2022 Standard");
                assertThat(d.applications()).containsExactly(new InstalledApplication(
                        "Kaspersky Security for Windows Server", "12.0.0.480", LicenseStatus.COMMERCIAL));
            });
        }

        @Test
        void anUnknownCustomerHasNoDevicesAndNoSeats() {
            try (Stream<InventoryDevice> devices = inventory.devices("nobody")) {
                assertThat(devices).isEmpty();
            }
            assertThat(inventory.seats("nobody")).isEmpty();
        }

        @Test
        void aDatabaseFailureIsAStoreException() {
            db.close();

            assertThatThrownBy(() -> inventory.customers()).isInstanceOf(StoreException.class)
                    .hasMessageContaining("device inventory");
        }
    }

    @Test
    void summariesCountCategoriesApplicationsAndUnprotectedDevices() {
        Map<String, CustomerSummary> byId = new java.util.HashMap<>();
        inventory.summaries().forEach(s -> byId.put(s.id(), s));

        CustomerSummary woodgrove = byId.get("cust-woodgrove");
        assertThat(woodgrove.devices()).isEqualTo(10);
        assertThat(woodgrove.windowsWorkstations()).isEqualTo(7);
        assertThat(woodgrove.windowsServers()).isEqualTo(3);
        assertThat(woodgrove.otherDevices()).isZero();
        assertThat(woodgrove.applications().get("Kaspersky Endpoint Security for Windows"))
                .isEqualTo(Map.of("COMMERCIAL", 6, "EXPIRED", 1));
        assertThat(byId.get("cust-adatum").unprotected()).isEqualTo(4);
        assertThat(byId.get("cust-fabrikam").otherDevices()).isEqualTo(4);
    }

    private List<InventoryDevice> allDevices() {
        return inventory.customers().stream().flatMap(c -> {
            try (Stream<InventoryDevice> devices = inventory.devices(c.id())) {
                return devices.toList().stream();
            }
        }).toList();
    }
}
