package net.mspbridge.host.runs;

/** No run has the id asked for. */
public class RunNotFoundException extends RunException {

    private static final long serialVersionUID = 1L;

    public RunNotFoundException(String runId) {
        super("there is no billing run '" + runId + "'");
    }
}
