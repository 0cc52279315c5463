package net.mspbridge.host.demo.bench;

import java.lang.management.ManagementFactory;

/**
 * Where a case ran, so a reader can judge its figures: the machine's cores, the JVM's heap limit and
 * version, and the system load (1-minute average; other builds may share the machine) before and after.
 *
 * @param loadBefore -1 when the system does not report it
 * @param loadAfter  -1 when the system does not report it
 */
record Environment(int processors, long maxHeap, String java, String jvmArguments, double loadBefore, double loadAfter) {

    /** The environment now; {@code loadAfter} is filled in by {@link #finished()}. */
    static Environment now() {
        return new Environment(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()), load(), -1);
    }

    Environment finished() {
        return new Environment(processors, maxHeap, java, jvmArguments, loadBefore, load());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
