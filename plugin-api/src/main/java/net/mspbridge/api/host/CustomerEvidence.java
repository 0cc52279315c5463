package net.mspbridge.api.host;

/**
 * The evidence of one customer in one run, opened by {@link EvidenceSink#open}. Records may be
 * buffered by the host and written in batches: {@link #close()} writes what is left. Used by one
 * thread at a time. Never throws for storage failures (see {@link EvidenceSink}).
 *
 * @since 1.3
 */
public interface CustomerEvidence extends AutoCloseable {

    /** Records one device (or one group of per-user seats), counted or not. */
    void add(DeviceEvidence device);

    /**
     * Drops everything recorded through this object, for a read that failed part-way: its devices
     * would otherwise read as if they were all the customer has. Closing afterwards does nothing more.
     */
    void discard();

    /** Writes what is buffered; the object records nothing more afterwards. */
    @Override
    void close();
}
