package net.mspbridge.api.settings;

/** How one step of an action went. */
public enum StepOutcome {
    SUCCESSFUL,
    FAILED,
    /** Not tried, because an earlier step failed or it does not apply; the detail says which. */
    SKIPPED
}
