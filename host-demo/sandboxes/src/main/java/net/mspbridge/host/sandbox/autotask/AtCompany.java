package net.mspbridge.host.sandbox.autotask;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An Autotask company as the sandbox keeps it (a subset of {@code CompanyModel}).
 *
 * @param companyType 1 Customer, 3 Prospect, 5 Vendor, 7 Partner, 0 is the MSP's own company (the
 *                    sandbox's picklist; see {@link PicklistValues})
 * @param currencyID  the {@link AtCurrency} its contracts are billed in; null for a company without one
 */
public record AtCompany(long id, String companyName, String companyNumber, int companyType, boolean isActive,
                        String phone, String city, String webAddress, LocalDate createDate, Long currencyID) {

    public AtCompany {
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(createDate, "createDate");
    }

    /** A company billed in the sandbox's internal currency, US dollars. */
    public AtCompany(long id, String companyName, String companyNumber, int companyType, boolean isActive,
                     String phone, String city, String webAddress, LocalDate createDate) {
        this(id, companyName, companyNumber, companyType, isActive, phone, city, webAddress, createDate, AtCurrency.USD);
    }

    /** This company billed in another currency (null: none). */
    public AtCompany inCurrency(Long currency) {
        return new AtCompany(id, companyName, companyNumber, companyType, isActive, phone, city, webAddress, createDate,
                currency);
    }
}
