package net.mspbridge.api.billing;

/** How a billing run ended as a whole. */
public enum RunStatus {
    /** Every line was handled and no problem needs a person. */
    COMPLETED,
    /** Every line was handled, but some failed or some problems need a person. */
    COMPLETED_WITH_PROBLEMS,
    /** The host asked the run to stop; lines not reached are {@code DEFERRED}. */
    CANCELLED,
    /** The run stopped early to spare a shared limit (such as an hourly API budget); lines not reached are {@code DEFERRED}. */
    DEFERRED,
    /** The run could not go on (for example its record could not be written); lines not reached are {@code DEFERRED}. */
    FAILED
}
