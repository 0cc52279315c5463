package net.mspbridge.host.sandbox.autotask;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An Autotask company as the sandbox keeps it (a subset of {@code CompanyModel}).
 *
 * @param companyType 1 Customer, 3 Prospect, 5 Vendor, 7 Partner, 0 is the MSP's own company (the
 *                    sandbox's picklist; see {@link PicklistValues})
 */
public record AtCompany(long id, String companyName, String companyNumber, int companyType, boolean isActive,
                        String phone, String city, String webAddress, LocalDate createDate) {

    public AtCompany {
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(createDate, "createDate");
    }
}
