package net.mspbridge.host.runs;

/** No run has the id asked for. */
public class RunNotFoundException extends RunException {

    private static final long serialVersionUID = 1L;

    public RunNotFoundException(String runId) {
        super("there is no billing run '" + runId + "'");
    }

    private RunNotFoundException(long continuationId) {
        super("there is no continuation " + continuationId);
    }

    /** No continuation has this id. */
    public static RunNotFoundException continuation(long id) {
        return new RunNotFoundException(id);
    }
}
