package net.mspbridge.api.billing;

/**
 * The host's side of a running billing run: where progress goes, and where cancellation is asked
 * for. Implementations are thread-safe and return quickly.
 */
public interface RunMonitor {

    /**
     * Reports progress. {@code total} may grow as the plugin learns how much there is to do.
     *
     * @param done  units of work finished
     * @param total units of work known so far, at least {@code done}
     * @param step  what the plugin is doing now, for a person ("Reading units in force")
     */
    void progress(int done, int total, String step);

    /**
     * Whether the host has asked the run to stop. The plugin checks it between remote calls; once
     * it is true the plugin starts no new write and returns the report of what was done, with
     * status {@link RunStatus#CANCELLED}.
     */
    boolean isCancelled();

    /** A monitor that ignores progress and never cancels. */
    static RunMonitor none() {
        return new RunMonitor() {
            @Override
            public void progress(int done, int total, String step) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
