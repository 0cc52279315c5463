package net.mspbridge.integration.kaspersky;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.mspbridge.api.host.DeviceInventory;
import net.mspbridge.api.host.InstalledApplication;
import net.mspbridge.api.host.InventoryCustomer;
import net.mspbridge.api.host.InventoryDevice;
import net.mspbridge.api.host.LicenseStatus;
import net.mspbridge.api.host.UserSeats;

/** A host inventory in memory that counts the device streams it opened and the ones closed. */
public final class FakeInventory implements DeviceInventory {

    private final Map<String, InventoryCustomer> customers = new LinkedHashMap<>();
    private final Map<String, List<InventoryDevice>> devices = new LinkedHashMap<>();
    private final Map<String, List<UserSeats>> seats = new LinkedHashMap<>();
    private int opened;
    private int closed;

    public FakeInventory customer(String id, String name) {
        customers.put(id, new InventoryCustomer(id, name));
        devices.put(id, new ArrayList<>());
        seats.put(id, new ArrayList<>());
        return this;
    }

    FakeInventory device(String customerId, InventoryDevice device) {
        devices.get(customerId).add(device);
        return this;
    }

    public FakeInventory seats(String customerId, String product, int users, LicenseStatus licence) {
        seats.get(customerId).add(new UserSeats(product, users, licence));
        return this;
    }

    static InventoryDevice device(String id, InventoryDevice.OsFamily family, String osName,
            InventoryDevice.DeviceType type, InstalledApplication... applications) {
        return new InventoryDevice(id, id, family, osName, type, List.of(applications));
    }

    static InstalledApplication app(String product, LicenseStatus licence) {
        return new InstalledApplication(product, "12.6", licence);
    }

    int openStreams() {
        return opened - closed;
    }

    int streamsOpened() {
        return opened;
    }

    @Override
    public List<InventoryCustomer> customers() {
        return List.copyOf(customers.values());
    }

    @Override
    public Stream<InventoryDevice> devices(String customerId) {
        opened++;
        return devices.getOrDefault(customerId, List.of()).stream().onClose(() -> closed++);
    }

    @Override
    public List<UserSeats> seats(String customerId) {
        return List.copyOf(seats.getOrDefault(customerId, List.of()));
    }
}
