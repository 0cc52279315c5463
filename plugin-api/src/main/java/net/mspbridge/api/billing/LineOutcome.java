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
    DEFERRED,
    /**
     * A sudden decrease the plugin did not make and will not make until a person confirms it: the
     * line's units in force stay, {@code unitChange} says the decrease held, and the message and a
     * {@link Problem} say why it is held. A host confirms it by passing a {@link DropConfirmation} to
     * a later run; a host that passes none sees it held, and reported, on every run while it lasts.
     * Hosts built for 1.1 never see it: a plugin reports such a line as {@link #DEFERRED} there.
     *
     * @since 1.3
     */
    HELD
}
