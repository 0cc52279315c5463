package net.mspbridge.integration.billing;

/** What the reconciliation decided for one pair, before any remote call. */
enum Disposition {
    /** The units differ: one adjustment is to be created (planned in a preview). */
    CREATE,
    /** The units in force already equal the units wanted. */
    UNCHANGED,
    /** Not adjusted in this run for a reason a person must see (a change already in force later). */
    DEFERRED,
    /** Cannot be adjusted as things are (price unknown, ambiguous units); the message says why. */
    FAILED,
    /** A sudden decrease no person confirmed: not made, reported with its problem (see {@link DropRule}). */
    HELD
}
