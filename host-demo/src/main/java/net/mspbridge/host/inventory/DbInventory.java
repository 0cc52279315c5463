package net.mspbridge.host.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import net.mspbridge.api.StoreException;
import net.mspbridge.api.host.InstalledApplication;
import net.mspbridge.api.host.InventoryCustomer;
import net.mspbridge.api.host.InventoryDevice;
import net.mspbridge.api.host.InventoryDevice.DeviceType;
import net.mspbridge.api.host.InventoryDevice.OsFamily;
import net.mspbridge.api.host.LicenseStatus;
import net.mspbridge.api.host.UserSeats;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.db.DatabaseException;
import net.mspbridge.host.db.SqlWork;

/** {@link Inventory} in the {@code inventory_*} tables. */
final class DbInventory implements Inventory {

    private final Database database;

    DbInventory(Database database) {
        this.database = database;
    }

    @Override
    public List<InventoryCustomer> customers() {
        return read("list the customers", connection -> {
            List<InventoryCustomer> customers = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT customer_id, name FROM inventory_customer ORDER BY name, customer_id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    customers.add(new InventoryCustomer(rows.getString(1), rows.getString(2)));
                }
            }
            return customers;
        });
    }

    /** Read in full: the inventory of one customer is small, and the caller gets no open cursor to leak. */
    @Override
    public Stream<InventoryDevice> devices(String customerId) {
        return read("list the devices of customer " + customerId, connection -> devices(connection, customerId)).stream();
    }

    @Override
    public List<UserSeats> seats(String customerId) {
        return read("list the seats of customer " + customerId, connection -> seats(connection, customerId));
    }

    @Override
    public List<CustomerSummary> summaries() {
        return read("summarise the inventory", connection -> {
            List<CustomerSummary> summaries = new ArrayList<>();
            for (InventoryCustomer customer : customers()) {
                summaries.add(summarise(customer, devices(connection, customer.id()), seats(connection, customer.id())));
            }
            return summaries;
        });
    }

    private static CustomerSummary summarise(InventoryCustomer customer, List<InventoryDevice> devices, List<UserSeats> seats) {
        int workstations = 0;
        int servers = 0;
        int unprotected = 0;
        Map<String, Map<String, Integer>> applications = new TreeMap<>();
        for (InventoryDevice device : devices) {
            boolean windows = device.osFamily() == OsFamily.WINDOWS;
            if (windows && device.type() == DeviceType.WORKSTATION) {
                workstations++;
            } else if (windows && (device.type() == DeviceType.SERVER || device.type() == DeviceType.VIRTUAL_MACHINE)) {
                servers++;
            }
            if (device.applications().isEmpty()) {
                unprotected++;
            }
            for (InstalledApplication app : device.applications()) {
                applications.computeIfAbsent(app.productName(), k -> new TreeMap<>())
                        .merge(app.licence().name(), 1, Integer::sum);
            }
        }
        return new CustomerSummary(customer.id(), customer.name(), devices.size(), workstations, servers,
                devices.size() - workstations - servers, applications, unprotected, seats);
    }

    private static List<InventoryDevice> devices(Connection connection, String customerId) throws SQLException {
        Map<String, DeviceRow> devices = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT d.device_id, d.name, d.os_family, d.os_name, d.device_type, a.product_name, a.version, a.licence"
                        + " FROM inventory_device d LEFT JOIN inventory_application a ON a.device_id = d.device_id"
                        + " WHERE d.customer_id = ? ORDER BY d.name, d.device_id, a.product_name")) {
            select.setString(1, customerId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    DeviceRow device = devices.computeIfAbsent(rows.getString(1), id -> new DeviceRow());
                    device.id = rows.getString(1);
                    device.name = rows.getString(2);
                    device.osFamily = OsFamily.valueOf(rows.getString(3));
                    device.osName = rows.getString(4);
                    device.type = DeviceType.valueOf(rows.getString(5));
                    if (rows.getString(6) != null) {
                        device.applications.add(new InstalledApplication(rows.getString(6), rows.getString(7),
                                LicenseStatus.valueOf(rows.getString(8))));
                    }
                }
            }
        }
        return devices.values().stream().map(DeviceRow::toDevice).toList();
    }

    private static List<UserSeats> seats(Connection connection, String customerId) throws SQLException {
        List<UserSeats> seats = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT product_name, users, licence"
                + " FROM inventory_seats WHERE customer_id = ? ORDER BY product_name")) {
            select.setString(1, customerId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    seats.add(new UserSeats(rows.getString(1), rows.getInt(2), LicenseStatus.valueOf(rows.getString(3))));
                }
            }
        }
        return seats;
    }

    private <T> T read(String what, SqlWork<T> work) {
        try {
            return database.read(work);
        } catch (DatabaseException e) {
            throw new StoreException("the host could not " + what + " of its device inventory: " + e.getMessage(), e);
        }
    }

    /** A device while its application rows are gathered. */
    private static final class DeviceRow {
        String id;
        String name;
        OsFamily osFamily;
        String osName;
        DeviceType type;
        final List<InstalledApplication> applications = new ArrayList<>();

        InventoryDevice toDevice() {
            return new InventoryDevice(id, name, osFamily, osName, type, applications);
        }
    }
}
