package net.mspbridge.host.db;

/**
 * The host's own storage failed: the database could not be opened, read or written. The message
 * says what the host was doing and what to check; it never contains stored values.
 */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    public DatabaseException(String message) {
        super(message);
    }
}
