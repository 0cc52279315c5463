package net.mspbridge.integration.mapping;

import net.mspbridge.api.settings.ActionResult;

/**
 * Port: "Test Kaspersky connection" for Kaspersky Security Center, run by the Kaspersky side,
 * which owns the session and knows its steps (server reached, logged in, N virtual servers,
 * virtual server scope found). The panel checks the settings locally before calling it, and
 * scrubs the call's secrets from every step it returns.
 *
 * <p>Errors: a remote failure is a FAILED step, not an exception. An exception (a
 * {@link net.mspbridge.api.PluginException} with a message for the person, or anything else, taken
 * as a defect) is shown as one failed step; it must never carry a secret.
 */
public interface KscConnectionCheck {

    /**
     * Runs the steps once, on the calling thread, releasing whatever it opened before returning.
     *
     * @return the steps in the order taken, at least one
     */
    ActionResult run();
}
