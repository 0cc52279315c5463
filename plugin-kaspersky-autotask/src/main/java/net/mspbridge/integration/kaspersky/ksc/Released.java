package net.mspbridge.integration.kaspersky.ksc;

import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading through a server-side accessor or iterator and releasing it, whatever happened while it
 * was read. A release that fails after a failed read is added to that failure as suppressed; one
 * that fails after a good read is only worth a warning, since the counts read are right and the
 * server frees the object when its lifetime ends.
 */
final class Released {

    private static final Logger LOG = LoggerFactory.getLogger(Released.class);

    private Released() {
    }

    /**
     * Runs {@code read}, then {@code release} in every case.
     *
     * @param what what is released, for the warning
     * @return what {@code read} returned
     */
    static long reading(String what, Runnable release, LongSupplier read) {
        long result;
        try {
            result = read.getAsLong();
        } catch (RuntimeException | Error failure) {
            try {
                release.run();
            } catch (RuntimeException releaseFailure) {
                failure.addSuppressed(releaseFailure);
            }
            throw failure;
        }
        try {
            release.run();
        } catch (RuntimeException releaseFailure) {
            LOG.warn("Could not release the {} on Kaspersky Security Center; it expires by itself: {}", what,
                    releaseFailure.getMessage());
        }
        return result;
    }
}
