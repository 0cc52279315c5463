package net.mspbridge.host.runs;

/** Where a continuation of a deferred run stands. */
public enum ContinuationState {
    /** Waiting for its time; it may still be cancelled or superseded. */
    SCHEDULED,
    /** Its run was started (the run's own state says how it went). */
    STARTED,
    /** A person cancelled it: it never runs. */
    CANCELLED,
    /** An apply run of the plugin started before it, or a newer continuation replaced it: it never runs. */
    SUPERSEDED,
    /** Its run could not be started (the plugin is gone, the date is out of range): the note says why. */
    NOT_STARTED
}
