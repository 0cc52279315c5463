package net.mspbridge.integration.kaspersky.ksc;

/** The Administration Server did not answer: no connection, a name that does not resolve, a time-out. */
public final class KscUnreachableException extends KscException {

    private static final long serialVersionUID = 1L;

    private final String address;

    KscUnreachableException(String address, String message, Throwable cause) {
        super(message, cause);
        this.address = address;
    }

    /** The base URL that could not be reached, for example {@code https://ksc.example.com:13299/}. */
    public String address() {
        return address;
    }
}
