package net.mspbridge.host.runs;

import net.mspbridge.api.billing.BillingPeriod;

/**
 * How the host says the period of an amount, in one place for the terminal and the CSV's readers
 * (the page words it the same way in {@code report.js}): "per month", "per year", and "period not
 * known" for a line whose report did not say (stored before plugin-api 1.4), never "per month".
 */
public final class PeriodWords {

    private PeriodWords() {
    }

    /** "per month", "per quarter", "per half-year", "per year" or "(period not known)". */
    public static String per(BillingPeriod period) {
        return switch (period) {
            case MONTHLY -> "per month";
            case QUARTERLY -> "per quarter";
            case SEMI_ANNUAL -> "per half-year";
            case YEARLY -> "per year";
            case UNKNOWN -> "(period not known)";
        };
    }
}
