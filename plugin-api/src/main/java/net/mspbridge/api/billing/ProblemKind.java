package net.mspbridge.api.billing;

/** Kinds of {@link Problem} a person must act on. */
public enum ProblemKind {
    /**
     * Usage exists that the mappings send nowhere (no service for it, or no billing account for its
     * customer): unbilled revenue.
     */
    UNMAPPED_USAGE,
    /** A customer is mapped but has no usable contract (none chosen, expired, wrong type). */
    NO_CONTRACT,
    /** The billing system refused a change; its message is quoted. */
    ADJUSTMENT_REFUSED,
    /** Units billed earlier that no mapping targets any more (the mapping moved). */
    STALE_MAPPING,
    /** A change is already in force after the effective date, so adjusting at that date would shift later periods too. */
    BACKDATED_CHANGE,
    /** A usage source or the billing system could not be read for some customers. */
    SOURCE_UNAVAILABLE,
    /** The run stopped to spare a shared limit such as the API budget. */
    BUDGET_LIMIT,
    /** Anything else a person must look at. */
    OTHER
}
