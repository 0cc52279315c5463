package net.mspbridge.integration.settings;

import net.mspbridge.integration.kaspersky.ksc.KscSettingKeys;

/**
 * Every settings key of the plugin, defined once. The panels use them as field keys, the
 * validation reports against them and the readers read them, so the three cannot drift apart.
 * Secret keys are read from {@link net.mspbridge.api.host.Secrets}, the rest from
 * {@link net.mspbridge.api.settings.SettingsValues}.
 */
public final class SettingsKeys {

    // Connection: Autotask
    public static final String AUTOTASK_USERNAME = "autotask.username";
    /** Secret. */
    public static final String AUTOTASK_SECRET = "autotask.secret";
    public static final String AUTOTASK_INTEGRATION_CODE = "autotask.integrationCode";
    /** Optional: set to skip zone discovery (sandbox, tests). */
    public static final String AUTOTASK_BASE_URL = "autotask.baseUrl";
    /** Optional: the resource id to impersonate. */
    public static final String AUTOTASK_IMPERSONATION_RESOURCE_ID = "autotask.impersonationResourceId";

    // Connection: Kaspersky
    /** {@link net.mspbridge.integration.kaspersky.Solution#id()}. */
    public static final String KASPERSKY_SOLUTION = "kaspersky.solution";
    // The Security Center keys are written where the KSC client's messages name them.
    public static final String KSC_ADDRESS = KscSettingKeys.ADDRESS;
    public static final String KSC_USERNAME = KscSettingKeys.USERNAME;
    /** Secret. */
    public static final String KSC_PASSWORD = KscSettingKeys.PASSWORD;
    /** Optional: a single virtual server to bill. */
    public static final String KSC_VIRTUAL_SERVER = KscSettingKeys.VIRTUAL_SERVER;
    /** Optional: a PEM certificate or SHA-256 fingerprint to trust for a self-signed server. */
    public static final String KSC_CERTIFICATE_PIN = KscSettingKeys.CERTIFICATE_PIN;
    /** Optional: virtual servers read at once. */
    public static final String KSC_PARALLEL_VIRTUAL_SERVERS = KscSettingKeys.PARALLEL_VIRTUAL_SERVERS;

    // Companies
    /**
     * Table of Kaspersky Security Center customers (virtual servers): one row per customer id. Each
     * solution has a table of its own (see {@link #companies}), so switching solutions neither mixes
     * two solutions' customers nor loses either mapping.
     */
    public static final String COMPANIES = "companies.mapping";
    /** Table of Kaspersky Business Hub customers (host inventory companies): one row per customer id. */
    public static final String BUSINESS_HUB_COMPANIES = "companies.businessHub.mapping";
    public static final String COMPANY_COLUMN = "company";
    public static final String BILLING_COLUMN = "billing";
    public static final String CONTRACT_COLUMN = "contract";

    /** The Companies table of a solution. */
    public static String companies(net.mspbridge.integration.kaspersky.Solution solution) {
        return solution == net.mspbridge.integration.kaspersky.Solution.BUSINESS_HUB ? BUSINESS_HUB_COMPANIES : COMPANIES;
    }

    // Services
    /** Toggle "Bill devices by category". */
    public static final String BILL_BY_CATEGORY = "services.byCategory";
    /** Table: one row per security application id. */
    public static final String SERVICES = "services.mapping";
    /** The single-service column; the per-category columns are the {@code DeviceCategory} keys. */
    public static final String SERVICE_COLUMN = "service";

    // Billing options
    /** Toggle: bring units billed earlier, which no mapping targets any more, down to zero. */
    public static final String ZERO_STALE_UNITS = "billing.zeroStaleUnits";
    /** Percentage of the shared hourly Autotask API budget a run may use up to (default 50). */
    public static final String API_BUDGET_SHARE = "billing.apiBudgetShare";
    /** Toggle: hold sudden decreases until a person confirms them; on unless stored off. */
    public static final String HOLD_DROPS = "billing.holdDrops";
    /** Percentage of a (contract, service)'s units it may lose in one run without being held (default 50). */
    public static final String DROP_SHARE = "billing.dropShare";
    /** Units from which a fall to zero is held (default 5). */
    public static final String DROP_ZERO_FROM = "billing.dropZeroFrom";

    // The settings page: panels, their actions and the live sources their fields name. Not stored
    // values, but defined here for the same reason: the definitions, the dispatch and the tests
    // must agree on them.

    /** Panel: Autotask and Kaspersky connection settings, with the two "Test connection" actions. */
    public static final String CONNECTION_PANEL = "connection";
    /** Panel: Kaspersky customers to Autotask companies and contracts. */
    public static final String COMPANIES_PANEL = "companies";
    /** Panel: Kaspersky security applications to Autotask services (the Services tab). */
    public static final String SERVICES_PANEL = "services";
    /** Panel: billing run options. */
    public static final String BILLING_PANEL = "billing";

    /** Action of the Connection panel. */
    public static final String TEST_AUTOTASK_ACTION = "test-autotask";
    /** Action of the Connection panel. */
    public static final String TEST_KASPERSKY_ACTION = "test-kaspersky";

    /** Options: the active Autotask services. */
    public static final String SERVICES_SOURCE = "autotask.services";
    /** Options: the active Autotask companies. */
    public static final String COMPANIES_SOURCE = "autotask.companies";
    /**
     * Options: the contracts of the company given as parameter {@link #COMPANY_COLUMN} that can be
     * billed today (Recurring Service, active, in force).
     */
    public static final String CONTRACTS_SOURCE = "autotask.contracts";
    /** Rows: the Kaspersky customers (virtual servers or Business Hub companies). */
    public static final String CUSTOMERS_SOURCE = "kaspersky.customers";

    private SettingsKeys() {
    }
}
