package net.mspbridge.integration.autotask;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An Autotask currency (entity {@code Currencies}), as far as a report needs it. Autotask lets a
 * company be invoiced in its own currency ({@code Companies.currencyID}); the entity can be queried
 * even when the multi-currency module is off, and cannot be created or deleted
 * (https://www.autotask.net/help/developerhelp/Content/APIs/REST/Entities/CurrenciesEntity.htm).
 * Fields Autotask did not return are null, or false for the primitive ones.
 *
 * @param id          the currency id
 * @param name        the currency's code, three letters (ISO 4217, for example {@code EUR})
 * @param description its name for a person ("Euro"), may be null
 * @param active      whether the currency is active ({@code isActive})
 * @param internal    whether it is the MSP's own (internal) currency ({@code isInternalCurrency})
 */
public record Currency(
        long id,
        String name,
        String description,
        @JsonProperty("isActive") boolean active,
        @JsonProperty("isInternalCurrency") boolean internal) {
}
