package net.mspbridge.api.host;

import java.util.Objects;

/**
 * A customer of the MSP as the host RMM knows it.
 *
 * @param id   the host's stable id for the customer
 * @param name the customer's display name
 */
public record InventoryCustomer(String id, String name) {

    public InventoryCustomer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
