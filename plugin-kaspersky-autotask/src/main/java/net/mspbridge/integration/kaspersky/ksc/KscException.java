package net.mspbridge.integration.kaspersky.ksc;

import net.mspbridge.api.ServiceUnavailableException;

/**
 * Root of the failures of the Kaspersky Security Center Open API: the server could not be reached,
 * its certificate was not trusted, it refused the credentials, or a call failed. Each subclass
 * carries the data of its case; every message says what to check and never contains a secret.
 */
public class KscException extends ServiceUnavailableException {

    private static final long serialVersionUID = 1L;

    /** The display name of the service, as {@link #service()} gives it. */
    public static final String SERVICE = "Kaspersky Security Center";

    KscException(String message, Throwable cause) {
        super(SERVICE, message, cause);
    }
}
