package net.mspbridge.integration.autotask;

/** What a request is; each interceptor decides from this alone. */
enum CallKind {
    /** The zone lookup: no credentials, no budget, no in-flight limit (Autotask exempts it). */
    ZONE,
    /** ThresholdInformation: authenticated and limited, not budget-checked (it is how the budget is read). */
    THRESHOLD,
    /** A query, count, get or entityInformation read: retried on transient failures. */
    READ,
    /** A create: retried only when Autotask certainly did not act. */
    CREATE;

    boolean authenticated() {
        return this != ZONE;
    }

    boolean limited() {
        return this != ZONE;
    }

    boolean budgeted() {
        return this == READ || this == CREATE;
    }
}
