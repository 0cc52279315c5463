package net.mspbridge.integration.autotask;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A {@code Services} item as Autotask sends it; becomes a {@link Service} with its period label. */
record ServiceWire(
        long id,
        String name,
        String description,
        String invoiceDescription,
        @JsonProperty("isActive") boolean active,
        Integer periodType,
        BigDecimal unitPrice,
        BigDecimal unitCost) {

    static final String ENTITY = "Services";

    Service resolve(Picklists picklists) {
        return new Service(id, name, description, invoiceDescription, active, periodType,
                picklists.label(ENTITY, "periodType", periodType), unitPrice, unitCost);
    }
}
