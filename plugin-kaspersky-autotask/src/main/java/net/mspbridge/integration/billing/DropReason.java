package net.mspbridge.integration.billing;

/** Why {@link DropRule} judged a decrease sudden; the first that applies is given. */
enum DropReason {
    /** A customer billed on the contract had billable usage at the last apply and reports none now. */
    CUSTOMER_SILENT,
    /** The pair would fall to zero from the set number of units or more. */
    TO_ZERO,
    /** The pair would lose more than the set share of its units in one run. */
    SHARE
}
