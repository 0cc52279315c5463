package net.mspbridge.integration.kaspersky;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import net.mspbridge.api.host.DeviceInventory;
import net.mspbridge.api.host.EvidenceSink;
import net.mspbridge.api.host.InstalledApplication;
import net.mspbridge.api.host.InventoryDevice;
import net.mspbridge.api.host.LicenseStatus;
import net.mspbridge.api.host.UserSeats;

/**
 * Usage from the host RMM's device inventory (how Business Hub usage arrives). Customers are the
 * inventory's customers. An application licensed per device counts the devices on which it is
 * installed under a billable licence ({@link net.mspbridge.api.host.LicenseStatus#isBillable()}),
 * once per device, in the category of the device's OS family and type; one licensed per user
 * counts the users of its billable seats. Applications are recognised by the catalog's product
 * names, ignoring case and repeated spaces. An application installed under a licence that does not
 * bill is counted as not billed, with its reason (trial, expired, none).
 *
 * <p>Each decision also goes to the host's evidence sink, device by device, seat group by seat group.
 * The devices of a customer not billed are listed there too ({@link #listNotBilled}): the inventory
 * costs nothing to read.
 *
 * <p>Devices are streamed per customer and closed after use; nothing is kept per device. Thread-safe
 * as far as the inventory is.
 */
public final class InventoryUsageSource implements UsageSource {

    private final DeviceInventory inventory;
    private final EvidenceSink evidence;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, SecurityApplication> perDevice = new HashMap<>();
    private final Map<String, SecurityApplication> perUser = new HashMap<>();

    /**
     * @param applications the applications to count; others found in the inventory are ignored
     */
    public InventoryUsageSource(DeviceInventory inventory, List<SecurityApplication> applications) {
        this(inventory, applications, EvidenceSink.absent());
    }

    /**
     * @param applications the applications to count; others found in the inventory are ignored
     * @param evidence     where each device's decision is written as it is read
     */
    public InventoryUsageSource(DeviceInventory inventory, List<SecurityApplication> applications,
            EvidenceSink evidence) {
        this.inventory = inventory;
        this.evidence = evidence;
        for (SecurityApplication application : applications) {
            names.put(application.id(), application.name());
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
        UsageEvidence written = UsageEvidence.open(evidence, customer, id -> names.getOrDefault(id, id));
        try {
            try (Stream<InventoryDevice> devices = inventory.devices(customer.id())) {
                devices.forEach(device -> countDevice(device, usage, written));
            }
            for (UserSeats seats : inventory.seats(customer.id())) {
                SecurityApplication application = perUser.get(normalise(seats.productName()));
                if (application == null) {
                    continue;
                }
                String licence = seats.licence().name().toLowerCase(Locale.ROOT);
                if (seats.licence().isBillable()) {
                    usage.addUsers(application.id(), seats.users());
                    written.seats(application.id(), seats.productName(), seats.users(), licence, "");
                } else {
                    written.seats(application.id(), seats.productName(), seats.users(), licence,
                            reason(seats.licence()).description());
                }
            }
        } catch (RuntimeException e) {
            written.discard();
            throw e;
        }
        written.close();
        return usage.build();
    }

    /**
     * Lists every device with a catalog application (once per application, whatever its licence) and
     * every seat group of a per-user one, each not counted for {@code reason}; counts nothing.
     */
    @Override
    public OptionalInt listNotBilled(KasperskyCustomer customer, String reason) {
        UsageEvidence written = UsageEvidence.open(evidence, customer, id -> names.getOrDefault(id, id));
        int units = 0;
        try {
            try (Stream<InventoryDevice> devices = inventory.devices(customer.id())) {
                for (InventoryDevice device : (Iterable<InventoryDevice>) devices::iterator) {
                    Map<String, InstalledApplication> found = catalogApplications(device);
                    if (!found.isEmpty()) {
                        DeviceCategory category = categoryOf(device);
                        found.forEach((id, installed) ->
                                written.notCounted(evidenceOf(device, installed), id, category, reason));
                        units += found.size();
                    }
                }
            }
            for (UserSeats seats : inventory.seats(customer.id())) {
                SecurityApplication application = perUser.get(normalise(seats.productName()));
                if (application != null && seats.users() > 0) {
                    written.seats(application.id(), seats.productName(), seats.users(),
                            seats.licence().name().toLowerCase(Locale.ROOT), reason);
                    units += seats.users();
                }
            }
        } catch (RuntimeException e) {
            written.discard();
            throw e;
        }
        written.close();
        return OptionalInt.of(units);
    }

    /** The catalog's per-device applications on a device, by id: a billable listing where there is one. */
    private Map<String, InstalledApplication> catalogApplications(InventoryDevice device) {
        Map<String, InstalledApplication> found = new LinkedHashMap<>();
        for (InstalledApplication installed : device.applications()) {
            SecurityApplication application = perDevice.get(normalise(installed.productName()));
            if (application != null) {
                found.merge(application.id(), installed,
                        (first, next) -> !first.licence().isBillable() && next.licence().isBillable() ? next : first);
            }
        }
        return found;
    }

    private void countDevice(InventoryDevice device, CustomerUsage.Builder usage, UsageEvidence written) {
        // Maps: an application listed twice on one device is still one device, billed when one listing bills.
        Map<String, InstalledApplication> billed = new LinkedHashMap<>();
        Map<String, InstalledApplication> notBilled = new LinkedHashMap<>();
        for (InstalledApplication installed : device.applications()) {
            SecurityApplication application = perDevice.get(normalise(installed.productName()));
            if (application != null) {
                (installed.licence().isBillable() ? billed : notBilled).putIfAbsent(application.id(), installed);
            }
        }
        if (billed.isEmpty() && notBilled.isEmpty()) {
            return;
        }
        DeviceCategory category = categoryOf(device);
        billed.forEach((id, installed) -> {
            usage.addDevice(id, category);
            written.counted(evidenceOf(device, installed), id, category);
        });
        notBilled.forEach((id, installed) -> {
            if (!billed.containsKey(id)) {
                NotBilledReason reason = reason(installed.licence());
                usage.notBilled(reason);
                written.notCounted(evidenceOf(device, installed), id, category, reason.description());
            }
        });
    }

    private static UsageEvidence.Device evidenceOf(InventoryDevice device, InstalledApplication installed) {
        return new UsageEvidence.Device(device.id(), device.name(), device.osName(),
                installed.licence().name().toLowerCase(Locale.ROOT) + " licence");
    }

    /** Why an application under a licence that does not bill is not counted. */
    private static NotBilledReason reason(LicenseStatus licence) {
        return switch (licence) {
            case TRIAL -> NotBilledReason.TRIAL_KEY;
            case EXPIRED -> NotBilledReason.KEY_EXPIRED;
            default -> NotBilledReason.NO_LICENCE;
        };
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
