package net.mspbridge.integration.kaspersky;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import net.mspbridge.api.host.DeviceInventory;
import net.mspbridge.api.host.InstalledApplication;
import net.mspbridge.api.host.InventoryDevice;
import net.mspbridge.api.host.UserSeats;

/**
 * Usage from the host RMM's device inventory (how Business Hub usage arrives). Customers are the
 * inventory's customers. An application licensed per device counts the devices on which it is
 * installed under a billable licence ({@link net.mspbridge.api.host.LicenseStatus#isBillable()}),
 * once per device, in the category of the device's OS family and type; one licensed per user
 * counts the users of its billable seats. Applications are recognised by the catalog's product
 * names, ignoring case and repeated spaces.
 *
 * <p>Devices are streamed per customer and closed after use; nothing is kept per device. Thread-safe
 * as far as the inventory is.
 */
public final class InventoryUsageSource implements UsageSource {

    private final DeviceInventory inventory;
    private final Map<String, SecurityApplication> perDevice = new HashMap<>();
    private final Map<String, SecurityApplication> perUser = new HashMap<>();

    /**
     * @param applications the applications to count; others found in the inventory are ignored
     */
    public InventoryUsageSource(DeviceInventory inventory, List<SecurityApplication> applications) {
        this.inventory = inventory;
        for (SecurityApplication application : applications) {
            Map<String, SecurityApplication> byName = application.isPerUser() ? perUser : perDevice;
            for (String name : application.productNames()) {
                byName.putIfAbsent(normalise(name), application);
            }
        }
    }

    @Override
    public List<KasperskyCustomer> customers() {
        return inventory.customers().stream().map(c -> new KasperskyCustomer(c.id(), c.name())).toList();
    }

    @Override
    public List<CustomerUsage> usage(Collection<KasperskyCustomer> customers) {
        List<CustomerUsage> result = new ArrayList<>(customers.size());
        for (KasperskyCustomer customer : customers) {
            result.add(usageOf(customer));
        }
        return List.copyOf(result);
    }

    private CustomerUsage usageOf(KasperskyCustomer customer) {
        CustomerUsage.Builder usage = CustomerUsage.builder(customer);
        try (Stream<InventoryDevice> devices = inventory.devices(customer.id())) {
            devices.forEach(device -> countDevice(device, usage));
        }
        for (UserSeats seats : inventory.seats(customer.id())) {
            SecurityApplication application = perUser.get(normalise(seats.productName()));
            if (application != null && seats.licence().isBillable()) {
                usage.addUsers(application.id(), seats.users());
            }
        }
        return usage.build();
    }

    private void countDevice(InventoryDevice device, CustomerUsage.Builder usage) {
        // A set: an application listed twice on one device is still one device.
        Set<String> billed = new LinkedHashSet<>();
        for (InstalledApplication installed : device.applications()) {
            SecurityApplication application = perDevice.get(normalise(installed.productName()));
            if (application != null && installed.licence().isBillable()) {
                billed.add(application.id());
            }
        }
        if (billed.isEmpty()) {
            return;
        }
        DeviceCategory category = categoryOf(device);
        billed.forEach(id -> usage.addDevice(id, category));
    }

    /**
     * The category of an inventory device: Windows servers are Windows devices of type server or
     * whose OS name says "Windows Server"; other Windows devices are workstations; every other
     * family is non-Windows. The same rule as for Security Center hosts.
     */
    static DeviceCategory categoryOf(InventoryDevice device) {
        if (device.osFamily() != InventoryDevice.OsFamily.WINDOWS) {
            return DeviceCategory.NON_WINDOWS;
        }
        boolean server = device.type() == InventoryDevice.DeviceType.SERVER
                || device.osName().toLowerCase(Locale.ROOT).contains("windows server");
        return server ? DeviceCategory.WINDOWS_SERVER : DeviceCategory.WINDOWS_WORKSTATION;
    }

    private static String normalise(String productName) {
        return productName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
