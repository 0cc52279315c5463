package net.mspbridge.host.runs;

/** A run request that cannot be carried out as asked: unknown plugin, no billing hook, a date out of range. */
public class InvalidRunRequestException extends RunException {

    private static final long serialVersionUID = 1L;

    public InvalidRunRequestException(String message) {
        super(message);
    }
}
