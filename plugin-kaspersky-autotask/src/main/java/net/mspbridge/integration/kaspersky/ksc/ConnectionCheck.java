package net.mspbridge.integration.kaspersky.ksc;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import net.mspbridge.api.PluginException;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.ActionStep;

/**
 * "Test connection" for Security Center, step by step: server reached, logged in, virtual servers
 * read, the configured virtual server found (and a session bound to it accepted). A step that
 * cannot run because an earlier one failed is skipped with the reason. Remote failures become
 * failed steps; nothing is thrown for them.
 */
final class ConnectionCheck {

    static final String REACHED = "Server reached";
    static final String LOGGED_IN = "Logged in";
    static final String VIRTUAL_SERVERS = "Virtual servers";
    static final String SCOPE = "Virtual server scope";

    private final KscConnector connector;
    private final List<ActionStep> steps = new ArrayList<>();

    private ConnectionCheck(KscConnector connector) {
        this.connector = connector;
    }

    static ActionResult run(KscConnector connector) {
        return new ConnectionCheck(connector).run();
    }

    private ActionResult run() {
        KscSettings settings = connector.settings();
        List<VirtualServer> servers;
        try (KscSession main = connector.mainSession()) {
            try {
                main.login();
            } catch (KscUnreachableException | KscCertificateException e) {
                steps.add(ActionStep.failed(REACHED, e.getMessage()));
                return skipRest(LOGGED_IN, "the server was not reached");
            } catch (KscLoginRefusedException | KscCallException e) {
                steps.add(ActionStep.successful(REACHED, answered(settings)));
                steps.add(ActionStep.failed(LOGGED_IN, e.getMessage()));
                return skipRest(VIRTUAL_SERVERS, "not logged in");
            }
            steps.add(ActionStep.successful(REACHED, answered(settings)));
            steps.add(ActionStep.successful(LOGGED_IN, "Logged in as '" + settings.username() + "'."));
            try {
                servers = VirtualServer.list(main);
            } catch (PluginException e) {
                steps.add(ActionStep.failed(VIRTUAL_SERVERS, e.getMessage()));
                return skipRest(SCOPE, "the virtual servers could not be read");
            }
        }
        steps.add(ActionStep.successful(VIRTUAL_SERVERS, describe(servers)));
        if (settings.virtualServer().isEmpty()) {
            steps.add(ActionStep.skipped(SCOPE, "No single virtual server is set: every virtual server is a customer."));
            return new ActionResult(steps);
        }
        try {
            VirtualServer server = KscUsageSource.find(servers, settings.virtualServer().get(), settings);
            try (KscSession bound = connector.virtualServerSession(server.name())) {
                bound.login();
            }
            steps.add(ActionStep.successful(SCOPE, "Found '" + server.name() + "' (id " + server.id()
                    + ") and logged in to it."));
        } catch (PluginException e) {
            steps.add(ActionStep.failed(SCOPE, e.getMessage()));
        }
        return new ActionResult(steps);
    }

    private ActionResult skipRest(String from, String why) {
        List<String> order = List.of(REACHED, LOGGED_IN, VIRTUAL_SERVERS, SCOPE);
        for (String step : order.subList(order.indexOf(from), order.size())) {
            steps.add(ActionStep.skipped(step, "Not tried: " + why + "."));
        }
        return new ActionResult(steps);
    }

    private static String answered(KscSettings settings) {
        return settings.displayAddress() + " answered over TLS"
                + (settings.pin().isPresent() ? " with the pinned certificate." : " with a trusted certificate.");
    }

    private static String describe(List<VirtualServer> servers) {
        if (servers.isEmpty()) {
            return "The server has no virtual servers, so there are no customers to bill.";
        }
        String names = servers.stream().limit(10).map(VirtualServer::name).collect(Collectors.joining(", "));
        return servers.size() + " virtual server(s): " + names + (servers.size() > 10 ? ", ..." : "") + ".";
    }
}
