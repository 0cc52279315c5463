package net.mspbridge.integration.mapping;

import java.util.List;

import net.mspbridge.integration.kaspersky.KasperskyCustomer;

/**
 * Port: the steps of "Test Kaspersky connection" for Kaspersky Security Center. The panel calls the
 * methods once each, in the order declared, on one thread, and stops at the first that throws; an
 * instance keeps its session between the steps and releases it after {@link #virtualServers()} or
 * a failure. The panel turns each answer into a step of the action's result (including "scope
 * found", which it checks against the list), so implementations only report facts.
 *
 * <p>Errors: each method throws {@link net.mspbridge.api.ServiceUnavailableException} (service
 * "Kaspersky Security Center") when its step fails, with a message that says what happened and
 * what to check (address, port, certificate pin, user, password), never a secret. Any other
 * exception is treated as a defect and shown as an unexpected error.
 */
public interface KscConnectionProbe {

    /** Opens a TLS connection to the Administration Server, trusting the pinned certificate if any. */
    void reachServer();

    /** Logs in with the configured user and password. */
    void logIn();

    /**
     * Lists every virtual server of the Administration Server, whatever scope is configured.
     *
     * @return id ({@code KLVSRV_ID}) and display name ({@code KLVSRV_DN}) of each
     */
    List<KasperskyCustomer> virtualServers();
}
