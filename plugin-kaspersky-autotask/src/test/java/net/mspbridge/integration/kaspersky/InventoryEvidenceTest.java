package net.mspbridge.integration.kaspersky;

import static net.mspbridge.api.host.InventoryDevice.DeviceType.SERVER;
import static net.mspbridge.api.host.InventoryDevice.DeviceType.WORKSTATION;
import static net.mspbridge.api.host.InventoryDevice.OsFamily.WINDOWS;
import static net.mspbridge.integration.kaspersky.FakeInventory.app;
import static net.mspbridge.integration.kaspersky.FakeInventory.device;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.host.CustomerEvidence;
import net.mspbridge.api.host.DeviceInventory;
import net.mspbridge.api.host.InventoryCustomer;
import net.mspbridge.api.host.InventoryDevice;
import net.mspbridge.api.host.UserSeats;
import net.mspbridge.api.host.DeviceEvidence;
import net.mspbridge.api.host.EvidenceAssignment;
import net.mspbridge.api.host.EvidenceSink;
import net.mspbridge.api.host.LicenseStatus;

/**
 * The Business Hub source writes one evidence record per decision it counts: every device counted is
 * one record of one unit in its category, every seat group one record of its users, every
 * installation that does not bill one record with its reason.
 */
class InventoryEvidenceTest {

    private static final String KES_WINDOWS = "Kaspersky Endpoint Security for Windows";
    private static final String CLOUD_PLUS = "Kaspersky Endpoint Security Cloud Plus";
    private static final KasperskyCustomer ACME = new KasperskyCustomer("c-1", "Acme");
    private static final String BILLING_OFF = "customer billing off (Companies panel)";

    private final List<DeviceEvidence> written = new ArrayList<>();
    private int discards;
    private final EvidenceSink sink = new EvidenceSink() {
        @Override
        public CustomerEvidence open(String customerId, String customerName) {
            return new CustomerEvidence() {
                @Override
                public void add(DeviceEvidence device) {
                    written.add(device);
                }

                @Override
                public void discard() {
                    discards++;
                    written.clear();
                }

                @Override
                public void close() {
                    // nothing buffered
                }
            };
        }

        @Override
        public void assign(EvidenceAssignment assignment) {
            // not the source's to do
        }

        @Override
        public boolean isPresent() {
            return true;
        }
    };

    @Test
    void everyDecisionIsOneRecordAndTheCountedOnesAddUpToTheCounts() {
        FakeInventory inventory = new FakeInventory().customer("c-1", "Acme")
                .device("c-1", device("w1", WINDOWS, "Windows 11 Pro", WORKSTATION, app(KES_WINDOWS, LicenseStatus.COMMERCIAL)))
                .device("c-1", device("s1", WINDOWS, "Windows Server 2022", SERVER, app(KES_WINDOWS, LicenseStatus.SUBSCRIPTION)))
                .device("c-1", device("t1", WINDOWS, "Windows 11 Pro", WORKSTATION, app(KES_WINDOWS, LicenseStatus.TRIAL)))
                .device("c-1", device("x1", WINDOWS, "Windows 11 Pro", WORKSTATION))
                .seats("c-1", CLOUD_PLUS, 12, LicenseStatus.SUBSCRIPTION)
                .seats("c-1", CLOUD_PLUS, 3, LicenseStatus.EXPIRED);
        ApplicationCatalog catalog = ApplicationCatalog.load();

        CustomerUsage usage = new InventoryUsageSource(inventory, catalog.all(), sink).usage(List.of(ACME)).get(0);

        assertThat(written).extracting(DeviceEvidence::deviceName, DeviceEvidence::category, DeviceEvidence::units,
                DeviceEvidence::notCounted).containsExactlyInAnyOrder(
                        tuple("w1", "Windows workstations", 1, ""),
                        tuple("s1", "Windows servers", 1, ""),
                        tuple("t1", "Windows workstations", 1, "on a trial key"),
                        tuple(CLOUD_PLUS, "Users", 12, ""),
                        tuple(CLOUD_PLUS, "Users", 3, "on an expired key"));
        assertThat(written).filteredOn(DeviceEvidence::counted).filteredOn(d -> d.category().equals("Users"))
                .extracting(DeviceEvidence::units).containsExactly(usage.of("kes-cloud-plus").users());
        assertThat(written).filteredOn(DeviceEvidence::counted).filteredOn(d -> !d.category().equals("Users"))
                .hasSize(usage.of("kes-windows").devices());
        assertThat(written).allSatisfy(d -> assertThat(d.application()).isIn(KES_WINDOWS, CLOUD_PLUS));
    }

    @Test
    void aCustomerNotBilledHasEachDeviceAndSeatGroupListedWithTheReasonAndNothingCounted() {
        FakeInventory inventory = new FakeInventory().customer("c-1", "Acme")
                .device("c-1", device("w1", WINDOWS, "Windows 11 Pro", WORKSTATION, app(KES_WINDOWS, LicenseStatus.COMMERCIAL)))
                .device("c-1", device("s1", WINDOWS, "Windows Server 2022", SERVER, app(KES_WINDOWS, LicenseStatus.TRIAL)))
                // Listed twice: one device, shown under the licence that would bill.
                .device("c-1", device("d1", WINDOWS, "Windows 10 Pro", WORKSTATION,
                        app(KES_WINDOWS, LicenseStatus.EXPIRED), app(KES_WINDOWS, LicenseStatus.SUBSCRIPTION)))
                .device("c-1", device("x1", WINDOWS, "Windows 11 Pro", WORKSTATION))
                .device("c-1", device("o1", WINDOWS, "Windows 11 Pro", WORKSTATION, app("Some Other Antivirus", LicenseStatus.COMMERCIAL)))
                .seats("c-1", CLOUD_PLUS, 12, LicenseStatus.SUBSCRIPTION)
                .seats("c-1", CLOUD_PLUS, 3, LicenseStatus.EXPIRED)
                .seats("c-1", CLOUD_PLUS, 0, LicenseStatus.SUBSCRIPTION);

        OptionalInt units = new InventoryUsageSource(inventory, ApplicationCatalog.load().all(), sink)
                .listNotBilled(ACME, BILLING_OFF);

        assertThat(written).extracting(DeviceEvidence::deviceName, DeviceEvidence::category, DeviceEvidence::keyOrSeat,
                DeviceEvidence::units, DeviceEvidence::notCounted).containsExactlyInAnyOrder(
                        tuple("w1", "Windows workstations", "commercial licence", 1, BILLING_OFF),
                        tuple("s1", "Windows servers", "trial licence", 1, BILLING_OFF),
                        tuple("d1", "Windows workstations", "subscription licence", 1, BILLING_OFF),
                        tuple(CLOUD_PLUS, "Users", "12 users, subscription", 12, BILLING_OFF),
                        tuple(CLOUD_PLUS, "Users", "3 users, expired", 3, BILLING_OFF));
        assertThat(units).as("the units of the records listed").hasValue(3 + 12 + 3);
        assertThat(inventory.openStreams()).isZero();
    }

    @Test
    void aCustomerNotBilledWithNoApplicationOfTheCatalogListsNothing() {
        FakeInventory inventory = new FakeInventory().customer("c-1", "Acme")
                .device("c-1", device("x1", WINDOWS, "Windows 11 Pro", WORKSTATION));

        assertThat(new InventoryUsageSource(inventory, ApplicationCatalog.load().all(), sink)
                .listNotBilled(ACME, BILLING_OFF)).hasValue(0);
        assertThat(written).isEmpty();
    }

    @Test
    void aListingThatFailsPartWayDiscardsWhatItWrote() {
        FakeInventory devices = new FakeInventory().customer("c-1", "Acme")
                .device("c-1", device("w1", WINDOWS, "Windows 11 Pro", WORKSTATION, app(KES_WINDOWS, LicenseStatus.COMMERCIAL)));
        DeviceInventory failingSeats = new DeviceInventory() {
            @Override
            public List<InventoryCustomer> customers() {
                return devices.customers();
            }

            @Override
            public Stream<InventoryDevice> devices(String customerId) {
                return devices.devices(customerId);
            }

            @Override
            public List<UserSeats> seats(String customerId) {
                throw new IllegalStateException("the inventory's database went away");
            }
        };

        assertThatThrownBy(() -> new InventoryUsageSource(failingSeats, ApplicationCatalog.load().all(), sink)
                .listNotBilled(ACME, BILLING_OFF)).hasMessageContaining("went away");
        assertThat(discards).isEqualTo(1);
        assertThat(written).as("w1 was written, then discarded").isEmpty();
        assertThat(devices.openStreams()).isZero();
    }

    @Test
    void aSourceWithoutASinkCountsTheSame() {
        FakeInventory inventory = new FakeInventory().customer("c-1", "Acme")
                .device("c-1", device("w1", WINDOWS, "Windows 11 Pro", WORKSTATION, app(KES_WINDOWS, LicenseStatus.COMMERCIAL)));
        ApplicationCatalog catalog = ApplicationCatalog.load();

        assertThat(new InventoryUsageSource(inventory, catalog.all()).usage(List.of(ACME)))
                .isEqualTo(new InventoryUsageSource(inventory, catalog.all(), sink).usage(List.of(ACME)));
    }
}
