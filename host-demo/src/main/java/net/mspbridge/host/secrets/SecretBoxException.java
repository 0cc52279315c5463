package net.mspbridge.host.secrets;

/**
 * Secrets could not be sealed or opened: the key file is missing, unreadable, readable by others,
 * or a stored value does not open with it. The message says what to fix; it never contains a
 * secret.
 */
public class SecretBoxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretBoxException(String message, Throwable cause) {
        super(message, cause);
    }

    public SecretBoxException(String message) {
        super(message);
    }
}
