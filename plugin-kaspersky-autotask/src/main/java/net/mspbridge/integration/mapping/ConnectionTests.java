package net.mspbridge.integration.mapping;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.host.DeviceInventory;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.redaction.Redactor;
import net.mspbridge.integration.settings.BillingOptions;
import net.mspbridge.integration.settings.ConnectionRules;
import net.mspbridge.integration.settings.SettingsKeys;
import net.mspbridge.integration.settings.WholeNumbers;

/**
 * The "Test connection" actions of the Connection panel, run against the proposed values. They
 * check the settings locally first, then ask the ports: the Autotask probe step by step, the
 * Security Center check as a whole (the Kaspersky side knows its steps). Business Hub has no API,
 * so its test only says whether this host has the device inventory its usage comes from. See
 * {@link Steps} for how failures are reported.
 */
final class ConnectionTests {

    static final String ZONE = "Zone found";
    static final String CREDENTIALS = "Credentials accepted";
    static final String BUDGET = "API budget";
    /** The step shown when the Security Center check cannot even start. */
    static final String SECURITY_CENTER = "Kaspersky Security Center";
    static final String INVENTORY = "Device inventory";

    private ConnectionTests() {
    }

    static ActionResult testAutotask(HostContext context, SettingsPorts ports) {
        SettingsValues values = context.settings();
        Steps steps = new Steps(Redactor.of(context.secrets()));
        if (steps.settingsFailed(ConnectionRules.autotask(values, context.secrets()))) {
            skipAll(steps, ZONE, CREDENTIALS, BUDGET);
            return steps.result();
        }
        AtomicReference<AutotaskConnectionProbe> probe = new AtomicReference<>();
        steps.run(ZONE, () -> {
            probe.set(ports.autotaskProbe(context));
            AutotaskConnectionProbe.Zone zone = probe.get().findZone();
            return zone.name().isBlank()
                    ? "Using the base URL override " + zone.apiUrl() + "; zone discovery skipped."
                    : "Zone \"" + zone.name() + "\" found for " + values.text(SettingsKeys.AUTOTASK_USERNAME).trim()
                            + ": the API is at " + zone.apiUrl() + ".";
        });
        steps.run(CREDENTIALS, () -> {
            probe.get().checkCredentials();
            return "Autotask accepted the API user, secret and integration code.";
        });
        steps.run(BUDGET, () -> budget(probe.get().apiBudget(), values));
        return steps.result();
    }

    static ActionResult testKaspersky(HostContext context, SettingsPorts ports) {
        SettingsValues values = context.settings();
        Steps steps = new Steps(Redactor.of(context.secrets()));
        boolean hasInventory = context.inventory().isPresent();
        boolean businessHub = ConnectionRules.solution(values) == Solution.BUSINESS_HUB;
        if (steps.settingsFailed(ConnectionRules.kaspersky(values, context.secrets(), hasInventory))) {
            if (businessHub) {
                skipAll(steps, INVENTORY);
            } else {
                skipAll(steps, SECURITY_CENTER);
            }
            return steps.result();
        }
        if (businessHub) {
            businessHub(steps, context.inventory());
            return steps.result();
        }
        steps.runAll(SECURITY_CENTER, () -> ports.kscConnectionCheck(context).run());
        return steps.result();
    }

    private static void businessHub(Steps steps, Optional<DeviceInventory> inventory) {
        if (inventory.isEmpty()) {
            steps.fail(INVENTORY, "Kaspersky Business Hub has no public API, so its usage comes from the host's device "
                    + "inventory, and this host has none. Use a host with a device inventory, or Kaspersky Security "
                    + "Center.");
            return;
        }
        steps.run(INVENTORY, () -> "Kaspersky Business Hub has no public API, so its usage comes from this host's "
                + "device inventory, which lists " + inventory.get().customers().size() + " customer(s).");
    }

    private static String budget(AutotaskConnectionProbe.ApiBudget budget, SettingsValues values) {
        int share = BillingOptions.parseShare(WholeNumbers.saved(values, SettingsKeys.API_BUDGET_SHARE))
                .orElse(BillingOptions.DEFAULT_SHARE);
        String detail = budget.requestsUsed() + " of " + budget.requestLimit() + " requests of the last "
                + budget.timeframeMinutes() + " minutes are in use (" + budget.percentUsed() + "%); billing runs stop at "
                + share + "%.";
        return budget.percentUsed() >= share
                ? detail + " A billing run started now would be deferred until usage drops."
                : detail;
    }

    private static void skipAll(Steps steps, String... names) {
        for (String name : names) {
            steps.skip(name, "Not tried, because the settings are incomplete.");
        }
    }
}
