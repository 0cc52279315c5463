package net.mspbridge.integration.autotask;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An Autotask company (entity {@code Companies}), as far as billing and the panels need it. Fields
 * Autotask did not return (for example when a query names {@code includeFields}) are null, or 0 /
 * false for the primitive ones.
 *
 * @param id            the company id
 * @param companyName   the name
 * @param companyNumber Autotask's company number, may be null
 * @param companyType   the company type picklist value (customer, lead, vendor ...), may be null
 * @param active        whether the company is active ({@code isActive})
 * @param currencyId    the company's currency ({@code currencyID}, a {@link Currency} id): the currency
 *                      its contracts are billed in; null when Autotask gives none
 */
public record Company(
        long id,
        String companyName,
        String companyNumber,
        Integer companyType,
        @JsonProperty("isActive") boolean active,
        @JsonProperty("currencyID") Long currencyId) {

    /** A company whose currency is not known. */
    public Company(long id, String companyName, String companyNumber, Integer companyType, boolean active) {
        this(id, companyName, companyNumber, companyType, active, null);
    }
}
