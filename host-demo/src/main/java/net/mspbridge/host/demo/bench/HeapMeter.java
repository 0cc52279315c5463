package net.mspbridge.host.demo.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Measures the heap of this JVM over one phase of a benchmark, three ways, because "peak heap" is
 * easy to overstate or understate:
 * <ul>
 *   <li><b>live at start / end</b>: heap used right after a forced full collection;</li>
 *   <li><b>peak after GC</b>: the most heap still in use right after any collection during the phase
 *       (from the JVM's GC notifications). A young collection leaves the old generation's garbage in
 *       place, so this over-estimates the live data, never under-estimates it, provided a collection
 *       happened; if none did, it is the larger of start and end;</li>
 *   <li><b>peak used</b>: the sum of each heap pool's peak since the phase started, garbage
 *       included: an upper bound that depends on how lazily the collector runs (the pools peak at
 *       different times, so the sum may even exceed the maximum heap).</li>
 * </ul>
 * The figures cover the whole JVM: host, plugin and, in the benchmark, both sandboxes. Thread-safe;
 * one phase at a time.
 */
final class HeapMeter implements AutoCloseable {

    /**
     * Heap figures of one phase, in bytes.
     *
     * @param max the JVM's maximum heap ({@code -Xmx})
     */
    record Figures(long liveAtStart, long peakAfterGc, long peakUsed, long liveAtEnd, long collections, long max) {
    }

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Set<String> heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final NotificationListener listener = this::onGc;
    private final List<NotificationEmitter> emitters;
    private long liveAtStart;
    private long collectionsAtStart;

    HeapMeter() {
        emitters = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList();
        emitters.forEach(e -> e.addNotificationListener(listener, null, null));
    }

    /** Collects, notes the live heap and starts watching. */
    synchronized void start() {
        liveAtStart = collectAndMeasure();
        collectionsAtStart = collections();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        peakAfterGc.set(liveAtStart);
    }

    /** Stops watching, collects and gives the phase's figures. */
    synchronized Figures stop() {
        long peakUsed = heapPools.stream().map(MemoryPoolMXBean::getPeakUsage).mapToLong(MemoryUsage::getUsed).sum();
        long gcs = collections() - collectionsAtStart;
        long peak = peakAfterGc.get();
        long liveAtEnd = collectAndMeasure();
        long peakAfter = Math.max(peak, liveAtEnd);
        return new Figures(liveAtStart, peakAfter, Math.max(peakUsed, peakAfter), liveAtEnd, gcs, Runtime.getRuntime().maxMemory());
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPoolNames.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        long after = used;
        peakAfterGc.accumulateAndGet(after, Math::max);
    }

    private long collectAndMeasure() {
        // Twice: the first collection may leave objects that only become unreachable through finalisation.
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(c -> c > 0).sum();
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException e) {
                // Already gone: nothing to release.
            }
        }
    }
}
