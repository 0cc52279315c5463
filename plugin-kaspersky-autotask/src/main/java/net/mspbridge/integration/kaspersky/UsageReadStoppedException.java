package net.mspbridge.integration.kaspersky;

/**
 * A usage reading stopped because its caller asked it to (the billing run was cancelled) before every
 * customer was read. What was read is not given: a run that stops this way bills nothing.
 */
public final class UsageReadStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageReadStoppedException(int read, int asked) {
        super("The usage reading was stopped on request after " + read + " of " + asked + " customer(s).");
    }
}
