package net.mspbridge.api;

/**
 * A remote service the plugin depends on could not be used: unreachable, refusing the
 * credentials, or failing. {@link #service()} names it for display ("Autotask", "Kaspersky Security
 * Center"); the message says what happened and what to check.
 */
public class ServiceUnavailableException extends PluginException {

    private static final long serialVersionUID = 1L;

    private final String service;

    public ServiceUnavailableException(String service, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
    }

    public ServiceUnavailableException(String service, String message) {
        this(service, message, null);
    }

    /** The display name of the service that could not be used. */
    public String service() {
        return service;
    }
}
