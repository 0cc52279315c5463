package net.mspbridge.integration.billing;

import java.util.Locale;
import java.util.Map;

import net.mspbridge.api.billing.BillingPeriod;

/**
 * The period of an Autotask service from the label of its {@code periodType} picklist value. Autotask
 * defines four: Monthly, Quarterly, Semi-Annual and Yearly
 * (https://autotask.net/help/developerhelp/content/apis/REST/Entities/ServicesEntity.htm lists
 * {@code periodType} as a picklist; the labels and their numbers 2 to 5 are those a live tenant gives, as
 * recorded in https://github.com/WYRE-AI/autotask-mcp/pull/284). The numbers are read, never assumed:
 * the label decides. A label this class does not know is {@link BillingPeriod#UNKNOWN}, never taken for
 * monthly.
 */
public final class PeriodLabels {

    private static final Map<String, BillingPeriod> BY_LETTERS = Map.of(
            "monthly", BillingPeriod.MONTHLY,
            "quarterly", BillingPeriod.QUARTERLY,
            "semiannual", BillingPeriod.SEMI_ANNUAL,
            "semiannually", BillingPeriod.SEMI_ANNUAL,
            "halfyearly", BillingPeriod.SEMI_ANNUAL,
            "yearly", BillingPeriod.YEARLY,
            "annual", BillingPeriod.YEARLY,
            "annually", BillingPeriod.YEARLY);

    private PeriodLabels() {
    }

    /**
     * The period a label names, by its letters only and in any case ("Semi-Annual", "semi annual");
     * {@link BillingPeriod#UNKNOWN} for a null, empty or unknown label.
     */
    public static BillingPeriod of(String label) {
        if (label == null) {
            return BillingPeriod.UNKNOWN;
        }
        String letters = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return BY_LETTERS.getOrDefault(letters, BillingPeriod.UNKNOWN);
    }
}
