package net.mspbridge.host.demo;

import java.util.Map;
import java.util.Objects;

import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.seed.CustomerLink;
import net.mspbridge.host.sandbox.seed.DemoData;
import net.mspbridge.host.sandbox.seed.DemoMapping;
import net.mspbridge.host.sandbox.seed.ServiceLink;

/**
 * The settings that point the Kaspersky-Autotask plugin at the running sandboxes, with the demo
 * mapping filled in, so a new user sees a working configuration and can run billing at once.
 *
 * <p>This is data for one plugin, written with that plugin's settings keys as plain strings: the host
 * never compiles against a plugin. {@link DemoSetup} stores it directly (nobody is there to read a
 * warning at the first start), so a key that drifts from the plugin's would be stored silently; the
 * end-to-end tests catch that: {@code KasperskyAutotaskEndToEndTest} bills these settings through the
 * packaged plugin, and {@code KasperskyAutotaskBrowserTest} saves the demo Services mapping through
 * the page and the plugin's validation and expects "Saved." with no warning.
 *
 * @param pluginId the plugin these settings are for
 * @param values   the settings values
 * @param secrets  the secrets by secret field key
 */
public record DemoPluginSettings(String pluginId, SettingsValues values, Map<String, String> secrets) {

    /** The plugin id of the Kaspersky-Autotask plugin. */
    public static final String PLUGIN_ID = "kaspersky-autotask";

    // The plugin's settings keys (its SettingsKeys), as the host sees them: strings.
    static final String AUTOTASK_USERNAME = "autotask.username";
    static final String AUTOTASK_SECRET = "autotask.secret";
    static final String AUTOTASK_INTEGRATION_CODE = "autotask.integrationCode";
    static final String AUTOTASK_BASE_URL = "autotask.baseUrl";
    static final String KASPERSKY_SOLUTION = "kaspersky.solution";
    static final String KSC_ADDRESS = "ksc.address";
    static final String KSC_USERNAME = "ksc.username";
    static final String KSC_PASSWORD = "ksc.password";
    static final String KSC_CERTIFICATE_PIN = "ksc.certificatePin";
    static final String COMPANIES = "companies.mapping";
    static final String BUSINESS_HUB_COMPANIES = "companies.businessHub.mapping";
    static final String BILL_BY_CATEGORY = "services.byCategory";
    static final String SERVICES = "services.mapping";
    static final String SINGLE_SERVICE_COLUMN = "service";
    static final String HOLD_DROPS = "billing.holdDrops";
    static final String KSC_PARALLEL_VIRTUAL_SERVERS = "ksc.parallelVirtualServers";

    public DemoPluginSettings {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(values, "values");
        secrets = Map.copyOf(secrets);
    }

    /** The settings for the sandboxes as they run now (their ports, credentials and certificate). */
    public static DemoPluginSettings of(Sandboxes sandboxes) {
        SettingsValues values = connection(sandboxes)
                .withTable(COMPANIES, companies(sandboxes.mapping()))
                .withTable(BUSINESS_HUB_COMPANIES, businessHubCompanies())
                .with(BILL_BY_CATEGORY, Boolean.toString(sandboxes.mapping().billByCategory()))
                .withTable(SERVICES, services(sandboxes.mapping()));
        return new DemoPluginSettings(PLUGIN_ID, values, Map.of(
                AUTOTASK_SECRET, sandboxes.autotask().credentials().secret().reveal(),
                KSC_PASSWORD, sandboxes.ksc().credentials().password().reveal()));
    }

    /**
     * These settings with the Billing options' hold of sudden drops off, so every decrease is made
     * at once: for the benchmark, which measures making every change the sandbox expects (holding
     * is proven by the reliability suite, not timed).
     */
    public DemoPluginSettings holdingNoDrops() {
        return new DemoPluginSettings(pluginId, values.with(HOLD_DROPS, "false"), secrets);
    }

    /** These settings with the plugin reading {@code count} virtual servers at once: for the benchmark. */
    public DemoPluginSettings readingVirtualServersAtOnce(int count) {
        return new DemoPluginSettings(pluginId, values.with(KSC_PARALLEL_VIRTUAL_SERVERS, Integer.toString(count)), secrets);
    }

    /** Only the connection settings, for re-pointing stored settings at sandboxes on new ports. */
    public static SettingsValues connection(Sandboxes sandboxes) {
        return SettingsValues.empty()
                .with(AUTOTASK_USERNAME, sandboxes.autotask().credentials().userName())
                .with(AUTOTASK_INTEGRATION_CODE, sandboxes.autotask().credentials().integrationCode())
                .with(AUTOTASK_BASE_URL, sandboxes.autotask().baseUrl().toString())
                .with(KASPERSKY_SOLUTION, "ksc")
                .with(KSC_ADDRESS, sandboxes.ksc().address())
                .with(KSC_USERNAME, sandboxes.ksc().credentials().userName())
                .with(KSC_CERTIFICATE_PIN, sandboxes.ksc().certificateFingerprintSha256());
    }

    /**
     * Every customer that has a company, billed when its contract can be billed; a customer whose
     * contract cannot be billed keeps its company with billing off, as an MSP would leave it.
     */
    private static TableValue companies(DemoMapping mapping) {
        TableValue table = TableValue.empty();
        for (CustomerLink link : mapping.customers()) {
            if (link.companyId() == null) {
                continue;
            }
            String row = link.kscCustomerId();
            table = table.with(row, "company", link.companyId().toString())
                    .with(row, "billing", Boolean.toString(link.billable()));
            if (link.billable() && link.contractId() != null) {
                table = table.with(row, "contract", link.contractId().toString());
            }
        }
        return table;
    }

    /**
     * The Business Hub customers of the host's demo inventory ({@code DemoInventory}), for when a person
     * switches the Connection panel to Kaspersky Business Hub: Northwind Traders bills its per-user
     * seats to its contract; Tailspin Toys has no Recurring Service contract, so its billing stays off.
     */
    private static TableValue businessHubCompanies() {
        return TableValue.empty()
                .with("cust-northwind", "company", Long.toString(DemoData.NORTHWIND))
                .with("cust-northwind", "billing", "true")
                .with("cust-northwind", "contract", Long.toString(DemoData.NORTHWIND_CONTRACT))
                .with("cust-tailspin", "company", Long.toString(DemoData.TAILSPIN))
                .with("cust-tailspin", "billing", "false");
    }

    /** The per-category services of the demo mapping, and a single service for when the toggle is off. */
    private static TableValue services(DemoMapping mapping) {
        TableValue table = TableValue.empty();
        for (ServiceLink link : mapping.services()) {
            String column = link.category() == null ? SINGLE_SERVICE_COLUMN : link.category();
            table = table.with(link.applicationId(), column, Long.toString(link.serviceId()));
            if (link.category() != null && table.cell(link.applicationId(), SINGLE_SERVICE_COLUMN).isEmpty()) {
                table = table.with(link.applicationId(), SINGLE_SERVICE_COLUMN, Long.toString(link.serviceId()));
            }
        }
        return table;
    }
}
