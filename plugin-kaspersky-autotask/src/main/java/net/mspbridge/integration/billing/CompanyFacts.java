package net.mspbridge.integration.billing;

import java.util.Objects;
import java.util.Optional;

/**
 * What a billing run needs to know about one Autotask company: its name for the report and the
 * currency its contracts are billed in.
 *
 * @param id         the company id
 * @param name       its display name ({@code companyName}), may be empty
 * @param currencyId its currency ({@code Companies.currencyID}); empty when Autotask gives none
 */
public record CompanyFacts(long id, String name, Optional<Long> currencyId) {

    public CompanyFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currencyId, "currencyId");
    }
}
