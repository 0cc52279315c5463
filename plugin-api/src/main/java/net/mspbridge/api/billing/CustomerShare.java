package net.mspbridge.api.billing;

import java.util.Objects;

/**
 * One customer's part of a report line's units wanted: when several customers of the usage source
 * are billed on one contract, each line of that contract says how many of its units each brought.
 *
 * @param customer the usage source's customer (for example a Kaspersky virtual server)
 * @param units    the units of this line's service its usage calls for; zero when it has none
 * @since 1.1
 */
public record CustomerShare(Ref customer, int units) {

    public CustomerShare {
        Objects.requireNonNull(customer, "customer");
        if (units < 0) {
            throw new IllegalArgumentException("a customer's share is never negative: " + units);
        }
    }
}
