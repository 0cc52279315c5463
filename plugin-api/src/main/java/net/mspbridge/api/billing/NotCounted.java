package net.mspbridge.api.billing;

import java.util.Objects;

/**
 * Devices of a customer that the usage source saw but the run did not count, for one reason: what
 * an auditor asks about ("why are my 20 machines billed as 18?"), not something a person must act
 * on, so a report keeps these apart from its {@link Problem}s.
 *
 * @param customer the usage source's customer (for example a Kaspersky virtual server)
 * @param reason   why they were not counted, for a person, to be read after the count
 *                 ("on a trial key", "with a reserve key only, no active key")
 * @param devices  how many; a device with several applications counts once per application, as it
 *                 would have been billed; always positive
 * @since 1.2
 */
public record NotCounted(Ref customer, String reason, int devices) {

    /** @throws IllegalArgumentException when {@code devices} is not positive or {@code reason} is blank */
    public NotCounted {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a reason for devices not counted must say why");
        }
        if (devices <= 0) {
            throw new IllegalArgumentException("devices not counted are at least one: " + devices);
        }
    }
}
