package net.mspbridge.integration.mapping;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.host.DeviceInventory;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.Solution;

/**
 * The "Test connection" actions of the Connection panel, run against the proposed values. They
 * check the settings locally first, then ask the probes step by step; see {@link Steps} for how
 * failures are reported.
 */
final class ConnectionTests {

    static final String ZONE = "Zone found";
    static final String CREDENTIALS = "Credentials accepted";
    static final String BUDGET = "API budget";
    static final String REACHED = "Server reached";
    static final String LOGGED_IN = "Logged in";
    static final String VIRTUAL_SERVERS = "Virtual servers";
    static final String SCOPE = "Scope found";
    static final String INVENTORY = "Device inventory";

    private static final int NAMES_SHOWN = 5;

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
                skipAll(steps, REACHED, LOGGED_IN, VIRTUAL_SERVERS, SCOPE);
            }
            return steps.result();
        }
        if (businessHub) {
            businessHub(steps, context.inventory());
            return steps.result();
        }
        String address = ConnectionRules.kscBaseUrl(values.text(SettingsKeys.KSC_ADDRESS)).orElseThrow().toString();
        AtomicReference<KscConnectionProbe> probe = new AtomicReference<>();
        AtomicReference<List<KasperskyCustomer>> servers = new AtomicReference<>(List.of());
        steps.run(REACHED, () -> {
            probe.set(ports.kscProbe(context));
            probe.get().reachServer();
            return "Reached the Administration Server at " + address + ".";
        });
        steps.run(LOGGED_IN, () -> {
            probe.get().logIn();
            return "Logged in as " + values.text(SettingsKeys.KSC_USERNAME).trim() + ".";
        });
        steps.run(VIRTUAL_SERVERS, () -> {
            servers.set(List.copyOf(probe.get().virtualServers()));
            return servers.get().isEmpty()
                    ? "The server has no virtual servers, so the Companies panel will have no rows."
                    : "Found " + servers.get().size() + " virtual server(s): " + names(servers.get()) + ".";
        });
        String scope = values.text(SettingsKeys.KSC_VIRTUAL_SERVER).trim();
        if (scope.isEmpty()) {
            steps.skip(SCOPE, "No virtual server scope is set: every virtual server is a customer.");
        } else {
            steps.run(SCOPE, () -> scope(scope, servers.get()));
        }
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
        int share = BillingOptions.parseShare(values.text(SettingsKeys.API_BUDGET_SHARE))
                .orElse(BillingOptions.DEFAULT_SHARE);
        String detail = budget.requestsUsed() + " of " + budget.requestLimit() + " requests of the last "
                + budget.timeframeMinutes() + " minutes are in use (" + budget.percentUsed() + "%); billing runs stop at "
                + share + "%.";
        return budget.percentUsed() >= share
                ? detail + " A billing run started now would be deferred until usage drops."
                : detail;
    }

    private static String scope(String scope, List<KasperskyCustomer> servers) {
        Optional<KasperskyCustomer> match = servers.stream()
                .filter(s -> s.name().equalsIgnoreCase(scope) || s.id().equals(scope))
                .findFirst();
        if (match.isPresent()) {
            return "Virtual server \"" + match.get().name() + "\" found: only it is billed.";
        }
        throw new ConfigurationException("No virtual server is named \"" + scope + "\""
                + (servers.isEmpty() ? "" : "; the server has " + names(servers))
                + ". Correct the virtual server scope, or leave it empty to bill every virtual server.");
    }

    private static String names(List<KasperskyCustomer> servers) {
        List<String> names = servers.stream().limit(NAMES_SHOWN).map(s -> "\"" + s.name() + "\"").toList();
        String more = servers.size() > NAMES_SHOWN ? " and " + (servers.size() - NAMES_SHOWN) + " more" : "";
        return String.join(", ", names) + more;
    }

    private static void skipAll(Steps steps, String... names) {
        for (String name : names) {
            steps.skip(name, "Not tried, because the settings are incomplete.");
        }
    }
}
