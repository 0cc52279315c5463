package net.mspbridge.api.billing;

/** Whether a billing run writes to the billing system. */
public enum RunMode {
    /** Compute and report; write nothing anywhere. Lines that would change are {@code PLANNED}. */
    PREVIEW,
    /** Compute and make the changes. */
    APPLY
}
