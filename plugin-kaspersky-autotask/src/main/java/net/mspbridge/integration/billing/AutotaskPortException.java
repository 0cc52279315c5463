package net.mspbridge.integration.billing;

import net.mspbridge.api.PluginException;

/**
 * Root of what an {@link AutotaskPort} throws. Each subclass says what happened to the call (see
 * the port's javadoc); the message is written for a person, quotes Autotask's own message where
 * there is one, and never contains a secret, so the run may put it in a report as it is.
 */
public abstract class AutotaskPortException extends PluginException {

    private static final long serialVersionUID = 1L;

    protected AutotaskPortException(String message, Throwable cause) {
        super(message, cause);
    }
}
