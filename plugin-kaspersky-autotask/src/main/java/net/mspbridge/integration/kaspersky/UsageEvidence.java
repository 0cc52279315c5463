package net.mspbridge.integration.kaspersky;

import java.util.Objects;
import java.util.function.Function;

import net.mspbridge.api.host.CustomerEvidence;
import net.mspbridge.api.host.DeviceEvidence;
import net.mspbridge.api.host.EvidenceSink;

/**
 * The evidence of one customer's usage read, written to the host's {@link EvidenceSink} as each
 * device is decided: the same decisions {@link CustomerUsage.Builder} counts, one record each, so the
 * counts and the evidence cannot drift apart. Nothing is kept here: at 100,000 hosts the evidence
 * goes to the host as it is read. Applications are named as the report names them (the catalog's
 * names), categories by their labels, seats under {@link #USERS}.
 *
 * <p>Not thread-safe: one per customer read, on one thread, as the builder.
 */
public final class UsageEvidence implements AutoCloseable {

    /** The category of per-user seats, as the report's lines name it. */
    public static final String USERS = "Users";

    private static final UsageEvidence NONE = new UsageEvidence(EvidenceSink.absent().open("", ""), id -> id, false);

    private final CustomerEvidence out;
    private final Function<String, String> applicationName;
    private final boolean present;

    private UsageEvidence(CustomerEvidence out, Function<String, String> applicationName, boolean present) {
        this.out = out;
        this.applicationName = applicationName;
        this.present = present;
    }

    /**
     * Opens the evidence of one customer; an earlier opening of the same customer in this run is dropped.
     *
     * @param applicationName the report's name of an application id (the id itself when unknown)
     */
    public static UsageEvidence open(EvidenceSink sink, KasperskyCustomer customer,
            Function<String, String> applicationName) {
        if (!sink.isPresent()) {
            return NONE;
        }
        return new UsageEvidence(sink.open(customer.id(), customer.name()), applicationName, true);
    }

    /** Evidence that goes nowhere. */
    public static UsageEvidence none() {
        return NONE;
    }

    /** One device counted for the application (by id) in the category. */
    public void counted(Device device, String applicationId, DeviceCategory category) {
        if (present) {
            out.add(new DeviceEvidence(device.id(), device.name(), device.operatingSystem(), category.label(),
                    applicationName.apply(applicationId), device.keyOrSeat(), 1, ""));
        }
    }

    /**
     * One device not counted for an application, with why.
     *
     * @param application an application id the catalog knows, else the product id as the source gave it
     * @param category    the device's category; null when it has none (not in the device list)
     */
    public void notCounted(Device device, String application, DeviceCategory category, String reason) {
        if (present) {
            out.add(new DeviceEvidence(device.id(), device.name(), device.operatingSystem(),
                    category == null ? "" : category.label(), applicationName.apply(application),
                    device.keyOrSeat(), 1, reason));
        }
    }

    /** The per-user seats counted (or, with a reason, not counted) of one application. */
    public void seats(String applicationId, String productName, int users, String licence, String reason) {
        if (present && users > 0) {
            out.add(new DeviceEvidence("", productName, "", USERS, applicationName.apply(applicationId),
                    users + (users == 1 ? " user, " : " users, ") + licence, users, reason));
        }
    }

    /** Drops what this read recorded: it failed part-way, or is read again from the start. */
    public void discard() {
        out.discard();
    }

    @Override
    public void close() {
        out.close();
    }

    /**
     * A device as the source reports it.
     *
     * @param keyOrSeat the licence key (serial) it runs on, or its licence state; "" when unknown
     */
    public record Device(String id, String name, String operatingSystem, String keyOrSeat) {
        public Device {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(operatingSystem, "operatingSystem");
            Objects.requireNonNull(keyOrSeat, "keyOrSeat");
        }
    }
}
