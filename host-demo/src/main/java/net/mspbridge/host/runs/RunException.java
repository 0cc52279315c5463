package net.mspbridge.host.runs;

/** Root of the refusals of the runs feature; the message is for the person who asked. */
public class RunException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunException(String message) {
        super(message);
    }
}
