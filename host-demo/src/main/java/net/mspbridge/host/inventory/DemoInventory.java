package net.mspbridge.host.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import net.mspbridge.api.host.InventoryDevice.DeviceType;
import net.mspbridge.api.host.InventoryDevice.OsFamily;
import net.mspbridge.api.host.LicenseStatus;
import net.mspbridge.host.db.Database;

/**
 * Believable demo data for a fresh host: six customers, 70 devices across Windows workstations,
 * Windows servers and other systems, Kaspersky Security Center products for some customers and
 * Business Hub products with per-user seats for others, one trial licence, one expired one and a
 * customer with no protection at all. Deterministic: every fresh data folder gets the same.
 */
final class DemoInventory {

    static final String SEEDED_FLAG = "inventory.demo-seeded";

    static final String KES_WINDOWS = "Kaspersky Endpoint Security for Windows";
    static final String KSWS = "Kaspersky Security for Windows Server";
    static final String KES_MAC = "Kaspersky Endpoint Security for Mac";
    static final String KES_LINUX = "Kaspersky Endpoint Security for Linux";
    static final String KES_ANDROID = "Kaspersky Endpoint Security for Android";
    static final String KSV_LA = "Kaspersky Security for Virtualization Light Agent";
    static final String KESC_PLUS = "Kaspersky Endpoint Security Cloud Plus";
    static final String KESC_PRO = "Kaspersky Endpoint Security Cloud Pro";
    static final String KS_O365 = "Kaspersky Security for Microsoft Office 365";

    private DemoInventory() {
    }

    /** Seeds the demo data unless it was seeded before, in one transaction. */
    static void seedOnce(Database database) {
        database.transaction(connection -> {
            try (PreparedStatement flag = connection.prepareStatement(
                    "INSERT INTO host_meta (meta_key, meta_value) VALUES (?, 'true')")) {
                flag.setString(1, SEEDED_FLAG);
                flag.executeUpdate();
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    return null; // seeded before, perhaps by another process at the same moment
                }
                throw e;
            }
            new Writer(connection).writeAll();
            return null;
        });
    }

    /** Writes the customers one by one; each method reads as the customer's story. */
    private static final class Writer {
        private final Connection connection;
        private final List<Object[]> devices = new ArrayList<>();
        private final List<Object[]> applications = new ArrayList<>();

        Writer(Connection connection) {
            this.connection = connection;
        }

        void writeAll() throws SQLException {
            // Kaspersky Security Center customers.
            customer("cust-contoso", "Contoso Ltd.");
            fleet("cust-contoso", "CONTOSO-WS", 14, OsFamily.WINDOWS, DeviceType.WORKSTATION,
                    new String[] {"Windows 11 Pro 23H2", "Windows 10 Pro 22H2"}, KES_WINDOWS, "12.6.0.438", LicenseStatus.COMMERCIAL);
            fleet("cust-contoso", "CONTOSO-SRV", 3, OsFamily.WINDOWS, DeviceType.SERVER,
                    new String[] {"Windows Server 2022 Standard"}, KSWS, "12.0.0.480", LicenseStatus.COMMERCIAL);
            fleet("cust-contoso", "contoso-mbp", 2, OsFamily.MACOS, DeviceType.WORKSTATION,
                    new String[] {"macOS 14 Sonoma"}, KES_MAC, "12.1.0.552", LicenseStatus.COMMERCIAL);
            fleet("cust-contoso", "contoso-web", 1, OsFamily.LINUX, DeviceType.SERVER,
                    new String[] {"Ubuntu 22.04 LTS"}, KES_LINUX, "12.1.0.1297", LicenseStatus.COMMERCIAL);

            customer("cust-fabrikam", "Fabrikam, Inc.");
            fleet("cust-fabrikam", "FAB-WS", 8, OsFamily.WINDOWS, DeviceType.WORKSTATION,
                    new String[] {"Windows 11 Enterprise 23H2"}, KES_WINDOWS, "12.6.0.438", LicenseStatus.COMMERCIAL);
            // A new workstation still on the trial key it was installed with: not billable.
            fleet("cust-fabrikam", "FAB-WS-TRIAL", 1, OsFamily.WINDOWS, DeviceType.WORKSTATION,
                    new String[] {"Windows 11 Pro 23H2"}, KES_WINDOWS, "12.6.0.438", LicenseStatus.TRIAL);
            fleet("cust-fabrikam", "FAB-SRV", 2, OsFamily.WINDOWS, DeviceType.SERVER,
                    new String[] {"Windows Server 2019 Standard", "Windows Server 2022 Datacenter"}, KSWS, "12.0.0.480",
                    LicenseStatus.COMMERCIAL);
            fleet("cust-fabrikam", "fab-db", 1, OsFamily.LINUX, DeviceType.SERVER,
                    new String[] {"Red Hat Enterprise Linux 9.3"}, KES_LINUX, "12.1.0.1297", LicenseStatus.COMMERCIAL);
            fleet("cust-fabrikam", "fab-phone", 3, OsFamily.ANDROID, DeviceType.MOBILE,
                    new String[] {"Android 14"}, KES_ANDROID, "11.110.4.1000", LicenseStatus.SUBSCRIPTION);

            customer("cust-woodgrove", "Woodgrove Bank");
            fleet("cust-woodgrove", "WGB-WS", 6, OsFamily.WINDOWS, DeviceType.WORKSTATION,
                    new String[] {"Windows 10 Enterprise 22H2"}, KES_WINDOWS, "12.5.0.401", LicenseStatus.COMMERCIAL);
            // Its key ran out last month: not billable until renewed.
            fleet("cust-woodgrove", "WGB-WS-OLD", 1, OsFamily.WINDOWS, DeviceType.WORKSTATION,
                    new String[] {"Windows 10 Pro 21H2"}, KES_WINDOWS, "11.11.0.452", LicenseStatus.EXPIRED);
            fleet("cust-woodgrove", "WGB-SRV", 2, OsFamily.WINDOWS, DeviceType.SERVER,
                    new String[] {"Windows Server 2022 Standard"}, KSWS, "12.0.0.480", LicenseStatus.COMMERCIAL);
            fleet("cust-woodgrove", "WGB-VDI", 1, OsFamily.WINDOWS, DeviceType.VIRTUAL_MACHINE,
                    new String[] {"Windows Server 2022 Datacenter"}, KSV_LA, "6.2.0.100", LicenseStatus.COMMERCIAL);

            // Kaspersky Business Hub customers: licensed per user.
            customer("cust-northwind", "Northwind Traders");
            fleet("cust-northwind", "NW-LAPTOP", 10, OsFamily.WINDOWS, DeviceType.WORKSTATION,
                    new String[] {"Windows 11 Pro 23H2", "Windows 11 Business 23H2"}, KESC_PLUS, "12.6.0.438",
                    LicenseStatus.SUBSCRIPTION);
            fleet("cust-northwind", "NW-FS", 1, OsFamily.WINDOWS, DeviceType.SERVER,
                    new String[] {"Windows Server 2019 Essentials"}, KESC_PLUS, "12.6.0.438", LicenseStatus.SUBSCRIPTION);
            fleet("cust-northwind", "nw-mac", 2, OsFamily.MACOS, DeviceType.WORKSTATION,
                    new String[] {"macOS 15 Sequoia"}, KESC_PLUS, "12.1.0.552", LicenseStatus.SUBSCRIPTION);
            seats("cust-northwind", KESC_PLUS, 24, LicenseStatus.SUBSCRIPTION);
            seats("cust-northwind", KS_O365, 18, LicenseStatus.SUBSCRIPTION);

            customer("cust-tailspin", "Tailspin Toys GmbH");
            fleet("cust-tailspin", "TT-PC", 7, OsFamily.WINDOWS, DeviceType.WORKSTATION,
                    new String[] {"Windows 11 Pro 23H2"}, KESC_PLUS, "12.6.0.438", LicenseStatus.SUBSCRIPTION);
            fleet("cust-tailspin", "tt-iphone", 1, OsFamily.IOS, DeviceType.MOBILE,
                    new String[] {"iOS 17.5"}, KESC_PLUS, "1.0", LicenseStatus.SUBSCRIPTION);
            seats("cust-tailspin", KESC_PLUS, 8, LicenseStatus.SUBSCRIPTION);
            seats("cust-tailspin", KS_O365, 8, LicenseStatus.SUBSCRIPTION);
            // Trying the Pro edition for the design team before buying.
            seats("cust-tailspin", KESC_PRO, 3, LicenseStatus.TRIAL);

            // A prospect: managed by the RMM, not protected yet.
            customer("cust-adatum", "Adatum Corporation");
            fleet("cust-adatum", "ADATUM-WS", 4, OsFamily.WINDOWS, DeviceType.WORKSTATION,
                    new String[] {"Windows 10 Pro 22H2"}, null, null, null);

            insertDevicesAndApplications();
        }

        private void customer(String id, String name) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO inventory_customer (customer_id, name) VALUES (?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, name);
                insert.executeUpdate();
            }
        }

        private void fleet(String customerId, String namePrefix, int count, OsFamily family, DeviceType type,
                String[] osNames, String product, String version, LicenseStatus licence) {
            for (int i = 1; i <= count; i++) {
                String name = count == 1 ? namePrefix : String.format("%s-%02d", namePrefix, i);
                String id = "dev-" + name.toLowerCase(java.util.Locale.ROOT);
                devices.add(new Object[] {id, customerId, name, family.name(), osNames[(i - 1) % osNames.length], type.name()});
                if (product != null) {
                    applications.add(new Object[] {id, product, version, licence.name()});
                }
            }
        }

        private void seats(String customerId, String product, int users, LicenseStatus licence) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO inventory_seats (customer_id, product_name, users, licence) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, customerId);
                insert.setString(2, product);
                insert.setInt(3, users);
                insert.setString(4, licence.name());
                insert.executeUpdate();
            }
        }

        private void insertDevicesAndApplications() throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inventory_device"
                    + " (device_id, customer_id, name, os_family, os_name, device_type) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Object[] row : devices) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inventory_application"
                    + " (device_id, product_name, version, licence) VALUES (?, ?, ?, ?)")) {
                for (Object[] row : applications) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
