package net.mspbridge.integration.kaspersky;

import java.util.Objects;

/**
 * A customer as Kaspersky knows it: a Security Center virtual server, or a Business Hub company
 * (from the host inventory).
 *
 * @param id   stable id, stored in the Companies mapping
 * @param name display name
 */
public record KasperskyCustomer(String id, String name) {

    public KasperskyCustomer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** How reports and problems name this customer: its name, or its id when it has none. */
    public String label() {
        return name.isBlank() ? id : name;
    }
}
