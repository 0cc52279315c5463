package net.mspbridge.host.fake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import net.mspbridge.api.ConfigurationException;

/** Per-method faults of a fake extension; {@link #releaseHangs()} frees every blocked call. */
public final class FaultSwitch {

    /** A secret-looking string a defect's message carries, so tests can check it never reaches a page. */
    public static final String BUG_DETAIL = "NullPointerException detail with internal token zq-internal-77";

    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);

    public void set(String method, Fault fault) {
        faults.put(method, fault);
    }

    public void clear() {
        faults.clear();
    }

    public void releaseHangs() {
        release.countDown();
    }

    /**
     * Acts out the fault set for the method.
     *
     * @return true when the caller must return null
     */
    boolean apply(String method) {
        switch (faults.getOrDefault(method, Fault.NONE)) {
            case REFUSE -> throw new ConfigurationException("Set the server address on the Connection panel first.");
            case BUG -> throw new IllegalStateException(BUG_DETAIL);
            case HANG -> {
                try {
                    // Bounded, so a forgotten release cannot keep a test JVM alive for long.
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while hanging", e);
                }
                return false;
            }
            case NULL -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
