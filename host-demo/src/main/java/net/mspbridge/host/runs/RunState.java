package net.mspbridge.host.runs;

import net.mspbridge.api.billing.RunStatus;

/**
 * Where a run is, as the host records it: running, one of plugin-api's {@link RunStatus} endings,
 * or an ending the host decides (refused, interrupted).
 */
public enum RunState {
    /** Under way. */
    RUNNING,
    COMPLETED,
    COMPLETED_WITH_PROBLEMS,
    CANCELLED,
    DEFERRED,
    /** The plugin failed, answered nonsense, or did not finish in time. */
    FAILED,
    /** Not started: another run of the plugin was under way. */
    REFUSED,
    /** The process running it stopped before it finished (killed, power loss). The next run finishes its work. */
    INTERRUPTED;

    public boolean isFinished() {
        return this != RUNNING;
    }

    static RunState of(RunStatus status) {
        return switch (status) {
            case COMPLETED -> COMPLETED;
            case COMPLETED_WITH_PROBLEMS -> COMPLETED_WITH_PROBLEMS;
            case CANCELLED -> CANCELLED;
            case DEFERRED -> DEFERRED;
            case FAILED -> FAILED;
        };
    }
}
