package net.mspbridge.api;

/**
 * Root of the exceptions a plugin throws for a condition a person must act on. The message is
 * written for that person: it says what is wrong and what to fix, and never contains a secret, so
 * a host may show it on a page, in a report or in a log as it is.
 */
public class PluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
