package net.mspbridge.api.billing;

import java.util.Objects;

/**
 * Devices of a customer that the usage source saw but the run did not count, for one reason: what
 * an auditor asks about ("why are my 20 machines billed as 18?"), not something a person must act
 * on, so a report keeps these apart from its {@link Problem}s.
 *
 * <p>A customer whose devices were left out without being read (say, its billing is off, and the
 * plugin spares the usage source the calls) is said once, with {@code devicesUnknown} true and
 * {@code devices} 0: a host shows that its devices were not read, never a count.
 *
 * @param customer       the usage source's customer (for example a Kaspersky virtual server)
 * @param reason         why they were not counted, for a person, to be read after the count
 *                       ("on a trial key", "with a reserve key only, no active key")
 * @param devices        how many; a device with several applications counts once per application, as
 *                       it would have been billed; positive, or 0 when {@code devicesUnknown}
 * @param devicesUnknown whether the devices were not read, so their number is not known
 *                       ({@code devices} is then 0); false in a report made before 1.3
 * @since 1.2
 */
public record NotCounted(Ref customer, String reason, int devices, boolean devicesUnknown) {

    /**
     * @throws IllegalArgumentException when {@code reason} is blank, or {@code devices} is not
     *                                  positive for devices counted, or not 0 for devices not read
     */
    public NotCounted {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a reason for devices not counted must say why");
        }
        if (devicesUnknown && devices != 0) {
            throw new IllegalArgumentException("devices not read have no count: " + devices);
        }
        if (!devicesUnknown && devices <= 0) {
            throw new IllegalArgumentException("devices not counted are at least one: " + devices);
        }
    }

    /** Devices that were read and not counted ({@code devicesUnknown} false), as in 1.2. */
    public NotCounted(Ref customer, String reason, int devices) {
        this(customer, reason, devices, false);
    }

    /**
     * A customer whose devices were all left out without being read, for {@code reason}.
     *
     * @since 1.3
     */
    public static NotCounted notRead(Ref customer, String reason) {
        return new NotCounted(customer, reason, 0, true);
    }
}
