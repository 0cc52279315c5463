package net.mspbridge.api.billing;

/** What happened to one report line. */
public enum LineOutcome {
    /** Preview only: the change that an apply run would make. */
    PLANNED,
    /** The change was made. */
    APPLIED,
    /** Nothing to change: the units in force already equal the units wanted. */
    UNCHANGED,
    /** The change was attempted and refused or failed; the message says why. */
    FAILED,
    /** The change was not attempted in this run (cancelled, budget, back-dated); the next run takes it up. */
    DEFERRED
}
