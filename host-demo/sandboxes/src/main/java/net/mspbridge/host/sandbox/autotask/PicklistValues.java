package net.mspbridge.host.sandbox.autotask;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The picklist values the sandbox serves from {@code entityInformation/fields}. Only
 * {@code contractType} 7 = Recurring Service and {@code status} 1 Active / 0 Inactive are confirmed
 * from Autotask's documentation; {@code Services.periodType} is 2 Monthly, 3 Quarterly, 4 Semi-Annual,
 * 5 Yearly as a live tenant gives it (the field is a picklist:
 * https://autotask.net/help/developerhelp/content/apis/REST/Entities/ServicesEntity.htm; the numbers and
 * labels as recorded from a live tenant in https://github.com/WYRE-AI/autotask-mcp/pull/284). The other
 * numbers, {@code Contracts.contractPeriodType}'s among them, are the sandbox's own (a real tenant has its
 * own), which is why clients must read picklists rather than hard-code them.
 */
public final class PicklistValues {

    public static final int CONTRACT_TYPE_TIME_AND_MATERIALS = 1;
    public static final int CONTRACT_TYPE_FIXED_PRICE = 3;
    public static final int CONTRACT_TYPE_BLOCK_HOURS = 4;
    public static final int CONTRACT_TYPE_RETAINER = 6;
    public static final int CONTRACT_TYPE_RECURRING_SERVICE = 7;
    public static final int CONTRACT_TYPE_PER_TICKET = 8;

    public static final int STATUS_INACTIVE = 0;
    public static final int STATUS_ACTIVE = 1;

    /** {@code Services.periodType}: Autotask's own numbers. */
    public static final int PERIOD_MONTHLY = 2;
    public static final int PERIOD_QUARTERLY = 3;
    public static final int PERIOD_SEMI_ANNUAL = 4;
    public static final int PERIOD_YEARLY = 5;

    /** {@code Contracts.contractPeriodType}: the sandbox's own numbers (Autotask's are not published). */
    public static final int CONTRACT_PERIOD_MONTHLY = 1;

    public static final int COMPANY_TYPE_OWN = 0;
    public static final int COMPANY_TYPE_CUSTOMER = 1;
    public static final int COMPANY_TYPE_PROSPECT = 3;
    public static final int COMPANY_TYPE_VENDOR = 5;

    static final Map<Integer, String> CONTRACT_TYPES = ordered(
            CONTRACT_TYPE_TIME_AND_MATERIALS, "Time and Materials",
            CONTRACT_TYPE_FIXED_PRICE, "Fixed Price",
            CONTRACT_TYPE_BLOCK_HOURS, "Block Hours",
            CONTRACT_TYPE_RETAINER, "Retainer",
            CONTRACT_TYPE_RECURRING_SERVICE, "Recurring Service",
            CONTRACT_TYPE_PER_TICKET, "Per Ticket");

    static final Map<Integer, String> STATUSES = ordered(STATUS_ACTIVE, "Active", STATUS_INACTIVE, "Inactive");

    static final Map<Integer, String> PERIOD_TYPES = ordered(
            PERIOD_MONTHLY, "Monthly",
            PERIOD_QUARTERLY, "Quarterly",
            PERIOD_SEMI_ANNUAL, "Semi-Annual",
            PERIOD_YEARLY, "Yearly");

    static final Map<Integer, String> CONTRACT_PERIOD_TYPES = ordered(
            CONTRACT_PERIOD_MONTHLY, "Monthly",
            2, "Quarterly",
            3, "Semi-Annual",
            4, "Yearly");

    static final Map<Integer, String> COMPANY_TYPES = ordered(
            COMPANY_TYPE_OWN, "Your Company",
            COMPANY_TYPE_CUSTOMER, "Customer",
            COMPANY_TYPE_PROSPECT, "Prospect",
            COMPANY_TYPE_VENDOR, "Vendor");

    private PicklistValues() {
    }

    /** The label of a {@code Contracts.contractType} value, for people. */
    public static String contractTypeLabel(int contractType) {
        return CONTRACT_TYPES.getOrDefault(contractType, "type " + contractType);
    }

    private static Map<Integer, String> ordered(Object... pairs) {
        Map<Integer, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Integer) pairs[i], (String) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
