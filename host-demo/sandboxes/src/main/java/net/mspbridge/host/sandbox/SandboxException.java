package net.mspbridge.host.sandbox;

/**
 * The sandboxes could not start or could not read or write their state. The message names the file
 * or port and what to do about it. Unchecked: a caller can only report it.
 */
public class SandboxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }

    public SandboxException(String message) {
        super(message);
    }
}
