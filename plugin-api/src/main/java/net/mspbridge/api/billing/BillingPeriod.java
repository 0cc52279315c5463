package net.mspbridge.api.billing;

/**
 * The period a report line's unit price is charged for: a line's amount change is an amount per this
 * period. Amounts of different periods are never added together or converted into one another (a
 * yearly price is not twelve monthly ones: the billing system invoices it once a year), so a host keeps
 * its totals apart per period, as it keeps them apart per currency.
 *
 * <p>For Autotask this is the service's {@code periodType} picklist (Monthly, Quarterly, Semi-Annual,
 * Yearly: https://autotask.net/help/developerhelp/content/apis/REST/Entities/ServicesEntity.htm);
 * the plugin resolves the tenant's label, never a hard-coded number.
 *
 * @since 1.4
 */
public enum BillingPeriod {
    /** Charged every month. */
    MONTHLY,
    /** Charged every three months. */
    QUARTERLY,
    /** Charged every six months. */
    SEMI_ANNUAL,
    /** Charged once a year. */
    YEARLY,
    /**
     * The billing system did not say, or said something the plugin does not know; also every line made
     * with a constructor older than 1.4 and every stored report from before 1.4. An amount of an unknown
     * period must be totalled apart, never taken for a monthly one.
     */
    UNKNOWN
}
