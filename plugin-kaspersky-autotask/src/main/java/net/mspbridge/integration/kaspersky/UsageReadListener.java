package net.mspbridge.integration.kaspersky;

/**
 * What a caller learns while a usage reading goes on, and how it stops one: a billing run plans and
 * bills each customer as soon as its usage is in, and stops reading when it is cancelled. The source
 * calls it from its reading threads, possibly several at once, so an implementation is thread-safe
 * and quick; an exception it throws is the reading's failure.
 */
public interface UsageReadListener {

    /** Hears nothing and never stops a reading. */
    UsageReadListener NONE = new UsageReadListener() { };

    /**
     * Asked before each customer is started; once it answers true, no further customer is started
     * and the reading ends with {@link UsageReadStoppedException}.
     */
    default boolean stopRequested() {
        return false;
    }

    /** A customer's usage is read (a customer the source does not know has {@link CustomerUsage#none}). */
    default void read(CustomerUsage usage) {
    }

    /** A customer's usage could not be read, for this reason; the others are still read. */
    default void failed(KasperskyCustomer customer, String reason) {
    }
}
