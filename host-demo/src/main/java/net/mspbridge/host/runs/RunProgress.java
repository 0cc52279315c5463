package net.mspbridge.host.runs;

/**
 * How far a running run is, as its plugin last reported.
 *
 * @param done  units of work finished
 * @param total units known so far (at least {@code done})
 * @param step  what the plugin is doing now
 */
public record RunProgress(int done, int total, String step) {

    public static final RunProgress NONE = new RunProgress(0, 0, "");

    /** Done as a share of total, 0 to 1; 0 while the total is unknown. */
    public double fraction() {
        return total == 0 ? 0 : Math.min(1.0, (double) done / total);
    }
}
