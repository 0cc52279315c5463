package net.mspbridge.integration.autotask;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A {@code Contracts} item as Autotask sends it; becomes a {@link Contract} with labels resolved. */
record ContractWire(
        long id,
        @JsonProperty("companyID") long companyId,
        String contractName,
        String contractNumber,
        Integer contractType,
        Integer status,
        LocalDate startDate,
        LocalDate endDate) {

    static final String ENTITY = "Contracts";

    Contract resolve(Picklists picklists) {
        return new Contract(id, companyId, contractName, contractNumber,
                contractType, picklists.label(ENTITY, "contractType", contractType),
                status, picklists.label(ENTITY, "status", status), startDate, endDate);
    }
}
